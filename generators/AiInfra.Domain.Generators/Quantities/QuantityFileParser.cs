using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Diagnostics;
using AiInfra.Domain.Generators.Json;
using AiInfra.Domain.Rules;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>Reads one *.quantity.json file into a <see cref="QuantityModel"/>, reporting every mistake it finds.</summary>
internal static class QuantityFileParser
{
    /// <summary>The base dimensions a quantity may declare, in the order they are written out.</summary>
    public static readonly string[] DimensionNames =
    {
        "length", "mass", "time", "current", "temperature", "amount", "luminousIntensity", "information", "operations", "tokens",
    };

    /// <summary>
    /// Types (and the namespace System) that the generated struct names without their namespace: the quantity
    /// runtime's and System's. A quantity of one of these names would hide the type from the code around it, and a
    /// unit whose plural is one would hide it from the code inside the struct (its property comes first in lookup).
    /// </summary>
    private static readonly HashSet<string> NamesUsedUnqualified = new(StringComparer.Ordinal)
    {
        "IQuantity", "QuantityInfo", "UnitInfo", "BaseDimensions", "QuantityGuard", "QuantityParser", "QuantityFormatter",
        "UnitLookup", "QuantityFormatException", "AmountOrder", "IUnitsNetConvertible", "UnitsNetInterop", "Math", "Enum", "ReadOnlySpan", "Span", "IFormatProvider", "IComparable",
        "ArgumentException", "ArgumentNullException", "ArgumentOutOfRangeException", "CultureInfo", "OverflowException", "System",
    };

    /// <summary>
    /// Names only a quantity may not take: the class of the quantities' extension methods (QuantityEnumerable),
    /// declared in each quantity's namespace, and "Units", the namespace the unit enums go in beside the quantities.
    /// </summary>
    private static readonly HashSet<string> NamespaceMemberNames = new(StringComparer.Ordinal) { "QuantityEnumerable", "Units" };

    /// <summary>True for a name a quantity may not take because the generated code takes it (see the two sets above).</summary>
    public static bool IsReservedName(string name) => NamesUsedUnqualified.Contains(name) || NamespaceMemberNames.Contains(name);

    /// <summary>True for a name a unit's plural may not take because the code inside the struct names a type of that name unqualified.</summary>
    public static bool IsNameUsedUnqualified(string name) => NamesUsedUnqualified.Contains(name);

    public static QuantityFileResult Parse(string path, SourceText? text)
    {
        var diagnostics = new DiagnosticBag(path);
        try
        {
            var model = text is null ? null : Read(path, text, diagnostics);
            return new QuantityFileResult(diagnostics.Count == 0 ? model : null, diagnostics.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticDescriptors.InternalError, default, exception.GetType().Name + ": " + exception.Message);
            return new QuantityFileResult(null, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>A unit as read, with where its name and plural (or the prefix that made it) and each abbreviation are written.</summary>
    /// <param name="IsPrefixed">Whether a prefix made the unit.</param>
    /// <param name="DeclaresUnitsNet">Whether the unit has a "unitsNet" key, even a malformed one.</param>
    private readonly record struct ParsedUnit(UnitModel Unit, TextRange Range, TextRange PluralRange, TextRange[] AbbreviationRanges, bool IsPrefixed = false, bool DeclaresUnitsNet = false);

    private static QuantityModel? Read(string path, SourceText text, DiagnosticBag diagnostics)
    {
        if (JsonFileReader.ReadRootObject(text, diagnostics) is not { } root)
        {
            return null;
        }

        var fileName = Path.GetFileName(path);
        var keys = new LocatedObjectReader(root, diagnostics, "the quantity definition", "name", "namespace", "description", "dimensions", "baseUnit", "differenceQuantity", "units", "displayUnits", UnitsNetMappingReader.Key);
        var nameNode = keys.String("name", required: true);
        var name = nameNode?.Value ?? string.Empty;
        if (nameNode is not null && !Identifiers.IsPascalIdentifier(name))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, nameNode.Range, name, "a quantity name");
        }
        else if (nameNode is not null && IsReservedName(name))
        {
            diagnostics.Add(DiagnosticDescriptors.NameTakenByGeneratedCode, nameNode.Range, name, "a quantity name", "the generated code names a type or namespace of that name without its namespace");
        }

        var namespaceNode = keys.String("namespace");
        if (namespaceNode is not null && !CSharpNames.IsNamespace(namespaceNode.Value))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, namespaceNode.Range, namespaceNode.Value, "a namespace (dotted identifiers such as \"MyCompany.Optics\")");
        }

