using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiInfra.Domain.Tests;
using AiInfra.Domain.Tests.Schemas;

namespace AiInfra.Domain.Cli.Tests;

/// <summary>
/// <c>--format sarif</c>: 'validate' and 'audit' write one SARIF 2.1.0 log, which the SARIF 2.1.0 JSON Schema (shipped
/// here, judged by ajv) accepts, and which says what the text form says: each error or finding a result with the code as
/// its ruleId, at the same file, line and column (UTF-16 code units, stated in columnKind), with the same words.
/// </summary>
public sealed partial class SarifTests : IDisposable
{
    private static readonly string Examples = Path.Combine(Paths.RepositoryRoot(), "docs", "cli-examples");
    private static readonly Lazy<string> s_schema = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-schema-2.1.0.json")));
    private readonly TempFolder _temp = new();

    [RequiresNodeFact]
    public void Validate_writes_a_log_the_schema_accepts_with_each_error_of_the_text_form()
    {
        string[] files = [Example("chips.catalog.json"), Example("my-chip.json"), Example("sources.catalog.json"), Path.Combine(_temp.Path, "missing.json")];
        var text = Cli.Run(["validate", "--type", "Accelerator", .. files]);
        var sarif = Cli.Run(["validate", "--type", "Accelerator", "--format", "sarif", .. files]);

        Assert.Equal(1, sarif.Code);
        Assert.Equal(text.Code, sarif.Code);
        Assert.Equal(text.Err, sarif.Err);
        var run = Valid(sarif.Out);
        Assert.Equal("utf16CodeUnits", run["columnKind"]!.GetValue<string>());
        Assert.Equal("aiinfra", run["tool"]!["driver"]!["name"]!.GetValue<string>());

        // Every error line of the text form is one result, in the same order, and nothing else is.
        var expected = text.OutLines
            .Select(line => ErrorLine().Match(line))
            .Where(m => m.Success)
            .Select(m => (Uri: new Uri(m.Groups[1].Value).AbsoluteUri, Line: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Column: int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), Code: m.Groups[4].Value, Text: m.Groups[5].Value))
            .ToList();
        Assert.Equal(8, expected.Count);
        Assert.Equal(expected, Results(run).Select(r => (r.Uri!, r.Line!.Value, r.Column!.Value, r.RuleId, r.Text)).ToList());
        Assert.All(Results(run), r => Assert.Equal("error", r.Level));

