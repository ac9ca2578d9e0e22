using AiInfra.Domain.Economics;

namespace AiInfra.Domain.Tests.Economics;

public class ReportingPeriodParsingTests
{
    private static readonly FiscalCalendar s_february = new(2);
    private static readonly FiscalCalendar s_july = new(7);

    [Theory]
    [InlineData("3Q25", "2025-Q3")]
    [InlineData("3Q2025", "2025-Q3")]
    [InlineData("3Q'25", "2025-Q3")]
    [InlineData("3Q\u201925", "2025-Q3")]
    [InlineData("25Q3", "2025-Q3")]
    [InlineData("2025Q3", "2025-Q3")]
    [InlineData("2025 Q3", "2025-Q3")]
    [InlineData("2025-Q3", "2025-Q3")]
    [InlineData("2025-3Q", "2025-Q3")]
    [InlineData("Q3 2025", "2025-Q3")]
    [InlineData("Q3 25", "2025-Q3")]
    [InlineData("Q3'25", "2025-Q3")]
    [InlineData("q3 2025", "2025-Q3")]
    [InlineData("  3 Q 25\t", "2025-Q3")]
    [InlineData("2025 年 Q3", "2025-Q3")]
    [InlineData("2025年Q3", "2025-Q3")]
    [InlineData("25 年 Q3", "2025-Q3")]
    [InlineData("2025年第三季度", "2025-Q3")]
    [InlineData("2025 年 第 三 季度", "2025-Q3")]
    [InlineData("2025年第3季度", "2025-Q3")]
    [InlineData("2025年三季度", "2025-Q3")]
    [InlineData("2025年3季度", "2025-Q3")]
    [InlineData("2025年第三季", "2025-Q3")]
    [InlineData("\uFF12\uFF10\uFF12\uFF15年\uFF31\uFF13", "2025-Q3")]
    [InlineData("1Q26", "2026-Q1")]
    [InlineData("4Q24", "2024-Q4")]
    [InlineData("Q4 2026", "2026-Q4")]
    [InlineData("2024Q1", "2024-Q1")]
    [InlineData("1Q00", "2000-Q1")]
    [InlineData("4Q99", "2099-Q4")]
    [InlineData("3Q1999", "1999-Q3")]
    [InlineData("1000-Q1", "1000-Q1")]
    [InlineData("9998-Q4", "9998-Q4")]
    public void Quarters_parse_in_every_form(string text, string canonical) => AssertParses(text, canonical, ReportingPeriodKind.CalendarQuarter);

    [Theory]
    [InlineData("2H26", "2026-H2")]
    [InlineData("2h26", "2026-H2")]
    [InlineData("1H2026", "2026-H1")]
    [InlineData("2H24", "2024-H2")]
    [InlineData("2026 H2", "2026-H2")]
    [InlineData("2026H2", "2026-H2")]
    [InlineData("2026-H2", "2026-H2")]
    [InlineData("26H1", "2026-H1")]
    [InlineData("H1 2025", "2025-H1")]
    [InlineData("H2 2024", "2024-H2")]
    [InlineData("2026年下半年", "2026-H2")]
    [InlineData("2026 年 下半年", "2026-H2")]
    [InlineData("2026年上半年", "2026-H1")]
    [InlineData("2026年H2", "2026-H2")]
    public void Halves_parse_in_every_form(string text, string canonical) => AssertParses(text, canonical, ReportingPeriodKind.CalendarHalf);

    [Theory]
    [InlineData("2025", "2025")]
    [InlineData(" 2025 ", "2025")]
    [InlineData("2025年", "2025")]
    [InlineData("2025 年", "2025")]
    [InlineData("25 年", "2025")]
    [InlineData("25年", "2025")]
    [InlineData("2025年度", "2025")]
    [InlineData("2025年全年", "2025")]
    [InlineData("'25", "2025")]
    [InlineData("1999", "1999")]
    [InlineData("1000", "1000")]
    [InlineData("9998", "9998")]
    public void Years_parse_in_every_form(string text, string canonical) => AssertParses(text, canonical, ReportingPeriodKind.CalendarYear);

