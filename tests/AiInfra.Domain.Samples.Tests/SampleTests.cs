using System.Globalization;
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
    public void Efficiency_chart_draws_every_listed_point_with_ScottPlot_a_series_per_precision_and_status()
    {
        var (output, chart) = RunChartSample("efficiency-chart", withPng: true);

        // The rows the sample lists: precision, accelerator, launch, peak, TDP, TFLOPS/W; a series per precision and
        // status (reported, forecast), in the order drawn.
        var rows = TableRows(output, "precision").Select(r => (Series: r[0] + (r[2].EndsWith("(forecast)", StringComparison.Ordinal) ? " (forecast)" : ""), Value: double.Parse(r[5], CultureInfo.InvariantCulture))).ToList();
        var expected = rows.GroupBy(r => r.Series).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(["BF16", "FP16", "FP4", "FP4 (forecast)", "FP8", "INT8"], expected.Select(g => g.Key));
        Assert.Matches($@"Wrote efficiency-chart\.svg and efficiency-chart\.png: 5 precisions \(BF16, FP16, FP4, FP8, INT8\) in {expected.Count} series, {rows.Count} points\.", output);
        var series = MarkerSeries(chart, expected.Select(g => g.Key).ToList());
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Count(), series[i].Count);
            Assert.True(series[i].Zip(series[i].Skip(1)).All(p => p.First.X <= p.Second.X), $"{expected[i].Key}: points out of launch order");
        }

        // Every point where its value puts it: one log-scale mapping from TFLOPS/W to the vertical pixel for all.
        AssertOnOneLogScale(rows.GroupBy(r => r.Series).OrderBy(g => g.Key, StringComparer.Ordinal).SelectMany(g => g).Select(r => r.Value), series.SelectMany(p => p).Select(p => p.Y));
    }

    [Fact]
    public void Roadmap_chart_draws_fp4_throughput_and_memory_bandwidth_of_every_listed_accelerator()
    {
        var (output, chart) = RunChartSample("roadmap-chart", withPng: true);

        var rows = TableRows(output, "accelerator");
        Assert.Matches($@"Wrote roadmap-chart\.svg and roadmap-chart\.png: 2 series, {rows.Count} accelerators\.", output);
        Assert.Contains(rows, r => r[0] == "B200");
        var series = MarkerSeries(chart, ["FP4 throughput (PFLOPS, left)", "memory bandwidth (TB/s, right)"]);
        Assert.All(series, s => Assert.Equal(rows.Count, s.Count));

        // Both series share the launch axis, in the listed order; each value sits on its own axis's log scale.
        Assert.Equal(series[0].Select(p => Math.Round(p.X, 2)), series[1].Select(p => Math.Round(p.X, 2)));
        Assert.True(series[0].Zip(series[0].Skip(1)).All(p => p.First.X <= p.Second.X), "points out of launch order");
        AssertOnOneLogScale(rows.Select(r => Magnitude(r[2])), series[0].Select(p => p.Y));
        AssertOnOneLogScale(rows.Select(r => Magnitude(r[3])), series[1].Select(p => p.Y));
        var texts = chart.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.All(rows, r => Assert.Contains(texts, t => t.StartsWith(r[0], StringComparison.Ordinal)));
    }

    /// <summary>The cells of the table a sample prints, after its header (first cell <paramref name="header"/>) and rule.</summary>
    private static List<string[]> TableRows(string output, string header) => output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
        .SkipWhile(line => !line.StartsWith(header + " ", StringComparison.Ordinal)).Skip(2).TakeWhile(line => line.Length > 0)
        .Select(line => Regex.Split(line.Trim(), @"\s{2,}")).ToList();

    /// <summary>A printed quantity in its base unit: "4 POPS [s004:545]" is 4e15, "3.35 TB/s (forecast)" 3.35e12.</summary>
    private static double Magnitude(string cell)
    {
        var match = Regex.Match(cell, @"([\d.]+) (\S+)");
        var prefix = "kMGTPE".IndexOf(match.Groups[2].Value[0], StringComparison.Ordinal);
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * Math.Pow(1000, prefix + 1);
    }

    /// <summary>
    /// The markers of each series ScottPlot drew, in drawing order: each series is a clip-path group of one
    /// <c>&lt;ellipse&gt;</c> per marker, and the legend, drawn last, names the series in the same order.
    /// </summary>
    private static List<List<(double X, double Y)>> MarkerSeries(XElement chart, IReadOnlyList<string> names)
    {
        var groups = chart.Descendants(Svg + "g").Where(g => g.Attribute("clip-path") is not null && g.Elements(Svg + "ellipse").Any()).ToList();
        Assert.Equal(names.Count + 1, groups.Count);
        var legend = chart.Descendants(Svg + "text").Select(t => t.Value.Trim()).Where(names.Contains).ToList();
        Assert.Equal(names, legend);
        var (width, height) = ((double)chart.Attribute("width")!, (double)chart.Attribute("height")!);
        return groups.SkipLast(1).Select(g => g.Elements(Svg + "ellipse").Select(e =>
        {
            var (x, y) = ((double)e.Attribute("cx")!, (double)e.Attribute("cy")!);
            Assert.InRange(x, 0, width);
            Assert.InRange(y, 0, height);
            return (x, y);
        }).ToList()).ToList();
    }

    /// <summary>The pixels are one decreasing affine function of the values' logarithms (least squares, within 1.5 px).</summary>
    private static void AssertOnOneLogScale(IEnumerable<double> values, IEnumerable<double> pixels)
    {
        var points = values.Select(Math.Log10).Zip(pixels).ToList();
        var (meanX, meanY) = (points.Average(p => p.First), points.Average(p => p.Second));
        var slope = points.Sum(p => (p.First - meanX) * (p.Second - meanY)) / points.Sum(p => (p.First - meanX) * (p.First - meanX));
        Assert.True(slope < 0, "a larger value is not drawn higher");
        Assert.All(points, p => Assert.InRange(p.Second - (meanY + (slope * (p.First - meanX))), -1.5, 1.5));
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
    /// snapshot, and returns the output and the chart's root, checked to be well-formed XML whose root is an SVG element;
    /// <paramref name="withPng"/>: the sample also writes <c>&lt;sample&gt;.png</c> beside it, checked to be a PNG.
    /// </summary>
    private static (string Output, XElement Chart) RunChartSample(string sample, bool withPng = false)
    {
        var folder = Directory.CreateTempSubdirectory("aiinfra-samples-").FullName;
        try
        {
            var path = Path.Combine(folder, sample + ".svg");
            var output = SampleRunner.RunSample(sample, path);

            Snapshot.Match(output, new SnapshotNameExtension(sample));
            if (withPng)
            {
                var png = File.ReadAllBytes(Path.ChangeExtension(path, ".png"));
                Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
            }

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
        var tested = s_printingSamples.Concat(["quickstart", "export-schemas", "efficiency-chart", "roadmap-chart", "plan-1gw"]);
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
