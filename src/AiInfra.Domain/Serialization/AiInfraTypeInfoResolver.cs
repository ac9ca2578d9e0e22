using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Serialization;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// Resolves System.Text.Json metadata, with no reflection, for the generated records, collections of them (see
/// <see cref="EntityCollections"/>), every quantity and <see cref="UnitPrice{TQuantity, TUnit}"/> of one, <see cref="Money"/>, <see cref="ReportingPeriod"/> and
/// <see cref="Currency"/> (and their nullable forms); null for any other type, so that it combines with other resolvers.
/// Every converter it makes reports bad JSON as one <see cref="AiInfraJsonException"/>.
/// </summary>
internal sealed class AiInfraTypeInfoResolver : IJsonTypeInfoResolver
{
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (AiInfraTypeRegistry.TryGet(type, out var registration))
        {
            return registration.CreateTypeInfo(options);
        }

        if (Quantity.TryGetInfoByValueType(type, out var quantity))
        {
            return quantity.CreateJsonTypeInfo(QuantityTypeInfos.Instance, options, nullable: false);
        }

        if (SerializerValues.CreateTypeInfo(type, options) is { } value)
        {
            return value;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying && Quantity.TryGetInfoByValueType(underlying, out quantity))
        {
            return quantity.CreateJsonTypeInfo(QuantityTypeInfos.Instance, options, nullable: true);
        }

        if (PricedQuantity(type, out var nullablePrice) is { } priced && Quantity.TryGetInfoByValueType(priced, out quantity))
        {
            return quantity.CreateJsonTypeInfo(PriceTypeInfos.Instance, options, nullablePrice);
        }

        if (EntityCollections.ItemTypeOf(type) is { } item && AiInfraTypeRegistry.TryGet(item, out registration))
        {
            return registration.CreateCollectionTypeInfo?.Invoke(type, options);
        }

        // Behind a switch that trimming can fold, so that an app that never uses UnitsNet does not compile UnitsNet in.
        if (UnitsNetJsonSupport.IsSupported)
        {
            return UnitsNetJsonConverterFactory.CreateTypeInfo(UnitsNetTypeInfos.Instance, type, options);
        }

        return UnitsNetJsonSupport.ErrorWhenOff(type) is { } off ? throw off : null;
    }

    /// <summary>The quantity a <see cref="UnitPrice{TQuantity, TUnit}"/> (or its nullable form) prices; null for any other type.</summary>
    private static Type? PricedQuantity(Type type, out bool nullable)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        nullable = underlying is not null;
        var price = underlying ?? type;
        return price.IsGenericType && price.GetGenericTypeDefinition() == typeof(UnitPrice<,>) ? price.GetGenericArguments()[0] : null;
    }

    /// <summary>A price read or written on its own, "0.12 USD/kWh", as a record's price property reads and writes it.</summary>
    private sealed class PriceTypeInfos : IQuantityJsonTypeInfoFactory
    {
        public static readonly PriceTypeInfos Instance = new();

        public JsonTypeInfo Create<TQuantity, TUnit>(JsonSerializerOptions options, bool nullable)
            where TQuantity : struct, IQuantity<TQuantity, TUnit>
            where TUnit : struct, Enum =>
            nullable
                ? SerializerValues.Nullable<UnitPrice<TQuantity, TUnit>>(options)
                : JsonMetadataServices.CreateValueInfo<UnitPrice<TQuantity, TUnit>>(options, new AiInfraValueConverter<UnitPrice<TQuantity, TUnit>>(
                    JsonValueReaders.TryReadUnitPrice<TQuantity, TUnit>,
                    JsonValueWriters.WriteUnitPrice<TQuantity, TUnit>,
                    $"a price per unit of {TQuantity.Info.Name} as a string such as \"{UnitPrice<TQuantity, TUnit>.Example()}\""));
    }

    /// <summary>
    /// A quantity read or written on its own: the reader generated code uses, with no declared unit, so that a bare
    /// number is an error (the text must say its unit, "700 W").
    /// </summary>
    private sealed class QuantityTypeInfos : IQuantityJsonTypeInfoFactory
    {
        public static readonly QuantityTypeInfos Instance = new();

        public JsonTypeInfo Create<TQuantity, TUnit>(JsonSerializerOptions options, bool nullable)
            where TQuantity : struct, IQuantity<TQuantity, TUnit>
            where TUnit : struct, Enum =>
            nullable
                ? SerializerValues.Nullable<TQuantity>(options)
                : JsonMetadataServices.CreateValueInfo<TQuantity>(options, new AiInfraValueConverter<TQuantity>(
                    JsonValueReaders.TryReadQuantityWithUnit<TQuantity, TUnit>,
                    JsonValueWriters.WriteQuantity<TQuantity, TUnit>,
                    $"a {TQuantity.Info.Name} as a string such as \"1 {TQuantity.GetAbbreviation(TQuantity.BaseUnit)}\""));
    }
}
