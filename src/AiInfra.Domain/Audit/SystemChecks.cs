using AiInfra.Domain.Chips;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Systems;
using static System.FormattableString;
using static AiInfra.Domain.Audit.CatalogAudit;

namespace AiInfra.Domain.Audit;

/// <summary>The checks of racks, superpods and scale-up domains: their counts, memory, power and aggregate compute add up.</summary>
internal static class SystemChecks
{
    /// <summary>Beyond this, an aggregate compute figure is an error, not rounding (count × per-chip rating).</summary>
    private const double ComputeTolerance = 0.10;

    /// <summary>
    /// Within this, an aggregate compute figure agrees with count × per-chip rating: vendors round both the per-chip
    /// rating and the total to one or two significant digits (NVL576, [s001:1034]: 144 × "100 PF" = 14.4 EF, marketed
    /// as "15 EF", +4.2 %, which passes).
    /// </summary>
    private const double VendorRounding = 0.05;

    /// <summary>Beyond this, a recomputed scale-up/scale-out ratio disagrees with the stated one.</summary>
    private const double RatioTolerance = 0.10;

    public static void Check(CatalogData data, IReadOnlyDictionary<string, Accelerator> accelerators, List<AuditFinding> findings)
    {
        var trays = Index(data.Trays, t => t.Id);
        foreach (var rack in data.Racks)
        {
            CheckRack(rack, accelerators, trays, data.Trays, findings);
        }

        foreach (var pod in data.SuperPods)
        {
            CheckSuperPod(pod, accelerators, findings);
        }

        foreach (var domain in data.ScaleUpDomains)
        {
            CheckScaleUpDomain(domain, data, accelerators, findings);
        }
    }

    private static void CheckRack(Rack rack, IReadOnlyDictionary<string, Accelerator> accelerators, IReadOnlyDictionary<string, Tray> trays, IReadOnlyList<Tray> allTrays, List<AuditFinding> findings)
    {
        const string kind = nameof(Rack);
        var packages = rack.AcceleratorPackages?.Value;
        if (packages is { } p && rack.DiesPerPackage?.Value is { } perPackage && rack.AcceleratorDies?.Value is { } dies && p * perPackage != dies)
        {
            findings.Add(Finding(kind, rack.Id, AuditRules.DieCountMismatch, AuditSeverity.Error,
                Invariant($"{p} packages of {perPackage} dies are {p * perPackage} dies, not {dies}."), ("packages", p), ("diesPerPackage", perPackage), ("dies", dies)));
        }

        if (rack.FastMemory?.Value is { } fast && rack.HbmCapacity?.Value is { } hbm && rack.LpddrCapacity?.Value is { } lpddr
            && Math.Abs((hbm + lpddr - fast).Bytes) > 0.01 * fast.Bytes)
        {
            findings.Add(Finding(kind, rack.Id, AuditRules.FastMemoryMismatch, AuditSeverity.Error,
                Invariant($"HBM {hbm} plus LPDDR {lpddr} is {QuantityRange.InUnitIfExpressible(hbm + lpddr, fast.Unit)}, not the {fast} stated."), ("fastMemory", fast), ("hbm", hbm), ("lpddr", lpddr)));
        }

        if (packages is { } count && rack.Canisters?.Value is { } canisters && rack.AcceleratorsPerCanister?.Value is { } perCanister && canisters * perCanister != count)
        {
            findings.Add(Finding(kind, rack.Id, AuditRules.CanisterArithmetic, AuditSeverity.Error,
                Invariant($"{canisters} canisters of {perCanister} accelerators are {canisters * perCanister}, not {count}."), ("canisters", canisters), ("perCanister", perCanister), ("accelerators", count)));
        }

        CheckBlades(rack, trays, allTrays, findings);
        CheckTraySums(rack, trays, findings);

        var chip = rack.Accelerator is { } id && accelerators.TryGetValue(id, out var found) ? found : null;
        if (packages is { } n && chip?.Tdp is { } tdp && rack.RackPower is { } rackPower)
        {
            // A range's upper end is the most the rack may draw; the parts must fit under it.
            var most = rackPower.IsRange ? rackPower.Maximum!.Value : rackPower.Value;
            var parts = tdp.Value * n; // for a TDP range, its lower end: the least the parts can draw
            if (most < parts)
            {
                findings.Add(Finding(kind, rack.Id, AuditRules.RackPowerBelowParts, AuditSeverity.Error,
                    Invariant($"{n} × {tdp.Value} of accelerators alone is {QuantityRange.InUnitIfExpressible(parts, most.Unit)}, above the rack's {rackPower}."), ("rackPower", rackPower), ("acceleratorTdp", tdp), ("accelerators", n)));
            }
        }

        if (rack.AcceleratorPackages is { } total && chip is not null)
        {
            CheckAggregate(kind, rack.Id, total, chip, rack.AiCompute, findings);
        }
    }