    [Theory]
    [InlineData("1Q-3Q25", "2025-YTD-Q3")]
    [InlineData("1Q–3Q25", "2025-YTD-Q3")]
    [InlineData("1Q - 3Q 2025", "2025-YTD-Q3")]
    [InlineData("1-3Q 2025", "2025-YTD-Q3")]
    [InlineData("1–3Q 2025", "2025-YTD-Q3")]
    [InlineData("Q1-Q3 2025", "2025-YTD-Q3")]
    [InlineData("Q1–Q3 2025", "2025-YTD-Q3")]
    [InlineData("Q1~Q3 2025", "2025-YTD-Q3")]
    [InlineData("2025 年 Q1-Q3", "2025-YTD-Q3")]
    [InlineData("2025年Q1-Q3", "2025-YTD-Q3")]
    [InlineData("2025 Q1–Q3", "2025-YTD-Q3")]
    [InlineData("2025Q1-Q3", "2025-YTD-Q3")]
    [InlineData("2025年前三季度", "2025-YTD-Q3")]
    [InlineData("2025 年 前三季度", "2025-YTD-Q3")]
    [InlineData("2025年1-3季度", "2025-YTD-Q3")]
    [InlineData("2025年一～三季度", "2025-YTD-Q3")]
    [InlineData("9M25", "2025-YTD-Q3")]
    [InlineData("9m25", "2025-YTD-Q3")]
    [InlineData("9M 2025", "2025-YTD-Q3")]
    [InlineData("2025 9M", "2025-YTD-Q3")]
    [InlineData("2025-YTD-Q3", "2025-YTD-Q3")]
    [InlineData("2025-ytd-q3", "2025-YTD-Q3")]
    [InlineData("YTD 3Q25", "2025-YTD-Q3")]
    [InlineData("3Q25 YTD", "2025-YTD-Q3")]
    [InlineData("YTD Q3 2025", "2025-YTD-Q3")]
    [InlineData("3M25", "2025-YTD-Q1")]
    [InlineData("6M25", "2025-YTD-Q2")]
    [InlineData("12M25", "2025-YTD-Q4")]
    [InlineData("1Q-1Q25", "2025-YTD-Q1")]
    [InlineData("1Q-2Q25", "2025-YTD-Q2")]
    [InlineData("1Q-4Q24", "2024-YTD-Q4")]
    [InlineData("2025年前两季度", "2025-YTD-Q2")]
    [InlineData("2025-YTD-Q1", "2025-YTD-Q1")]
    public void Years_to_date_parse_in_every_form(string text, string canonical) => AssertParses(text, canonical, ReportingPeriodKind.YearToDate);

    [Theory]
    [InlineData("FY2026 Q4", "FY2026-Q4@Feb")]
    [InlineData("FY2026Q4", "FY2026-Q4@Feb")]
    [InlineData("FY2026-Q4", "FY2026-Q4@Feb")]
    [InlineData("FY4Q26", "FY2026-Q4@Feb")]
    [InlineData("fy4q26", "FY2026-Q4@Feb")]
    [InlineData("FY 4Q 2026", "FY2026-Q4@Feb")]
    [InlineData("FY26 Q4", "FY2026-Q4@Feb")]
    [InlineData("Q4 FY26", "FY2026-Q4@Feb")]
    [InlineData("Q4 FY2026", "FY2026-Q4@Feb")]
    [InlineData("4Q FY26", "FY2026-Q4@Feb")]
    [InlineData("4QFY26", "FY2026-Q4@Feb")]
    [InlineData("2026财年第四季度", "FY2026-Q4@Feb")]
    [InlineData("2026財年Q4", "FY2026-Q4@Feb")]
    [InlineData("FY2Q25", "FY2025-Q2@Feb")]
    [InlineData("FY2026-Q4@Feb", "FY2026-Q4@Feb")]
    [InlineData("FY2026", "FY2026@Feb")]
    [InlineData("FY26", "FY2026@Feb")]
    [InlineData("fy2026", "FY2026@Feb")]
    [InlineData("2026财年", "FY2026@Feb")]
    public void Fiscal_forms_parse_with_the_calendar_given(string text, string canonical)
    {
        var period = ReportingPeriod.Parse(text, s_february);

        Assert.Equal(canonical, period.ToString());
        Assert.True(period.IsFiscal);
        Assert.Equal(s_february, period.FiscalCalendar);
        Assert.True(ReportingPeriod.TryParse(text, s_february, out var tried));
        Assert.Equal(period, tried);
        Assert.Equal(period, ReportingPeriod.Parse(text.AsSpan(), s_february));
    }

