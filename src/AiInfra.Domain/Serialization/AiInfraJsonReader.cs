using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// What generated records read JSON from: a <see cref="Utf8JsonReader"/>, or, for a whole document that
/// <see cref="AiInfraJson"/> reads, the library's own tokenizer over the same bytes. Its members are
/// <see cref="Utf8JsonReader"/>'s and mean the same; a reader made from a <see cref="Utf8JsonReader"/> forwards each of
/// them to its copy of it.
/// </summary>
/// <remarks>
/// <para>The library's tokenizer takes only what it is sure of: for JSON that <see cref="Utf8JsonReader"/> reads with
/// the default options it gives the same tokens, at the same offsets, with the same values. Anything else (a syntax
/// error, a byte order mark, more than 64 levels open, a member it does not answer, such as
/// <see cref="CurrentState"/>) makes it throw, and <see cref="AiInfraJson"/> then reads the document again with a
/// <see cref="Utf8JsonReader"/>, as it does a document in which the first read found any error: every error a read
/// reports, with its message and position, comes from a read with System.Text.Json's reader.</para>
/// <para>Code that holds a <see cref="Utf8JsonReader"/> (a <see cref="System.Text.Json.Serialization.JsonConverter{T}"/>)
/// wraps it with <see cref="AiInfraJsonReader(Utf8JsonReader)"/>, reads, and takes the advanced reader back from
/// <see cref="Utf8Reader"/>.</para>
/// </remarks>
public ref struct AiInfraJsonReader
{
    /// <summary>The most levels the library's tokenizer keeps open (one bit each); a deeper document is read by <see cref="Utf8JsonReader"/>.</summary>
    private const int MaxOwnDepth = 64;

    /// <summary>UTF-8 decoding that throws on bytes that are not UTF-8, as <see cref="Utf8JsonReader.GetString"/> refuses them.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private Utf8JsonReader _utf8;
    private readonly ReadOnlySpan<byte> _json;
    private readonly bool _tokenizes;
    private readonly int _maxDepth;
    private int _next;
    private int _tokenStart;
    private int _valueStart;
    private int _valueLength;
    private JsonTokenType _tokenType;
    private bool _escaped;
    private int _open;
    private ulong _arrays;

    /// <summary>Reads from <paramref name="reader"/>: every member forwards to this copy of it, which <see cref="Utf8Reader"/> gives back.</summary>
    /// <param name="reader">The reader, where reading is to go on.</param>
    public AiInfraJsonReader(Utf8JsonReader reader)
    {
        _utf8 = reader;
        _json = default;
        _tokenizes = false;
        _maxDepth = 0;
    }

    private AiInfraJsonReader(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        _utf8 = default;
        _json = utf8Json;
        _tokenizes = true;
        _maxDepth = maxDepth is > 0 and < MaxOwnDepth ? maxDepth : MaxOwnDepth;
    }

    /// <summary>
    /// A reader of the whole document <paramref name="utf8Json"/> with the library's tokenizer, which throws at anything it
    /// does not take as well-formed (see the remarks on the type): for the first, optimistic read of a document.
    /// </summary>
    /// <param name="utf8Json">The document, without a byte order mark.</param>
    /// <param name="maxDepth">The most levels of objects and arrays the document may open, as <see cref="JsonReaderOptions.MaxDepth"/>.</param>
    internal static AiInfraJsonReader ForWholeDocument(ReadOnlySpan<byte> utf8Json, int maxDepth) => new(utf8Json, maxDepth);

    /// <summary>The <see cref="Utf8JsonReader"/> this reader forwards to, where it has got to.</summary>
    /// <exception cref="InvalidOperationException">The reader is the library's own tokenizer, which has none.</exception>
    public readonly Utf8JsonReader Utf8Reader => _tokenizes ? throw NotForwarding() : _utf8;

    /// <inheritdoc cref="Utf8JsonReader.TokenType"/>
    public readonly JsonTokenType TokenType => _tokenizes ? _tokenType : _utf8.TokenType;

    /// <inheritdoc cref="Utf8JsonReader.TokenStartIndex"/>
    public readonly long TokenStartIndex => _tokenizes ? _tokenStart : _utf8.TokenStartIndex;

    /// <inheritdoc cref="Utf8JsonReader.ValueSpan"/>
    public readonly ReadOnlySpan<byte> ValueSpan => _tokenizes ? _json.Slice(_valueStart, _valueLength) : _utf8.ValueSpan;

    /// <inheritdoc cref="Utf8JsonReader.HasValueSequence"/>
    public readonly bool HasValueSequence => !_tokenizes && _utf8.HasValueSequence;

    /// <inheritdoc cref="Utf8JsonReader.ValueSequence"/>
    public readonly ReadOnlySequence<byte> ValueSequence => _tokenizes ? default : _utf8.ValueSequence;

    /// <inheritdoc cref="Utf8JsonReader.ValueIsEscaped"/>
    public readonly bool ValueIsEscaped => _tokenizes ? _escaped : _utf8.ValueIsEscaped;

    /// <inheritdoc cref="Utf8JsonReader.CurrentDepth"/>
    public readonly int CurrentDepth => _tokenizes
        ? _tokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? _open - 1 : _open
        : _utf8.CurrentDepth;

    /// <inheritdoc cref="Utf8JsonReader.IsFinalBlock"/>
    public readonly bool IsFinalBlock => _tokenizes || _utf8.IsFinalBlock;

    /// <inheritdoc cref="Utf8JsonReader.BytesConsumed"/>
    /// <exception cref="InvalidOperationException">The reader is the library's own tokenizer (which the read it serves then leaves to <see cref="Utf8JsonReader"/>).</exception>
    public readonly long BytesConsumed => _tokenizes ? throw NotForwarding() : _utf8.BytesConsumed;

    /// <inheritdoc cref="Utf8JsonReader.CurrentState"/>
    /// <exception cref="InvalidOperationException">The reader is the library's own tokenizer (which the read it serves then leaves to <see cref="Utf8JsonReader"/>).</exception>
    public readonly JsonReaderState CurrentState => _tokenizes ? throw NotForwarding() : _utf8.CurrentState;

    /// <inheritdoc cref="Utf8JsonReader.Read"/>
    // Inlined where it is called (a test and a call), so that a read costs one call, not two.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Read() => _tokenizes ? ReadOwn() : ReadForwarded();

    /// <inheritdoc cref="Utf8JsonReader.Skip"/>
    public void Skip()
    {
        if (!_tokenizes)
        {
            _utf8.Skip();
            return;
        }

        if (_tokenType == JsonTokenType.PropertyName)
        {
            ReadOwn();
        }

        if (_tokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var depth = CurrentDepth;
            do
            {
                ReadOwn();
            }
            while (depth < CurrentDepth);
        }
    }

    /// <inheritdoc cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/>
    public readonly bool ValueTextEquals(ReadOnlySpan<byte> utf8Text)
    {
        if (!_tokenizes)
        {
            return _utf8.ValueTextEquals(utf8Text);
        }

        RequireText();
        return _escaped ? Probe().ValueTextEquals(utf8Text) : _json.Slice(_valueStart, _valueLength).SequenceEqual(utf8Text);
    }

    /// <inheritdoc cref="Utf8JsonReader.GetString"/>
    public readonly string? GetString()
    {
        if (!_tokenizes)
        {
            return _utf8.GetString();
        }

        if (_tokenType == JsonTokenType.Null)
        {
            return null;
        }

        RequireText();
        return _escaped ? Probe().GetString() : StrictUtf8.GetString(_json.Slice(_valueStart, _valueLength));
    }

    /// <inheritdoc cref="Utf8JsonReader.CopyString(Span{char})"/>
    public readonly int CopyString(Span<char> utf16Destination)
    {
        if (!_tokenizes)
        {
            return _utf8.CopyString(utf16Destination);
        }

        RequireText();
        if (_escaped)
        {
            return Probe().CopyString(utf16Destination);
        }

        return System.Text.Unicode.Utf8.ToUtf16(_json.Slice(_valueStart, _valueLength), utf16Destination, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            ? written
            : throw GaveUp();
    }

    /// <inheritdoc cref="Utf8JsonReader.TryGetInt32(out int)"/>
    public readonly bool TryGetInt32(out int value)
    {
        if (!_tokenizes)
        {
            return _utf8.TryGetInt32(out value);
        }

        var number = NumberSpan();
        return IsWhole(Utf8Parser.TryParse(number, out value, out var consumed), consumed, number, ref value);
    }

    /// <inheritdoc cref="Utf8JsonReader.TryGetInt64(out long)"/>
    public readonly bool TryGetInt64(out long value)
    {
        if (!_tokenizes)
        {
            return _utf8.TryGetInt64(out value);
        }

        var number = NumberSpan();
        return IsWhole(Utf8Parser.TryParse(number, out value, out var consumed), consumed, number, ref value);
    }

    /// <inheritdoc cref="Utf8JsonReader.TryGetDouble(out double)"/>
    public readonly bool TryGetDouble(out double value)
    {
        if (!_tokenizes)
        {
            return _utf8.TryGetDouble(out value);
        }

        var number = NumberSpan();
        return IsWhole(Utf8Parser.TryParse(number, out value, out var consumed), consumed, number, ref value);
    }

    /// <summary>A number is read only when the parser took all of it (as <see cref="Utf8JsonReader"/> has it); otherwise 0.</summary>
    private static bool IsWhole<T>(bool parsed, int consumed, ReadOnlySpan<byte> number, ref T value)
        where T : struct
    {
        if (parsed && consumed == number.Length)
        {
            return true;
        }

        value = default;
        return false;
    }

    private readonly ReadOnlySpan<byte> NumberSpan() =>
        _tokenType == JsonTokenType.Number ? _json.Slice(_valueStart, _valueLength) : throw GaveUp();

    private readonly void RequireText()
    {
        if (_tokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw GaveUp();
        }
    }

    /// <summary>A <see cref="Utf8JsonReader"/> on the string token alone, quotes included: escapes are decoded as System.Text.Json decodes them.</summary>
    private readonly Utf8JsonReader Probe()
    {
        var probe = new Utf8JsonReader(_json.Slice(_tokenStart, _valueStart + _valueLength + 1 - _tokenStart));
        probe.Read();
        return probe;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReadForwarded() => _utf8.Read();

    private bool ReadOwn()
    {
        var json = _json;
        var at = SkipWhiteSpace(json, _next);
        // Tested in the order of how often they come: a name's value, then what follows a value.
        var previous = _tokenType;
        if (previous == JsonTokenType.PropertyName)
        {
            return ReadValue(json, at);
        }

        if (previous is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.None)
        {
            return previous == JsonTokenType.None ? ReadValue(json, at) : ReadFirstInContainer(json, at, previous == JsonTokenType.StartArray);
        }

        if (_open == 0)
        {
            // After the document's one value, only white space may follow.
            return at == json.Length ? false : throw GaveUp();
        }

        if ((uint)at >= (uint)json.Length)
        {
            throw GaveUp();
        }

        var inArray = (_arrays & (1UL << (_open - 1))) != 0;
        switch (json[at])
        {
            case (byte)',':
                at = SkipWhiteSpace(json, at + 1);
                return inArray ? ReadValue(json, at) : ReadName(json, at);
            case (byte)'}':
            case (byte)']':
                return Close(at, array: json[at] == (byte)']');
            default:
                throw GaveUp();
        }
    }

    private bool ReadFirstInContainer(ReadOnlySpan<byte> json, int at, bool array)
    {
        if ((uint)at < (uint)json.Length && json[at] == (array ? (byte)']' : (byte)'}'))
        {
            return Close(at, array);
        }

        return array ? ReadValue(json, at) : ReadName(json, at);
    }

    private bool ReadValue(ReadOnlySpan<byte> json, int at)
    {
        if ((uint)at >= (uint)json.Length)
        {
            throw GaveUp();
        }

        _escaped = false;
        _tokenStart = at;
        switch (json[at])
        {
            case (byte)'"':
                _next = ScanString(json, at);
                _tokenType = JsonTokenType.String;
                return true;
            case (byte)'{':
                return Open(at, array: false);
            case (byte)'[':
                return Open(at, array: true);
            case (byte)'t':
                return Literal(json, at, "true"u8, JsonTokenType.True);
            case (byte)'f':
                return Literal(json, at, "false"u8, JsonTokenType.False);
            case (byte)'n':
                return Literal(json, at, "null"u8, JsonTokenType.Null);
            default:
                return Number(json, at);
        }
    }

    private bool ReadName(ReadOnlySpan<byte> json, int at)
    {
        if ((uint)at >= (uint)json.Length || json[at] != (byte)'"')
        {
            throw GaveUp();
        }

        _escaped = false;
        _tokenStart = at;
        var colon = SkipWhiteSpace(json, ScanString(json, at));
        if ((uint)colon >= (uint)json.Length || json[colon] != (byte)':')
        {
            throw GaveUp();
        }

        _next = colon + 1;
        _tokenType = JsonTokenType.PropertyName;
        return true;
    }

    /// <summary>Scans the string whose opening quote is at <paramref name="quote"/>, checking its escapes; returns the offset after its closing quote.</summary>
    private int ScanString(ReadOnlySpan<byte> json, int quote)
    {
        var at = quote + 1;
        while (true)
        {
            at = IndexOfStringStop(json, at);
            if ((uint)at >= (uint)json.Length)
            {
                throw GaveUp();
            }

            switch (json[at])
            {
                case (byte)'"':
                    _valueStart = quote + 1;
                    _valueLength = at - quote - 1;
                    return at + 1;
                case (byte)'\\':
                    _escaped = true;
                    at = SkipEscape(json, at);
                    break;
                default:
                    throw GaveUp();
            }
        }
    }

    /// <summary>
    /// The offset of the first byte from <paramref name="at"/> on that ends a string's plain run (a quote, a backslash or a
    /// control character), or the length of <paramref name="json"/> when there is none: sixteen bytes a step (wider
    /// steps measured slower: most strings are shorter).
    /// </summary>
    private static int IndexOfStringStop(ReadOnlySpan<byte> json, int at)
    {
        ref var first = ref MemoryMarshal.GetReference(json);
        if (Vector128.IsHardwareAccelerated)
        {
            while (at <= json.Length - Vector128<byte>.Count)
            {
                var bytes = Vector128.LoadUnsafe(ref first, (nuint)at);
                var stops = Vector128.Equals(bytes, Vector128.Create((byte)'"'))
                    | Vector128.Equals(bytes, Vector128.Create((byte)'\\'))
                    | Vector128.LessThan(bytes, Vector128.Create((byte)0x20));
                if (stops != Vector128<byte>.Zero)
                {
                    return at + BitOperations.TrailingZeroCount(stops.ExtractMostSignificantBits());
                }

                at += Vector128<byte>.Count;
            }
        }

        while ((uint)at < (uint)json.Length && json[at] is not ((byte)'"' or (byte)'\\') and >= 0x20)
        {
            at++;
        }

        return at;
    }

    /// <summary>The offset after the escape at <paramref name="backslash"/>: one of <c>\" \\ \/ \b \f \n \r \t</c>, or <c>\u</c> and four hexadecimal digits.</summary>
    private static int SkipEscape(ReadOnlySpan<byte> json, int backslash)
    {
        var at = backslash + 1;
        if ((uint)at >= (uint)json.Length)
        {
            throw GaveUp();
        }

        switch (json[at])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                return at + 1;
            case (byte)'u':
                if (at + 4 < json.Length && IsHex(json[at + 1]) && IsHex(json[at + 2]) && IsHex(json[at + 3]) && IsHex(json[at + 4]))
                {
                    return at + 5;
                }

                throw GaveUp();
            default:
                throw GaveUp();
        }
    }

    private static bool IsHex(byte b) => (uint)(b - '0') <= 9 || (uint)((b | 0x20) - 'a') <= 'f' - 'a';

    private bool Open(int at, bool array)
    {
        if (_open >= _maxDepth)
        {
            throw GaveUp();
        }

        if (array)
        {
            _arrays |= 1UL << _open;
        }
        else
        {
            _arrays &= ~(1UL << _open);
        }

        _open++;
        _tokenType = array ? JsonTokenType.StartArray : JsonTokenType.StartObject;
        _valueStart = at;
        _valueLength = 1;
        _next = at + 1;
        return true;
    }

    private bool Close(int at, bool array)
    {
        if (_open == 0 || ((_arrays & (1UL << (_open - 1))) != 0) != array)
        {
            throw GaveUp();
        }

        _open--;
        _escaped = false;
        _tokenStart = at;
        _tokenType = array ? JsonTokenType.EndArray : JsonTokenType.EndObject;
        _valueStart = at;
        _valueLength = 1;
        _next = at + 1;
        return true;
    }

    private bool Literal(ReadOnlySpan<byte> json, int at, ReadOnlySpan<byte> literal, JsonTokenType type)
    {
        if (!json[at..].StartsWith(literal))
        {
            throw GaveUp();
        }

        RequireDelimiterAt(json, at + literal.Length);
        _tokenType = type;
        _valueStart = at;
        _valueLength = literal.Length;
        _next = at + literal.Length;
        return true;
    }

    /// <summary>A number as JSON writes it: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>, then a delimiter.</summary>
    private bool Number(ReadOnlySpan<byte> json, int at)
    {
        var end = at;
        if (json[end] == (byte)'-')
        {
            end++;
        }

        var integer = end;
        end = SkipDigits(json, end);
        if (end == integer || (json[integer] == (byte)'0' && end - integer > 1))
        {
            throw GaveUp();
        }

        if ((uint)end < (uint)json.Length && json[end] == (byte)'.')
        {
            var fraction = end + 1;
            end = SkipDigits(json, fraction);
            if (end == fraction)
            {
                throw GaveUp();
            }
        }

        if ((uint)end < (uint)json.Length && (json[end] | 0x20) == (byte)'e')
        {
            end++;
            if ((uint)end < (uint)json.Length && json[end] is (byte)'+' or (byte)'-')
            {
                end++;
            }

            var exponent = end;
            end = SkipDigits(json, exponent);
            if (end == exponent)
            {
                throw GaveUp();
            }
        }

        RequireDelimiterAt(json, end);
        _tokenType = JsonTokenType.Number;
        _valueStart = at;
        _valueLength = end - at;
        _next = end;
        return true;
    }

    /// <summary>
    /// A number or literal ends at white space, a comma or a closing bracket, or at the end of a text that is that one
    /// value: anything else there is refused with the token, as <see cref="Utf8JsonReader"/> refuses it.
    /// </summary>
    private readonly void RequireDelimiterAt(ReadOnlySpan<byte> json, int at)
    {
        if ((uint)at < (uint)json.Length
            ? json[at] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            : _open > 0)
        {
            throw GaveUp();
        }
    }

    private static int SkipDigits(ReadOnlySpan<byte> json, int at)
    {
        while ((uint)at < (uint)json.Length && (uint)(json[at] - '0') <= 9)
        {
            at++;
        }

        return at;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipWhiteSpace(ReadOnlySpan<byte> json, int at)
    {
        while ((uint)at < (uint)json.Length && json[at] <= (byte)' ')
        {
            if (json[at] is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            {
                break;
            }

            at++;
        }

        return at;
    }

    private static InvalidOperationException NotForwarding() =>
        new("This reader is the library's own tokenizer, which has no Utf8JsonReader; the read it serves is repeated with one.");

    /// <summary>What the library's tokenizer throws where it stops: the read it serves is then repeated with a <see cref="Utf8JsonReader"/>.</summary>
    private static OwnTokenizerGaveUpException GaveUp() => new();
}

/// <summary>Thrown by <see cref="AiInfraJsonReader"/>'s own tokenizer where it stops; never leaves the library.</summary>
[SuppressMessage("Design", "CA1064:Exceptions should be public", Justification = "Caught where the read it serves starts; never leaves the library.")]
internal sealed class OwnTokenizerGaveUpException : Exception
{
    /// <summary>The exception.</summary>
    public OwnTokenizerGaveUpException()
        : base("The library's tokenizer gave up; the document is read again with System.Text.Json's reader.")
    {
    }
}