        // The files read are the artifacts; the one not read is a notification, as on standard error.
        Assert.Equal(files[..3].Select(f => new Uri(f).AbsoluteUri), run["artifacts"]!.AsArray().Select(a => a!["location"]!["uri"]!.GetValue<string>()));
        var invocation = run["invocations"]![0]!;
        Assert.True(invocation["executionSuccessful"]!.GetValue<bool>());
        Assert.Equal(1, invocation["exitCode"]!.GetValue<int>());
        var notification = Assert.Single(invocation["toolExecutionNotifications"]!.AsArray())!;
        Assert.Equal("error", notification["level"]!.GetValue<string>());
        Assert.Equal($"cannot read '{files[3]}': no such file.", notification["message"]!["text"]!.GetValue<string>());
        Assert.Equal(new Uri(files[3]).AbsoluteUri, notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>());
    }

    [RequiresNodeFact]
    public void The_driver_declares_every_rule_and_each_result_points_at_its_own()
    {
        var sarif = Cli.Run("validate", "--format", "sarif", Example("chips.catalog.json"), Example("sources.catalog.json"));
        var run = Valid(sarif.Out);
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(rules.Distinct(StringComparer.Ordinal).Count(), rules.Count);
        foreach (var code in new[] { ErrorCodes.MalformedJson, ErrorCodes.UnknownProperty, ErrorCodes.PatternMismatch, ErrorCodes.RuleViolation, "catalog.duplicate-id", "figure.source", "catalog.entity" })
        {
            Assert.Contains(code, rules);
        }

        foreach (var result in run["results"]!.AsArray())
        {
            Assert.Equal(result!["ruleId"]!.GetValue<string>(), rules[result["ruleIndex"]!.GetValue<int>()]);
        }
    }

    [RequiresNodeFact]
    public void A_relative_path_is_a_relative_uri_and_the_column_counts_UTF16_code_units()
    {
        // In a folder whose name needs percent-encoding; "🔌" is two UTF-16 code units and four UTF-8 bytes.
        var folder = Directory.CreateDirectory(Path.Combine(_temp.Path, "data", "chips ü")).FullName;
        const string json = "{ \"id\": \"plug\", \"vendor\": \"nvidia\", \"name\": \"🔌 Plug\", \"kind\": \"gpu\", \"tdp\": \"700 V\" }";
        File.WriteAllText(Path.Combine(folder, "plug.json"), json);

        var result = Cli.RunProcess(_temp.Path, "validate", "-t", "Accelerator", "-f", "sarif", Path.Combine("data", "chips ü", "plug.json"));

        Assert.True(result.Code == 1, result.ToString());
        var error = Assert.Single(Results(Valid(result.Out)));
        Assert.Equal("data/chips%20%C3%BC/plug.json", error.Uri);
        Assert.Equal(1, error.Line);
        Assert.Equal(json.IndexOf("\"700 V\"", StringComparison.Ordinal) + 1, error.Column);
        Assert.Equal(ErrorCodes.WrongDimension, error.RuleId);
    }

    [RequiresNodeFact]
    public void Audit_writes_each_finding_with_its_level_its_entry_and_its_values()
    {
        var file = Example("my-chip.json");
        var text = Cli.Run("audit", "--type", "Accelerator", file);
        var sarif = Cli.Run("audit", "--type", "Accelerator", "--format", "sarif", file);

        Assert.Equal(text.Code, sarif.Code);
        var run = Valid(sarif.Out);
        var finding = Assert.Single(Results(run));
        Assert.Equal(("compute.sparse-below-dense", "error", new Uri(file).AbsoluteUri, 1, 1), (finding.RuleId, finding.Level, finding.Uri, finding.Line!.Value, finding.Column!.Value));
        Assert.Contains($"error compute.sparse-below-dense: {finding.Text}", text.Out, StringComparison.Ordinal);
        var values = run["results"]![0]!["properties"]!["values"]!.AsObject();
        Assert.Equal("4.5 PFLOPS", values["dense"]!.GetValue<string>());
        Assert.Equal("2.25 PFLOPS", values["sparse"]!.GetValue<string>());

        // --fail-on decides the exit code, not the format.
        Assert.Equal(0, Cli.Run("audit", "--type", "Accelerator", "--format", "sarif", "--fail-on", "never", file).Code);
    }

    [RequiresNodeFact]
    public void The_reference_catalogues_findings_have_a_logical_location_and_are_left_out_beside_files()
    {
        var text = Cli.Run("audit");
        var sarif = Cli.Run("audit", "--format", "sarif");
        Assert.Equal(text.Code, sarif.Code);
        var run = Valid(sarif.Out);
        var count = int.Parse(Summary().Match(text.Out).Groups[1].Value, CultureInfo.InvariantCulture);
        var results = Results(run);
        Assert.Equal(count, results.Count);
        Assert.All(results, r => Assert.Null(r.Uri));
        Assert.All(results, r => Assert.Matches("^[A-Za-z]+/[a-z0-9-]+$", r.Logical));
        Assert.Equal(
            text.OutLines.Where(l => Regex.IsMatch(l, "^(error|warning|info|doubt) ")).Select(l => l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..]),
            results.Select(r => r.Text));
        var levels = results.Select(r => r.Level).ToHashSet();
        Assert.Subset(new HashSet<string> { "error", "warning", "note" }, levels);

        // Beside a file, the log holds the file's findings; the reference entries' are counted in one note.
        var file = Example("my-chip.json");
        var beside = Valid(Cli.Run("audit", "--type", "Accelerator", "--with-reference", "--format", "sarif", file).Out);
        Assert.All(Results(beside), r => Assert.Equal(new Uri(file).AbsoluteUri, r.Uri));
        var note = Assert.Single(beside["invocations"]![0]!["toolExecutionNotifications"]!.AsArray())!;
        Assert.Equal("note", note["level"]!.GetValue<string>());
        Assert.Equal($"{count} findings of the reference catalogue's own entries left out: this log holds the findings in the files; 'aiinfra audit' shows the reference catalogue's.", note["message"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var result = Cli.Run("validate", "--format", "xml", Example("my-chip.json"));
        Assert.Equal(2, result.Code);
        Assert.StartsWith("aiinfra: error: Argument 'xml' not recognized. Must be one of:", result.Err, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    public void Dispose() => _temp.Dispose();

    private static string Example(string name) => Path.Combine(Examples, name);

    /// <summary>The log's only run, after ajv has found the log valid against the SARIF 2.1.0 schema.</summary>
    private static JsonNode Valid(string output)
    {
        var (schemas, documents) = Ajv.Check(new Dictionary<string, string> { ["sarif"] = s_schema.Value }, [("sarif", output)]);
        Assert.True(schemas["sarif"].Valid, string.Join("; ", schemas["sarif"].Errors));
        Assert.True(documents[0].Valid, string.Join("; ", documents[0].Errors) + "\n" + output);
        var log = JsonNode.Parse(output)!;
        Assert.Equal("2.1.0", log["version"]!.GetValue<string>());
        return Assert.Single(log["runs"]!.AsArray())!;
    }

    private static List<(string RuleId, string Level, string Text, string? Uri, int? Line, int? Column, string? Logical)> Results(JsonNode run) =>
        run["results"]!.AsArray().Select(r =>
        {
            var location = r!["locations"]?[0];
            var physical = location?["physicalLocation"];
            return (
                r["ruleId"]!.GetValue<string>(),
                r["level"]!.GetValue<string>(),
                r["message"]!["text"]!.GetValue<string>(),
                physical?["artifactLocation"]!["uri"]!.GetValue<string>(),
                physical?["region"]?["startLine"]?.GetValue<int>(),
                physical?["region"]?["startColumn"]?.GetValue<int>(),
                location?["logicalLocations"]?[0]?["fullyQualifiedName"]?.GetValue<string>());
        }).ToList();

    [GeneratedRegex(@"^(.+)\((\d+),(\d+)\): error ([^:]+): (.*)$")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"The reference catalogue: (\d+) findings")]
    private static partial Regex Summary();
}
