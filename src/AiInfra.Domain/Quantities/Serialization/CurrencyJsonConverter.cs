using System.Text.Json;
using System.Text.Json.Serialization;
using AiInfra.Domain.Parsing;

namespace AiInfra.Domain.Quantities.Serialization;

/// <summary>
/// Reads and writes a <see cref="Currency"/> as its ISO 4217 code in a JSON string, <c>"USD"</c>, also as a property
/// name, so a currency can key a dictionary. Reflection-free. Only the code is read (not a Chinese currency word), as
/// <see cref="Currency.Parse(string)"/> reads it.
/// </summary>
/// <remarks>
/// Every error is a <see cref="JsonException"/> whose message says what was expected; for a string that is not a code
/// the inner exception is the <see cref="MoneyFormatException"/> that says why. Writing <see cref="Currency.None"/> is
/// an error too.
/// </remarks>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    // Generous: a code has three characters; a longer string is reported, not read.
    private const int MaxTextLength = 32;

    /// <inheritdoc />
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? ReadCode(ref reader)
            : throw new JsonException($"Expected a currency as a string such as \"USD\", not a JSON {JsonTokenNames.Of(reader.TokenType)}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) =>
        writer.WriteStringValue(CodeOf(value));

    /// <inheritdoc />
    public override Currency ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadCode(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) =>
        writer.WritePropertyName(CodeOf(value));

    private static Currency ReadCode(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[JsonStringText.BufferLength(MaxTextLength)];
        if (!JsonStringText.TryRead(ref reader, buffer, MaxTextLength, out var length))
        {
            throw new JsonException($"Expected an ISO 4217 currency code such as \"USD\"; this string is longer than {MaxTextLength} characters.");
        }

        var code = buffer[..length];
        if (Currency.TryParse(code, out var currency))
        {
            return currency;
        }

        var error = Currency.CreateException(code);
        throw new JsonException(error.Message, error);
    }

    private static string CodeOf(Currency value) =>
        value.IsNone
            ? throw new JsonException("Currency.None (default(Currency)) names no currency and cannot be written.")
            : value.Code;
}
