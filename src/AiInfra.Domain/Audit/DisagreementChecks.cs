using System.Globalization;
using System.Text.Json;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Shared;
using static System.FormattableString;
using static AiInfra.Domain.Audit.CatalogAudit;

namespace AiInfra.Domain.Audit;

/// <summary>
/// Reports every value that another source gives for a figure an entry records ("alsoReported"), in every kind of
/// entry: a warning when the two differ, info when the competing value is the recorded one rounded (7.4 TB/s for
/// 7372 GB/s), or a range or bound that holds it.
/// </summary>
internal static class DisagreementChecks
{
    public static void Check(CatalogueData data, List<AuditFinding> findings)
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
    }

    /// <summary>What the entry records at a path: a value, or a range, with its bound.</summary>
    private sealed record Recorded(string? Value, string? Min, string? Max, Bound Bound)
    {
        public override string ToString() => Min is not null ? $"{Min}–{Max}" : Bound switch
        {
            Bound.Approximate => "~" + Value,
            Bound.AtLeast => "≥ " + Value,
            Bound.AtMost => "≤ " + Value,
            Bound.GreaterThan => "> " + Value,
            Bound.LessThan => "< " + Value,
            _ => Value ?? string.Empty,
        };
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
                var competing = new Recorded(other.Value, other.Min, other.Max, other.Bound);
                var recorded = Resolve(json.RootElement, other.Path);
                var where = AcceleratorChecks.Where(other.Source, other.Line);
                var note = other.Note is { } n ? " " + n : string.Empty;
                var (agrees, why) = recorded is null ? (false, string.Empty) : Compare(recorded, competing);
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

    /// <summary>The value at a JSON Pointer (RFC 6901) in the entry's JSON, or null when there is none.</summary>
    private static Recorded? Resolve(JsonElement root, string pointer)
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
            return Scalar(node) is { } scalar ? new Recorded(scalar, null, null, Bound.Exact) : null;
        }

        var bound = node.TryGetProperty("bound", out var b) && b.GetString() is { } text && BoundJson.TryParse(text, out var parsed) ? parsed : Bound.Exact;
        return node.TryGetProperty("min", out var min) && node.TryGetProperty("max", out var max)
            ? new Recorded(null, Scalar(min), Scalar(max), Bound.Range)
            : node.TryGetProperty("value", out var value) ? new Recorded(Scalar(value), null, null, bound) : null;
    }

    private static string? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => null,
    };

    /// <summary>True when the competing value can be the recorded one: the same figure rounded, or a bound or range that holds it.</summary>
    private static (bool Agrees, string Why) Compare(Recorded recorded, Recorded competing)
    {
        if (recorded.Value is { } r && competing.Value is { } c && Money.TryParse(r, CultureInfo.InvariantCulture, out var rm) && Money.TryParse(c, CultureInfo.InvariantCulture, out var cm))
        {
            if (rm.Currency != cm.Currency)
            {
                return rm.Amount == 0m ? (false, string.Empty)
                    : (false, Invariant($" (in another currency; together they imply {Number((double)cm.Amount / (double)rm.Amount)} {cm.Currency} per {rm.Currency})"));
            }

            return Agrees((double)rm.Amount, null, recorded.Bound, (double)cm.Amount, null, competing.Bound, 0, 0);
        }

        if (Numbers(recorded, competing) is not { } numbers)
        {
            var same = recorded.Value is { } x && competing.Value is { } y && string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
            return (same, same ? "the same value" : string.Empty);
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

    private static (bool, string) Agrees(double r, double? rMax, Bound rBound, double c, double? cMax, Bound cBound, int rDecimals, int cDecimals)
    {
        const double eps = 1e-9;
        if (cBound == Bound.Range && cMax is { } top)
        {
            var inside = r >= c * (1 - eps) && (rMax ?? r) <= top * (1 + eps);
            return (inside, inside ? "a range that holds it" : string.Empty);
        }

        if (rBound == Bound.Range && rMax is { } upper)
        {
            var inside = c >= r * (1 - eps) && c <= upper * (1 + eps);
            return (inside, inside ? "within the recorded range" : string.Empty);
        }

        var holds = cBound switch
        {
            Bound.AtLeast => r >= c * (1 - eps),
            Bound.GreaterThan => r > c,
            Bound.AtMost => r <= c * (1 + eps),
            Bound.LessThan => r < c,
            _ => (bool?)null,
        };
        if (holds is { } bounded)
        {
            return (bounded, bounded ? "a bound that holds it" : string.Empty);
        }

        var rounded = Same(Round(r, cDecimals), c) || Same(Round(c, rDecimals), r);
        return (rounded, rounded ? "the same figure, rounded" : string.Empty);

        static double Round(double value, int decimals) =>
            decimals is >= 0 and <= 15 ? Math.Round(value, decimals, MidpointRounding.AwayFromZero) : Math.Round(value / Math.Pow(10, -decimals), MidpointRounding.AwayFromZero) * Math.Pow(10, -decimals);

        static bool Same(double x, double y) => Math.Abs(x - y) <= eps * Math.Max(Math.Abs(x), Math.Abs(y));
    }
}
