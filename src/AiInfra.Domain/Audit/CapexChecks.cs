using AiInfra.Domain.Economics;
using AiInfra.Domain.Quantities;
using static System.FormattableString;
using static AiInfra.Domain.Audit.CatalogAudit;

namespace AiInfra.Domain.Audit;

/// <summary>
/// The checks of capex records: one company and period with two amounts, group totals against their members, and
/// growth rates against the base period's record.
/// </summary>
internal static class CapexChecks
{
    private const string Kind = nameof(CapexRecord);

    /// <summary>
    /// A group total within this of its members' sum differs by rounding and is not reported: amounts printed to four
    /// significant digits (479.0 亿) round by up to 0.01 % each, and a sum of several such amounts against a total
    /// printed on its own drifts further (BAT 3Q25, [s001:1450]: 129.8 + 315.0 + 34.0 = 478.8 vs 479.0, 0.04 %).
    /// </summary>
    private const double GroupRounding = 0.005;

    /// <summary>Percentage points allowed, beyond the stated rate's own rounding, for the amounts' rounding.</summary>
    private const double GrowthSlackPoints = 0.1;

    /// <summary>At most this many member combinations are tried for one group total.</summary>
    private const int MaxCombinations = 256;

    public static void Check(IReadOnlyList<CapexRecord> records, List<AuditFinding> findings)
    {
        var ordered = records.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        CheckConflicts(ordered, findings);
        foreach (var group in ordered.Where(r => r.Company is null && r.Members.Count > 0))
        {
            CheckGroupSum(group, ordered, findings);
        }

        foreach (var record in ordered)
        {
            CheckGrowth(record, record.Yoy, "year-over-year", "yoy", ordered, findings);
            CheckGrowth(record, record.Qoq, "quarter-over-quarter", "qoq", ordered, findings);
        }
    }

    /// <summary>Who a record is about: the company, or the sorted members of a group.</summary>
    private static string Who(CapexRecord r) =>
        r.Company is { } company ? company.ToString() : string.Join("+", r.Members.Select(m => m.ToString()).Order(StringComparer.Ordinal));

    private static bool SameBasis(CapexRecord a, CapexRecord b) =>
        a.Basis == b.Basis && a.Amount.Value.Currency == b.Amount.Value.Currency && a.Amount.IsForecast == b.Amount.IsForecast;

    private static void CheckConflicts(IReadOnlyList<CapexRecord> records, List<AuditFinding> findings)
    {
        foreach (var group in records.GroupBy(r => (Who(r), r.Period.Value, r.Basis, r.Amount.Value.Currency, r.Amount.IsForecast)))
        {
            var list = group.ToList();
            var first = list[0];
            foreach (var other in list.Skip(1).Where(o => o.Amount.Value != first.Amount.Value))
            {
                var severity = first.Basis == CapexBasis.Unstated ? AuditSeverity.Warning : AuditSeverity.Error;
                var basis = first.Basis == CapexBasis.Unstated ? "an unstated basis" : "the same basis (" + first.Basis.ToString().ToLowerInvariant() + ")";
                findings.Add(Finding(Kind, first.Id, AuditRules.ConflictingCapexRecords, severity,
                    Invariant($"{MoneyText(first.Amount.Value)} here, but {other.Id} gives {MoneyText(other.Amount.Value)} for the same {(first.Company is null ? "group" : "company")}, period ({first.Period.Value}) and {basis}."),
                    ("amount", first.Amount.Value), ("otherEntry", other.Id), ("otherAmount", other.Amount.Value), ("period", first.Period.Value)));
            }
        }
    }

