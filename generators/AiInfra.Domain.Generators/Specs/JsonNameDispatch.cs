using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// Emits an entity's property-name lookup: the index of the JSON property the reader is on, or -1. A name is compared
/// only with the spec's names of the same UTF-8 length (and, where several share a length, the same first byte), so
/// reading a property costs a switch and one or two sequence comparisons however late it comes in the spec, instead of
/// a comparison with every earlier name. A name written with escapes (or split across buffers) is unescaped and compared
/// by <c>ValueTextEquals</c>, as before.
/// </summary>
internal static class PropertyNameDispatch
{
    /// <summary>The name of the generated method: <c>static int PropertyIndexOf(ref Utf8JsonReader reader)</c>.</summary>
    public const string MethodName = GeneratedMembers.PropertyIndexOf;

    /// <summary>Above this many names of one length, they are told apart by their first byte first.</summary>
    private const int LinearGroupSize = 3;

    public static void Emit(SourceWriter w, IReadOnlyList<PropertyModel> properties)
    {
        w.Line("/// <summary>The index of the property the reader is on (the order of the spec), or -1 for a name the spec does not have.</summary>");
        w.OpenBlock($"private static int {MethodName}(ref {CSharpTypes.Reader} reader)");
        w.OpenBlock("if (reader.ValueIsEscaped || reader.HasValueSequence)");
        for (var i = 0; i < properties.Count; i++)
        {
            w.OpenBlock($"if (reader.ValueTextEquals({Identifiers.Utf8Literal(properties[i].JsonName)}))");
            w.Line($"return {JsonEmitter.Count(i)};");
            w.CloseBlock();
            w.Line();
        }

        w.Line("return -1;");
        w.CloseBlock();
        w.Line();
        if (properties.Count == 0)
        {
            w.Line("return -1;");
            w.CloseBlock();
            return;
        }

        var names = properties.Select((p, i) => (Bytes: Encoding.UTF8.GetBytes(p.JsonName), Index: i)).ToList();
        w.Line("var name = reader.ValueSpan;");
        w.OpenBlock("switch (name.Length)");
        foreach (var byLength in names.GroupBy(n => n.Bytes.Length).OrderBy(g => g.Key))
        {
            w.Line($"case {JsonEmitter.Count(byLength.Key)}:");
            w.Indent++;
            if (byLength.Key == 0 || byLength.Count() <= LinearGroupSize)
            {
                EmitComparisons(w, byLength, properties);
            }
            else
            {
                w.OpenBlock("switch (name[0])");
                foreach (var byFirst in byLength.GroupBy(n => n.Bytes[0]).OrderBy(g => g.Key))
                {
                    w.Line($"case {byFirst.Key.ToString(CultureInfo.InvariantCulture)}:");
                    w.Indent++;
                    EmitComparisons(w, byFirst, properties);
                    w.Indent--;
                }

                w.Line("default:");
                w.Line("    return -1;");
                w.CloseBlock();
            }

            w.Indent--;
        }

        w.Line("default:");
        w.Line("    return -1;");
        w.CloseBlock();
        w.CloseBlock();
    }

    private static void EmitComparisons(SourceWriter w, IEnumerable<(byte[] Bytes, int Index)> names, IReadOnlyList<PropertyModel> properties)
    {
        foreach (var (_, index) in names)
        {
            w.OpenBlock($"if (global::System.MemoryExtensions.SequenceEqual(name, {Identifiers.Utf8Literal(properties[index].JsonName)}))");
            w.Line($"return {JsonEmitter.Count(index)};");
            w.CloseBlock();
        }

        w.Line("return -1;");
    }
}
