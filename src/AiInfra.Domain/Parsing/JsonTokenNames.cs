using System.Text.Json;

namespace AiInfra.Domain.Parsing;

/// <summary>
/// The one way the library names a JSON token it did not expect: the JsonConverters (quantities, money, currency,
/// reporting periods) say "not a JSON array", the generated readers "not an array".
/// </summary>
internal static class JsonTokenNames
{
    /// <summary>The JSON kind of <paramref name="token"/>, without an article: "object", "array", "string", "number", "boolean", "null".</summary>
    public static string Of(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>The JSON kind of <paramref name="token"/> with its article: "an object", "an array", "a string", "a number", "a boolean", and "null" alone.</summary>
    public static string WithArticle(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject or JsonTokenType.StartArray => "an " + Of(token),
        JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => "a " + Of(token),
        _ => Of(token),
    };
}
