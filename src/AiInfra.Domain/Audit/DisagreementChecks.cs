using System.Globalization;
using System.Text.Json;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Shared;
using static System.FormattableString;
using static AiInfra.Domain.Audit.CatalogAudit;

namespace AiInfra.Domain.Audit;

/// <summary>
/// Reports the values that another source gives for a figure an entry records ("alsoReported"), in every kind of
/// entry, when both measure the same quantity under the same definition (<see cref="FigureRelation.SameDefinition"/>):
/// a warning when the two differ beyond the rounding of their printed digits, info when the competing value is the
/// recorded one restated with fewer digits (7.4 TB/s for 7372 GB/s), or a range or bound that holds it. Values under
/// another definition, alternative configurations, and money in another currency (no exchange rate is catalogued)
/// are not compared; two values printed to the same digits that differ by no more than their rounding (393 and 394
/// TOPS: each ±0.5) agree and are not reported.
/// </summary>
internal static class DisagreementChecks
{
    public static void Check(CatalogData data, List<AuditFinding> findings)
    {
        Add(data.Accelerators, e => e.Id, e => e.AlsoReported, findings);
        Add(data.HostCpus, e => e.Id, e => e.AlsoReported, findings);
        Add(data.HbmGenerations, e => e.Id, e => e.AlsoReported, findings);
        Add(data.MemoryMedia, e => e.Id, e => e.AlsoReported, findings);
        Add(data.OpticalModules, e => e.Id, e => e.AlsoReported, findings);
        Add(data.SwitchAsics, e => e.Id, e => e.AlsoReported, findings);
        Add(data.OcsSwitches, e => e.Id, e => e.AlsoReported, findings);
        Add(data.CopperCables, e => e.Id, e => e.AlsoReported, findings);
        Add(data.Fibres, e => e.Id, e => e.AlsoReported, findings);
        Add(data.MpoConnectors, e => e.Id, e => e.AlsoReported, findings);
        Add(data.Laminates, e => e.Id, e => e.AlsoReported, findings);
        Add(data.Resins, e => e.Id, e => e.AlsoReported, findings);
        Add(data.GlassCloths, e => e.Id, e => e.AlsoReported, findings);
        Add(data.CopperFoils, e => e.Id, e => e.AlsoReported, findings);
        Add(data.PcbBoards, e => e.Id, e => e.AlsoReported, findings);
        Add(data.PowerArchitectures, e => e.Id, e => e.AlsoReported, findings);
        Add(data.PowerSystems, e => e.Id, e => e.AlsoReported, findings);
        Add(data.PowerShelves, e => e.Id, e => e.AlsoReported, findings);
        Add(data.ColdPlates, e => e.Id, e => e.AlsoReported, findings);
        Add(data.QuickDisconnects, e => e.Id, e => e.AlsoReported, findings);
        Add(data.Manifolds, e => e.Id, e => e.AlsoReported, findings);
        Add(data.Cdus, e => e.Id, e => e.AlsoReported, findings);
        Add(data.Trays, e => e.Id, e => e.AlsoReported, findings);
        Add(data.Racks, e => e.Id, e => e.AlsoReported, findings);
        Add(data.ScaleUpDomains, e => e.Id, e => e.AlsoReported, findings);
        Add(data.SuperPods, e => e.Id, e => e.AlsoReported, findings);
        Add(data.Campuses, e => e.Id, e => e.AlsoReported, findings);
        Add(data.CapexRecords, e => e.Id, e => e.AlsoReported, findings);
        Add(data.TokenUsages, e => e.Id, e => e.AlsoReported, findings);
        Add(data.TokenPrices, e => e.Id, e => e.AlsoReported, findings);
        Add(data.Commitments, e => e.Id, e => e.AlsoReported, findings);
    }

    /// <summary>What the entry records at a path: a value, or a range, with its bound.</summary>
    internal sealed record Recorded(string? Value, string? Min, string? Max, FigureBound Bound)
    {
        public override string ToString() => Min is not null ? $"{Min}–{Max}" : FigureVocabulary.Prefix(Bound) + Value;
    }

