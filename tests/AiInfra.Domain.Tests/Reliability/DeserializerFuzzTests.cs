using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Xunit.Abstractions;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// Bounded, deterministic fuzzing of every generated reader: catalogue JSON, mutated (byte flips, insertions,
/// deletions, splices of tokens from other documents) and truncated, read as its entity. Only
/// <see cref="AiInfraError"/>s with documented codes come out, never an exception; no document takes longer than
/// <see cref="PerDocumentLimit"/>; and a document that is accepted gives a value that passes its own validation and
/// survives a round trip. Seed <see cref="Seed"/>; <see cref="Iterations"/> mutations (times AIINFRA_FUZZ_ITERATIONS).
/// </summary>
public class DeserializerFuzzTests(ITestOutputHelper output)
{
    public const int Seed = 7_2026;

    public const int Iterations = 6000;

    /// <summary>Truncation points per catalogue document.</summary>
    public const int CutsPerDocument = 12;

    private static readonly TimeSpan PerDocumentLimit = TimeSpan.FromSeconds(2);

    private static readonly HashSet<string> DocumentedCodes = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    private static readonly byte[][] Structural = ["{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(), "\""u8.ToArray(), "\\"u8.ToArray(), "null"u8.ToArray(), "-1e400"u8.ToArray(), "1.5"u8.ToArray(), "\"700 V\""u8.ToArray(), "\"NaN W\""u8.ToArray(), "\u00e9"u8.ToArray(), [0xFF], [0xC3], [0x00], "\"\\uD800\""u8.ToArray(), "{\"x\":"u8.ToArray(), "[[[[[[[["u8.ToArray()];

    [Fact]
    public async Task Mutated_and_truncated_catalogue_json_gives_only_documented_errors_or_valid_values()
    {
        var documents = Entities.CatalogueEntries.Select(e => (Type: e.GetType(), Json: AiInfraJson.SerializeToUtf8Bytes(e))).ToList();
        var random = new Random(Seed);
        var iterations = Iterations * ReliabilityFigures.FuzzScale;
        var tally = new SortedDictionary<string, (int Runs, int Accepted)>(StringComparer.Ordinal);
        var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;
        var current = "(none)";
        var currentStart = Stopwatch.GetTimestamp();
        var total = Stopwatch.StartNew();

        void Run(string category, Type type, byte[] json)
        {
            current = $"{category} {type.Name}: {Encoding.UTF8.GetString(json)}";
            currentStart = Stopwatch.GetTimestamp();
            try
            {
                var accepted = AiInfraJson.TryDeserialize(type, json, out var value, out var errors);
                var elapsed = Stopwatch.GetElapsedTime(currentStart);
                slowest = elapsed > slowest ? elapsed : slowest;
                var (runs, ok) = tally.GetValueOrDefault(category);
                tally[category] = (runs + 1, ok + (accepted ? 1 : 0));
                if (accepted)
                {
                    var validation = AiInfraJson.Validate(value!);
                    if (!validation.IsValid)
                    {
                        failures.Add($"{current}: accepted, yet fails its own validation: {validation}");
                    }
                    else if (!AiInfraJson.TryDeserialize(type, AiInfraJson.SerializeToUtf8Bytes(value!), out var again, out _) || !again.Equals(value))
                    {
                        failures.Add($"{current}: accepted, yet does not survive a round trip");
                    }
                }
                else if (errors.Count == 0)
                {
                    failures.Add($"{current}: rejected with no error");
                }

                foreach (var error in errors)
                {
                    codes[error.Code] = codes.GetValueOrDefault(error.Code) + 1;
                    if (!DocumentedCodes.Contains(error.Code) || !(error.Path.Length == 0 || error.Path.StartsWith('/')) || string.IsNullOrWhiteSpace(error.Message))
                    {
                        failures.Add($"{current}: undocumented or malformed error {error}");
                    }
                }
            }
            catch (Exception exception)
            {
                failures.Add($"{current}: threw {exception.GetType().Name}: {exception.Message}");
            }
        }

        var work = Task.Run(() =>
        {
            foreach (var (type, json) in documents)
            {
                for (var i = 0; i < CutsPerDocument * ReliabilityFigures.FuzzScale; i++)
                {
                    Run("truncated", type, json[..random.Next(json.Length)]);
                }
            }

            for (var i = 0; i < iterations; i++)
            {
                var (type, json) = documents[random.Next(documents.Count)];
                var (category, mutated) = Mutate(json, documents[random.Next(documents.Count)].Json, random);
                Run(category, type, mutated);
            }
        });

        // A watchdog: a document that hangs fails the test instead of hanging the run.
        while (await Task.WhenAny(work, Task.Delay(250)) != work)
        {
            Assert.True(Stopwatch.GetElapsedTime(currentStart) < PerDocumentLimit * 5, $"a document has taken over {PerDocumentLimit * 5}: {current}");
        }

        await work;
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Reader fuzzing (seed {Seed}, scale {ReliabilityFigures.FuzzScale}): {tally.Values.Sum(t => t.Runs)} documents from {documents.Count} catalogue entries in {total.Elapsed.TotalSeconds:F1} s; slowest document {slowest.TotalMilliseconds:F1} ms; {failures.Count} failures.")
            .AppendLine("category | documents | accepted (valid after the mutation)")
            .AppendJoin(Environment.NewLine, tally.Select(t => $"{t.Key} | {t.Value.Runs} | {t.Value.Accepted}"))
            .AppendLine()
            .AppendLine("error codes reported: " + string.Join(", ", codes.Select(c => $"{c.Key} {c.Value}")))
            .ToString();
        output.WriteLine(report);
        ReliabilityFigures.Write("reader-fuzzing.txt", report);
        Assert.True(failures.Count == 0, $"{failures.Count} failures:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(20))}");
        Assert.True(slowest < PerDocumentLimit, $"the slowest document took {slowest}");
        Assert.True(codes.Count >= 8, "the mutations reached only " + string.Join(", ", codes.Keys));
    }

