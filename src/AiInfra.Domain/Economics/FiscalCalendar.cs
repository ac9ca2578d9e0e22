using System.Numerics;
using NodaTime;

namespace AiInfra.Domain.Economics;

/// <summary>
/// A company's fiscal calendar: the month its fiscal year starts in, and whether a fiscal year is named by the calendar
/// year it ends in (<see cref="FiscalYearNaming.EndYear"/>, the default) or the one it starts in.
/// </summary>
/// <remarks>
/// <para>Fiscal years and quarters are whole calendar months: FY2026 under a calendar starting in February runs from
/// 2025-02-01 to 2026-01-31, and its fourth quarter from 2025-11-01 to 2026-01-31. Companies on 52/53-week years
/// (Nvidia, Lumentum) are modelled by the months their quarters mostly cover; their exact closing days are not.</para>
/// <para><c>default(FiscalCalendar)</c> is <see cref="CalendarYear"/>: fiscal years that are calendar years. For a year
/// starting in January both namings give the same label, so the naming is always <see cref="FiscalYearNaming.EndYear"/>
/// there, and the two calendars are equal.</para>
/// <para>Equality: the same start month and the same naming. Text: <see cref="ToString"/> gives the three-letter English
/// month the year starts in, followed by "/start-year" for <see cref="FiscalYearNaming.StartYear"/> ("Jul",
/// "Apr/start-year"), the form a fiscal <see cref="ReportingPeriod"/> writes after "@".</para>
/// </remarks>
public readonly struct FiscalCalendar : IEquatable<FiscalCalendar>, IEqualityOperators<FiscalCalendar, FiscalCalendar, bool>
{
    // 0 for January, so that default(FiscalCalendar) is the calendar year.
    private readonly byte _startMonthIndex;
    private readonly FiscalYearNaming _naming;

    /// <summary>Creates a fiscal calendar.</summary>
    /// <param name="startMonth">The month the fiscal year starts in, 1 (January) to 12 (December).</param>
    /// <param name="naming">How fiscal years are numbered; by default by the calendar year they end in. Ignored (kept as
    /// <see cref="FiscalYearNaming.EndYear"/>) when <paramref name="startMonth"/> is 1, where both namings agree.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startMonth"/> is not 1 to 12, or <paramref name="naming"/> is not a defined value.</exception>
    public FiscalCalendar(int startMonth, FiscalYearNaming naming = FiscalYearNaming.EndYear)
    {
        if (startMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(startMonth), startMonth, "The month a fiscal year starts in must be 1 (January) to 12 (December).");
        }

        if (naming is not (FiscalYearNaming.EndYear or FiscalYearNaming.StartYear))
        {
            throw new ArgumentOutOfRangeException(nameof(naming), naming, "The naming must be FiscalYearNaming.EndYear or FiscalYearNaming.StartYear.");
        }

        _startMonthIndex = (byte)(startMonth - 1);
        _naming = startMonth == 1 ? FiscalYearNaming.EndYear : naming;
    }

    /// <summary>Fiscal years that are calendar years, starting in January; the same as <c>default(FiscalCalendar)</c>.</summary>
    public static FiscalCalendar CalendarYear => default;

    /// <summary>The month the fiscal year starts in, 1 (January) to 12 (December).</summary>
    public int StartMonth => _startMonthIndex + 1;

    /// <summary>How fiscal years are numbered; always <see cref="FiscalYearNaming.EndYear"/> when <see cref="StartMonth"/> is 1.</summary>
    public FiscalYearNaming Naming => _naming;

    /// <summary>The first day of fiscal year <paramref name="fiscalYear"/>: FY2026 under a calendar starting in July (named by its end year) starts on 2025-07-01.</summary>
    /// <param name="fiscalYear">The fiscal year as labelled, <see cref="ReportingPeriod.MinYear"/> to <see cref="ReportingPeriod.MaxYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is out of that range.</exception>
    public LocalDate StartOfFiscalYear(int fiscalYear)
    {
        ReportingPeriod.CheckYear(fiscalYear, nameof(fiscalYear));
        return StartOf(fiscalYear);
    }

    /// <summary>The fiscal year, as labelled, that contains <paramref name="date"/>: 2025-08-15 is in FY2026 under a calendar starting in July (named by its end year).</summary>
    /// <param name="date">Any date; one in a calendar system other than ISO is read in the ISO calendar.</param>
    public int FiscalYearOf(LocalDate date)
    {
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        var startsThisCalendarYear = iso.Month >= StartMonth;
        return _naming == FiscalYearNaming.StartYear
            ? (startsThisCalendarYear ? iso.Year : iso.Year - 1)
            : (startsThisCalendarYear && _startMonthIndex != 0 ? iso.Year + 1 : iso.Year);
    }

    /// <summary>True for the same start month and naming.</summary>
    public bool Equals(FiscalCalendar other) => _startMonthIndex == other._startMonthIndex && _naming == other._naming;

    /// <inheritdoc cref="Equals(FiscalCalendar)"/>
    public override bool Equals(object? obj) => obj is FiscalCalendar other && Equals(other);

    /// <summary>A hash consistent with <see cref="Equals(FiscalCalendar)"/>.</summary>
    public override int GetHashCode() => Packed;

    /// <summary>The three-letter English month the fiscal year starts in, and "/start-year" when years are named by their start: "Jul", "Apr/start-year", "Jan".</summary>
    public override string ToString() => _naming == FiscalYearNaming.StartYear ? MonthAbbreviation + StartYearSuffix : MonthAbbreviation;

    /// <summary>True for the same start month and naming.</summary>
    public static bool operator ==(FiscalCalendar left, FiscalCalendar right) => left.Equals(right);

    /// <summary>True unless the start month and naming are the same.</summary>
    public static bool operator !=(FiscalCalendar left, FiscalCalendar right) => !left.Equals(right);

    /// <summary>The text after the month for <see cref="FiscalYearNaming.StartYear"/>.</summary>
    internal const string StartYearSuffix = "/start-year";

    /// <summary>The three-letter English names of the months, January first.</summary>
    internal static readonly string[] MonthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>"Jul" for a calendar starting in July.</summary>
    internal string MonthAbbreviation => MonthAbbreviations[_startMonthIndex];

    /// <summary>Five bits: the start month index and the naming.</summary>
    internal int Packed => _startMonthIndex << 1 | (int)_naming;

    /// <summary>The first day of a fiscal year already known to be in range.</summary>
    internal LocalDate StartOf(int fiscalYear)
    {
        var year = _naming == FiscalYearNaming.EndYear && _startMonthIndex != 0 ? fiscalYear - 1 : fiscalYear;
        return new LocalDate(year, StartMonth, 1);
    }
}
