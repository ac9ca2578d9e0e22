using Snapshooter;
using Snapshooter.Xunit;

namespace AiInfra.Domain.Cli.Tests;

/// <summary><c>aiinfra plan</c>: reports, comparisons, explanations and located errors, snapshot-tested.</summary>
public class PlanTests
{
    private static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiInfra.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("AiInfra.Domain.sln not found.");
    }

    private static string Plan(string name) => Path.Combine(Root(), "samples", "plans", name + ".plan.json");

    /// <summary>Runs the tool and makes its output independent of where the repository is.</summary>
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var result = Cli.Run(args);
        var root = Root() + Path.DirectorySeparatorChar;
        return (result.Code, result.Out.Replace(root, string.Empty, StringComparison.Ordinal), result.Err.Replace(root, string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    public void A_plan_prints_its_report(string format)
    {
        var (code, output, error) = Run("plan", Plan("worked-example"), "--format", format);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Snapshot.Match(output, new SnapshotNameExtension(format));
    }

    [Fact]
    public void Explain_prints_the_derivation_down_to_catalogue_sources_and_plan_lines()
    {
        var (code, output, _) = Run("plan", Plan("gb300-nvl72-1gw"), "--explain", "costPerMillionTokens");
        Assert.Equal(0, code);
        Assert.StartsWith("costPerMillionTokens = ", output, StringComparison.Ordinal);
        Assert.Contains("catalog Rack nvidia-gb300-nvl72 /acceleratorPackages [s004:611]", output, StringComparison.Ordinal);
        Assert.Contains("catalog Accelerator nvidia-b300 /tdp [s001:1241]", output, StringComparison.Ordinal);
        Assert.Contains("plan samples/plans/gb300-nvl72-1gw.plan.json:", output, StringComparison.Ordinal);
        Snapshot.Match(output);
    }

    [Fact]
    public void Several_plans_print_a_comparison()
    {
        var (code, output, _) = Run("plan", Plan("gb300-nvl72-1gw"), Plan("cloudmatrix-384-1gw"));
        Assert.Equal(0, code);
        Assert.StartsWith("figure ", output, StringComparison.Ordinal);
        Assert.Contains("gb300-nvl72-1gw", output, StringComparison.Ordinal);
        Assert.Contains("cloudmatrix-384-1gw", output, StringComparison.Ordinal);
        Snapshot.Match(output);
    }

    [Fact]
    public void Errors_in_a_plan_are_located_and_exit_1()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("aiinfra-plan-").FullName, "two-targets.plan.json");
        try
        {
            var text = File.ReadAllText(Plan("worked-example"))
                .Replace("\"target\": { \"accelerators\": 1024 }", "\"target\": { \"accelerators\": 1024, \"itPower\": \"10 MW\" }", StringComparison.Ordinal);
            File.WriteAllText(file, text);
            var result = Cli.Run("plan", file);
            Assert.Equal(1, result.Code);
            Assert.Equal(
                [
                    $"{file}(5,48): error rule: /target/itPower: A target needs exactly one of accelerators, itPower and facilityPower; this plan gives accelerators and itPower. Keep one.",
                ],
                result.OutLines);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_figure_or_file_exits_1_and_a_bad_format_2()
    {
        Assert.Equal(1, Cli.Run("plan", Plan("worked-example"), "--explain", "noSuchFigure").Code);
        Assert.Equal(1, Cli.Run("plan", Plan("no-such-plan")).Code);
        Assert.Equal(2, Cli.Run("plan", Plan("worked-example"), "--format", "yaml").Code);
    }
}
