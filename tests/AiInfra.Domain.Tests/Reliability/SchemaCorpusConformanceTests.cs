using System.Diagnostics;
using System.Globalization;
using System.Text;
using AiInfra.Domain.Tests.Schemas;
using Xunit.Abstractions;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// Every registered record of the library and of this project, judged by ajv and by <see cref="AiInfraJson"/> on the
/// same corpus: its valid documents (every catalogue entry, the values nested in them, examples) and the systematic
/// mutations of <see cref="Mutations"/>. The two agree on every document, except where .NET is stricter by design
/// (<see cref="Mutations.DotNetStricterByDesign"/>, and rules across properties); .NET never accepts what ajv rejects.
/// All documents of all entities go to ajv in one node run.
/// </summary>
public class SchemaCorpusConformanceTests(ITestOutputHelper output)
{
    private const string CrossPropertyRule = "rule across properties (hand-written rule, or atLeastProperty): .NET reports it on another property than the one changed, a schema cannot compare two values";

    [RequiresNodeFact]
    public void Every_entity_agrees_with_ajv_on_its_valid_documents_and_their_mutations()
    {
        var stopwatch = Stopwatch.StartNew();
        var entities = Entities.All;
        Assert.True(entities.Count >= 45, $"only {entities.Count} entities are registered");
        var cases = entities.SelectMany(e => Mutations.For(e, Entities.ValidDocuments[e.Key])).ToList();
        var built = stopwatch.Elapsed;

        var (schemas, results) = Ajv.Check(
            entities.ToDictionary(e => e.Key, e => e.SchemaText),
            cases.Select(c => (c.Entity.Key, c.Json)).ToList());
        Assert.All(schemas, s => Assert.True(s.Value.Valid, $"{s.Key}: {string.Join("; ", s.Value.Errors)}"));
        var ajvTime = stopwatch.Elapsed - built;

        var failures = new List<string>();
        var rows = new List<(CorpusCase Case, bool Ajv, bool DotNet, string? ByDesign)>();
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var dotnet = AiInfraJson.TryDeserialize(c.Entity.Type, Encoding.UTF8.GetBytes(c.Json), out var value, out var errors);
            var ajv = results[i].Valid;
            string? byDesign = null;
            if (dotnet && !ajv)
            {
                failures.Add($"{c.Entity.EntityName} {c.Property} [{c.Category}: {c.Description}]: .NET accepts what ajv rejects ({string.Join("; ", results[i].Errors.Take(3))}): {Shorten(c.Json)}");
            }
            else if (!dotnet && ajv)
            {
                byDesign = ByDesign(c, errors);
                if (byDesign is null)
                {
                    failures.Add($"{c.Entity.EntityName} {c.Property} [{c.Category}: {c.Description}]: ajv accepts what .NET rejects ({string.Join("; ", errors.Take(3))}): {Shorten(c.Json)}");
                }
            }

            if (c.ErrorAt is { } errorAt && PositionProblem(c, errorAt, errors) is { } problem)
            {
                failures.Add($"{c.Entity.EntityName} {c.Property} [{c.Category}: {c.Description}]: {problem}: {Shorten(c.Json)}");
            }

            if (dotnet)
            {
                Assert.NotNull(value);
                Assert.True(AiInfraJson.Validate(value).IsValid, $"{c.Entity.EntityName}: an accepted value fails its own validation");
            }

            rows.Add((c, ajv, dotnet, byDesign));
        }

        var report = Report(rows, failures, stopwatch.Elapsed, built, ajvTime);
        output.WriteLine(report);
        ReliabilityFigures.Write("schema-conformance.txt", report);