    private static void CheckGroupSum(CapexRecord group, IReadOnlyList<CapexRecord> records, List<AuditFinding> findings)
    {
        var candidates = group.Members
            .Select(m => records.Where(r => r.Company == m && r.Period.Value == group.Period.Value && SameBasis(r, group)).ToList())
            .ToList();
        if (candidates.Any(c => c.Count == 0) || candidates.Aggregate(1L, (n, c) => n * c.Count) > MaxCombinations)
        {
            return;
        }

        // Amounts near the limits of decimal can sum beyond them: such a combination cannot be compared, and is left out.
        var sums = Combinations(candidates)
            .Select(combo => (Members: combo, Sum: Exact(() => combo.Aggregate(0m, (s, r) => s + r.Amount.Value.Amount))))
            .Where(c => c.Sum is not null)
            .Select(c => (c.Members, Sum: c.Sum!.Value, Gap: Exact(() => Math.Abs(c.Sum!.Value - group.Amount.Value.Amount))))
            .Where(c => c.Gap is not null)
            .ToList();
        if (sums.Count == 0)
        {
            return;
        }

        var best = sums.OrderBy(c => c.Gap).ThenBy(c => string.Join(",", c.Members.Select(m => m.Id)), StringComparer.Ordinal).First();
        var total = group.Amount.Value;
        var difference = total.Amount - best.Sum;
        if (difference == 0m || total.Amount == 0m)
        {
            return;
        }

        var relative = Exact(() => difference / total.Amount) is { } exactRelative ? (double)exactRelative : (double)difference / (double)total.Amount;
        if (Math.Abs(relative) <= GroupRounding)
        {
            // Rounding in the source: the members and the total are each printed to their own digits.
            return;
        }

        var sum = Money.Of(best.Sum, total.Currency);
        var parts = string.Join(" + ", best.Members.Select(m => MoneyText(m.Amount.Value).Split(' ')[0]));
        const AuditSeverity severity = AuditSeverity.Error;
        var why = Invariant($"more than {GroupRounding:0.0 %} off, beyond the sources' rounding");
        findings.Add(Finding(Kind, group.Id, AuditRules.CapexGroupSum, severity,
            Invariant($"The members' records for {group.Period.Value} sum to {parts} = {MoneyText(sum)}, not the {MoneyText(total)} stated ({why})."),
            ("total", total), ("sum", sum), ("members", string.Join(", ", best.Members.Select(m => m.Id))), ("difference", Percent(-relative))));
    }

    /// <summary>The result of decimal arithmetic, or null when it is beyond what a decimal holds.</summary>
    private static decimal? Exact(Func<decimal> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static IEnumerable<IReadOnlyList<CapexRecord>> Combinations(IReadOnlyList<List<CapexRecord>> candidates)
    {
        IEnumerable<IReadOnlyList<CapexRecord>> combos = [[]];
        foreach (var options in candidates)
        {
            combos = combos.SelectMany(c => options.Select(o => (IReadOnlyList<CapexRecord>)[.. c, o])).ToList();
        }

        return combos;
    }

    private static void CheckGrowth(CapexRecord record, Provenance.Figure<Ratio>? rate, string words, string name, IReadOnlyList<CapexRecord> records, List<AuditFinding> findings)
    {
        if (rate is not { } stated)
        {
            return;
        }

        var period = record.Period.Value;
        if (period.IsNone || period.Year <= ReportingPeriod.MinYear)
        {
            return;
        }

        ReportingPeriod? basePeriod = name == "yoy" ? period.YearOverYear()
            : period.Kind is ReportingPeriodKind.CalendarQuarter or ReportingPeriodKind.FiscalQuarter ? (ReportingPeriod?)period.Previous() : null;
        if (basePeriod is not { } previous)
        {
            return;
        }

        var bases = records.Where(r => Who(r) == Who(record) && r.Period.Value == previous && SameBasis(r, record) && r.Amount.Value.Amount != 0m).ToList();
        if (bases.Count == 0)
        {
            return;
        }

        var statedPoints = stated.Value.Percent;
        var tolerance = new Ratio(0.5 * Math.Pow(10, -Decimals(stated.Value.Value)), stated.Value.Unit).Percent + GrowthSlackPoints;
        // A quotient beyond decimal's range (an amount near its limit over a tiny one) is taken in double, where it is finite.
        var recomputed = bases.Select(b => (Base: b, Points: 100 * (Exact(() => record.Amount.Value.Amount / b.Amount.Value.Amount - 1m) is { } exact ? (double)exact : ((double)record.Amount.Value.Amount / (double)b.Amount.Value.Amount) - 1))).ToList();
        if (recomputed.Any(r => Math.Abs(r.Points - statedPoints) <= tolerance))
        {
            return;
        }

        var closest = recomputed.OrderBy(r => Math.Abs(r.Points - statedPoints)).First();
        findings.Add(Finding(Kind, record.Id, AuditRules.CapexGrowthMismatch, AuditSeverity.Warning,
            Invariant($"{MoneyText(record.Amount.Value)} against {MoneyText(closest.Base.Amount.Value)} in {previous} ({closest.Base.Id}) is {Number(closest.Points, 2)} % {words}, not the {stated.Value} stated."),
            (name, stated.Value), ("recomputed", Number(closest.Points, 2) + " %"), ("base", closest.Base.Id)));
    }
}
