using AiInfra.Domain.Chips;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Systems;
using static AiInfra.Domain.Audit.CatalogAudit;

namespace AiInfra.Domain.Audit;

/// <summary>The checks of racks and superpods: their counts, memory, power and aggregate compute add up.</summary>
internal static class SystemChecks
{
    /// <summary>Aggregate compute may differ from count × per-chip rating by this much (rounding in the sources).</summary>
    private const double ComputeTolerance = 0.10;

    public static void CheckRack(Rack rack, IReadOnlyDictionary<string, Accelerator> accelerators, List<AuditFinding> findings)
    {
        const string kind = nameof(Rack);
        var packages = rack.AcceleratorPackages?.Value;
        if (packages is { } p && rack.DiesPerPackage?.Value is { } perPackage && rack.AcceleratorDies?.Value is { } dies && p * perPackage != dies)
        {
            findings.Add(Finding(kind, rack.Id, AuditRules.DieCountMismatch, AuditSeverity.Error,
                $"{p} packages of {perPackage} dies are {p * perPackage} dies, not {dies}.", ("packages", p), ("diesPerPackage", perPackage), ("dies", dies)));
        }

        if (rack.FastMemory?.Value is { } fast && rack.HbmCapacity?.Value is { } hbm && rack.LpddrCapacity?.Value is { } lpddr
            && Math.Abs((hbm + lpddr - fast).Bytes) > 0.01 * fast.Bytes)
        {
            findings.Add(Finding(kind, rack.Id, AuditRules.FastMemoryMismatch, AuditSeverity.Error,
                $"HBM {hbm} plus LPDDR {lpddr} is {(hbm + lpddr).ToUnit(fast.Unit)}, not the {fast} stated.", ("fastMemory", fast), ("hbm", hbm), ("lpddr", lpddr)));
        }

        if (packages is { } count && rack.Canisters?.Value is { } canisters && rack.AcceleratorsPerCanister?.Value is { } perCanister && canisters * perCanister != count)
        {
            findings.Add(Finding(kind, rack.Id, AuditRules.CanisterArithmetic, AuditSeverity.Error,
                $"{canisters} canisters of {perCanister} accelerators are {canisters * perCanister}, not {count}.", ("canisters", canisters), ("perCanister", perCanister), ("accelerators", count)));
        }

        var chip = rack.Accelerator is { } id && accelerators.TryGetValue(id, out var found) ? found : null;
        if (packages is { } n && chip?.Tdp?.Value is { } tdp && rack.RackPower?.Value is { } rackPower && rackPower < tdp * n)
        {
            findings.Add(Finding(kind, rack.Id, AuditRules.RackPowerBelowParts, AuditSeverity.Error,
                $"{n} × {tdp} of accelerators alone is {(tdp * n).ToUnit(rackPower.Unit)}, above the rack's {rackPower}.", ("rackPower", rackPower), ("acceleratorTdp", tdp), ("accelerators", n)));
        }

        if (packages is { } total && chip is not null)
        {
            CheckAggregate(kind, rack.Id, total, chip, rack.AiCompute.Select(c => (c.Precision, c.Sparsity, c.Throughput.Value)), findings);
        }
    }

    public static void CheckSuperPod(SuperPod pod, IReadOnlyDictionary<string, Accelerator> accelerators, List<AuditFinding> findings)
    {
        const string kind = nameof(SuperPod);
        if (pod.ComputeCabinets?.Value is { } compute && pod.InterconnectCabinets?.Value is { } interconnect && pod.TotalCabinets?.Value is { } total && compute + interconnect != total)
        {
            findings.Add(Finding(kind, pod.Id, AuditRules.CabinetArithmetic, AuditSeverity.Error,
                $"{compute} compute and {interconnect} interconnect cabinets are {compute + interconnect}, not {total}.", ("compute", compute), ("interconnect", interconnect), ("total", total)));
        }

        if (pod.AcceleratorCount?.Value is { } count && pod.Accelerator is { } id && accelerators.TryGetValue(id, out var chip))
        {
            CheckAggregate(kind, pod.Id, count, chip, pod.AggregateCompute.Select(c => (c.Precision, c.Sparsity, c.Throughput.Value)), findings);
        }
    }

    /// <summary>Each aggregate rating against count × the chip's rating at the same precision and sparsity.</summary>
    private static void CheckAggregate(string kind, string id, long count, Accelerator chip, IEnumerable<(NumericPrecision Precision, Sparsity Sparsity, ComputeThroughput Total)> aggregates, List<AuditFinding> findings)
    {
        foreach (var (precision, sparsity, total) in aggregates)
        {
            var perChip = chip.Compute.FirstOrDefault(r => r.Precision == precision && r.Sparsity == sparsity && r.Scope == RatingScope.Chip);
            if (perChip is null)
            {
                continue;
            }

            var expected = perChip.Throughput.Value * count;
            var ratio = total / expected;
            if (Math.Abs(ratio - 1) > ComputeTolerance)
            {
                findings.Add(Finding(kind, id, AuditRules.AggregateComputeMismatch, AuditSeverity.Error,
                    $"{count} × {perChip.Throughput.Value} of {precision} is {expected.ToUnit(total.Unit):0.###}, but {total} is stated ({ratio - 1:+0.#%;-0.#%}).",
                    ("stated", (object)total), ("count", count), ("perChip", perChip.Throughput.Value)));
            }
        }
    }
}
