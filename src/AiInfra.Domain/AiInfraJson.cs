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
            JsonWriterCache.Return(cache);
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
            JsonWriterCache.Return(cache);
        }
    }

    /// <summary>Writes the value into a buffer and writer reused by this thread, so that only the result is allocated.</summary>
    private static JsonWriterCache WriteToCache<T>(T value, bool indented)
        where T : class, IAiInfraEntity<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        var cache = JsonWriterCache.Rent();
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
        if (Utf8Scan.Utf8Size(json, limits.EffectiveMaxDocumentSize) is not { } size)
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
                errors = [Utf8Scan.UnpairedSurrogate(json, read)];
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

        if (utf8Json.StartsWith(Utf8Scan.ByteOrderMark))
        {
            utf8Json = utf8Json[Utf8Scan.ByteOrderMark.Length..];
        }

        var context = JsonReadContext.Rent(limits);
        try
        {
            return TryDeserializeWith(utf8Json, context, limits, out value, out errors);
        }
        finally
        {
            JsonReadContext.Return(context);
        }
    }

    /// <summary>The read itself, into a context rented for it (<see cref="JsonReadContext.Rent"/>).</summary>
    /// <remarks>
    /// Text that is not UTF-8, or a \u escape of half a surrogate pair, is the document's one error, at its first bad
    /// byte. The text is scanned for them only when the read fails: a read succeeds only if every string in the document
    /// was decoded (which checks it, and throws where it is not text) or matched byte for byte a name the reader knows,
    /// and the reader itself refuses any other byte outside ASCII, so a document read without an error is text.
    /// </remarks>
    private static bool TryDeserializeWith<T>(ReadOnlySpan<byte> utf8Json, JsonReadContext context, AiInfraJsonLimits limits, [NotNullWhen(true)] out T? value, out IReadOnlyList<AiInfraError> errors)
        where T : class, IAiInfraEntity<T>
    {
        value = null;
        T? result;
        try
        {
            result = JsonDocumentReader.Read<T>(utf8Json, context);
        }
        catch (InvalidOperationException) when (!IsText(utf8Json))
        {
            // System.Text.Json throws when it decodes such a string; the error below says where the text is not text.
            result = null;
        }

        if (context.ErrorCount > 0 || result is null)
        {
            errors = IsText(utf8Json) ? context.GetErrorsIn(utf8Json) : TextError(utf8Json, context);
            return false;
        }

        // What reading cannot check (rules across properties, written by hand) is validated on the value, and placed in the text.
        var validation = JsonDocumentReader.ValidateRead(result, context);
        if (!validation.IsValid)
        {
            errors = TextPositions.Place(utf8Json, validation.Errors, limits.MaxDepth);
            return false;
        }

        value = result;
        errors = Array.Empty<AiInfraError>();
        return true;
    }

    /// <summary>Whether <paramref name="utf8Json"/> is UTF-8 with no \u escape of half a surrogate pair.</summary>
    private static bool IsText(ReadOnlySpan<byte> utf8Json) =>
        System.Text.Unicode.Utf8.IsValid(utf8Json) && Utf8Scan.FirstUnpairedSurrogateEscape(utf8Json) < 0;

    /// <summary>The one error of a document that <see cref="IsText"/> refuses, at its first bad byte, in place of what the read found.</summary>
    private static IReadOnlyList<AiInfraError> TextError(ReadOnlySpan<byte> utf8Json, JsonReadContext context)
    {
        context.Restart();
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            context.Add(string.Empty, ErrorCodes.MalformedJson, Utf8Scan.InvalidUtf8Message, Utf8Scan.FirstInvalidUtf8(utf8Json));
        }
        else
        {
            // "\uD800" alone is JSON syntax but no text.
            context.Add(string.Empty, ErrorCodes.MalformedJson, Utf8Scan.UnpairedSurrogateEscapeMessage, Utf8Scan.FirstUnpairedSurrogateEscape(utf8Json));
        }

        return context.GetErrorsIn(utf8Json);
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
