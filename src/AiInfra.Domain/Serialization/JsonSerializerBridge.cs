using System.Text.Json;

namespace AiInfra.Domain.Serialization;

/// <summary>Checks a value that was read without errors; returns every problem (paths relative to the value), or none.</summary>
internal delegate IReadOnlyList<AiInfraError> JsonValueValidator<in T>(T value, JsonReadContext context);

/// <summary>
/// What the converters of <see cref="AiInfraJson.Options"/> do around the value readers and writers that generated code
/// calls, so that <see cref="JsonSerializer"/> reports problems as <see cref="AiInfraJson"/> does: one
/// <see cref="AiInfraJsonException"/> that lists every error with its JSON Pointer, line and column, and never a value
/// that failed reading or validation.
/// </summary>
/// <remarks>
/// <para>A value read at depth 0 is the document <see cref="JsonSerializer"/> was asked for: the JSON <c>null</c> is an
/// error there, and so is anything after the value. A value deeper down sits inside a type the caller's own metadata
/// reads (a property of the caller's class, an item of a collection the caller's context serializes): a <c>null</c>
/// there is left to that type's rules (see <see cref="ReadsNull"/>), the errors' paths are relative to the value, and the
/// exception's <see cref="JsonException.Path"/> is left for <see cref="JsonSerializer"/> to fill in with where the value is.</para>
/// </remarks>
internal static class JsonSerializerBridge
{
    /// <summary>
    /// True when a converter should read a JSON null as the CLR null itself, without calling <see cref="Read{T}"/>: a
    /// reference type's value inside the caller's own types. The document null goes to <see cref="Read{T}"/>, which reports it.
    /// </summary>
    public static bool ReadsNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null && reader.CurrentDepth > 0;

    /// <summary>Reads one value with <paramref name="readValue"/>, checks it with <paramref name="validate"/>, and throws every error found.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="readValue">The value reader generated code uses.</param>
    /// <param name="validate">The checks beyond reading, or null.</param>
    /// <param name="description">What the value is, for the message about a null document: "a Chip object".</param>
    /// <exception cref="AiInfraJsonException">The value is malformed or invalid.</exception>
    public static T Read<T>(ref Utf8JsonReader reader, JsonValueReader<T> readValue, JsonValueValidator<T>? validate, string description)
    {
        var isDocument = reader.CurrentDepth == 0;
        var start = reader;
        var context = new JsonReadContext();
        var value = default(T)!;
        var read = false;
        // The value readers take the library's reader: it forwards to this copy of the caller's, handed back below.
        var own = new AiInfraJsonReader(reader);
        try
        {
            if (isDocument && own.TokenType == JsonTokenType.Null)
            {
                context.AddError(ref own, ErrorCodes.NullValue, $"The document is null; expected {description}.");
            }
            else
            {
                read = readValue(ref own, context, out value);
            }

            if (isDocument)
            {
                CheckNothingFollows(own.Utf8Reader, context);
            }
        }
        catch (JsonException exception)
        {
            read = false;
            context.AddMalformed(exception, IsDepthExceeded(ref own) ? ErrorCodes.DepthExceeded : ErrorCodes.MalformedJson);
        }
        catch (InvalidOperationException exception) when (IsTextError(ref own, exception))
        {
            read = false;
            AddTextError(ref own, context);
        }

        reader = own.Utf8Reader;
        if (read && context.ErrorCount == 0)
        {
            // What reading cannot check is validated on the value, and placed in the text as AiInfraJson places it.
            var problems = validate?.Invoke(value, context);
            if (problems is null || problems.Count == 0)
            {
                return value;
            }

            throw new AiInfraJsonException(
                ReaderPositions.TryRebuildDocument(start, [], out var text) ? TextPositions.Place(text, problems, context.Limits.MaxDepth) : problems,
                isDocument);
        }

        if (context.ErrorCount == 0)
        {
            var atStart = new AiInfraJsonReader(start);
            context.AddError(ref atStart, ErrorCodes.WrongType, $"Expected {description}.");
        }

        var sites = context.GetErrorSites();
        var errors = ReaderPositions.TryRebuildDocument(start, sites, out var document)
            ? context.GetErrorsIn(document)
            : context.GetErrorsAt(ReaderPositions.Locate(start, isDocument && reader.IsFinalBlock, sites));
        throw new AiInfraJsonException(errors, isDocument);
    }

