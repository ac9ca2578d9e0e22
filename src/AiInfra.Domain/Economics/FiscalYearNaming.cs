namespace AiInfra.Domain.Economics;

/// <summary>How a <see cref="FiscalCalendar"/> numbers its fiscal years: by the calendar year each one ends in, or the one it starts in.</summary>
/// <remarks>For a fiscal year that starts in January the two agree, and <see cref="FiscalCalendar"/> keeps <see cref="EndYear"/>.</remarks>
public enum FiscalYearNaming : byte
{
    /// <summary>
    /// Named by the calendar year it ends in, the common convention and the default: a fiscal year from July 2025 to
    /// June 2026 is FY2026 (Microsoft, Lumentum), one from February 2025 to January 2026 is FY2026 (Nvidia).
    /// </summary>
    EndYear = 0,

    /// <summary>Named by the calendar year it starts in: a fiscal year from April 2025 to March 2026 is FY2025, as Sony and some other companies number theirs.</summary>
    StartYear = 1,
}
