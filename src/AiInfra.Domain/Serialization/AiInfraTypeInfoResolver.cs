using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiInfra.Domain.Quantities;

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

        return Quantity.TryGetInfoByValueType(type, out var quantity) ? quantity.CreateJsonTypeInfo(options) : null;
    }
}
