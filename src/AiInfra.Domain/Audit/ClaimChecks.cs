using AiInfra.Domain.Chips;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;
using AiInfra.Domain.Shared;
using AiInfra.Domain.Systems;
using static System.FormattableString;
using static AiInfra.Domain.Audit.CatalogAudit;

namespace AiInfra.Domain.Audit;

/// <summary>
/// Relative claims ("N× the baseline") recomputed from the two entries' figures, for accelerators against
/// accelerators and racks against racks; and claims that cannot be checked as stated.
/// </summary>
internal static class ClaimChecks
{
    /// <summary>
    /// An exact factor may round the true ratio (7.41 → 7.5, 13.9 → 14, 2.55 → 2.5): 5 % covers that. A factor also
    /// agrees when the recomputed ratio rounds to it at the significant digits the source prints (see
    /// <see cref="CatalogAudit.HalfUnit"/>): "3×" stands for 2.5× to 3.5×, so MTT S5000's 3.33× is "3×".
    /// </summary>
    private const double ExactTolerance = 0.05;

    /// <summary>"About N×" covers N/1.25 to 1.25 N ("about 2×" for 1.6× to 2.5×: v5p against v4 at Google's 275 TFLOPS, outside knowledge, is 1.67× ≈ 2×).</summary>
    private const double ApproximateTolerance = 0.25;

    /// <summary>One figure a claim can be recomputed from: its label for the message, its precision and sparsity for pairing.</summary>
    private sealed record Measure(string Label, NumericPrecision Precision, Sparsity Sparsity, double Value);

    /// <summary>A reading of the factor: "to" N, "by" 1 + N, "reduction" 1 − N; <paramref name="HalfUnit"/> is the rounding its printed digits allow.</summary>
    private readonly record struct Reading(string Name, double Expected, double? Maximum, double HalfUnit);

    public static void Check(CatalogData data, IReadOnlyDictionary<string, Accelerator> accelerators, List<AuditFinding> findings)
    {
        var racks = Index(data.Racks, r => r.Id);
        foreach (var a in data.Accelerators)
        {
            foreach (var claim in a.Claims)
            {
                var baseline = claim.Baseline is { } id && accelerators.TryGetValue(id, out var b) ? b : null;
                CheckClaim(nameof(Accelerator), a.Id, claim, metric => Measures(a, metric), baseline is null ? null : metric => Measures(baseline, metric), findings);
            }
        }

        foreach (var r in data.Racks)
        {
            foreach (var claim in r.Claims)
            {
                var baseline = claim.Baseline is { } id && racks.TryGetValue(id, out var b) ? b : null;
                CheckClaim(nameof(Rack), r.Id, claim, metric => Measures(r, metric, accelerators), baseline is null ? null : metric => Measures(baseline, metric, accelerators), findings);
            }
        }
    }