    /// <summary>
    /// Whether the reader stopped because an object or array would nest deeper than its limit: the limit's number of
    /// levels are open. (A text that ends with that many levels open is taken for too deep too; <see cref="AiInfraJson"/>,
    /// which holds the text, tells the two apart.)
    /// </summary>
    private static bool IsDepthExceeded(ref AiInfraJsonReader reader)
    {
        var maxDepth = reader.CurrentState.Options.MaxDepth is > 0 and var depth ? depth : 64;
        var open = reader.CurrentDepth + (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0);
        return open >= maxDepth;
    }

    /// <summary>
    /// Writes one value with <paramref name="write"/>. A null document is an error (it would not read back); a null inside
    /// the caller's own types is written as null. Whatever the writer refuses becomes one <see cref="AiInfraJsonException"/>.
    /// </summary>
    /// <exception cref="AiInfraJsonException">The value cannot be written.</exception>
    public static void Write<T>(Utf8JsonWriter writer, T value, JsonValueWriter<T> write, string description)
    {
        var isDocument = writer.CurrentDepth == 0;
        if (value is null)
        {
            if (isDocument)
            {
                throw new AiInfraJsonException([new AiInfraError(string.Empty, ErrorCodes.NullValue, $"The value is null; expected {description}, so that the document reads back.")], isDocument);
            }

            writer.WriteNullValue();
            return;
        }

        try
        {
            write(writer, value);
        }
        catch (Exception exception) when (ToWriteError(exception, string.Empty, isDocument) is { } error)
        {
            throw error;
        }
    }

    /// <summary>
    /// The <see cref="AiInfraJsonException"/> for an exception a writer threw while writing the value at <paramref name="path"/>
    /// (relative to the value being serialized), or null when the exception is not about the value.
    /// </summary>
    public static AiInfraJsonException? ToWriteError(Exception exception, string path, bool isDocument) => exception switch
    {
        AiInfraJsonException { Errors: var errors } when path.Length == 0 => new AiInfraJsonException(errors, isDocument, exception),
        AiInfraJsonException { Errors: var errors } => new AiInfraJsonException(errors.Select(e => e with { Path = path + e.Path }).ToArray(), isDocument, exception),
        JsonException or ArgumentException or InvalidOperationException =>
            new AiInfraJsonException([new AiInfraError(path, ErrorCodes.MalformedValue, $"The value cannot be written as JSON: {exception.Message}")], isDocument, exception),
        _ => null,
    };

    /// <summary>Reports content after the document's value, as <see cref="AiInfraJson.Deserialize{T}(string, AiInfraJsonLimits?)"/> does.</summary>
    private static void CheckNothingFollows(Utf8JsonReader reader, JsonReadContext context)
    {
        if (!reader.IsFinalBlock)
        {
            return; // Part of a stream: JsonSerializer checks what follows once it has it.
        }

#if NET9_0_OR_GREATER
        if (reader.CurrentState.Options.AllowMultipleValues)
        {
            return; // The caller asked for a sequence of values.
        }
#endif

        // A reader without AllowMultipleValues throws at anything but white space (a JsonException, reported as malformed).
        if (reader.Read())
        {
            context.Add(string.Empty, ErrorCodes.MalformedJson, "Unexpected content after the end of the JSON value.", reader.TokenStartIndex);
        }
    }

    /// <summary>
    /// True for the exception <see cref="Utf8JsonReader"/> throws when it decodes a string that is not text: bytes that
    /// are not UTF-8, or a \u escape of half a surrogate pair.
    /// </summary>
    private static bool IsTextError(ref AiInfraJsonReader reader, InvalidOperationException exception) =>
        reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && exception.Source?.StartsWith("System.Text.Json", StringComparison.Ordinal) == true;

    /// <summary>
    /// Reports the string the reader is on as malformed, at the escape or byte at fault, as <see cref="AiInfraJson"/>
    /// does: at the document, because the text is at fault, not a value.
    /// </summary>
    private static void AddTextError(ref AiInfraJsonReader reader, JsonReadContext context)
    {
        var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        var textStart = reader.TokenStartIndex + 1;
        var unpaired = Utf8Scan.FirstUnpairedSurrogateEscape(raw);
        var invalid = Utf8Scan.FirstInvalidUtf8(raw);
        if (unpaired >= 0 && unpaired < invalid)
        {
            context.Add(string.Empty, ErrorCodes.MalformedJson, Utf8Scan.UnpairedSurrogateEscapeMessage, textStart + unpaired);
        }
        else
        {
            context.Add(string.Empty, ErrorCodes.MalformedJson, Utf8Scan.InvalidUtf8Message, textStart + Math.Min(invalid, raw.Length));
        }
    }
}
