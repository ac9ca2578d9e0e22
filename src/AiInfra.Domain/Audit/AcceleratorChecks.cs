using System.Globalization;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Memory;
using AiInfra.Domain.Quantities;
using static System.FormattableString;
using static AiInfra.Domain.Audit.CatalogAudit;

namespace AiInfra.Domain.Audit;

/// <summary>The checks of one accelerator: its compute ratings, its memory and its interconnect.</summary>
internal static class AcceleratorChecks
{
    private const string Kind = nameof(Accelerator);

    /// <summary>
    /// Standard HBM stack capacities in GB: 4- to 16-high stacks of 8, 16, 24 and 32 Gb dies (HBM2 4 and 8 GB up to
    /// HBM4E 64 GB).
    /// </summary>
    private static readonly double[] StackCapacities = [4, 8, 12, 16, 24, 32, 36, 48, 64];

    /// <summary>How far below a standard stack size usable capacity may sit (H200: 141 GB on 6 × 24 GB, 2.1 % below).</summary>
    private const double UsableBelowRaw = 0.05;

    public static void Check(Accelerator accelerator, IReadOnlyList<HbmGeneration> generations, IReadOnlyDictionary<string, Accelerator> accelerators, List<AuditFinding> findings)
    {
        CheckSparsity(accelerator, findings);
        CheckPrecisionOrder(accelerator, findings);
        CheckSameValueAcrossPrecisions(accelerator, findings);
        CheckSupportedPrecisions(accelerator, findings);
        CheckUnstated(accelerator, findings);
        CheckMemory(accelerator, generations, findings);
        CheckInterconnect(accelerator, findings);
        CheckPredecessors(accelerator, accelerators, findings);
    }

    private static void CheckSparsity(Accelerator a, List<AuditFinding> findings)
    {
        foreach (var group in a.Compute.GroupBy(r => (r.Precision, r.Scope)))
        {
            var dense = group.Where(r => r.Sparsity == Sparsity.Dense).Select(r => r.Throughput.Value).ToList();
            var sparse = group.Where(r => r.Sparsity == Sparsity.Sparse).Select(r => r.Throughput.Value).ToList();
            foreach (var (d, s) in dense.SelectMany(d => sparse.Select(s => (d, s))).Where(p => p.s < p.d))
            {
                findings.Add(Finding(Kind, a.Id, AuditRules.SparseBelowDense, AuditSeverity.Error,
                    Invariant($"The sparse {Name(group.Key.Precision)} rating ({Precisions.Rated(s, group.Key.Precision)}) is below the dense one ({Precisions.Rated(d, group.Key.Precision)})."),
                    ("dense", Precisions.Rated(d, group.Key.Precision)), ("sparse", Precisions.Rated(s, group.Key.Precision))));
            }
        }
    }

    private static void CheckPrecisionOrder(Accelerator a, List<AuditFinding> findings)
    {
        var ratings = a.Compute.Where(r => Precisions.Width(r.Precision) is not null && r.Sparsity != Sparsity.Sparse).ToList();
        foreach (var narrow in ratings)
        {
            foreach (var wide in ratings.Where(w => w.Scope == narrow.Scope && w.Sparsity == narrow.Sparsity && Precisions.Width(w.Precision) > Precisions.Width(narrow.Precision)))
            {
                if (narrow.Throughput.Value < wide.Throughput.Value * 0.999)
                {
                    findings.Add(Finding(Kind, a.Id, AuditRules.NarrowerPrecisionSlower, AuditSeverity.Warning,
                        Invariant($"{Name(narrow.Precision)} is rated {Precisions.Rated(narrow.Throughput.Value, narrow.Precision)}, below {Name(wide.Precision)} ({Precisions.Rated(wide.Throughput.Value, wide.Precision)}), a wider precision."),
                        (Name(narrow.Precision), Precisions.Rated(narrow.Throughput.Value, narrow.Precision)), (Name(wide.Precision), Precisions.Rated(wide.Throughput.Value, wide.Precision))));
                }
            }
        }
    }

    private static void CheckSameValueAcrossPrecisions(Accelerator a, List<AuditFinding> findings)
    {
        var ratings = a.Compute.Where(r => Precisions.Width(r.Precision) is not null).ToList();
        for (var i = 0; i < ratings.Count; i++)
        {
            for (var j = i + 1; j < ratings.Count; j++)
            {
                var (x, y) = (ratings[i], ratings[j]);
                if (x.Scope == y.Scope && x.Sparsity == y.Sparsity && Precisions.Width(x.Precision) != Precisions.Width(y.Precision) && x.Throughput.Value.Equals(y.Throughput.Value))
                {
                    var (wide, narrow) = Precisions.Width(x.Precision) > Precisions.Width(y.Precision) ? (x, y) : (y, x);
                    findings.Add(Finding(Kind, a.Id, AuditRules.SameValueAcrossPrecisions, AuditSeverity.Warning,
                        Invariant($"{Name(narrow.Precision)} and {Name(wide.Precision)} are both rated {Precisions.Rated(wide.Throughput.Value, wide.Precision)}: one figure has probably been copied across precisions."),
                        (Name(wide.Precision), Precisions.Rated(wide.Throughput.Value, wide.Precision)), (Name(narrow.Precision), Precisions.Rated(narrow.Throughput.Value, narrow.Precision))));
                }
            }
        }
    }

