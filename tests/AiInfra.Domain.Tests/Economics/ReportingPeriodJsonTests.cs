using System.Text.Json;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Economics.Serialization;

namespace AiInfra.Domain.Tests.Economics;

public class ReportingPeriodJsonTests
{
    [Theory]
    [InlineData("3Q25", "\"2025-Q3\"")]
    [InlineData("2026年下半年", "\"2026-H2\"")]
    [InlineData("2025", "\"2025\"")]
    [InlineData("2025年前三季度", "\"2025-YTD-Q3\"")]
    [InlineData("FY2026 Q4@Feb", "\"FY2026-Q4@Feb\"")]
    [InlineData("FY2025@Apr/start-year", "\"FY2025@Apr/start-year\"")]
    public void A_period_is_written_in_its_canonical_form_and_read_back(string text, string json)
    {
        var period = ReportingPeriod.Parse(text);

        var written = JsonSerializer.Serialize(period);
        var read = JsonSerializer.Deserialize<ReportingPeriod>(written);

        Assert.Equal(json, written);
        Assert.Equal(period, read);
        Assert.Equal(json, JsonSerializer.Serialize(read));
    }

    [Fact]
    public void Every_period_round_trips_byte_for_byte()
    {
        foreach (var period in ReportingPeriodFormattingTests.AllKindsOfPeriods())
        {
            var utf8 = JsonSerializer.SerializeToUtf8Bytes(period);

            Assert.Equal("\"" + period + "\"", System.Text.Encoding.UTF8.GetString(utf8));
            var read = JsonSerializer.Deserialize<ReportingPeriod>(utf8);
            Assert.Equal(period, read);
            Assert.Equal(utf8, JsonSerializer.SerializeToUtf8Bytes(read));
        }
    }

    [Theory]
    [InlineData("\"3Q25\"", "2025-Q3")]
    [InlineData("\"Q1-Q3 2025\"", "2025-YTD-Q3")]
    [InlineData("\"2025 年 Q3\"", "2025-Q3")]
    [InlineData("\"2025 \\u5e74 Q3\"", "2025-Q3")]
    [InlineData("\"9M25\"", "2025-YTD-Q3")]
    [InlineData("\"FY4Q26@Feb\"", "FY2026-Q4@Feb")]
    public void A_period_is_read_in_any_form_the_parser_accepts(string json, string expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize<ReportingPeriod>(json).ToString());

    [Fact]
    public void Periods_in_an_object_nullable_periods_and_dictionary_keys_round_trip()
    {
        var capex = new CapexRow(ReportingPeriod.YearToDate(2025, 3), null, new Dictionary<ReportingPeriod, decimal>
        {
            [ReportingPeriod.CalendarQuarter(2025, 2)] = 615.0m,
            [ReportingPeriod.CalendarQuarter(2025, 3)] = 479.0m,
        });

        var json = JsonSerializer.Serialize(capex);
        var read = JsonSerializer.Deserialize<CapexRow>(json)!;

        Assert.Equal("{\"Period\":\"2025-YTD-Q3\",\"Previous\":null,\"ByQuarter\":{\"2025-Q2\":615.0,\"2025-Q3\":479.0}}", json);
        Assert.Equal(capex.Period, read.Period);
        Assert.Null(read.Previous);
        Assert.Equal(capex.ByQuarter, read.ByQuarter);
        Assert.Equal(
            ReportingPeriod.CalendarHalf(2026, 2),
            JsonSerializer.Deserialize<CapexRow>("{\"Period\":\"2025\",\"Previous\":\"2H26\",\"ByQuarter\":{\"3Q25\":1}}")!.Previous);
    }

    [Theory]
    [InlineData("2025", "not a JSON number")]
    [InlineData("{}", "not a JSON object")]
    [InlineData("[]", "not a JSON array")]
    [InlineData("null", "not a JSON null")]
    [InlineData("true", "not a JSON boolean")]
    public void A_token_other_than_a_string_is_a_JsonException(string json, string expected)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportingPeriod>(json));

        Assert.Contains(expected, exception.Message);
        Assert.Contains("\"2025-Q3\"", exception.Message);
    }

    [Theory]
    [InlineData("\"\"", "", ReportingPeriodParseError.Empty)]
    [InlineData("\"5Q25\"", "5Q25", ReportingPeriodParseError.QuarterOutOfRange)]
    [InlineData("\"3H25\"", "3H25", ReportingPeriodParseError.HalfOutOfRange)]
    [InlineData("\"3Q-1Q25\"", "3Q-1Q25", ReportingPeriodParseError.InvalidQuarterRange)]
    [InlineData("\"FY2Q25\"", "FY2Q25", ReportingPeriodParseError.FiscalCalendarRequired)]
    [InlineData("\"FY2026-Q4\"", "FY2026-Q4", ReportingPeriodParseError.FiscalCalendarRequired)]
    [InlineData("\"2025-Q3@Jul\"", "2025-Q3@Jul", ReportingPeriodParseError.UnexpectedFiscalCalendar)]
    [InlineData("\"garbage\"", "garbage", ReportingPeriodParseError.UnexpectedText)]
    public void A_bad_string_is_a_JsonException_with_the_parse_error_inside(string json, string text, ReportingPeriodParseError error)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportingPeriod>(json));

        var inner = Assert.IsType<ReportingPeriodFormatException>(exception.InnerException);
        Assert.Equal(error, inner.Error);
        Assert.Contains($"\"{text}\" is not a reporting period", exception.Message);
    }

    [Fact]
    public void A_bad_dictionary_key_is_a_JsonException()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<ReportingPeriod, int>>("{\"5Q25\":1}"));

        Assert.Equal(ReportingPeriodParseError.QuarterOutOfRange, Assert.IsType<ReportingPeriodFormatException>(exception.InnerException).Error);
    }

    [Theory]
    [InlineData(65)]
    [InlineData(400)]
    public void An_overlong_string_is_a_JsonException(int length)
    {
        var json = "\"" + new string('1', length) + "\"";

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportingPeriod>(json));

        Assert.Contains("at most 64 characters", exception.Message);
    }

    [Fact]
    public void None_cannot_be_written()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(ReportingPeriod.None));

        Assert.Contains("no period", exception.Message);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Dictionary<ReportingPeriod, int> { [default] = 1 }));
    }

    [Fact]
    public void A_converter_made_with_a_calendar_reads_fiscal_short_forms_and_writes_the_calendar()
    {
        var options = new JsonSerializerOptions { Converters = { new ReportingPeriodJsonConverter(new FiscalCalendar(7)) } };

        var read = JsonSerializer.Deserialize<ReportingPeriod>("\"FY2Q25\"", options);

        Assert.Equal(ReportingPeriod.FiscalQuarter(2025, 2, new FiscalCalendar(7)), read);
        Assert.Equal("\"FY2025-Q2@Jul\"", JsonSerializer.Serialize(read, options));
        Assert.Equal(ReportingPeriod.CalendarQuarter(2025, 2), JsonSerializer.Deserialize<ReportingPeriod>("\"2Q25\"", options));
        var mismatch = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportingPeriod>("\"FY2025-Q2@Feb\"", options));
        Assert.Equal(ReportingPeriodParseError.FiscalCalendarMismatch, Assert.IsType<ReportingPeriodFormatException>(mismatch.InnerException).Error);
    }

    private sealed record CapexRow(ReportingPeriod Period, ReportingPeriod? Previous, Dictionary<ReportingPeriod, decimal> ByQuarter);
}
