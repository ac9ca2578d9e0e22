using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain;

/// <summary>
/// Reads and writes the records generated from spec files (this library's and your own) as JSON, with no
/// reflection: safe under trimming and NativeAOT. Reading reports every error with its JSON Pointer, and never
/// hands out an object that failed reading or validation.
/// </summary>
public static class AiInfraJson
{
    private static readonly JsonWriterOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly JsonWriterOptions s_indented = s_compact with { Indented = true };

    /// <summary>
    /// Options for callers of <see cref="JsonSerializer"/>: they know every generated record and every quantity
    /// without reflection, write non-ASCII text such as "°C" unescaped, and allow a depth of 64.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateLibraryOptions();

    /// <summary>
    /// Options like <see cref="Options"/> whose metadata comes first from this library (records, collections of them,
    /// quantities, money, periods, currencies) and then from <paramref name="resolvers"/>, in order: the way to use
    /// <see cref="JsonSerializer"/> with your own <see cref="System.Text.Json.Serialization.JsonSerializerContext"/>.
    /// The library's resolver comes first so that its types, collections of records included, always get its converters
    /// and errors, even when a context of yours also generated metadata for them. The options are read-only; create them once.
    /// </summary>
    /// <param name="resolvers">Your resolvers, such as <c>MyJsonContext.Default</c>.</param>
    public static JsonSerializerOptions CreateOptions(params IJsonTypeInfoResolver[] resolvers)
    {
        ArgumentNullException.ThrowIfNull(resolvers);
        var options = new JsonSerializerOptions(Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine([Options.TypeInfoResolver!, .. resolvers]),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The System.Text.Json metadata of <typeparamref name="T"/>, for the AOT-safe <see cref="JsonSerializer"/> overloads.</summary>
    public static JsonTypeInfo<T> GetTypeInfo<T>()
        where T : class, IAiInfraEntity<T> => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>
    /// Writes <paramref name="value"/> as JSON text; quantities keep their units, optional values left unset (and lists
    /// and maps left empty) are omitted. When <c>value.Validate()</c> is valid, reading the text back gives a value equal
    /// to <paramref name="value"/>, and writing that gives the same text; an invalid value that can be written is written
    /// as it is, and reading it back reports its errors.
    /// </summary>
    /// <exception cref="AiInfraJsonException">
    /// A value cannot be written as JSON that reads back equal: a null where a value is needed, a number or quantity
    /// that is not finite, an undefined enum value, <c>default(Money)</c>, <c>ReportingPeriod.None</c>, a date outside the
    /// ISO calendar, a figure line below 1, text with half a surrogate pair, nesting deeper than 1000. Its one error
    /// names the value's JSON Pointer, with the code and message <c>Validate()</c> reports for it; a value that
    /// <c>Validate()</c> calls valid never throws. Nothing is returned.
    /// </exception>
    public static string Serialize<T>(T value, bool indented = false)
        where T : class, IAiInfraEntity<T>
    {
        var cache = WriteToCache(value, indented);
        try
        {
            return Encoding.UTF8.GetString(cache.Buffer.WrittenSpan);
        }
        finally
        {
            WriterCache.Return(cache);
        }
    }

    /// <summary>Writes <paramref name="value"/> as UTF-8 JSON, as <see cref="Serialize{T}(T, bool)"/> writes text.</summary>
    /// <exception cref="AiInfraJsonException">
    /// A value cannot be written as JSON that reads back equal: a null where a value is needed, a number or quantity
    /// that is not finite, an undefined enum value, <c>default(Money)</c>, <c>ReportingPeriod.None</c>, a date outside the
    /// ISO calendar, a figure line below 1, text with half a surrogate pair, nesting deeper than 1000. Its one error
    /// names the value's JSON Pointer, with the code and message <c>Validate()</c> reports for it; a value that
    /// <c>Validate()</c> calls valid never throws. Nothing is returned.
    /// </exception>
    public static byte[] SerializeToUtf8Bytes<T>(T value, bool indented = false)
        where T : class, IAiInfraEntity<T>
    {
        var cache = WriteToCache(value, indented);
        try
        {
            return cache.Buffer.WrittenSpan.ToArray();
        }
        finally
        {
            WriterCache.Return(cache);
        }
    }

    /// <summary>Writes the value into a buffer and writer reused by this thread, so that only the result is allocated.</summary>
    private static WriterCache WriteToCache<T>(T value, bool indented)
        where T : class, IAiInfraEntity<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        var cache = WriterCache.Rent();
        var writer = cache.WriterFor(indented);
        JsonValueWriters.WriteRoot(writer, value);
        writer.Flush();
        return cache;
    }

    /// <summary>Writes <paramref name="value"/> to <paramref name="writer"/>, as <see cref="Serialize{T}(T, bool)"/> does.</summary>
    /// <exception cref="AiInfraJsonException">
    /// A value cannot be written as JSON (see <see cref="Serialize{T}(T, bool)"/>), or would nest deeper than the
    /// writer's <see cref="JsonWriterOptions.MaxDepth"/>; the writer is left inside the value, with what was written before it.
    /// </exception>
    public static void Serialize<T>(Utf8JsonWriter writer, T value)
        where T : class, IAiInfraEntity<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonValueWriters.WriteRoot(writer, value);
    }

