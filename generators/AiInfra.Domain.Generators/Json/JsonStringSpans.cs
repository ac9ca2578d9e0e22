using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Json;

/// <summary>Locates part of a JSON string's value in the file, through the escapes of its literal.</summary>
internal static class JsonStringSpans
{
    /// <summary>
    /// The range in <paramref name="text"/> of the UTF-16 units <paramref name="index"/> to
    /// <paramref name="index"/> + <paramref name="length"/> of <paramref name="node"/>'s value (an escape such as
    /// <c>\\</c> or <c>\u00e9</c> covers its whole spelling); the whole literal if the literal cannot be read back.
    /// </summary>
    public static TextRange Of(SourceText text, LocatedString node, int index, int length)
    {
        var literal = text.ToString(new TextSpan(node.Range.Start, node.Range.Length));
        if (literal.Length < 2 || literal[0] != '"' || literal[literal.Length - 1] != '"')
        {
            return node.Range;
        }

        // Where each UTF-16 unit of the value starts in the literal (every JSON escape gives one unit), then the end.
        var starts = new List<int>(literal.Length);
        var position = 1;
        while (position < literal.Length - 1)
        {
            starts.Add(position);
            position += literal[position] != '\\' ? 1 : literal[position + 1] == 'u' ? 6 : 2;
        }

        starts.Add(literal.Length - 1);
        if (starts.Count - 1 != node.Value.Length || index < 0 || length < 0 || index + length > node.Value.Length)
        {
            return node.Range;
        }

        var span = TextSpan.FromBounds(node.Range.Start + starts[index], node.Range.Start + starts[index + length]);
        var lines = text.Lines.GetLinePositionSpan(span);
        return new TextRange(span.Start, span.Length, lines.Start.Line, lines.Start.Character, lines.End.Line, lines.End.Character);
    }
}
