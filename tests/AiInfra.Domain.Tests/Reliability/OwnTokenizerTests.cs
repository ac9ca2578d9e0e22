using System.Reflection;
using System.Text;
using System.Text.Json;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// <see cref="AiInfraJson"/> reads a document first with the library's own tokenizer (<see cref="AiInfraJsonReader"/>),
/// and again with <see cref="Utf8JsonReader"/> when that read gives up or finds an error. The tokenizer must never take
/// what System.Text.Json's reader refuses, and must give the same tokens where it reads: same type, offset, bytes,
/// escape flag, depth, decoded text and number. Held to the reader over valid documents (every catalogue entry,
/// compact and indented), over thousands of mutations of them (bytes inserted, deleted, replaced; numbers, escapes and
/// white space swapped in; truncations), and over nesting around the depth limit; then, over the same documents, a
/// whole read must give what a read with <see cref="Utf8JsonReader"/> alone gives: the same record, or the same errors.
/// </summary>
public class OwnTokenizerTests
{
    private const int MaxDepth = 64;

    /// <summary>Bytes that start, end or break tokens, and a few that JSON refuses anywhere.</summary>
    private static readonly byte[] s_interesting = Encoding.UTF8.GetBytes("\"\\,:{}[]0123456789-+.eEtfnu/* \t\r\nx").Concat(new byte[] { 0x00, 0x01, 0x1F, 0x7F, 0x0B, 0x0C, 0xC3, 0xA9, 0xFF, 0xED, 0xA0, 0x80 }).ToArray();

    private static readonly string[] s_numbers =
    [
        "0", "-0", "0.0", "1e5", "1E+05", "-1.5e-3", "01", "1.", ".5", "-", "1e", "+1", "00", "-01", "1.5e", "1e+",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "1e400", "-1e400",
        "123456789012345678901234567890", "0x10", "NaN", "Infinity", "1.0e-400", "4.9e-324", "2147483648", "12a", "1 2",
    ];

    private static readonly string[] s_stringPieces =
    [
        "\\n", "\\u00e9", "\\u00E9", "\\ud83d\\ude00", "\\ud800", "\\udc00x", "\\\"", "\\\\", "\\/", "\\b\\f\\r\\t", "\\x", "\\u12", "\\u12G4",
        "\\", "é", "😀", "\t", "\u0001", "\u007f", "a\"b",
    ];

    [Fact]
    public void Every_catalogue_entry_tokenizes_as_Utf8JsonReader_does()
    {
        foreach (var document in ValidDocuments())
        {
            var own = OwnTokens(document, MaxDepth);
            Assert.True(own.Completed, $"The tokenizer gave up on a valid document: {Encoding.UTF8.GetString(document)}");
            AssertAgrees(document, MaxDepth, own);
        }
    }