    /// <summary>Reads and validates a <typeparamref name="T"/>.</summary>
    /// <exception cref="AiInfraJsonException">The JSON is malformed or the value invalid; the exception lists every error.</exception>
    public static T Deserialize<T>(string json, AiInfraJsonLimits? limits = null)
        where T : class, IAiInfraEntity<T> =>
        TryDeserialize<T>(json, out var value, out var errors, limits) ? value : throw new AiInfraJsonException(errors);

    /// <inheritdoc cref="Deserialize{T}(string, AiInfraJsonLimits?)"/>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, AiInfraJsonLimits? limits = null)
        where T : class, IAiInfraEntity<T> =>
        TryDeserialize<T>(utf8Json, out var value, out var errors, limits) ? value : throw new AiInfraJsonException(errors);

    /// <summary>Reads and validates a <typeparamref name="T"/>, returning every error instead of throwing.</summary>
    /// <remarks>
    /// The text is read as its UTF-8 form, which must fit <see cref="AiInfraJsonLimits.MaxDocumentSize"/> (checked before
    /// it is made). A string that is not valid UTF-16 (half of a surrogate pair alone) is a
    /// <see cref="ErrorCodes.MalformedJson"/> error at that character, never read as U+FFFD. A byte order mark (U+FEFF)
    /// at the start is skipped and takes no column.
    /// </remarks>
    /// <returns>True with the value when the JSON is a valid <typeparamref name="T"/>; otherwise false, null, and every error.</returns>
    public static bool TryDeserialize<T>(string json, [NotNullWhen(true)] out T? value, out IReadOnlyList<AiInfraError> errors, AiInfraJsonLimits? limits = null)
        where T : class, IAiInfraEntity<T>
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryDeserialize(json.AsSpan(), out value, out errors, limits);
    }

    /// <summary>The <see cref="string"/> overload's work, on a span of UTF-16 text (the tests give it lengths no string of theirs could have).</summary>
    internal static bool TryDeserialize<T>(ReadOnlySpan<char> json, [NotNullWhen(true)] out T? value, out IReadOnlyList<AiInfraError> errors, AiInfraJsonLimits? limits = null)
        where T : class, IAiInfraEntity<T>
    {
        limits ??= AiInfraJsonLimits.Default;
        value = null;
        if (Utf8Size(json, limits.EffectiveMaxDocumentSize) is not { } size)
        {
            errors = [TooLarge(limits)];
            return false;
        }

        // A small document borrows its buffer; a large one gets its own rather than leave a large array in the shared pool.
        var pooled = size <= PooledBufferSize;
        var utf8 = pooled ? ArrayPool<byte>.Shared.Rent((int)size) : GC.AllocateUninitializedArray<byte>((int)size);
        try
        {
            if (System.Text.Unicode.Utf8.FromUtf16(json, utf8, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                errors = [UnpairedSurrogate(json, read)];
                return false;
            }

            return TryDeserialize(utf8.AsSpan(0, written), out value, out errors, limits);
        }
        finally
        {
            if (pooled)
            {
                ArrayPool<byte>.Shared.Return(utf8);
            }
        }
    }

    private const int PooledBufferSize = 1 << 20;

    /// <inheritdoc cref="TryDeserialize{T}(string, out T, out IReadOnlyList{AiInfraError}, AiInfraJsonLimits?)"/>
    /// <remarks>
    /// A UTF-8 byte order mark (EF BB BF) at the start is skipped, as the <see cref="string"/> overload skips U+FEFF, and
    /// takes no column; it counts towards <see cref="AiInfraJsonLimits.MaxDocumentSize"/>. Text that is not valid UTF-8
    /// is a <see cref="ErrorCodes.MalformedJson"/> error at its first bad byte.
    /// </remarks>
    public static bool TryDeserialize<T>(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out T? value, out IReadOnlyList<AiInfraError> errors, AiInfraJsonLimits? limits = null)
        where T : class, IAiInfraEntity<T>
    {
        limits ??= AiInfraJsonLimits.Default;
        value = null;
        if (utf8Json.Length > limits.EffectiveMaxDocumentSize)
        {
            errors = [TooLarge(limits)];
            return false;
        }

        if (utf8Json.StartsWith(Utf8ByteOrderMark))
        {
            utf8Json = utf8Json[Utf8ByteOrderMark.Length..];
        }

        var context = new JsonReadContext(limits);
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            // The reader checks UTF-8 only when it decodes a string, and then throws: say where the text is not UTF-8.
            context.Add(string.Empty, ErrorCodes.MalformedJson, InvalidUtf8Message, FirstInvalidUtf8(utf8Json));
            errors = context.GetErrorsIn(utf8Json);
            return false;
        }

        if (FirstUnpairedSurrogateEscape(utf8Json) is var unpaired and >= 0)
        {
            // "\uD800" alone is JSON syntax but no text: the reader throws when it decodes it.
            context.Add(string.Empty, ErrorCodes.MalformedJson, UnpairedSurrogateEscapeMessage, unpaired);
            errors = context.GetErrorsIn(utf8Json);
            return false;
        }

        var result = Read<T>(utf8Json, context);
        if (context.ErrorCount > 0 || result is null)
        {
            errors = context.GetErrorsIn(utf8Json);
            return false;
        }

        // What reading cannot check (rules across properties, written by hand) is validated on the value, and placed in the text.
        var validation = result.Validate();
        if (!validation.IsValid)
        {
            errors = TextPositions.Place(utf8Json, validation.Errors, limits.MaxDepth);
            return false;
        }

        value = result;
        errors = Array.Empty<AiInfraError>();
        return true;
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The size of the UTF-8 form of <paramref name="text"/>, or null when it is larger than <paramref name="limit"/>:
    /// answered from the length alone when it can be (every character is at least one byte, and at most three), and
    /// counted in slices otherwise, so that no count overflows however long the text.
    /// </summary>
    internal static long? Utf8Size(ReadOnlySpan<char> text, long limit)
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
    private static AiInfraError UnpairedSurrogate(ReadOnlySpan<char> text, int index)
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

    /// <summary>
    /// Reads and validates a document as the registered record <paramref name="type"/>, exactly as
    /// <see cref="TryDeserialize{T}(ReadOnlySpan{byte}, out T, out IReadOnlyList{AiInfraError}, AiInfraJsonLimits?)"/> does,
    /// for callers that hold a <see cref="Type"/> (the tests that run every registered record through the same checks).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not a registered record.</exception>
    internal static bool TryDeserialize(Type type, ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? value, out IReadOnlyList<AiInfraError> errors, AiInfraJsonLimits? limits = null) =>
        Untyped(type).TryRead(utf8Json, out value, out errors, limits);

    /// <summary>Writes a value of a registered record as <see cref="SerializeToUtf8Bytes{T}(T, bool)"/> does.</summary>
    /// <exception cref="ArgumentException">The value's type is not a registered record.</exception>
    internal static byte[] SerializeToUtf8Bytes(object value, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Untyped(value.GetType()).Write(value, indented);
    }

    /// <summary>Validates a value of a registered record.</summary>
    internal static Validation.ValidationResult Validate(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Untyped(value.GetType()).Validate(value);
    }

    private static AiInfraTypeRegistry.UntypedAccess Untyped(Type type) =>
        AiInfraTypeRegistry.TryGet(type, out var registration) && registration.Untyped is { } access
            ? access
            : throw new ArgumentException($"{type} is not a registered AiInfra record.", nameof(type));

    private static T? Read<T>(ReadOnlySpan<byte> utf8Json, JsonReadContext context)
        where T : class, IAiInfraEntity<T>
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = context.Limits.MaxDepth });
        try
        {
            if (!reader.Read())
            {
                context.Add(string.Empty, ErrorCodes.MalformedJson, "The document is empty; expected a JSON object.", 0);
                return null;
            }

            if (!ReadDocument<T>(ref reader, context, out var value))
            {
                return null;
            }

            if (reader.Read())
            {
                context.Add(string.Empty, ErrorCodes.MalformedJson, "Unexpected content after the end of the JSON object.", reader.TokenStartIndex);
                return null;
            }

            return value;
        }
        catch (JsonException exception)
        {
            var offset = TextPositions.OffsetOf(utf8Json, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            var code = IsDepthExceeded(utf8Json, offset, ref reader, context.Limits.MaxDepth) ? ErrorCodes.DepthExceeded : ErrorCodes.MalformedJson;
            context.AddMalformed(exception, code, offset);
            return null;
        }
    }

    /// <summary>
    /// Whether the reader stopped because an object or array would nest deeper than the limit: it stopped at a "{" or
    /// "[" where a value may start (after "[", ":" or ","), with the limit's number of levels open. A document that ends
    /// early, with levels still open, stops at its end: that is malformed, not too deep.
    /// </summary>
    private static bool IsDepthExceeded(ReadOnlySpan<byte> utf8, long offset, ref Utf8JsonReader reader, int maxDepth)
    {
        if (offset >= utf8.Length || utf8[(int)offset] is not ((byte)'{' or (byte)'['))
        {
            return false;
        }

        var open = reader.CurrentDepth + (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0);
        var before = utf8[..(int)offset].TrimEnd(" \t\r\n"u8);
        return open >= maxDepth && (before.IsEmpty || before[^1] is (byte)'[' or (byte)':' or (byte)',');
    }

    /// <summary>
    /// Reads the record that is a whole document, at its first token: the JSON null and any other token than an
    /// object are errors that name the record. Shared by <see cref="Deserialize{T}(string, AiInfraJsonLimits?)"/> and
    /// <see cref="JsonSerializer"/>'s converter, so that the two say the same.
    /// </summary>
    internal static bool ReadDocument<T>(ref Utf8JsonReader reader, JsonReadContext context, [NotNullWhen(true)] out T? value)
        where T : class, IAiInfraEntity<T>
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            context.AddError(ref reader, ErrorCodes.NullValue, $"The document is null; expected a {T.EntityName} object.");
            return false;
        }

        if (!JsonValueReaders.Expect(ref reader, context, JsonTokenType.StartObject, $"a {T.EntityName} object"))
        {
            return false;
        }

        var start = reader.TokenStartIndex;
        var errors = context.ErrorCount;
        value = T.ReadJson(ref reader, context);
        if (value is null)
        {
            return false;
        }

        if (context.ErrorCount != errors)
        {
            // Read whole, but values in it failed their checks, so reading skipped the checks over them (the rules of
            // the records that hold them, the document's own rules): run those now, so that one read reports every error.
            context.CheckRest(value, static (T record, ref Validation.ValidationScope scope) => T.ValidateInto(record, ref scope), start);
        }

        return true;
    }

    /// <summary>The message of a <see cref="ErrorCodes.MalformedJson"/> error at bytes that are not UTF-8.</summary>
    internal const string InvalidUtf8Message = "The text is not valid UTF-8.";

    /// <summary>The message of a <see cref="ErrorCodes.MalformedJson"/> error at a \u escape of half a surrogate pair ("\uD800" alone: JSON syntax, but no text).</summary>
    internal const string UnpairedSurrogateEscapeMessage = "A \\u escape is half of a surrogate pair; the string is not valid Unicode text.";

    /// <summary>The offset of the first \u escape of a surrogate that is not part of an escaped pair, or -1.</summary>
    internal static int FirstUnpairedSurrogateEscape(ReadOnlySpan<byte> utf8)
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
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
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

    /// <summary>
    /// A buffer and a compact and an indented writer on it, kept per thread between calls. Taken out of the thread's
    /// slot while in use, so a nested call (from hand-written code inside a writer) gets its own; a buffer that grew
    /// past <see cref="MaxKeptCapacity"/> for a large document is let go rather than kept.
    /// </summary>
    private sealed class WriterCache
    {
        private const int MaxKeptCapacity = 1024 * 1024;

        [ThreadStatic]
        private static WriterCache? t_cached;

        private Utf8JsonWriter? _compact;
        private Utf8JsonWriter? _indented;

        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

        public static WriterCache Rent()
        {
            var cache = t_cached ?? new WriterCache();
            t_cached = null;
            return cache;
        }

        public static void Return(WriterCache cache)
        {
            if (cache.Buffer.Capacity > MaxKeptCapacity)
            {
                return;
            }

            cache.Buffer.ResetWrittenCount();
            t_cached = cache;
        }

        public Utf8JsonWriter WriterFor(bool indented)
        {
            ref var writer = ref indented ? ref _indented : ref _compact;
            if (writer is null)
            {
                writer = new Utf8JsonWriter(Buffer, indented ? s_indented : s_compact);
            }
            else
            {
                writer.Reset(Buffer);
            }

            return writer;
        }
    }

    private static AiInfraError TooLarge(AiInfraJsonLimits limits) =>
        new(string.Empty, ErrorCodes.DocumentTooLarge, $"The document is larger than the limit of {limits.EffectiveMaxDocumentSize} bytes of UTF-8.");

    private static JsonSerializerOptions CreateLibraryOptions()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = AiInfraJsonLimits.Default.MaxDepth,
            TypeInfoResolver = new AiInfraTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
