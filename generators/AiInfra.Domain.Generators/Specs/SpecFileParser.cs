using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Diagnostics;
using AiInfra.Domain.Generators.Json;
using AiInfra.Domain.Generators.Quantities;
using AiInfra.Domain.Rules;
using AiInfra.Domain.Validation.JsonSchemaStrings;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// Reads one *.spec.json file into a <see cref="SpecFileModel"/>. Everything that can be checked within the file
/// is checked here; names of entities and enums in other files are resolved by <see cref="SpecSetResolver"/>.
/// </summary>
internal static class SpecFileParser
{
    private static readonly string[] PropertyKeys =
    {
        "type", "description", "required", "default", "deprecated", "examples", "csharpName", "figure", "atLeastProperty",
        "quantity", "unit", "per", "enum", "entity", "items", "key", "values",
        "minimum", "maximum", "pattern", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems",
    };

    private static readonly string[] ItemKeys =
    {
        "type", "figure", "quantity", "unit", "per", "enum", "entity", "items", "key", "values",
        "minimum", "maximum", "pattern", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems",
    };

    /// <param name="path">The file's path, for diagnostics.</param>
    /// <param name="text">The file's text; null when it cannot be read.</param>
    /// <param name="quantities">The quantities a property may name: the library's and the compilation's own.</param>
    /// <param name="unitsNet">The UnitsNet the compilation references, for a file in <c>"quantityTypes": "unitsNet"</c> mode.</param>
    public static SpecFileResult Parse(string path, SourceText? text, QuantityTable quantities, UnitsNetIndex unitsNet)
    {
        var diagnostics = new DiagnosticBag(path);
        try
        {
            var model = text is null ? null : Read(path, text, quantities, unitsNet, diagnostics);
            return new SpecFileResult(model, diagnostics.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticDescriptors.InternalError, default, exception.GetType().Name + ": " + exception.Message);
            return new SpecFileResult(null, diagnostics.ToEquatableArray());
        }
    }