    [Fact]
    public void Lumentums_FY2Q25_is_the_last_quarter_of_calendar_2024()
    {
        var period = ReportingPeriod.Parse("FY2Q25", s_july);

        Assert.Equal(ReportingPeriod.FiscalQuarter(2025, 2, s_july), period);
        Assert.Equal(new NodaTime.LocalDate(2024, 10, 1), period.Start);
        Assert.Equal(new NodaTime.LocalDate(2024, 12, 31), period.End);
    }

    [Theory]
    [InlineData("FY2026-Q4@Feb", "FY2026-Q4@Feb")]
    [InlineData("FY2026-Q4@feb", "FY2026-Q4@Feb")]
    [InlineData("FY2026 Q4 @ February", "FY2026-Q4@Feb")]
    [InlineData("FY4Q26@Feb", "FY2026-Q4@Feb")]
    [InlineData("FY2026-Q4@Feb/end-year", "FY2026-Q4@Feb")]
    [InlineData("FY2026@Jul", "FY2026@Jul")]
    [InlineData("FY2026@SEPT", "FY2026@Sep")]
    [InlineData("FY2025-Q1@Apr/start-year", "FY2025-Q1@Apr/start-year")]
    [InlineData("FY2025-Q1@april/Start-Year", "FY2025-Q1@Apr/start-year")]
    [InlineData("FY2025@Apr/start-year", "FY2025@Apr/start-year")]
    [InlineData("FY2025@Jan", "FY2025@Jan")]
    [InlineData("FY2025@Jan/start-year", "FY2025@Jan")]
    [InlineData("2026财年Q4@Feb", "FY2026-Q4@Feb")]
    public void Fiscal_forms_that_write_their_calendar_need_none_given(string text, string canonical)
    {
        Assert.Equal(canonical, ReportingPeriod.Parse(text).ToString());
        Assert.True(ReportingPeriod.TryParse(text, out var tried));
        Assert.Equal(canonical, tried.ToString());
    }

    [Fact]
    public void A_fiscal_calendar_written_in_the_text_may_repeat_the_one_given()
    {
        Assert.Equal(ReportingPeriod.FiscalQuarter(2026, 4, s_february), ReportingPeriod.Parse("FY2026-Q4@Feb", s_february));
    }

    [Theory]
    [InlineData("3Q25", "2025-Q3")]
    [InlineData("2H26", "2026-H2")]
    [InlineData("2025", "2025")]
    [InlineData("9M25", "2025-YTD-Q3")]
    public void A_calendar_form_stays_a_calendar_period_when_a_fiscal_calendar_is_given(string text, string canonical)
    {
        var period = ReportingPeriod.Parse(text, s_july);

        Assert.Equal(canonical, period.ToString());
        Assert.False(period.IsFiscal);
        Assert.Null(period.FiscalCalendar);
    }