    private static void CheckSupportedPrecisions(Accelerator a, List<AuditFinding> findings)
    {
        var lacked = Precisions.LackedBy(a.Architecture);
        foreach (var rating in a.Compute.Where(r => r.Precision != NumericPrecision.Unspecified))
        {
            if (lacked.Contains(rating.Precision))
            {
                findings.Add(Finding(Kind, a.Id, AuditRules.UnsupportedPrecision, AuditSeverity.Error,
                    Invariant($"Rated {Precisions.Rated(rating.Throughput.Value, rating.Precision)} at {Name(rating.Precision)} on the {a.Architecture} architecture, which has no {Name(rating.Precision)} hardware."),
                    ("precision", Name(rating.Precision)), ("throughput", Precisions.Rated(rating.Throughput.Value, rating.Precision)), ("architecture", a.Architecture)));
                continue;
            }

            if (a.SupportedPrecisions.Count == 0)
            {
                continue;
            }

            var listed = a.SupportedPrecisions.Where(s => Precisions.Compatible(s.Precision, rating.Precision) && s.Precision != NumericPrecision.Unspecified).ToList();
            if (!listed.Any(s => s.Support == PrecisionSupport.Native))
            {
                var how = listed.Count == 0 ? "do not list" : "list only as " + string.Join(" or ", listed.Select(s => s.Support.ToString().ToLowerInvariant()).Distinct());
                findings.Add(Finding(Kind, a.Id, AuditRules.UnsupportedPrecision, AuditSeverity.Warning,
                    Invariant($"Rated {Precisions.Rated(rating.Throughput.Value, rating.Precision)} at {Name(rating.Precision)}, which the chip's supported precisions {how}."),
                    ("precision", Name(rating.Precision)), ("throughput", Precisions.Rated(rating.Throughput.Value, rating.Precision))));
            }
        }
    }

    private static void CheckUnstated(Accelerator a, List<AuditFinding> findings)
    {
        if (a.Compute.Any(r => r.Sparsity != Sparsity.Unspecified))
        {
            foreach (var rating in a.Compute.Where(r => r.Sparsity == Sparsity.Unspecified))
            {
                findings.Add(Finding(Kind, a.Id, AuditRules.SparsityUnstated, AuditSeverity.Info,
                    Invariant($"The {Name(rating.Precision)} rating ({Precisions.Rated(rating.Throughput.Value, rating.Precision)}) is neither dense nor sparse, while the chip's other ratings say which."),
                    ("precision", Name(rating.Precision)), ("throughput", Precisions.Rated(rating.Throughput.Value, rating.Precision))));
            }
        }

        if (a.Compute.Any(r => r.Precision != NumericPrecision.Unspecified))
        {
            foreach (var rating in a.Compute.Where(r => r.Precision == NumericPrecision.Unspecified))
            {
                findings.Add(Finding(Kind, a.Id, AuditRules.PrecisionUnstated, AuditSeverity.Info,
                    Invariant($"A rating of {rating.Throughput.Value} ({rating.Scope.ToString().ToLowerInvariant()}) has no precision, so it cannot be compared with the chip's other ratings."),
                    ("throughput", Precisions.Rated(rating.Throughput.Value, rating.Precision)), ("scope", rating.Scope.ToString().ToLowerInvariant())));
            }
        }
    }

