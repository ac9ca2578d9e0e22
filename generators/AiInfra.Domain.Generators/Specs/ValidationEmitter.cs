using System.Collections.Generic;
using System.Linq;
using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// Emits an entity's validator: every constraint of the spec, then the hand-written rules. In fail-fast mode it
/// allocates nothing for a valid value.
/// </summary>
internal static class ValidationEmitter
{
    private const string Checks = "global::AiInfra.Domain.Validation.ValidationChecks";
    private const string Codes = "global::AiInfra.Domain.ErrorCodes";

    public static string HintName(EntityModel entity) => $"Specs.{entity.Namespace}.{entity.Name}.Validation.g.cs";

    public static string Emit(EntityEmitModel model)
    {
        var entity = model.Entity;
        var w = SpecSources.Begin(entity.FileName);
        w.OpenBlock($"namespace {entity.Namespace}");
        w.OpenBlock($"partial record {entity.Name}");
        var fields = new List<string>();
        var checkers = new List<(string Name, string Type, string Body)>();
        w.OpenBlock($"private static void ValidateCore({entity.Name} value, ref global::AiInfra.Domain.Validation.ValidationScope scope)");
        for (var i = 0; i < entity.Properties.Count; i++)
        {
            EmitProperty(w, entity.Properties[i], i, fields, checkers);
        }

        var comparisons = 0;
        foreach (var property in entity.Properties.Where(p => p.AtLeastProperty is not null))
        {
            EmitAtLeast(w, entity, property, comparisons++);
        }

        w.Line("ValidateRules(value, ref scope);");
        w.CloseBlock();
        foreach (var (name, type, body) in checkers)
        {
            w.Line();
            w.OpenBlock($"private static void {name}({type} value, ref global::AiInfra.Domain.Validation.ValidationScope scope)");
            w.Lines(body.TrimEnd('\n'));
            w.CloseBlock();
        }
        foreach (var field in fields)
        {
            w.Line();
            w.Line(field);
        }

        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    private static void EmitProperty(SourceWriter w, PropertyModel p, int index, List<string> fields, List<(string Name, string Type, string Body)> checkers)
    {
        var value = p.Value;
        var local = "v" + JsonEmitter.Count(index);
        var json = Identifiers.StringLiteral(p.JsonName);
        var needsNullCheck = p.Required && !CSharpTypes.IsValueType(value);
        var body = new SourceWriter();
        EmitChecks(body, value, "value", fields, p.Name);
        var hasChecks = body.ToString().Length > 0;
        if (hasChecks)
        {
            checkers.Add((CheckerName(index), CSharpTypes.TypeOf(value), body.ToString()));
        }

        if (!needsNullCheck && !hasChecks)
        {
            return;
        }

        if (needsNullCheck)
        {
            w.OpenBlock($"if (value.{p.Name} is null)");
            w.Line($"scope.ReportProperty({json}, {Codes}.NullValue, \"The property is required and must not be null.\");");
            w.CloseBlock();
        }

        if (!hasChecks)
        {
            w.Line();
            return;
        }

        // An optional list or map left empty is omitted when written, so its item counts apply only when it has items.
        var pattern = CSharpTypes.IsValueType(value) && (p.Required || p.Default is not null) ? "var " + local
            : value.IsCollection && !p.Required ? "{ Count: > 0 } " + local
            : "{ } " + local;
        w.OpenBlock($"{(needsNullCheck ? "else if" : "if")} (!scope.ShouldStop && value.{p.Name} is {pattern})");
        w.Line($"scope.Enter({json});");
        w.Line($"{CheckerName(index)}({local}, ref scope);");
        w.Line("scope.Exit();");
        w.CloseBlock();
        w.Line();
    }

    /// <summary>"sparse" at least "dense": compared on the values (a figure's stated value), when both are present.</summary>
    private static void EmitAtLeast(SourceWriter w, EntityModel entity, PropertyModel property, int index)
    {
        var low = "atLeast" + JsonEmitter.Count(index);
        var high = "bound" + JsonEmitter.Count(index);
        var other = entity.Properties.First(p => p.JsonName == property.AtLeastProperty);
        string Pattern(PropertyModel p, string local) =>
            CSharpTypes.IsValueType(p.Value) && (p.Required || p.Default is not null) ? "var " + local : "{ } " + local;
        string Read(PropertyModel p, string local) => p.Value.IsFigure ? local + ".Value" : local;
        w.OpenBlock($"if (!scope.ShouldStop && value.{property.Name} is {Pattern(property, low)} && value.{other.Name} is {Pattern(other, high)} && {Read(property, low)}.CompareTo({Read(other, high)}) < 0)");
        w.Line($"scope.ReportProperty({Identifiers.StringLiteral(property.JsonName)}, {Codes}.OutOfRange, string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $\"{{{Read(property, low)}}} is below {other.JsonName} ({{{Read(other, high)}}}); {property.JsonName} is at least {other.JsonName}.\"));");
        w.CloseBlock();
        w.Line();
    }

    /// <summary>The method that checks the value of property <paramref name="index"/>; the reader calls it too.</summary>
    public static string CheckerName(int index) => "CheckProperty" + JsonEmitter.Count(index);

    /// <summary>True when the property's value has constraints, so that a checker method exists for it.</summary>
    public static bool HasChecks(ValueModel value)
    {
        var body = new SourceWriter();
        EmitChecks(body, value, "value", new List<string>(), string.Empty);
        return body.ToString().Length > 0;
    }

    /// <summary>Writes the checks of one value held in the local <paramref name="local"/>.</summary>
    private static void EmitChecks(SourceWriter w, ValueModel value, string local, List<string> fields, string owner)
    {
        if (value.IsFigure)
        {
            // A figure's constraints apply to its value and, for a range, to its maximum.
            var inner = new SourceWriter();
            EmitChecks(inner, value.Unwrapped, local + ".Value", fields, owner);
            if (inner.ToString().Length > 0)
            {
                w.Lines(inner.ToString().TrimEnd('\n'));
                w.OpenBlock($"if ({local}.Maximum is {{ }} figureMaximum)");
                var upper = new SourceWriter();
                EmitChecks(upper, value.Unwrapped, "figureMaximum", fields, owner);
                w.Lines(upper.ToString().TrimEnd('\n'));
                w.CloseBlock();
            }

            if (value.Kind is ValueKind.Integer or ValueKind.Number or ValueKind.Quantity or ValueKind.Date or ValueKind.YearMonth)
            {
                w.Line($"{Checks}.FigureRange(ref scope, {local});");
            }

            return;
        }

        if (value.Minimum is { } min)
        {
            w.Line($"{Checks}.Minimum(ref scope, {local}, {CSharpTypes.Literal(value, min)}, {Identifiers.StringLiteral(min.Text)});");
        }

        if (value.Maximum is { } max)
        {
            w.Line($"{Checks}.Maximum(ref scope, {local}, {CSharpTypes.Literal(value, max)}, {Identifiers.StringLiteral(max.Text)});");
        }

        if (value.Pattern is { } pattern)
        {
            var field = $"s_pattern{fields.Count}";
            // ECMA-262 semantics, as in the schema; translated once, compiled to a .NET regex on first use.
            fields.Add($"private static readonly global::AiInfra.Domain.Validation.JsonSchemaPattern {field} = new({Identifiers.StringLiteral(pattern)});");
            w.Line($"{Checks}.Pattern(ref scope, {local}, {field});");
        }

        if (value.MinLength >= 0 || value.MaxLength >= 0)
        {
            w.Line($"{Checks}.Length(ref scope, {local}, {JsonEmitter.Count(value.MinLength)}, {JsonEmitter.Count(value.MaxLength)});");
        }

        switch (value.Kind)
        {
            case ValueKind.Enum:
                w.OpenBlock($"if (!{CSharpTypes.EnumHelper(value.Target!)}.IsDefined({local}))");
                w.Line($"scope.Report({Codes}.UnknownEnumValue, $\"{{(int){local}}} is not a defined value of {value.Target!.Substring(value.Target.LastIndexOf('.') + 1)}.\");");
                w.CloseBlock();
                break;
            case ValueKind.Entity:
                w.Line($"{Checks}.Nested(ref scope, {local});");
                break;
            case ValueKind.List:
                if (value.MinItems >= 0 || value.MaxItems >= 0 || value.UniqueItems)
                {
                    w.Line($"{Checks}.Items(ref scope, {local}, {JsonEmitter.Count(value.MinItems)}, {JsonEmitter.Count(value.MaxItems)}, {(value.UniqueItems ? "true" : "false")});");
                }

                var itemChecks = new SourceWriter();
                EmitChecks(itemChecks, value.Item!, "item", fields, owner);
                if (itemChecks.ToString().Length > 0)
                {
                    w.OpenBlock($"for (var i = 0; i < {local}.Count && !scope.ShouldStop; i++)");
                    w.Line($"var item = {local}[i];");
                    w.Line("scope.Enter(i);");
                    w.Lines(itemChecks.ToString().TrimEnd('\n'));
                    w.Line("scope.Exit();");
                    w.CloseBlock();
                }

                break;
            case ValueKind.Map:
                if (value.MinItems >= 0 || value.MaxItems >= 0)
                {
                    w.Line($"{Checks}.ItemCount(ref scope, {local}.Count, {JsonEmitter.Count(value.MinItems)}, {JsonEmitter.Count(value.MaxItems)});");
                }

                var entryChecks = new SourceWriter();
                EmitChecks(entryChecks, value.Item!, "entry", fields, owner);
                if (entryChecks.ToString().Length > 0)
                {
                    w.OpenBlock($"{Checks}.EachMapValue(ref scope, {local}, {CSharpTypes.EnumHelper(value.KeyEnum!)}.ToJson, static ({CSharpTypes.TypeOf(value.Item!)} entry, ref global::AiInfra.Domain.Validation.ValidationScope scope) =>");
                    w.Lines(entryChecks.ToString().TrimEnd('\n'));
                    w.CloseBlock("});");
                }

                break;
        }
    }
}
