#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
#:package ScottPlot
// Efficiency chart: how has accelerator throughput per watt grown, per precision? Draws it with ScottPlot as SVG and
// PNG (by default docs/charts/efficiency-chart.svg and .png; dotnet run samples/efficiency-chart.cs -- <file.svg>)
// and prints the points.
using System.Globalization;
using AiInfra.Domain;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Quantities.Units;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var path = Path.GetFullPath(args.Length > 0 ? args[0] : "docs/charts/efficiency-chart.svg");
var points = (
    from chip in Catalog.Accelerators.All
    where chip.Tdp is not null && chip.LaunchPeriod is not null
    from rating in chip.Compute
    where rating.Sparsity != Sparsity.Sparse && rating.Scope == RatingScope.Chip
    let tdp = chip.Tdp!.Value
    let launch = chip.LaunchPeriod!.Value
    let watts = (tdp.Maximum ?? tdp.Value).Watts   // a TDP range is charged at its top
    let year = launch.Value.Start.Year + (launch.Value.Start.Month - 1 + launch.Value.QuarterCount * 1.5) / 12.0   // mid-point
    select (Precision: Label(rating.Precision), Chip: chip.Name, Launch: launch, Year: year, Rating: rating.Throughput, Tdp: tdp,
            Efficiency: rating.Throughput.Value.As(ComputeThroughputUnit.TeraoperationPerSecond) / watts)).ToList();
var series = points.GroupBy(p => p.Precision).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
Console.WriteLine("Peak throughput per watt of TDP, by precision and launch ([s001:308] = source s001, line 308)\n");
var rows = new List<string[]> { new[] { "precision", "accelerator", "launch", "peak", "TDP", "TFLOPS/W" } };
rows.AddRange(series.SelectMany(s => s.OrderBy(p => p.Year).ThenBy(p => p.Chip, StringComparer.Ordinal)).Select(p => new[]
{
    p.Precision, p.Chip, $"{p.Launch.Value:S}{(p.Launch.IsForecast ? " (forecast)" : "")}", $"{p.Rating} [{p.Rating.Source}:{p.Rating.Line}]",
    $"{p.Tdp} [{p.Tdp.Source}:{p.Tdp.Line}]", $"{p.Efficiency:0.000}",
}));
var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
rows.Insert(1, widths.Select(w => new string('-', w)).ToArray());
rows.ForEach(row => Console.WriteLine(string.Join("  ", row.Select((cell, c) => c < 3 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd()));

// The chart: years across, TFLOPS per watt up on a log scale (log10 plotted, labels in TFLOPS/W); one colour per
// precision, one scatter per precision and status: filled markers are reported, hollow ones forecasts.
var plot = new ScottPlot.Plot();
var drawn = 0;
foreach (var (group, index) in series.Select((g, i) => (g, i)))
{
    var colour = plot.Add.Palette.GetColor(index);
    foreach (var forecast in new[] { false, true })
    {
        var ordered = group.Where(p => p.Launch.IsForecast == forecast).OrderBy(p => p.Year).ThenBy(p => p.Chip, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            continue;
        }

        var scatter = plot.Add.ScatterPoints(ordered.Select(p => p.Year).ToArray(), ordered.Select(p => Math.Log10(p.Efficiency)).ToArray(), colour);
        (scatter.MarkerShape, scatter.MarkerSize, scatter.LegendText) = (forecast ? ScottPlot.MarkerShape.OpenCircle : ScottPlot.MarkerShape.FilledCircle, 9, group.Key + (forecast ? " (forecast)" : ""));
        drawn++;
    }
}

plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = x => $"{x:0}" };
plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
{
    IntegerTicksOnly = true, MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(), LabelFormatter = y => $"{Math.Pow(10, y):0.###}",
};
plot.Title("Peak throughput per watt of TDP, by precision");
plot.XLabel("launch (mid-point of the launch period)");
plot.YLabel("TFLOPS per watt (log scale)");
plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
Directory.CreateDirectory(Path.GetDirectoryName(path)!);
plot.SaveSvg(path, 900, 560);
plot.SavePng(Path.ChangeExtension(path, ".png"), 900, 560);
Console.WriteLine($"\nWrote {Path.GetFileName(path)} and {Path.GetFileName(Path.ChangeExtension(path, ".png"))}: {series.Count} precisions ({string.Join(", ", series.Select(s => s.Key))}) in {drawn} series, {points.Count} points.");
var skipped = Catalog.Accelerators.All.Count(c => c.Compute.Count > 0 && (c.Tdp is null || c.LaunchPeriod is null));
Console.WriteLine($"Not charted: {skipped} accelerators with compute ratings but no TDP or launch period in the catalogue.");

static string Label(NumericPrecision precision) => precision.ToString().ToUpperInvariant().Replace("OR", "/", StringComparison.Ordinal);
