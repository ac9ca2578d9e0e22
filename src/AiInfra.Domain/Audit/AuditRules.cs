namespace AiInfra.Domain.Audit;

/// <summary>
/// The stable ids of the audit's rules. An id never changes meaning; a finding's <see cref="AuditFinding.Rule"/> is one
/// of these. docs/audit.md describes each rule, its tolerance and why.
/// </summary>
public static class AuditRules
{
    /// <summary>A sparse rating is below the dense rating of the same precision and scope (error).</summary>
    public const string SparseBelowDense = "compute.sparse-below-dense";

    /// <summary>
    /// A narrower precision is rated slower than a wider one on the same chip, scope and sparsity (warning). A
    /// narrower format moves fewer bits per operation, so its peak is at least the wider one's; 0.1 % absorbs rounding.
    /// </summary>
    public const string NarrowerPrecisionSlower = "compute.narrower-precision-slower";

    /// <summary>
    /// Two ratings of different bit widths carry exactly the same throughput on one chip (warning): one figure has
    /// most likely been copied from one precision to another (MTT S80's FP32 15.5 TFLOPS quoted as its FP16).
    /// </summary>
    public const string SameValueAcrossPrecisions = "compute.same-value-across-precisions";

    /// <summary>
    /// A rating at a precision the chip cannot run in hardware: one its architecture lacks (Hopper has no FP4; error),
    /// or one its own list of supported precisions omits or marks emulated (warning).
    /// </summary>
    public const string UnsupportedPrecision = "compute.unsupported-precision";

    /// <summary>
    /// A rating with no dense/sparse tag on a chip whose other ratings are tagged (info): it cannot be ordered
    /// against them. Untagged ratings on a chip where nothing is tagged are the catalogue's default and not reported.
    /// </summary>
    public const string SparsityUnstated = "compute.sparsity-unstated";

    /// <summary>
    /// A rating with no precision on a chip whose other ratings state one (info): it cannot be compared with them.
    /// </summary>
    public const string PrecisionUnstated = "compute.precision-unstated";

    /// <summary>Memory bandwidth exceeds the stacks times the HBM generation's per-stack limit (error, 0.1 % tolerance).</summary>
    public const string BandwidthAboveStackLimit = "memory.bandwidth-above-stack-limit";

    /// <summary>
    /// Memory capacity divided by stacks is no capacity an HBM stack comes in (warning). Usable capacity may sit a
    /// little below the raw stack size (H200: 141 GB on 6 × 24 GB stacks, 2 % below), so a per-stack capacity up
    /// to 5 % below a standard size passes; one above a standard size and more than 5 % below the next does not
    /// (Rubin Ultra: 1025 GB on 16 stacks is 64.06 GB, above the largest 64 GB stack).
    /// </summary>
    public const string ImplausibleStackCapacity = "memory.implausible-stack-capacity";

    /// <summary>Bandwidth per capacity of an HBM part outside 5 to 100 per second (warning): a column may be swapped.</summary>
    public const string ImplausibleBandwidthPerCapacity = "memory.implausible-bandwidth-per-capacity";

    /// <summary>
    /// A chip's memory bandwidth is below that of the same vendor's chip its claims compare it with (warning only:
    /// it can be a design choice, as Ascend 950PR's low-cost HBM for prefill is).
    /// </summary>
    public const string BandwidthBelowPredecessor = "memory.bandwidth-below-predecessor";

    /// <summary>
    /// A chip's scale-up (interconnect) bandwidth, stated or competing, equals its memory bandwidth within 0.5 %
    /// (warning): a memory figure has most likely been reused in the interconnect column.
    /// </summary>
    public const string InterconnectEqualsMemoryBandwidth = "interconnect.equals-memory-bandwidth";

    /// <summary>A rack's power is below its accelerators' TDP alone (error).</summary>
    public const string RackPowerBelowParts = "rack.power-below-parts";

    /// <summary>A rack's die count is not its packages times dies per package (error).</summary>
    public const string DieCountMismatch = "rack.die-count";

    /// <summary>A rack's fast memory is not its HBM plus its LPDDR, within 1 % (error).</summary>
    public const string FastMemoryMismatch = "rack.fast-memory";

