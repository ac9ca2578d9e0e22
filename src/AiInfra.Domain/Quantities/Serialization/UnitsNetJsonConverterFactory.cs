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
    /// The metadata of a UnitsNet type (or of its nullable form) made by <paramref name="factory"/>, or null for another
    /// type: how <see cref="AiInfraJson.Options"/>'s resolver, outside the quantity runtime, reaches the types without reflection.
    /// </summary>
    internal static JsonTypeInfo? CreateTypeInfo(IUnitsNetJsonTypeInfoFactory factory, Type type, JsonSerializerOptions options) =>
        UnitsNetJsonTable.Find(type)?.CreateTypeInfo(factory, options, nullable: false)
        ?? (Nullable.GetUnderlyingType(type) is { } underlying ? UnitsNetJsonTable.Find(underlying)?.CreateTypeInfo(factory, options, nullable: true) : null);
}

/// <summary>Makes the System.Text.Json metadata of a UnitsNet type given its types (see <see cref="UnitsNetJsonConverterFactory.CreateTypeInfo"/>).</summary>
internal interface IUnitsNetJsonTypeInfoFactory
{
    /// <summary>The metadata of <typeparamref name="TUnitsNet"/>, or of its nullable form.</summary>
    JsonTypeInfo Create<TQuantity, TUnit, TUnitsNet>(JsonSerializerOptions options, bool nullable)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>, IUnitsNetConvertible<TQuantity, TUnitsNet>
        where TUnit : struct, Enum
        where TUnitsNet : struct, global::UnitsNet.IQuantity;
}

/// <summary>The converter of one UnitsNet type, and its metadata, created without reflection.</summary>
internal abstract class UnitsNetJsonEntry
{
    /// <summary>The converter for any options: errors are <see cref="JsonException"/>s, as the library quantity's own converter's.</summary>
    public abstract JsonConverter Converter { get; }

    /// <summary>The metadata that <paramref name="factory"/> makes for this type.</summary>
    public abstract JsonTypeInfo CreateTypeInfo(IUnitsNetJsonTypeInfoFactory factory, JsonSerializerOptions options, bool nullable);
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

    public override JsonTypeInfo CreateTypeInfo(IUnitsNetJsonTypeInfoFactory factory, JsonSerializerOptions options, bool nullable) =>
        factory.Create<TQuantity, TUnit, TUnitsNet>(options, nullable);
}
