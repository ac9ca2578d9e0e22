using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Serialization;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// A UnitsNet quantity read or written through <see cref="AiInfraJson.Options"/>: as the options read and write the
/// library quantity it maps to (so bad JSON is one <see cref="AiInfraJsonException"/> with the same errors), then
/// converted; a value UnitsNet cannot hold is a <see cref="ErrorCodes.OutOfRange"/> error at it.
/// </summary>
internal sealed class UnitsNetTypeInfos : IUnitsNetJsonTypeInfoFactory
{
    public static readonly UnitsNetTypeInfos Instance = new();

    public JsonTypeInfo Create<TQuantity, TUnit, TUnitsNet>(JsonSerializerOptions options, bool nullable)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>, IUnitsNetConvertible<TQuantity, TUnitsNet>
        where TUnit : struct, Enum
        where TUnitsNet : struct, global::UnitsNet.IQuantity =>
        nullable
            ? SerializerValues.Nullable<TUnitsNet>(options)
            : JsonMetadataServices.CreateValueInfo<TUnitsNet>(options, new AiInfraValueConverter<TUnitsNet>(
                Read<TQuantity, TUnit, TUnitsNet>,
                static (writer, value) => JsonValueWriters.WriteQuantity<TQuantity, TUnit>(writer, TQuantity.FromUnitsNet(value)),
                $"a {TQuantity.Info.Name} as a string such as \"1 {TQuantity.GetAbbreviation(TQuantity.BaseUnit)}\""));

    private static bool Read<TQuantity, TUnit, TUnitsNet>(ref AiInfraJsonReader reader, JsonReadContext context, out TUnitsNet value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>, IUnitsNetConvertible<TQuantity, TUnitsNet>
        where TUnit : struct, Enum
        where TUnitsNet : struct, global::UnitsNet.IQuantity
    {
        if (!JsonValueReaders.TryReadQuantityWithUnit<TQuantity, TUnit>(ref reader, context, out var quantity))
        {
            value = default;
            return false;
        }

        return JsonValueReaders.ToUnitsNet<TQuantity, TUnit, TUnitsNet>(ref reader, context, quantity, out value);
    }
}
