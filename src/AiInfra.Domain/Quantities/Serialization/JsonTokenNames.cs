using System.Text.Json;

namespace AiInfra.Domain.Quantities.Serialization;

/// <summary>The names the JsonConverters (quantities, money, currency, reporting periods) use for a token they did not expect ("not a JSON array").</summary>
internal static class JsonTokenNames
{
    /// <summary>The JSON kind of <paramref name="token"/>, without an article: "object", "array", "boolean", "null", "number".</summary>
    public static string Of(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.Number => "number",
        _ => token.ToString(),
    };
}
