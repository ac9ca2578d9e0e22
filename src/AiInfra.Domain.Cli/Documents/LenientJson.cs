using System.Text.Json;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>
/// Catalogue files may hold comments and trailing commas, as the build-time generator allows; the library's reader
/// does not. This turns such a text into strict JSON by blanking them with spaces, keeping every other byte (and
/// every line break) where it was, so that positions found in the strict text are positions in the file.
/// </summary>
internal static class LenientJson
{
    /// <summary>A strict copy of <paramref name="text"/>; throws <see cref="JsonException"/> where the text is not JSON even leniently.</summary>
    public static byte[] ToStrict(byte[] text)
    {
        var strict = (byte[])text.Clone();
        var reader = new Utf8JsonReader(strict, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Allow, AllowTrailingCommas = true, MaxDepth = 1000 });
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Comment:
                    Blank(strict, reader.TokenStartIndex, reader.BytesConsumed);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    BlankTrailingComma(strict, reader.TokenStartIndex);
                    break;
            }
        }

        return strict;
    }

    private static void Blank(byte[] text, long from, long to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not ((byte)'\n' or (byte)'\r'))
            {
                text[i] = (byte)' ';
            }
        }
    }

    private static void BlankTrailingComma(byte[] text, long closing)
    {
        for (var i = closing - 1; i >= 0; i--)
        {
            switch (text[i])
            {
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                    continue;
                case (byte)',':
                    text[i] = (byte)' ';
                    return;
                default:
                    return;
            }
        }
    }
}
