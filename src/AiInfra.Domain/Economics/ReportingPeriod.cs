using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using AiInfra.Domain.Economics.Serialization;
using NodaTime;

namespace AiInfra.Domain.Economics;

/// <summary>
/// The period a reported figure covers: a calendar quarter (3Q25), half (2H26) or year (2025), the first quarters of a
/// year taken together (2025 Q1-Q3, 前三季度), or a quarter or year of a company's <see cref="Economics.FiscalCalendar"/>
/// (FY2Q25). Immutable.
/// </summary>
/// <remarks>
/// <para>Dates: <see cref="Start"/> and <see cref="End"/> are both inclusive, as in NodaTime's <see cref="DateInterval"/>
/// (<see cref="ToDateInterval"/>): 3Q25 is 2025-07-01 to 2025-09-30. Every period is a whole number of calendar months,
/// <see cref="Length"/>.</para>
/// <para>Equality: the same <see cref="Kind"/>, <see cref="Year"/>, quarter, half or quarter count, and fiscal calendar.
/// It is equality of labels, not of dates: FY2026-Q4 under a calendar starting in January covers the same dates as
/// 2026-Q4 but is not equal to it, nor is 2025-YTD-Q1 equal to 2025-Q1, because a figure's label says how it was
/// reported. <see cref="SameDatesAs"/> compares dates.</para>
/// <para>Order: there is no <see cref="IComparable{T}"/>, as NodaTime defines none for <see cref="DateInterval"/>:
/// periods overlap (2025 contains 2025-Q3), so "less than" would mislead. Use <see cref="Precedes"/>,
/// <see cref="Follows"/>, <see cref="Overlaps"/> and <see cref="Contains(ReportingPeriod)"/>, and
/// <see cref="ChronologicalComparer"/> to sort.</para>
/// <para>Comparability: <see cref="IsComparableWith"/> says whether figures for two periods may be compared or summed
/// period by period (quarter with quarter, year to date with a year to date of as many quarters); a year-to-date figure is
/// never comparable with a single quarter, the mislabelling the sources contain.</para>
/// <para>Text: <see cref="ToString()"/> gives a canonical form that <see cref="Parse(string)"/> reads back to an equal
/// period: "2025-Q3", "2026-H2", "2025", "2025-YTD-Q3", and for fiscal periods the fiscal calendar after "@",
/// "FY2026-Q4@Feb" or "FY2025@Apr/start-year". Parsing reads the forms reports use (3Q25, 2025Q3, Q3 2025, 2025 年 Q3,
/// 2025年第三季度, 2H26, 2026年下半年, 1Q-3Q25, 9M25, 2025年前三季度, FY2Q25, FY2026 Q4, ...); see
/// <see cref="Parse(string, FiscalCalendar?)"/>. JSON: the canonical form as a string.</para>
/// <para><c>default(ReportingPeriod)</c> is <see cref="None"/>: no period. Its <see cref="Kind"/> is
/// <see cref="ReportingPeriodKind.None"/>, it formats as an empty string (which does not parse), it cannot be written as
/// JSON, and every member that needs its dates throws <see cref="InvalidOperationException"/>.</para>
/// </remarks>
[JsonConverter(typeof(ReportingPeriodJsonConverter))]
public readonly struct ReportingPeriod :
    IEquatable<ReportingPeriod>,
    ISpanFormattable,
    ISpanParsable<ReportingPeriod>,
    IEqualityOperators<ReportingPeriod, ReportingPeriod, bool>
{
    /// <summary>The earliest year (calendar or fiscal) of a period.</summary>
    public const int MinYear = 1000;

    /// <summary>
    /// The latest year (calendar or fiscal) of a period: one short of NodaTime's last year, so that a fiscal year named by
    /// the year it starts in still ends within NodaTime's range.
    /// </summary>
    public const int MaxYear = 9998;

    private readonly short _year;
    private readonly ReportingPeriodKind _kind;

    // The quarter (1-4), the half (1-2) or the quarter count of a year to date (1-4); 0 for years and None.
    private readonly byte _number;

    // The fiscal calendar of a fiscal period; default for every other kind.
    private readonly FiscalCalendar _calendar;

    private ReportingPeriod(ReportingPeriodKind kind, int year, int number, FiscalCalendar calendar)
    {
        _kind = kind;
        _year = (short)year;
        _number = (byte)number;
        _calendar = calendar;
    }

    /// <summary>No period: the same as <c>default(ReportingPeriod)</c>.</summary>
    public static ReportingPeriod None => default;

    /// <summary>
    /// Orders periods by <see cref="Start"/>, then by <see cref="End"/> (so 2025-Q1 sorts before 2025-H1, which sorts
    /// before 2025), then by <see cref="Kind"/>, fiscal calendar and label, so that it is a total order consistent with
    /// equality; <see cref="None"/> sorts first. For sorting and display: it says nothing about comparability.
    /// </summary>
    public static IComparer<ReportingPeriod> ChronologicalComparer { get; } = new StartThenEndComparer();

    /// <summary>What the period covers; <see cref="ReportingPeriodKind.None"/> only for <see cref="None"/>.</summary>
    public ReportingPeriodKind Kind => _kind;

    /// <summary>True for <see cref="None"/> (<c>default(ReportingPeriod)</c>).</summary>
    public bool IsNone => _kind == ReportingPeriodKind.None;

    /// <summary>True for <see cref="ReportingPeriodKind.FiscalQuarter"/> and <see cref="ReportingPeriodKind.FiscalYear"/>.</summary>
    public bool IsFiscal => _kind is ReportingPeriodKind.FiscalQuarter or ReportingPeriodKind.FiscalYear;

    /// <summary>
    /// The year in the label, <see cref="MinYear"/> to <see cref="MaxYear"/>: the calendar year, or for a fiscal period the
    /// fiscal year as its calendar names it (2026 for FY2026, which may start in 2025); 0 for <see cref="None"/>.
    /// </summary>
    public int Year => _year;

    /// <summary>The quarter, 1 to 4, of a calendar or fiscal quarter; null for every other kind (a year to date has <see cref="QuarterCount"/> instead).</summary>
    public int? Quarter => _kind is ReportingPeriodKind.CalendarQuarter or ReportingPeriodKind.FiscalQuarter ? _number : null;

    /// <summary>The half, 1 or 2, of a calendar half-year; null for every other kind.</summary>
    public int? Half => _kind == ReportingPeriodKind.CalendarHalf ? _number : null;

    /// <summary>
    /// How many quarters the period covers: 1 for a quarter, 2 for a half, 4 for a year, 1 to 4 for a year to date
    /// (3 for 2025 Q1-Q3); 0 for <see cref="None"/>.
    /// </summary>
    public int QuarterCount => _kind switch
    {
        ReportingPeriodKind.CalendarQuarter or ReportingPeriodKind.FiscalQuarter => 1,
        ReportingPeriodKind.CalendarHalf => 2,
        ReportingPeriodKind.CalendarYear or ReportingPeriodKind.FiscalYear => 4,
        ReportingPeriodKind.YearToDate => _number,
        _ => 0,
    };

    /// <summary>The fiscal calendar of a fiscal period; null for every other kind.</summary>
    public FiscalCalendar? FiscalCalendar => IsFiscal ? _calendar : null;

    /// <summary>The first day of the period, in the ISO calendar: 2025-07-01 for 3Q25.</summary>
    /// <exception cref="InvalidOperationException">The period is <see cref="None"/>.</exception>
    public LocalDate Start => _kind switch
    {
        ReportingPeriodKind.CalendarQuarter => new LocalDate(_year, (3 * _number) - 2, 1),
        ReportingPeriodKind.CalendarHalf => new LocalDate(_year, (6 * _number) - 5, 1),
        ReportingPeriodKind.CalendarYear or ReportingPeriodKind.YearToDate => new LocalDate(_year, 1, 1),
        ReportingPeriodKind.FiscalQuarter => _calendar.StartOf(_year).PlusMonths(3 * (_number - 1)),
        ReportingPeriodKind.FiscalYear => _calendar.StartOf(_year),
        _ => throw NoPeriod(),
    };

    /// <summary>The last day of the period, included in it as in <see cref="DateInterval.End"/>: 2025-09-30 for 3Q25.</summary>
    /// <exception cref="InvalidOperationException">The period is <see cref="None"/>.</exception>
    public LocalDate End => Start.PlusMonths(3 * QuarterCount).PlusDays(-1);

    /// <summary>
    /// The length in months, <c>Period.FromMonths(3 * QuarterCount)</c>: three months for a quarter, six for a half, twelve
    /// for a year; <see cref="Period.Zero"/> for <see cref="None"/>. <c>Start + Length</c> is the day after
    /// <see cref="End"/>. The number of days is <c>ToDateInterval().Length</c>.
    /// </summary>
    public Period Length => Period.FromMonths(3 * QuarterCount);

    /// <summary>A calendar quarter, such as <c>CalendarQuarter(2025, 3)</c> for 3Q25.</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range; the message names it and the range.</exception>
    public static ReportingPeriod CalendarQuarter(int year, int quarter)
    {
        CheckYear(year, nameof(year));
        CheckQuarter(quarter, nameof(quarter));
        return new(ReportingPeriodKind.CalendarQuarter, year, quarter, default);
    }

    /// <summary>A calendar half-year, such as <c>CalendarHalf(2026, 2)</c> for 2H26.</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="half">The half, 1 (January to June) or 2 (July to December).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range; the message names it and the range.</exception>
    public static ReportingPeriod CalendarHalf(int year, int half)
    {
        CheckYear(year, nameof(year));
        if (half is < 1 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(half), half, "The half must be 1 or 2.");
        }

        return new(ReportingPeriodKind.CalendarHalf, year, half, default);
    }

    /// <summary>A calendar year, such as <c>CalendarYear(2025)</c>.</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of its range.</exception>
    public static ReportingPeriod CalendarYear(int year)
    {
        CheckYear(year, nameof(year));
        return new(ReportingPeriodKind.CalendarYear, year, 0, default);
    }

    /// <summary>The first <paramref name="quarterCount"/> quarters of a calendar year together, such as <c>YearToDate(2025, 3)</c> for 2025 Q1-Q3.</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="quarterCount">How many quarters, 1 to 4, counted from the first.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range; the message names it and the range.</exception>
    public static ReportingPeriod YearToDate(int year, int quarterCount)
    {
        CheckYear(year, nameof(year));
        CheckQuarter(quarterCount, nameof(quarterCount));
        return new(ReportingPeriodKind.YearToDate, year, quarterCount, default);
    }

    /// <summary>A quarter of a company's fiscal year, such as <c>FiscalQuarter(2026, 4, new FiscalCalendar(2))</c>, 2025-11-01 to 2026-01-31.</summary>
    /// <param name="fiscalYear">The fiscal year as <paramref name="calendar"/> names it, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="quarter">The fiscal quarter, 1 to 4.</param>
    /// <param name="calendar">The company's fiscal calendar.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range; the message names it and the range.</exception>
    public static ReportingPeriod FiscalQuarter(int fiscalYear, int quarter, FiscalCalendar calendar)
    {
        CheckYear(fiscalYear, nameof(fiscalYear));
        CheckQuarter(quarter, nameof(quarter));
        return new(ReportingPeriodKind.FiscalQuarter, fiscalYear, quarter, calendar);
    }

    /// <summary>A company's fiscal year, such as <c>FiscalYear(2026, new FiscalCalendar(7))</c>, 2025-07-01 to 2026-06-30.</summary>
    /// <param name="fiscalYear">The fiscal year as <paramref name="calendar"/> names it, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="calendar">The company's fiscal calendar.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is out of its range.</exception>
    public static ReportingPeriod FiscalYear(int fiscalYear, FiscalCalendar calendar)
    {
        CheckYear(fiscalYear, nameof(fiscalYear));
        return new(ReportingPeriodKind.FiscalYear, fiscalYear, 0, calendar);
    }

    /// <summary>The period's dates as a NodaTime <see cref="DateInterval"/>, both ends included.</summary>
    /// <exception cref="InvalidOperationException">The period is <see cref="None"/>.</exception>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>True when <paramref name="date"/> is on or after <see cref="Start"/> and on or before <see cref="End"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar (as for <see cref="DateInterval.Contains(LocalDate)"/>).</exception>
    /// <exception cref="InvalidOperationException">The period is <see cref="None"/>.</exception>
    public bool Contains(LocalDate date) => Start <= date && date <= End;

    /// <summary>True when every day of <paramref name="other"/> is in this period: 2025 contains 2025-Q3, and a period contains itself.</summary>
    /// <exception cref="ArgumentException"><paramref name="other"/> is <see cref="None"/>.</exception>
    /// <exception cref="InvalidOperationException">This period is <see cref="None"/>.</exception>
    public bool Contains(ReportingPeriod other)
    {
        var (start, end) = DatesOf(other, nameof(other));
        return Start <= start && end <= End;
    }

    /// <summary>True when the two periods share at least one day.</summary>
    /// <exception cref="ArgumentException"><paramref name="other"/> is <see cref="None"/>.</exception>
    /// <exception cref="InvalidOperationException">This period is <see cref="None"/>.</exception>
    public bool Overlaps(ReportingPeriod other)
    {
        var (start, end) = DatesOf(other, nameof(other));
        return Start <= end && start <= End;
    }

    /// <summary>True when this period ends before <paramref name="other"/> starts: 2025-Q3 precedes 2025-Q4, and 2025-Q3 does not precede 2025-H2.</summary>
    /// <exception cref="ArgumentException"><paramref name="other"/> is <see cref="None"/>.</exception>
    /// <exception cref="InvalidOperationException">This period is <see cref="None"/>.</exception>
    public bool Precedes(ReportingPeriod other) => End < DatesOf(other, nameof(other)).Start;

    /// <summary>True when this period starts after <paramref name="other"/> ends.</summary>
    /// <exception cref="ArgumentException"><paramref name="other"/> is <see cref="None"/>.</exception>
    /// <exception cref="InvalidOperationException">This period is <see cref="None"/>.</exception>
    public bool Follows(ReportingPeriod other) => Start > DatesOf(other, nameof(other)).End;

    /// <summary>
    /// True when both periods cover exactly the same days, whatever their labels: FY2026-Q4 under a calendar starting in
    /// January and 2026-Q4; 2025-YTD-Q2 and 2025-H1.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="other"/> is <see cref="None"/>.</exception>
    /// <exception cref="InvalidOperationException">This period is <see cref="None"/>.</exception>
    public bool SameDatesAs(ReportingPeriod other)
    {
        var (start, end) = DatesOf(other, nameof(other));
        return Start == start && End == end;
    }

    /// <summary>
    /// True when figures for the two periods can be compared or summed period by period (growth, QoQ, YoY, group totals),
    /// because the periods have the same shape: a quarter with a quarter (calendar or fiscal), a half with a half, a year
    /// with a year (calendar or fiscal), and a year to date only with a year to date of as many quarters. It says nothing
    /// about where the periods fall: 2024-Q3 is comparable with 2025-Q3.
    /// </summary>
    /// <remarks>
    /// A year to date is never comparable with another kind, even where the dates agree (2025-YTD-Q1 and 2025-Q1,
    /// 2025-YTD-Q2 and 2025-H1): the label says the figure is cumulative, and a cumulative figure tagged as a quarter is
    /// the error the sources contain. <see cref="SameDatesAs"/> compares dates. <see cref="None"/> is comparable with nothing.
    /// </remarks>
    public bool IsComparableWith(ReportingPeriod other) => Shape == other.Shape && Shape != 0 &&
        (_kind != ReportingPeriodKind.YearToDate || _number == other._number);

    /// <summary>
    /// The next period of the same kind and length: 2025-Q4 after 2025-Q3, 2026-Q1 after 2025-Q4, 2026-H1 after 2025-H2,
    /// 2026 after 2025, FY2027-Q1 after FY2026-Q4 (same fiscal calendar).
    /// </summary>
    /// <exception cref="InvalidOperationException">The period is a year to date, which has no next period of its kind (see <see cref="YearOverYear"/>), or <see cref="None"/>.</exception>
    /// <exception cref="OverflowException">The result would be after <see cref="MaxYear"/>.</exception>
    public ReportingPeriod Next() => Plus(1);

    /// <summary>The previous period of the same kind and length: 2025-Q4 before 2026-Q1, 2025-H2 before 2026-H1, 2024 before 2025.</summary>
    /// <exception cref="InvalidOperationException">The period is a year to date, which has no previous period of its kind (see <see cref="YearOverYear"/>), or <see cref="None"/>.</exception>
    /// <exception cref="OverflowException">The result would be before <see cref="MinYear"/>.</exception>
    public ReportingPeriod Previous() => Plus(-1);

    /// <summary>
    /// The period <paramref name="count"/> periods of the same kind away: <c>Plus(-4)</c> of 2025-Q3 is 2024-Q3,
    /// <c>Plus(3)</c> of 2025-H2 is 2027-H1, <c>Plus(0)</c> is the period itself.
    /// </summary>
    /// <param name="count">How many periods to move; negative moves back.</param>
    /// <exception cref="InvalidOperationException">The period is a year to date (see <see cref="YearOverYear"/>) or <see cref="None"/>.</exception>
    /// <exception cref="OverflowException">The result would be outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public ReportingPeriod Plus(int count)
    {
        var perYear = _kind switch
        {
            ReportingPeriodKind.CalendarQuarter or ReportingPeriodKind.FiscalQuarter => 4,
            ReportingPeriodKind.CalendarHalf => 2,
            ReportingPeriodKind.CalendarYear or ReportingPeriodKind.FiscalYear => 1,
            ReportingPeriodKind.YearToDate => throw new InvalidOperationException(
                $"{this} is a year to date, which has no next or previous period of its kind; YearOverYear() gives the same period a year earlier."),
            _ => throw NoPeriod(),
        };

        var index = ((long)_year * perYear) + Math.Max(_number - 1, 0) + count;
        var year = Math.DivRem(index, perYear, out var offset);
        if (offset < 0)
        {
            year--;
            offset += perYear;
        }

        if (year is < MinYear or > MaxYear)
        {
            throw new OverflowException($"Moving {this} by {count} periods leaves the years {MinYear} to {MaxYear}.");
        }

        return new(_kind, (int)year, _number == 0 ? 0 : (int)offset + 1, _calendar);
    }

    /// <summary>The same period one year earlier, the base of a year-over-year comparison: 2024-Q3 for 2025-Q3, 2024-YTD-Q3 for 2025-YTD-Q3, FY2025-Q2 for FY2026-Q2.</summary>
    /// <exception cref="InvalidOperationException">The period is <see cref="None"/>.</exception>
    /// <exception cref="OverflowException">The period is in <see cref="MinYear"/>.</exception>
    public ReportingPeriod YearOverYear()
    {
        if (IsNone)
        {
            throw NoPeriod();
        }

        return _year > MinYear
            ? new(_kind, _year - 1, _number, _calendar)
            : throw new OverflowException($"The year before {this} is before {MinYear}.");
    }

    /// <summary>Parses a reporting period with no fiscal calendar; see <see cref="Parse(string, FiscalCalendar?)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="ReportingPeriodFormatException">The text is not a reporting period, or is a fiscal form without "@" and a month.</exception>
    public static ReportingPeriod Parse(string s) => Parse(s, null);

    /// <summary>
    /// Parses a reporting period written as reports write them: "3Q25", "2025Q3", "Q3 2025", "2025 年 Q3",
    /// "2025年第三季度", "2H26", "1H2026", "2026 H2", "2026年下半年", "2025", "2025年", "1Q-3Q25", "Q1-Q3 2025",
    /// "2025 年 Q1-Q3", "2025年前三季度", "9M25", "FY2026 Q4", "FY4Q26", "FY2Q25", "FY2025", and every
    /// <see cref="ToString()"/> form.
    /// </summary>
    /// <remarks>
    /// <para>Invariant and case-insensitive ("q3 2025", "fy2026"); white space between the parts is optional and any
    /// amount is allowed; dashes may be "-", "–", "—", "−" or "~", and full-width digits and letters are read too.</para>
    /// <para>Years: four digits, or two meaning 2000 to 2099 ("3Q25" is 2025-Q3). A bare two-digit year such as "25" is
    /// an error; it is read next to a quarter or half, before 年 ("25 年"), after FY ("FY25") or after an apostrophe
    /// ("Q3'25").</para>
    /// <para>A year to date is a range of quarters from the first ("1Q-3Q25", "Q1–Q3 2025", "2025年1-3季度"), 前 and a
    /// count of quarters ("前三季度"), a count of months that is whole quarters ("9M25" is three quarters), or YTD and a
    /// quarter ("2025-YTD-Q3", "YTD 3Q25").</para>
    /// <para>Fiscal forms start with FY ("FY2Q25", "FY2026 Q4", "Q4 FY26") or write 财年 after the year
    /// ("2026财年第四季度"). They need a fiscal calendar: written in the text after "@" ("FY2026-Q4@Feb") or given as
    /// <paramref name="fiscalCalendar"/>; with neither the text is an error
    /// (<see cref="ReportingPeriodParseError.FiscalCalendarRequired"/>), since a company's fiscal year is never guessed.
    /// <paramref name="fiscalCalendar"/> is used only for fiscal forms: "3Q25" is a calendar quarter whatever calendar is
    /// given, because the text does not say fiscal.</para>
    /// </remarks>
    /// <param name="s">The text.</param>
    /// <param name="fiscalCalendar">The company's fiscal calendar, for fiscal forms that do not write theirs; or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="ReportingPeriodFormatException">The text is not a reporting period; the message quotes it, says why and lists the accepted forms, and <see cref="ReportingPeriodFormatException.Error"/> says why for code.</exception>
    public static ReportingPeriod Parse(string s, FiscalCalendar? fiscalCalendar) =>
        ReportingPeriodParser.Parse((s ?? throw new ArgumentNullException(nameof(s))).AsSpan(), fiscalCalendar);

    /// <inheritdoc cref="Parse(string)"/>
    public static ReportingPeriod Parse(ReadOnlySpan<char> s) => ReportingPeriodParser.Parse(s, null);

    /// <inheritdoc cref="Parse(string, FiscalCalendar?)"/>
    public static ReportingPeriod Parse(ReadOnlySpan<char> s, FiscalCalendar? fiscalCalendar) => ReportingPeriodParser.Parse(s, fiscalCalendar);

    /// <summary>Tries to parse a reporting period with no fiscal calendar, as <see cref="Parse(string)"/> does; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out ReportingPeriod result) => TryParse(s, null, out result);

    /// <summary>Tries to parse a reporting period as <see cref="Parse(string, FiscalCalendar?)"/> does; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, FiscalCalendar? fiscalCalendar, out ReportingPeriod result)
    {
        result = default;
        return s is not null && ReportingPeriodParser.TryParse(s.AsSpan(), fiscalCalendar, out result, out _);
    }

    /// <inheritdoc cref="TryParse(string?, out ReportingPeriod)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out ReportingPeriod result) => ReportingPeriodParser.TryParse(s, null, out result, out _);

    /// <inheritdoc cref="TryParse(string?, FiscalCalendar?, out ReportingPeriod)"/>
    public static bool TryParse(ReadOnlySpan<char> s, FiscalCalendar? fiscalCalendar, out ReportingPeriod result) =>
        ReportingPeriodParser.TryParse(s, fiscalCalendar, out result, out _);

    /// <summary>Parses as <see cref="Parse(string)"/> does; a period does not depend on culture, so <paramref name="provider"/> is ignored.</summary>
    static ReportingPeriod IParsable<ReportingPeriod>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses as <see cref="Parse(ReadOnlySpan{char})"/> does; <paramref name="provider"/> is ignored.</summary>
    static ReportingPeriod ISpanParsable<ReportingPeriod>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse as <see cref="TryParse(string?, out ReportingPeriod)"/> does; <paramref name="provider"/> is ignored.</summary>
    static bool IParsable<ReportingPeriod>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportingPeriod result) => TryParse(s, out result);

    /// <summary>Tries to parse as <see cref="TryParse(ReadOnlySpan{char}, out ReportingPeriod)"/> does; <paramref name="provider"/> is ignored.</summary>
    static bool ISpanParsable<ReportingPeriod>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportingPeriod result) => TryParse(s, out result);

    /// <summary>
    /// The canonical form, which <see cref="Parse(string)"/> reads back to an equal period: "2025-Q3", "2026-H2", "2025",
    /// "2025-YTD-Q3", "FY2026-Q4@Feb", "FY2026@Jul", "FY2025-Q1@Apr/start-year"; empty for <see cref="None"/>.
    /// </summary>
    /// <remarks>A fiscal period writes its calendar after "@": the three-letter English month its fiscal year starts in,
    /// and "/start-year" when fiscal years are named by the calendar year they start in (see <see cref="Economics.FiscalCalendar.ToString"/>).</remarks>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the period. <paramref name="format"/> null, empty or "G": the canonical form of <see cref="ToString()"/>.
    /// "S" or "short": the short form of reports, "3Q25", "2H26", "2025", "9M25" (a year to date as months), "FY4Q26",
    /// "FY26", with four-digit years outside 2000 to 2099 ("3Q1999"). The short form of a fiscal period omits its
    /// calendar, so it parses back only with the calendar given. Formats are case-insensitive; <paramref name="formatProvider"/> is ignored.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[ReportingPeriodFormatter.MaxLength];
        return TryFormat(buffer, out var written, format, formatProvider) ? buffer[..written].ToString() : string.Empty;
    }

    /// <summary>Formats like <see cref="ToString(string?, IFormatProvider?)"/> into <paramref name="destination"/> without allocating; false when it does not fit.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is not a format of <see cref="ReportingPeriod"/>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        ReportingPeriodFormatter.TryFormat(this, destination, out charsWritten, ReportingPeriodFormatter.IsShort(format));

    /// <summary>True for the same kind, year, quarter, half or quarter count, and fiscal calendar: equality of labels, not of dates (see <see cref="SameDatesAs"/>).</summary>
    public bool Equals(ReportingPeriod other) => Packed == other.Packed;

    /// <inheritdoc cref="Equals(ReportingPeriod)"/>
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <summary>A hash consistent with <see cref="Equals(ReportingPeriod)"/>; distinct periods have distinct hashes.</summary>
    public override int GetHashCode() => Packed;

    /// <summary>True for equal labels; see <see cref="Equals(ReportingPeriod)"/>.</summary>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>True unless the labels are equal; see <see cref="Equals(ReportingPeriod)"/>.</summary>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Throws unless <paramref name="year"/> is <see cref="MinYear"/> to <see cref="MaxYear"/>.</summary>
    internal static void CheckYear(int year, string paramName)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(paramName, year, $"The year must be {MinYear} to {MaxYear}.");
        }
    }

    /// <summary>Creates a period whose parts are already known to be valid.</summary>
    internal static ReportingPeriod Create(ReportingPeriodKind kind, int year, int number, FiscalCalendar calendar) =>
        new(kind, year, number, kind is ReportingPeriodKind.FiscalQuarter or ReportingPeriodKind.FiscalYear ? calendar : default);

    /// <summary>The quarter, half or quarter count as stored.</summary>
    internal int Number => _number;

    // Every field in 25 bits (kind 3, number 3, calendar 5, year 14): a distinct value for each distinct period.
    private int Packed => (_year << 11) | (_calendar.Packed << 6) | (_number << 3) | (int)_kind;

    // 0 for None; equal for kinds that are comparable (before checking a year to date's count).
    private int Shape => _kind switch
    {
        ReportingPeriodKind.CalendarQuarter or ReportingPeriodKind.FiscalQuarter => 1,
        ReportingPeriodKind.CalendarHalf => 2,
        ReportingPeriodKind.CalendarYear or ReportingPeriodKind.FiscalYear => 3,
        ReportingPeriodKind.YearToDate => 4,
        _ => 0,
    };

    private static void CheckQuarter(int quarter, string paramName)
    {
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(paramName, quarter, paramName == "quarterCount"
                ? "The number of quarters in a year to date must be 1 to 4."
                : "The quarter must be 1 to 4.");
        }
    }

    private static InvalidOperationException NoPeriod() =>
        new("default(ReportingPeriod) is no period and has no dates; create one with a factory such as ReportingPeriod.CalendarQuarter(2025, 3), or parse one.");

    private static (LocalDate Start, LocalDate End) DatesOf(ReportingPeriod other, string paramName) =>
        other.IsNone
            ? throw new ArgumentException("default(ReportingPeriod) is no period and has no dates.", paramName)
            : (other.Start, other.End);

    private sealed class StartThenEndComparer : IComparer<ReportingPeriod>
    {
        public int Compare(ReportingPeriod x, ReportingPeriod y)
        {
            if (x.IsNone || y.IsNone)
            {
                return y.IsNone.CompareTo(x.IsNone);
            }

            var result = x.Start.CompareTo(y.Start);
            if (result == 0)
            {
                result = x.End.CompareTo(y.End);
            }

            return result != 0 ? result : CompareLabels(x, y);
        }

        private static int CompareLabels(ReportingPeriod x, ReportingPeriod y)
        {
            var result = x._kind.CompareTo(y._kind);
            if (result == 0)
            {
                result = x._calendar.Packed.CompareTo(y._calendar.Packed);
            }

            if (result == 0)
            {
                result = x._year.CompareTo(y._year);
            }

            return result != 0 ? result : x._number.CompareTo(y._number);
        }
    }
}
