using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Serialization;

namespace AiInfra.Domain.Serialization;

/// <summary>Resolves System.Text.Json metadata for generated records and quantities, with no reflection.</summary>
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
            return quantity.CreateJsonTypeInfo(options);
        }

        // Behind a switch that trimming can fold, so that an app that never uses UnitsNet does not compile UnitsNet in.
        if (UnitsNetJsonSupport.IsSupported)
        {
            return UnitsNetJsonConverterFactory.CreateTypeInfo(type, options);
        }

        return UnitsNetJsonSupport.ErrorWhenOff(type) is { } off ? throw off : null;
    }
}