    private static void Add<T>(IReadOnlyList<T> entries, Func<T, string> id, Func<T, IReadOnlyList<ReportedFigure>> reported, List<AuditFinding> findings)
        where T : class, IAiInfraEntity<T>
    {
        var kind = typeof(T).Name;
        foreach (var entry in entries)
        {
            var others = reported(entry);
            if (others.Count == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(AiInfraJson.Serialize(entry));
            foreach (var other in others)
            {
                if (other.Relation != FigureRelation.SameDefinition)
                {
                    continue;
                }

                var competing = new Recorded(other.Value, other.Min, other.Max, other.Bound);
                var recorded = Readable(json.RootElement, other.Path, Resolve(json.RootElement, other.Path));
                var where = AcceleratorChecks.Where(other.Source, other.Line);
                var note = other.Note is { } n ? " " + n : string.Empty;
                var (verdict, why) = recorded is null ? (Verdict.Differs, string.Empty) : Compare(recorded, competing);
                if (verdict is Verdict.WithinRounding or Verdict.NotComparable)
                {
                    continue;
                }

                var agrees = verdict == Verdict.Restates;
                var severity = agrees ? AuditSeverity.Info : AuditSeverity.Warning;
                var message = recorded is null
                    ? Invariant($"{where} gives {competing} for {other.Path}, where the entry records nothing.{note}")
                    : agrees
                        ? Invariant($"{where} gives {competing} for {other.Path}, which agrees with the {recorded} recorded ({why}).{note}")
                        : Invariant($"{where} gives {competing} for {other.Path}, where the entry records {recorded}{why}.{note}");
                findings.Add(Finding(kind, id(entry), AuditRules.SourcesDisagree, severity, message,
                    ("path", other.Path), ("otherValue", competing.ToString()), ("otherSource", other.Source), ("recorded", recorded?.ToString())));
            }
        }
    }

    /// <summary>
    /// A recorded compute rating in the unit a reader expects: the wire format writes every rate in OPS, so a rating
    /// at a floating-point precision (its sibling <c>precision</c>) reads "196.5 TFLOPS", as the sources print it.
    /// </summary>
    internal static Recorded? Readable(JsonElement root, string pointer, Recorded? recorded)
    {
        const string suffix = "/throughput";
        if (recorded is null || !pointer.EndsWith(suffix, StringComparison.Ordinal)
            || Resolve(root, pointer[..^suffix.Length] + "/precision") is not { Value: { } name }
            || !Chips.NumericPrecisionJson.TryParse(name, out var precision) || !Precisions.IsFloat(precision))
        {
            return recorded;
        }

        static string? Flops(string? text) => text is not null && text.EndsWith("OPS", StringComparison.Ordinal) ? string.Concat(text.AsSpan(0, text.Length - 3), "FLOPS") : text;
        return recorded with { Value = Flops(recorded.Value), Min = Flops(recorded.Min), Max = Flops(recorded.Max) };
    }

    /// <summary>The value at a JSON Pointer (RFC 6901) in the entry's JSON, or null when there is none.</summary>
    internal static Recorded? Resolve(JsonElement root, string pointer)
    {
        var node = root;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(token, out var child))
            {
                node = child;
            }
            else if (node.ValueKind == JsonValueKind.Array && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < node.GetArrayLength())
            {
                node = node[index];
            }
            else
            {
                return null;
            }
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return Scalar(node) is { } scalar ? new Recorded(scalar, null, null, FigureBound.Exact) : null;
        }

