#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
// Rack power: how much of each catalogued rack's power do its accelerators draw, and how much is left for the rest?
using System.Globalization;
using AiInfra.Domain;
using AiInfra.Domain.PowerDelivery;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var cited = new SortedSet<string>(StringComparer.Ordinal);
var notes = new List<string>();
var rows = new List<string[]> { new[] { "rack", "accelerator", "count", "TDP each", "accelerator load", "rack power", "share", "rest of rack" } };
foreach (var rack in Catalog.Racks.All)
{
    var chip = rack.Accelerator is null ? null : Catalog.Accelerators.Get(rack.Accelerator);
    long? packages = rack.AcceleratorPackages?.Value;
    var count = rack.AcceleratorPackages is { } stated ? Cite(stated) : "-";
    if (packages is null && rack.AcceleratorDies is { } dies && rack.DiesPerPackage is { } perPackage)
    {
        packages = dies.Value / perPackage.Value;
        count = $"{packages}* [{dies.Source}:{dies.Line}]";
        notes.Add($"* {rack.Name}: {dies.Value} dies / {perPackage.Value} dies per package; the catalogue states no package count.");
    }

    // One line of parts: the catalogue gives no power for the racks' CPUs, switches, NICs, optics or fans.
    Power? load = packages is { } n && chip?.Tdp is { } tdp
        ? RackPowerCalculator.ItLoad(new ComponentLoad(ItLoadCategory.Accelerators, (int)n, tdp.Maximum ?? tdp.Value, chip.Name)).Total
        : null;
    string share = "-", rest = "-";
    if (load is { } l && rack.RackPower is { } power)
    {
        var (low, high) = (power.Value, power.Maximum ?? power.Value);
        share = low == high ? $"{l / low:0.0%}" : $"{l / high:0.0%}–{l / low:0.0%}";
        rest = low == high ? Kilowatts(low - l) : $"{Kilowatts(low - l)}–{Kilowatts(high - l)}";
        notes.Add(l <= low ? $"{rack.Name}: rack power covers the accelerators' TDP." : $"{rack.Name}: the accelerators alone exceed the rack power!");
    }

    rows.Add(new[]
    {
        rack.Name, chip?.Name ?? "-", count, chip?.Tdp is { } t ? Cite(t) : "-", load is { } total ? Kilowatts(total) : "-",
        rack.RackPower is { } p ? Cite(p) : "-", share, rest,
    });
}

Console.WriteLine("Accelerator power against rack power, every rack in Catalog.Racks");
Console.WriteLine("(accelerator load = count x TDP, by RackPowerCalculator; [s001:1770] = source s001, line 1770; - = not in the catalogue)");
Console.WriteLine();
Print(rows, leftAligned: 2);
Console.WriteLine();
notes.ForEach(Console.WriteLine);
Console.WriteLine("The rest of a rack's power feeds its CPUs, switches, NICs, optics and fans.");
foreach (var id in cited)
{
    var source = Catalog.Racks.Sources.TryGetValue(id, out var s) ? s : Catalog.Accelerators.Sources[id];
    Console.WriteLine($"[{id}] {source.Title}, {source.Publisher}, {source.Date}.");
}

string Cite<T>(Figure<T> figure)
    where T : struct
{
    cited.Add(figure.Source!);
    return $"{figure} [{figure.Source}{(figure.Line is { } line ? $":{line}" : "")}]";
}

static string Kilowatts(Power power) => $"{power.As(PowerUnit.Kilowatt):0.###} kW";

static void Print(List<string[]> rows, int leftAligned = 1)
{
    var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
    rows.Insert(1, widths.Select(w => new string('-', w)).ToArray());
    rows.ForEach(row => Console.WriteLine(string.Join("  ", row.Select((cell, c) => c < leftAligned ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd()));
}
