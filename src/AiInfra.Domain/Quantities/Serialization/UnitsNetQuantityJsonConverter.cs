using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiInfra.Domain.Quantities.Serialization;

/// <summary>
/// Reads and writes one UnitsNet quantity through its library counterpart <typeparamref name="TQuantity"/>: the text is
/// read and written by <see cref="QuantityJsonConverter{TQuantity, TUnit}"/>, so the wire format and every error message
/// are the library quantity's. See <see cref="UnitsNetJsonConverterFactory"/>.
/// </summary>
internal sealed class UnitsNetQuantityJsonConverter<TQuantity, TUnit, TUnitsNet> : JsonConverter<TUnitsNet>
    where TQuantity : struct, IQuantity<TQuantity, TUnit>, IUnitsNetConvertible<TQuantity, TUnitsNet>
    where TUnit : struct, Enum
    where TUnitsNet : struct, global::UnitsNet.IQuantity
{
    private static readonly QuantityJsonConverter<TQuantity, TUnit> s_library = new();

    /// <inheritdoc />
    public override TUnitsNet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var quantity = s_library.Read(ref reader, typeof(TQuantity), options);
        if (quantity.TryToUnitsNet(out var result))
        {
            return result;
        }

        var error = CannotHold(quantity);
        throw new JsonException(error.Message, error);
    }

    /// <summary>The <see cref="OverflowException"/> that <c>ToUnitsNet</c> throws for a value UnitsNet cannot hold.</summary>
    internal static OverflowException CannotHold(TQuantity quantity)
    {
        try
        {
            _ = quantity.ToUnitsNet();
        }
        catch (OverflowException exception)
        {
            return exception;
        }

        throw new InvalidOperationException($"{quantity} converts to UnitsNet although TryToUnitsNet said it cannot.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TUnitsNet value, JsonSerializerOptions options) =>
        s_library.Write(writer, TQuantity.FromUnitsNet(value), options);
}
