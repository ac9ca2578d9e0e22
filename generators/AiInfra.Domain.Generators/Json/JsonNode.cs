using System.Collections.Generic;

namespace AiInfra.Domain.Generators.Json;

/// <summary>The kind of a JSON value read from an additional file.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON value read from an additional file, with the span it covers so that every diagnostic can point at
/// the line and column of the mistake. Lives only inside one parse step; never part of a cached model.
/// </summary>
internal abstract class JsonNode
{
    protected JsonNode(TextRange range) => Range = range;

    public TextRange Range { get; }

    public abstract JsonKind Kind { get; }

    /// <summary>The JSON type's name with its article, as a message says what was found ("an object", "a string", "null").</summary>
    public string KindWithArticle => Kind switch
    {
        JsonKind.Object or JsonKind.Array => "an " + KindDisplayName(Kind),
        JsonKind.Null => "null",
        _ => "a " + KindDisplayName(Kind),
    };

    public static string KindDisplayName(JsonKind kind) => kind switch
    {
        JsonKind.Object => "object",
        JsonKind.Array => "array",
        JsonKind.String => "string",
        JsonKind.Number => "number",
        JsonKind.True or JsonKind.False => "boolean",
        _ => "null",
    };
}

internal sealed class JsonObject : JsonNode
{
    public JsonObject(TextRange range, IReadOnlyList<JsonProperty> properties)
        : base(range) => Properties = properties;

    public IReadOnlyList<JsonProperty> Properties { get; }

    public override JsonKind Kind => JsonKind.Object;

    /// <summary>The first property with this exact name, or null.</summary>
    public JsonProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }
}

internal sealed class JsonProperty
{
    public JsonProperty(string name, TextRange nameRange, JsonNode value)
    {
        Name = name;
        NameRange = nameRange;
        Value = value;
    }

    public string Name { get; }

    public TextRange NameRange { get; }

    public JsonNode Value { get; }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(TextRange range, IReadOnlyList<JsonNode> items)
        : base(range) => Items = items;

    public IReadOnlyList<JsonNode> Items { get; }

    public override JsonKind Kind => JsonKind.Array;
}

internal sealed class JsonString : JsonNode
{
    public JsonString(TextRange range, string value)
        : base(range) => Value = value;

    public string Value { get; }

    public override JsonKind Kind => JsonKind.String;
}

internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(TextRange range, string rawText, double value, bool isFinite)
        : base(range)
    {
        RawText = rawText;
        Value = value;
        IsFinite = isFinite;
    }

    /// <summary>The number exactly as written in the file.</summary>
    public string RawText { get; }

    public double Value { get; }

    /// <summary>False when the literal is too large for a double (it parsed to an infinity).</summary>
    public bool IsFinite { get; }

    public override JsonKind Kind => JsonKind.Number;
}

internal sealed class JsonLiteral : JsonNode
{
    public JsonLiteral(TextRange range, JsonKind kind)
        : base(range) => Kind = kind;

    public override JsonKind Kind { get; }
}