    /// <summary>Canisters times accelerators per canister is not the rack's accelerator count (error).</summary>
    public const string CanisterArithmetic = "rack.canister-arithmetic";

    /// <summary>
    /// Layers per canister times blades per layer times the blade's accelerators (or CPUs) is not the stated count
    /// per canister (error). The blade is the rack's compute blade (a tray of type computeBlade holding the rack's
    /// accelerator).
    /// </summary>
    public const string BladeArithmetic = "rack.blade-arithmetic";

    /// <summary>A rack's accelerators or cold plates are not the sum over its trays (error).</summary>
    public const string TraySum = "rack.tray-sum";

    /// <summary>
    /// An aggregate compute figure (rack or pod) is not the accelerator count times the per-chip rating: more than
    /// 10 % off is an error; off by more than the rounding of the stated figure (half a unit in its last digit) is a
    /// warning (15 EF stated for 144 × 100 PF = 14.4 EF). Approximate counts or totals get the 10 % test only.
    /// </summary>
    public const string AggregateComputeMismatch = "system.aggregate-compute";

    /// <summary>A superpod's total cabinets are not its compute plus interconnect cabinets (error).</summary>
    public const string CabinetArithmetic = "superpod.cabinet-arithmetic";

    /// <summary>
    /// A pod's power has no usable scope (warning): its scope is unstated, or it is per cabinet on a superpod whose
    /// cabinet count is unknown, so neither the pod's power nor the cabinet's load can be derived.
    /// </summary>
    public const string PowerScope = "superpod.power-scope";

    /// <summary>
    /// A scale-up domain's scale-up/scale-out bandwidth ratio: recomputed from its accelerators' per-chip scale-up
    /// and scale-out bandwidths where the data has them (warning when more than 10 % off), otherwise reported as
    /// unsupported by the data (info).
    /// </summary>
    public const string ScaleOutRatio = "scaleup.scale-out-ratio";

    /// <summary>
    /// A switch capacity of 3.2 Tbit/s or more that is not a multiple of 3.2 Tbit/s (warning). Switch ASICs since the
    /// 25G-SerDes generation are built from power-of-two lane counts (3.2T, 6.4T, 12.8T, 25.6T, 51.2T, 102.4T; port
    /// products such as 144 × 800G = 115.2T also qualify); 112.4T does not, and is most likely 102.4T mistyped.
    /// </summary>
    public const string SwitchCapacityStep = "switch.capacity-step";

    /// <summary>A switch's ports times port rate is not its capacity (error).</summary>
    public const string SwitchPortArithmetic = "switch.port-arithmetic";

    /// <summary>An efficiency above 100 % (error).</summary>
    public const string EfficiencyAboveOne = "power.efficiency-above-100-percent";

    /// <summary>
    /// Power-architecture system efficiencies do not rise in the order UPS, HVDC, Panama, SST (warning): each removes
    /// conversion stages from the one before.
    /// </summary>
    public const string EfficiencyOrder = "power.efficiency-order";

    /// <summary>
    /// An architecture rated "research" while a power system of that architecture is announced or in production
    /// (warning): the maturity label lags the product facts.
    /// </summary>
    public const string MaturityLagsProducts = "power.maturity-lags-products";

    /// <summary>
    /// A DC architecture's "more power through the same copper" gain outside what its bus voltage and the AC
    /// baseline it replaces give at equal current per conductor and unity power factor (warning): for a two-wire DC
    /// bus V against three-phase AC at line voltage U, from V/2 ÷ (√3·U/3) − 1 (three wires) to V/2 ÷ (√3·U/4) − 1
    /// (four wires), with one percentage point for the stated figure's rounding.
    /// </summary>
    public const string SameCopperGain = "power.same-copper-gain";

    /// <summary>
    /// Two capex records give different amounts for the same company (or group), period, basis, currency and forecast
    /// flag (warning; an error when the basis is stated and the same).
    /// </summary>
    public const string ConflictingCapexRecords = "capex.conflicting-records";

