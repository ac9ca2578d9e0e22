using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiInfra.Domain.Economics;

namespace AiInfra.Domain.Tests.Audit;

/// <summary>
/// The seed-coverage ledger of src/AiInfra.Domain/Catalogue-sources.md against the catalogue files: every seed has a
/// section; every line the ledger lists as covered (an entry id in backticks) is cited by some figure or reference of
/// the catalogue; every line it lists as left out gives a reason; and every line of a fully covered seed that the
/// catalogue cites is in the ledger. The forecast rule is checked where the data can show it.
/// </summary>
public partial class SeedCoverageTests
{
    private static readonly string Root = Paths.RepositoryRoot();

    /// <summary>The five seeds; the ledger lists every product claim of each.</summary>
    private static readonly string[] FullyCovered =
        ["000_4532d671fa153d9f.txt", "001_07f5557269600f41.txt", "002_4745915eb8e7300d.txt", "003_8e5f95c77df11af5.txt", "004_601302bdbb9bb4f6.txt"];

    /// <summary>The seeds' folder (shared/ beside the repository), where it is there.</summary>
    private static readonly string SeedFolder = Path.Combine(Root, "..", "shared", "seeds");

    private sealed record Row(string Seed, int First, int Last, string Claim, string Status);

    [Fact]
    public void Every_seed_has_a_section_in_the_ledger()
    {
        // The seeds sit in shared/ beside the repository where it is there; the five file names otherwise.
        var seeds = Directory.Exists(SeedFolder) ? Directory.GetFiles(SeedFolder, "*.txt").Select(f => Path.GetFileName(f)).ToList() : [];
        var ledger = Ledger();
        IEnumerable<string> expected = seeds.Count > 0 ? seeds : FullyCovered;
        Assert.All(expected, seed => Assert.Contains(ledger, r => r.Seed == seed));
    }

    /// <summary>
    /// Every line of a seed that holds a digit (ASCII 0-9: the seeds write every figure with digits) falls in a row of
    /// the ledger, as covered or as left out with a reason, so no claim is passed over. Checked where the seeds are
    /// beside the repository (they are not part of it).
    /// </summary>
    [Fact]
    public void Every_line_of_a_seed_with_a_digit_is_in_the_ledger()
    {
        var ledger = Ledger();
        var missing = new List<string>();
        foreach (var seed in FullyCovered)
        {
            var path = Path.Combine(SeedFolder, seed);
            if (!File.Exists(path))
            {
                continue;
            }

            var lines = File.ReadAllText(path).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var number = i + 1;
                if (lines[i].Any(char.IsAsciiDigit) && !ledger.Any(r => r.Seed == seed && number >= r.First && number <= r.Last))
                {
                    missing.Add($"{seed} L{number}");
                }
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} lines with digits are in no row of the ledger: " + string.Join(", ", missing.Take(40)));
    }

