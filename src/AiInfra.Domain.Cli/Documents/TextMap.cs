namespace AiInfra.Domain.Cli.Documents;

/// <summary>
/// Turns byte offsets in a UTF-8 text into 1-based lines and columns. Columns count UTF-16 code units (as editors and
/// CI annotations do), not bytes, so "°C" before an error moves it by one column, not two. Every answer takes time
/// bounded by a constant plus a logarithm, so a file of one long line with many errors is mapped in linear time: the
/// UTF-16 length of the text before every <see cref="Stride"/>-th byte is kept, and a column is counted from the
/// nearest such mark rather than from the start of its line.
/// </summary>
internal sealed class TextMap
{
    /// <summary>How many bytes apart the kept UTF-16 counts are.</summary>
    private const int Stride = 1024;

    private readonly byte[] _text;
    private readonly List<int> _lineStarts = [0];
    private readonly long[] _unitsBefore;

    /// <param name="text">UTF-8 text; where it is not valid UTF-8, columns after the first bad byte are approximate.</param>
    public TextMap(byte[] text)
    {
        _text = text;
        _unitsBefore = new long[(text.Length / Stride) + 1];
        long units = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i % Stride == 0)
            {
                _unitsBefore[i / Stride] = units;
            }

            var b = text[i];
            units += Units(b);
            if (b == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }

        if (text.Length % Stride == 0)
        {
            _unitsBefore[text.Length / Stride] = units;
        }
    }

    /// <summary>The line and UTF-16 column of a byte offset (clamped to the text).</summary>
    public (long Line, long Column) Position(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, _text.Length);
        var line = LineIndex(at);
        return (line + 1, UnitsBefore(at) - UnitsBefore(_lineStarts[line]) + 1);
    }

    /// <summary>
    /// The byte offset of a 1-based line and column counted within a part of the text that starts at
    /// <paramref name="partStart"/>, as the library reports positions inside the slice it was given (columns in UTF-16
    /// code units, as <see cref="Position"/> counts them). Found from the nearest kept count, in constant time plus a logarithm.
    /// </summary>
    public long OffsetInPart(long partStart, long line, long column)
    {
        var start = (int)Math.Clamp(partStart, 0, _text.Length);
        long lineStart = start;
        if (line > 1)
        {
            var index = LineIndex(start) + line - 1;
            if (index >= _lineStarts.Count)
            {
                return _text.Length;
            }

            lineStart = _lineStarts[(int)index];
        }

        return OffsetOfUnits((int)lineStart, UnitsBefore((int)lineStart) + Math.Max(column, 1) - 1);
    }

    /// <summary>The byte offset of a 1-based line and a 0-based byte position in it, as a <see cref="System.Text.Json.JsonException"/> gives them (clamped to the text).</summary>
    public long OffsetOfBytePosition(long line, long bytePositionInLine)
    {
        var index = Math.Clamp(line - 1, 0, _lineStarts.Count - 1);
        return Math.Min(_lineStarts[(int)index] + Math.Max(bytePositionInLine, 0), _text.Length);
    }

    /// <summary>The first offset at or after <paramref name="lineStart"/>, on its line, with <paramref name="target"/> code units before it.</summary>
    private int OffsetOfUnits(int lineStart, long target)
    {
        var mark = Array.BinarySearch(_unitsBefore, target);
        mark = mark < 0 ? ~mark - 1 : mark;
        var offset = Math.Max(lineStart, mark * Stride);
        var units = UnitsBefore(offset);
        while (units < target && offset < _text.Length && _text[offset] != (byte)'\n')
        {
            units += Units(_text[offset++]);
        }

        while (offset < _text.Length && (_text[offset] & 0xC0) == 0x80)
        {
            offset++; // The rest of the character whose first byte reached the column.
        }

        return offset;
    }

    /// <summary>The UTF-16 code units a byte starts: one for a character's first byte, two for a 4-byte one (a surrogate pair), none for the others.</summary>
    private static int Units(byte b) => (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;

    private int LineIndex(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        return line < 0 ? ~line - 1 : line;
    }

    private long UnitsBefore(int offset)
    {
        var mark = offset / Stride;
        var units = _unitsBefore[mark];
        for (var i = mark * Stride; i < offset; i++)
        {
            units += Units(_text[i]);
        }

        return units;
    }
}
