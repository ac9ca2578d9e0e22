using System.Globalization;
using AiInfra.Domain.Economics;

namespace AiInfra.Domain.Tests.Economics;

public class ReportingPeriodFormattingTests
{
    private static readonly int[] s_years = [1000, 1001, 1999, 2000, 2009, 2025, 2099, 2100, 9997, 9998];

    public static IEnumerable<FiscalCalendar> AllCalendars() =>
        Enumerable.Range(1, 12).SelectMany(month => new[] { new FiscalCalendar(month), new FiscalCalendar(month, FiscalYearNaming.StartYear) }).Distinct();

    /// <summary>Every kind, number and fiscal calendar, in a spread of years.</summary>
    public static IEnumerable<ReportingPeriod> AllKindsOfPeriods()
    {
        foreach (var year in s_years)
        {
            yield return ReportingPeriod.CalendarYear(year);
            for (var n = 1; n <= 4; n++)
            {
                yield return ReportingPeriod.CalendarQuarter(year, n);
                yield return ReportingPeriod.YearToDate(year, n);
            }

            yield return ReportingPeriod.CalendarHalf(year, 1);
            yield return ReportingPeriod.CalendarHalf(year, 2);
            foreach (var calendar in AllCalendars())
            {
                yield return ReportingPeriod.FiscalYear(year, calendar);
                for (var quarter = 1; quarter <= 4; quarter++)
                {
                    yield return ReportingPeriod.FiscalQuarter(year, quarter, calendar);
                }
            }
        }
    }

    [Theory]
    [InlineData("3Q25", "2025-Q3", "3Q25")]
    [InlineData("2H26", "2026-H2", "2H26")]
    [InlineData("2025", "2025", "2025")]
    [InlineData("2025 年 Q1-Q3", "2025-YTD-Q3", "9M25")]
    [InlineData("2025年前两季度", "2025-YTD-Q2", "6M25")]
    [InlineData("Q1 2025 YTD", "2025-YTD-Q1", "3M25")]
    [InlineData("1Q-4Q25", "2025-YTD-Q4", "12M25")]
    [InlineData("3Q1999", "1999-Q3", "3Q1999")]
    [InlineData("1H2100", "2100-H1", "1H2100")]
    [InlineData("1Q-2Q1000", "1000-YTD-Q2", "6M1000")]
    [InlineData("1Q00", "2000-Q1", "1Q00")]
    [InlineData("FY2026 Q4@Feb", "FY2026-Q4@Feb", "FY4Q26")]
    [InlineData("FY2026@Jul", "FY2026@Jul", "FY26")]
    [InlineData("FY2025 Q1@Apr/start-year", "FY2025-Q1@Apr/start-year", "FY1Q25")]
    [InlineData("FY1999@Oct", "FY1999@Oct", "FY1999")]
    [InlineData("FY9998-Q4@Sep/start-year", "FY9998-Q4@Sep/start-year", "FY4Q9998")]
    public void ToString_gives_the_canonical_form_and_S_the_short_form(string text, string canonical, string shortForm)
    {
        var period = ReportingPeriod.Parse(text);

        Assert.Equal(canonical, period.ToString());
        Assert.Equal(canonical, period.ToString(null, null));
        Assert.Equal(canonical, period.ToString("", CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal(canonical, period.ToString("G", null));
        Assert.Equal(canonical, period.ToString("g", null));
        Assert.Equal(canonical, $"{period}");
        Assert.Equal(shortForm, period.ToString("S", null));
        Assert.Equal(shortForm, period.ToString("s", null));
        Assert.Equal(shortForm, period.ToString("short", null));
        Assert.Equal(shortForm, period.ToString("SHORT", null));
        Assert.Equal(shortForm, $"{period:short}");
    }

    [Fact]
    public void Every_period_round_trips_through_its_canonical_form()
    {
        var count = 0;
        foreach (var period in AllKindsOfPeriods())
        {
            var text = period.ToString();

            Assert.Equal(period, ReportingPeriod.Parse(text));
            Assert.True(ReportingPeriod.TryParse(text, out var tried));
            Assert.Equal(period, tried);
            Assert.Equal(period, ReportingPeriod.Parse(text, period.FiscalCalendar));
            count++;
        }

        Assert.Equal(s_years.Length * (1 + 8 + 2 + (23 * 5)), count);
    }

    [Fact]
    public void Every_period_round_trips_through_its_short_form_given_its_calendar()
    {
        foreach (var period in AllKindsOfPeriods())
        {
            var text = period.ToString("S", null);

            Assert.Equal(period, ReportingPeriod.Parse(text, period.FiscalCalendar));
            if (period.IsFiscal)
            {
                Assert.Equal(
                    ReportingPeriodParseError.FiscalCalendarRequired,
                    Assert.Throws<ReportingPeriodFormatException>(() => ReportingPeriod.Parse(text)).Error);
            }
        }
    }

    [Fact]
    public void TryFormat_writes_exactly_when_the_destination_is_large_enough()
    {
        foreach (var period in AllKindsOfPeriods())
        {
            foreach (var format in new[] { "", "S" })
            {
                var expected = period.ToString(format, null);
                var buffer = new char[expected.Length + 4];
                for (var length = 0; length < expected.Length; length++)
                {
                    Assert.False(period.TryFormat(buffer.AsSpan(0, length), out var none, format, null));
                    Assert.Equal(0, none);
                }

                Assert.True(period.TryFormat(buffer.AsSpan(0, expected.Length), out var written, format, null));
                Assert.Equal(expected, new string(buffer, 0, written));
            }
        }
    }

    [Fact]
    public void The_longest_canonical_form_fits_the_documented_length()
    {
        var longest = AllKindsOfPeriods().Select(p => p.ToString()).MaxBy(text => text.Length)!;

        Assert.Equal(24, longest.Length);
        Assert.EndsWith("/start-year", longest);
    }

    [Theory]
    [InlineData("X")]
    [InlineData("Q")]
    [InlineData("yyyy")]
    [InlineData("shorter")]
    public void An_unknown_format_is_a_FormatException(string format)
    {
        var period = ReportingPeriod.CalendarQuarter(2025, 3);

        var exception = Assert.Throws<FormatException>(() => period.ToString(format, null));
        Assert.Contains($"\"{format}\" is not a format of ReportingPeriod", exception.Message);
        Assert.Throws<FormatException>(() => period.TryFormat(new char[32], out _, format, null));
    }
}
