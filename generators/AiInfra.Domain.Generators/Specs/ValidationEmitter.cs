using System;
using System.Collections.Generic;
using System.Linq;
using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// Emits an entity's validator: that every value can be written as JSON and read back equal (no nulls where a value
/// is needed, finite numbers, defined enum values, and so on), every constraint of the spec on the values that can,
/// then the rules across properties when every value can. In fail-fast mode it allocates nothing for a valid value.
/// </summary>
internal static class ValidationEmitter
{
    private const string Checks = RuntimeNames.ValidationChecks;
    private const string Codes = RuntimeNames.ErrorCodes;
    private const string Scope = RuntimeNames.ValidationScope;

    /// <summary>Writes the entity's validator into its generated file (<see cref="EntityFileEmitter"/>).</summary>
    public static void Write(SourceWriter w, EntityEmitModel model)
    {
        var entity = model.Entity;
        w.OpenBlock($"namespace {entity.Namespace}");
        w.OpenBlock($"partial record {entity.Name}");
        var fields = new List<string>();
        var checkers = new List<(string Name, string Type, string Body)>();
        w.OpenBlock($"private static void {GeneratedMembers.ValidateCore}({entity.Name} value, ref {Scope} scope)");
        w.OpenBlock($"if (!{Checks}.WritableDepth(ref scope, {JsonEmitter.Count(InnerLevels(entity))}))");
        w.Line("return;");
        w.CloseBlock();
        w.Line();
        w.Line("var unwritable = scope.UnwritableCount;");
        for (var i = 0; i < entity.Properties.Count; i++)
        {
            EmitProperty(w, entity.Properties[i], fields, checkers);
        }

        // Rules across properties see only values that can be written: no nulls, NaN or undefined enum values.
        w.OpenBlock("if (!scope.ShouldStop && scope.UnwritableCount == unwritable)");
                foreach (var property in entity.Properties.Where(p => p.AtLeastProperty is not null))
        {
            EmitAtLeast(w, entity, property);
        }

        w.Line($"{GeneratedMembers.ValidateRules}(value, ref scope);");
        w.CloseBlock();
        w.CloseBlock();
        foreach (var (name, type, body) in checkers)
        {
            w.Line();
            w.OpenBlock($"private static void {name}({type} value, ref {Scope} scope)");
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
    }

    private static void EmitProperty(SourceWriter w, PropertyModel p, List<string> fields, List<(string Name, string Type, string Body)> checkers)
    {
        var value = p.Value;
        var local = LocalName(p);
        var json = Identifiers.StringLiteral(p.JsonName);

        // A list or map is never null, even when optional (an empty one is omitted when written, and read back empty).
        var nullIsError = !CSharpTypes.IsValueType(value) && (p.Required || value.IsCollection);
        var constraints = new SourceWriter();
        EmitChecks(constraints, value, "value", fields, writability: false, containers: 0, afterRead: true);
        if (constraints.ToString().Length > 0)
        {
            checkers.Add((GeneratedMembers.Checker(p.Name), CSharpTypes.TypeOf(value), constraints.ToString()));
        }

        var body = new SourceWriter();
        EmitChecks(body, value, "value", fields, writability: true, containers: 0, afterRead: false);
        var hasChecks = body.ToString().Length > 0;

        // Where nothing but the constraints is to check (a list of entities, which check themselves), the reader's checker serves.
        var validator = body.ToString() == constraints.ToString() ? GeneratedMembers.Checker(p.Name) : GeneratedMembers.Validator(p.Name);
        if (hasChecks && validator != GeneratedMembers.Checker(p.Name))
        {
            checkers.Add((validator, CSharpTypes.TypeOf(value), body.ToString()));
        }

        if (!nullIsError && !hasChecks)
        {
            return;
        }

        if (nullIsError)
        {
            w.OpenBlock($"if (value.{p.Name} is null)");
            w.Line($"{Checks}.NullProperty(ref scope, {json}, {(value.IsCollection ? "true" : "false")});");
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
        // A value the reader checked (scope.ValuesChecked) is skipped: its constraints were checked as it was read, and a
        // record inside it had its rules run by this record's reader. A UnitsNet value too: the reader made it from a
        // library quantity it had read (so it converts back, and is writable) and checked it after that conversion.
        w.OpenBlock($"{(nullIsError ? "else if" : "if")} (!scope.ShouldStop && !scope.ValuesChecked && value.{p.Name} is {pattern})");
        w.Line($"scope.Enter({json});");
        w.Line($"{validator}({local}, ref scope);");
        w.Line("scope.Exit();");
        w.CloseBlock();
        w.Line();
    }

    /// <summary>"sparse" at least "dense": compared on the values (a figure's stated value), when both are present.</summary>
    private static void EmitAtLeast(SourceWriter w, EntityModel entity, PropertyModel property)
    {
        var low = Identifiers.PropertyLocal(property.Name, "AtLeast");
        var high = Identifiers.PropertyLocal(property.Name, "Bound");
        var other = entity.Properties.First(p => p.JsonName == property.AtLeastProperty);
        string Pattern(PropertyModel p, string local) =>
            CSharpTypes.IsValueType(p.Value) && (p.Required || p.Default is not null) ? "var " + local : "{ } " + local;
        // UnitsNet values are compared, and shown, as the library's values: the rules run only on values that convert.
        string Read(PropertyModel p, string local) =>
            p.Value.UnitsNet is null ? (p.Value.IsFigure ? local + ".Value" : local)
            : $"({CSharpTypes.LibraryQuantityType(p.Value)}.FromUnitsNet({(p.Value.IsFigure ? local + ".Value" : local)}))"; // parenthesised: "::" would end a hole of the message's interpolated string
        w.OpenBlock($"if (!scope.ShouldStop && value.{property.Name} is {Pattern(property, low)} && value.{other.Name} is {Pattern(other, high)} && {Read(property, low)}.CompareTo({Read(other, high)}) < 0)");
        w.Line($"scope.ReportProperty({Identifiers.StringLiteral(property.JsonName)}, {Codes}.{nameof(ErrorCodes.OutOfRange)}, string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $\"{{{Read(property, low)}}} is below {other.JsonName} ({{{Read(other, high)}}}); {property.JsonName} is at least {other.JsonName}.\"));");
        w.CloseBlock();
        w.Line();
    }

    /// <summary>The local that holds a property's value in the validator: "tdpValue" for property Tdp.</summary>
    private static string LocalName(PropertyModel p) => Identifiers.PropertyLocal(p.Name, "Value");

    /// <summary>
    /// True when a value of this kind just read has constraints left to check (reading checks that an enum value is
    /// defined), so that a checker method exists for it and the reader calls it.
    /// </summary>
    public static bool HasChecks(ValueModel value)
    {
        var body = new SourceWriter();
        EmitChecks(body, value, "value", new List<string>(), writability: false, containers: 0, afterRead: true);
        return body.ToString().Length > 0;
    }

    /// <summary>
    /// The most objects and arrays an entity's own properties can nest inside its object: a figure is an object with a
    /// "corrected" object inside, a list or map adds one; a nested entity counts for itself, when it is validated.
    /// </summary>
    private static int InnerLevels(EntityModel entity) => entity.Properties.Select(p => Levels(p.Value)).DefaultIfEmpty(0).Max();

    private static int Levels(ValueModel value) =>
        value.IsFigure ? 2 : value.IsCollection ? 1 + Levels(value.Item!) : 0;

    /// <summary>
    /// Writes the checks of one value held in the local <paramref name="local"/>. With <paramref name="writability"/>,
    /// first that the value can be written as JSON (the value read from JSON always can), then its constraints only
    /// when it can. <paramref name="containers"/> counts the lists and maps between the property and the value (0 or 1).
    /// <paramref name="afterRead"/> leaves out what reading guarantees (an enum value is defined): the reader's checker.
    /// </summary>
    private static void EmitChecks(SourceWriter w, ValueModel value, string local, List<string> fields, bool writability, int containers, bool afterRead)
    {
        if (value.UnitsNet is not null)
        {
            EmitUnitsNetChecks(w, value, local, fields, writability, containers, afterRead);
            return;
        }

        if (value.IsFigure)
        {
            // A figure's constraints apply to its value and, for a range, to its maximum.
            var figure = new SourceWriter();
            var inner = new SourceWriter();
            EmitChecks(inner, value.Unwrapped, local + ".Value", fields, writability: false, containers, afterRead);
            if (inner.ToString().Length > 0)
            {
                figure.Lines(inner.ToString().TrimEnd('\n'));
                figure.OpenBlock($"if ({local}.Maximum is {{ }} figureMaximum)");
                var upper = new SourceWriter();
                EmitChecks(upper, value.Unwrapped, "figureMaximum", fields, writability: false, containers, afterRead);
                figure.Lines(upper.ToString().TrimEnd('\n'));
                figure.CloseBlock();
            }

            if (value.Kind is ValueKind.Integer or ValueKind.Number or ValueKind.Quantity or ValueKind.Date or ValueKind.YearMonth)
            {
                figure.Line($"{Checks}.FigureRange(ref scope, {local});");
            }

            var writable = $"{Checks}.WritableFigure{(value.Kind == ValueKind.Quantity ? QuantityTypes(value) : string.Empty)}(ref scope, {local})";
            EmitGuarded(w, writability ? writable : null, figure);
            return;
        }

        var checks = new SourceWriter();
        if (value.Minimum is { } min)
        {
            checks.Line($"{Checks}.Minimum(ref scope, {local}, {CSharpTypes.Literal(value, min)}, {Identifiers.StringLiteral(min.Text)});");
        }

        if (value.Maximum is { } max)
        {
            checks.Line($"{Checks}.Maximum(ref scope, {local}, {CSharpTypes.Literal(value, max)}, {Identifiers.StringLiteral(max.Text)});");
        }

        if (value.Pattern is { } pattern)
        {
            // ECMA-262 semantics, as in the schema; translated once, compiled to a .NET regex on first use.
            var field = Field(fields, "s_pattern", RuntimeNames.JsonSchemaPattern, $"new({Identifiers.StringLiteral(pattern)})");
            checks.Line($"{Checks}.Pattern(ref scope, {local}, {field});");
        }

        if (value.MinLength >= 0 || value.MaxLength >= 0)
        {
            checks.Line($"{Checks}.Length(ref scope, {local}, {JsonEmitter.Count(value.MinLength)}, {JsonEmitter.Count(value.MaxLength)});");
        }

        switch (value.Kind)
        {
            case ValueKind.Enum:
                if (writability)
                {
                    var enumName = value.Target!.Substring(value.Target.LastIndexOf('.') + 1);
                    checks.Line($"{Checks}.WritableEnum(ref scope, {CSharpTypes.EnumHelper(value.Target!)}.IsDefined({local}), (int){local}, {Identifiers.StringLiteral(enumName)});");
                }
                else if (!afterRead)
                {
                    // A value just read is one of the enum's JSON values, so this check is for the other callers only.
                    checks.OpenBlock($"if (!{CSharpTypes.EnumHelper(value.Target!)}.IsDefined({local}))");
                    checks.Line($"scope.Report({Codes}.{nameof(ErrorCodes.UnknownEnumValue)}, $\"{{(int){local}}} is not a defined value of {value.Target!.Substring(value.Target.LastIndexOf('.') + 1)}.\");");
                    checks.CloseBlock();
                }

                break;
            case ValueKind.Entity:
                checks.Line($"{Checks}.Nested(ref scope, {local}, {JsonEmitter.Count(containers + 1)});");
                break;
            case ValueKind.List:
                if (value.MinItems >= 0 || value.MaxItems >= 0 || value.UniqueItems)
                {
                    checks.Line($"{Checks}.Items(ref scope, {local}, {JsonEmitter.Count(value.MinItems)}, {JsonEmitter.Count(value.MaxItems)}, {(value.UniqueItems ? "true" : "false")});");
                }

                var itemChecks = new SourceWriter();
                EmitChecks(itemChecks, value.Item!, "item", fields, writability, containers + 1, afterRead);
                if (itemChecks.ToString().Length > 0)
                {
                    checks.OpenBlock($"for (var i = 0; i < {local}.Count && !scope.ShouldStop; i++)");
                    checks.Line($"var item = {local}[i];");
                    checks.Line("scope.Enter(i);");
                    checks.Lines(itemChecks.ToString().TrimEnd('\n'));
                    checks.Line("scope.Exit();");
                    checks.CloseBlock();
                }

                break;
            case ValueKind.Map:
                if (value.MinItems >= 0 || value.MaxItems >= 0)
                {
                    checks.Line($"{Checks}.ItemCount(ref scope, {local}.Count, {JsonEmitter.Count(value.MinItems)}, {JsonEmitter.Count(value.MaxItems)});");
                }

                var entryChecks = new SourceWriter();
                EmitChecks(entryChecks, value.Item!, "entry", fields, writability, containers + 1, afterRead);
                var keyName = $"{CSharpTypes.EnumHelper(value.KeyEnum!)}.ToJson";
                var lambda = $"static ({CSharpTypes.TypeOf(value.Item!)} entry, ref {Scope} scope) =>";
                if (writability)
                {
                    // Every key is checked (an undefined enum value cannot be written), and each value when it has checks.
                    if (entryChecks.ToString().Length == 0)
                    {
                        checks.Line($"{Checks}.Map(ref scope, {local}, {keyName}, null);");
                    }
                    else
                    {
                        checks.OpenBlock($"{Checks}.Map(ref scope, {local}, {keyName}, {lambda}");
                        checks.Lines(entryChecks.ToString().TrimEnd('\n'));
                        checks.CloseBlock("});");
                    }
                }
                else if (entryChecks.ToString().Length > 0)
                {
                    checks.OpenBlock($"{Checks}.EachMapValue(ref scope, {local}, {keyName}, {lambda}");
                    checks.Lines(entryChecks.ToString().TrimEnd('\n'));
                    checks.CloseBlock("});");
                }

                break;
        }

        EmitGuarded(w, writability ? WritableCheck(value, local) : null, checks);
    }

    /// <summary>
    /// The checks of a UnitsNet value (or a figure of them): converted to the library's value, which is checked exactly as
    /// in the default mode. With <paramref name="writability"/>, the conversion reports a value without a library
    /// counterpart and everything the library's writability check reports; without (the reader's checks of a value it
    /// just read, which always converts), the value is converted only when it has constraints.
    /// </summary>
    private static void EmitUnitsNetChecks(SourceWriter w, ValueModel value, string local, List<string> fields, bool writability, int containers, bool afterRead)
    {
        var converted = local.Replace(".", string.Empty) + "Quantity";
        var constraints = new SourceWriter();
        EmitChecks(constraints, value.WithLibraryType, converted, fields, writability: false, containers, afterRead);
        if (writability)
        {
            var check = value.IsFigure ? "WritableUnitsNetFigure" : "WritableUnitsNet";
            EmitGuarded(w, $"{Checks}.{check}{CSharpTypes.UnitsNetTypeArguments(value)}(ref scope, {local}, out var {converted})", constraints);
        }
        else if (constraints.ToString().Length > 0)
        {
            w.Line($"var {converted} = {FromUnitsNet(value, local)};");
            w.Lines(constraints.ToString().TrimEnd('\n'));
        }
    }

    /// <summary>The library's value of a UnitsNet value (or figure) known to have one.</summary>
    private static string FromUnitsNet(ValueModel value, string local) => value.IsFigure
        ? $"{RuntimeNames.UnitsNetValues}.FromUnitsNet<{CSharpTypes.LibraryQuantityType(value)}, {value.UnitsNet!.FullName}>({local})"
        : $"{CSharpTypes.LibraryQuantityType(value)}.FromUnitsNet({local})";

    /// <summary>
    /// The call that checks that a value of a simple kind can be written; null when there is nothing to check apart
    /// from what <see cref="EmitChecks"/> writes itself (enums, nested entities, the items of lists and maps).
    /// </summary>
    private static string? WritableCheck(ValueModel value, string local) => value.Kind switch
    {
        ValueKind.String or ValueKind.Reference or ValueKind.Number or ValueKind.Date or ValueKind.YearMonth or ValueKind.Money or ValueKind.ReportingPeriod or ValueKind.Period
            => $"{Checks}.Writable(ref scope, {local})",
        ValueKind.Quantity => $"{Checks}.Writable{QuantityTypes(value)}(ref scope, {local})",
        ValueKind.Price => $"{Checks}.WritablePrice{CSharpTypes.PriceTypeArguments(value)}(ref scope, {local})",
        _ => null,
    };

    /// <summary>Writes <paramref name="checks"/>, inside <c>if (guard)</c> when there is a guard (alone when there are no checks).</summary>
    private static void EmitGuarded(SourceWriter w, string? guard, SourceWriter checks)
    {
        var body = checks.ToString().TrimEnd('\n');
        if (guard is null)
        {
            if (body.Length > 0)
            {
                w.Lines(body);
            }
        }
        else if (body.Length == 0)
        {
            w.Line(guard + ";");
        }
        else
        {
            w.OpenBlock($"if ({guard})");
            w.Lines(body);
            w.CloseBlock();
        }
    }

    private static string QuantityTypes(ValueModel value) => $"<{CSharpTypes.QuantityType(value)}, {CSharpTypes.UnitType(value)}>";

    /// <summary>
    /// The name of a static readonly field of <paramref name="type"/> set to <paramref name="initializer"/>: the one
    /// already declared (the reader's checks and Validate()'s share it), or a new one named after its position.
    /// </summary>
    private static string Field(List<string> fields, string prefix, string type, string initializer)
    {
        var declaration = $" = {initializer};";
        var existing = fields.FirstOrDefault(f => f.StartsWith($"private static readonly {type} {prefix}", StringComparison.Ordinal) && f.EndsWith(declaration, StringComparison.Ordinal));
        if (existing is not null)
        {
            var start = $"private static readonly {type} ".Length;
            return existing.Substring(start, existing.Length - declaration.Length - start);
        }

        var name = prefix + JsonEmitter.Count(fields.Count);
        fields.Add($"private static readonly {type} {name}{declaration}");
        return name;
    }
}