    [Theory]
    [InlineData("", ReportingPeriodParseError.Empty)]
    [InlineData("   ", ReportingPeriodParseError.Empty)]
    [InlineData("\u3000", ReportingPeriodParseError.Empty)]
    [InlineData("5Q25", ReportingPeriodParseError.QuarterOutOfRange)]
    [InlineData("0Q25", ReportingPeriodParseError.QuarterOutOfRange)]
    [InlineData("Q0 2025", ReportingPeriodParseError.QuarterOutOfRange)]
    [InlineData("Q5 2025", ReportingPeriodParseError.QuarterOutOfRange)]
    [InlineData("2025Q33", ReportingPeriodParseError.QuarterOutOfRange)]
    [InlineData("2025年第五季度", ReportingPeriodParseError.QuarterOutOfRange)]
    [InlineData("2025年前五季度", ReportingPeriodParseError.QuarterOutOfRange)]
    [InlineData("1Q-5Q25", ReportingPeriodParseError.QuarterOutOfRange)]
    [InlineData("3H25", ReportingPeriodParseError.HalfOutOfRange)]
    [InlineData("0H25", ReportingPeriodParseError.HalfOutOfRange)]
    [InlineData("H3 2025", ReportingPeriodParseError.HalfOutOfRange)]
    [InlineData("3Q-1Q25", ReportingPeriodParseError.InvalidQuarterRange)]
    [InlineData("2Q-3Q25", ReportingPeriodParseError.InvalidQuarterRange)]
    [InlineData("Q2-Q4 2025", ReportingPeriodParseError.InvalidQuarterRange)]
    [InlineData("7M25", ReportingPeriodParseError.InvalidMonthCount)]
    [InlineData("15M25", ReportingPeriodParseError.InvalidMonthCount)]
    [InlineData("20255", ReportingPeriodParseError.MalformedYear)]
    [InlineData("225Q3", ReportingPeriodParseError.MalformedYear)]
    [InlineData("3Q225", ReportingPeriodParseError.MalformedYear)]
    [InlineData("1Q1", ReportingPeriodParseError.MalformedYear)]
    [InlineData("25", ReportingPeriodParseError.MalformedYear)]
    [InlineData("5", ReportingPeriodParseError.MalformedYear)]
    [InlineData("Q3'2025", ReportingPeriodParseError.MalformedYear)]
    [InlineData("0999", ReportingPeriodParseError.YearOutOfRange)]
    [InlineData("9999", ReportingPeriodParseError.YearOutOfRange)]
    [InlineData("3Q0999", ReportingPeriodParseError.YearOutOfRange)]
    [InlineData("Q3", ReportingPeriodParseError.MissingYear)]
    [InlineData("H2", ReportingPeriodParseError.MissingYear)]
    [InlineData("Q1-Q3", ReportingPeriodParseError.MissingYear)]
    [InlineData("YTD-Q3", ReportingPeriodParseError.MissingYear)]
    [InlineData("3Q", ReportingPeriodParseError.MissingYear)]
    [InlineData("前三季度", ReportingPeriodParseError.MissingYear)]
    [InlineData("下半年", ReportingPeriodParseError.MissingYear)]
    [InlineData("FY", ReportingPeriodParseError.MissingYear)]
    [InlineData("FY2Q25", ReportingPeriodParseError.FiscalCalendarRequired)]
    [InlineData("FY2026 Q4", ReportingPeriodParseError.FiscalCalendarRequired)]
    [InlineData("FY2025", ReportingPeriodParseError.FiscalCalendarRequired)]
    [InlineData("2026财年", ReportingPeriodParseError.FiscalCalendarRequired)]
    [InlineData("2025-Q3@Jul", ReportingPeriodParseError.UnexpectedFiscalCalendar)]
    [InlineData("2025@Jul", ReportingPeriodParseError.UnexpectedFiscalCalendar)]
    [InlineData("FY2026-Q4@", ReportingPeriodParseError.InvalidFiscalCalendar)]
    [InlineData("FY2026-Q4@Foo", ReportingPeriodParseError.InvalidFiscalCalendar)]
    [InlineData("FY2026-Q4@7", ReportingPeriodParseError.InvalidFiscalCalendar)]
    [InlineData("FY2026-Q4@Feb/sometimes", ReportingPeriodParseError.InvalidFiscalCalendar)]
    [InlineData("FY2026-Q4@Feb/start", ReportingPeriodParseError.InvalidFiscalCalendar)]
    [InlineData("FY2026-Q4@Feb@Jul", ReportingPeriodParseError.InvalidFiscalCalendar)]
    [InlineData("FY1H26@Feb", ReportingPeriodParseError.UnsupportedFiscalPeriod)]
    [InlineData("FY1Q-3Q26@Feb", ReportingPeriodParseError.UnsupportedFiscalPeriod)]
    [InlineData("hello", ReportingPeriodParseError.UnexpectedText)]
    [InlineData("3Q25!", ReportingPeriodParseError.UnexpectedText)]
    [InlineData("2026E", ReportingPeriodParseError.UnexpectedText)]
    [InlineData("3Q25E", ReportingPeriodParseError.UnexpectedText)]
    [InlineData("CY2025", ReportingPeriodParseError.UnexpectedText)]
    [InlineData("2025.3", ReportingPeriodParseError.UnexpectedText)]
    [InlineData("2025年第十季度", ReportingPeriodParseError.UnexpectedText)]
    [InlineData("\uD83D\uDE00", ReportingPeriodParseError.UnexpectedText)]
    [InlineData("2025-", ReportingPeriodParseError.UnrecognizedForm)]
    [InlineData("2025 3", ReportingPeriodParseError.UnrecognizedForm)]
    [InlineData("2025 YTD", ReportingPeriodParseError.UnrecognizedForm)]
    [InlineData("Q3 H2 2025", ReportingPeriodParseError.UnrecognizedForm)]
    [InlineData("Q3Q 2025", ReportingPeriodParseError.UnrecognizedForm)]
    [InlineData("2021Q1-2025Q3", ReportingPeriodParseError.UnrecognizedForm)]
    [InlineData("2025年度Q3", ReportingPeriodParseError.UnrecognizedForm)]
    [InlineData("2025 2026", ReportingPeriodParseError.UnrecognizedForm)]
    [InlineData("FY2026 FY2026", ReportingPeriodParseError.UnrecognizedForm)]
    [InlineData("Q4 FY26 2026", ReportingPeriodParseError.UnrecognizedForm)]
    [InlineData("YTD 2H25", ReportingPeriodParseError.UnrecognizedForm)]
    [InlineData("YTD2025年上半年", ReportingPeriodParseError.UnrecognizedForm)]
    [InlineData("1 Q 2 Q 3 Q 4 Q 5 Q 6 Q 7 Q 8 Q 9", ReportingPeriodParseError.UnrecognizedForm)]
    public void Bad_text_is_an_error_of_its_kind(string text, ReportingPeriodParseError error)
    {
        var exception = Assert.Throws<ReportingPeriodFormatException>(() => ReportingPeriod.Parse(text));

        Assert.Equal(error, exception.Error);
        Assert.StartsWith($"\"{text}\" is not a reporting period: ", exception.Message);
        Assert.Contains("Accepted forms: quarters 3Q25", exception.Message);
        Assert.IsAssignableFrom<FormatException>(exception);
        Assert.False(ReportingPeriod.TryParse(text, out var result));
        Assert.Equal(ReportingPeriod.None, result);
        Assert.False(ReportingPeriod.TryParse(text.AsSpan(), out _));
    }

