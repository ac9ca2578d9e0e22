using System.Collections.Concurrent;
using System.Text.Json;
using AiInfra.Domain.Rules;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Cli.Catalogue;

/// <summary>One figure found in an entry: where it is and the source it states.</summary>
/// <param name="Pointer">The figure's JSON Pointer within the entry.</param>
/// <param name="Offset">The byte offset of the figure's value within the entry.</param>
/// <param name="Source">The source it states, or null when it states none.</param>
/// <param name="SourceOffset">The byte offset of the stated source's value within the entry, when it states one.</param>
internal readonly record struct FigureSite(string Pointer, long Offset, string? Source, long SourceOffset);

/// <summary>
/// What the catalogue rules need to know of an entity that the tool knows only by its registration: whether it has the
/// required string "id" that catalogue entries are looked up by, and where an entry's figures are. Both are read from
/// the entity's JSON Schema, the published description of its properties, where a figure is marked
/// <c>"x-aiinfra-type": "figure"</c> and nested entities are <c>$ref</c>s into <c>$defs</c>.
/// </summary>
internal sealed class EntityShape
{
    private static readonly ConcurrentDictionary<Type, EntityShape> Shapes = new();

    private readonly JsonElement _root;

    private EntityShape(string schema)
    {
        using var document = JsonDocument.Parse(schema);
        _root = document.RootElement.Clone();
        HasLookupId = Resolve(_root).TryGetProperty("properties", out var properties)
            && properties.TryGetProperty(CatalogRules.IdKey, out var id)
            && IsPlainString(Resolve(id))
            && _root.TryGetProperty("required", out var required)
            && required.ValueKind == JsonValueKind.Array
            && required.EnumerateArray().Any(r => r.ValueEquals(CatalogRules.IdKey));
    }

    /// <summary>True when the entity has a required property "id" that is a plain string (not a reference, date or other typed text).</summary>
    public bool HasLookupId { get; }

    /// <summary>The shape of a registered entity, read once.</summary>
    public static EntityShape Of(AiInfraTypeRegistry.Registration registration) =>
        Shapes.GetOrAdd(registration.Type, _ => new EntityShape(registration.Schema()));

    /// <summary>Every figure in one entry (strict JSON of the entity, valid text), in the order of the text, in one pass over it.</summary>
    public IReadOnlyList<FigureSite> Figures(ReadOnlySpan<byte> entry)
    {
        var found = new List<FigureSite>();
        var reader = new Utf8JsonReader(entry, new JsonReaderOptions { MaxDepth = 1000 });
        try
        {
            if (reader.Read())
            {
                Walk(ref reader, _root, string.Empty, found);
            }
        }
        catch (JsonException)
        {
            // Text that is not JSON has been reported by the library's reader; its figures cannot be told.
        }

        return found;
    }

    private static bool IsPlainString(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ValueEquals("string")
        && !schema.EnumerateObject().Any(p => p.NameEquals("format") || p.Name.StartsWith("x-aiinfra-", StringComparison.Ordinal));

    private static bool IsFigure(JsonElement schema) =>
        schema.TryGetProperty("x-aiinfra-type", out var type) && type.ValueEquals("figure");

    private static JsonElement Member(JsonElement schema, string name) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : default;

    /// <summary>The schema a "$ref" names ("#", or "#/$defs/Name"); the schema itself when it has none.</summary>
    private JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < 64 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); hops++)
        {
            var target = reference.GetString();
            if (target == "#")
            {
                schema = _root;
            }
            else if (target is not null && target.StartsWith("#/$defs/", StringComparison.Ordinal)
                && _root.TryGetProperty("$defs", out var definitions) && definitions.TryGetProperty(target["#/$defs/".Length..], out var definition))
            {
                schema = definition;
            }
            else
            {
                return default;
            }
        }

        return schema;
    }

    private void Walk(ref Utf8JsonReader reader, JsonElement schema, string pointer, List<FigureSite> found)
    {
        schema = Resolve(schema);
        if (schema.ValueKind == JsonValueKind.Object && IsFigure(schema))
        {
            ReadFigure(ref reader, pointer, found);
            return;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = Member(schema, "properties");
                var others = Member(schema, "additionalProperties");
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    var property = Member(properties, name);
                    var inner = property.ValueKind == JsonValueKind.Object ? property : others;
                    if (inner.ValueKind == JsonValueKind.Object)
                    {
                        Walk(ref reader, inner, pointer + "/" + JsonReadContext.EscapePointerToken(name), found);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                break;
            case JsonTokenType.StartArray:
                var items = Member(schema, "items");
                for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                {
                    if (items.ValueKind == JsonValueKind.Object)
                    {
                        Walk(ref reader, items, pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), found);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                break;
        }
    }

    /// <summary>A figure is its plain value (no source stated) or an object whose "source", when a string, is the source stated.</summary>
    private static void ReadFigure(ref Utf8JsonReader reader, string pointer, List<FigureSite> found)
    {
        var offset = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            found.Add(new FigureSite(pointer, offset, null, offset));
            return;
        }

        string? source = null;
        long sourceOffset = offset;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isSource = reader.ValueTextEquals("source"u8);
            reader.Read();
            if (isSource && reader.TokenType == JsonTokenType.String)
            {
                (source, sourceOffset) = (reader.GetString(), reader.TokenStartIndex);
            }

            reader.Skip();
        }

        found.Add(new FigureSite(pointer, offset, source, sourceOffset));
    }
}