    /// <summary>The rack's compute blade: one listed in its trays, or the only computeBlade tray holding its accelerator.</summary>
    private static Tray? Blade(Rack rack, IReadOnlyDictionary<string, Tray> trays, IReadOnlyList<Tray> allTrays)
    {
        var listed = rack.Trays.Select(t => trays.TryGetValue(t.Tray, out var tray) ? tray : null).OfType<Tray>().Where(t => t.Type == TrayType.ComputeBlade).ToList();
        if (listed.Count == 1)
        {
            return listed[0];
        }

        var holding = allTrays.Where(t => t.Type == TrayType.ComputeBlade && rack.Accelerator is { } a && t.Accelerators.Any(c => c.Accelerator == a)).ToList();
        return holding.Count == 1 ? holding[0] : null;
    }

    private static void CheckBlades(Rack rack, IReadOnlyDictionary<string, Tray> trays, IReadOnlyList<Tray> allTrays, List<AuditFinding> findings)
    {
        if (rack.LayersPerCanister?.Value is not { } layers || rack.BladesPerLayer?.Value is not { } blades || Blade(rack, trays, allTrays) is not { } blade)
        {
            return;
        }

        var perCanisterBlades = layers * blades;
        var canisters = rack.Canisters?.Value;
        var perBlade = blade.Accelerators.Sum(c => c.Count.Value);
        if (blade.Accelerators.Count > 0 && rack.AcceleratorsPerCanister?.Value is { } stated && perCanisterBlades * perBlade != stated)
        {
            var inRack = canisters is { } c ? Invariant($"; {c} canisters then hold {c * perCanisterBlades * perBlade}, not {c * stated}") : string.Empty;
            findings.Add(Finding(nameof(Rack), rack.Id, AuditRules.BladeArithmetic, AuditSeverity.Error,
                Invariant($"{layers} layers × {blades} blades × {perBlade} accelerators ({blade.Id}) are {perCanisterBlades * perBlade} accelerators a canister, not the {stated} stated{inRack}."),
                ("layersPerCanister", layers), ("bladesPerLayer", blades), ("acceleratorsPerBlade", perBlade), ("acceleratorsPerCanister", stated)));
        }

        if (blade.Cpus?.Value is { } cpus && rack.CpusPerCanister?.Value is { } statedCpus && perCanisterBlades * cpus != statedCpus)
        {
            findings.Add(Finding(nameof(Rack), rack.Id, AuditRules.BladeArithmetic, AuditSeverity.Error,
                Invariant($"{layers} layers × {blades} blades × {cpus} CPUs ({blade.Id}) are {perCanisterBlades * cpus} CPUs a canister, not the {statedCpus} stated."),
                ("layersPerCanister", layers), ("bladesPerLayer", blades), ("cpusPerBlade", cpus), ("cpusPerCanister", statedCpus)));
        }
    }