    [Theory]
    [InlineData("5Q25", "\"5\" is not a quarter; a quarter is 1 to 4")]
    [InlineData("Q0 2025", "\"0\" is not a quarter")]
    [InlineData("3H25", "\"3\" is not a half; a half is 1 or 2")]
    [InlineData("3Q-1Q25", "\"3Q-1Q\" is not a year to date")]
    [InlineData("20255", "\"20255\" is not a year")]
    [InlineData("0999", "\"0999\" is not a year from 1000 to 9998")]
    [InlineData("FY2Q25", "fiscal years differ between companies and are never guessed")]
    [InlineData("hello", "\"hello\" is part of no accepted form")]
    [InlineData("2025 年 Q3 !", "\"!\" is part of no accepted form")]
    [InlineData("2025-Q3@Jul", "\"@Jul\" is a fiscal calendar, and only a fiscal period (FY...) has one")]
    [InlineData("FY2026@Foo", "\"@Foo\" is not a fiscal calendar")]
    [InlineData("Q3", "it has no year")]
    [InlineData("", "it is empty")]
    public void The_message_says_what_is_wrong(string text, string expected)
    {
        var exception = Assert.Throws<ReportingPeriodFormatException>(() => ReportingPeriod.Parse(text));

        Assert.Contains(expected, exception.Message);
    }