        var bound = node.TryGetProperty("bound", out var b) && b.GetString() is { } text && FigureVocabulary.TryParseBound(text, out var parsed) ? parsed : FigureBound.Exact;
        return node.TryGetProperty("min", out var min) && node.TryGetProperty("max", out var max)
            ? new Recorded(null, Scalar(min), Scalar(max), FigureVocabulary.IsRange(bound) ? bound : FigureBound.Range)
            : node.TryGetProperty("value", out var value) ? new Recorded(Scalar(value), null, null, bound) : null;
    }

    private static string? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => null,
    };

    /// <summary>How a competing value stands to the recorded one.</summary>
    private enum Verdict
    {
        /// <summary>They differ beyond rounding: a warning.</summary>
        Differs,

        /// <summary>The competing value is the recorded one with fewer digits, or a range or bound that holds it: info.</summary>
        Restates,

        /// <summary>Both printed to the same digits, apart by no more than their rounding: not reported.</summary>
        WithinRounding,

        /// <summary>Not the same quantity as written (money in two currencies, with no exchange rate catalogued): not reported.</summary>
        NotComparable,
    }

    /// <summary>Whether the competing value can be the recorded one: the same figure rounded, or a bound or range that holds it.</summary>
    private static (Verdict Verdict, string Why) Compare(Recorded recorded, Recorded competing)
    {
        if (recorded.Value is { } r && competing.Value is { } c && Money.TryParse(r, CultureInfo.InvariantCulture, out var rm) && Money.TryParse(c, CultureInfo.InvariantCulture, out var cm))
        {
            // Two currencies need an exchange rate to compare, and the catalogue holds none: a price quoted in USD
            // and in CNY (each an approximation) is not a disagreement the data can establish.
            return rm.Currency != cm.Currency
                ? (Verdict.NotComparable, string.Empty)
                : Agrees((double)rm.Amount, null, recorded.Bound, (double)cm.Amount, null, competing.Bound, Decimals((double)rm.Amount), Decimals((double)cm.Amount));
        }

        if (Numbers(recorded, competing) is not { } numbers)
        {
            var same = recorded.Value is { } x && competing.Value is { } y && string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
            return (same ? Verdict.Restates : Verdict.Differs, same ? "the same value" : string.Empty);
        }

        return Agrees(numbers.R, numbers.RMax, recorded.Bound, numbers.C, numbers.CMax, competing.Bound, numbers.RDecimals, numbers.CDecimals);
    }

    /// <summary>
    /// Both values as numbers in the competing value's unit (plain numbers, or one quantity type that parses both),
    /// with the decimals each was written with.
    /// </summary>
    private static (double R, double? RMax, double C, double? CMax, int RDecimals, int CDecimals)? Numbers(Recorded recorded, Recorded competing)
    {
        var rText = recorded.Value ?? recorded.Min;
        var cText = competing.Value ?? competing.Min;
        if (rText is null || cText is null)
        {
            return null;
        }

        if (double.TryParse(rText, NumberStyles.Float, CultureInfo.InvariantCulture, out var rPlain) && double.TryParse(cText, NumberStyles.Float, CultureInfo.InvariantCulture, out var cPlain))
        {
            double? Plain(string? text) => text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
            return (rPlain, Plain(recorded.Max), cPlain, Plain(competing.Max), Decimals(rPlain), Decimals(cPlain));
        }

        foreach (var info in Quantity.Infos)
        {
            if (Quantity.TryParse(CultureInfo.InvariantCulture, info.ValueType, rText, out var rq) && Quantity.TryParse(CultureInfo.InvariantCulture, info.ValueType, cText, out var cq))
            {
                double? InUnit(string? text) => text is not null && Quantity.TryParse(CultureInfo.InvariantCulture, info.ValueType, text, out var q) ? q.As(cq.Unit) : null;

                // The recorded value's decimals count in its own unit, expressed as the decimals it has in the competing unit.
                var scale = Math.Log10(Math.Abs(rq.As(cq.Unit) / (rq.Value == 0 ? 1 : rq.Value)));
                var rDecimals = Decimals(rq.Value) - (int)Math.Round(double.IsFinite(scale) ? scale : 0);
                return (rq.As(cq.Unit), InUnit(recorded.Max), cq.Value, InUnit(competing.Max), rDecimals, Decimals(cq.Value));
            }
        }

        return null;
    }

    private static (Verdict, string) Agrees(double r, double? rMax, FigureBound rBound, double c, double? cMax, FigureBound cBound, int rDecimals, int cDecimals)
    {
        const double eps = 1e-9;
        // An approximate range is compared as its ends, like a range: the rounding tolerance of the readings applies to both.
        if (FigureVocabulary.IsRange(cBound) && cMax is { } top)
        {
            var inside = r >= c * (1 - eps) && (rMax ?? r) <= top * (1 + eps);
            return inside ? (Verdict.Restates, "a range that holds it") : (Verdict.Differs, string.Empty);
        }

        if (FigureVocabulary.IsRange(rBound) && rMax is { } upper)
        {
            var inside = c >= r * (1 - eps) && c <= upper * (1 + eps);
            return inside ? (Verdict.Restates, "within the recorded range") : (Verdict.Differs, string.Empty);
        }

        var holds = cBound switch
        {
            FigureBound.AtLeast => r >= c * (1 - eps),
            FigureBound.GreaterThan => r > c,
            FigureBound.AtMost => r <= c * (1 + eps),
            FigureBound.LessThan => r < c,
            _ => (bool?)null,
        };
        if (holds is { } bounded)
        {
            return bounded ? (Verdict.Restates, "a bound that holds it") : (Verdict.Differs, string.Empty);
        }

        if (Same(Round(r, cDecimals), c) || Same(Round(c, rDecimals), r))
        {
            return (Verdict.Restates, "the same figure, rounded");
        }

        // Each printed value stands for itself ± half a unit in its last decimal (a whole number to its units digit):
        // 393 and 394 both fit 393.5, as 2 × 196.5 and 2 × 197 do.
        var rounding = 0.5 * Math.Pow(10, -rDecimals) + 0.5 * Math.Pow(10, -cDecimals);
        return Math.Abs(r - c) <= rounding * (1 + eps) ? (Verdict.WithinRounding, string.Empty) : (Verdict.Differs, string.Empty);

        static double Round(double value, int decimals) =>
            decimals is >= 0 and <= 15 ? Math.Round(value, decimals, MidpointRounding.AwayFromZero) : Math.Round(value / Math.Pow(10, -decimals), MidpointRounding.AwayFromZero) * Math.Pow(10, -decimals);

        static bool Same(double x, double y) => Math.Abs(x - y) <= eps * Math.Max(Math.Abs(x), Math.Abs(y));
    }
}
