namespace AiInfra.Domain.Economics;

/// <summary>What a <see cref="ReportingPeriod"/> covers.</summary>
public enum ReportingPeriodKind : byte
{
    /// <summary>No period: <c>default(ReportingPeriod)</c>, <see cref="ReportingPeriod.None"/>.</summary>
    None = 0,

    /// <summary>One calendar quarter, such as 3Q25 (2025-07-01 to 2025-09-30).</summary>
    CalendarQuarter,

    /// <summary>One calendar half-year, such as 2H26 (2026-07-01 to 2026-12-31).</summary>
    CalendarHalf,

    /// <summary>A calendar year, such as 2025.</summary>
    CalendarYear,

    /// <summary>
    /// The first one to four quarters of a calendar year taken together, such as 2025 Q1-Q3 or 前三季度
    /// (2025-01-01 to 2025-09-30): a cumulative figure, never comparable with a single quarter.
    /// </summary>
    YearToDate,

    /// <summary>One quarter of a company's fiscal year, such as FY2Q25 under the company's <see cref="FiscalCalendar"/>.</summary>
    FiscalQuarter,

    /// <summary>A company's fiscal year, such as FY2026 under its <see cref="FiscalCalendar"/>.</summary>
    FiscalYear,
}