    /// <summary>
    /// Bug found by this fuzzing: a string that is not valid UTF-8 made TryDeserialize throw InvalidOperationException
    /// ("Cannot transcode invalid UTF-8"), because the reader checks UTF-8 only when it decodes a string.
    /// </summary>
    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // an encoded surrogate
    [InlineData(new byte[] { 0xC0, 0xAF })] // an overlong "/"
    public void Invalid_utf8_in_a_string_is_a_malformed_json_error_not_an_exception(byte[] bad)
    {
        var json = "{\n\"id\":\"chip-a\",\n\"name\":\"A"u8.ToArray().Concat(bad).Concat("\",\"tdp\":\"700 W\"}"u8.ToArray()).ToArray();
        Assert.False(AiInfraJson.TryDeserialize<Specs.Fixtures.Chip>(json, out var value, out var errors));
        Assert.Null(value);
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.MalformedJson, error.Code);
        Assert.Equal(3, error.Line);
        Assert.Equal(10, error.Column);

        var exception = Assert.Throws<Serialization.AiInfraJsonException>(() => System.Text.Json.JsonSerializer.Deserialize(json, AiInfraJson.GetTypeInfo<Specs.Fixtures.Chip>()));
        Assert.Equal(ErrorCodes.MalformedJson, Assert.Single(exception.Errors).Code);
    }

    /// <summary>
    /// Bug found by this fuzzing: an escaped half of a surrogate pair ("\uD800" alone), which is JSON syntax but not
    /// text, made TryDeserialize throw InvalidOperationException ("Cannot read incomplete UTF-16 JSON text").
    /// </summary>
    [Theory]
    [InlineData("\\uD800", 9)]
    [InlineData("\\uDC00", 9)]
    [InlineData("x\\uD83D\\u0041", 10)]
    [InlineData("\\uD83D\\uD83D\\uDE00", 9)]
    public void An_unpaired_surrogate_escape_is_a_malformed_json_error_not_an_exception(string escaped, int column)
    {
        var json = "{\"id\":\"chip-a\",\"tdp\":\"700 W\",\n\"name\":\"" + escaped + "\"}";
        Assert.False(AiInfraJson.TryDeserialize<Specs.Fixtures.Chip>(json, out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.MalformedJson, error.Code);
        Assert.Equal((2L, (long)column), (error.Line!.Value, error.Column!.Value));
    }

    /// <summary>
    /// The reader scans a document for text that is not text only when a read fails, trusting that a read succeeds only
    /// where every string was decoded (which checks it) or matched a name it knows byte for byte. This holds it to that
    /// on every string of every valid document of every record (property names, ids, enums, quantities, periods, figure
    /// keys, map keys, notes): a byte that is not UTF-8 or a \u escape of half a surrogate pair put at the start or the
    /// end of any one of them is the document's one error, at that place, whatever else the string held.
    /// </summary>
    [Fact]
    public void Text_that_is_not_text_in_any_string_of_any_document_is_its_one_error()
    {
        var failures = new List<string>();
        var checkedStrings = 0;
        foreach (var entity in Entities.All)
        {
            foreach (var document in Entities.ValidDocuments[entity.Key])
            {
                var utf8 = Encoding.UTF8.GetBytes(document.Json);
                foreach (var at in StringContentOffsets(utf8))
                {
                    checkedStrings++;
                    foreach (var (bad, message) in NotText)
                    {
                        var json = utf8[..at].Concat(bad).Concat(utf8[at..]).ToArray();
                        var prefix = Encoding.UTF8.GetString(utf8, 0, at);
                        var line = prefix.Count(c => c == '\n') + 1;
                        var column = prefix.Length - (prefix.LastIndexOf('\n') + 1) + 1;
                        var read = AiInfraJson.TryDeserialize(entity.Type, json, out _, out var errors);
                        if (read || errors is not [{ Code: ErrorCodes.MalformedJson } error] || error.Message != message || error.Line != line || error.Column != column)
                        {
                            failures.Add($"{entity.EntityName} ({document.Origin}), at byte {at}: {(read ? "accepted" : string.Join("; ", errors))}");
                        }
                    }
                }
            }
        }

        output.WriteLine($"{checkedStrings} strings, each given {NotText.Length} kinds of bad text.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
        Assert.True(checkedStrings > 5000, $"only {checkedStrings} strings checked");
    }

    private static readonly (byte[] Bad, string Message)[] NotText =
    [
        ([0xFF], "The text is not valid UTF-8."),
        ([0xED, 0xA0, 0x80], "The text is not valid UTF-8."),
        ("\\uD800"u8.ToArray(), "A \\u escape is half of a surrogate pair; the string is not valid Unicode text."),
        ("\\uDC00x"u8.ToArray(), "A \\u escape is half of a surrogate pair; the string is not valid Unicode text."),
    ];

    /// <summary>Where each string's content starts and ends (after its opening quote, before its closing one), property names included.</summary>
    private static IEnumerable<int> StringContentOffsets(byte[] utf8)
    {
        var offsets = new List<int>();
        var reader = new System.Text.Json.Utf8JsonReader(utf8);
        while (reader.Read())
        {
            if (reader.TokenType is System.Text.Json.JsonTokenType.String or System.Text.Json.JsonTokenType.PropertyName)
            {
                var start = (int)reader.TokenStartIndex + 1;
                offsets.Add(start);
                offsets.Add(start + reader.ValueSpan.Length);
            }
        }

        return offsets.Distinct();
    }

    [Theory]
    [InlineData("\\uD83D\\uDE00")]
    [InlineData("\\\\uD800")] // an escaped backslash, then the text "uD800"
    [InlineData("\\u00e9\\n\\\"")]
    public void Escapes_that_are_text_are_still_read(string escaped)
    {
        var json = "{\"id\":\"chip-a\",\"tdp\":\"700 W\",\"name\":\"" + escaped + "\"}";
        Assert.True(AiInfraJson.TryDeserialize<Specs.Fixtures.Chip>(json, out _, out var errors), string.Join("; ", errors));
    }

    private static (string Category, byte[] Json) Mutate(byte[] json, byte[] other, Random random)
    {
        var bytes = json.ToList();
        var at = random.Next(bytes.Count);
        switch (random.Next(5))
        {
            case 0:
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    var p = random.Next(bytes.Count);
                    bytes[p] ^= (byte)(1 << random.Next(8));
                }

                return ("byte flips", bytes.ToArray());
            case 1:
                bytes.InsertRange(at, random.Next(2) == 0 ? [(byte)random.Next(256)] : Structural[random.Next(Structural.Length)]);
                return ("insertion", bytes.ToArray());
            case 2:
                bytes.RemoveRange(at, Math.Min(random.Next(1, 12), bytes.Count - at));
                return ("deletion", bytes.ToArray());
            case 3:
                // A token or value of another document (from a quote, comma or bracket to the next one) put in place of one here.
                var (start, end) = TokenAt(other, random.Next(other.Length));
                var (mine, mineEnd) = TokenAt(json, at);
                bytes.RemoveRange(mine, mineEnd - mine);
                bytes.InsertRange(mine, other[start..end]);
                return ("token splice", bytes.ToArray());
            default:
                var (from, to) = TokenAt(json, at);
                bytes.InsertRange(to, json[from..to]);
                return ("token duplicated", bytes.ToArray());
        }
    }

    private static (int Start, int End) TokenAt(byte[] json, int at)
    {
        static bool Boundary(byte b) => b is (byte)',' or (byte)':' or (byte)'{' or (byte)'}' or (byte)'[' or (byte)']';
        var start = at;
        while (start > 0 && !Boundary(json[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end < json.Length && !Boundary(json[end]))
        {
            end++;
        }

        return (start, Math.Max(start, end));
    }
}
