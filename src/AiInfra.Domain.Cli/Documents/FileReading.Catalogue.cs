using System.Globalization;
using System.Text.Json;
using AiInfra.Domain.Cli.Catalogue;
using AiInfra.Domain.Rules;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>
/// A catalogue file, checked as the build checks it: its header's keys and their types, "sources", "defaultSource",
/// the entity (known, with a required string id), the class name and namespace, then every entry with the library's
/// reader, the source of every figure, and the ids (unique, also once made C# names). The rules and their messages are
/// <see cref="CatalogRules"/>, the file the build's generator is compiled from too.
/// </summary>
internal sealed partial class FileReading
{
    /// <summary>A string of the header and where its value starts.</summary>
    private readonly record struct HeaderText(string Value, long Offset);

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

        if (JsonStrings.FirstLoneSurrogateEscape(strict) is var lone and >= 0)
        {
            // Not text: nothing in the file can be read as the strings it holds.
            AddAt(lone, ErrorCodes.MalformedJson, string.Empty, JsonStrings.LoneSurrogate);
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
        var header = new Dictionary<string, HeaderText>(StringComparer.Ordinal);
        var items = new List<(long Start, long End)>();
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = reader.TokenStartIndex;
            var name = reader.GetString()!;
            reader.Read();
            var pointer = "/" + JsonReadContext.EscapePointerToken(name);
            if (!seen.Add(name))
            {
                AddAt(nameOffset, ErrorCodes.DuplicateProperty, pointer, $"The property \"{name}\" appears more than once.");
            }
            else if (name == CatalogRules.SchemaKey)
            {
                // "$schema" may be anything, as in every file the build reads.
            }
            else if (CatalogRules.FileKey(name) is not { } key)
            {
                AddAt(nameOffset, ErrorCodes.UnknownProperty, pointer, $"A catalogue file has no property \"{name}\"; its properties are {string.Join(", ", CatalogRules.FileKeys)}.");
            }
            else if (reader.TokenType != TokenOf(key.Shape))
            {
                AddAt(reader.TokenStartIndex, ErrorCodes.WrongType, pointer, key.WrongType);
            }
            else if (key.Shape == CatalogValueShape.Array)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var start = reader.TokenStartIndex;
                    reader.Skip();
                    items.Add((start, reader.BytesConsumed));
                }

