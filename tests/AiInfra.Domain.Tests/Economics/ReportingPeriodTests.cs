using AiInfra.Domain.Economics;
using NodaTime;

namespace AiInfra.Domain.Tests.Economics;

public class ReportingPeriodTests
{
    private static readonly FiscalCalendar s_february = new(2);
    private static readonly FiscalCalendar s_july = new(7);
    private static readonly FiscalCalendar s_aprilStartYear = new(4, FiscalYearNaming.StartYear);

    public static TheoryData<string, string?, string, string, int> Dates => new()
    {
        { "3Q25", null, "2025-07-01", "2025-09-30", 92 },
        { "1Q25", null, "2025-01-01", "2025-03-31", 90 },
        { "1Q24", null, "2024-01-01", "2024-03-31", 91 },
        { "4Q24", null, "2024-10-01", "2024-12-31", 92 },
        { "2H26", null, "2026-07-01", "2026-12-31", 184 },
        { "1H24", null, "2024-01-01", "2024-06-30", 182 },
        { "2025", null, "2025-01-01", "2025-12-31", 365 },
        { "2024", null, "2024-01-01", "2024-12-31", 366 },
        { "1Q-3Q25", null, "2025-01-01", "2025-09-30", 273 },
        { "12M25", null, "2025-01-01", "2025-12-31", 365 },
        { "FY2026 Q4", "Feb", "2025-11-01", "2026-01-31", 92 },
        { "FY2026 Q1", "Feb", "2025-02-01", "2025-04-30", 89 },
        { "FY2026", "Feb", "2025-02-01", "2026-01-31", 365 },
        { "FY2Q25", "Jul", "2024-10-01", "2024-12-31", 92 },
        { "FY2026 Q1", "Jul", "2025-07-01", "2025-09-30", 92 },
        { "FY2026", "Jul", "2025-07-01", "2026-06-30", 365 },
        { "FY2025 Q1", "Apr/start-year", "2025-04-01", "2025-06-30", 91 },
        { "FY2025 Q4", "Apr/start-year", "2026-01-01", "2026-03-31", 90 },
        { "FY2025", "Apr/start-year", "2025-04-01", "2026-03-31", 365 },
        { "FY2026 Q4", "Jan", "2026-10-01", "2026-12-31", 92 },
        { "FY2026 Q1", "Dec", "2025-12-01", "2026-02-28", 90 },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Start_and_End_are_the_first_and_last_days_both_included(string text, string? calendar, string start, string end, int days)
    {
        var period = ReportingPeriod.Parse(text, calendar is null ? null : ReportingPeriod.Parse("FY2000@" + calendar).FiscalCalendar);

        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture)), period.Start);
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), period.End);
        Assert.Equal(new DateInterval(period.Start, period.End), period.ToDateInterval());
        Assert.Equal(days, period.ToDateInterval().Length);
        Assert.Equal(period.End.PlusDays(1), period.Start + period.Length);
        Assert.True(period.Contains(period.Start));
        Assert.True(period.Contains(period.End));
        Assert.False(period.Contains(period.Start.PlusDays(-1)));
        Assert.False(period.Contains(period.End.PlusDays(1)));
    }

    [Fact]
    public void Properties_describe_the_label()
    {
        var quarter = ReportingPeriod.CalendarQuarter(2025, 3);
        Assert.Equal((ReportingPeriodKind.CalendarQuarter, 2025, (int?)3, (int?)null, 1, (FiscalCalendar?)null, false), Describe(quarter));

        var half = ReportingPeriod.CalendarHalf(2026, 2);
        Assert.Equal((ReportingPeriodKind.CalendarHalf, 2026, (int?)null, (int?)2, 2, (FiscalCalendar?)null, false), Describe(half));

        var year = ReportingPeriod.CalendarYear(2025);
        Assert.Equal((ReportingPeriodKind.CalendarYear, 2025, (int?)null, (int?)null, 4, (FiscalCalendar?)null, false), Describe(year));

        var ytd = ReportingPeriod.YearToDate(2025, 3);
        Assert.Equal((ReportingPeriodKind.YearToDate, 2025, (int?)null, (int?)null, 3, (FiscalCalendar?)null, false), Describe(ytd));

        var fiscalQuarter = ReportingPeriod.FiscalQuarter(2026, 4, s_february);
        Assert.Equal((ReportingPeriodKind.FiscalQuarter, 2026, (int?)4, (int?)null, 1, (FiscalCalendar?)s_february, true), Describe(fiscalQuarter));

        var fiscalYear = ReportingPeriod.FiscalYear(2026, s_july);
        Assert.Equal((ReportingPeriodKind.FiscalYear, 2026, (int?)null, (int?)null, 4, (FiscalCalendar?)s_july, true), Describe(fiscalYear));

        Assert.Equal(Period.FromMonths(3), quarter.Length);
        Assert.Equal(Period.FromMonths(6), half.Length);
        Assert.Equal(Period.FromMonths(12), year.Length);
        Assert.Equal(Period.FromMonths(9), ytd.Length);
        Assert.Equal(Period.FromMonths(3), fiscalQuarter.Length);
        Assert.Equal(Period.FromMonths(12), fiscalYear.Length);
    }

    [Theory]
    [InlineData(999)]
    [InlineData(9999)]
    [InlineData(0)]
    [InlineData(-2025)]
    [InlineData(25)]
    public void Factories_reject_a_year_out_of_range_naming_it(int year)
    {
        AssertOutOfRange("year", "1000 to 9998", () => ReportingPeriod.CalendarQuarter(year, 1));
        AssertOutOfRange("year", "1000 to 9998", () => ReportingPeriod.CalendarHalf(year, 1));
        AssertOutOfRange("year", "1000 to 9998", () => ReportingPeriod.CalendarYear(year));
        AssertOutOfRange("year", "1000 to 9998", () => ReportingPeriod.YearToDate(year, 1));
        AssertOutOfRange("fiscalYear", "1000 to 9998", () => ReportingPeriod.FiscalQuarter(year, 1, s_july));
        AssertOutOfRange("fiscalYear", "1000 to 9998", () => ReportingPeriod.FiscalYear(year, s_july));
        AssertOutOfRange("fiscalYear", "1000 to 9998", () => s_july.StartOfFiscalYear(year));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void Factories_reject_a_quarter_out_of_range_naming_it(int quarter)
    {
        AssertOutOfRange("quarter", "1 to 4", () => ReportingPeriod.CalendarQuarter(2025, quarter));
        AssertOutOfRange("quarterCount", "1 to 4", () => ReportingPeriod.YearToDate(2025, quarter));
        AssertOutOfRange("quarter", "1 to 4", () => ReportingPeriod.FiscalQuarter(2025, quarter, s_july));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void CalendarHalf_rejects_a_half_out_of_range_naming_it(int half) =>
        AssertOutOfRange("half", "1 or 2", () => ReportingPeriod.CalendarHalf(2025, half));

    [Theory]
    [InlineData("2025-Q3", "2025-Q4")]
    [InlineData("2025-Q4", "2026-Q1")]
    [InlineData("1000-Q1", "1000-Q2")]
    [InlineData("2025-H1", "2025-H2")]
    [InlineData("2025-H2", "2026-H1")]
    [InlineData("2025", "2026")]
    [InlineData("1999", "2000")]
    [InlineData("FY2026-Q3@Feb", "FY2026-Q4@Feb")]
    [InlineData("FY2026-Q4@Feb", "FY2027-Q1@Feb")]
    [InlineData("FY2025-Q4@Apr/start-year", "FY2026-Q1@Apr/start-year")]
    [InlineData("FY2026@Jul", "FY2027@Jul")]
    public void Next_and_Previous_step_by_one_period_across_year_boundaries(string text, string next)
    {
        var period = ReportingPeriod.Parse(text);
        var following = ReportingPeriod.Parse(next);

        Assert.Equal(following, period.Next());
        Assert.Equal(period, following.Previous());
        Assert.Equal(following, period.Plus(1));
        Assert.Equal(period, following.Plus(-1));
        Assert.Equal(period.End.PlusDays(1), following.Start);
    }

    [Theory]
    [InlineData("2025-Q3", -4, "2024-Q3")]
    [InlineData("2025-Q3", 0, "2025-Q3")]
    [InlineData("2025-Q3", -9, "2023-Q2")]
    [InlineData("2025-Q3", 6, "2027-Q1")]
    [InlineData("2025-H2", 3, "2027-H1")]
    [InlineData("2025-H1", -3, "2023-H2")]
    [InlineData("2025", -25, "2000")]
    [InlineData("FY2026-Q1@Jul", -1, "FY2025-Q4@Jul")]
    [InlineData("9998-Q4", -35995, "1000-Q1")]
    public void Plus_moves_by_whole_periods_of_the_same_kind(string text, int count, string expected) =>
        Assert.Equal(ReportingPeriod.Parse(expected), ReportingPeriod.Parse(text).Plus(count));

    [Fact]
    public void Consecutive_periods_tile_the_calendar_without_gaps_or_overlaps()
    {
        foreach (var first in new[] { "1000-Q1", "1999-Q3", "1999-H1", "1999", "FY2024-Q1@Feb", "FY2024@Nov", "FY2024-Q2@Jun/start-year" })
        {
            var period = ReportingPeriod.Parse(first);
            for (var i = 0; i < 40; i++)
            {
                var next = period.Next();
                Assert.Equal(period.End.PlusDays(1), next.Start);
                Assert.True(period.Precedes(next));
                Assert.False(period.Overlaps(next));
                Assert.Equal(period, next.Previous());
                period = next;
            }
        }
    }

    [Theory]
    [InlineData("2025-Q3", "2024-Q3")]
    [InlineData("2025-Q1", "2024-Q1")]
    [InlineData("2026-H2", "2025-H2")]
    [InlineData("2025", "2024")]
    [InlineData("2025-YTD-Q3", "2024-YTD-Q3")]
    [InlineData("FY2026-Q2@Jul", "FY2025-Q2@Jul")]
    [InlineData("FY2026@Feb", "FY2025@Feb")]
    [InlineData("1001-Q4", "1000-Q4")]
    public void YearOverYear_is_the_same_period_one_year_earlier(string text, string expected)
    {
        var period = ReportingPeriod.Parse(text);
        var yearEarlier = period.YearOverYear();

        Assert.Equal(ReportingPeriod.Parse(expected), yearEarlier);
        Assert.True(period.IsComparableWith(yearEarlier));
        Assert.Equal(period.Start.PlusYears(-1), yearEarlier.Start);
    }

    [Fact]
    public void A_year_to_date_has_no_next_or_previous_period()
    {
        var ytd = ReportingPeriod.YearToDate(2025, 3);

        var exception = Assert.Throws<InvalidOperationException>(() => ytd.Next());
        Assert.Contains("2025-YTD-Q3 is a year to date", exception.Message);
        Assert.Contains("YearOverYear", exception.Message);
        Assert.Throws<InvalidOperationException>(() => ytd.Previous());
        Assert.Throws<InvalidOperationException>(() => ytd.Plus(0));
    }

    [Fact]
    public void Moving_beyond_the_years_overflows()
    {
        Assert.Throws<OverflowException>(() => ReportingPeriod.CalendarQuarter(9998, 4).Next());
        Assert.Throws<OverflowException>(() => ReportingPeriod.CalendarQuarter(1000, 1).Previous());
        Assert.Throws<OverflowException>(() => ReportingPeriod.CalendarHalf(9998, 2).Next());
        Assert.Throws<OverflowException>(() => ReportingPeriod.CalendarYear(1000).Previous());
        Assert.Throws<OverflowException>(() => ReportingPeriod.CalendarYear(2025).Plus(int.MaxValue));
        Assert.Throws<OverflowException>(() => ReportingPeriod.CalendarQuarter(2025, 1).Plus(int.MinValue));
        Assert.Throws<OverflowException>(() => ReportingPeriod.YearToDate(1000, 2).YearOverYear());
        Assert.Equal(ReportingPeriod.CalendarQuarter(9998, 4), ReportingPeriod.CalendarQuarter(9998, 3).Next());
    }

    [Fact]
    public void The_extreme_years_have_dates()
    {
        Assert.Equal(new LocalDate(9999, 3, 31), ReportingPeriod.FiscalYear(9998, s_aprilStartYear).End);
        Assert.Equal(new LocalDate(999, 2, 1), ReportingPeriod.FiscalYear(1000, s_february).Start);
        Assert.Equal(new LocalDate(9998, 12, 31), ReportingPeriod.CalendarQuarter(9998, 4).End);
    }

    [Theory]
    [InlineData("2025-Q3", "2024-Q3", true)]
    [InlineData("2025-Q3", "2025-Q2", true)]
    [InlineData("2025-Q3", "FY2026-Q1@Jul", true)]
    [InlineData("2026-H2", "2025-H2", true)]
    [InlineData("2025", "2024", true)]
    [InlineData("2025", "FY2025@Apr/start-year", true)]
    [InlineData("2025-YTD-Q3", "2024-YTD-Q3", true)]
    [InlineData("2025-YTD-Q3", "2025-Q3", false)]
    [InlineData("2025-YTD-Q1", "2025-Q1", false)]
    [InlineData("2025-YTD-Q3", "FY2025-Q3@Jan", false)]
    [InlineData("2025-YTD-Q2", "2025-H1", false)]
    [InlineData("2025-YTD-Q4", "2025", false)]
    [InlineData("2025-YTD-Q3", "2025-YTD-Q2", false)]
    [InlineData("2025-Q3", "2025-H2", false)]
    [InlineData("2025-Q3", "2025", false)]
    [InlineData("2025-H1", "2025", false)]
    [InlineData("FY2026-Q4@Feb", "FY2026@Feb", false)]
    public void IsComparableWith_pairs_periods_of_the_same_shape(string a, string b, bool expected)
    {
        var left = ReportingPeriod.Parse(a);
        var right = ReportingPeriod.Parse(b);

        Assert.Equal(expected, left.IsComparableWith(right));
        Assert.Equal(expected, right.IsComparableWith(left));
        Assert.True(left.IsComparableWith(left));
    }

    [Fact]
    public void The_five_CSP_total_of_2025_Q1_Q3_is_not_a_3Q25_figure()
    {
        // Catalogue part 1, §6 item 1: L212 calls the 2025 Q1-Q3 cumulative capex a "3Q25" figure.
        var cumulative = ReportingPeriod.Parse("2025 年 Q1-Q3");
        var quarter = ReportingPeriod.Parse("3Q25");

        Assert.False(cumulative.IsComparableWith(quarter));
        Assert.NotEqual(cumulative, quarter);
        Assert.False(cumulative.SameDatesAs(quarter));
        Assert.True(cumulative.Contains(quarter));
        Assert.True(cumulative.IsComparableWith(ReportingPeriod.Parse("2024 年前三季度")));
    }

    [Fact]
    public void Default_is_None_which_has_no_dates()
    {
        var none = default(ReportingPeriod);

        Assert.Equal(ReportingPeriod.None, none);
        Assert.True(none.IsNone);
        Assert.False(ReportingPeriod.CalendarYear(2025).IsNone);
        Assert.Equal(ReportingPeriodKind.None, none.Kind);
        Assert.Equal(0, none.Year);
        Assert.Equal(0, none.QuarterCount);
        Assert.Null(none.Quarter);
        Assert.Null(none.Half);
        Assert.Null(none.FiscalCalendar);
        Assert.False(none.IsFiscal);
        Assert.Equal(Period.Zero, none.Length);
        Assert.Equal(string.Empty, none.ToString());
        Assert.Equal(string.Empty, none.ToString("S", null));
        Assert.Throws<InvalidOperationException>(() => none.Start);
        Assert.Throws<InvalidOperationException>(() => none.End);
        Assert.Throws<InvalidOperationException>(() => none.ToDateInterval());
        Assert.Throws<InvalidOperationException>(() => none.Contains(new LocalDate(2025, 1, 1)));
        Assert.Throws<InvalidOperationException>(() => none.Next());
        Assert.Throws<InvalidOperationException>(() => none.YearOverYear());
        Assert.Throws<InvalidOperationException>(() => none.Overlaps(ReportingPeriod.CalendarYear(2025)));
        Assert.Throws<ArgumentException>(() => ReportingPeriod.CalendarYear(2025).Overlaps(none));
        Assert.Throws<ArgumentException>(() => ReportingPeriod.CalendarYear(2025).SameDatesAs(none));
        Assert.False(none.IsComparableWith(none));
        Assert.False(none.IsComparableWith(ReportingPeriod.CalendarYear(2025)));
    }

    [Fact]
    public void Equality_is_of_labels_and_SameDatesAs_is_of_dates()
    {
        var fiscal = ReportingPeriod.FiscalQuarter(2026, 4, FiscalCalendar.CalendarYear);
        var calendar = ReportingPeriod.CalendarQuarter(2026, 4);

        Assert.NotEqual(calendar, fiscal);
        Assert.True(calendar != fiscal);
        Assert.True(calendar.SameDatesAs(fiscal));
        Assert.NotEqual(ReportingPeriod.CalendarQuarter(2025, 1), ReportingPeriod.YearToDate(2025, 1));
        Assert.True(ReportingPeriod.CalendarQuarter(2025, 1).SameDatesAs(ReportingPeriod.YearToDate(2025, 1)));
        Assert.True(ReportingPeriod.CalendarHalf(2025, 1).SameDatesAs(ReportingPeriod.YearToDate(2025, 2)));
        Assert.True(ReportingPeriod.CalendarYear(2025).SameDatesAs(ReportingPeriod.YearToDate(2025, 4)));

        // The same dates and kind, different calendars and labels: FY2026-Q1 named by its end, FY2025-Q1 by its start.
        var byEnd = ReportingPeriod.FiscalQuarter(2026, 1, new FiscalCalendar(4));
        var byStart = ReportingPeriod.FiscalQuarter(2025, 1, s_aprilStartYear);
        Assert.NotEqual(byEnd, byStart);
        Assert.True(byEnd.SameDatesAs(byStart));
        Assert.False(calendar.SameDatesAs(ReportingPeriod.CalendarQuarter(2025, 4)));
    }

    [Fact]
    public void Equal_periods_are_equal_in_every_way()
    {
        var a = ReportingPeriod.FiscalQuarter(2026, 4, new FiscalCalendar(2));
        var b = ReportingPeriod.Parse("FY4Q26", new FiscalCalendar(2));

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals("FY2026-Q4@Feb"));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Distinct_periods_have_distinct_hashes()
    {
        var periods = ReportingPeriodFormattingTests.AllKindsOfPeriods().ToList();

        Assert.Equal(periods.Count, periods.Distinct().Count());
        Assert.Equal(periods.Count, periods.Select(p => p.GetHashCode()).Distinct().Count());
    }

    [Fact]
    public void Containment_overlap_and_precedence_follow_the_dates()
    {
        var year = ReportingPeriod.CalendarYear(2025);
        var q3 = ReportingPeriod.CalendarQuarter(2025, 3);
        var h2 = ReportingPeriod.CalendarHalf(2025, 2);
        var q4 = ReportingPeriod.CalendarQuarter(2025, 4);
        var nextQ1 = ReportingPeriod.CalendarQuarter(2026, 1);
        var fy = ReportingPeriod.FiscalYear(2026, s_july);

        Assert.True(year.Contains(q3));
        Assert.True(h2.Contains(q3));
        Assert.True(q3.Contains(q3));
        Assert.False(q3.Contains(h2));
        Assert.False(year.Contains(fy));
        Assert.True(year.Overlaps(fy));
        Assert.True(fy.Overlaps(nextQ1));
        Assert.True(q3.Precedes(q4));
        Assert.False(q3.Precedes(h2));
        Assert.False(q3.Precedes(q3));
        Assert.True(q4.Follows(q3));
        Assert.False(h2.Follows(q3));
        Assert.True(nextQ1.Follows(year));
        Assert.False(q3.Overlaps(q4));
        Assert.True(q3.Overlaps(h2));
    }

    [Fact]
    public void Contains_refuses_a_date_in_another_calendar_system_as_DateInterval_does()
    {
        var date = new LocalDate(2025, 8, 1).WithCalendar(CalendarSystem.Julian);

        Assert.Throws<ArgumentException>(() => ReportingPeriod.CalendarQuarter(2025, 3).Contains(date));
    }

    [Fact]
    public void The_chronological_comparer_sorts_by_start_then_end_and_is_consistent_with_equality()
    {
        var expected = new[]
        {
            ReportingPeriod.None,
            ReportingPeriod.FiscalYear(2025, s_july),
            ReportingPeriod.CalendarQuarter(2025, 1),
            ReportingPeriod.YearToDate(2025, 1),
            ReportingPeriod.FiscalQuarter(2025, 1, FiscalCalendar.CalendarYear),
            ReportingPeriod.CalendarHalf(2025, 1),
            ReportingPeriod.YearToDate(2025, 3),
            ReportingPeriod.CalendarYear(2025),
            ReportingPeriod.CalendarQuarter(2025, 2),
            ReportingPeriod.CalendarQuarter(2025, 3),
            ReportingPeriod.FiscalQuarter(2026, 1, s_july),
            ReportingPeriod.CalendarHalf(2025, 2),
            ReportingPeriod.FiscalYear(2026, s_july),
            ReportingPeriod.CalendarQuarter(2026, 1),
        };

        var shuffled = Enumerable.Reverse(expected).ToList();
        shuffled.Sort(ReportingPeriod.ChronologicalComparer);

        Assert.Equal(expected, shuffled);
        var comparer = ReportingPeriod.ChronologicalComparer;
        foreach (var a in expected)
        {
            foreach (var b in expected)
            {
                Assert.Equal(a == b, comparer.Compare(a, b) == 0);
                Assert.Equal(Math.Sign(comparer.Compare(a, b)), -Math.Sign(comparer.Compare(b, a)));
            }
        }
    }

    private static (ReportingPeriodKind, int, int?, int?, int, FiscalCalendar?, bool) Describe(ReportingPeriod p) =>
        (p.Kind, p.Year, p.Quarter, p.Half, p.QuarterCount, p.FiscalCalendar, p.IsFiscal);

    private static void AssertOutOfRange(string parameter, string range, Action action)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(action);
        Assert.Equal(parameter, exception.ParamName);
        Assert.Contains(range, exception.Message);
    }
}
