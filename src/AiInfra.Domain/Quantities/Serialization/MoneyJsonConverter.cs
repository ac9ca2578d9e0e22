using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiInfra.Domain.Parsing;

namespace AiInfra.Domain.Quantities.Serialization;

/// <summary>
/// Reads and writes <see cref="Money"/> as a JSON string: written in the <see cref="Money.ToString()"/> form,
/// <c>"80000000000 USD"</c>, so a round trip keeps the amount and its scale; read in any form
/// <see cref="Money.Parse(string, IFormatProvider?)"/> accepts in the invariant culture, scale words and Chinese forms
/// included (<c>"80 bn USD"</c>, <c>"1000亿美元"</c>). Reflection-free.
/// </summary>
/// <remarks>
/// Every error is a <see cref="JsonException"/> whose message says what was expected: a JSON token other than a string
/// (a bare number says no currency), a string longer than <see cref="MaxTextLength"/>, or a text that is not money, in
/// which case the inner exception is the <see cref="MoneyFormatException"/> that says why. Writing <c>default(Money)</c>,
/// which has no currency, is an error too.
/// </remarks>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <summary>The longest text read, in characters; a longer string is an error.</summary>
    public const int MaxTextLength = 128;

    private const string Example = "\"80 bn USD\"";

    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return ReadString(ref reader);
            case JsonTokenType.Number:
                throw new JsonException($"A bare number is not Money, because it does not say its currency; write a string such as {Example}.");
            default:
                throw new JsonException($"Expected Money as a string such as {Example}, not a JSON {JsonTokenNames.Of(reader.TokenType)}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        if (value.Currency.IsNone)
        {
            throw new JsonException("default(Money) has no currency and cannot be written; create Money with a currency, such as Money.Zero(Currency.Usd).");
        }

        // The longest form is a 29-digit amount with a sign and a decimal point, a space and a three-letter code.
        Span<char> buffer = stackalloc char[64];
        if (value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }

    private static Money ReadString(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[JsonStringText.BufferLength(MaxTextLength)];
        if (!JsonStringText.TryRead(ref reader, buffer, MaxTextLength, out var length))
        {
            throw new JsonException(JsonStringText.TooLong("Money", MaxTextLength, length));
        }

        var text = buffer[..length];
        if (MoneyParser.TryParse(text, CultureInfo.InvariantCulture, out var money, out var failure))
        {
            return money;
        }

        var error = MoneyParser.CreateException(text, CultureInfo.InvariantCulture, failure);
        throw new JsonException(error.Message, error);
    }
}