    [Fact]
    public void A_fiscal_calendar_in_the_text_that_differs_from_the_one_given_is_an_error()
    {
        var exception = Assert.Throws<ReportingPeriodFormatException>(() => ReportingPeriod.Parse("FY2026-Q4@Feb", s_july));

        Assert.Equal(ReportingPeriodParseError.FiscalCalendarMismatch, exception.Error);
        Assert.Contains("\"@Feb\" differs from the one given, @Jul", exception.Message);
        Assert.False(ReportingPeriod.TryParse("FY2026-Q4@Feb", s_july, out _));
    }

    [Fact]
    public void A_fiscal_half_is_unsupported_even_with_a_calendar()
    {
        var exception = Assert.Throws<ReportingPeriodFormatException>(() => ReportingPeriod.Parse("FY1H26", s_july));

        Assert.Equal(ReportingPeriodParseError.UnsupportedFiscalPeriod, exception.Error);
    }

    [Fact]
    public void An_overlong_text_is_an_error_and_its_quote_is_cut()
    {
        var text = "3Q25" + new string(' ', 30) + new string('x', 100);

        var exception = Assert.Throws<ReportingPeriodFormatException>(() => ReportingPeriod.Parse(text));

        Assert.Equal(ReportingPeriodParseError.UnrecognizedForm, exception.Error);
        Assert.Contains("longer than 64 characters", exception.Message);
        Assert.Contains("…\" is not a reporting period", exception.Message);
        Assert.DoesNotContain(new string('x', 100), exception.Message);
    }

    [Fact]
    public void White_space_around_a_text_does_not_count_toward_its_length()
    {
        Assert.Equal("2025-Q3", ReportingPeriod.Parse(new string(' ', 200) + "3Q25" + new string(' ', 200)).ToString());
    }

    [Fact]
    public void Null_is_an_argument_error_for_Parse_and_false_for_TryParse()
    {
        Assert.Throws<ArgumentNullException>(() => ReportingPeriod.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => ReportingPeriod.Parse(null!, s_july));
        Assert.False(ReportingPeriod.TryParse(null, out _));
        Assert.False(ReportingPeriod.TryParse(null, s_july, out _));
    }

    [Fact]
    public void The_generic_parsing_interfaces_read_the_canonical_forms()
    {
        Assert.Equal(ReportingPeriod.CalendarQuarter(2025, 3), ParseVia<ReportingPeriod>("3Q25"));
        Assert.Equal(ReportingPeriod.FiscalYear(2026, s_july), SpanParseVia<ReportingPeriod>("FY2026@Jul"));
        Assert.True(TryParseVia<ReportingPeriod>("2H26", out var half));
        Assert.Equal(ReportingPeriod.CalendarHalf(2026, 2), half);
        Assert.False(TryParseVia<ReportingPeriod>("FY2Q25", out _));
        Assert.Throws<ReportingPeriodFormatException>(() => ParseVia<ReportingPeriod>("FY2Q25"));
    }

    [Fact]
    public void Random_text_never_makes_TryParse_throw_and_what_it_reads_round_trips()
    {
        // Fragments of every form, plus characters that are in none, so that most texts are errors of every kind.
        string[] pieces =
        [
            "Q", "H", "M", "FY", "YTD", "q", "fy", "1", "2", "3", "4", "5", "0", "9", "12", "25", "2025", "1999", "20255",
            "-", "–", "~", "@", "/", "'", " ", "  ", "年", "年度", "全年", "财年", "第", "前", "季度", "季", "上半年", "下半年",
            "三", "五", "Jul", "Feb", "start-year", "end", "x", "!", ".", "\uD800", "\u3000", "Ｑ", "２",
        ];
        var random = new Random(20250928);
        var successes = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            foreach (var calendar in new FiscalCalendar?[] { null, s_july })
            {
                if (ReportingPeriod.TryParse(text, calendar, out var period))
                {
                    successes++;
                    Assert.Equal(period, ReportingPeriod.Parse(text, calendar));
                    Assert.Equal(period, ReportingPeriod.Parse(period.ToString()));
                }
                else
                {
                    Assert.Throws<ReportingPeriodFormatException>(() => ReportingPeriod.Parse(text, calendar));
                }
            }
        }

