using System.Text.Json;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>
/// Reads data files the way <c>aiinfra validate</c> and <c>aiinfra audit</c> describe: a catalogue file
/// (<c>*.catalog.json</c>, or any object with "entity" and "entries") is read entry by entry as the entity it names;
/// any other file is one object, or an array of objects, of the entity given with --type. Every entry goes through
/// the library's own reader and validator, and every error is located at its line and column in the file.
/// </summary>
internal sealed class DocumentLoader(AiInfraTypeRegistry.Registration? type)
{
    /// <summary>The top-level properties of a catalogue file, as the generator accepts them.</summary>
    private static readonly string[] CatalogueKeys = ["entity", "entries", "namespace", "name", "description", "sources", "defaultSource", "$schema"];

    private static readonly JsonReaderOptions Strict = new() { MaxDepth = 1000 };

    /// <summary>Reads one file. Never throws for bad content or a missing file: the problem is in the result.</summary>
    public LoadedFile Load(string path)
    {
        byte[] text;
        try
        {
            if (Directory.Exists(path))
            {
                return Unreadable(path, "it is a directory, not a file");
            }

            text = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return Unreadable(path, "no such file");
        }
        catch (UnauthorizedAccessException)
        {
            return Unreadable(path, "access is denied");
        }
        catch (IOException exception)
        {
            return Unreadable(path, exception.Message);
        }

        if (text.AsSpan().StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        var file = new FileReading(path, text);
        if (path.EndsWith(".catalog.json", StringComparison.OrdinalIgnoreCase) || LooksLikeCatalogue(text))
        {
            return file.Catalogue();
        }

        if (type is null)
        {
            if (file.MalformedError() is { } malformed)
            {
                return new LoadedFile(path, FileShape.Malformed, null, 0, [], [malformed]);
            }

            return new LoadedFile(path, FileShape.Undetermined, null, 0, [], [],
                $"it is not a catalogue file (*.catalog.json, or an object with \"entity\" and \"entries\"), so pass --type <entity> to say what it holds");
        }

        return file.Typed(type);
    }

    private static LoadedFile Unreadable(string path, string problem) => new(path, FileShape.Unreadable, null, 0, [], [], problem);

    /// <summary>True when the text is (leniently) a JSON object with a string "entity" and an array "entries" at its top level.</summary>
    private static bool LooksLikeCatalogue(byte[] text)
    {
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 1000 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            bool entity = false, entries = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isEntity = reader.ValueTextEquals("entity");
                var isEntries = reader.ValueTextEquals("entries");
                reader.Read();
                entity |= isEntity && reader.TokenType == JsonTokenType.String;
                entries |= isEntries && reader.TokenType == JsonTokenType.StartArray;
                reader.Skip();
            }

            return entity && entries;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The reading of one file's text.</summary>
    private sealed class FileReading(string path, byte[] text)
    {
        private readonly TextMap _map = new(text);
        private readonly List<FileError> _errors = [];
        private readonly List<LoadedEntry> _entries = [];

        /// <summary>A file of one entity object, or an array of them, read strictly as the library does.</summary>
        public LoadedFile Typed(AiInfraTypeRegistry.Registration registration)
        {
            if (FirstToken(text) != JsonTokenType.StartArray)
            {
                ReadEntry(registration, text, 0, string.Empty);
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
                ReadEntry(registration, text, items[i].Start, "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), items[i].End);
            }

            return Done(FileShape.Array, registration, items.Count);
        }

        /// <summary>A catalogue file: its header checked, then each entry read as the entity it names.</summary>
        public LoadedFile Catalogue()
        {
            byte[] strict;
            try
            {
                strict = LenientJson.ToStrict(text);
            }
            catch (JsonException exception)
            {
                AddMalformed(exception);
                return Done(FileShape.Catalogue, null, 0);
            }

            var reader = new Utf8JsonReader(strict, Strict);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                AddAt(reader.TokenStartIndex, ErrorCodes.WrongType, string.Empty, "A catalogue file is a JSON object with \"entity\" and \"entries\".");
                return Done(FileShape.Catalogue, null, 0);
            }

            var rootStart = reader.TokenStartIndex;
            string? entityName = null;
            long entityOffset = rootStart;
            var items = new List<(long Start, long End)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var hasEntries = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var nameOffset = reader.TokenStartIndex;
                var pointer = "/" + JsonReadContext.EscapePointerToken(name);
                reader.Read();
                if (!seen.Add(name))
                {
                    AddAt(nameOffset, ErrorCodes.DuplicateProperty, pointer, $"The property \"{name}\" appears more than once.");
                }
                else if (name == "entity")
                {
                    entityOffset = reader.TokenStartIndex;
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        entityName = reader.GetString();
                    }
                    else
                    {
                        AddAt(reader.TokenStartIndex, ErrorCodes.WrongType, pointer, "Expected the entity's name, a string such as \"Accelerator\".");
                    }
                }
                else if (name == "entries")
                {
                    hasEntries = true;
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            var start = reader.TokenStartIndex;
                            reader.Skip();
                            items.Add((start, reader.BytesConsumed));
                        }

                        continue;
                    }

                    AddAt(reader.TokenStartIndex, ErrorCodes.WrongType, pointer, "Expected an array of entries.");
                }
                else if (!CatalogueKeys.Contains(name))
                {
                    AddAt(nameOffset, ErrorCodes.UnknownProperty, pointer, $"A catalogue file has no property \"{name}\"; its properties are {string.Join(", ", CatalogueKeys.Take(7))}.");
                }

