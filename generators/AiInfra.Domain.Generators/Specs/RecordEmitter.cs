using System.Linq;
using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>Emits an entity's sealed partial record: its properties, value equality and IAiInfraEntity members.</summary>
internal static class RecordEmitter
{
    private const string Equality = RuntimeNames.CollectionEquality;

    /// <summary>Writes the entity's record into its generated file (<see cref="EntityFileEmitter"/>).</summary>
    public static void Write(SourceWriter w, EntityEmitModel model)
    {
        var entity = model.Entity;
        w.OpenBlock($"namespace {entity.Namespace}");
        w.DocSummary(entity.Description.Length > 0 ? entity.Description : entity.Name + ".");
        w.Line("/// <remarks>Generated from " + SpecSources.DocLine(entity.FileName) + ". Equality compares every property, including the contents of lists and maps.</remarks>");
        if (entity.Deprecated is not null)
        {
            w.Line($"[global::System.Obsolete({Identifiers.StringLiteral(entity.Deprecated)})]");
        }

        w.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({RuntimeNames.EntityConverter}<{entity.Name}>))]");
        w.Line($"[global::System.CodeDom.Compiler.GeneratedCode(\"AiInfra.Domain.Generators\", \"{SpecSources.Version}\")]");
        w.OpenBlock($"public sealed partial record {entity.Name} : {RuntimeNames.EntityInterface}<{entity.Name}>");
        foreach (var property in entity.Properties)
        {
            EmitProperty(w, property);
            w.Line();
        }

        EmitEquality(w, entity);
        w.Line();
        var entityInterface = $"{RuntimeNames.EntityInterface}<{entity.Name}>";
        w.Lines($$"""
            /// <summary>
            /// Checks that every value can be written as JSON and read back equal, every constraint of the spec, and the
            /// hand-written rules. When the value is valid, AiInfraJson.Serialize writes it and reading that text gives back an equal value.
            /// </summary>
            /// <returns><see cref="{{RuntimeNames.ValidationResult}}.Valid"/> (no allocation) when valid; otherwise every error with its JSON Pointer path.</returns>
            public {{RuntimeNames.ValidationResult}} {{GeneratedMembers.Validate}}() => {{RuntimeNames.ValidationScope}}.Validate(this);

            static string {{entityInterface}}.EntityName => {{Identifiers.StringLiteral(entity.Name)}};

            static void {{entityInterface}}.ValidateInto({{entity.Name}} value, ref {{RuntimeNames.ValidationScope}} scope) => {{GeneratedMembers.ValidateCore}}(value, ref scope);

            static {{entity.Name}}? {{entityInterface}}.ReadJson(ref {{CSharpTypes.Reader}} reader, {{CSharpTypes.Context}} context) => {{GeneratedMembers.ReadJsonCore}}(ref reader, context);

            static void {{entityInterface}}.WriteJson({{CSharpTypes.Writer}} writer, {{entity.Name}} value) => {{GeneratedMembers.WriteJsonCore}}(writer, value);

            static string {{entityInterface}}.JsonSchema => {{GeneratedMembers.SchemaText}};

            /// <summary>
            /// Rules across properties that the spec cannot state. Implement this partial method in a hand-written
            /// part of the record and report each broken rule with <c>scope.ReportProperty</c>.
            /// </summary>
            static partial void {{GeneratedMembers.ValidateRules}}({{entity.Name}} value, ref {{RuntimeNames.ValidationScope}} scope);
            """);
        w.CloseBlock();
        w.CloseBlock();
    }

    private static void EmitProperty(SourceWriter w, PropertyModel property)
    {
        var value = property.Value;
        w.DocSummary(property.Description.Length > 0 ? property.Description : property.JsonName + ".");
        var remarks = SpecSources.Describe(property);
        if (remarks.Length > 0)
        {
            w.Line("/// <remarks>" + SpecSources.DocLine(remarks) + "</remarks>");
        }

        if (property.Deprecated is not null)
        {
            w.Line($"[global::System.Obsolete({Identifiers.StringLiteral(property.Deprecated)})]");
        }

        var type = CSharpTypes.TypeOf(value);
        if (property.Required)
        {
            w.Line($"public required {type} {property.Name} {{ get; init; }}");
        }
        else if (property.Default is { } literal)
        {
            w.Line($"public {type} {property.Name} {{ get; init; }} = {CSharpTypes.Literal(value, literal)};");
        }
        else if (value.IsCollection)
        {
            w.Line($"public {type} {property.Name} {{ get; init; }} = {SpecSources.EmptyCollection(value)};");
        }
        else if (property.IsFigureOutOfLine)
        {
            // Most figures of a record are absent: each is stored out of line, so that an absent one costs a reference
            // instead of its whole size (a figure of a quantity is about 100 bytes) in every record read or copied.
            // The box is never changed once made; the field is assigned only here and by the generated reader.
            var field = FigureField(property);
            w.Line($"public {type}? {property.Name} {{ get => {field}?.Value; init => {field} = value is {{ }} figure ? new(figure) : null; }}");
            w.Line();
            w.Line($"private {CSharpTypes.FigureBox(value)}? {field};");
        }
        else
        {
            w.Line($"public {type}? {property.Name} {{ get; init; }}");
        }
    }

    /// <summary>The field that holds an optional figure out of line ("_tdpFigure" for property Tdp).</summary>
    internal static string FigureField(PropertyModel property) => "_" + Identifiers.PropertyLocal(property.Name, "Figure");

    private static void EmitEquality(SourceWriter w, EntityModel entity)
    {
        w.Line("/// <summary>True when every property is equal; lists compare item by item, maps entry by entry.</summary>");
        w.OpenBlock($"public bool Equals({entity.Name}? other)");
        w.Line("if (ReferenceEquals(this, other))");
        w.Line("{");
        w.Line("    return true;");
        w.Line("}");
        w.Line();
        // UnitsNet values compare as the library's values do (equal in the base unit), not with UnitsNet's Equals.
        var terms = entity.Properties.Select(p => p.Value.Kind switch
        {
            ValueKind.List when p.Value.Item!.UnitsNet is not null => $"{Equality}.ListEquals<{CSharpTypes.TypeOf(p.Value.Item)}>({p.Name}, other.{p.Name}, {CSharpTypes.UnitsNetComparer(p.Value.Item)})",
            ValueKind.Map when p.Value.Item!.UnitsNet is not null => $"{Equality}.MapEquals<{p.Value.KeyEnum}, {CSharpTypes.TypeOf(p.Value.Item)}>({p.Name}, other.{p.Name}, {CSharpTypes.UnitsNetComparer(p.Value.Item)})",
            ValueKind.List => $"{Equality}.ListEquals({p.Name}, other.{p.Name})",
            ValueKind.Map => $"{Equality}.MapEquals({p.Name}, other.{p.Name})",
            _ when p.Value.UnitsNet is not null => $"{CSharpTypes.UnitsNetComparer(p.Value)}.Equals({p.Name}, other.{p.Name})",
            _ => $"global::System.Collections.Generic.EqualityComparer<{CSharpTypes.TypeOf(p.Value)}{(p.Required || p.Default is not null ? string.Empty : "?")}>.Default.Equals({p.Name}, other.{p.Name})",
        }).ToList();
        w.Line("return other is not null" + (terms.Count == 0 ? ";" : string.Empty));
        w.Indent++;
        for (var i = 0; i < terms.Count; i++)
        {
            w.Line("&& " + terms[i] + (i == terms.Count - 1 ? ";" : string.Empty));
        }

        w.Indent--;
        w.CloseBlock();
        w.Line();
        w.Line("/// <summary>A hash consistent with <see cref=\"Equals(" + entity.Name + "?)\"/>.</summary>");
        w.OpenBlock("public override int GetHashCode()");
        w.Line("var hash = new global::System.HashCode();");
        foreach (var p in entity.Properties)
        {
            w.Line(p.Value.Kind switch
            {
                ValueKind.List when p.Value.Item!.UnitsNet is not null => $"hash.Add({Equality}.ListHash<{CSharpTypes.TypeOf(p.Value.Item)}>({p.Name}, {CSharpTypes.UnitsNetComparer(p.Value.Item)}));",
                ValueKind.Map when p.Value.Item!.UnitsNet is not null => $"hash.Add({Equality}.MapHash<{p.Value.KeyEnum}, {CSharpTypes.TypeOf(p.Value.Item)}>({p.Name}, {CSharpTypes.UnitsNetComparer(p.Value.Item)}));",
                _ when p.Value.UnitsNet is not null => $"hash.Add({CSharpTypes.UnitsNetComparer(p.Value)}.GetHashCode({p.Name}));",
                ValueKind.List => $"hash.Add({Equality}.ListHash({p.Name}));",
                ValueKind.Map => $"hash.Add({Equality}.MapHash({p.Name}));",
                _ => $"hash.Add({p.Name});",
            });
        }

        w.Line("return hash.ToHashCode();");
        w.CloseBlock();
    }
}
