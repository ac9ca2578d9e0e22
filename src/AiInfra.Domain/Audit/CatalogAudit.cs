using System.Globalization;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Audit;

/// <summary>
/// Consistency checks that know the physics: sparse at least dense, narrower precisions at least as fast as wider
/// ones, memory within its stacks' limits, racks, pods and capex groups that add up, efficiencies at most 100 %,
/// relative claims recomputed from the figures, and sources that disagree. Runs over the reference catalogue or any
/// data of the same types. Every rule is listed in <see cref="AuditRules"/>.
/// </summary>
/// <example><code>
/// foreach (var finding in CatalogAudit.Run()) Console.WriteLine(finding);
/// </code></example>
public static class CatalogAudit
{
    /// <summary>
    /// Checks <paramref name="data"/> (the reference catalogue when null) and returns every finding, ordered by
    /// kind, entry, rule, severity and message (ordinal), so the same data always gives the same list. An entry that
    /// is null or holds a value no JSON can carry (see <see cref="AuditRules.UnwritableEntry"/>) is reported and left
    /// out; a list left null is read as empty. Data of any shape gives findings, never an exception.
    /// </summary>
    public static IReadOnlyList<AuditFinding> Run(CatalogData? data = null)
    {
        var findings = new List<AuditFinding>();
        data = data is null ? CatalogData.Reference : AuditableEntries.Of(data, findings);
        var accelerators = Index(data.Accelerators, a => a.Id);
        foreach (var accelerator in data.Accelerators)
        {
            AcceleratorChecks.Check(accelerator, data.HbmGenerations, accelerators, findings);
        }

        SystemChecks.Check(data, accelerators, findings);
        OpticsChecks.Check(data.SwitchAsics, findings);
        PowerChecks.Check(data.PowerArchitectures, data.PowerSystems, findings);
        CapexChecks.Check(data.CapexRecords, findings);
        ClaimChecks.Check(data, accelerators, findings);
        DisagreementChecks.Check(data, findings);
        DoubtChecks.Check(data.Accelerators, findings);
        return findings
            .OrderBy(f => f.Kind, StringComparer.Ordinal)
            .ThenBy(f => f.EntryId, StringComparer.Ordinal)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Severity)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Entries by id; the first of duplicate ids wins, so user data with repeated ids still audits.</summary>
    internal static IReadOnlyDictionary<string, T> Index<T>(IEnumerable<T> entries, Func<T, string> id)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            index.TryAdd(id(entry), entry);
        }

        return index;
    }

    internal static AuditFinding Finding(string kind, string id, string rule, AuditSeverity severity, string message, params (string Name, object? Value)[] values) =>
        new(kind, id, rule, severity, message, values.ToDictionary(v => v.Name, v => Text(v.Value), StringComparer.Ordinal));

    /// <summary>A value as invariant text; doubles in their shortest round-trip form.</summary>
    internal static string Text(object? value) => value switch
    {
        null => "(none)",
        double d => Number(d),
        Money m => MoneyText(m),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A number with at most <paramref name="decimals"/> decimals, invariant.</summary>
    internal static string Number(double value, int decimals = 3) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0.###############", CultureInfo.InvariantCulture);

    /// <summary>A ratio as "2.55x".</summary>
    internal static string Times(double ratio) => ratio.ToString("0.0#", CultureInfo.InvariantCulture) + "x";

    /// <summary>A signed relative difference as "+4.2 %".</summary>
    internal static string Percent(double relative) =>
        (relative >= 0 ? "+" : "-") + Math.Abs(relative * 100).ToString("0.0#", CultureInfo.InvariantCulture) + " %";

    /// <summary>Money as the sources write it: amounts of 亿 (10^8) and more in 亿, smaller ones as they are.</summary>
    internal static string MoneyText(Money money) =>
        Math.Abs(money.Amount) >= 100_000_000m
            ? (money.Amount / 100_000_000m).ToString("0.###", CultureInfo.InvariantCulture) + " 亿 " + money.Currency
            : money.Amount.ToString("0.######", CultureInfo.InvariantCulture) + " " + money.Currency;

    /// <summary>How many decimals a stated value has in its own unit ("15" 0, "16.3" 1), from its shortest round-trip text.</summary>
    internal static int Decimals(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            return 0;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Length - dot - 1;
    }

    /// <summary>
    /// Half a unit in the last significant digit of a value as printed: the rounding the printed digits allow.
    /// Decimals count ("16.3" ±0.05, "15" ±0.5); the trailing zeros of a whole number do not ("100" ±50, "10" ±5,
    /// "7000" ±500), as the significant-figure convention reads them: a source that writes "100 PF" or "10×" gives
    /// one significant digit.
    /// </summary>
    internal static double HalfUnit(double printed)
    {
        var decimals = Decimals(printed);
        if (decimals > 0 || printed == 0 || !double.IsFinite(printed))
        {
            return 0.5 * Math.Pow(10, -decimals);
        }

        var whole = Math.Abs(printed);
        var zeros = 0;
        while (whole >= 10 && Math.Abs(whole % 10) < 1e-9 && zeros < 308)
        {
            whole /= 10;
            zeros++;
        }

        return 0.5 * Math.Pow(10, zeros);
    }

    /// <summary>The JSON name of a precision ("bf16OrFp16").</summary>
    internal static string Name(NumericPrecision precision) => NumericPrecisionJson.ToJson(precision);
}