    private static SpecFileModel? Read(string path, SourceText text, QuantityTable quantities, UnitsNetIndex unitsNet, DiagnosticBag diagnostics)
    {
        if (JsonFileReader.ReadRootObject(text, diagnostics) is not { } root)
        {
            return null;
        }

        var keys = new LocatedObjectReader(root, diagnostics, "the spec file", "namespace", "description", UnitsNetTypes.Key, "enums", "entities");
        var context = new FileContext(path, Path.GetFileName(path), diagnostics, text, quantities, ReadQuantityTypes(keys, unitsNet, diagnostics));
        var namespaceNode = keys.String("namespace", required: true);
        var ns = namespaceNode?.Value ?? string.Empty;
        if (namespaceNode is not null && !CSharpNames.IsNamespace(ns))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, namespaceNode.Range, ns, "a namespace (dotted identifiers such as \"MyCompany.Storage\")");
        }

        keys.String("description");
        var enums = new List<EnumModel>();
        if (keys.Object("enums") is { } enumsNode)
        {
            foreach (var property in enumsNode.Properties)
            {
                if (ReadEnum(property, ns, context) is { } model)
                {
                    enums.Add(model);
                }
            }
        }

        var entities = new List<EntityModel>();
        if (keys.Object("entities") is { } entitiesNode)
        {
            foreach (var property in entitiesNode.Properties)
            {
                if (ReadEntity(property, ns, context) is { } model)
                {
                    entities.Add(model);
                }
            }
        }

        return new SpecFileModel(path, ns, enums.ToEquatableArray(), entities.ToEquatableArray());
    }

    /// <summary>
    /// The file's "quantityTypes": the UnitsNet the compilation references when it is "unitsNet" (and UnitsNet is
    /// referenced), else null for the library's types. An unknown value, and "unitsNet" without UnitsNet, are errors at the value.
    /// </summary>
    private static UnitsNetIndex? ReadQuantityTypes(LocatedObjectReader keys, UnitsNetIndex unitsNet, DiagnosticBag diagnostics)
    {
        switch (keys.String(UnitsNetTypes.Key))
        {
            case null:
            case { Value: UnitsNetTypes.AiInfra }:
                return null;
            case { Value: UnitsNetTypes.UnitsNet } node:
                if (unitsNet.IsReferenced)
                {
                    return unitsNet;
                }

                diagnostics.Add(DiagnosticDescriptors.UnitsNetNotReferenced, node.Range);
                return null;
            case var other:
                diagnostics.Add(DiagnosticDescriptors.UnknownQuantityTypes, other.Range, other.Value);
                return null;
        }
    }

    private static EnumModel? ReadEnum(LocatedProperty declaration, string ns, FileContext context)
    {
        var diagnostics = context.Diagnostics;
        if (!Identifiers.IsPascalIdentifier(declaration.Name))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, declaration.NameRange, declaration.Name, "an enum name");
        }

        if (declaration.Value is not LocatedObject node)
        {
            diagnostics.Add(DiagnosticDescriptors.WrongJsonType, declaration.Value.Range, declaration.Name, "object", declaration.Value.KindWithArticle);
            return null;
        }

        var keys = new LocatedObjectReader(node, diagnostics, $"enum '{declaration.Name}'", "description", "values");
        var description = keys.String("description")?.Value ?? string.Empty;
        var values = new List<EnumValueModel>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var valuesNode = keys.Object("values", required: true);
        foreach (var value in valuesNode?.Properties ?? Array.Empty<LocatedProperty>())
        {
            string? name = null;
            string valueDescription = string.Empty;
            string? deprecated = null;
            switch (value.Value)
            {
                case LocatedString s:
                    valueDescription = s.Value;
                    break;
                case LocatedObject o:
                    var valueKeys = new LocatedObjectReader(o, diagnostics, $"enum value '{value.Name}'", "name", "description", "deprecated");
                    var nameNode = valueKeys.String("name");
                    if (nameNode is not null && !Identifiers.IsPascalIdentifier(nameNode.Value))
                    {
                        diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, nameNode.Range, nameNode.Value, "an enum value");
                    }

                    name = nameNode?.Value;
                    valueDescription = valueKeys.String("description")?.Value ?? string.Empty;
                    deprecated = ReadDeprecated(valueKeys);
                    break;
                default:
                    diagnostics.Add(DiagnosticDescriptors.WrongJsonType, value.Value.Range, value.Name, "string (its description) or object", value.Value.KindWithArticle);
                    continue;
            }

            var derived = name is null;
            name ??= CSharpNames.PascalName(value.Name);
            if (!Identifiers.IsPascalIdentifier(name))
            {
                // An invalid explicit name is already reported where it is written.
                if (derived)
                {
                    diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, value.NameRange, name, $"an enum value (derived from \"{value.Name}\"; set \"name\" to choose one)");
                }

                continue;
            }

            if (!names.Add(name))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateName, value.NameRange, "The enum value", name, $" in enum '{declaration.Name}'");
                continue;
            }

            values.Add(new EnumValueModel(value.Name, name, valueDescription, deprecated));
        }

        if (valuesNode is not null && values.Count == 0 && valuesNode.Properties.Count == 0)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidConstraint, valuesNode.Range, "values", "must declare at least one value");
        }

        return new EnumModel(declaration.Name, ns, description, values.ToEquatableArray(), context.FileName, declaration.NameRange.ToLocation(context.Path));
    }

    private static EntityModel? ReadEntity(LocatedProperty declaration, string ns, FileContext context)
    {
        var diagnostics = context.Diagnostics;
        var entityName = declaration.Name;
        if (!Identifiers.IsPascalIdentifier(entityName))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, declaration.NameRange, entityName, "an entity name");
        }

        if (declaration.Value is not LocatedObject node)
        {
            diagnostics.Add(DiagnosticDescriptors.WrongJsonType, declaration.Value.Range, entityName, "object", declaration.Value.KindWithArticle);
            return null;
        }

        var keys = new LocatedObjectReader(node, diagnostics, $"entity '{entityName}'", "description", "deprecated", "examples", "properties");
        var description = keys.String("description")?.Value ?? string.Empty;
        var deprecated = ReadDeprecated(keys);
        var examples = keys.Array("examples")?.Items.Select(LocatedNodeText.ToCompactJson).ToEquatableArray() ?? EquatableArray<string>.Empty;
        var properties = new List<PropertyModel>();
        var csharpNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in keys.Object("properties", required: true)?.Properties ?? Array.Empty<LocatedProperty>())
        {
            var model = ReadProperty(property, entityName, context);
            if (model is null)
            {
                continue;
            }

            if (!csharpNames.Add(model.Name))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateName, property.NameRange, "The C# property", model.Name, $" in entity '{entityName}' (from the JSON name \"{property.Name}\")");
                continue;
            }

            properties.Add(model);
        }

        RemoveCheckerCollisions(properties, keys.Object("properties", required: true), diagnostics);
        CheckAtLeastProperties(properties, keys.Object("properties", required: true), diagnostics);
        return new EntityModel(entityName, ns, description, deprecated, properties.ToEquatableArray(), examples, context.FileName, declaration.NameRange.ToLocation(context.Path));
    }

    /// <summary>
    /// A property may not take the name of a method generated for another (<c>CheckTdp</c> beside <c>Tdp</c>): each such
    /// property is reported at its name (or its "csharpName") and left out.
    /// </summary>
    private static void RemoveCheckerCollisions(List<PropertyModel> properties, LocatedObject? declarations, DiagnosticBag diagnostics)
    {
        var names = properties.Select(p => p.Name).ToList();
        properties.RemoveAll(property =>
        {
            if (GeneratedMembers.Collision(property.Name, names) is not { } member)
            {
                return false;
            }

            var declaration = declarations?.Find(property.JsonName);
            var range = ((declaration?.Value as LocatedObject)?.Find("csharpName")?.Value as LocatedString)?.Range ?? declaration?.NameRange ?? default;
            diagnostics.Add(DiagnosticDescriptors.MemberCollision, range, property.JsonName, property.Name, $"the generated member '{member}'");
            return true;
        });
    }

    /// <summary>An "atLeastProperty" names a sibling of the same kind (and quantity), so the two can be compared.</summary>
    private static void CheckAtLeastProperties(List<PropertyModel> properties, LocatedObject? declarations, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (property.AtLeastProperty is not { } other)
            {
                continue;
            }

            var node = (declarations?.Find(property.JsonName)?.Value as LocatedObject)?.Find("atLeastProperty")?.Value;
            var sibling = properties.FirstOrDefault(p => p.JsonName == other);
            var problem = sibling is null ? $"names \"{other}\", which is not a property of this entity"
                : sibling.JsonName == property.JsonName ? "names the property itself"
                : sibling.Value.Kind != property.Value.Kind || sibling.Value.Quantity != property.Value.Quantity ? $"names \"{other}\", whose type differs"
                : null;
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidConstraint, node?.Range ?? default, "atLeastProperty", problem);
                properties[i] = property with { AtLeastProperty = null };
            }
        }
    }

    private static PropertyModel? ReadProperty(LocatedProperty declaration, string entityName, FileContext context)
    {
        var diagnostics = context.Diagnostics;
        if (declaration.Value is not LocatedObject node)
        {
            diagnostics.Add(DiagnosticDescriptors.WrongJsonType, declaration.Value.Range, declaration.Name, "object", declaration.Value.KindWithArticle);
            return null;
        }

        var keys = new LocatedObjectReader(node, diagnostics, $"property '{declaration.Name}'", PropertyKeys);
        var csharpNameNode = keys.String("csharpName");
        var name = csharpNameNode?.Value ?? CSharpNames.PascalName(declaration.Name);
        var nameRange = csharpNameNode?.Range ?? declaration.NameRange;
        if (!Identifiers.IsPascalIdentifier(name))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, nameRange, name, $"a property name (derived from \"{declaration.Name}\"; set \"csharpName\" to choose one)");
            return null;
        }

        var collision = name == entityName ? "the record's own name" : GeneratedMembers.Collision(name, Array.Empty<string>()) is { } member ? $"the generated member '{member}'" : null;
        if (collision is not null)
        {
            diagnostics.Add(DiagnosticDescriptors.MemberCollision, nameRange, declaration.Name, name, collision);
            return null;
        }

        var value = ReadValue(node, keys, declaration.Name, context, isProperty: true);
        if (value is null)
        {
            return null;
        }

        if (keys.Boolean("figure") == true && IsFigureKind(value.Kind))
        {
            value = value with { IsFigure = true };
        }

        var required = keys.Boolean("required") ?? false;
        var defaultNode = keys.Property("default");
        LiteralModel? defaultValue = null;
        if (defaultNode is not null)
        {
            if (required)
            {
                diagnostics.Add(DiagnosticDescriptors.RequiredWithDefault, defaultNode.NameRange, declaration.Name);
            }

            defaultValue = value.IsFigure
                ? Reject(defaultNode, declaration.Name, "is not supported for a figure, which carries its own provenance", diagnostics)
                : ReadDefault(defaultNode, value, declaration.Name, context);
        }

        var examples = keys.Array("examples")?.Items.Select(LocatedNodeText.ToCompactJson).ToEquatableArray() ?? EquatableArray<string>.Empty;
        return new PropertyModel(declaration.Name, name, keys.String("description")?.Value ?? string.Empty, value, required, defaultValue, ReadDeprecated(keys), examples, declaration.NameRange.ToLocation(context.Path), AtLeastProperty: keys.String("atLeastProperty")?.Value, DefaultLocation: defaultNode?.Value.Range.ToLocation(context.Path));
    }

    /// <summary>Reads a type and its constraints: of a property, or of a list's items or a map's values.</summary>
    private static ValueModel? ReadValue(LocatedObject node, LocatedObjectReader keys, string name, FileContext context, bool isProperty)
    {
        var diagnostics = context.Diagnostics;
        var typeNode = keys.String("type", required: true);
        if (typeNode is null)
        {
            return null;
        }

        if (!ValueKinds.TryParse(typeNode.Value, out var kind))
        {
            diagnostics.Add(DiagnosticDescriptors.UnknownPropertyType, typeNode.Range, typeNode.Value, ValueKinds.Listed);
            return null;
        }

        RejectInapplicable(keys, kind, diagnostics);
        var value = ValueModel.Of(kind);
        switch (kind)
        {
            case ValueKind.Quantity:
                value = ReadQuantityType(keys, value, context);
                if (value is null)
                {
                    return null;
                }

                break;
            case ValueKind.Price:
                value = ReadPriceType(keys, value, context);
                if (value is null)
                {
                    return null;
                }

                break;
            case ValueKind.Enum:
                var enumNode = keys.String("enum", required: true);
                value = value with { Target = enumNode?.Value, TargetLocation = enumNode?.Range.ToLocation(context.Path) };
                break;
            case ValueKind.Entity:
            case ValueKind.Reference:
                var entityNode = keys.String("entity", required: true);
                value = value with { Target = entityNode?.Value, TargetLocation = entityNode?.Range.ToLocation(context.Path) };
                break;
            case ValueKind.List:
                value = value with { Item = ReadNested(keys.Object("items", required: true), name + "[]", context) };
                break;
            case ValueKind.Map:
                var keyNode = keys.String("key", required: true);
                value = value with
                {
                    KeyEnum = keyNode?.Value,
                    TargetLocation = keyNode?.Range.ToLocation(context.Path),
                    Item = ReadNested(keys.Object("values", required: true), name + "{}", context),
                };
                break;
        }

        if (value.Kind is ValueKind.Enum or ValueKind.Entity or ValueKind.Reference && value.Target is null)
        {
            return null;
        }

        if (value.Kind is ValueKind.List or ValueKind.Map && (value.Item is null || (value.Kind == ValueKind.Map && value.KeyEnum is null)))
        {
            return null;
        }

        return ReadConstraints(keys, value, name, context);
    }

    private static ValueModel? ReadNested(LocatedObject? node, string name, FileContext context)
    {
        if (node is null)
        {
            return null;
        }

        var keys = new LocatedObjectReader(node, context.Diagnostics, $"the item type of '{name}'", ItemKeys);
        var value = ReadValue(node, keys, name, context, isProperty: false);
        if (value is not null && keys.Boolean("figure") == true && IsFigureKind(value.Kind))
        {
            value = value with { IsFigure = true };
        }

        if (value is { IsCollection: true })
        {
            // Equality, schemas and paths are defined for one level of collection; a list of lists would compare by reference.
            context.Diagnostics.Add(DiagnosticDescriptors.InvalidConstraint, keys.Property("type")!.Value.Range, "type", "cannot be a list or map inside a list or map; wrap the inner collection in an entity");
            return null;
        }

        return value;
    }

    private static ValueModel? ReadQuantityType(LocatedObjectReader keys, ValueModel value, FileContext context)
    {
        var diagnostics = context.Diagnostics;
        var quantityNode = keys.String("quantity", required: true);
        var unitNode = keys.String("unit", required: true);
        if (quantityNode is null || unitNode is null)
        {
            return null;
        }

        if (!context.Quantities.TryGet(quantityNode.Value, out var quantity))
        {
            diagnostics.Add(DiagnosticDescriptors.SpecUnknownQuantity, quantityNode.Range, quantityNode.Value, context.Quantities.Names);
            return null;
        }

        var unit = QuantityTable.FindUnit(quantity, unitNode.Value);
        if (unit is null)
        {
            ReportUnit(unitNode.Value, unitNode.Range, quantity, context);
            return null;
        }

        UnitsNetTypeModel? unitsNetType = null;
        if (context.UnitsNet is { } unitsNet)
        {
            unitsNetType = UnitsNetTypes.Of(quantity, unitsNet);
            if (unitsNetType is null && UnitsNetTypes.OtherMeaning(quantity, unitsNet) is { } reason)
            {
                diagnostics.Add(DiagnosticDescriptors.UnitsNetMeansOtherQuantity, quantityNode.Range, quantity.Name, reason.TrimEnd('.'), quantity.FullName.Substring("global::".Length));
            }
        }

        return value with { Quantity = quantity.Name, Unit = unit.Name, UnitAbbreviation = unit.DefaultAbbreviation, QuantityDefinition = quantity, UnitsNet = unitsNetType };
    }

    /// <summary>
    /// A price per unit of a quantity: "per" names the quantity (the library's or the project's own), "unit" the unit
    /// prices are usually written per, which the schema and messages show; a price may be written per any unit of it.
    /// </summary>
    private static ValueModel? ReadPriceType(LocatedObjectReader keys, ValueModel value, FileContext context)
    {
        var quantityNode = keys.String("per", required: true);
        var unitNode = keys.String("unit", required: true);
        if (quantityNode is null || unitNode is null)
        {
            return null;
        }

        if (!context.Quantities.TryGet(quantityNode.Value, out var quantity))
        {
            context.Diagnostics.Add(DiagnosticDescriptors.SpecUnknownQuantity, quantityNode.Range, quantityNode.Value, context.Quantities.Names);
            return null;
        }

        var unit = QuantityTable.FindUnit(quantity, unitNode.Value);
        if (unit is null || unit.DefaultAbbreviation.Length == 0)
        {
            ReportUnit(unitNode.Value, unitNode.Range, quantity, context);
            return null;
        }

        return value with { Quantity = quantity.Name, Unit = unit.Name, UnitAbbreviation = unit.DefaultAbbreviation, QuantityDefinition = quantity };
    }

    private static void ReportUnit(string unit, TextRange range, QuantityModel quantity, FileContext context)
    {
        var owners = context.Quantities.QuantitiesWithUnit(unit, quantity.Name).ToList();
        if (owners.Count > 0)
        {
            context.Diagnostics.Add(DiagnosticDescriptors.WrongDimension, range, unit, string.Join(" and ", owners), quantity.Name, QuantityTable.UnitList(quantity));
        }
        else
        {
            context.Diagnostics.Add(DiagnosticDescriptors.SpecUnknownUnit, range, unit, quantity.Name, QuantityTable.UnitList(quantity));
        }
    }

    private static void RejectInapplicable(LocatedObjectReader keys, ValueKind kind, DiagnosticBag diagnostics)
    {
        foreach (var property in keys.Source.Properties)
        {
            var applies = property.Name switch
            {
                "quantity" => kind == ValueKind.Quantity,
                "unit" => kind is ValueKind.Quantity or ValueKind.Price,
                "per" => kind == ValueKind.Price,
                "enum" => kind == ValueKind.Enum,
                "entity" => kind is ValueKind.Entity or ValueKind.Reference,
                "items" => kind == ValueKind.List,
                "key" or "values" => kind == ValueKind.Map,
                "minimum" or "maximum" => kind is ValueKind.Integer or ValueKind.Number or ValueKind.Quantity,
                "pattern" or "minLength" or "maxLength" => kind is ValueKind.String or ValueKind.Reference,
                "minItems" or "maxItems" => kind is ValueKind.List or ValueKind.Map,
                "uniqueItems" => kind == ValueKind.List,
                "figure" => IsFigureKind(kind),
                "atLeastProperty" => kind is ValueKind.Integer or ValueKind.Number or ValueKind.Quantity,
                _ => true,
            };
            if (!applies)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidConstraint, property.NameRange, property.Name, $"does not apply to a property of type {ValueKinds.Name(kind)}");
            }
        }
    }

    private static ValueModel ReadConstraints(LocatedObjectReader keys, ValueModel value, string name, FileContext context)
    {
        var diagnostics = context.Diagnostics;
        if (value.Kind is ValueKind.Integer or ValueKind.Number or ValueKind.Quantity)
        {
            var minimum = keys.Property("minimum") is { } minNode ? ReadBound(minNode, value, context) : null;
            var maximum = keys.Property("maximum") is { } maxNode ? ReadBound(maxNode, value, context) : null;
            if (minimum is not null && maximum is not null && minimum.Number > maximum.Number)
            {
                diagnostics.Add(DiagnosticDescriptors.MinimumAboveMaximum, keys.Property("minimum")!.Value.Range, minimum.Text, maximum.Text);
            }

            value = value with { Minimum = minimum, Maximum = maximum };
        }

        if (keys.String("pattern") is { } patternNode)
        {
            if (EcmaRegex.TryCreate(patternNode.Value, out var error) is not null)
            {
                value = value with { Pattern = patternNode.Value };
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.UnsupportedPattern, JsonStringSpans.Of(context.Text, patternNode, error!.Index, error.Length), error.Describe());
            }
        }

        var minLength = ReadCount(keys, "minLength", diagnostics);
        var maxLength = ReadCount(keys, "maxLength", diagnostics);
        var minItems = ReadCount(keys, "minItems", diagnostics);
        var maxItems = ReadCount(keys, "maxItems", diagnostics);
        if (minLength >= 0 && maxLength >= 0 && minLength > maxLength)
        {
            diagnostics.Add(DiagnosticDescriptors.MinimumAboveMaximum, keys.Property("minLength")!.Value.Range, "length " + minLength, "length " + maxLength);
        }

        if (minItems >= 0 && maxItems >= 0 && minItems > maxItems)
        {
            diagnostics.Add(DiagnosticDescriptors.MinimumAboveMaximum, keys.Property("minItems")!.Value.Range, minItems + " items", maxItems + " items");
        }

        return value with
        {
            MinLength = minLength,
            MaxLength = maxLength,
            MinItems = minItems,
            MaxItems = maxItems,
            UniqueItems = keys.Boolean("uniqueItems") ?? false,
        };
    }

    private static int ReadCount(LocatedObjectReader keys, string key, DiagnosticBag diagnostics)
    {
        var node = keys.Number(key);
        if (node is null)
        {
            return -1;
        }

        if (!node.IsFinite || node.Value < 0 || node.Value > int.MaxValue || Math.Floor(node.Value) != node.Value)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidConstraint, node.Range, key, "must be a whole number from 0 to 2147483647");
            return -1;
        }

        return (int)node.Value;
    }

    /// <summary>Reads a minimum or maximum: a number, or for a quantity a string such as "1 kW" (or a number in the declared unit).</summary>
    private static LiteralModel? ReadBound(LocatedProperty node, ValueModel value, FileContext context)
    {
        var literal = ReadNumberLike(node.Value, value, node.Name, context, out var problem);
        if (literal is null)
        {
            if (problem is not null)
            {
                context.Diagnostics.Add(DiagnosticDescriptors.InvalidConstraint, node.Value.Range, node.Name, problem);
            }

            return null;
        }

        return literal;
    }

    /// <summary>
    /// Reads a literal of a numeric kind. Returns null and a problem text (or null when a diagnostic was already
    /// reported) when it is not a valid value of the kind.
    /// </summary>
    private static LiteralModel? ReadNumberLike(LocatedNode node, ValueModel value, string key, FileContext context, out string? problem)
    {
        problem = null;
        if (value.Kind == ValueKind.Quantity)
        {
            var quantity = value.QuantityDefinition!;
            var declared = quantity.Units.First(u => u.Name == value.Unit);
            if (node is LocatedNumber bare && bare.IsFinite)
            {
                return new LiteralModel(bare.Value, bare.RawText + (declared.DefaultAbbreviation.Length > 0 ? " " + declared.DefaultAbbreviation : string.Empty), declared.Name, bare.Value);
            }

            var failure = default(AiInfra.Domain.Parsing.ParseFailure<AiInfra.Domain.Quantities.QuantityParseError>);
            if (node is not LocatedString text || !QuantityTable.TryRead(quantity, text.Value, out var number, out var unit, out failure))
            {
                if (node is LocatedString unknown && failure.Error == AiInfra.Domain.Quantities.QuantityParseError.UnknownUnit)
                {
                    ReportUnit(QuantityTable.PartOf(unknown.Value, failure), node.Range, quantity, context);
                    return null;
                }

                problem = $"must be a {quantity.Name} such as \"1 {declared.DefaultAbbreviation}\", or a number in {declared.DefaultAbbreviation}";
                return null;
            }

            return new LiteralModel(QuantityTable.Convert(number, unit, declared), text.Value.Trim(), unit.Name, number);
        }

        if (node is not LocatedNumber n || !n.IsFinite)
        {
            problem = $"must be a finite number";
            return null;
        }

        if (value.Kind == ValueKind.Integer && (Math.Floor(n.Value) != n.Value || Math.Abs(n.Value) > 9.2e18))
        {
            problem = "must be a whole number that fits a 64-bit integer";
            return null;
        }

        return new LiteralModel(n.Value, n.RawText);
    }

    private static LiteralModel? ReadDefault(LocatedProperty node, ValueModel value, string propertyName, FileContext context)
    {
        var diagnostics = context.Diagnostics;
        switch (value.Kind)
        {
            case ValueKind.Integer:
            case ValueKind.Number:
            case ValueKind.Quantity:
                var literal = ReadNumberLike(node.Value, value, "default", context, out var problem);
                if (literal is null)
                {
                    if (problem is not null)
                    {
                        diagnostics.Add(DiagnosticDescriptors.InvalidDefault, node.Value.Range, propertyName, problem);
                    }

                    return null;
                }

                if (value.Minimum is { } min && literal.Number < min.Number)
                {
                    diagnostics.Add(DiagnosticDescriptors.DefaultOutOfBounds, node.Value.Range, literal.Text, "below the minimum " + min.Text);
                }
                else if (value.Kind == ValueKind.Quantity && UnitsNetTypes.CannotHold(value, literal.QuantityValue, value.QuantityDefinition!.Units.First(u => u.Name == literal.QuantityUnit)) is { } cannotHold)
                {
                    diagnostics.Add(DiagnosticDescriptors.InvalidDefault, node.Value.Range, propertyName, cannotHold);
                    return null;
                }
                else if (value.Maximum is { } max && literal.Number > max.Number)
                {
                    diagnostics.Add(DiagnosticDescriptors.DefaultOutOfBounds, node.Value.Range, literal.Text, "above the maximum " + max.Text);
                }

                return literal;
            case ValueKind.String:
            case ValueKind.Reference:
            case ValueKind.Date:
            case ValueKind.YearMonth:
            case ValueKind.Period:
            case ValueKind.Enum:
                if (node.Value is not LocatedString s)
                {
                    diagnostics.Add(DiagnosticDescriptors.InvalidDefault, node.Value.Range, propertyName, "must be a string");
                    return null;
                }

                if (!IsValidTextDefault(value, s.Value, out var reason))
                {
                    diagnostics.Add(value.Kind is ValueKind.String or ValueKind.Reference ? DiagnosticDescriptors.DefaultOutOfBounds : DiagnosticDescriptors.InvalidDefault, node.Value.Range, value.Kind is ValueKind.String or ValueKind.Reference ? "\"" + s.Value + "\"" : propertyName, reason);
                    return null;
                }

                return new LiteralModel(0, s.Value, StringValue: s.Value);
            case ValueKind.Boolean:
                if (node.Value.Kind is not (JsonKind.True or JsonKind.False))
                {
                    diagnostics.Add(DiagnosticDescriptors.InvalidDefault, node.Value.Range, propertyName, "must be true or false");
                    return null;
                }

                return new LiteralModel(0, node.Value.Kind == JsonKind.True ? "true" : "false", BooleanValue: node.Value.Kind == JsonKind.True);
            default:
                diagnostics.Add(DiagnosticDescriptors.InvalidDefault, node.NameRange, propertyName, $"is not supported for a property of type {ValueKinds.Name(value.Kind)}");
                return null;
        }
    }

    private static bool IsValidTextDefault(ValueModel value, string text, out string reason)
    {
        reason = string.Empty;
        switch (value.Kind)
        {
            case ValueKind.Date:
                reason = "must be an ISO date such as \"2025-03-18\"";
                return Regex.IsMatch(text, @"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z") && DateTime.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
            case ValueKind.YearMonth:
                reason = "must be a year and month such as \"2025-03\"";
                return Regex.IsMatch(text, @"^[0-9]{4}-(0[1-9]|1[0-2])\z");
            case ValueKind.Period:
                if (AiInfra.Domain.Parsing.IsoPeriodText.TryParse(text, out _, out var problem))
                {
                    return true;
                }

                reason = $"must be {AiInfra.Domain.Parsing.IsoPeriodText.Description} ({problem})";
                return false;
            case ValueKind.String:
            case ValueKind.Reference:
                foreach (var (_, message) in StringConstraints.Problems(value, text))
                {
                    reason = "not valid: " + message;
                    return false;
                }

                return true;
            default:
                return true;
        }
    }

    /// <summary>The kinds a figure can hold: single values that a source can state with a bound.</summary>
    internal static bool IsFigureKind(ValueKind kind) =>
        kind is ValueKind.Integer or ValueKind.Number or ValueKind.Quantity or ValueKind.Money or ValueKind.Date or ValueKind.YearMonth or ValueKind.ReportingPeriod;

    private static LiteralModel? Reject(LocatedProperty node, string propertyName, string reason, DiagnosticBag diagnostics)
    {
        diagnostics.Add(DiagnosticDescriptors.InvalidDefault, node.NameRange, propertyName, reason);
        return null;
    }

    private static string? ReadDeprecated(LocatedObjectReader keys)
    {
        var property = keys.Property("deprecated");
        return property?.Value switch
        {
            LocatedString s => s.Value.Length == 0 ? "Deprecated." : s.Value,
            LocatedLiteral { Kind: JsonKind.True } => "Deprecated.",
            LocatedLiteral { Kind: JsonKind.False } => null,
            null => null,
            _ => keys.Value("deprecated", JsonKind.String, required: false) is null ? null : null,
        };
    }

    /// <param name="UnitsNet">The referenced UnitsNet when the file is in "unitsNet" mode; null for the library's types.</param>
    private sealed record FileContext(string Path, string FileName, DiagnosticBag Diagnostics, SourceText Text, QuantityTable Quantities, UnitsNetIndex? UnitsNet);
}
