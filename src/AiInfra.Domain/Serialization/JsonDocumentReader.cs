using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// Reads one whole document as a record: its one top-level value, nothing after it, and the error for JSON the reader
/// refuses (malformed, or nested deeper than the limit), located in the text.
/// </summary>
internal static class JsonDocumentReader
{
    /// <summary>Reads the document <paramref name="utf8Json"/> as a <typeparamref name="T"/>, recording every error in <paramref name="context"/>; null when it is not one.</summary>
    /// <remarks>
    /// The document is read first with the library's tokenizer (<see cref="AiInfraJsonReader"/>), which throws at anything
    /// it does not take as well-formed JSON. A read that it gives up, or that finds any error, is repeated from the start
    /// with System.Text.Json's <see cref="Utf8JsonReader"/>, so that every error reported, with its message and position,
    /// is that reader's and the library's as they were. A document with errors costs two reads; one without costs one.
    /// </remarks>
    public static T? Read<T>(ReadOnlySpan<byte> utf8Json, JsonReadContext context)
        where T : class, IAiInfraEntity<T>
    {
        if (TryReadWithOwnTokenizer<T>(utf8Json, context, out var value))
        {
            return value;
        }

        context.Restart();
        return ReadWithUtf8JsonReader<T>(utf8Json, context);
    }

    /// <summary>The optimistic read: true with the record when the document was read whole without an error.</summary>
    internal static bool TryReadWithOwnTokenizer<T>(ReadOnlySpan<byte> utf8Json, JsonReadContext context, [NotNullWhen(true)] out T? value)
        where T : class, IAiInfraEntity<T>
    {
        value = null;
        var reader = AiInfraJsonReader.ForWholeDocument(utf8Json, context.Limits.MaxDepth);
        try
        {
            return reader.Read()
                && ReadDocument(ref reader, context, out value)
                && !reader.Read()
                && context.ErrorCount == 0;
        }
#pragma warning disable CA1031 // Whatever stopped this read, the read with Utf8JsonReader that follows reports it or throws it.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    /// <summary>The read with System.Text.Json's reader alone: what <see cref="Read{T}"/> falls back to, and what it must agree with.</summary>
    internal static T? ReadWithUtf8JsonReader<T>(ReadOnlySpan<byte> utf8Json, JsonReadContext context)
        where T : class, IAiInfraEntity<T>
    {
        var utf8Reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = context.Limits.MaxDepth });
        var reader = new AiInfraJsonReader(utf8Reader);
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
    private static bool IsDepthExceeded(ReadOnlySpan<byte> utf8, long offset, ref AiInfraJsonReader reader, int maxDepth)
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
    /// Validates a record just read without an error, as <c>Validate()</c> does and with the same result, but skipping the
    /// checks the reader made of each value and of each record inside it (<see cref="Validation.ValidationScope.ValuesChecked"/>):
    /// what is left is the record's own rules across properties.
    /// </summary>
    internal static Validation.ValidationResult ValidateRead<T>(T value, JsonReadContext context)
        where T : class, IAiInfraEntity<T> => Validation.ValidationScope.Validate(value, context.ValuesReadAreWritable);

    /// <summary>
    /// Reads the record that is a whole document, at its first token: the JSON null and any other token than an
    /// object are errors that name the record. Shared by <see cref="AiInfraJson.Deserialize{T}(string, AiInfraJsonLimits?)"/> and
    /// <see cref="JsonSerializer"/>'s converter, so that the two say the same.
    /// </summary>
    internal static bool ReadDocument<T>(ref AiInfraJsonReader reader, JsonReadContext context, [NotNullWhen(true)] out T? value)
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

        if (!JsonValueReaders.HasStackFor(ref reader, context))
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
}
