using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// The System.Text.Json converter of every generated record: its Read and Write are the record's generated
/// <see cref="Utf8JsonReader"/> and <see cref="Utf8JsonWriter"/> code, with no reflection. Reading throws one
/// <see cref="AiInfraJsonException"/> that lists every error with its JSON Pointer, line and column, malformed text
/// included, and never returns an invalid object.
/// </summary>
/// <remarks>
/// <para>The document <c>null</c> is an error, whether the target is written <c>T</c> or <c>T?</c> (System.Text.Json passes
/// both as the same type); so is writing a null record as the whole document. Inside the caller's own types (a property
/// of a class of theirs), a JSON null is read as null and a null record written as null, and the nullability rules of
/// those types apply. Errors inside such a type are listed with paths relative to the record, and the exception's
/// <see cref="JsonException.Path"/> says where the record is.</para>
/// </remarks>
/// <typeparam name="T">The generated record.</typeparam>
public sealed class AiInfraEntityConverter<T> : JsonConverter<T>
    where T : class, IAiInfraEntity<T>
{
    private static readonly string s_description = $"a {T.EntityName} object";

    /// <summary>True: the converter reads a JSON null itself, to report the document null.</summary>
    public override bool HandleNull => true;

    /// <inheritdoc />
    /// <exception cref="AiInfraJsonException">The JSON is malformed or the record invalid; the exception lists every error.</exception>
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializerBridge.ReadsNull(ref reader)
            ? null
            : JsonSerializerBridge.Read<T>(ref reader, ReadRecord, static (value, context) => JsonDocumentReader.ValidateRead(value, context).Errors, s_description);

    // The record as AiInfraJson reads a document: a token other than an object is an error that names the record.
    private static bool ReadRecord(ref AiInfraJsonReader reader, JsonReadContext context, out T value) =>
        JsonDocumentReader.ReadDocument(ref reader, context, out value!);

    /// <inheritdoc />
    /// <exception cref="AiInfraJsonException">The record is null (as the whole document), or holds a value JSON cannot carry.</exception>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializerBridge.Write(writer, value, JsonValueWriters.WriteEntity<T>, s_description);
}