        // Every entity has valid documents that both accept, and mutations that both reject.
        foreach (var entity in entities)
        {
            var mine = rows.Where(r => r.Case.Entity == entity).ToList();
            Assert.Contains(mine, r => r.Case.Category == "valid" && r.Ajv && r.DotNet);
            Assert.Contains(mine, r => r.Case.Category != "valid" && !r.Ajv && !r.DotNet);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} disagreements:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(60))}");
    }

    /// <summary>
    /// Null when .NET reports an error at <paramref name="errorAt"/> with the line and column an editor shows for that
    /// value (worked out here with <see cref="Encoding.UTF8"/>, independently of the library); otherwise what differs.
    /// </summary>
    private static string? PositionProblem(CorpusCase c, string errorAt, IReadOnlyList<AiInfraError> errors)
    {
        var utf8 = Encoding.UTF8.GetBytes(c.Json);
        var offset = ValueOffset(utf8, errorAt);
        var lineStart = utf8.AsSpan(0, offset).LastIndexOf((byte)'\n') + 1;
        var expected = (Line: (long)utf8.AsSpan(0, offset).Count((byte)'\n') + 1, Column: (long)Encoding.UTF8.GetCharCount(utf8, lineStart, offset - lineStart) + 1);
        var at = errors.Where(e => e.Path == errorAt).ToList();
        return at.Count == 0 ? $"no error at {errorAt} ({string.Join("; ", errors.Take(3))})"
            : at.Any(e => e.Line == expected.Line && e.Column == expected.Column) ? null
            : $"the error at {errorAt} is at {at[0].Line}:{at[0].Column}, the editor shows the value at {expected.Line}:{expected.Column}";
    }

    /// <summary>The byte offset of the value at a pointer of one or two tokens: a top-level property, then an item index or a key.</summary>
    private static int ValueOffset(byte[] utf8, string pointer)
    {
        var tokens = pointer.Split('/')[1..];
        var reader = new System.Text.Json.Utf8JsonReader(utf8);
        reader.Read();
        foreach (var token in tokens)
        {
            if (reader.TokenType == System.Text.Json.JsonTokenType.StartArray)
            {
                for (var i = int.Parse(token, CultureInfo.InvariantCulture); i >= 0; i--)
                {
                    reader.Read();
                    if (i > 0)
                    {
                        reader.Skip();
                    }
                }

                continue;
            }

            while (reader.Read() && !reader.ValueTextEquals(token))
            {
                reader.Read();
                reader.Skip();
            }

            reader.Read();
        }

        return (int)reader.TokenStartIndex;
    }

    private static string? ByDesign(CorpusCase c, IReadOnlyList<AiInfraError> errors)
    {
        if (c.Category == "valid")
        {
            return null;
        }

        var category = c.Category.StartsWith("item: ", StringComparison.Ordinal) ? c.Category["item: ".Length..]
            : c.Category.StartsWith("map value: ", StringComparison.Ordinal) ? c.Category["map value: ".Length..]
            : c.Category;
        if (Mutations.DotNetStricterByDesign.TryGetValue(category, out var reason))
        {
            return reason;
        }

        // A rule across properties: every error is a hand-written rule, or lies on another property than the one changed.
        var pointer = c.Property;
        if (errors.Count > 0 && errors.All(e => e.Code == ErrorCodes.RuleViolation || !(e.Path == pointer || e.Path.StartsWith(pointer + "/", StringComparison.Ordinal))))
        {
            return CrossPropertyRule;
        }

        return null;
    }

    private static string Report(List<(CorpusCase Case, bool Ajv, bool DotNet, string? ByDesign)> rows, List<string> failures, TimeSpan total, TimeSpan built, TimeSpan ajv)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"Schema conformance corpus: {rows.Count} documents of {rows.Select(r => r.Case.Entity).Distinct().Count()} entities; {rows.Count(r => r.Ajv == r.DotNet)} agreements, {rows.Count(r => r.ByDesign is not null)} by-design disagreements, {failures.Count} failures.");
        text.AppendLine(inv, $"Valid documents: {rows.Count(r => r.Case.Category == "valid")} ({string.Join(", ", rows.Where(r => r.Case.Category == "valid").GroupBy(r => r.Case.Description).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}).");
        text.AppendLine(inv, $"Time: {total.TotalSeconds:F1} s (building the corpus {built.TotalSeconds:F1} s, one ajv run {ajv.TotalSeconds:F1} s).");
        text.AppendLine();
        text.AppendLine("entity | documents | valid | mutations | agree | by design | failures");
        foreach (var group in rows.GroupBy(r => r.Case.Entity).OrderBy(g => g.Key.Key, StringComparer.Ordinal))
        {
            var docs = group.ToList();
            text.AppendLine(inv, $"{group.Key.Key} | {docs.Count} | {docs.Count(r => r.Case.Category == "valid")} | {docs.Count(r => r.Case.Category != "valid")} | {docs.Count(r => r.Ajv == r.DotNet)} | {docs.Count(r => r.ByDesign is not null)} | {docs.Count(r => r.Ajv != r.DotNet && r.ByDesign is null)}");
        }

        text.AppendLine();
        text.AppendLine("category | documents | both accept | both reject | only .NET rejects (by design) | failures");
        foreach (var group in rows.GroupBy(r => r.Case.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var docs = group.ToList();
            text.AppendLine(inv, $"{group.Key} | {docs.Count} | {docs.Count(r => r.Ajv && r.DotNet)} | {docs.Count(r => !r.Ajv && !r.DotNet)} | {docs.Count(r => r.ByDesign is not null)} | {docs.Count(r => r.Ajv != r.DotNet && r.ByDesign is null)}");
        }

        text.AppendLine();
        text.AppendLine("by-design disagreements by reason:");
        foreach (var group in rows.Where(r => r.ByDesign is not null).GroupBy(r => r.ByDesign!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(inv, $"- {group.Count()}: {group.Key}");
            if (group.Key == CrossPropertyRule)
            {
                foreach (var example in group.GroupBy(r => $"{r.Case.Entity.EntityName}{r.Case.Property} ({r.Case.Category})").Take(20))
                {
                    text.AppendLine(inv, $"    {example.Key}: {example.Count()}");
                }
            }
        }

        return text.ToString();
    }

    private static string Shorten(string json) => json.Length <= 300 ? json : json[..300] + "...";
}
