using AiInfra.Domain.Audit;

namespace AiInfra.Domain.Cli.Tests;

/// <summary><c>aiinfra audit</c>: the reference catalogue, or a user's files.</summary>
public class AuditTests
{
    [Fact]
    public void The_reference_catalogue_audit_prints_every_finding_grouped_by_rule()
    {
        var findings = CatalogAudit.Run();
        var result = Cli.Run("audit");
        Assert.True(result.Code == (findings.Any(f => f.Severity == AuditSeverity.Error) ? 1 : 0), result.ToString());
        var lines = result.OutLines;
        var headers = lines.Where(l => l.Length > 0 && !l.StartsWith("error ", StringComparison.Ordinal) && !l.StartsWith("warning ", StringComparison.Ordinal) && !l.StartsWith("info ", StringComparison.Ordinal) && !l.StartsWith("doubt ", StringComparison.Ordinal)).ToArray();
        var rules = findings.Select(f => f.Rule).Distinct().ToArray();
        Assert.Equal(rules.Length + 1, headers.Length);
        Assert.Equal(AuditRules.All.Where(rules.Contains), headers[..^1].Select(h => h[..h.IndexOf(' ', StringComparison.Ordinal)]));
        Assert.Equal(findings.Count, lines.Count(l => l.StartsWith("error ", StringComparison.Ordinal) || l.StartsWith("warning ", StringComparison.Ordinal) || l.StartsWith("info ", StringComparison.Ordinal) || l.StartsWith("doubt ", StringComparison.Ordinal)));
        Assert.Contains("error compute.unsupported-precision: Accelerator nvidia-h100-sxm: Rated 4 PFLOPS at fp4 on the Hopper architecture", result.Out, StringComparison.Ordinal);
        Assert.StartsWith($"The reference catalogue: {findings.Count} findings (", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_sets_which_findings_fail_the_run()
    {
        Assert.Equal(0, Cli.Run("audit", "--fail-on", "never").Code);
        Assert.Equal(CatalogAudit.Run().Count > 0 ? 1 : 0, Cli.Run("audit", "--fail-on", "info").Code);
        Assert.Equal(2, Cli.Run("audit", "--fail-on", "sometimes").Code);
    }

    [Fact]
    public void Findings_in_a_users_file_are_located_at_their_entry()
    {
        var file = Cli.Fixture("audit.catalog.json");
        var result = Cli.Run("audit", file);
        Assert.True(result.Code == 1, result.ToString());
        Assert.Equal(
            [
                "compute.sparse-below-dense (1 finding)",
                $"{file}(10,5): error compute.sparse-below-dense: Accelerator odd-gpu: The sparse fp8 rating (1000 TFLOPS) is below the dense one (2000 TFLOPS). [dense = 2000 TFLOPS, sparse = 1000 TFLOPS]",
                "",
                "The files: 1 finding (1 error, 0 warning, 0 info, 0 doubt) under 1 of " + AuditRules.All.Count + " rules.",
            ],
            result.OutLines);
        Assert.Equal(0, Cli.Run("audit", file, "--fail-on", "never").Code);
    }

    [Fact]
    public void Files_can_be_audited_with_the_reference_catalogue_they_refer_to()
    {
        var file = Cli.Fixture("rack.catalog.json");
        var alone = Cli.Run("audit", file);
        var together = Cli.Run("audit", file, "--with-reference");
        Assert.DoesNotContain("rack.power-below-parts", alone.Out, StringComparison.Ordinal);
        Assert.Contains($"{file}(4,5): error {AuditRules.RackPowerBelowParts}: Rack my-b200-rack:", together.Out, StringComparison.Ordinal);
        Assert.True(together.Code == 1, together.ToString());
        Assert.Contains("The files with the reference catalogue: ", together.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_or_missing_files_fail_the_audit_and_their_errors_are_printed()
    {
        var bad = Cli.Fixture("bad.catalog.json");
        var result = Cli.Run("audit", bad, "--fail-on", "never");
        Assert.True(result.Code == 1, result.ToString());
        Assert.StartsWith($"{bad}(5,13): error value.pattern: /entries/0/id:", result.OutLines[0], StringComparison.Ordinal);

        var missing = Cli.Run("audit", Path.Combine(Cli.Fixtures, "none.catalog.json"));
        Assert.True(missing.Code == 1, missing.ToString());
        Assert.Contains("cannot read", missing.Err, StringComparison.Ordinal);

        var undetermined = Cli.Run("audit", Cli.Fixture("chip.json"));
        Assert.True(undetermined.Code == 2, undetermined.ToString());
        Assert.Equal(0, Cli.Run("audit", "--type", "Accelerator", Cli.Fixture("chip.json")).Code);
    }

    [Fact]
    public void Entities_the_audit_does_not_check_are_reported_as_skipped()
    {
        var result = Cli.Run("audit", "--type", "Bess", Cli.Fixture("bess-rule.json"));
        Assert.True(result.Code == 1, result.ToString());
        using var temp = new TempFolder();
        var valid = temp.File("bess.json", """{ "id": "b", "ratedPower": "1 kW", "energyCapacity": "10 kWh" }""");
        var skipped = Cli.Run("audit", "--type", "Bess", valid);
        Assert.True(skipped.Code == 0, skipped.ToString());
        Assert.Equal(["aiinfra: note: 1 Bess entry not audited: the audit checks catalogue kinds only."], skipped.ErrLines);
    }

    [Fact]
    public void An_id_the_reference_catalogue_uses_is_reported_at_the_users_entry_and_the_references_findings_are_not()
    {
        using var temp = new TempFolder();
        var file = temp.File("mine.catalog.json", """
            {
              "entity": "Accelerator", "sources": { "d": { "title": "Datasheet" } }, "defaultSource": "d",
              "entries": [
                { "id": "nvidia-h100-sxm", "vendor": "nvidia", "name": "My H100", "kind": "gpu" },
                { "id": "my-own", "vendor": "nvidia", "name": "Mine", "kind": "gpu",
                  "compute": [
                    { "precision": "fp8", "sparsity": "dense", "throughput": "2000 TFLOPS" },
                    { "precision": "fp8", "sparsity": "sparse", "throughput": "1000 TFLOPS" } ] }
              ]
            }
            """);
        var result = Cli.Run("audit", file, "--with-reference", "--fail-on", "never");
        Assert.True(result.Code == 1, result.ToString());
        Assert.Equal(
            $"{file}(4,5): error catalog.duplicate-id: /entries/0/id: The id 'nvidia-h100-sxm' is already used by the reference catalogue's entry of accelerators, so this Accelerator is left out of the audit.",
            result.OutLines[0]);

        // The reference entry's own findings are printed, without a place in the user's file; the user's other entry is located.
        Assert.Contains(result.OutLines, l => l.StartsWith("error compute.unsupported-precision: Accelerator nvidia-h100-sxm: ", StringComparison.Ordinal));
        Assert.DoesNotContain(result.OutLines[1..], l => l.StartsWith(file, StringComparison.Ordinal) && l.Contains("nvidia-h100-sxm", StringComparison.Ordinal));
        Assert.Contains($"{file}(5,5): error compute.sparse-below-dense: Accelerator my-own: ", result.Out, StringComparison.Ordinal);

        // Without the reference catalogue the id is the user's own, and its findings are located at its entry.
        var alone = Cli.Run("audit", file, "--fail-on", "never");
        Assert.True(alone.Code == 0, alone.ToString());
        Assert.DoesNotContain("catalog.duplicate-id", alone.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_used_by_two_files_is_reported_at_the_second()
    {
        using var temp = new TempFolder();
        const string Text = """{ "entity": "Accelerator", "entries": [ { "id": "twin", "vendor": "nvidia", "name": "T", "kind": "gpu" } ] }""";
        var first = temp.File("a.catalog.json", Text);
        var second = temp.File("b.catalog.json", Text);
        var result = Cli.Run("audit", first, second);
        Assert.True(result.Code == 1, result.ToString());
        Assert.Equal($"{second}(1,41): error catalog.duplicate-id: /entries/0/id: The id 'twin' is already used by {first}(1,41), so this Accelerator is left out of the audit.", result.OutLines[0]);
    }
}
