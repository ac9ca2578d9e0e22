using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AiInfra.Domain.Quantities.Serialization;

/// <summary>
/// Reads and writes UnitsNet quantities (<c>UnitsNet.Power</c>, <c>UnitsNet.BitRate</c> ...) in this library's wire
/// format, with this library's parser: a string of the shortest round-trip number, one space and the abbreviation,
/// <c>"700 W"</c>, written in the unit the value carries. No reflection.
/// </summary>
/// <remarks>
/// <para>Every UnitsNet quantity that a quantity of this library maps to is supported (<see cref="Types"/>; the table is
/// in docs/unitsnet.md). A value is read exactly as the library's own quantity is, so <c>"1 Gb/s"</c> is one gigabit per
/// second (UnitsNet's own parser reads it as a gigabyte per second) and every bad text gets the same message as for the
/// library's quantity; then it becomes the UnitsNet value with <see cref="IUnitsNetConvertible{TSelf, TUnitsNet}.ToUnitsNet"/>.
/// A value UnitsNet cannot hold (above about 7.9E+28 for a decimal-backed quantity) is a <see cref="JsonException"/>
/// naming the value and the range.</para>
/// <para>A UnitsNet value is written through <see cref="IUnitsNetConvertible{TSelf, TUnitsNet}.FromUnitsNet"/>: in its
/// own unit, or in the library's unit that UnitsNet's conversion gives for a unit this library lacks (horsepower becomes
/// watts). <see cref="AiInfraJson.Options"/> includes this factory.</para>
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

    /// <summary>The System.Text.Json metadata of a UnitsNet type, or null for another type.</summary>
    internal static JsonTypeInfo? CreateTypeInfo(Type type, JsonSerializerOptions options) =>
        UnitsNetJsonTable.Find(type)?.CreateTypeInfo(options);
}

/// <summary>The converter of one UnitsNet type and its metadata, created without reflection.</summary>
internal abstract class UnitsNetJsonEntry
{
    public abstract JsonConverter Converter { get; }

    public abstract JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options);
}

/// <inheritdoc />
internal sealed class UnitsNetJsonEntry<TQuantity, TUnit, TUnitsNet> : UnitsNetJsonEntry
    where TQuantity : struct, IQuantity<TQuantity, TUnit>, IUnitsNetConvertible<TQuantity, TUnitsNet>
    where TUnit : struct, Enum
    where TUnitsNet : struct, global::UnitsNet.IQuantity
{
    private readonly UnitsNetQuantityJsonConverter<TQuantity, TUnit, TUnitsNet> _converter = new();

    private UnitsNetJsonEntry()
    {
    }

    public static UnitsNetJsonEntry<TQuantity, TUnit, TUnitsNet> Instance { get; } = new();

    public override JsonConverter Converter => _converter;

    public override JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options) => JsonMetadataServices.CreateValueInfo<TUnitsNet>(options, _converter);
}
