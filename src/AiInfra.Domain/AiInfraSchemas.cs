using AiInfra.Domain.Serialization;

namespace AiInfra.Domain;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the records generated from spec files. Each declares as its <c>$schema</c> the
/// library's dialect, <see cref="MetaSchemaId"/>: draft 2020-12 with the <c>x-aiinfra-*</c> annotation keywords as a
/// vocabulary (see docs/serialization.md for registering them with a validator in strict mode, such as Ajv).
/// </summary>
public static class AiInfraSchemas
{
    /// <summary>The <c>$id</c> of <see cref="MetaSchema"/>, and the <c>$schema</c> of every generated schema.</summary>
    public const string MetaSchemaId = "urn:aiinfra:schema:meta:2020-12";

    private static readonly Lazy<string> s_metaSchema = new(ReadMetaSchema);

    /// <summary>
    /// The meta-schema of the generated schemas, as JSON text: draft 2020-12 (by <c>$ref</c>) with the annotation
    /// keywords <c>x-aiinfra-quantity</c>, <c>x-aiinfra-unit</c>, <c>x-aiinfra-type</c> and <c>x-aiinfra-reference</c>,
    /// declared in <c>$vocabulary</c> as an optional vocabulary (they only annotate, they never change validity).
    /// Give it to a validator that resolves <c>$schema</c> (Ajv: <c>addMetaSchema</c>). Also shipped in the package's
    /// <c>schemas/aiinfra.meta.schema.json</c>.
    /// </summary>
    public static string MetaSchema => s_metaSchema.Value;

    /// <summary>The schema of <typeparamref name="T"/>, as indented JSON text.</summary>
    public static string For<T>()
        where T : class, IAiInfraEntity<T> => T.JsonSchema;

    /// <summary>
    /// The schema of every generated record in the loaded assemblies (this library's, and your project's once any
    /// of its types has been used), by entity name, ordered by type name.
    /// </summary>
    public static IReadOnlyList<(string EntityName, Type Type, string Schema)> All =>
        AiInfraTypeRegistry.Types.Select(r => (r.EntityName, r.Type, r.Schema())).ToArray();

    private static string ReadMetaSchema()
    {
        using var stream = typeof(AiInfraSchemas).Assembly.GetManifestResourceStream("aiinfra.meta.schema.json")
            ?? throw new InvalidOperationException("The meta-schema aiinfra.meta.schema.json is missing from the assembly's resources.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
