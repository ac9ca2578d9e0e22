using System.Text;
using System.Text.Json;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>
/// Text that is not text: bytes that are not UTF-8, and a "\uD800" escape without its other half, which JSON's grammar
/// admits but no string can hold. The library's reader reports both as <see cref="ErrorCodes.MalformedJson"/> with
/// these messages; the tool does the same for what it reads itself (a catalogue file's header, the entries' ids).
/// </summary>
internal static class JsonStrings
{
    /// <summary>The message for bytes that are not UTF-8, as the library's reader words it.</summary>
    public const string InvalidUtf8 = "The text is not valid UTF-8.";

    /// <summary>The message for a lone surrogate escape, as the library's reader words it.</summary>
    public const string LoneSurrogate = "A \\u escape is half of a surrogate pair; the string is not valid Unicode text.";

    /// <summary>The offset of the first byte that is not part of valid UTF-8, or -1 when all of the text is UTF-8.</summary>
    public static long FirstInvalidUtf8(ReadOnlySpan<byte> text)
    {
        if (System.Text.Unicode.Utf8.IsValid(text))
        {
            return -1;
        }

        var offset = 0;
        while (offset < text.Length)
        {
            if (Rune.DecodeFromUtf8(text[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>
    /// The offset of the first "\u" escape that is half of a surrogate pair without its other half, in strict JSON
    /// (comments blanked); -1 when there is none, or when the text stops being JSON before one is found. The reader
    /// itself is the judge: a string it cannot decode is searched for the escape.
    /// </summary>
    public static long FirstLoneSurrogateEscape(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1000 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !Decodes(ref reader))
                {
                    // A string token starts at its opening quote; its ValueSpan is what lies between the quotes.
                    return reader.TokenStartIndex + 1 + LoneEscapeIn(reader.ValueSpan);
                }
            }
        }
        catch (JsonException)
        {
            // Text that is not JSON is reported where it stops being JSON.
        }

        return -1;
    }

    private static bool Decodes(ref Utf8JsonReader reader)
    {
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Where, in a string's escaped bytes, the lone surrogate escape is: a high one not followed by a low one, or a low one alone.</summary>
    private static int LoneEscapeIn(ReadOnlySpan<byte> escaped)
    {
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] != (byte)'\\')
            {
                continue;
            }

            if (escaped[i + 1] != (byte)'u')
            {
                i++;
                continue;
            }

            var code = Hex(escaped.Slice(i + 2, 4));
            if (code is >= 0xD800 and <= 0xDBFF && i + 12 <= escaped.Length && escaped[i + 6] == (byte)'\\' && escaped[i + 7] == (byte)'u' && Hex(escaped.Slice(i + 8, 4)) is >= 0xDC00 and <= 0xDFFF)
            {
                i += 11;
            }
            else if (code is >= 0xD800 and <= 0xDFFF)
            {
                return i;
            }
            else
            {
                i += 5;
            }
        }

        return 0;
    }

    private static int Hex(ReadOnlySpan<byte> digits) =>
        int.Parse(digits, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);
}
