using System.Text.Json;
using AiInfra.Domain.Rules;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>
/// Reads data files the way <c>aiinfra validate</c> and <c>aiinfra audit</c> describe: a catalogue file
/// (<c>*.catalog.json</c>, or any object with "entity" and "entries") is read entry by entry as the entity it names,
/// with the build's rules for its header, sources and ids; any other file is one object, or an array of objects, of
/// the entity given with --type. Every entry goes through the library's own reader and validator, and every error is
/// located at its line and column in the file.
/// </summary>
internal sealed class DocumentLoader(AiInfraTypeRegistry.Registration? type, Entities entities)
{
    /// <summary>The largest file read: the library's limit for one document.</summary>
    public static long SizeLimit => AiInfraJsonLimits.Default.MaxDocumentSize;

    /// <summary>
    /// Reads one file. Never throws: bad content, a missing or non-regular file, or a file over the size limit is in
    /// the result; an exception (a bug in the tool) is too, as <see cref="FileShape.Failed"/>, so the other files are read.
    /// </summary>
    public LoadedFile Load(string path)
    {
        try
        {
            return Read(path);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new LoadedFile(path, FileShape.Failed, null, 0, [], [], $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private LoadedFile Read(string path)
    {
        if (FileBytes.Read(path, SizeLimit, out var problem) is not { } text)
        {
            return new LoadedFile(path, FileShape.Unreadable, null, 0, [], [], problem);
        }

        if (text.AsSpan().StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        var file = new FileReading(path, text, entities);
        if (JsonStrings.FirstInvalidUtf8(text) is var invalid and >= 0)
        {
            return file.NotText(invalid);
        }

        if (path.EndsWith(CatalogRules.Extension, StringComparison.OrdinalIgnoreCase) || LooksLikeCatalogue(text))
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
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return false;
        }
    }
}
