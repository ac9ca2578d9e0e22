using System.Globalization;
using System.Text.Json;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>
/// Finds where a JSON Pointer's value starts in a document, for errors that the library reports with a pointer but no
/// line (rules checked after reading). When the pointer names something absent, such as a missing property, the
/// position is that of the deepest value that exists on its way, such as the object that lacks the property.
/// </summary>
internal static class JsonPointerLocator
{
    /// <summary>The byte offset of the pointer's value, or of its deepest existing ancestor; null when the text is not JSON.</summary>
    public static long? Locate(ReadOnlySpan<byte> json, string pointer)
    {
        var tokens = Parse(pointer);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1000 });
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            long found = reader.TokenStartIndex;
            foreach (var token in tokens)
            {
                if (!Step(ref reader, token))
                {
                    return found;
                }

                found = reader.TokenStartIndex;
            }

            return found;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Moves from a container's start token to the value of one of its members; false when it has none by that name.</summary>
    private static bool Step(ref Utf8JsonReader reader, string token)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(token);
                reader.Read();
                if (match)
                {
                    return true;
                }

                reader.Skip();
            }

            return false;
        }

        if (reader.TokenType == JsonTokenType.StartArray
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && (token == "0" || token[0] != '0'))
        {
            for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
            {
                if (i == index)
                {
                    return true;
                }

                reader.Skip();
            }
        }

        return false;
    }

    /// <summary>The reference tokens of a JSON Pointer (RFC 6901), unescaped: "~1" is "/" and "~0" is "~".</summary>
    public static IReadOnlyList<string> Parse(string pointer)
    {
        if (pointer.Length == 0)
        {
            return [];
        }

        return pointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
    }
}
