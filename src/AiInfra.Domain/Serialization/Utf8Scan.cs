using System.Text;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// What a document's text is checked for before it is read as JSON: its UTF-8 size, its byte order mark, bytes that are
/// not UTF-8, UTF-16 text with half a surrogate pair, and \u escapes of half a surrogate pair, each located for an error.
/// </summary>
internal static class Utf8Scan
{
    /// <summary>The UTF-8 byte order mark (EF BB BF), skipped at the start of a document.</summary>
    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The size of the UTF-8 form of <paramref name="text"/>, or null when it is larger than <paramref name="limit"/>:
    /// answered from the length alone when it can be (every character is at least one byte, and at most three), and
    /// counted in slices otherwise, so that no count overflows however long the text.
    /// </summary>
    public static long? Utf8Size(ReadOnlySpan<char> text, long limit)
    {
        if (text.Length > limit)
        {
            return null;
        }

        const int slice = 1 << 20;
        long size = 0;
        for (var start = 0; start < text.Length && size <= limit;)
        {
            var length = Math.Min(slice, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--; // Keep a surrogate pair in one slice, so that it counts four bytes.
            }

            size += Encoding.UTF8.GetByteCount(text.Slice(start, length));
            start += length;
        }

        return size <= limit ? size : null;
    }

    /// <summary>The error for half of a surrogate pair alone at <paramref name="index"/> of a UTF-16 text, with its line and column.</summary>
    public static AiInfraError UnpairedSurrogate(ReadOnlySpan<char> text, int index)
    {
        var before = text[..index];
        var lineStart = before.LastIndexOf('\n') + 1;
        return new AiInfraError(
            string.Empty,
            ErrorCodes.MalformedJson,
            $"The text is not valid UTF-16: U+{(int)text[index]:X4} is half of a surrogate pair, alone.",
            before.Count('\n') + 1,
            index - lineStart + 1 - (lineStart == 0 && text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0));
    }

    /// <summary>The message of a <see cref="ErrorCodes.MalformedJson"/> error at bytes that are not UTF-8.</summary>
    public const string InvalidUtf8Message = "The text is not valid UTF-8.";

    /// <summary>The message of a <see cref="ErrorCodes.MalformedJson"/> error at a \u escape of half a surrogate pair ("\uD800" alone: JSON syntax, but no text).</summary>
    public const string UnpairedSurrogateEscapeMessage = "A \\u escape is half of a surrogate pair; the string is not valid Unicode text.";

    /// <summary>The offset of the first \u escape of a surrogate that is not part of an escaped pair, or -1.</summary>
    public static int FirstUnpairedSurrogateEscape(ReadOnlySpan<byte> utf8)
    {
        var i = utf8.IndexOf((byte)'\\');
        if (i < 0)
        {
            return -1;
        }

        var pendingHigh = -1;
        for (; i < utf8.Length; i++)
        {
            if (utf8[i] != (byte)'\\')
            {
                if (pendingHigh >= 0)
                {
                    return pendingHigh;
                }

                continue;
            }

            if (i + 1 >= utf8.Length || utf8[i + 1] != (byte)'u')
            {
                if (pendingHigh >= 0)
                {
                    return pendingHigh;
                }

                i++; // An escaped character such as \" or \\: skip it.
                continue;
            }

            if (i + 6 > utf8.Length || !int.TryParse(utf8.Slice(i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                return pendingHigh; // A malformed escape: the reader reports it.
            }

            if (code is >= 0xD800 and <= 0xDBFF)
            {
                if (pendingHigh >= 0)
                {
                    return pendingHigh;
                }

                pendingHigh = i;
            }
            else if (code is >= 0xDC00 and <= 0xDFFF)
            {
                if (pendingHigh < 0)
                {
                    return i;
                }

                pendingHigh = -1;
            }
            else if (pendingHigh >= 0)
            {
                return pendingHigh;
            }

            i += 5;
        }

        return pendingHigh;
    }

    /// <summary>The offset of the first byte that does not start a valid UTF-8 sequence, or the length when there is none.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
