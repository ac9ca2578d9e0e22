using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Quantities.Serialization;

/// <summary>
/// Reads and writes UnitsNet quantities (<c>UnitsNet.Power</c>, <c>UnitsNet.BitRate</c> ...) in this library's wire
/// format, with this library's parser: a string of the shortest round-trip number, one space and the abbreviation,
/// <c>"700 W"</c>, written in the unit the value carries. No reflection.
/// </summary>
/// <remarks>
/// <para>Every UnitsNet quantity that a quantity of this library maps to is supported (<see cref="Types"/>; the table is
/// in docs/unitsnet.md). A value is read exactly as the library's own quantity is, so <c>"1 Gb/s"</c> is one gigabit per
/// second (UnitsNet's own parser reads it as a gigabyte per second) and every bad text gets the same
/// <see cref="JsonException"/> message as the library quantity's own converter gives; then it becomes the UnitsNet value
/// with <see cref="IUnitsNetConvertible{TSelf, TUnitsNet}.ToUnitsNet"/>. A value UnitsNet cannot hold (above about
/// 7.9E+28 for a decimal-backed quantity) is a <see cref="JsonException"/> naming the value and the range, with the
/// <see cref="OverflowException"/> as its inner exception.</para>
/// <para>A UnitsNet value is written through <see cref="IUnitsNetConvertible{TSelf, TUnitsNet}.FromUnitsNet"/>: in its
/// own unit, or in the library's unit that UnitsNet's conversion gives for a unit this library lacks (horsepower becomes
/// watts). <see cref="AiInfraJson.Options"/> reads and writes the same types, reporting bad JSON as it does for the
/// library's own quantities: one <see cref="AiInfra.Domain.Serialization.AiInfraJsonException"/>.</para>
/// </remarks>
public sealed class UnitsNetJsonConverterFactory : JsonConverterFactory
{
    /// <summary>Every UnitsNet type this factory reads and writes.</summary>
    public static IReadOnlyList<Type> Types => UnitsNetJsonTable.Types;

    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => UnitsNetJsonTable.Find(typeToConvert) is not null;

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="typeToConvert"/> is not one of <see cref="Types"/>.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        UnitsNetJsonTable.Find(typeToConvert)?.Converter
            ?? throw new ArgumentException($"{typeToConvert} is not a UnitsNet quantity that AiInfra.Domain maps; see UnitsNetJsonConverterFactory.Types.", nameof(typeToConvert));

    /// <summary>
    /// The metadata <see cref="AiInfraJson.Options"/> gives a UnitsNet type (or its nullable form), or null for another
    /// type: read and written as the options read and write the library's own quantity, so bad JSON is one
    /// <see cref="AiInfraJsonException"/> with the same messages.
    /// </summary>
    internal static JsonTypeInfo? CreateOptionsTypeInfo(Type type, JsonSerializerOptions options) =>
        UnitsNetJsonTable.Find(type)?.CreateOptionsTypeInfo(options)
        ?? (Nullable.GetUnderlyingType(type) is { } underlying ? UnitsNetJsonTable.Find(underlying)?.CreateNullableOptionsTypeInfo(options) : null);
}

/// <summary>The converters of one UnitsNet type and its metadata, created without reflection.</summary>
internal abstract class UnitsNetJsonEntry
{
    /// <summary>The converter for any options: errors are <see cref="JsonException"/>s, as the library quantity's own converter's.</summary>
    public abstract JsonConverter Converter { get; }

    /// <summary>The metadata for <see cref="AiInfraJson.Options"/>.</summary>
    public abstract JsonTypeInfo CreateOptionsTypeInfo(JsonSerializerOptions options);

    /// <summary>The metadata of the nullable form for <see cref="AiInfraJson.Options"/>.</summary>
    public abstract JsonTypeInfo CreateNullableOptionsTypeInfo(JsonSerializerOptions options);
}

/// <inheritdoc />
internal sealed class UnitsNetJsonEntry<TQuantity, TUnit, TUnitsNet> : UnitsNetJsonEntry
    where TQuantity : struct, IQuantity<TQuantity, TUnit>, IUnitsNetConvertible<TQuantity, TUnitsNet>
    where TUnit : struct, Enum
    where TUnitsNet : struct, global::UnitsNet.IQuantity
{
    private readonly UnitsNetQuantityJsonConverter<TQuantity, TUnit, TUnitsNet> _converter = new();

    private readonly AiInfraValueConverter<TUnitsNet> _optionsConverter = new(
        Read,
        static (writer, value) => JsonValueWriters.WriteQuantity<TQuantity, TUnit>(writer, TQuantity.FromUnitsNet(value)),
        $"a {TQuantity.Info.Name} as a string such as \"1 {TQuantity.GetAbbreviation(TQuantity.BaseUnit)}\"");

    private UnitsNetJsonEntry()
    {
    }

    public static UnitsNetJsonEntry<TQuantity, TUnit, TUnitsNet> Instance { get; } = new();

    public override JsonConverter Converter => _converter;

    public override JsonTypeInfo CreateOptionsTypeInfo(JsonSerializerOptions options) => JsonMetadataServices.CreateValueInfo<TUnitsNet>(options, _optionsConverter);

    public override JsonTypeInfo CreateNullableOptionsTypeInfo(JsonSerializerOptions options) => SerializerValues.Nullable<TUnitsNet>(options);

    /// <summary>Reads the library's quantity as the options read it, then converts it; a value UnitsNet cannot hold is an error at it.</summary>
    private static bool Read(ref Utf8JsonReader reader, JsonReadContext context, out TUnitsNet value)
    {
        value = default;
        if (!JsonValueReaders.TryReadQuantityWithUnit<TQuantity, TUnit>(ref reader, context, out var quantity))
        {
            return false;
        }

        if (quantity.TryToUnitsNet(out value))
        {
            return true;
        }

        context.AddError(ref reader, ErrorCodes.OutOfRange, UnitsNetQuantityJsonConverter<TQuantity, TUnit, TUnitsNet>.CannotHold(quantity).Message);
        return false;
    }
}
