using AiInfra.Domain.Economics;
using NodaTime;

namespace AiInfra.Domain.Tests.Economics;

public class FiscalCalendarTests
{
    [Fact]
    public void Default_is_the_calendar_year_named_by_its_end()
    {
        Assert.Equal(FiscalCalendar.CalendarYear, default);
        Assert.Equal(1, default(FiscalCalendar).StartMonth);
        Assert.Equal(FiscalYearNaming.EndYear, default(FiscalCalendar).Naming);
        Assert.Equal(new FiscalCalendar(1), FiscalCalendar.CalendarYear);
        Assert.Equal("Jan", FiscalCalendar.CalendarYear.ToString());
    }

    [Fact]
    public void The_naming_defaults_to_the_end_year_and_is_kept_otherwise()
    {
        Assert.Equal(FiscalYearNaming.EndYear, new FiscalCalendar(7).Naming);
        Assert.Equal(FiscalYearNaming.StartYear, new FiscalCalendar(4, FiscalYearNaming.StartYear).Naming);
        Assert.NotEqual(new FiscalCalendar(4), new FiscalCalendar(4, FiscalYearNaming.StartYear));
    }

    [Fact]
    public void A_January_start_makes_both_namings_one_calendar()
    {
        var byStart = new FiscalCalendar(1, FiscalYearNaming.StartYear);

        Assert.Equal(FiscalYearNaming.EndYear, byStart.Naming);
        Assert.Equal(FiscalCalendar.CalendarYear, byStart);
        Assert.True(byStart == FiscalCalendar.CalendarYear);
        Assert.Equal(FiscalCalendar.CalendarYear.GetHashCode(), byStart.GetHashCode());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-1)]
    public void The_start_month_must_be_a_month(int month)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalCalendar(month));

        Assert.Equal("startMonth", exception.ParamName);
        Assert.Contains("1 (January) to 12 (December)", exception.Message);
    }

    [Fact]
    public void The_naming_must_be_defined()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalCalendar(7, (FiscalYearNaming)2));

        Assert.Equal("naming", exception.ParamName);
    }

    [Theory]
    [InlineData(2, FiscalYearNaming.EndYear, 2026, "2025-02-01")]
    [InlineData(7, FiscalYearNaming.EndYear, 2026, "2025-07-01")]
    [InlineData(12, FiscalYearNaming.EndYear, 2026, "2025-12-01")]
    [InlineData(1, FiscalYearNaming.EndYear, 2026, "2026-01-01")]
    [InlineData(4, FiscalYearNaming.StartYear, 2025, "2025-04-01")]
    public void StartOfFiscalYear_follows_the_naming(int month, FiscalYearNaming naming, int fiscalYear, string start) =>
        Assert.Equal(start, new FiscalCalendar(month, naming).StartOfFiscalYear(fiscalYear).ToString("yyyy-MM-dd", null));

    [Theory]
    [InlineData(2, FiscalYearNaming.EndYear, "2025-01-31", 2025)]
    [InlineData(2, FiscalYearNaming.EndYear, "2025-02-01", 2026)]
    [InlineData(2, FiscalYearNaming.EndYear, "2026-01-31", 2026)]
    [InlineData(7, FiscalYearNaming.EndYear, "2025-06-30", 2025)]
    [InlineData(7, FiscalYearNaming.EndYear, "2025-08-15", 2026)]
    [InlineData(1, FiscalYearNaming.EndYear, "2025-12-31", 2025)]
    [InlineData(1, FiscalYearNaming.EndYear, "2025-01-01", 2025)]
    [InlineData(4, FiscalYearNaming.StartYear, "2025-03-31", 2024)]
    [InlineData(4, FiscalYearNaming.StartYear, "2025-04-01", 2025)]
    [InlineData(4, FiscalYearNaming.StartYear, "2026-03-31", 2025)]
    public void FiscalYearOf_names_the_fiscal_year_containing_a_date(int month, FiscalYearNaming naming, string date, int expected)
    {
        var calendar = new FiscalCalendar(month, naming);
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

        Assert.Equal(expected, calendar.FiscalYearOf(day));
        Assert.True(ReportingPeriod.FiscalYear(expected, calendar).Contains(day));
    }

    [Fact]
    public void FiscalYearOf_reads_a_date_of_another_calendar_system_in_the_ISO_calendar()
    {
        var julian = new LocalDate(2025, 7, 1).WithCalendar(CalendarSystem.Julian);

        Assert.Equal(2026, new FiscalCalendar(7).FiscalYearOf(julian));
    }

    [Fact]
    public void Every_date_is_in_exactly_one_fiscal_year_and_quarter()
    {
        foreach (var calendar in ReportingPeriodFormattingTests.AllCalendars())
        {
            for (var day = new LocalDate(2023, 1, 1); day <= new LocalDate(2026, 12, 31); day = day.PlusDays(1))
            {
                var fiscalYear = calendar.FiscalYearOf(day);
                var quarters = Enumerable.Range(1, 4).Where(q => ReportingPeriod.FiscalQuarter(fiscalYear, q, calendar).Contains(day)).ToList();

                Assert.Single(quarters);
                Assert.False(ReportingPeriod.FiscalYear(fiscalYear - 1, calendar).Contains(day));
                Assert.False(ReportingPeriod.FiscalYear(fiscalYear + 1, calendar).Contains(day));
            }
        }
    }

    [Theory]
    [InlineData(7, FiscalYearNaming.EndYear, "Jul")]
    [InlineData(2, FiscalYearNaming.EndYear, "Feb")]
    [InlineData(4, FiscalYearNaming.StartYear, "Apr/start-year")]
    [InlineData(12, FiscalYearNaming.StartYear, "Dec/start-year")]
    public void ToString_is_the_form_written_after_the_at_sign(int month, FiscalYearNaming naming, string expected)
    {
        var calendar = new FiscalCalendar(month, naming);

        Assert.Equal(expected, calendar.ToString());
        Assert.Equal(calendar, ReportingPeriod.Parse($"FY2026@{calendar}").FiscalCalendar);
    }

    [Fact]
    public void Equality_compares_month_and_naming()
    {
        Assert.Equal(new FiscalCalendar(7), new FiscalCalendar(7, FiscalYearNaming.EndYear));
        Assert.True(new FiscalCalendar(7) != new FiscalCalendar(8));
        Assert.False(new FiscalCalendar(7).Equals((object)7));
        Assert.True(new FiscalCalendar(7).Equals((object)new FiscalCalendar(7)));
        Assert.Equal(23, ReportingPeriodFormattingTests.AllCalendars().Select(c => c.GetHashCode()).Distinct().Count());
    }
}