    private static void CheckClaim(string kind, string id, RelativeClaim claim, Func<ClaimMetric, IReadOnlyList<Measure>> subject, Func<ClaimMetric, IReadOnlyList<Measure>>? baseline, List<AuditFinding> findings)
    {
        if (claim.Baseline is not { } baselineId || claim.Factor is not { } factor)
        {
            return;
        }

        // The first reading is the one checked; a second ("by", for a multiplier whose semantics are not stated)
        // only explains or qualifies the verdict.
        var readings = Readings(claim, factor).Where(r => r.Expected > 0).ToList();
        if (readings.Count == 0)
        {
            return;
        }

        List<(Measure Subject, Measure Baseline, double Ratio)> pairs = baseline is null ? [] : Pairs(claim, subject(claim.Metric), baseline(claim.Metric));
        var fits = readings.Select(r => pairs.Any(p => Within(p.Ratio, r, factor.Bound))).ToList();
        var closest = pairs.OrderBy(p => Math.Abs(Math.Log(p.Ratio / readings[0].Expected))).FirstOrDefault();
        var metric = ClaimMetricJson.ToJson(claim.Metric);
        var mismatch = pairs.Count > 0 && !fits[0];
        if (mismatch)
        {
            var alternative = readings.Count > 1 && fits[1] ? Invariant($" Read as '{readings[1].Name}' ({Times(readings[1].Expected)}) it would fit.") : string.Empty;
            findings.Add(Finding(kind, id, AuditRules.ClaimFactorMismatch, AuditSeverity.Warning,
                Invariant($"\"{claim.Statement}\" The figures give {Times(closest.Ratio)} ({closest.Subject.Label} against {baselineId}'s {closest.Baseline.Label}), not {(factor.Bound == FigureBound.Approximate ? "about " : string.Empty)}{Times(readings[0].Expected)}.{alternative}"),
                ("metric", metric), ("baseline", baselineId), ("stated", factor), ("recomputed", Times(closest.Ratio))));
        }

        var missing = new List<string>();
        if (claim.Scope == ClaimScope.Unspecified)
        {
            missing.Add("no scope (chip, rack or cluster)");
        }

        if (claim.Semantics == ClaimSemantics.Unspecified && !mismatch && (pairs.Count == 0 || fits.Distinct().Count() > 1))
        {
            missing.Add(readings.Count > 1 ? "not whether the factor is 'to' or 'by'" : "not how the factor applies");
        }

        if (missing.Count > 0)
        {
            var detail = pairs.Count == 0
                ? " The figures cannot check it."
                : mismatch
                    ? string.Empty
                    : " " + string.Join("; ", readings.Select((r, i) => Invariant($"{(i == 0 ? "Read" : "read")} '{r.Name}' ({Times(r.Expected)}), the figures {(fits[i] ? "agree" : "disagree")}"))) + Invariant($" (they give {Times(closest.Ratio)}).");
            findings.Add(Finding(kind, id, AuditRules.AmbiguousClaim, AuditSeverity.Info,
                Invariant($"\"{claim.Statement}\" The claim states {string.Join(", and ", missing)}.{detail}"),
                ("metric", metric), ("baseline", baselineId), ("stated", factor), ("scope", ClaimScopeJson.ToJson(claim.Scope)), ("semantics", claim.Semantics.ToString().ToLowerInvariant())));
        }
    }

    private static List<Reading> Readings(RelativeClaim claim, Figure<Ratio> factor)
    {
        var f = factor.Value.DecimalFractions;
        var max = factor.Maximum?.DecimalFractions;

        // Half a unit in the factor's last significant digit, in its own unit ("3" ±0.5, "40 %" ±5 %), as a fraction.
        var half = factor.Value.Value == 0 ? 0 : HalfUnit(factor.Value.Value) * f / factor.Value.Value;
        return claim.Semantics switch
        {
            ClaimSemantics.To => [new("to", f, max, half)],
            ClaimSemantics.By => [new("by", 1 + f, 1 + max, half)],
            ClaimSemantics.Reduction => [new("reduction", 1 - f, 1 - max, half)],
            _ when factor.Value.Unit == RatioUnit.Percent => [new("by", 1 + f, 1 + max, half)],
            _ => [new("to", f, max, half), new("by", 1 + f, 1 + max, half)],
        };
    }

    private static bool Within(double ratio, Reading reading, FigureBound bound) => bound switch
    {
        FigureBound.Exact => Math.Abs(ratio / reading.Expected - 1) <= ExactTolerance || Math.Abs(ratio - reading.Expected) <= Math.Abs(reading.HalfUnit) * (1 + 1e-9),
        FigureBound.AtLeast or FigureBound.GreaterThan => ratio >= reading.Expected * (1 - ExactTolerance),
        FigureBound.AtMost or FigureBound.LessThan => ratio <= reading.Expected * (1 + ExactTolerance),
        FigureBound.Range => ratio >= reading.Expected * (1 - ExactTolerance) && ratio <= (reading.Maximum ?? reading.Expected) * (1 + ExactTolerance),
        FigureBound.ApproximateRange => ratio >= reading.Expected * (1 - ApproximateTolerance) && ratio <= (reading.Maximum ?? reading.Expected) * (1 + ApproximateTolerance),
        _ => Math.Abs(ratio / reading.Expected - 1) <= ApproximateTolerance,
    };

