using AiInfra.Domain.Chips;
using AiInfra.Domain.Memory;
using AiInfra.Domain.PowerDelivery;
using AiInfra.Domain.Systems;

namespace AiInfra.Domain.Audit;

/// <summary>
/// The entries an audit checks: the reference catalogue by default, or any data of the same types (your own, or
/// the catalogue with your additions). References between entries (a rack's accelerator) resolve within it.
/// </summary>
public sealed record CatalogueData
{
    /// <summary>Accelerators.</summary>
    public IReadOnlyList<Accelerator> Accelerators { get; init; } = [];

    /// <summary>HBM generations, for per-stack bandwidth limits.</summary>
    public IReadOnlyList<HbmGeneration> HbmGenerations { get; init; } = [];

    /// <summary>Racks.</summary>
    public IReadOnlyList<Rack> Racks { get; init; } = [];

    /// <summary>Superpods and pods.</summary>
    public IReadOnlyList<SuperPod> SuperPods { get; init; } = [];

    /// <summary>Power architectures.</summary>
    public IReadOnlyList<PowerArchitecture> PowerArchitectures { get; init; } = [];

    /// <summary>Power systems (UPS, HVDC and SST products).</summary>
    public IReadOnlyList<PowerSystem> PowerSystems { get; init; } = [];

    /// <summary>The whole reference catalogue.</summary>
    public static CatalogueData Reference { get; } = new()
    {
        Accelerators = Catalog.Accelerators.All,
        HbmGenerations = Catalog.HbmGenerations.All,
        Racks = Catalog.Racks.All,
        SuperPods = Catalog.Superpods.All,
        PowerArchitectures = Catalog.PowerArchitectures.All,
        PowerSystems = Catalog.PowerSystems.All,
    };
}
