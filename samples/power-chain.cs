#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
// Power chain: what does each power architecture lose feeding a 1 MW rack, and what does that loss cost in a year?
using System.Globalization;
using AiInfra.Domain;
using AiInfra.Domain.PowerDelivery;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;
using Duration = AiInfra.Domain.Quantities.Duration;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var cited = new SortedSet<string>(StringComparer.Ordinal);
var rack = Catalog.Racks.NvidiaRubinUltraNvl576;
var load = rack.RackPower!.Value.Value;
var price = Money.Parse("0.08 USD");   // assumed electricity price per kWh
const double pue = 1.25;               // assumed site PUE
Console.WriteLine($"IT load: the {rack.Name} rack, {Cite(rack.RackPower.Value)}; electricity {price} per kWh and PUE {pue} (both assumed).");
Console.WriteLine();

var rows = new List<string[]> { new[] { "architecture", "efficiency", "footprint vs UPS", "grid input", "loss", "loss a year", "its cost", "of the overhead" } };
foreach (var architecture in Catalog.PowerArchitectures.All)
{
    if (architecture.SystemEfficiency is not { } efficiency)
    {
        rows.Add(new[] { architecture.Name, "-", "-", "-", "-", "-", "-", "-" });
        continue;
    }

    var chain = PowerChain.Single(architecture.Name, efficiency.Value);
    var result = PowerChainCalculator.Calculate(chain, load);
    var site = FacilityPowerCalculator.Calculate(load, chain, pue);
    var lossPerYear = result.Loss * Duration.FromDays(365);
    rows.Add(new[]
    {
        architecture.Name, Cite(efficiency), architecture.RelativeFootprint is { } f ? Cite(f) : "-", $"{result.InputPower.As(PowerUnit.Kilowatt):0.0} kW",
        $"{result.Loss.As(PowerUnit.Kilowatt):0.0} kW", $"{lossPerYear.As(EnergyUnit.MegawattHour):#,0} MWh",
        $"{price * (decimal)lossPerYear.KilowattHours:#,0}", $"{site.PowerChainLoss / site.Overhead:0.0%}",
    });
}

Print(rows);
Console.WriteLine($"- the catalogue gives no system efficiency. \"of the overhead\": the chain's loss as a share of the site's overhead at PUE {pue}.");
Console.WriteLine();

Console.WriteLine("What vendors quote, against the report's figure for their architecture (a vendor may draw the boundary elsewhere):");
rows = new List<string[]> { new[] { "system", "architecture", "quoted", "loss at 1 MW", "report's figure", "loss at 1 MW" } };
foreach (var system in Catalog.PowerSystems.All.Where(s => s.Efficiency is not null))
{
    var quoted = system.Efficiency!.Value;
    var architecture = Catalog.PowerArchitectures.Get(system.Architecture!);
    var reported = architecture.SystemEfficiency!.Value;
    rows.Add(new[]
    {
        system.Name, architecture.Name, Cite(quoted), Loss(quoted.Value), Cite(reported), Loss(reported.Value),
    });
}

Print(rows, leftAligned: 2);
Console.WriteLine("A bound carries over: \"≥ 98 %\" efficient means at most the loss shown.");
foreach (var id in cited)
{
    var source = Catalog.PowerArchitectures.Sources.TryGetValue(id, out var s) ? s : Catalog.Racks.Sources[id];
    Console.WriteLine($"[{id}] {source.Title}, {source.Publisher}, {source.Date}.");
}

static string Loss(Ratio efficiency) =>
    $"{PowerChainCalculator.Calculate(PowerChain.Single("chain", efficiency), Power.FromMegawatts(1)).Loss.As(PowerUnit.Kilowatt):0.0} kW";

string Cite<T>(Figure<T> figure)
    where T : struct
{
    cited.Add(figure.Source!);
    return $"{figure} [{figure.Source}{(figure.Line is { } line ? $":{line}" : "")}]";
}

static void Print(List<string[]> rows, int leftAligned = 1)
{
    var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
    rows.Insert(1, widths.Select(w => new string('-', w)).ToArray());
    rows.ForEach(row => Console.WriteLine(string.Join("  ", row.Select((cell, c) => c < leftAligned ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd()));
}
