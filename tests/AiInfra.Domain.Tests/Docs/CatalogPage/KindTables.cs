using AiInfra.Domain.Chips;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Optics;
using AiInfra.Domain.Systems;

namespace AiInfra.Domain.Tests.Docs.CatalogPage;

/// <summary>
/// The columns of the kinds an expert reads first, with the quantity and its scope in the header (each cell writes its
/// unit: the readable form picks it, so that 75 W and 1.4 kW both read at a glance).
/// </summary>
internal static class KindTables
{
    public static IReadOnlyList<PageColumn>? ColumnsOf(Type entity) =>
        entity == typeof(Accelerator) ? Accelerators
        : entity == typeof(Rack) ? Racks
        : entity == typeof(SuperPod) ? SuperPods
        : entity == typeof(OpticalModule) ? OpticalModules
        : null;

    private static readonly PageColumn[] Accelerators =
    [
        PageColumn.Of<Accelerator>("name", a => a.Name),
        PageColumn.Of<Accelerator>("vendor", a => a.Vendor),
        PageColumn.Of<Accelerator>("launch", a => a.LaunchPeriod),
        PageColumn.Of<Accelerator>("TDP (per chip)", a => a.Tdp),
        PageColumn.Of<Accelerator>("memory (per chip)", a => a.Memory?.Capacity),
        PageColumn.Of<Accelerator>("memory bandwidth (per chip)", a => a.Memory?.Bandwidth),
        new("BF16/FP16 dense (per chip)", a => ComputeCell.Of(((Accelerator)a).Compute, ComputeCell.Bf16)),
        new("FP8 dense (per chip)", a => ComputeCell.Of(((Accelerator)a).Compute, ComputeCell.Fp8)),
        new("FP4 dense (per chip)", a => ComputeCell.Of(((Accelerator)a).Compute, ComputeCell.Fp4)),
    ];

    private static readonly PageColumn[] Racks =
    [
        PageColumn.Of<Rack>("name", r => r.Name),
        PageColumn.Of<Rack>("vendor", r => r.Vendor),
        PageColumn.Of<Rack>("accelerator", r => r.Accelerator),
        PageColumn.Of<Rack>("accelerator packages (per rack)", r => r.AcceleratorPackages),
        PageColumn.Of<Rack>("power (per rack)", r => r.RackPower),
        PageColumn.Of<Rack>("cooling", r => r.Cooling),
        PageColumn.Of<Rack>("HBM (per rack)", r => r.HbmCapacity),
        new("AI compute (per rack, at the precision stated)", r => ComputeCell.All(((Rack)r).AiCompute)),
        PageColumn.Of<Rack>("launch", r => r.LaunchPeriod),
    ];

    private static readonly PageColumn[] SuperPods =
    [
        PageColumn.Of<SuperPod>("name", p => p.Name),
        PageColumn.Of<SuperPod>("vendor", p => p.Vendor),
        PageColumn.Of<SuperPod>("accelerator", p => p.Accelerator),
        PageColumn.Of<SuperPod>("cards (per pod)", p => p.AcceleratorCount),
        new("total compute (per pod, at the precision stated)", p => ComputeCell.All(((SuperPod)p).AggregateCompute)),
        new("power (scope as stated)", p => PowerWithScope((SuperPod)p)),
        PageColumn.Of<SuperPod>("cabinets", p => p.TotalCabinets),
        PageColumn.Of<SuperPod>("cooling", p => p.Cooling),
        PageColumn.Of<SuperPod>("launch", p => p.LaunchPeriod),
    ];

    private static readonly PageColumn[] OpticalModules =
    [
        PageColumn.Of<OpticalModule>("name", m => m.Name),
        PageColumn.Of<OpticalModule>("vendor", m => m.Vendor),
        PageColumn.Of<OpticalModule>("kind", m => m.Kind),
        PageColumn.Of<OpticalModule>("rate (per module)", m => m.Rate),
        PageColumn.Of<OpticalModule>("form factor", m => m.FormFactor),
        PageColumn.Of<OpticalModule>("integration", m => m.Integration),
        PageColumn.Of<OpticalModule>("technology", m => m.Technology),
        PageColumn.Of<OpticalModule>("optical output power (per module)", m => m.OpticalOutputPower),
        PageColumn.Of<OpticalModule>("power vs discrete optics", m => m.PowerDeltaVsDiscrete),
    ];

    /// <summary>A pod's power with the scope it is stated for: "172.8 kW (per cabinet)".</summary>
    private static string PowerWithScope(SuperPod pod) => pod.Power is null ? string.Empty
        : PageColumn.Text(pod.Power) + pod.PowerScope switch
        {
            PowerScope.PerCabinet => " (per cabinet)",
            PowerScope.PerPod => " (per pod)",
            _ => " (scope not stated)",
        };
}