    private static void CheckTraySums(Rack rack, IReadOnlyDictionary<string, Tray> trays, List<AuditFinding> findings)
    {
        var resolved = rack.Trays.Select(t => (t.Count.Value, Tray: trays.TryGetValue(t.Tray, out var tray) ? tray : null)).ToList();
        if (resolved.Count == 0 || resolved.Any(t => t.Tray is null))
        {
            return;
        }

        if (rack.AcceleratorPackages?.Value is { } packages && rack.Accelerator is { } chip && resolved.Any(t => t.Tray!.Accelerators.Count > 0))
        {
            // Parameter types written out: inferred, the nested Sum overloads made the compiler bind the lambdas 1,500 times (CS9236).
            var sum = resolved.Sum(((long Value, Tray? Tray) t) => t.Value * t.Tray!.Accelerators.Where((AcceleratorCount a) => a.Accelerator == chip).Sum((AcceleratorCount a) => a.Count.Value));
            if (sum != packages)
            {
                findings.Add(Finding(nameof(Rack), rack.Id, AuditRules.TraySum, AuditSeverity.Error,
                    Invariant($"Its trays hold {sum} × {chip}, not the {packages} stated."), ("trays", sum), ("accelerators", packages)));
            }
        }

        if (rack.ColdPlates?.Value is { } plates && resolved.All(t => t.Tray!.ColdPlates is not null))
        {
            var sum = resolved.Sum(t => t.Value * t.Tray!.ColdPlates!.Value.Value);
            if (sum != plates)
            {
                findings.Add(Finding(nameof(Rack), rack.Id, AuditRules.TraySum, AuditSeverity.Error,
                    Invariant($"Its trays carry {sum} cold plates, not the {plates} stated."), ("trays", sum), ("coldPlates", plates)));
            }
        }
    }

    private static void CheckSuperPod(SuperPod pod, IReadOnlyDictionary<string, Accelerator> accelerators, List<AuditFinding> findings)
    {
        const string kind = nameof(SuperPod);
        if (pod.ComputeCabinets?.Value is { } compute && pod.InterconnectCabinets?.Value is { } interconnect && pod.TotalCabinets?.Value is { } total && compute + interconnect != total)
        {
            findings.Add(Finding(kind, pod.Id, AuditRules.CabinetArithmetic, AuditSeverity.Error,
                Invariant($"{compute} compute and {interconnect} interconnect cabinets are {compute + interconnect}, not {total}."), ("compute", compute), ("interconnect", interconnect), ("total", total)));
        }

        if (pod.Power is { } power)
        {
            var cabinets = pod.TotalCabinets?.Value ?? pod.ComputeCabinets?.Value;
            if (pod.PowerScope == PowerScope.Unspecified)
            {
                findings.Add(Finding(kind, pod.Id, AuditRules.PowerScope, AuditSeverity.Warning,
                    Invariant($"A power of {power} with no scope: per cabinet or for the whole pod is not stated."), ("power", power), ("powerScope", "unspecified")));
            }
            else if (pod.PowerScope == PowerScope.PerCabinet && pod.Kind == PodKind.SuperPod && cabinets is null)
            {
                var chips = pod.AcceleratorCount is { } n ? Invariant($" of {n.Value} accelerators") : string.Empty;
                findings.Add(Finding(kind, pod.Id, AuditRules.PowerScope, AuditSeverity.Warning,
                    Invariant($"{power} is labelled per cabinet, but this superpod{chips} spans several cabinets and their number is not given, so neither its total power nor a cabinet's load can be derived."),
                    ("power", power), ("powerScope", "perCabinet"), ("cabinets", null)));
            }
        }

        if (pod.AcceleratorCount is { } count && pod.Accelerator is { } id && accelerators.TryGetValue(id, out var chip))
        {
            CheckAggregate(kind, pod.Id, count, chip, pod.AggregateCompute, findings);
        }
    }

