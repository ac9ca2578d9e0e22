using System.Text;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>
/// Turns byte offsets in a UTF-8 text into 1-based lines and columns. Columns count characters (UTF-16 code units,
/// as editors and CI annotations do), not bytes, so "°C" before an error moves it by one column, not two.
/// </summary>
internal sealed class TextMap
{
    private readonly byte[] _text;
    private readonly List<int> _lineStarts = [0];

    public TextMap(byte[] text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The line and character column of a byte offset (clamped to the text).</summary>
    public (long Line, long Column) Position(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, _text.Length);
        var line = _lineStarts.BinarySearch(at);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var start = _lineStarts[line];
        return (line + 1, Encoding.UTF8.GetCharCount(_text, start, at - start) + 1);
    }

    /// <summary>
    /// The byte offset of a 1-based line and byte column counted within a part of the text that starts at
    /// <paramref name="partStart"/>, as the library reports positions inside the slice it was given.
    /// </summary>
    public long OffsetInPart(long partStart, long line, long byteColumn)
    {
        var offset = partStart;
        for (var l = 1L; l < line; l++)
        {
            var next = Array.IndexOf(_text, (byte)'\n', (int)Math.Min(offset, _text.Length));
            if (next < 0)
            {
                return _text.Length;
            }

            offset = next + 1;
        }

        return Math.Min(offset + Math.Max(byteColumn, 1) - 1, _text.Length);
    }
}
