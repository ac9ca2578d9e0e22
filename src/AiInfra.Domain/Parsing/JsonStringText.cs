using System.Buffers;
using System.Text;
using System.Text.Json;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Parsing;

/// <summary>
/// Reads the JSON string at a reader as UTF-16 text: as a string (<see cref="GetString"/>), or into a caller's stack
/// buffer without making one (<see cref="Copy"/>; <see cref="TryRead(ref AiInfraJsonReader, Span{char}, int, out int)"/>, the one length-limited string reader of the
/// JsonConverters for quantities, money, currencies and reporting periods). Unescaped ASCII text as written, most of a
/// catalogue's, is widened here in one pass, where the reader first validates the UTF-8 and then transcodes it; any
/// other text (escaped, non-ASCII, or in segments) is the reader's to decode, so that its errors stay the reader's.
/// </summary>
/// <remarks>
/// A JSON string never unescapes to more UTF-16 characters than it has bytes as written, and one character takes at
/// most <see cref="MaxBytesPerChar"/> bytes as written (an escape such as <c>\u00B0</c>). So a string of more than
/// <c>maxLength × 6</c> bytes is too long without being read, and one of at most that many bytes fits a buffer of
/// <see cref="BufferLength"/> characters, where its length is counted exactly: a heavily escaped text of
/// <c>maxLength</c> characters is read, never refused for its escapes.
/// </remarks>
internal static class JsonStringText
{
    /// <summary>The most bytes one UTF-16 character takes in a JSON string as written: a six-byte <c>\uXXXX</c> escape.</summary>
    public const int MaxBytesPerChar = 6;

    /// <summary>The buffer, in characters, that <see cref="TryRead(ref AiInfraJsonReader, Span{char}, int, out int)"/> needs for texts of at most <paramref name="maxLength"/> characters.</summary>
    public static int BufferLength(int maxLength) => maxLength * MaxBytesPerChar;

    /// <summary>Copies the string at <paramref name="reader"/> (a string or property name token) into <paramref name="buffer"/>.</summary>
    /// <param name="reader">The reader, at a string or a property name.</param>
    /// <param name="buffer">At least <see cref="BufferLength"/>(<paramref name="maxLength"/>) characters; the text is its first <paramref name="length"/>.</param>
    /// <param name="maxLength">The most UTF-16 characters the text may have.</param>
    /// <param name="length">
    /// The text's length in characters when it was counted, or -1 when the string was refused from its size as written
    /// (it is then far longer than <paramref name="maxLength"/>).
    /// </param>
    /// <returns>True when the text has at most <paramref name="maxLength"/> characters.</returns>
    public static bool TryRead(ref AiInfraJsonReader reader, scoped Span<char> buffer, int maxLength, out int length)
    {
        var written = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (written > BufferLength(maxLength))
        {
            length = -1;
            return false;
        }

        length = Copy(ref reader, buffer);
        return length <= maxLength;
    }

    /// <summary>As <see cref="TryRead(ref AiInfraJsonReader, Span{char}, int, out int)"/>, for the JsonConverters, which hold a <see cref="Utf8JsonReader"/>.</summary>
    public static bool TryRead(ref Utf8JsonReader reader, scoped Span<char> buffer, int maxLength, out int length)
    {
        var own = new AiInfraJsonReader(reader);
        return TryRead(ref own, buffer, maxLength, out length);
    }

    /// <summary>
    /// The string at <paramref name="reader"/> (a string token), as <see cref="Utf8JsonReader.GetString"/> gives it:
    /// unescaped ASCII widened into the new string (on .NET 9 and later, where <c>string.Create</c> takes a span).
    /// </summary>
    public static string GetString(ref AiInfraJsonReader reader)
    {
#if NET9_0_OR_GREATER
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && Ascii.IsValid(reader.ValueSpan))
        {
            return string.Create(reader.ValueSpan.Length, reader.ValueSpan, static (chars, ascii) => Ascii.ToUtf16(ascii, chars, out _));
        }
#endif
        return reader.GetString()!;
    }

    /// <summary>
    /// Copies the string at <paramref name="reader"/> into <paramref name="buffer"/> as <see cref="Utf8JsonReader.CopyString(Span{char})"/>
    /// does, and returns its length: unescaped ASCII widened in one pass.
    /// </summary>
    /// <exception cref="ArgumentException">The buffer is too short for the text, as the reader throws.</exception>
    public static int Copy(ref AiInfraJsonReader reader, scoped Span<char> buffer)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence &&
            Ascii.ToUtf16(reader.ValueSpan, buffer, out var written) == OperationStatus.Done)
        {
            return written;
        }

        return reader.CopyString(buffer);
    }

    /// <summary>
    /// The message for a text <see cref="TryRead(ref AiInfraJsonReader, Span{char}, int, out int)"/> refused: "{what} is at most {maxLength} characters; this string has
    /// {length}." or, when it was refused from its size as written, "...; this string is longer."
    /// </summary>
    public static string TooLong(string what, int maxLength, int length) =>
        length < 0
            ? $"{what} is at most {maxLength} characters; this string is longer."
            : $"{what} is at most {maxLength} characters; this string has {length}.";
}