    /// <summary>Each aggregate rating against count × the chip's rating at the same precision and sparsity.</summary>
    private static void CheckAggregate(string kind, string id, Figure<long> count, Accelerator chip, IReadOnlyList<AggregateCompute> aggregates, List<AuditFinding> findings)
    {
        var perChipRatings = chip.Compute.Where(r => r.Scope == RatingScope.Chip).ToList();
        foreach (var aggregate in aggregates)
        {
            // An aggregate with no precision is compared with the chip's rating only when the chip has just one.
            var matches = aggregate.Precision == NumericPrecision.Unspecified
                ? (perChipRatings.Count == 1 ? perChipRatings : [])
                : perChipRatings.Where(r => r.Precision == aggregate.Precision && Precisions.Compatible(r.Sparsity, aggregate.Sparsity)).ToList();
            if (matches.Count != 1)
            {
                continue;
            }

            var perChip = matches[0].Throughput;
            var total = aggregate.Throughput.Value;
            var expected = perChip.Value * count.Value;
            if (expected.OperationsPerSecond <= 0)
            {
                continue;
            }

            var gap = total / expected - 1;
            var precision = matches[0].Precision;
            var what = Invariant($"{count.Value} × {Precisions.Rated(perChip.Value, precision)} ({Name(precision)}{(matches[0].Sparsity == Sparsity.Unspecified ? string.Empty : ", " + matches[0].Sparsity.ToString().ToLowerInvariant())}) is {Precisions.Rated(QuantityRange.InUnitIfExpressible(expected, total.Unit), precision, "0.###")}");
            var stated = Precisions.Rated(total, precision);
            var values = new (string, object?)[] { ("stated", total), ("count", count.Value), ("perChip", perChip.Value), ("expected", QuantityRange.InUnitIfExpressible(expected, total.Unit)), ("difference", Percent(gap)) };
            if (Math.Abs(gap) > ComputeTolerance)
            {
                findings.Add(Finding(kind, id, AuditRules.AggregateComputeMismatch, AuditSeverity.Error,
                    Invariant($"{what}, but {stated} is stated ({Percent(gap)}), more than {ComputeTolerance:0 %} off."), values));
                continue;
            }

            var exact = count.Bound == FigureBound.Exact && aggregate.Throughput.Bound == FigureBound.Exact && perChip.Bound == FigureBound.Exact;
            var halfUnit = HalfUnit(total.Value);
            if (exact && Math.Abs(gap) > VendorRounding && Math.Abs(expected.As(total.Unit) - total.Value) > halfUnit * (1 + 1e-9))
            {
                findings.Add(Finding(kind, id, AuditRules.AggregateComputeMismatch, AuditSeverity.Warning,
                    Invariant($"{what}, but {stated} is stated ({Percent(gap)}): more than vendor rounding ({VendorRounding:0 %}) or rounding {Number(total.Value)} to its last significant digit (±{Number(halfUnit)}) explains."), values));
            }
        }
    }

    private static void CheckScaleUpDomain(ScaleUpDomain domain, CatalogData data, IReadOnlyDictionary<string, Accelerator> accelerators, List<AuditFinding> findings)
    {
        if (domain.ScaleUpToScaleOutRatio is not { } stated)
        {
            return;
        }

        var chips = data.Racks.Where(r => r.ScaleUpDomain == domain.Id).Select(r => r.Accelerator)
            .Concat(data.SuperPods.Where(p => p.ScaleUpDomain == domain.Id).Select(p => p.Accelerator))
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => accelerators.TryGetValue(id, out var chip) ? chip : null).OfType<Accelerator>().ToList();
        var derived = chips.Where(c => c.ScaleUp is not null && c.ScaleOut is { Bandwidth.Value.BitsPerSecond: > 0 }).ToList();
        var ratio = stated.Value.DecimalFractions;
        if (ratio <= 0)
        {
            return;
        }

        if (derived.Count == 0)
        {
            var names = chips.Count == 0 ? "no accelerator is linked to it" : "none of its accelerators (" + string.Join(", ", chips.Select(c => c.Id)) + ") has both a scale-up and a scale-out bandwidth";
            findings.Add(Finding(nameof(ScaleUpDomain), domain.Id, AuditRules.ScaleOutRatio, AuditSeverity.Info,
                Invariant($"The scale-up/scale-out ratio of {Number(ratio)} is not supported by the data: {names}."), ("ratio", Number(ratio))));
            return;
        }

        foreach (var chip in derived)
        {
            var recomputed = chip.ScaleUp!.Bandwidth.Value / chip.ScaleOut!.Bandwidth.Value;
            if (Math.Abs(recomputed / ratio - 1) > RatioTolerance)
            {
                findings.Add(Finding(nameof(ScaleUpDomain), domain.Id, AuditRules.ScaleOutRatio, AuditSeverity.Warning,
                    Invariant($"{chip.Id}'s scale-up {chip.ScaleUp.Bandwidth.Value} over scale-out {chip.ScaleOut.Bandwidth.Value} is {Times(recomputed)}, not the {Number(ratio)} stated."),
                    ("ratio", Number(ratio)), ("recomputed", Number(recomputed)), ("accelerator", chip.Id)));
            }
        }
    }
}
