using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace AiInfra.Domain.Samples.Tests;

/// <summary>
/// The samples run one after another, never beside another build: file-based apps building the library in parallel
/// would collide on its obj folder.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SamplesCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Samples";
}

/// <summary>
/// Runs every sample as the README shows it (<c>dotnet run samples/&lt;name&gt;.cs</c> from the repository root) and
/// compares what it prints with a snapshot, one per sample. The output is deterministic by design: invariant culture,
/// catalogue order, no timestamps, no absolute paths.
/// </summary>
[Collection(SamplesCollection.Name)]
public class SampleTests
{
    /// <summary>Samples whose owners test them elsewhere.</summary>
    private static readonly string[] s_testedElsewhere = [];

    /// <summary>The samples that take no arguments and only print.</summary>
    private static readonly string[] s_printingSamples = ["rack-power", "power-chain", "optics-bom", "serving-cost", "capex", "audit", "unitsnet"];

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> PrintingSamples => new(s_printingSamples);

    [Fact]
    public void The_READMEs_first_command_runs_the_quickstart()
    {
        var readme = File.ReadAllText(Path.Combine(SampleRunner.RepositoryRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var setUp = readme[readme.IndexOf("## Set up", StringComparison.Ordinal)..];
        var firstCommand = setUp[(setUp.IndexOf("```\n", StringComparison.Ordinal) + 4)..].Split('\n')[0];
        Assert.Equal("dotnet run samples/quickstart.cs", firstCommand);

        var output = SampleRunner.Run(firstCommand.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Snapshot.Match(output, new SnapshotNameExtension("quickstart"));
    }

    [Theory]
    [MemberData(nameof(PrintingSamples))]
    public void A_sample_prints_its_table(string sample)
    {
        var output = SampleRunner.RunSample(sample);

        Snapshot.Match(output, new SnapshotNameExtension(sample));
    }

    [Fact]
    public void Export_schemas_writes_every_schema_to_the_folder_it_is_given()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("aiinfra-samples-").FullName, "schemas");
        try
        {
            var output = SampleRunner.RunSample("export-schemas", folder);

            Snapshot.Match(output, new SnapshotNameExtension("export-schemas"));
            var count = int.Parse(Regex.Match(output, @"^Wrote (\d+) JSON Schemas", RegexOptions.Multiline).Groups[1].Value);
            var files = Directory.GetFiles(folder, "*.schema.json", SearchOption.AllDirectories);
            Assert.Equal(count, files.Length);
            Assert.True(count > 40, $"only {count} schemas");
            using var metaSchema = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "aiinfra.meta-schema.json")));
            var dialect = metaSchema.RootElement.GetProperty("$id").GetString();
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", metaSchema.RootElement.GetProperty("$schema").GetString());
            foreach (var file in files)
            {
                using var schema = JsonDocument.Parse(File.ReadAllText(file));
                Assert.Equal(dialect, schema.RootElement.GetProperty("$schema").GetString());
                Assert.Equal(Path.GetFileName(file)[..^".schema.json".Length], schema.RootElement.GetProperty("title").GetString());
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public void Efficiency_chart_writes_a_well_formed_svg_with_a_series_per_precision()
    {
        var (output, chart) = RunChartSample("efficiency-chart");
        var series = chart.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "series").ToList();
        Assert.Equal(
            new[] { "BF16", "FP16", "FP4", "FP8", "INT8" },
            series.Select(g => (string)g.Attribute("data-precision")!).Order(StringComparer.Ordinal));
        Assert.All(series, g =>
        {
            Assert.Single(g.Elements(Svg + "polyline"));
            Assert.NotEmpty(g.Elements(Svg + "circle"));
        });

        // The chart holds exactly the points the sample lists, each inside the drawing.
        var points = int.Parse(Regex.Match(output, @"(\d+) points\.", RegexOptions.Multiline).Groups[1].Value);
        var circles = series.SelectMany(g => g.Elements(Svg + "circle")).ToList();
        Assert.Equal(points, circles.Count);
        var (width, height) = ((double)chart.Attribute("width")!, (double)chart.Attribute("height")!);
        Assert.All(circles, c => Assert.InRange((double)c.Attribute("cx")!, 0, width));
        Assert.All(circles, c => Assert.InRange((double)c.Attribute("cy")!, 0, height));
    }

    [Fact]
    public void Plan_1gw_compares_two_sites_and_charts_the_utilisation_sweep_with_ScottPlot()
    {
        var (output, chart) = RunChartSample("plan-1gw");
        Assert.Equal(("900", "560"), ((string)chart.Attribute("width")!, (string)chart.Attribute("height")!));

        // The legend names both plans, the range's two ends apart; the axes say what is plotted.
        var texts = chart.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("1 GW of GB300 NVL72", texts);
        Assert.Contains("1 GW of Ascend CloudMatrix 384, low end", texts);
        Assert.Contains("1 GW of Ascend CloudMatrix 384, high end", texts);
        Assert.Contains("utilisation (%)", texts);
        Assert.Contains("cost per million tokens (USD)", texts);
        Assert.Matches(@"Wrote plan-1gw\.svg: 2 plans x 11 utilisation steps\.", output);
    }

    /// <summary>
    /// Runs a sample that writes <c>&lt;sample&gt;.svg</c> into a temporary folder, matches what it prints with its
    /// snapshot, and returns the output and the chart's root, checked to be well-formed XML whose root is an SVG element.
    /// </summary>
    private static (string Output, XElement Chart) RunChartSample(string sample)
    {
        var folder = Directory.CreateTempSubdirectory("aiinfra-samples-").FullName;
        try
        {
            var path = Path.Combine(folder, sample + ".svg");
            var output = SampleRunner.RunSample(sample, path);

            Snapshot.Match(output, new SnapshotNameExtension(sample));
            var document = XDocument.Load(path);   // throws unless the file is well-formed XML
            Assert.Equal(Svg + "svg", document.Root!.Name);
            return (output, document.Root);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_sample_is_tested_and_is_a_short_file_based_app()
    {
        var tested = s_printingSamples.Concat(["quickstart", "export-schemas", "efficiency-chart", "plan-1gw"]);
        var samples = Directory.GetFiles(Path.Combine(SampleRunner.RepositoryRoot, "samples"), "*.cs")
            .Select(file => Path.GetFileNameWithoutExtension(file))
            .Except(s_testedElsewhere)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(tested.Order(StringComparer.Ordinal), samples);
        Assert.All(samples, sample =>
        {
            var lines = File.ReadAllLines(Path.Combine(SampleRunner.RepositoryRoot, "samples", sample + ".cs"));
            Assert.Equal("#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj", lines[0]);
            Assert.True(lines.Length < 100, $"samples/{sample}.cs has {lines.Length} lines.");
        });
    }
}
