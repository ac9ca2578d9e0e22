#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
#:package ScottPlot
// A 1 GW site of GB300 NVL72 and the same site of Ascend CloudMatrix 384 (samples/plans/*.plan.json), compared; what
// drives the cost of a token (a tornado); and a ScottPlot chart of that cost swept over utilisation (by default
// artifacts/plan-1gw.svg; dotnet run samples/plan-1gw.cs -- <file.svg>).
using System.Globalization;
using AiInfra.Domain.Planning;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var path = Path.GetFullPath(args.Length > 0 ? args[0] : "artifacts/plan-1gw.svg");
var folder = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? "samples", "plans");
var documents = new[] { "gb300-nvl72-1gw", "cloudmatrix-384-1gw" }
    .Select(id => ClusterPlanDocument.Load(Path.Combine(folder, id + ".plan.json"))).ToArray();
var reports = documents.Select(ClusterPlanner.Plan).ToArray();
Console.WriteLine("Two 1 GW sites (facility power), side by side. Ranges come from catalogue ranges, never a midpoint:");
foreach (var leaf in reports.SelectMany(r => r.Leaves()).Where(l => l.IsRange && l.Source is CatalogProvenance).DistinctBy(l => l.Source))
{
    Console.WriteLine($"  {leaf.Label} = {leaf} {((CatalogProvenance)leaf.Source!).Citation}");
}

Console.Write("\n" + new PlanComparison(reports).ToText());

// Where the cost of a token comes from: the top of the derivation, each input with its own source.
var cost = reports[0]["costPerMillionTokens"];
Console.WriteLine($"\n{documents[0].Plan.Id}: {cost.Label} = {cost}  [{cost.Formula!.Id}: {cost.Formula.Text}]");
foreach (var input in cost.Inputs)
{
    Console.WriteLine($"  {input.Label} = {input}  {(input.Formula is { } f ? $"[{f.Id}: {f.Text}]" : $"<- {input.Source!.Describe()}")}");
}

var leaves = reports[0].Leaves();
Console.WriteLine($"It rests on {leaves.Count} inputs: {leaves.Count(l => l.Source is CatalogProvenance)} catalogue figures, " +
    $"{leaves.Count(l => l.Source is PlanFileProvenance)} plan-file values and {leaves.Count(l => l.Source is DefaultProvenance)} defaults. Catalogue figures:");
foreach (var leaf in leaves.Where(l => l.Source is CatalogProvenance).DistinctBy(l => l.Source))
{
    var source = (CatalogProvenance)leaf.Source!;
    Console.WriteLine($"  {leaf.Label} = {leaf} {source.Citation} ({source.Catalog} {source.EntryId}{source.Property}, {PlanFigure.BoundWord(source.Bound)})");
}

// Tornado: each input across its documented plausible range (docs/planner.md), the others as planned.
foreach (var document in documents)
{
    Console.WriteLine($"\nTornado of cost per million tokens, {document.Plan.Id} (as planned: {ClusterPlanner.Plan(document.Plan)["costPerMillionTokens"]})");
    var rows = new List<string[]> { new[] { "input", "low", "high", "cost at low", "cost at high", "swing" } };
    rows.AddRange(PlanAnalysis.Tornado(document.Plan).Select(b => new[]
    {
        b.Label, PlanFigure.Number(b.Low), PlanFigure.Number(b.High), b.AtLow.ToString(), b.AtHigh.ToString(), PlanFigure.Number(b.Swing),
    }));
    Print(rows);
}

// The sweep: cost per million tokens against utilisation; a range is drawn as a band between its ends, never a midpoint.
var plot = new ScottPlot.Plot();
var utilisation = Enumerable.Range(0, 11).Select(i => 40.0 + (i * 5)).ToArray();
Console.WriteLine("\nCost per million tokens (USD) against utilisation (%)");
var sweep = new List<string[]> { new[] { "utilisation" }.Concat(documents.Select(d => d.Plan.Id)).ToArray() };
var series = documents.Select(d => PlanAnalysis.Sensitivity(d.Plan, "/economics/utilisation", utilisation[0], utilisation[^1], utilisation.Length)
    .Select(p => p.Report["costPerMillionTokens"]).ToArray()).ToArray();
sweep.AddRange(utilisation.Select((u, i) => new[] { PlanFigure.Number(u) }.Concat(series.Select(s => s[i].FormatValue())).ToArray()));
Print(sweep);
var colours = new[] { ScottPlot.Colors.ForestGreen, ScottPlot.Colors.Crimson };
for (var s = 0; s < series.Length; s++)
{
    var (low, high) = (series[s].Select(f => f.Min).ToArray(), series[s].Select(f => f.Max).ToArray());
    if (series[s].Any(f => f.IsRange))
    {
        var band = plot.Add.FillY(utilisation, low, high);
        band.FillColor = colours[s].WithAlpha(0.25);
        band.LineWidth = 0;
        plot.Add.ScatterLine(utilisation, high, colours[s]).LegendText = $"{documents[s].Plan.Name}, high end";
    }

    plot.Add.ScatterLine(utilisation, low, colours[s]).LegendText = documents[s].Plan.Name + (series[s].Any(f => f.IsRange) ? ", low end" : "");
}

plot.Title("Cost per million tokens against utilisation, 1 GW sites");
plot.XLabel("utilisation (%)");
plot.YLabel("cost per million tokens (USD)");
plot.ShowLegend(ScottPlot.Alignment.UpperRight);
Directory.CreateDirectory(Path.GetDirectoryName(path)!);
plot.SaveSvg(path, 900, 560);
Console.WriteLine($"\nWrote {Path.GetFileName(path)}: {series.Length} plans x {utilisation.Length} utilisation steps.");

static void Print(List<string[]> rows)
{
    var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
    rows.Insert(1, widths.Select(w => new string('-', w)).ToArray());
    rows.ForEach(row => Console.WriteLine(string.Join("  ", row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd()));
}