    private static List<(Measure Subject, Measure Baseline, double Ratio)> Pairs(RelativeClaim claim, IReadOnlyList<Measure> subject, IReadOnlyList<Measure> baseline)
    {
        var precision = claim.Precision is { } text && NumericPrecisionJson.TryParse(text, out var p) ? p : NumericPrecision.Unspecified;
        return subject
            .SelectMany(s => baseline.Select(b => (Subject: s, Baseline: b)))
            .Where(x => x.Baseline.Value > 0
                && Precisions.Compatible(x.Subject.Precision, x.Baseline.Precision)
                && Precisions.Compatible(x.Subject.Sparsity, x.Baseline.Sparsity)
                && Precisions.Compatible(precision, x.Subject.Precision)
                && Precisions.Compatible(precision, x.Baseline.Precision))
            .Select(x => (x.Subject, x.Baseline, x.Subject.Value / x.Baseline.Value))
            .ToList();
    }

    private static IReadOnlyList<Measure> Measures(Accelerator a, ClaimMetric metric)
    {
        var compute = a.Compute.Where(r => r.Scope == RatingScope.Chip)
            .Select(r => new Measure(Invariant($"{Name(r.Precision)} {Precisions.Rated(r.Throughput.Value, r.Precision)}"), r.Precision, r.Sparsity, r.Throughput.Value.OperationsPerSecond)).ToList();
        return metric switch
        {
            ClaimMetric.Compute or ClaimMetric.Performance => compute,
            ClaimMetric.ComputePerWatt when a.Tdp is { IsRange: false } tdp =>
                compute.Select(m => m with { Label = Invariant($"{m.Label} / {tdp.Value}"), Value = m.Value / tdp.Value.Watts }).ToList(),
            ClaimMetric.MemoryCapacity when a.Memory?.Capacity is { } c => [Plain(c.Value, c.Value.Bytes)],
            ClaimMetric.MemoryBandwidth when a.Memory?.Bandwidth is { } b => [Plain(b.Value, b.Value.BytesPerSecond)],
            ClaimMetric.InterconnectBandwidth when a.ScaleUp?.Bandwidth is { } l => [Plain(l.Value, l.Value.BytesPerSecond)],
            ClaimMetric.Power when a.Tdp is { IsRange: false } t => [Plain(t.Value, t.Value.Watts)],
            _ => [],
        };
    }

    private static IReadOnlyList<Measure> Measures(Rack r, ClaimMetric metric, IReadOnlyDictionary<string, Accelerator> accelerators)
    {
        var compute = r.AiCompute
            .Select(c => new Measure(Invariant($"{Name(c.Precision)} {Precisions.Rated(c.Throughput.Value, c.Precision)}"), c.Precision, c.Sparsity, c.Throughput.Value.OperationsPerSecond)).ToList();
        if (compute.Count == 0 && r.AcceleratorPackages?.Value is { } n && r.Accelerator is { } chipId && accelerators.TryGetValue(chipId, out var chip))
        {
            compute = chip.Compute.Where(c => c.Scope == RatingScope.Chip)
                .Select(c => new Measure(Invariant($"{n} × {chip.Id} {Name(c.Precision)} {Precisions.Rated(c.Throughput.Value, c.Precision)}"), c.Precision, c.Sparsity, c.Throughput.Value.OperationsPerSecond * n)).ToList();
        }

        return metric switch
        {
            ClaimMetric.Compute or ClaimMetric.Performance => compute,
            ClaimMetric.ComputePerWatt when r.RackPower is { IsRange: false } power =>
                compute.Select(m => m with { Label = Invariant($"{m.Label} / {power.Value}"), Value = m.Value / power.Value.Watts }).ToList(),
            ClaimMetric.MemoryCapacity when (r.FastMemory ?? r.HbmCapacity) is { } c => [Plain(c.Value, c.Value.Bytes)],
            ClaimMetric.MemoryBandwidth when r.MemoryBandwidth is { } b => [Plain(b.Value, b.Value.BytesPerSecond)],
            ClaimMetric.Power when r.RackPower is { IsRange: false } p => [Plain(p.Value, p.Value.Watts)],
            _ => [],
        };
    }

    private static Measure Plain(IFormattable label, double value) => new(Text(label), NumericPrecision.Unspecified, Sparsity.Unspecified, value);
}
