namespace AiInfra.Domain.Audit;

/// <summary>The stable ids of the audit's rules.</summary>
public static class AuditRules
{
    /// <summary>A sparse rating is below the dense rating of the same precision.</summary>
    public const string SparseBelowDense = "compute.sparse-below-dense";

    /// <summary>A narrower precision is rated slower than a wider one on the same chip.</summary>
    public const string NarrowerPrecisionSlower = "compute.narrower-precision-slower";

    /// <summary>Memory bandwidth exceeds the stacks times the generation's per-stack limit.</summary>
    public const string BandwidthAboveStackLimit = "memory.bandwidth-above-stack-limit";

    /// <summary>Memory capacity divided by stacks is not a capacity a stack comes in.</summary>
    public const string ImplausibleStackCapacity = "memory.implausible-stack-capacity";

    /// <summary>Bandwidth per capacity outside the band of HBM parts (about 10 to 60 per second).</summary>
    public const string ImplausibleBandwidthPerCapacity = "memory.implausible-bandwidth-per-capacity";

    /// <summary>A rack's power is below its accelerators' TDP alone.</summary>
    public const string RackPowerBelowParts = "rack.power-below-parts";

    /// <summary>A rack's die count is not its packages times dies per package.</summary>
    public const string DieCountMismatch = "rack.die-count";

    /// <summary>A rack's fast memory is not its HBM plus its LPDDR.</summary>
    public const string FastMemoryMismatch = "rack.fast-memory";

    /// <summary>Canisters times accelerators per canister is not the rack's accelerator count.</summary>
    public const string CanisterArithmetic = "rack.canister-arithmetic";

    /// <summary>An aggregate compute figure is not the count times the per-chip rating (within 10 %).</summary>
    public const string AggregateComputeMismatch = "system.aggregate-compute";

    /// <summary>A superpod's total cabinets are not its compute plus interconnect cabinets.</summary>
    public const string CabinetArithmetic = "superpod.cabinet-arithmetic";

    /// <summary>An efficiency above 100 %.</summary>
    public const string EfficiencyAboveOne = "power.efficiency-above-100-percent";

    /// <summary>Another source gives a different value for a figure the entry records.</summary>
    public const string SourcesDisagree = "sources.disagree";
}
