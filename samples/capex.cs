#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
// Cloud capex: how fast is it growing, and what does a year-to-date total say about single quarters?
using System.Globalization;
using AiInfra.Domain;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var records = Catalog.CapexRecords.All.Where(r => !r.Amount.IsForecast).ToList();
var (year, ytd, quarter) = (ReportingPeriod.CalendarYear(2024), ReportingPeriod.YearToDate(2025, 3), ReportingPeriod.CalendarQuarter(2025, 3));
CapexRecord? Find(string who, ReportingPeriod period) => records.FirstOrDefault(r => Who(r) == who && r.Period.Value == period);

Console.WriteLine($"US cloud capex, bn USD ({ytd} is the year to date, {quarter} one quarter; derived columns are computed here)");
Console.WriteLine();
var rows = new List<string[]>
{
    new[] { "company", $"{year}", "YoY", $"{ytd}", "YoY", $"{quarter}", "YoY", "Q3 share of YTD", "2025-H1 (derived)", "2024-Q3 (derived)", "sources" },
};
var companies = records.Where(r => r.Company is not null && r.Amount.Value.Currency == Currency.Usd).Select(Who).Distinct().ToList();
foreach (var company in companies)
{
    var (y, t, q) = (Find(company, year), Find(company, ytd), Find(company, quarter));
    var lines = new[] { y, t, q }.Where(r => r is not null).Select(r => $"{r!.Amount.Source}:{r.Amount.Line}").Distinct();
    rows.Add(new[]
    {
        company, Bn(y?.Amount.Value), Pct(y?.Yoy), Bn(t?.Amount.Value), Pct(t?.Yoy), Bn(q?.Amount.Value), Pct(q?.Yoy),
        t is null || q is null ? "-" : $"{q.Amount.Value / t.Amount.Value:0.0%}",
        t is null || q is null ? "-" : Bn(t.Amount.Value - q.Amount.Value),
        q?.Yoy is { } g ? Bn(q.Amount.Value / (decimal)(1 + g.Value.DecimalFractions)) : "-",
        string.Join(", ", lines),
    });
}

Print(rows);
Console.WriteLine("2025-H1 = YTD - Q3 (only because the year to date contains the quarter); 2024-Q3 = Q3 / (1 + YoY).");
foreach (var twin in records.GroupBy(r => (Who(r), r.Period.Value)).Where(g => g.Count() > 1))
{
    Console.WriteLine($"Sources disagree on {twin.Key.Item1} {twin.Key.Value}: " +
                      string.Join(" against ", twin.Select(r => $"{Bn(r.Amount.Value)} bn [{r.Amount.Source}:{r.Amount.Line}]")) + "; the first is used.");
}

Console.WriteLine();
var total = Catalog.CapexRecords.Get("five-csp-capex-1q-3q25");
var sumOfYtd = companies.Select(c => Find(c, ytd)!.Amount.Value).Aggregate((a, b) => a + b);
var sumOfQuarters = companies.Select(c => Find(c, quarter)!.Amount.Value).Aggregate((a, b) => a + b);
Console.WriteLine($"The {total.GroupName}: {total.Period.Value} {Bn(total.Amount.Value)} bn [{total.Amount.Source}:{total.Amount.Line}], {Pct(total.Yoy)} YoY;");
Console.WriteLine($"  the companies' year-to-date figures sum to {Bn(sumOfYtd)} bn, their {quarter} quarters to only {Bn(sumOfQuarters)} bn.");
if (total.Period.Correction is { } correction)
{
    Console.WriteLine($"  The source labels that total \"{correction.Original}\". As a year to date it contains {quarter} ({total.Period.Value.Contains(quarter)})");
    Console.WriteLine($"  but is not comparable with it (IsComparableWith: {total.Period.Value.IsComparableWith(quarter)}): growth must be read YTD against YTD.");
}

Console.WriteLine();
var bat = records.Where(r => r.GroupName?.StartsWith("BAT", StringComparison.Ordinal) == true).OrderBy(r => r.Period.Value, ReportingPeriod.ChronologicalComparer).ToList();
Console.WriteLine($"{bat[0].GroupName}, bn CNY: " + string.Join("; ", bat.Select(r => $"{r.Period.Value} {Bn(r.Amount.Value)} [{r.Amount.Source}:{r.Amount.Line}]")));
var (q2, q3) = (bat.Single(r => r.Period.Value == quarter.Previous()), bat.Single(r => r.Period.Value == quarter));
Console.WriteLine($"  {quarter} against {quarter.Previous()}: {q3.Amount.Value / q2.Amount.Value - 1:0.0%} computed, {Pct(q3.Qoq)} stated.");
var members = records.Where(r => r.Period.Value == quarter && r.Company is { } c && q3.Members.Contains(c)).ToList();
var memberSum = members.Select(r => r.Amount.Value).Aggregate((a, b) => a + b);
Console.WriteLine($"  {string.Join(" + ", members.Select(r => $"{Who(r)} {Bn(r.Amount.Value, "0.00")}"))} = {Bn(memberSum, "0.00")}" +
                  $" against the stated total {Bn(q3.Amount.Value, "0.00")} (rounding in the source).");
var source = Catalog.CapexRecords.Sources[total.Amount.Source!];
Console.WriteLine($"[{source.Id}] {source.Title}, {source.Publisher}, {source.Date}.");

static string Who(CapexRecord record) => record.Company?.ToString() ?? record.GroupName ?? record.Id;

static string Bn(Money? money, string format = "0.0") => money is { } m ? (m.Amount / 1_000_000_000m).ToString(format, CultureInfo.InvariantCulture) : "-";

static string Pct(Figure<Ratio>? ratio) => ratio is { } r ? $"{(r.Value.DecimalFractions >= 0 ? "+" : "")}{r.Value.DecimalFractions:0.0%}" : "-";

static void Print(List<string[]> rows, int leftAligned = 1)
{
    var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
    rows.Insert(1, widths.Select(w => new string('-', w)).ToArray());
    rows.ForEach(row => Console.WriteLine(string.Join("  ", row.Select((cell, c) => c < leftAligned ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd()));
}
