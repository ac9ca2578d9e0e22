using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiInfra.Domain.Parsing;

namespace AiInfra.Domain.Quantities.Serialization;

/// <summary>
/// Reads and writes a quantity as a JSON string of a number, one space and the unit's abbreviation, such as
/// <c>"700 W"</c>, written in the unit the value carries so that a round trip loses nothing. Reflection-free.
/// </summary>
/// <remarks>
/// A bare JSON number is read only when the converter was created with a unit for it (as a spec property with a
/// declared unit does); otherwise it is an error, because a number alone does not say which unit it is in.
/// Numbers are the shortest that round-trip, as <see cref="IQuantity"/>'s <c>ToString()</c> writes them, except that an
/// exponent has no '+' (<c>"3.6E18 OP"</c>, not <c>"3.6E+18 OP"</c>), which the default encoder would escape.
/// Every error is a <see cref="JsonException"/> whose message names the text and the units expected; when the
/// text was malformed its inner exception is the <see cref="QuantityFormatException"/> that says why.
/// </remarks>
/// <typeparam name="TQuantity">The quantity struct.</typeparam>
/// <typeparam name="TUnit">Its unit enum.</typeparam>
public sealed class QuantityJsonConverter<TQuantity, TUnit> : JsonConverter<TQuantity>
    where TQuantity : struct, IQuantity<TQuantity, TUnit>
    where TUnit : struct, Enum
{
    /// <summary>The longest quantity text read, in characters; a longer string is an error.</summary>
    public const int MaxTextLength = 128;

    private readonly TUnit? _unitOfBareNumbers;

    /// <summary>A converter that requires every value to carry its unit ("700 W").</summary>
    public QuantityJsonConverter()
    {
    }

    /// <summary>A converter that also reads a bare JSON number, as a value in <paramref name="unitOfBareNumbers"/>.</summary>
    public QuantityJsonConverter(TUnit unitOfBareNumbers) => _unitOfBareNumbers = unitOfBareNumbers;

    /// <summary>The unit a bare JSON number is read in, or null when bare numbers are rejected.</summary>
    public TUnit? UnitOfBareNumbers => _unitOfBareNumbers;

    /// <inheritdoc />
    public override TQuantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return ReadString(ref reader);
            case JsonTokenType.Number when _unitOfBareNumbers is { } unit:
                if (!reader.TryGetDouble(out var value) || !double.IsFinite(value))
                {
                    throw new JsonException($"The number is too large for a {TQuantity.Info.Name}; it must be a finite double.");
                }

                return QuantityRange.TryCreate<TQuantity, TUnit>(value, unit, out var quantity)
                    ? quantity
                    : throw new JsonException(QuantityRange.Describe(TQuantity.Info, TQuantity.Info.UnitInfoOf(unit), value) + ".");
            case JsonTokenType.Number:
                throw new JsonException($"A bare number is not a {TQuantity.Info.Name} here, because it does not say its unit; write it as a string such as \"{Example()}\". Units: {TQuantity.Info.DescribeUnits()}.");
            default:
                throw new JsonException($"Expected a {TQuantity.Info.Name} as a string such as \"{Example()}\", not a JSON {JsonTokenNames.Of(reader.TokenType)}.");
        }
    }

    private static TQuantity ReadString(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[JsonStringText.BufferLength(MaxTextLength)];
        if (!JsonStringText.TryRead(ref reader, buffer, MaxTextLength, out var length))
        {
            throw new JsonException(JsonStringText.TooLong($"A {TQuantity.Info.Name}", MaxTextLength, length));
        }

        var text = buffer[..length];
        if (QuantityParser.TryParse<TQuantity, TUnit>(text, CultureInfo.InvariantCulture, out var quantity, out var failure))
        {
            return quantity;
        }

        var error = QuantityParser.CreateException(text, CultureInfo.InvariantCulture, failure, TQuantity.Info);
        throw new JsonException(error.Message, error);
    }

    /// <inheritdoc />
    /// <exception cref="JsonException">The value, or its value in the base unit, is not finite: JSON has no NaN or infinity, so nothing is written.</exception>
    public override void Write(Utf8JsonWriter writer, TQuantity value, JsonSerializerOptions options)
    {
        if (QuantityWritability.Problem<TQuantity, TUnit>(value) is { } problem)
        {
            throw new JsonException(problem);
        }

        Span<char> buffer = stackalloc char[128];
        var text = value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture)
            ? buffer[..written]
            : value.ToString(null, CultureInfo.InvariantCulture).ToCharArray();
        writer.WriteStringValue(WithoutExponentPlus(text));
    }

    /// <summary>
    /// "1E+20 W" becomes "1E20 W": the default encoder would write the '+' as \u002B, and the reader (like
    /// <see cref="double.Parse(string)"/>) reads an exponent without its sign. Nothing else changes.
    /// </summary>
    private static ReadOnlySpan<char> WithoutExponentPlus(Span<char> text)
    {
        var numberEnd = text.IndexOf(' ');
        var plus = text[..(numberEnd < 0 ? text.Length : numberEnd)].IndexOf("E+");
        if (plus < 0)
        {
            return text;
        }

        text[(plus + 2)..].CopyTo(text[(plus + 1)..]);
        return text[..^1];
    }

    private static string Example()
    {
        var abbreviation = TQuantity.GetAbbreviation(TQuantity.BaseUnit);
        return abbreviation.Length == 0 ? "0.5" : "1 " + abbreviation;
    }
}
