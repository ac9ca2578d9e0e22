using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// The System.Text.Json converter of every generated record: its Read and Write are the record's generated
/// <see cref="Utf8JsonReader"/> and <see cref="Utf8JsonWriter"/> code, with no reflection. Reading throws one
/// <see cref="AiInfraJsonException"/> that lists every error, and never returns an invalid object.
/// </summary>
/// <typeparam name="T">The generated record.</typeparam>
public sealed class AiInfraEntityConverter<T> : JsonConverter<T>
    where T : class, IAiInfraEntity<T>
{
    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var context = new JsonReadContext();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        T? value;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonValueReaders.Expect(ref reader, context, JsonTokenType.StartObject, $"a {T.EntityName} object");
            value = null;
        }
        else
        {
            try
            {
                value = T.ReadJson(ref reader, context);
            }
            catch (InvalidOperationException exception) when (exception.InnerException is System.Text.DecoderFallbackException)
            {
                // A string that is not valid UTF-8: the reader throws when it decodes it.
                context.AddError(ref reader, ErrorCodes.MalformedJson, "The text is not valid UTF-8.");
                value = null;
            }
        }

        if (context.ErrorCount > 0 || value is null)
        {
            throw new AiInfraJsonException(context.GetErrors());
        }

        var validation = value.Validate();
        return validation.IsValid ? value : throw new AiInfraJsonException(validation.Errors);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => T.WriteJson(writer, value);
}
