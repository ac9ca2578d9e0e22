using AiInfra.Domain.Chips;
using AiInfra.Domain.Cooling;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Memory;
using AiInfra.Domain.Optics;
using AiInfra.Domain.Pcb;
using AiInfra.Domain.PowerDelivery;
using AiInfra.Domain.Systems;

namespace AiInfra.Domain.Audit;

/// <summary>
/// The entries an audit checks: the reference catalogue by default, or any data of the same types (your own, or
/// the catalogue with your additions: <c>CatalogueData.Reference with { Accelerators = [.. Catalog.Accelerators.All, mine] }</c>).
/// References between entries (a rack's accelerator, a claim's baseline) resolve within it. Kinds left empty are
/// simply not checked.
/// </summary>
public sealed record CatalogueData
{
    /// <summary>Accelerators (GPUs, TPUs, NPUs and other AI chips).</summary>
    public IReadOnlyList<Accelerator> Accelerators { get; init; } = [];

    /// <summary>Host CPUs.</summary>
    public IReadOnlyList<HostCpu> HostCpus { get; init; } = [];

    /// <summary>HBM generations, for per-stack bandwidth limits.</summary>
    public IReadOnlyList<HbmGeneration> HbmGenerations { get; init; } = [];

    /// <summary>Memory and storage media.</summary>
    public IReadOnlyList<MemoryMedium> MemoryMedia { get; init; } = [];

    /// <summary>Optical modules.</summary>
    public IReadOnlyList<OpticalModule> OpticalModules { get; init; } = [];

    /// <summary>Switch ASICs and switch systems.</summary>
    public IReadOnlyList<SwitchAsic> SwitchAsics { get; init; } = [];

    /// <summary>Optical circuit switches.</summary>
    public IReadOnlyList<OcsSwitch> OcsSwitches { get; init; } = [];

    /// <summary>Copper cables.</summary>
    public IReadOnlyList<CopperCable> CopperCables { get; init; } = [];

    /// <summary>Fibres.</summary>
    public IReadOnlyList<Fibre> Fibres { get; init; } = [];

    /// <summary>MPO connectors.</summary>
    public IReadOnlyList<MpoConnector> MpoConnectors { get; init; } = [];

    /// <summary>PCB laminates.</summary>
    public IReadOnlyList<Laminate> Laminates { get; init; } = [];

    /// <summary>PCB resins.</summary>
    public IReadOnlyList<Resin> Resins { get; init; } = [];

    /// <summary>Glass cloths.</summary>
    public IReadOnlyList<GlassCloth> GlassCloths { get; init; } = [];

    /// <summary>Copper foils.</summary>
    public IReadOnlyList<CopperFoil> CopperFoils { get; init; } = [];

    /// <summary>PCB boards.</summary>
    public IReadOnlyList<PcbBoard> PcbBoards { get; init; } = [];

    /// <summary>Power architectures (UPS, HVDC, Panama, SST, 800 VDC, ±400 VDC).</summary>
    public IReadOnlyList<PowerArchitecture> PowerArchitectures { get; init; } = [];

    /// <summary>Power systems (UPS, HVDC and SST products).</summary>
    public IReadOnlyList<PowerSystem> PowerSystems { get; init; } = [];

    /// <summary>Rack power shelves.</summary>
    public IReadOnlyList<PowerShelf> PowerShelves { get; init; } = [];

    /// <summary>Cold plates.</summary>
    public IReadOnlyList<ColdPlate> ColdPlates { get; init; } = [];

    /// <summary>Quick disconnects.</summary>
    public IReadOnlyList<QuickDisconnect> QuickDisconnects { get; init; } = [];

    /// <summary>Manifolds.</summary>
    public IReadOnlyList<Manifold> Manifolds { get; init; } = [];

    /// <summary>Coolant distribution units.</summary>
    public IReadOnlyList<Cdu> Cdus { get; init; } = [];

    /// <summary>Trays and blades, which racks and the blade arithmetic refer to.</summary>
    public IReadOnlyList<Tray> Trays { get; init; } = [];

    /// <summary>Racks.</summary>
    public IReadOnlyList<Rack> Racks { get; init; } = [];

    /// <summary>Scale-up domains.</summary>
    public IReadOnlyList<ScaleUpDomain> ScaleUpDomains { get; init; } = [];

    /// <summary>Superpods, pods, clusters and deployments.</summary>
    public IReadOnlyList<SuperPod> SuperPods { get; init; } = [];

    /// <summary>Data-centre campuses and projects.</summary>
    public IReadOnlyList<Campus> Campuses { get; init; } = [];

    /// <summary>Capital-expenditure records, of companies and of groups.</summary>
    public IReadOnlyList<CapexRecord> CapexRecords { get; init; } = [];

    /// <summary>Token usage records.</summary>
    public IReadOnlyList<TokenUsage> TokenUsages { get; init; } = [];

    /// <summary>Token and image prices.</summary>
    public IReadOnlyList<TokenPrice> TokenPrices { get; init; } = [];

    /// <summary>Deals, plans and targets committing a party to a scale of AI infrastructure.</summary>
    public IReadOnlyList<Commitment> Commitments { get; init; } = [];

    /// <summary>Fibre shuffle boxes.</summary>
    public IReadOnlyList<ShuffleBox> ShuffleBoxes { get; init; } = [];

    /// <summary>The whole reference catalogue: every <c>Catalog.*.All</c>.</summary>
    public static CatalogueData Reference { get; } = new()
    {
        Accelerators = Catalog.Accelerators.All,
        HostCpus = Catalog.HostCpus.All,
        HbmGenerations = Catalog.HbmGenerations.All,
        MemoryMedia = Catalog.MemoryMedia.All,
        OpticalModules = Catalog.OpticalModules.All,
        SwitchAsics = Catalog.SwitchAsics.All,
        OcsSwitches = Catalog.OcsSwitches.All,
        CopperCables = Catalog.CopperCables.All,
        Fibres = Catalog.Fibres.All,
        MpoConnectors = Catalog.MpoConnectors.All,
        Laminates = Catalog.Laminates.All,
        Resins = Catalog.Resins.All,
        GlassCloths = Catalog.GlassCloths.All,
        CopperFoils = Catalog.CopperFoils.All,
        PcbBoards = Catalog.PcbBoards.All,
        PowerArchitectures = Catalog.PowerArchitectures.All,
        PowerSystems = Catalog.PowerSystems.All,
        PowerShelves = Catalog.PowerShelves.All,
        ColdPlates = Catalog.ColdPlates.All,
        QuickDisconnects = Catalog.QuickDisconnects.All,
        Manifolds = Catalog.Manifolds.All,
        Cdus = Catalog.Cdus.All,
        Trays = Catalog.Trays.All,
        Racks = Catalog.Racks.All,
        ScaleUpDomains = Catalog.ScaleUpDomains.All,
        SuperPods = Catalog.Superpods.All,
        Campuses = Catalog.Campuses.All,
        CapexRecords = Catalog.CapexRecords.All,
        TokenUsages = Catalog.TokenUsages.All,
        TokenPrices = Catalog.TokenPrices.All,
        Commitments = Catalog.Commitments.All,
        ShuffleBoxes = Catalog.ShuffleBoxes.All,
    };
}
