using AiInfra.Domain.Serialization;

namespace AiInfra.Domain;

/// <summary>The JSON Schemas (draft 2020-12) of the records generated from spec files.</summary>
public static class AiInfraSchemas
{
    /// <summary>The schema of <typeparamref name="T"/>, as indented JSON text.</summary>
    public static string For<T>()
        where T : class, IAiInfraEntity<T> => T.JsonSchema;

    /// <summary>
    /// The schema of every generated record in the loaded assemblies (this library's, and your project's once any
    /// of its types has been used), by entity name, ordered by type name.
    /// </summary>
    public static IReadOnlyList<(string EntityName, Type Type, string Schema)> All =>
        AiInfraTypeRegistry.Types.Select(r => (r.EntityName, r.Type, r.Schema())).ToArray();
}
