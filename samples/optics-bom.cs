#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
// Optics bill of materials: what does the scale-out fabric of a 100,000-GPU cluster need in switches, transceivers,
// fibre and optics power at 800G against 1.6T, with pluggable against co-packaged optics (CPO)?
using System.Globalization;
using AiInfra.Domain;
using AiInfra.Domain.Optics;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var cited = new SortedSet<string>(StringComparer.Ordinal);
var asic = Catalog.SwitchAsics.Get("broadcom-tomahawk-6-cpo");
var saving = Catalog.SwitchAsics.Get("broadcom-cpo-platform").SystemPowerSaving!.Value;
var mpo = Catalog.MpoConnectors.Get("mpo-16");
var options = new[]
{
    (Module: Catalog.OpticalModules.Get("innolight-800g"), PortPower: Power.FromWatts(15)),   // assumed power per port
    (Module: Catalog.OpticalModules.Get("innolight-1p6t"), PortPower: Power.FromWatts(25)),   // assumed power per port
};

Console.WriteLine($"Switch silicon: {asic.Name}, {Cite(asic.Capacity!.Value)}; fibre connectors: {mpo.Name}, {Cite(mpo.FibreCount!.Value)} fibres.");
Console.WriteLine($"Modules: {string.Join("; ", options.Select(o => $"{o.Module.Name}, {Cite(o.Module.Rate!.Value)}"))}.");
Console.WriteLine($"Co-packaged optics save {Cite(saving)} of a port's power (Broadcom's claim). Three-tier non-blocking fat tree,");
Console.WriteLine("one NIC per GPU, optical host links, 8 lanes per port; 15 W per 800G and 25 W per 1.6T pluggable port (assumed).");
Console.WriteLine();

var note = "";
var rows = new List<string[]> { new[] { "GPUs", "port rate", "optics", "radix", "switches", "transceivers", "CPO ports", "fibres", "MPO-16", "optics power", "saving" } };
foreach (var gpus in new[] { 65_536, 100_000 })
{
    foreach (var (module, portPower) in options)
    {
        var rate = module.Rate!.Value;
        var radix = (int)(asic.Capacity.Value.Value / rate.Value);
        var rateText = rate.ToString();
        if (FatTreeCalculator.MaxEndpoints(radix, FatTreeTiers.Three, 1) < gpus)
        {
            rows.Add(new[] { $"{gpus:#,0}", rateText, "does not fit*", $"{radix}", "-", "-", "-", "-", "-", "-", "" });
            note = $"* three tiers of radix {radix} reach {FatTreeCalculator.MaxEndpoints(radix, FatTreeTiers.Three, 1):#,0} GPUs; " +
                   "more need a fourth tier, which FatTreeCalculator does not model.";
            continue;
        }

        var comparison = FatTreeCalculator.CompareOptics(new FatTreeInput
        {
            Endpoints = gpus, NicsPerEndpoint = 1, PortRate = rate.Value, SwitchRadix = radix, Tiers = FatTreeTiers.Three,
            HostLinks = LinkMedium.Optical, SwitchOptics = SwitchOptics.Pluggable, LaneRate = rate.Value / 8,
            FibresPerMpo = (int)mpo.FibreCount.Value.Value, PluggablePortPower = portPower,
        }, coPackagedPortPower: portPower * (1 - saving.Value.DecimalFractions));
        foreach (var (result, kind) in new[] { (comparison.Pluggable, "pluggable"), (comparison.CoPackaged, "co-packaged") })
        {
            rows.Add(new[]
            {
                $"{gpus:#,0}", rateText, kind, $"{radix}", $"{result.TotalSwitches:#,0}", $"{result.PluggableTransceivers:#,0}", $"{result.CoPackagedPorts:#,0}",
                $"{result.Fibres:#,0}", $"{result.MpoConnectors:#,0}", $"{result.OpticsPower.As(PowerUnit.Megawatt):0.00} MW",
                kind == "pluggable" ? "" : $"{comparison.PowerSaving.As(PowerUnit.Megawatt):0.00} MW ({comparison.PowerSavingShare.DecimalFractions:0.0%})",
            });
        }
    }
}

Print(rows);
Console.WriteLine();
Console.WriteLine(note);
Console.WriteLine("Radix = switch capacity / port rate; 1.6T gives each GPU twice the bandwidth of 800G. The NIC end of every host link");
Console.WriteLine("keeps a pluggable transceiver, so co-packaging saves less than its per-port claim.");
foreach (var id in cited)
{
    var source = Catalog.SwitchAsics.Sources.TryGetValue(id, out var s) ? s : Catalog.OpticalModules.Sources[id];
    Console.WriteLine($"[{id}] {source.Title}, {source.Publisher}, {source.Date}.");
}

string Cite<T>(Figure<T> figure)
    where T : struct
{
    cited.Add(figure.Source!);
    return $"{figure} [{figure.Source}{(figure.Line is { } line ? $":{line}" : "")}]";
}

static void Print(List<string[]> rows, int leftAligned = 0)
{
    var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
    rows.Insert(1, widths.Select(w => new string('-', w)).ToArray());
    rows.ForEach(row => Console.WriteLine(string.Join("  ", row.Select((cell, c) => c < leftAligned ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd()));
}