        Assert.InRange(successes, 100, 30_000);
    }

    [Fact]
    public void Every_error_kind_has_a_test_above()
    {
        var tested = typeof(ReportingPeriodParsingTests).GetMethod(nameof(Bad_text_is_an_error_of_its_kind))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Cast<InlineDataAttribute>()
            .Select(data => (ReportingPeriodParseError)data.GetData(null!).Single()[1])
            .ToHashSet();
        tested.Add(ReportingPeriodParseError.FiscalCalendarMismatch);

        Assert.Equal(Enum.GetValues<ReportingPeriodParseError>().ToHashSet(), tested);
    }

    private static void AssertParses(string text, string canonical, ReportingPeriodKind kind)
    {
        var period = ReportingPeriod.Parse(text);

        Assert.Equal(canonical, period.ToString());
        Assert.Equal(kind, period.Kind);
        Assert.Equal(period, ReportingPeriod.Parse(canonical));
        Assert.True(ReportingPeriod.TryParse(text, out var tried));
        Assert.Equal(period, tried);
        Assert.True(ReportingPeriod.TryParse(text.AsSpan(), out var triedSpan));
        Assert.Equal(period, triedSpan);
    }

    private static T ParseVia<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);

    private static T SpanParseVia<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);

    private static bool TryParseVia<T>(string text, out T? result)
        where T : IParsable<T> => T.TryParse(text, null, out result);

    [Fact]
    public void The_written_calendar_forms_read_as_the_full_parser_reads_them()
    {
        // The shortcut for "2022", "2025-Q3" and "2024-H2" must mean what the token-by-token parser means, for every
        // year of four ASCII digits and every digit after Q, H, q or h (those out of range included: they must still
        // fail, with the full parser's error), with and without a fiscal calendar given.
        FiscalCalendarFields?[] calendars = [null, new FiscalCalendarFields(2, FiscalYearNaming.EndYear), new FiscalCalendarFields(7, FiscalYearNaming.StartYear)];
        string[] suffixes = ["", .. "QHqhX".SelectMany(letter => Enumerable.Range(0, 10).Select(digit => $"-{letter}{digit}")), "+Q1", "-Q/"];
        var read = 0;
        foreach (var calendar in calendars)
        {
            for (var year = 0; year <= 9999; year++)
            {
                foreach (var suffix in suffixes)
                {
                    var text = year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + suffix;
                    var accepted = ReportingPeriodParser.TryReadFields(text, calendar, out var fields, out var failure);
                    var inFull = ReportingPeriodParser.TryReadFieldsInFull(text, calendar, out var fullFields, out var fullFailure);
                    if (accepted != inFull || fields != fullFields || failure != fullFailure)
                    {
                        Assert.Fail($"\"{text}\" with {calendar}: {accepted} {fields} {failure}, in full {inFull} {fullFields} {fullFailure}");
                    }

                    read += accepted ? 1 : 0;
                }
            }
        }

        // Per calendar and year in range: the year, four quarters and two halves in each case.
        Assert.Equal(3 * (ReportingPeriod.MaxYear - ReportingPeriod.MinYear + 1) * 13, read);
        Assert.Equal(new ReportingPeriodFields(ReportingPeriodKind.CalendarYear, 2022, 0, null), Read("2022"));
        Assert.Equal(new ReportingPeriodFields(ReportingPeriodKind.CalendarQuarter, 2025, 3, null), Read("2025-Q3"));
        Assert.Equal(new ReportingPeriodFields(ReportingPeriodKind.CalendarHalf, 2024, 2, null), Read("2024-H2"));

        static ReportingPeriodFields Read(string text) =>
            ReportingPeriodParser.TryReadFields(text, null, out var fields, out _) ? fields : throw new InvalidOperationException(text);
    }
}