    /// <summary>
    /// A group's capex total is not the sum of its members' records for the same period, basis and currency
    /// (warning up to 0.5 %, rounding in the source; error beyond). Where a member has competing records, the
    /// combination closest to the total is used.
    /// </summary>
    public const string CapexGroupSum = "capex.group-sum";

    /// <summary>
    /// A stated year-over-year or quarter-over-quarter change that the record for the base period does not give
    /// (warning). Tolerance: half a unit in the stated percentage's last digit plus 0.1 point for the amounts' rounding.
    /// </summary>
    public const string CapexGrowthMismatch = "capex.growth-mismatch";

    /// <summary>
    /// A relative claim ("N× the baseline", "up N %", "N % lower") that the two entries' own figures contradict
    /// (warning): accelerators against accelerators, racks against racks, for compute, performance (peak compute),
    /// compute per watt, memory capacity and bandwidth, interconnect bandwidth and power. A factor whose semantics are
    /// not stated is read "to". Tolerance: 5 % for an exact factor (sources round multipliers: 7.41 → 7.5,
    /// 13.9 → 14, 2.55 → 2.5; MTT S5000's "3×" for 3.33× is 11 % off), 25 % for an approximate one ("about 2×"
    /// covers 1.6× to 2.5×); at-least and at-most factors are one-sided. Any pair of comparable ratings that fits
    /// makes the claim consistent.
    /// </summary>
    public const string ClaimFactorMismatch = "claim.factor-mismatch";

    /// <summary>
    /// A claim against a catalogue entry that cannot be checked as stated (info): its scope (chip, rack, cluster) is
    /// not given, or its semantics ("to" or "by") are not given and either nothing can check it or the two readings
    /// give different verdicts (Ascend 950's "2.5×" fits as "to", 2.55×, and not as "by", 3.5×).
    /// </summary>
    public const string AmbiguousClaim = "claim.ambiguous";

    /// <summary>
    /// Another source gives a different value for a figure the entry records ("alsoReported"): a warning, or info
    /// when the competing value is the same figure rounded (7.4 TB/s for 7372 GB/s) or a range that holds it.
    /// </summary>
    public const string SourcesDisagree = "sources.disagree";

    /// <summary>
    /// A figure the entry records that outside knowledge doubts (severity <see cref="AuditSeverity.Doubt"/>): the
    /// entry's <c>doubts</c> name an external source and the value expected there (TPU v1's 300 GB/s against the
    /// ~34 GB/s of its DDR3). The finding shows both; the recorded figure is never changed.
    /// </summary>
    public const string OutsideKnowledgeDoubt = "doubt.outside-knowledge";

    /// <summary>
    /// An entry of the data audited holds a value that no JSON can carry, which its <c>Validate()</c> reports: a null
    /// where a value is needed (the entry itself, a required property, a list item), a number that is not finite, an
    /// undefined enum value, <c>default(Money)</c> and the like (error). No other rule can check such an entry, so it is
    /// left out of the audit, and so are references to it.
    /// </summary>
    public const string UnwritableEntry = "entry.unwritable";

    /// <summary>Every rule id, in the order docs/audit.md lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SparseBelowDense, NarrowerPrecisionSlower, SameValueAcrossPrecisions, UnsupportedPrecision, SparsityUnstated, PrecisionUnstated,
        BandwidthAboveStackLimit, ImplausibleStackCapacity, ImplausibleBandwidthPerCapacity, BandwidthBelowPredecessor, InterconnectEqualsMemoryBandwidth,
        RackPowerBelowParts, DieCountMismatch, FastMemoryMismatch, CanisterArithmetic, BladeArithmetic, TraySum,
        AggregateComputeMismatch, CabinetArithmetic, PowerScope, ScaleOutRatio,
        SwitchCapacityStep, SwitchPortArithmetic,
        EfficiencyAboveOne, EfficiencyOrder, MaturityLagsProducts, SameCopperGain,
        ConflictingCapexRecords, CapexGroupSum, CapexGrowthMismatch,
        ClaimFactorMismatch, AmbiguousClaim,
        SourcesDisagree, OutsideKnowledgeDoubt,
        UnwritableEntry,
    ];
}