    [Fact]
    public void Mutated_documents_stop_the_tokenizer_or_tokenize_as_Utf8JsonReader_does()
    {
        var random = new Random(15);
        var completed = 0;
        var gaveUp = 0;
        foreach (var document in Mutations(random, perDocument: 12))
        {
            var own = OwnTokens(document, MaxDepth);
            AssertAgrees(document, MaxDepth, own);
            _ = own.Completed ? completed++ : gaveUp++;
        }

        // Both outcomes are exercised many times over, or the test proves little.
        Assert.True(completed > 500 && gaveUp > 500, $"completed {completed}, gave up {gaveUp}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(200)]
    public void Nesting_at_and_past_the_depth_limit_agrees(int maxDepth)
    {
        foreach (var levels in new[] { 1, maxDepth - 1, maxDepth, maxDepth + 1, 70 })
        {
            if (levels < 1)
            {
                continue;
            }

            foreach (var document in new[]
            {
                Encoding.UTF8.GetBytes(new string('[', levels) + new string(']', levels)),
                Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", levels)) + "1" + new string('}', levels)),
                Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":[", levels)) + new string(']', 0) + string.Concat(Enumerable.Repeat("]}", levels))),
            })
            {
                AssertAgrees(document, maxDepth, OwnTokens(document, maxDepth));
            }
        }
    }

    [Fact]
    public void Documents_that_are_not_objects_or_end_early_agree()
    {
        foreach (var text in new[] { "", " ", "{", "}", "[", "{}", "[]", "{} {}", "{}x", "{} ", "\t{}\r\n", "null", "true", "\"a\"", "1", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]", "[,1]", "{,}", "{\"a\":1 \"b\":2}", "{\"a\"::1}", "[1 2]", "{\"a\":tru}", "{\"a\":nulll}", "{\"a\":\"b}", "\u00a0{}", "{}\u0000" })
        {
            var document = Encoding.UTF8.GetBytes(text);
            AssertAgrees(document, MaxDepth, OwnTokens(document, MaxDepth));
        }
    }

    /// <summary>
    /// Every valid document of every record (catalogue entries, the values nested in them, schema examples, documents
    /// built from schemas) is read by the tokenizer, without the second read: a reader that used a member the tokenizer
    /// does not answer would still read right, through <see cref="Utf8JsonReader"/>, but every read would cost two.
    /// </summary>
    [Fact]
    public void Valid_documents_of_every_record_are_read_without_falling_back()
    {
        var optimistic = typeof(OwnTokenizerTests).GetMethod(nameof(ReadsWithOwnTokenizer), BindingFlags.NonPublic | BindingFlags.Static)!;
        var fellBack = new List<string>();
        var documents = 0;
        foreach (var entity in Entities.All)
        {
            var read = optimistic.MakeGenericMethod(entity.Type);
            foreach (var document in Entities.ValidDocuments[entity.Key])
            {
                documents++;
                var utf8 = Encoding.UTF8.GetBytes(document.Json);
                foreach (var form in new[] { utf8, Indented(utf8) })
                {
                    if (!(bool)read.Invoke(null, [form])!)
                    {
                        fellBack.Add($"{entity.EntityName} ({document.Origin}): {Encoding.UTF8.GetString(form)}");
                    }
                }
            }
        }

        Assert.True(documents > 400, $"{documents} documents");
        Assert.Empty(fellBack);
    }

    private static bool ReadsWithOwnTokenizer<T>(byte[] document)
        where T : class, IAiInfraEntity<T> =>
        JsonDocumentReader.TryReadWithOwnTokenizer<T>(document, new JsonReadContext(), out _);

    /// <summary>The whole read (own tokenizer first, <see cref="Utf8JsonReader"/> after it when needed) against <see cref="Utf8JsonReader"/> alone, over valid and mutated documents of every catalogue's records.</summary>
    [Fact]
    public void A_whole_read_gives_what_a_read_with_Utf8JsonReader_alone_gives()
    {
        var compare = typeof(OwnTokenizerTests).GetMethod(nameof(CompareReads), BindingFlags.NonPublic | BindingFlags.Static)!;
        var random = new Random(16);
        var read = 0;
        var refused = 0;
        foreach (var entry in Entities.CatalogueEntries)
        {
            var reads = compare.MakeGenericMethod(entry.GetType());
            var valid = AiInfraJson.SerializeToUtf8Bytes(entry);
            foreach (var document in new[] { valid }.Concat(Enumerable.Range(0, 6).Select(_ => Mutate(random, valid))))
            {
                var ok = (bool)reads.Invoke(null, [document])!;
                _ = ok ? read++ : refused++;
            }
        }

        Assert.True(read > 300 && refused > 300, $"read {read}, refused {refused}");
    }

    private static bool CompareReads<T>(byte[] document)
        where T : class, IAiInfraEntity<T>
    {
        var expected = Outcome(document, static (doc, context) => JsonDocumentReader.ReadWithUtf8JsonReader<T>(doc, context));
        var actual = Outcome(document, static (doc, context) => JsonDocumentReader.Read<T>(doc, context));
        Assert.Equal(expected, actual);
        return expected.StartsWith("value ", StringComparison.Ordinal);
    }

    private delegate T? DocumentRead<T>(ReadOnlySpan<byte> document, JsonReadContext context);

    /// <summary>A read's outcome as text: the record written back, or its errors, or the exception it threw.</summary>
    private static string Outcome<T>(byte[] document, DocumentRead<T> read)
        where T : class, IAiInfraEntity<T>
    {
        var context = new JsonReadContext();
        try
        {
            var value = read(document, context);
            return value is not null && context.ErrorCount == 0
                ? "value " + Encoding.UTF8.GetString(AiInfraJson.SerializeToUtf8Bytes(value))
                : "errors " + string.Join("\n", context.GetErrors(document).Select(e => e.ToString()));
        }
        catch (Exception exception)
        {
            return "throws " + exception.GetType().Name + ": " + exception.Message;
        }
    }

    private static IEnumerable<byte[]> ValidDocuments()
    {
        foreach (var entry in Entities.CatalogueEntries)
        {
            var compact = AiInfraJson.SerializeToUtf8Bytes(entry);
            yield return compact;
            yield return Indented(compact);
        }
    }

    /// <summary>The same document written by System.Text.Json with indentation (and its escaping of non-ASCII text).</summary>
    private static byte[] Indented(byte[] compact) =>
        JsonSerializer.SerializeToUtf8Bytes(JsonDocument.Parse(compact).RootElement, new JsonSerializerOptions { WriteIndented = true });

    private static IEnumerable<byte[]> Mutations(Random random, int perDocument)
    {
        foreach (var document in ValidDocuments())
        {
            for (var i = 0; i < perDocument; i++)
            {
                yield return Mutate(random, document);
            }
        }
    }

    private static byte[] Mutate(Random random, byte[] document)
    {
        var bytes = document.ToList();
        var at = random.Next(bytes.Count);
        switch (random.Next(8))
        {
            case 0:
                bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 4)).Select(_ => s_interesting[random.Next(s_interesting.Length)]));
                break;
            case 1:
                bytes.RemoveRange(at, Math.Min(random.Next(1, 4), bytes.Count - at));
                break;
            case 2:
                bytes[at] = s_interesting[random.Next(s_interesting.Length)];
                break;
            case 3:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 4:
                return ReplaceNumber(random, document) ?? bytes.ToArray();
            case 5:
                return InsertIntoString(random, document) ?? bytes.ToArray();
            case 6:
                // White space JSON takes, or a kind it does not, between two tokens or inside one.
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(new[] { " ", "\t", "\r\n", "\n\n  ", "\u00a0", "\v" }[random.Next(6)]));
                break;
            default:
                var start = random.Next(bytes.Count);
                bytes.InsertRange(at, bytes.GetRange(start, Math.Min(random.Next(1, 30), bytes.Count - start)));
                break;
        }

        return bytes.ToArray();
    }

    private static byte[]? ReplaceNumber(Random random, byte[] document)
    {
        var text = Encoding.UTF8.GetString(document);
        var numbers = System.Text.RegularExpressions.Regex.Matches(text, @"(?<=:)-?\d+(\.\d+)?([eE][+-]?\d+)?");
        if (numbers.Count == 0)
        {
            return null;
        }

        var number = numbers[random.Next(numbers.Count)];
        return Encoding.UTF8.GetBytes(text[..number.Index] + s_numbers[random.Next(s_numbers.Length)] + text[(number.Index + number.Length)..]);
    }

    private static byte[]? InsertIntoString(Random random, byte[] document)
    {
        var text = Encoding.UTF8.GetString(document);
        var strings = System.Text.RegularExpressions.Regex.Matches(text, "\"[^\"\\\\]*\"");
        if (strings.Count == 0)
        {
            return null;
        }

        var target = strings[random.Next(strings.Count)];
        var at = target.Index + 1 + random.Next(target.Length - 1);
        return Encoding.UTF8.GetBytes(text[..at] + s_stringPieces[random.Next(s_stringPieces.Length)] + text[at..]);
    }

    /// <summary>
    /// What the tokenizer read agrees with <see cref="Utf8JsonReader"/>: a document it read whole is one the reader reads
    /// whole, token for token; where it gave up, the tokens before are the reader's first tokens.
    /// </summary>
    private static void AssertAgrees(byte[] document, int maxDepth, (List<Token> Tokens, bool Completed) own)
    {
        var utf8 = Utf8Tokens(document, maxDepth);
        if (own.Completed)
        {
            Assert.True(utf8.Completed, $"The tokenizer read what Utf8JsonReader refuses: {Encoding.UTF8.GetString(document)}");
            Assert.Equal(utf8.Tokens, own.Tokens);
        }
        else
        {
            Assert.True(own.Tokens.Count <= utf8.Tokens.Count || !utf8.Completed, $"The tokenizer read past the reader: {Encoding.UTF8.GetString(document)}");
            Assert.Equal(utf8.Tokens.Take(own.Tokens.Count), own.Tokens);
        }
    }

    private static (List<Token> Tokens, bool Completed) OwnTokens(byte[] document, int maxDepth)
    {
        var tokens = new List<Token>();
        var reader = AiInfraJsonReader.ForWholeDocument(document, maxDepth);
        try
        {
            return (ReadAll(ref reader, tokens), true);
        }
        catch (OwnTokenizerGaveUpException)
        {
            return (tokens, false);
        }
    }

    private static (List<Token> Tokens, bool Completed) Utf8Tokens(byte[] document, int maxDepth)
    {
        var tokens = new List<Token>();
        var reader = new AiInfraJsonReader(new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = maxDepth }));
        try
        {
            return (ReadAll(ref reader, tokens), true);
        }
        catch (JsonException)
        {
            return (tokens, false);
        }
    }

    private static List<Token> ReadAll(ref AiInfraJsonReader reader, List<Token> tokens)
    {
        while (reader.Read())
        {
            tokens.Add(TokenAt(ref reader));
        }

        return tokens;
    }

    /// <summary>One token as both readers must give it; a decoding that throws is "!" on either side.</summary>
    private static Token TokenAt(ref AiInfraJsonReader reader)
    {
        string? text = null;
        string? number = null;
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            try
            {
                var decoded = reader.GetString()!;
                var buffer = new char[decoded.Length];
                var copied = reader.CopyString(buffer) == decoded.Length && buffer.AsSpan().SequenceEqual(decoded);
                text = $"{decoded} copied:{copied} equals:{reader.ValueTextEquals(Encoding.UTF8.GetBytes(decoded))}";
            }
            catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
            {
                text = "!";
            }
        }
        else if (reader.TokenType == JsonTokenType.Number)
        {
            number = $"{reader.TryGetInt32(out var i)}:{i} {reader.TryGetInt64(out var l)}:{l} {reader.TryGetDouble(out var d)}:{BitConverter.DoubleToInt64Bits(d)}";
        }

        return new Token(reader.TokenType, reader.TokenStartIndex, Convert.ToHexString(reader.ValueSpan), reader.ValueIsEscaped, reader.CurrentDepth, reader.HasValueSequence, text, number);
    }

    private readonly record struct Token(JsonTokenType Type, long Start, string Bytes, bool Escaped, int Depth, bool Sequence, string? Text, string? Number);
}