                reader.Skip();
            }

            if (!seen.Contains("entity"))
            {
                AddAt(rootStart, ErrorCodes.MissingProperty, "/entity", "A catalogue file names its entity in \"entity\", such as \"Accelerator\".");
            }

            if (!hasEntries)
            {
                AddAt(rootStart, ErrorCodes.MissingProperty, "/entries", "A catalogue file holds its entries in \"entries\", an array.");
            }

            AiInfraTypeRegistry.Registration? registration = null;
            if (entityName is not null)
            {
                registration = Entities.Find(entityName, out var problem);
                if (registration is null)
                {
                    AddAt(entityOffset, CliErrorCodes.UnknownEntity, "/entity", problem!);
                }
            }

            if (registration is not null)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    ReadEntry(registration, strict, items[i].Start, "/entries/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), items[i].End);
                }

                CheckDuplicateIds(strict, items);
            }

            return Done(FileShape.Catalogue, registration, items.Count);
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
        private void ReadEntry(AiInfraTypeRegistry.Registration registration, byte[] source, long start, string pointer, long? end = null)
        {
            var slice = source.AsSpan((int)start, (int)((end ?? source.Length) - start));
            if (registration.TryDeserialize(slice, out var value, out var errors))
            {
                var (line, column) = _map.Position(start);
                _entries.Add(new LoadedEntry(registration, value, ReadId(slice), pointer, line, column));
                return;
            }

            foreach (var error in errors)
            {
                var full = pointer + error.Path;
                long? offset = error.Line is { } l
                    ? _map.OffsetInPart(start, l, error.Column ?? 1)
                    : JsonPointerLocator.Locate(source, full);
                AddAt(offset, error.Code, full, error.Message);
            }
        }

        private void CheckDuplicateIds(byte[] source, List<(long Start, long End)> items)
        {
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (ReadId(source.AsSpan((int)items[i].Start, (int)(items[i].End - items[i].Start))) is not { } id)
                {
                    continue;
                }

                if (first.TryGetValue(id, out var earlier))
                {
                    var pointer = $"/entries/{i}/id";
                    AddAt(JsonPointerLocator.Locate(source, pointer), CliErrorCodes.DuplicateId, pointer, $"The id \"{id}\" is already used by /entries/{earlier}.");
                }
                else
                {
                    first.Add(id, i);
                }
            }
        }

        /// <summary>The string "id" at the top level of an entry, if any.</summary>
        private static string? ReadId(ReadOnlySpan<byte> entry)
        {
            var reader = new Utf8JsonReader(entry, Strict);
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return null;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isId = reader.ValueTextEquals("id");
                    reader.Read();
                    if (isId && reader.TokenType == JsonTokenType.String)
                    {
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
            long? offset = exception.LineNumber is { } line ? _map.OffsetInPart(0, line + 1, (exception.BytePositionInLine ?? 0) + 1) : null;
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
}