    private static void CheckMemory(Accelerator a, IReadOnlyList<HbmGeneration> generations, List<AuditFinding> findings)
    {
        if (a.Memory is not { } memory)
        {
            return;
        }

        if (memory.Capacity is { } capacity && memory.Stacks is { } stacks && stacks.Value > 0)
        {
            var perStack = capacity.Value.Gigabytes / stacks.Value;
            if (!StackCapacities.Any(c => perStack <= c * (1 + 1e-9) && perStack >= c * (1 - UsableBelowRaw)))
            {
                findings.Add(Finding(Kind, a.Id, AuditRules.ImplausibleStackCapacity, AuditSeverity.Warning,
                    Invariant($"{capacity.Value} over {stacks.Value} stacks is {Number(perStack)} GB a stack, which is no HBM stack size and not within {UsableBelowRaw:0 %} below one."),
                    ("capacity", capacity.Value), ("stacks", stacks.Value), ("perStack", Number(perStack) + " GB")));
            }
        }

        if (memory.Bandwidth is { } bandwidth && memory.Stacks is { } count && memory.Type is { } type
            && generations.FirstOrDefault(g => g.Generation == type) is { MaxStackBandwidth: { } limit })
        {
            var ceiling = limit.Value * count.Value;
            if (bandwidth.Value > ceiling * 1.001)
            {
                // A standard's per-stack figure is a baseline that shipping parts exceed (HBM4 above JESD270-4's
                // 2 TB/s), so a bandwidth above it is worth checking, never a contradiction.
                findings.Add(Finding(Kind, a.Id, AuditRules.BandwidthAboveStackLimit, AuditSeverity.Warning,
                    Invariant($"{bandwidth.Value} is more than {count.Value} {type} stacks deliver at the {limit.Value} per stack that {Where(limit.Source ?? "the catalogue", limit.Line)} gives as the generation's baseline ({QuantityRange.InUnitIfExpressible(ceiling, bandwidth.Value.Unit)}); parts faster than the standard exist, so check the vendor's figure."),
                    ("bandwidth", bandwidth.Value), ("stacks", count.Value), ("perStackLimit", limit.Value), ("limitSource", limit.Source)));
            }
        }

        if (memory.Bandwidth is { } b && memory.Capacity is { } c && c.Value.Bytes > 0 && memory.Type is >= MemoryType.Hbm2 and <= MemoryType.HbmUnspecified)
        {
            var perSecond = b.Value.BytesPerSecond / c.Value.Bytes;
            if (perSecond is < 5 or > 100)
            {
                findings.Add(Finding(Kind, a.Id, AuditRules.ImplausibleBandwidthPerCapacity, AuditSeverity.Warning,
                    Invariant($"Bandwidth over capacity is {perSecond:0.#} per second; HBM parts lie near 10 to 60, so a column may be swapped."),
                    ("bandwidth", b.Value), ("capacity", c.Value)));
            }
        }
    }

    private static void CheckInterconnect(Accelerator a, List<AuditFinding> findings)
    {
        if (a.Memory?.Bandwidth is not { } memory)
        {
            return;
        }

        if (a.ScaleUp?.Bandwidth is { } link && Same(link.Value, memory.Value))
        {
            findings.Add(Finding(Kind, a.Id, AuditRules.InterconnectEqualsMemoryBandwidth, AuditSeverity.Warning,
                Invariant($"The scale-up bandwidth ({link.Value}) equals the memory bandwidth ({memory.Value}): a memory figure has probably been reused as the interconnect's."),
                ("scaleUp", link.Value), ("memory", memory.Value)));
        }

        foreach (var other in a.AlsoReported.Where(r => r.Path == "/scaleUp/bandwidth" && r.Value is not null))
        {
            if (BitRate.TryParse(other.Value, CultureInfo.InvariantCulture, out var competing) && Same(competing, memory.Value))
            {
                findings.Add(Finding(Kind, a.Id, AuditRules.InterconnectEqualsMemoryBandwidth, AuditSeverity.Warning,
                    Invariant($"{Where(other.Source, other.Line)} gives a scale-up bandwidth of {competing}, which equals the memory bandwidth ({memory.Value}): a memory figure reused as the interconnect's."),
                    ("scaleUp", competing), ("memory", memory.Value), ("otherSource", other.Source)));
            }
        }

        static bool Same(BitRate x, BitRate y) => Math.Abs(x.BytesPerSecond - y.BytesPerSecond) <= 0.005 * y.BytesPerSecond;
    }

    private static void CheckPredecessors(Accelerator a, IReadOnlyDictionary<string, Accelerator> accelerators, List<AuditFinding> findings)
    {
        if (a.Memory?.Bandwidth is not { } bandwidth)
        {
            return;
        }

        var baselines = a.Claims
            .Select(c => c.Baseline)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(id => accelerators.TryGetValue(id, out var found) ? found : null)
            .OfType<Accelerator>()
            .Where(b => b.Vendor == a.Vendor && !ReferenceEquals(b, a));
        foreach (var baseline in baselines)
        {
            // A vendor's own memory design (Ascend 950's self-developed low-cost HBM) trades bandwidth for cost by
            // choice: a lower figure there is not a regression, so only standard memory is compared.
            if (a.Memory.VendorCustom == true)
            {
                continue;
            }

            if (baseline.Memory?.Bandwidth is { } before && bandwidth.Value < before.Value)
            {
                findings.Add(Finding(Kind, a.Id, AuditRules.BandwidthBelowPredecessor, AuditSeverity.Warning,
                    Invariant($"Memory bandwidth {bandwidth.Value} is below the {before.Value} of {baseline.Id}, which its claims compare it with; possibly a design choice, worth confirming."),
                    ("bandwidth", bandwidth.Value), ("baseline", baseline.Id), ("baselineBandwidth", before.Value)));
            }
        }
    }

    internal static string Where(string source, long? line) => line is { } l ? Invariant($"{source} line {l}") : source;
}
