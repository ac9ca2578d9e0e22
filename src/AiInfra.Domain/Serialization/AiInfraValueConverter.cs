using System.Text.Json;
using System.Text.Json.Serialization;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// The converter <see cref="AiInfraJson.Options"/> uses for a value type read on its own (a quantity, <c>Money</c>,
/// <c>ReportingPeriod</c>, <c>Currency</c>): the value reader and writer that generated code uses, behind
/// <see cref="JsonSerializerBridge"/>, so that every error is an <see cref="AiInfraJsonException"/>. No reflection.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class AiInfraValueConverter<T> : JsonConverter<T>
    where T : struct
{
    private readonly JsonValueReader<T> _read;
    private readonly JsonValueWriter<T> _write;
    private readonly string _description;
    private readonly JsonKeyParser<T>? _parseKey;
    private readonly Func<T, string>? _keyText;

    /// <param name="read">Reads the value (reports a JSON null as an error).</param>
    /// <param name="write">Writes the value (refuses what cannot be read back).</param>
    /// <param name="description">What the value is, for messages: "an amount of money such as \"80 bn USD\"".</param>
    /// <param name="parseKey">Parses the value written as a property name, when it can key a dictionary.</param>
    /// <param name="keyText">Formats the value as a property name (throws what the writer throws for a value it refuses).</param>
    public AiInfraValueConverter(JsonValueReader<T> read, JsonValueWriter<T> write, string description, JsonKeyParser<T>? parseKey = null, Func<T, string>? keyText = null)
    {
        _read = read;
        _write = write;
        _description = description;
        _parseKey = parseKey;
        _keyText = keyText;
    }

    /// <summary>True: a JSON null is read by the value reader, which reports it.</summary>
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializerBridge.Read(ref reader, _read, null, _description);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializerBridge.Write(writer, value, _write, _description);

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (_parseKey is null)
        {
            return base.ReadAsPropertyName(ref reader, typeToConvert, options);
        }

        var key = reader.GetString()!;
        return _parseKey(key, out var value)
            ? value
            : throw new AiInfraJsonException([new AiInfraError(string.Empty, ErrorCodes.UnknownEnumValue, $"\"{key}\" is not a key of this map; expected {_description}.")], isDocument: false);
    }

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (_keyText is null)
        {
            base.WriteAsPropertyName(writer, value, options);
            return;
        }

        string key;
        try
        {
            key = _keyText(value);
        }
        catch (Exception exception) when (JsonSerializerBridge.ToWriteError(exception, string.Empty, isDocument: false) is { } error)
        {
            throw error;
        }

        writer.WritePropertyName(key);
    }
}
