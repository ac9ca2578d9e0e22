using System.Collections.Concurrent;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// The generated records of every loaded assembly, registered by a module initializer that the generator emits,
/// so that <see cref="AiInfraJson.Options"/> and <see cref="AiInfraSchemas.All"/> know them with no reflection.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static class AiInfraTypeRegistry
{
    private static readonly ConcurrentDictionary<Type, Registration> s_types = new();

    /// <summary>Registers a generated record. Called by generated module initializers; calling it twice is harmless.</summary>
    public static void Register<T>()
        where T : class, IAiInfraEntity<T> =>
        s_types.TryAdd(typeof(T), new Registration(
            typeof(T),
            T.EntityName,
            static () => T.JsonSchema,
            static options => JsonMetadataServices.CreateValueInfo<T>(options, new AiInfraEntityConverter<T>())));

    /// <summary>Every registered record, ordered by full type name.</summary>
    public static IReadOnlyList<Registration> Types =>
        s_types.Values.OrderBy(r => r.Type.FullName, StringComparer.Ordinal).ToArray();

    internal static bool TryGet(Type type, out Registration registration) => s_types.TryGetValue(type, out registration!);

    /// <summary>One registered record.</summary>
    /// <param name="Type">The record type.</param>
    /// <param name="EntityName">Its name in the spec file.</param>
    /// <param name="Schema">Gets its JSON Schema text.</param>
    /// <param name="CreateTypeInfo">Creates its System.Text.Json metadata for a set of options.</param>
    public sealed record Registration(Type Type, string EntityName, Func<string> Schema, Func<JsonSerializerOptions, JsonTypeInfo> CreateTypeInfo);
}
