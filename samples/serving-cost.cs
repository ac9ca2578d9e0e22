#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
// Serving cost: how fast can each catalogued accelerator decode a 70 B-parameter model, and what does a million tokens cost?
using System.Globalization;
using AiInfra.Domain;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;
using NodaTime;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var cited = new SortedSet<string>(StringComparer.Ordinal);
// Example inputs, not catalogue data: the model, the batch, the site and the money.
const double parameters = 70e9;
const int batch = 8;
var kvCache = Information.FromGigabytes(1);
const double pue = 1.2;
var price = Money.Parse("0.08 USD");
var capex = Money.Parse("35000 USD");
var depreciation = ServingCost.DepreciationPeriod(Period.FromYears(4), new LocalDate(2026, 1, 1));
var utilisation = Ratio.FromPercent(50);
Console.WriteLine($"Decode bound (memory bandwidth) for a {parameters / 1e9:0} B-parameter model in FP8, batch {batch} with {kvCache} of KV cache each;");
Console.WriteLine($"power = TDP x PUE {pue}; {price} per kWh; {capex:#,0} per accelerator over 4 years; {utilisation} utilisation. All assumed.");
Console.WriteLine();

var rows = new List<string[]> { new[] { "accelerator", "memory", "bandwidth", "TDP", "tok/s", "tok/s per MW", "J/token", "energy/M tok", "total/M tok" } };
foreach (var chip in Catalog.Accelerators.All)
{
    if (chip.Memory is not { Capacity: { } capacity, Bandwidth: { } bandwidth } || chip.Tdp is not { } tdp)
    {
        continue;   // the catalogue lacks a figure the bound needs
    }

    var decode = ServingThroughput.Decode(new DecodeInput
    {
        Parameters = parameters, BytesPerParameter = WeightPrecision.Fp8.BytesPerParameter(), MemoryBandwidth = bandwidth.Value,
        KvCacheBytesPerSequence = kvCache, BatchSize = batch,
    });
    var cells = new List<string> { chip.Name, Cite(capacity), Cite(bandwidth), Cite(tdp) };
    if (decode.BytesPerStep > (capacity.Maximum ?? capacity.Value))
    {
        rows.Add(cells.Concat(new[] { $"needs {decode.BytesPerStep.ToUnit(InformationUnit.Gigabyte)}", "-", "-", "-", "-" }).ToArray());
        continue;
    }

    var power = (tdp.Maximum ?? tdp.Value) * pue;
    var cost = ServingCost.PerMillionTokens(new ServingCostInput
    {
        Capex = capex, DepreciationPeriod = depreciation, Power = power, ElectricityPricePerKilowattHour = price,
        Throughput = decode.Total, Utilisation = utilisation,
    });
    rows.Add(cells.Concat(new[]
    {
        $"{decode.Total.TokensPerSecond:#,0}", $"{ServingThroughput.PerMegawatt(decode.Total, power).TokensPerSecond:#,0}",
        $"{ServingThroughput.EnergyPerToken(decode.Total, power).Joules:0.000}", $"{cost.EnergyCostPerMillionTokens:0.000}", $"{cost.TotalPerMillionTokens:0.000}",
    }).ToArray());
}

Print(rows);
Console.WriteLine();
Console.WriteLine($"\"needs\": the weights and KV cache ({parameters / 1e9:0} GB + {batch} x {kvCache}) exceed the accelerator's memory. A TDP range is");
Console.WriteLine("charged at its top. The same capex for every chip is an assumption that isolates bandwidth and power; real prices differ.");
foreach (var id in cited)
{
    var source = Catalog.Accelerators.Sources[id];
    Console.WriteLine($"[{id}] {source.Title}, {source.Publisher}, {source.Date}.");
}

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
