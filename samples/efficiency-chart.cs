#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
// Efficiency chart: how has accelerator throughput per watt grown, per precision? Writes an SVG chart (by default
// artifacts/efficiency-chart.svg; dotnet run samples/efficiency-chart.cs -- <file.svg>) and prints the points.
using System.Globalization;
using System.Security;
using System.Text;
using AiInfra.Domain;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Quantities.Units;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var path = Path.GetFullPath(args.Length > 0 ? args[0] : "artifacts/efficiency-chart.svg");
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

// The chart: years across, TFLOPS per watt up on a log scale; one colour per precision; hollow markers are forecasts.
const double width = 900, height = 560, left = 70, right = 110, top = 70, bottom = 60;
var (x0, x1) = (Math.Floor(points.Min(p => p.Year)), Math.Ceiling(points.Max(p => p.Year)));
var (y0, y1) = (Math.Floor(Math.Log10(points.Min(p => p.Efficiency))), Math.Ceiling(Math.Log10(points.Max(p => p.Efficiency))));
double X(double year) => left + (year - x0) / (x1 - x0) * (width - left - right);
double Y(double value) => height - bottom - (Math.Log10(value) - y0) / (y1 - y0) * (height - top - bottom);
string[] colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];
var svg = new StringBuilder();
void Add(string element) => svg.Append(element).Append('\n');
Add($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\">");
Add($"<title>Accelerator peak throughput per watt of TDP by launch, per precision</title><rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>");
Add($"<text x=\"{left}\" y=\"30\" font-size=\"16\">Peak throughput per watt of TDP (TFLOPS/W, log scale)</text>");
Add($"<text x=\"{(left + width - right) / 2}\" y=\"{height - 15}\" text-anchor=\"middle\">launch (mid-point of the launch period; hollow markers are forecasts)</text>");
for (var year = x0; year <= x1; year++)
{
    Add($"<line x1=\"{X(year):0.#}\" y1=\"{top}\" x2=\"{X(year):0.#}\" y2=\"{height - bottom}\" stroke=\"#ddd\"/>" +
        $"<text x=\"{X(year):0.#}\" y=\"{height - bottom + 18}\" text-anchor=\"middle\">{year}</text>");
}

for (var value = Math.Pow(10, y0); value <= Math.Pow(10, y1) * 1.001; value *= 10)
{
    Add($"<line x1=\"{left}\" y1=\"{Y(value):0.#}\" x2=\"{width - right}\" y2=\"{Y(value):0.#}\" stroke=\"#ddd\"/>" +
        $"<text x=\"{left - 8}\" y=\"{Y(value) + 4:0.#}\" text-anchor=\"end\">{value:0.###}</text>");
}

// Series with many points first, so that a lone point drawn later stays visible where it coincides with another. Each
// label takes the first place, right of its point and then left, that no earlier label occupies; else the tooltip must do.
var labels = new List<(double X, double Y, double Width)>();
foreach (var group in series.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
{
    var (index, ordered) = (series.IndexOf(group), group.OrderBy(p => p.Year).ThenBy(p => p.Chip, StringComparer.Ordinal).ToList());
    Add($"<g class=\"series\" data-precision=\"{group.Key}\" stroke=\"{colours[index % colours.Length]}\" fill=\"{colours[index % colours.Length]}\">");
    Add($"<rect x=\"{left + index * 80}\" y=\"40\" width=\"12\" height=\"12\"/><text x=\"{left + index * 80 + 18}\" y=\"51\" stroke=\"none\">{group.Key}</text>");
    Add($"<polyline fill=\"none\" stroke-width=\"1.5\" points=\"{string.Join(" ", ordered.Select(p => $"{X(p.Year):0.#},{Y(p.Efficiency):0.#}"))}\"/>");
    foreach (var p in ordered)
    {
        var tooltip = SecurityElement.Escape($"{p.Chip}, {group.Key}: {p.Rating} / {p.Tdp} = {p.Efficiency:0.###} TFLOPS/W");
        Add($"<circle cx=\"{X(p.Year):0.#}\" cy=\"{Y(p.Efficiency):0.#}\" r=\"4.5\"{(p.Launch.IsForecast ? " fill=\"white\"" : "")}><title>{tooltip}</title></circle>");
        var w = p.Chip.Length * 5.6;
        var (x, y) = new[] { (7, -7), (7, 16), (-7 - w, -7), (-7 - w, 16) }.Select(d => (X(p.Year) + d.Item1, Y(p.Efficiency) + d.Item2))
            .FirstOrDefault(c => !labels.Any(l => c.Item1 < l.X + l.Width && l.X < c.Item1 + w && Math.Abs(c.Item2 - l.Y) < 11), (double.NaN, 0));
        labels.Add((x, y, w));
        Add(double.IsNaN(x) ? "" : $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"10\" stroke=\"none\">{SecurityElement.Escape(p.Chip)}</text>");
    }

    Add("</g>");
}

Add("</svg>");
Directory.CreateDirectory(Path.GetDirectoryName(path)!);
File.WriteAllText(path, svg.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
Console.WriteLine($"\nWrote {Path.GetFileName(path)}: {series.Count} series ({string.Join(", ", series.Select(s => s.Key))}), {points.Count} points.");
var skipped = Catalog.Accelerators.All.Count(c => c.Compute.Count > 0 && (c.Tdp is null || c.LaunchPeriod is null));
Console.WriteLine($"Not charted: {skipped} accelerators with compute ratings but no TDP or launch period in the catalogue.");

static string Label(NumericPrecision precision) => precision.ToString().ToUpperInvariant().Replace("OR", "/", StringComparison.Ordinal);
