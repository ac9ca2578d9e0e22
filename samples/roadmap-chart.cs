#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
#:package ScottPlot
// Roadmap chart: how do FP4 throughput and memory bandwidth per chip grow from one launch to the next? Every
// accelerator with an FP4 rating, a launch period and a memory bandwidth, drawn with ScottPlot as SVG and PNG (by
// default docs/charts/roadmap-chart.svg and .png; dotnet run samples/roadmap-chart.cs -- <file.svg>).
using System.Globalization;
using AiInfra.Domain;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Quantities.Units;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var path = Path.GetFullPath(args.Length > 0 ? args[0] : "docs/charts/roadmap-chart.svg");
var points = (
    from chip in Catalog.Accelerators.All
    where chip.LaunchPeriod is not null && chip.Memory?.Bandwidth is not null
    let fp4 = chip.Compute.Where(r => r.Precision == NumericPrecision.Fp4 && r.Scope == RatingScope.Chip && r.Sparsity != Sparsity.Sparse).Select(r => r.Throughput).FirstOrDefault()
    where fp4.Source is not null
    let launch = chip.LaunchPeriod!.Value
    let year = launch.Value.Start.Year + (launch.Value.Start.Month - 1 + launch.Value.QuarterCount * 1.5) / 12.0   // mid-point
    let bandwidth = chip.Memory!.Bandwidth!.Value
    orderby year, chip.Name
    select (Chip: chip.Name, Launch: launch, Year: year, Fp4: fp4, Bandwidth: bandwidth,
            Pflops: fp4.Value.As(ComputeThroughputUnit.TeraoperationPerSecond) / 1000, TBps: bandwidth.Value.As(BitRateUnit.TerabytePerSecond))).ToList();
Console.WriteLine("FP4 throughput and memory bandwidth per chip, by launch ([s004:545] = source s004, line 545)\n");
var rows = new List<string[]> { new[] { "accelerator", "launch", "FP4 (dense or not stated)", "memory bandwidth" } };
rows.AddRange(points.Select(p => new[]
{
    p.Chip, $"{p.Launch.Value:S}{(p.Launch.IsForecast ? " (forecast)" : "")}", $"{p.Fp4.ToString("a", null)} [{p.Fp4.Source}:{p.Fp4.Line}]",
    $"{p.Bandwidth.ToString("a", null)} [{p.Bandwidth.Source}:{p.Bandwidth.Line}]",
}));
var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
rows.Insert(1, widths.Select(w => new string('-', w)).ToArray());
rows.ForEach(row => Console.WriteLine(string.Join("  ", row.Select((cell, c) => c < 2 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd()));

// Years across; FP4 PFLOPS on the left axis and TB/s on the right, both log scales (log10 plotted, labels in units).
var plot = new ScottPlot.Plot();
var years = points.Select(p => p.Year).ToArray();
var fp4Series = plot.Add.ScatterPoints(years, points.Select(p => Math.Log10(p.Pflops)).ToArray(), ScottPlot.Colors.ForestGreen);
(fp4Series.MarkerShape, fp4Series.MarkerSize, fp4Series.LegendText) = (ScottPlot.MarkerShape.FilledCircle, 9, "FP4 throughput (PFLOPS, left)");
var bandwidthSeries = plot.Add.ScatterPoints(years, points.Select(p => Math.Log10(p.TBps)).ToArray(), ScottPlot.Colors.Crimson);
(bandwidthSeries.MarkerShape, bandwidthSeries.MarkerSize, bandwidthSeries.LegendText) = (ScottPlot.MarkerShape.FilledCircle, 9, "memory bandwidth (TB/s, right)");
bandwidthSeries.Axes.YAxis = plot.Axes.Right;
foreach (var p in points)
{
    var label = plot.Add.Text(p.Chip + (p.Launch.IsForecast ? " (forecast)" : ""), p.Year, Math.Log10(p.Pflops));
    (label.LabelFontSize, label.OffsetX, label.OffsetY) = (10, 6, -16);
}

foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Left, plot.Axes.Right })
{
    axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
    {
        IntegerTicksOnly = true, MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(), LabelFormatter = y => $"{Math.Pow(10, y):0.###}",
    };
}

plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = x => $"{x:0}" };
plot.Title("FP4 throughput and memory bandwidth per chip, by launch");
plot.XLabel("launch (mid-point of the launch period)");
plot.Axes.Left.Label.Text = "FP4 PFLOPS per chip (log scale)";
plot.Axes.Right.Label.Text = "memory TB/s per chip (log scale)";
plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
Directory.CreateDirectory(Path.GetDirectoryName(path)!);
plot.SaveSvg(path, 900, 560);
plot.SavePng(Path.ChangeExtension(path, ".png"), 900, 560);
Console.WriteLine($"\nWrote {Path.GetFileName(path)} and {Path.GetFileName(Path.ChangeExtension(path, ".png"))}: 2 series, {points.Count} accelerators.");
