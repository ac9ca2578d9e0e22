using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// Emits a lookup of the JSON name the reader is on (a property name, or an enum's string value) among a fixed list: its
/// index in the list, or -1. A name is compared only with the names of the same UTF-8 length (and, where several share
/// a length, the same first byte), so a lookup costs a switch and one or two sequence comparisons however late the name
/// comes in the list, instead of a comparison with every earlier name. A name written with escapes (or split across
/// buffers) is unescaped and compared by <c>ValueTextEquals</c>.
/// </summary>
internal static class JsonNameDispatch
{
    /// <summary>Above this many names of one length, they are told apart by their first byte first.</summary>
    private const int LinearGroupSize = 3;

    /// <summary>Emits <c>private static int <paramref name="methodName"/>(ref Utf8JsonReader reader)</c>, documented by <paramref name="summary"/>.</summary>
    public static void Emit(SourceWriter w, string methodName, string summary, IReadOnlyList<string> names)
    {
        w.Line($"/// <summary>{summary}</summary>");
        w.OpenBlock($"private static int {methodName}(ref {CSharpTypes.Reader} reader)");
        w.OpenBlock("if (reader.ValueIsEscaped || reader.HasValueSequence)");
        for (var i = 0; i < names.Count; i++)
        {
            w.OpenBlock($"if (reader.ValueTextEquals({Identifiers.Utf8Literal(names[i])}))");
            w.Line($"return {JsonEmitter.Count(i)};");
            w.CloseBlock();
            w.Line();
        }

        w.Line("return -1;");
        w.CloseBlock();
        w.Line();
        if (names.Count == 0)
        {
            w.Line("return -1;");
            w.CloseBlock();
            return;
        }

        var encoded = names.Select((name, i) => (Bytes: Encoding.UTF8.GetBytes(name), Index: i)).ToList();
        w.Line("var name = reader.ValueSpan;");
        w.OpenBlock("switch (name.Length)");
        foreach (var byLength in encoded.GroupBy(n => n.Bytes.Length).OrderBy(g => g.Key))
        {
            w.Line($"case {JsonEmitter.Count(byLength.Key)}:");
            w.Indent++;
            if (byLength.Key == 0 || byLength.Count() <= LinearGroupSize)
            {
                EmitComparisons(w, byLength, names);
            }
            else
            {
                w.OpenBlock("switch (name[0])");
                foreach (var byFirst in byLength.GroupBy(n => n.Bytes[0]).OrderBy(g => g.Key))
                {
                    w.Line($"case {byFirst.Key.ToString(CultureInfo.InvariantCulture)}:");
                    w.Indent++;
                    EmitComparisons(w, byFirst, names);
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

    private static void EmitComparisons(SourceWriter w, IEnumerable<(byte[] Bytes, int Index)> group, IReadOnlyList<string> names)
    {
        foreach (var (_, index) in group)
        {
            w.OpenBlock($"if (global::System.MemoryExtensions.SequenceEqual(name, {Identifiers.Utf8Literal(names[index])}))");
            w.Line($"return {JsonEmitter.Count(index)};");
            w.CloseBlock();
        }

        w.Line("return -1;");
    }
}
