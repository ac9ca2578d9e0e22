using System.Linq;
using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>Emits a spec enum and the helper that reads and writes it as its JSON strings.</summary>
internal static class EnumEmitter
{
    /// <summary>The helper's private lookup of the JSON value a reader is on (<see cref="JsonNameDispatch"/>).</summary>
    private const string ValueIndexOf = "ValueIndexOf";

    public static string HintName(EnumModel model) => $"Specs.{model.Namespace}.{model.Name}.g.cs";

    public static string Emit(EnumModel model)
    {
        var n = model.Name;
        var w = SpecSources.Begin(model.FileName);
        w.OpenBlock($"namespace {model.Namespace}");
        if (!model.DeclaredInCode)
        {
            EmitEnum(w, model);
        }

        w.Line($"/// <summary>Reads and writes <see cref=\"{n}\"/> as its JSON strings.</summary>");
        w.OpenBlock($"internal static class {n}Json");
        w.Line($"public const string AllowedValues = {Identifiers.StringLiteral(Allowed(model))};");
        w.Line();
        w.OpenBlock($"public static bool TryParse(string text, out {n} value)");
        w.OpenBlock("switch (text)");
        foreach (var value in model.Values)
        {
            w.Line($"case {Identifiers.StringLiteral(value.Json)}:");
            w.Line($"    value = {n}.{value.Name};");
            w.Line("    return true;");
        }

        w.Line("default:");
        w.Line("    value = default;");
        w.Line("    return false;");
        w.CloseBlock();
        w.CloseBlock();
        w.Line();
        w.Line($"public static bool IsDefined({n} value) => (uint)value < {model.Values.Count}u;");
        w.Line();
        w.OpenBlock($"public static string ToJson({n} value) => value switch");
        foreach (var value in model.Values)
        {
            w.Line($"{n}.{value.Name} => {Identifiers.StringLiteral(value.Json)},");
        }

        w.Line("_ => ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture),");
        w.CloseBlock("};");
        w.Line();
        w.Line($"public static int Compare({n} left, {n} right) => ((int)left).CompareTo((int)right);");
        w.Line();
        w.Line($"public static void Write({CSharpTypes.Writer} writer, {n} value) => writer.WriteStringValue(IsDefined(value) ? ToJson(value) : throw {CSharpTypes.Writers}.UndefinedEnum({Identifiers.StringLiteral(n)}, (int)value));");
        w.Line();
        w.OpenBlock($"public static bool TryRead(ref {CSharpTypes.Reader} reader, {CSharpTypes.Context} context, out {n} value)");
        w.Line("value = default;");
        w.OpenBlock($"if (!{CSharpTypes.Readers}.ExpectString(ref reader, context, \"one of \" + AllowedValues))");
        w.Line("return false;");
        w.CloseBlock();
        w.Line();
        w.OpenBlock($"switch ({ValueIndexOf}(ref reader))");
        for (var i = 0; i < model.Values.Count; i++)
        {
            w.Line($"case {JsonEmitter.Count(i)}:");
            w.Line($"    value = {n}.{model.Values[i].Name};");
            w.Line("    return true;");
        }

        w.Line("default:");
        w.Line($"    return {CSharpTypes.Readers}.ReportUnknownEnumValue(ref reader, context, {Identifiers.StringLiteral(n)}, AllowedValues);");
        w.CloseBlock();
        w.CloseBlock();
        w.Line();
        JsonNameDispatch.Emit(
            w,
            ValueIndexOf,
            $"The index of the value the reader is on among the JSON values of <see cref=\"{n}\"/>, or -1 for another string.",
            model.Values.Select(v => v.Json).ToList());
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    private static void EmitEnum(SourceWriter w, EnumModel model)
    {
        w.DocSummary(model.Description.Length > 0 ? model.Description : model.Name + ".");
        w.Line("/// <remarks>Written in JSON as a string: " + SpecSources.DocLine(Allowed(model)) + ".</remarks>");
        w.OpenBlock($"public enum {model.Name}");
        foreach (var value in model.Values)
        {
            var text = value.Description.Length > 0 ? value.Description.TrimEnd('.') + "." : value.Name + ".";
            w.DocSummary($"{text} JSON: \"{value.Json}\".");
            if (value.Deprecated is not null)
            {
                w.Line($"[global::System.Obsolete({Identifiers.StringLiteral(value.Deprecated)})]");
            }

            w.Line(value.Name + ",");
        }

        w.CloseBlock();
        w.Line();
    }

    private static string Allowed(EnumModel model) => string.Join(", ", model.Values.Select(v => "\"" + v.Json + "\""));
}