                continue;
            }
            else if (key.Shape == CatalogValueShape.Object)
            {
                ReadSources(ref reader, sources);
                continue;
            }
            else
            {
                header[name] = new HeaderText(reader.GetString()!, reader.TokenStartIndex);
            }

            reader.Skip();
        }

        foreach (var key in CatalogRules.FileKeyRules)
        {
            if (key.Required && !seen.Contains(key.Name))
            {
                AddAt(rootStart, ErrorCodes.MissingProperty, "/" + key.Name, key.Missing);
            }
        }

        var registration = header.TryGetValue(CatalogRules.EntityKey, out var entity) ? FindEntity(entity) : null;
        var shape = registration is null ? null : EntityShape.Of(registration);
        if (shape is { HasLookupId: false })
        {
            AddAt(entity.Offset, CatalogRules.NoId.Code, "/entity", CatalogRules.NoId.Format(entity.Value) + ".");
        }

        var className = CheckNames(header, entity, rootStart);
        string? defaultSource = null;
        if (header.TryGetValue("defaultSource", out var declared))
        {
            defaultSource = declared.Value;
            if (CatalogRules.DefaultSourceProblem(declared.Value, sources) is { } problem)
            {
                AddAt(declared.Offset, CatalogRules.UnknownDefaultSource.Code, "/defaultSource", problem + ".");
            }
        }

        if (registration is not null && shape is not null)
        {
            var ids = shape.HasLookupId ? new CatalogIds(className) : null;
            for (var i = 0; i < items.Count; i++)
            {
                var (start, end) = items[i];
                var pointer = "/entries/" + i.ToString(CultureInfo.InvariantCulture);
                ReadEntry(registration, strict, start, end, pointer);
                var slice = strict.AsSpan((int)start, (int)(end - start));
                CheckFigureSources(shape, slice, start, pointer, sources, defaultSource);
                var id = ReadId(slice, out var idOffset);
                if (ids?.Add(CatalogRules.EntryName(id, i), i, out _) is { } duplicate)
                {
                    AddAt(start + idOffset, CatalogRules.DuplicateId.Code, id is null ? pointer : pointer + "/id", CatalogRules.DuplicateId.Format(duplicate) + ".");
                }
            }
        }

        return Done(FileShape.Catalogue, registration, items.Count);
    }

    /// <summary>
    /// The entity a catalogue file names: its entity name exactly, as the build finds it among the spec files'
    /// entities (a user's own --type is lenient about case; a catalogue file is not).
    /// </summary>
    private AiInfraTypeRegistry.Registration? FindEntity(HeaderText entity)
    {
        var matches = entities.All.Where(r => string.Equals(r.EntityName, entity.Value, StringComparison.Ordinal)).ToArray();
        if (matches.Length == 1)
        {
            return matches[0];
        }

        AddAt(entity.Offset, CatalogRules.UnknownEntity.Code, "/entity", matches.Length == 0
            ? CatalogRules.UnknownEntity.Format(entity.Value, entities.Names) + "."
            : $"'{entity.Value}' names several entities ({string.Join(", ", matches.Select(m => m.Type.FullName))}), so a catalogue file cannot name it.");
        return null;
    }

    /// <summary>Checks the class name ("name", or the one made from the file's name) and "namespace"; returns the class name.</summary>
    private string CheckNames(Dictionary<string, HeaderText> header, HeaderText entity, long rootStart)
    {
        var hasName = header.TryGetValue("name", out var name);
        var className = CatalogRules.ClassName(hasName ? name.Value : null, path);
        if (!CSharpNames.IsPascalIdentifier(className))
        {
            var at = hasName ? name.Offset : entity.Value is null ? rootStart : entity.Offset;
            AddAt(at, CatalogRules.InvalidName.Code, "/name", CatalogRules.InvalidName.Format(className, CatalogRules.ClassNameRole) + ".");
        }
        else if (CatalogRules.IsTakenClassName(className))
        {
            var at = hasName ? name.Offset : entity.Value is null ? rootStart : entity.Offset;
            AddAt(at, CatalogRules.TakenName.Code, "/name", CatalogRules.TakenName.Format(className, CatalogRules.ClassNameRole, CatalogRules.TakenClassNameReason) + ".");
        }

        if (header.TryGetValue("namespace", out var ns) && !CSharpNames.IsNamespace(ns.Value))
        {
            AddAt(ns.Offset, CatalogRules.InvalidName.Code, "/namespace", CatalogRules.InvalidName.Format(ns.Value, CatalogRules.NamespaceRole) + ".");
        }

        return className;
    }

    /// <summary>Reads "sources" (the reader at its StartObject, left at its EndObject), adding each listed source id.</summary>
    private void ReadSources(ref Utf8JsonReader reader, HashSet<string> listed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var idOffset = reader.TokenStartIndex;
            var id = reader.GetString()!;
            reader.Read();
            var pointer = "/sources/" + JsonReadContext.EscapePointerToken(id);
            if (!seen.Add(id))
            {
                AddAt(idOffset, ErrorCodes.DuplicateProperty, pointer, $"The source \"{id}\" appears more than once.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                AddAt(reader.TokenStartIndex, ErrorCodes.WrongType, pointer, "Expected a source: an object with at least a \"title\".");
                reader.Skip();
                continue;
            }

            listed.Add(id);
            var sourceStart = reader.TokenStartIndex;
            var keys = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var keyOffset = reader.TokenStartIndex;
                var key = reader.GetString()!;
                reader.Read();
                var keyPointer = pointer + "/" + JsonReadContext.EscapePointerToken(key);
                if (key == CatalogRules.SchemaKey)
                {
                    // "$schema" may be anything, as in every file the build reads.
                }
                else if (!keys.Add(key))
                {
                    AddAt(keyOffset, ErrorCodes.DuplicateProperty, keyPointer, $"The property \"{key}\" appears more than once.");
                }
                else if (!CatalogRules.IsSourceKey(key))
                {
                    AddAt(keyOffset, ErrorCodes.UnknownProperty, keyPointer, $"A source has no property \"{key}\"; its properties are {string.Join(", ", CatalogRules.SourceKeys)}.");
                }
                else if (reader.TokenType != JsonTokenType.String)
                {
                    AddAt(reader.TokenStartIndex, ErrorCodes.WrongType, keyPointer, "Expected a string.");
                }

                reader.Skip();
            }

            if (!keys.Contains(CatalogRules.TitleKey))
            {
                AddAt(sourceStart, ErrorCodes.MissingProperty, pointer + "/" + CatalogRules.TitleKey, $"A source has a \"{CatalogRules.TitleKey}\".");
            }
        }
    }

    private void CheckFigureSources(EntityShape shape, ReadOnlySpan<byte> entry, long start, string pointer, HashSet<string> listed, string? defaultSource)
    {
        foreach (var figure in shape.Figures(entry))
        {
            if (CatalogRules.FigureSourceProblem(figure.Source, listed, defaultSource) is { } problem)
            {
                var stated = figure.Source is not null;
                AddAt(start + (stated ? figure.SourceOffset : figure.Offset), CatalogRules.MissingFigureSource.Code, pointer + figure.Pointer + (stated ? "/source" : string.Empty), Sentence(problem));
            }
        }
    }

    private static JsonTokenType TokenOf(CatalogValueShape shape) => shape switch
    {
        CatalogValueShape.Array => JsonTokenType.StartArray,
        CatalogValueShape.Object => JsonTokenType.StartObject,
        _ => JsonTokenType.String,
    };

    private static string Sentence(string message) => char.ToUpperInvariant(message[0]) + message[1..] + ".";
}