        var description = keys.String("description", required: true)?.Value ?? string.Empty;
        var baseUnitNode = keys.String("baseUnit", required: true);
        var differenceNode = keys.String("differenceQuantity");
        if (differenceNode is not null && !Identifiers.IsPascalIdentifier(differenceNode.Value))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, differenceNode.Range, differenceNode.Value, "a quantity name");
        }

        var dimensions = ReadDimensions(keys.Object("dimensions"), diagnostics);
        var unitsNet = UnitsNetMappingReader.ReadQuantity(keys.Property(UnitsNetMappingReader.Key), diagnostics);
        var units = new List<ParsedUnit>();
        var unitArray = keys.Array("units", required: true);
        if (unitArray is not null)
        {
            foreach (var item in unitArray.Items)
            {
                if (item is LocatedObject unitObject)
                {
                    ReadUnit(unitObject, name, isAffine: differenceNode is not null, units, diagnostics);
                }
                else
                {
                    diagnostics.Add(DiagnosticDescriptors.WrongJsonType, item.Range, "units[]", "object", item.KindWithArticle);
                }
            }
        }

        CheckUnits(name, units, diagnostics);
        UnitsNetMappingReader.Check(name, unitsNet, keys.Property(UnitsNetMappingReader.Key) is not null, units.Select(u => (u.Unit, u.Range, u.IsPrefixed, u.DeclaresUnitsNet)), diagnostics);
        if (baseUnitNode is not null)
        {
            CheckBaseUnit(name, baseUnitNode, units, diagnostics);
        }

        var displayScales = ReadDisplayUnits(keys.Array("displayUnits"), name, differenceNode is not null, units, diagnostics);
        return new QuantityModel(
            name,
            description,
            baseUnitNode?.Value ?? string.Empty,
            differenceNode?.Value,
            dimensions,
            units.Select(u => u.Unit).ToEquatableArray(),
            fileName,
            (nameNode?.Range ?? root.Range).ToLocation(path),
            differenceNode?.Range.ToLocation(path),
            unitsNet,
            namespaceNode?.Value ?? string.Empty,
            namespaceNode?.Range.ToLocation(path),
            displayScales);
    }

    /// <summary>
    /// The "displayUnits" key: one or more scales, each a list of units (by name or abbreviation) that the readable format
    /// ("a") chooses from. A flat list of units is one scale. Each scale is stored ordered by factor, smallest first.
    /// </summary>
    private static EquatableArray<EquatableArray<string>> ReadDisplayUnits(LocatedArray? node, string quantity, bool isAffine, List<ParsedUnit> units, DiagnosticBag diagnostics)
    {
        if (node is null)
        {
            return EquatableArray<EquatableArray<string>>.Empty;
        }

        if (isAffine)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidAffine, node.Range, $"Quantity '{quantity}' is affine: the readable format keeps a point's unit, so it takes no \"displayUnits\"");
            return EquatableArray<EquatableArray<string>>.Empty;
        }

        var scales = new List<EquatableArray<string>>();
        var items = node.Items.All(i => i is LocatedString) ? new LocatedNode[] { node } : node.Items.ToArray();
        foreach (var item in items)
        {
            if (item is not LocatedArray scale || scale.Items.Count == 0)
            {
                diagnostics.Add(DiagnosticDescriptors.WrongJsonType, item.Range, "displayUnits[]", "non-empty array of unit names or abbreviations", item.KindWithArticle);
                continue;
            }

            var chosen = new List<UnitModel>();
            foreach (var unitNode in scale.Items)
            {
                if (unitNode is not LocatedString unitName)
                {
                    diagnostics.Add(DiagnosticDescriptors.WrongJsonType, unitNode.Range, "displayUnits[]", "string", unitNode.KindWithArticle);
                    continue;
                }

                var unit = units.Select(u => u.Unit).FirstOrDefault(u => u.Name == unitName.Value)
                    ?? units.Select(u => u.Unit).FirstOrDefault(u => u.Abbreviations.Contains(unitName.Value));
                if (unit is null)
                {
                    diagnostics.Add(DiagnosticDescriptors.SpecUnknownUnit, unitName.Range, unitName.Value, quantity, string.Join(", ", units.Select(u => u.Unit.DefaultAbbreviation.Length == 0 ? u.Unit.Name : u.Unit.DefaultAbbreviation)));
                }
                else if (!chosen.Contains(unit))
                {
                    chosen.Add(unit);
                }
            }

            scales.Add(chosen.OrderBy(u => u.Factor).Select(u => u.Name).ToEquatableArray());
        }

        return scales.ToEquatableArray();
    }

    private static EquatableArray<DimensionModel> ReadDimensions(LocatedObject? node, DiagnosticBag diagnostics)
    {
        if (node is null)
        {
            return EquatableArray<DimensionModel>.Empty;
        }

        var keys = new LocatedObjectReader(node, diagnostics, "dimensions", DimensionNames);
        var result = new List<DimensionModel>();
        foreach (var dimension in DimensionNames)
        {
            var exponent = keys.Number(dimension);
            if (exponent is null)
            {
                continue;
            }

            if (!exponent.IsFinite || exponent.Value != Math.Round(exponent.Value) || Math.Abs(exponent.Value) > 10)
            {
                diagnostics.Add(DiagnosticDescriptors.WrongJsonType, exponent.Range, dimension, "whole number from -10 to 10", exponent.RawText);
                continue;
            }

            if (exponent.Value != 0)
            {
                result.Add(new DimensionModel(dimension, (int)exponent.Value));
            }
        }

        return result.ToEquatableArray();
    }

    private static void ReadUnit(LocatedObject node, string quantity, bool isAffine, List<ParsedUnit> units, DiagnosticBag diagnostics)
    {
        var keys = new LocatedObjectReader(node, diagnostics, "a unit", "singular", "plural", "abbreviations", "factor", "offset", "prefixes", "description", UnitsNetMappingReader.Key);
        var singularNode = keys.String("singular", required: true);
        var pluralNode = keys.String("plural", required: true);
        if (singularNode is null || pluralNode is null)
        {
            return;
        }

        foreach (var identifier in new[] { singularNode, pluralNode })
        {
            if (!Identifiers.IsPascalIdentifier(identifier.Value))
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, identifier.Range, identifier.Value, "a unit name");
            }
        }

        var abbreviations = keys.Strings("abbreviations", required: true);
        if (keys.Property("abbreviations")?.Value is LocatedArray { Items.Count: 0 } none)
        {
            // Formatting writes the first abbreviation; with none it would write a bare number that no unit parses.
            diagnostics.Add(DiagnosticDescriptors.InvalidAbbreviation, none.Range, string.Empty, singularNode.Value, "is missing: list at least one; the first is the one formatting writes (\"\" for a bare number)");
        }

        foreach (var abbreviation in abbreviations)
        {
            CheckAbbreviation(abbreviation, singularNode.Value, diagnostics);
        }

        var factor = ReadFactor(keys, "factor", singularNode.Value, required: true, mustBePositive: true, diagnostics) ?? 1;
        var offset = ReadFactor(keys, "offset", singularNode.Value, required: false, mustBePositive: false, diagnostics) ?? 0;
        if (offset != 0 && !isAffine)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidAffine, keys.Property("offset")!.NameRange, $"The unit '{singularNode.Value}' has an offset, but quantity '{quantity}' is not affine; add \"differenceQuantity\" or remove the offset");
        }

        var description = keys.String("description")?.Value ?? string.Empty;
        var names = abbreviations.Select(a => a.Value).ToArray();
        var prefixNodes = keys.Strings("prefixes");
        var (unitsNet, prefixedUnitsNet) = UnitsNetMappingReader.ReadUnit(keys.Property(UnitsNetMappingReader.Key), prefixNodes.Select(p => p.Value).ToArray(), diagnostics);
        units.Add(new ParsedUnit(
            new UnitModel(singularNode.Value, pluralNode.Value, names.ToEquatableArray(), factor, offset, description, unitsNet),
            singularNode.Range,
            pluralNode.Range,
            abbreviations.Select(a => a.Range).ToArray(),
            DeclaresUnitsNet: keys.Property(UnitsNetMappingReader.Key) is not null));

        foreach (var prefixNode in prefixNodes)
        {
            if (!Prefixes.TryGet(prefixNode.Value, out var prefix))
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownPrefix, prefixNode.Range, prefixNode.Value, Prefixes.Names);
                continue;
            }

            if (offset != 0)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidAffine, prefixNode.Range, $"The unit '{singularNode.Value}' has an offset and cannot take prefixes");
                continue;
            }

            // A finite factor can still overflow (1e300 × Exa) or underflow (1e-300 × Yocto) once prefixed.
            var prefixedFactor = factor * prefix.Factor;
            if (double.IsInfinity(prefixedFactor) || prefixedFactor <= 0)
            {
                var prefixedName = Identifiers.Prefixed(prefix.Name, singularNode.Value);
                diagnostics.Add(DiagnosticDescriptors.InvalidFactor, prefixNode.Range, "factor", prefixedName, $" greater than zero, but the prefix {prefix.Name} makes it {prefixedFactor.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
                continue;
            }

            var prefixed = names.Select(a => prefix.Symbol + a).ToList();
            if (prefix.AsciiSymbol is { } ascii)
            {
                prefixed.AddRange(names.Select(a => ascii + a));
            }

            units.Add(new ParsedUnit(
                new UnitModel(
                    Identifiers.Prefixed(prefix.Name, singularNode.Value),
                    Identifiers.Prefixed(prefix.Name, pluralNode.Value),
                    prefixed.ToEquatableArray(),
                    prefixedFactor,
                    0,
                    string.Empty,
                    prefixedUnitsNet.TryGetValue(prefix.Name, out var overridden)
                        ? overridden
                        : UnitsNetMappingReader.DerivePrefixed(unitsNet, prefix.Name, prefixNode.Range.ToLocation(diagnostics.FilePath))),
                prefixNode.Range,
                prefixNode.Range,
                prefixed.Select(_ => prefixNode.Range).ToArray(),
                IsPrefixed: true));
        }
    }

    /// <summary>
    /// Each unit's plural names two members of the struct (<see cref="QuantityMembers"/>); one that would collide with a
    /// member the struct has anyway, or with another unit's, is reported at the plural (or at the prefix that made it), AIINFRA122.
    /// </summary>
    private static void CheckUnitMembers(string quantity, List<ParsedUnit> units, DiagnosticBag diagnostics)
    {
        var valid = units.Where(u => Identifiers.IsPascalIdentifier(u.Unit.PluralName)).ToList();
        var plurals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (unit, _, _, _, _, _) in valid)
        {
            plurals[unit.PluralName] = unit.Name;
        }

        var singulars = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (unit, _, pluralRange, _, _, _) in valid)
        {
            if (!singulars.Add(unit.Name))
            {
                continue; // a unit defined twice, reported once (AIINFRA102)
            }

            var plural = unit.PluralName;
            var collision = QuantityMembers.Collision(quantity, plural)
                ?? (IsNameUsedUnqualified(plural) ? $"the type or namespace {plural} that the code inside the struct names without its namespace" : null)
                ?? (plural == QuantityModel.UnitTypeNameOf(quantity) ? "the quantity's unit enum, which the code inside the struct names without its namespace" : null)
                ?? (!seen.Add(plural) ? "the plural of another unit" : null)
                ?? (plural.StartsWith(QuantityMembers.FactoryPrefix, StringComparison.Ordinal) && plurals.TryGetValue(plural.Substring(QuantityMembers.FactoryPrefix.Length), out var owner)
                    ? $"the factory of unit '{owner}'"
                    : null);
            if (collision is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.NameTakenByGeneratedCode, pluralRange, plural, $"the plural of unit '{unit.Name}'", $"the members named after it would collide with {collision}");
            }
        }
    }

    private static double? ReadFactor(LocatedObjectReader keys, string key, string unit, bool required, bool mustBePositive, DiagnosticBag diagnostics)
    {
        var node = keys.Number(key, required);
        if (node is null)
        {
            return null;
        }

        if (!node.IsFinite || (mustBePositive && node.Value <= 0))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidFactor, node.Range, key, unit, mustBePositive ? " greater than zero" : string.Empty);
            return null;
        }

        return node.Value;
    }

    private static void CheckAbbreviation(LocatedString abbreviation, string unit, DiagnosticBag diagnostics)
    {
        var text = abbreviation.Value;
        string? problem = null;
        if (text.Any(char.IsWhiteSpace))
        {
            problem = "contains white space";
        }
        else if (text.Length > 0 && (char.IsDigit(text[0]) || text[0] is '+' or '-' or '.' or ','))
        {
            problem = "starts with a digit, sign or separator, which parsing would read as part of the number";
        }

        if (problem is not null)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidAbbreviation, abbreviation.Range, text, unit, problem);
        }
    }

    /// <summary>Each abbreviation is reported where it is written, or at the prefix that made it.</summary>
    private static void CheckUnits(string quantity, List<ParsedUnit> units, DiagnosticBag diagnostics)
    {
        CheckUnitMembers(quantity, units, diagnostics);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (unit, range, _, abbreviationRanges, _, _) in units)
        {
            if (!names.Add(unit.Name))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateUnit, range, unit.Name, quantity);
            }

            for (var i = 0; i < unit.Abbreviations.Count; i++)
            {
                var abbreviation = unit.Abbreviations[i];
                if (!owners.TryGetValue(abbreviation, out var owner))
                {
                    owners.Add(abbreviation, unit.Name);
                }
                else if (owner == unit.Name)
                {
                    // The same unit naming an abbreviation twice is harmless.
                }
                else if (abbreviation.Length == 0)
                {
                    diagnostics.Add(DiagnosticDescriptors.InvalidAbbreviation, abbreviationRanges[i], abbreviation, unit.Name, "is empty, and another unit already has the empty abbreviation");
                }
                else
                {
                    diagnostics.Add(DiagnosticDescriptors.DuplicateAbbreviation, abbreviationRanges[i], abbreviation, owner, unit.Name, quantity);
                }
            }
        }
    }

    private static void CheckBaseUnit(string quantity, LocatedString baseUnit, List<ParsedUnit> units, DiagnosticBag diagnostics)
    {
        var match = units.FirstOrDefault(u => u.Unit.Name == baseUnit.Value).Unit;
        if (match is null)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidBaseUnit, baseUnit.Range, baseUnit.Value, quantity, "is not one of its units");
        }
        else if (Math.Abs(match.Factor - 1) > 1e-15 || match.Offset != 0)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidBaseUnit, baseUnit.Range, baseUnit.Value, quantity, "must have factor 1 and offset 0");
        }
    }
}