    [Fact]
    public void Every_line_listed_as_covered_is_cited_and_every_left_out_line_gives_a_reason()
    {
        var cited = CitedLines();
        var problems = new List<string>();
        foreach (var row in Ledger())
        {
            var ids = IdPattern().Matches(row.Status).Select(m => m.Groups[1].Value).ToList();
            if (row.Status.StartsWith("left out:", StringComparison.Ordinal))
            {
                if (row.Status.Length < "left out: ".Length + 10)
                {
                    problems.Add($"{row.Seed} L{row.First}: left out without a reason");
                }

                continue;
            }

            if (ids.Count == 0)
            {
                problems.Add($"{row.Seed} L{row.First}: neither an entry id nor 'left out: reason'");
                continue;
            }

            var lines = Enumerable.Range(row.First, row.Last - row.First + 1);
            if (!lines.Any(l => cited.TryGetValue((row.Seed, l), out var by) && ids.Any(by.Contains)))
            {
                problems.Add($"{row.Seed} L{row.First}-{row.Last}: listed as covered by {string.Join(", ", ids)}, but no figure or reference of those entries cites it");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_cited_line_of_a_fully_covered_seed_is_in_the_ledger()
    {
        var ledger = Ledger();
        var missing = CitedLines().Keys
            .Where(k => FullyCovered.Contains(k.Seed) && !ledger.Any(r => r.Seed == k.Seed && k.Line >= r.First && k.Line <= r.Last))
            .Select(k => $"{k.Seed} L{k.Line}")
            .ToList();
        Assert.True(missing.Count == 0, "Cited but not in the ledger: " + string.Join(", ", missing));
    }

    /// <summary>
    /// The forecast rule (Catalogue-sources.md): a reporting period that begins after its source's date is a plan or
    /// guidance, so the figure giving it is flagged forecast. Checked on every reporting-period figure that cites a
    /// dated source.
    /// </summary>
    [Fact]
    public void Periods_after_the_source_date_are_flagged_forecast()
    {
        var problems = new List<string>();
        foreach (var (file, root, sources, defaultSource) in CatalogueFiles())
        {
            foreach (var (figure, path) in Objects(root, "$"))
            {
                if (!figure.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String || !figure.TryGetProperty("line", out _)
                    || !ReportingPeriod.TryParse(value.GetString()!, out var period) || value.GetString()!.Contains('@', StringComparison.Ordinal))
                {
                    continue;
                }

                var source = figure.TryGetProperty("source", out var s) ? s.GetString()! : defaultSource;
                if (!sources.TryGetValue(source, out var info) || info.Date is not { } date)
                {
                    continue;
                }

                var forecast = figure.TryGetProperty("forecast", out var f) && f.GetBoolean();
                if (period.Start > date && !forecast)
                {
                    problems.Add($"{Path.GetFileName(file)} {path}: {value.GetString()} begins after {source}'s date {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} but is not flagged forecast");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static List<Row> Ledger()
    {
        var text = File.ReadAllText(Path.Combine(Root, "src", "AiInfra.Domain", "Catalogue-sources.md"));
        var start = text.IndexOf("## Seed coverage", StringComparison.Ordinal);
        Assert.True(start >= 0, "Catalogue-sources.md has no '## Seed coverage' section.");
        var rows = new List<Row>();
        string? seed = null;
        foreach (var line in text[start..].Split('\n').Skip(1))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                break;
            }

            if (SeedHeading().Match(line) is { Success: true } heading)
            {
                seed = heading.Groups[1].Value;
                continue;
            }

            if (seed is not null && RowPattern().Match(line) is { Success: true } row)
            {
                var first = int.Parse(row.Groups[1].Value, CultureInfo.InvariantCulture);
                var last = row.Groups[2].Success ? int.Parse(row.Groups[2].Value, CultureInfo.InvariantCulture) : first;
                rows.Add(new Row(seed, first, last, row.Groups[3].Value.Trim(), row.Groups[4].Value.Trim()));
            }
        }

        Assert.NotEmpty(rows);
        return rows;
    }

    /// <summary>(seed file, line) → the ids of the entries that cite it, from every figure and reference of every catalogue file.</summary>
    private static Dictionary<(string Seed, int Line), HashSet<string>> CitedLines()
    {
        var cited = new Dictionary<(string, int), HashSet<string>>();
        foreach (var (_, root, sources, defaultSource) in CatalogueFiles())
        {
            foreach (var entry in root.GetProperty("entries").EnumerateArray())
            {
                var id = entry.GetProperty("id").GetString()!;
                foreach (var (node, _) in Objects(entry, id))
                {
                    if (!node.TryGetProperty("line", out var line) || line.ValueKind != JsonValueKind.Number)
                    {
                        continue;
                    }

                    var source = node.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : defaultSource;
                    if (!sources.TryGetValue(source, out var info) || info.Seed is not { } seed)
                    {
                        continue;
                    }

                    var first = line.GetInt32();
                    var last = node.TryGetProperty("lineEnd", out var end) ? end.GetInt32() : first;
                    for (var l = first; l <= last; l++)
                    {
                        if (!cited.TryGetValue((seed, l), out var ids))
                        {
                            cited[(seed, l)] = ids = new HashSet<string>(StringComparer.Ordinal);
                        }

                        ids.Add(id);
                    }
                }
            }
        }

        return cited;
    }

    private sealed record SourceInfo(string? Seed, NodaTime.LocalDate? Date);

    private static IEnumerable<(string File, JsonElement Root, Dictionary<string, SourceInfo> Sources, string DefaultSource)> CatalogueFiles()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "src", "AiInfra.Domain"), "*.catalog.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var root = JsonDocument.Parse(File.ReadAllText(file), options).RootElement;
            var sources = new Dictionary<string, SourceInfo>(StringComparer.Ordinal);
            if (root.TryGetProperty("sources", out var map))
            {
                foreach (var source in map.EnumerateObject())
                {
                    var seed = source.Value.TryGetProperty("seed", out var s) ? s.GetString() : null;
                    var text = source.Value.TryGetProperty("date", out var d) ? d.GetString() : null;
                    var parsed = text is null ? (DateTime?)null
                        : DateTime.ParseExact(text.Length == 7 ? text + "-01" : text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    NodaTime.LocalDate? date = parsed is { } p ? NodaTime.LocalDate.FromDateTime(p) : null;
                    sources[source.Name] = new SourceInfo(seed, date);
                }
            }

            var defaultSource = root.TryGetProperty("defaultSource", out var ds) ? ds.GetString()! : string.Empty;
            yield return (file, root, sources, defaultSource);
        }
    }

    private static IEnumerable<(JsonElement Node, string Path)> Objects(JsonElement node, string path)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            yield return (node, path);
            foreach (var property in node.EnumerateObject())
            {
                foreach (var child in Objects(property.Value, path + "/" + property.Name))
                {
                    yield return child;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                foreach (var child in Objects(item, path + "/" + i++))
                {
                    yield return child;
                }
            }
        }
    }

    [GeneratedRegex(@"^### `seeds/([0-9a-f_]+\.txt)`")]
    private static partial Regex SeedHeading();

    [GeneratedRegex(@"^\| L?(\d+)(?:-L?(\d+))? \| ([^|]*) \| ([^|]*) \|\s*$")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"`([a-z0-9]+(?:-[a-z0-9]+)*)`")]
    private static partial Regex IdPattern();
}
