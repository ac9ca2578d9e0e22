using System.Globalization;
using System.Text.Json;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>The reading of one file's text: its entries and its errors, each located in the file.</summary>
internal sealed partial class FileReading(string path, byte[] text, Entities entities)
{
    private static readonly JsonReaderOptions Strict = new() { MaxDepth = 1000 };

    private readonly TextMap _map = new(text);
    private readonly List<FileError> _errors = [];
    private readonly List<LoadedEntry> _entries = [];

    /// <summary>A text that is not UTF-8: one error at its first bad byte.</summary>
    public LoadedFile NotText(long offset)
    {
        AddAt(offset, ErrorCodes.MalformedJson, string.Empty, JsonStrings.InvalidUtf8);
        return Done(FileShape.Malformed, null, 0);
    }

    /// <summary>A file of one entity object, or an array of them, read strictly as the library does.</summary>
    public LoadedFile Typed(AiInfraTypeRegistry.Registration registration)
    {
        if (FirstToken(text) != JsonTokenType.StartArray)
        {
            ReadEntry(registration, text, 0, text.Length, string.Empty);
            return Done(FileShape.Single, registration, 1);
        }

        var items = new List<(long Start, long End)>();
        var reader = new Utf8JsonReader(text, Strict);
        try
        {
            reader.Read();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = reader.TokenStartIndex;
                reader.Skip();
                items.Add((start, reader.BytesConsumed));
            }

            if (reader.Read())
            {
                AddAt(reader.TokenStartIndex, ErrorCodes.MalformedJson, string.Empty, "Unexpected content after the end of the JSON array.");
            }
        }
        catch (JsonException exception)
        {
            AddMalformed(exception);
            return Done(FileShape.Array, registration, items.Count);
        }

        for (var i = 0; i < items.Count; i++)
        {
            ReadEntry(registration, text, items[i].Start, items[i].End, "/" + i.ToString(CultureInfo.InvariantCulture));
        }

        return Done(FileShape.Array, registration, items.Count);
    }

    /// <summary>The malformed-JSON error of a text that is not JSON (even leniently); null when it is JSON.</summary>
    public FileError? MalformedError()
    {
        try
        {
            LenientJson.ToStrict(text);
            return null;
        }
        catch (JsonException exception)
        {
            AddMalformed(exception);
            return _errors[^1];
        }
    }

    /// <summary>Reads one entry with the library, mapping its errors' paths and positions into the file.</summary>
    private void ReadEntry(AiInfraTypeRegistry.Registration registration, byte[] source, long start, long end, string pointer)
    {
        var slice = source.AsSpan((int)start, (int)(end - start));
        if (registration.TryDeserialize(slice, out var value, out var errors))
        {
            var (line, column) = _map.Position(start);
            _entries.Add(new LoadedEntry(registration, value, ReadId(slice), pointer, line, column));
            return;
        }

        foreach (var error in errors)
        {
            // Positions are found within the entry, never from the start of the file: a file of many entries with
            // many errors is mapped in time linear in its size.
            long? offset = error.Line is { } l
                ? _map.OffsetInPart(start, l, error.Column ?? 1)
                : JsonPointerLocator.Locate(slice, error.Path) + start;
            AddAt(offset, error.Code, pointer + error.Path, error.Message);
        }
    }

    /// <summary>The string "id" at the top level of an entry (valid text), if any.</summary>
    private static string? ReadId(ReadOnlySpan<byte> entry) => ReadId(entry, out _);

    private static string? ReadId(ReadOnlySpan<byte> entry, out long offset)
    {
        offset = 0;
        var reader = new Utf8JsonReader(entry, Strict);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                reader.Read();
                if (isId && reader.TokenType == JsonTokenType.String)
                {
                    offset = reader.TokenStartIndex;
                    return reader.GetString();
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A malformed entry has already been reported by the library's reader.
        }

        return null;
    }

    private static JsonTokenType FirstToken(byte[] source)
    {
        var reader = new Utf8JsonReader(source, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            return reader.Read() ? reader.TokenType : JsonTokenType.None;
        }
        catch (JsonException)
        {
            return JsonTokenType.None;
        }
    }

    private void AddMalformed(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut > 0 ? message[..cut] : message).TrimEnd(' ', '|', '.') + ".";
        long? offset = exception.LineNumber is { } line ? _map.OffsetOfBytePosition(line + 1, exception.BytePositionInLine ?? 0) : null;
        AddAt(offset, ErrorCodes.MalformedJson, string.Empty, message);
    }

    private void AddAt(long? offset, string code, string pointer, string message)
    {
        if (offset is { } at)
        {
            var (line, column) = _map.Position(at);
            _errors.Add(new FileError(path, at, line, column, code, pointer, message));
        }
        else
        {
            _errors.Add(new FileError(path, null, null, null, code, pointer, message));
        }
    }

    private LoadedFile Done(FileShape shape, AiInfraTypeRegistry.Registration? registration, int count)
    {
        var ordered = _errors
            .OrderBy(e => e.Offset ?? long.MaxValue)
            .ThenBy(e => e.Pointer, StringComparer.Ordinal)
            .ThenBy(e => e.Code, StringComparer.Ordinal)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .ToArray();
        return new LoadedFile(path, shape, registration, count, _entries.ToArray(), ordered);
    }
}
