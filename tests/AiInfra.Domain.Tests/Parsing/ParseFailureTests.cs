using System.Globalization;
using System.Text;
using System.Text.Json;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Economics.Serialization;
using AiInfra.Domain.Parsing;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Serialization;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Parsing;

/// <summary>
/// The one failure shape of the three text parsers: each failure names its error and locates the part of the text it
/// concerns (start and length in UTF-16 units of the text as given, surrounding white space included), which is the
/// part the message quotes. One table per parser, a row per class of failure.
/// </summary>
public class ParseFailureTests
{
    [Theory]
    [InlineData("", QuantityParseError.Empty, 0, 0)]
    [InlineData("   ", QuantityParseError.Empty, 0, 3)]
    [InlineData("700", QuantityParseError.MissingUnit, 3, 0)]
    [InlineData("  700  ", QuantityParseError.MissingUnit, 5, 0)]
    [InlineData("W", QuantityParseError.MissingNumber, 0, 1)]
    [InlineData(" kW", QuantityParseError.MissingNumber, 1, 2)]
    [InlineData("abc W", QuantityParseError.MalformedNumber, 0, 3)]
    [InlineData(" 1,5 W", QuantityParseError.MalformedNumber, 1, 3)]
    [InlineData("NaN W", QuantityParseError.NotFinite, 0, 3)]
    [InlineData("1e400 W", QuantityParseError.NotFinite, 0, 5)]
    [InlineData(" 700 XW ", QuantityParseError.UnknownUnit, 5, 2)]
    [InlineData("700 V", QuantityParseError.UnknownUnit, 4, 1)]
    [InlineData("5 mw", QuantityParseError.UnknownUnit, 2, 2)]
    [InlineData("700XW", QuantityParseError.UnknownUnit, 3, 2)]
    public void A_quantity_failure_locates_the_part_it_concerns(string text, QuantityParseError error, int start, int length)
    {
        Assert.False(QuantityParser.TryParse<Power, PowerUnit>(text, CultureInfo.InvariantCulture, out _, out var failure));
        Assert.Equal((error, start, length), (failure.Error, failure.Start, failure.Length));
        if (error is QuantityParseError.MalformedNumber or QuantityParseError.NotFinite or QuantityParseError.UnknownUnit)
        {
            Assert.Contains(QuotedInputOf(failure.PartOf(text)), QuantityParser.CreateException(text, null, failure, Power.Info).Message);
        }
    }

    [Fact]
    public void A_number_beyond_its_units_range_names_that_unit_in_the_detail_and_the_message()
    {
        Assert.False(QuantityParser.TryParse<Power, PowerUnit>("1.7976931348623157E+308 GW", null, out _, out var failure));
        Assert.Equal((QuantityParseError.NotFinite, 0, 23), (failure.Error, failure.Start, failure.Length));
        Assert.Equal((int)PowerUnit.Gigawatt + 1, failure.Detail);
        Assert.Contains("in GW the value must be from", QuantityParser.CreateException("1.7976931348623157E+308 GW", null, failure, Power.Info).Message);
    }

    [Theory]
    [InlineData("", MoneyParseError.Empty, 0, 0, 0)]
    [InlineData("USD", MoneyParseError.MissingNumber, 0, 3, 0)]
    [InlineData("80 bn", MoneyParseError.MissingCurrency, 0, 2, 0)]
    [InlineData(" 80 m USD", MoneyParseError.UnknownScale, 4, 1, 0)]
    [InlineData("80 XYZ", MoneyParseError.UnknownCurrency, 3, 3, 0)]
    [InlineData("USD 80 EUR", MoneyParseError.UnexpectedText, 7, 3, 1)]
    [InlineData("80 k M USD", MoneyParseError.UnexpectedText, 5, 1, 2)]
    [InlineData("80 USD bn", MoneyParseError.UnexpectedText, 7, 2, 3)]
    [InlineData("1 234 USD", MoneyParseError.UnexpectedText, 2, 3, 4)]
    [InlineData("1e40 USD", MoneyParseError.Overflow, 0, 4, 0)]
    [InlineData("1e-40 USD", MoneyParseError.TooManyDigits, 0, 5, 0)]
    [InlineData("$80", MoneyParseError.MalformedNumber, 0, 1, 0)]
    // detail: the MoneyParseDetail (internal), 1 a second currency, 2 a second scale word, 3 a scale word after the currency, 4 a thousands separator.
    public void A_money_failure_locates_the_part_it_concerns(string text, MoneyParseError error, int start, int length, int detail)
    {
        Assert.False(MoneyParser.TryParse(text, CultureInfo.InvariantCulture, out _, out var failure));
        Assert.Equal((error, start, length, detail), (failure.Error, failure.Start, failure.Length, failure.Detail));
    }

    [Theory]
    [InlineData("", ReportingPeriodParseError.Empty, 0, 0)]
    [InlineData("3Q25!", ReportingPeriodParseError.UnexpectedText, 4, 1)]
    [InlineData(" 2026E ", ReportingPeriodParseError.UnexpectedText, 5, 1)]
    [InlineData("5Q25", ReportingPeriodParseError.QuarterOutOfRange, 0, 1)]
    [InlineData("3H25", ReportingPeriodParseError.HalfOutOfRange, 0, 1)]
    [InlineData("Q3", ReportingPeriodParseError.MissingYear, 0, 2)]
    [InlineData("0999", ReportingPeriodParseError.YearOutOfRange, 0, 4)]
    [InlineData("Q3'2025", ReportingPeriodParseError.MalformedYear, 2, 5)]
    [InlineData("2025-", ReportingPeriodParseError.UnrecognizedForm, 4, 1)]
    [InlineData("2025年度 Q3", ReportingPeriodParseError.UnrecognizedForm, 7, 2)]
    [InlineData("2Q-3Q25", ReportingPeriodParseError.InvalidQuarterRange, 0, 5)]
    [InlineData("7M25", ReportingPeriodParseError.InvalidMonthCount, 0, 2)]
    [InlineData("FY2Q25", ReportingPeriodParseError.FiscalCalendarRequired, 0, 6)]
    [InlineData("FY1H26@Jul", ReportingPeriodParseError.UnsupportedFiscalPeriod, 0, 10)]
    [InlineData("2025-Q3@Jul", ReportingPeriodParseError.UnexpectedFiscalCalendar, 7, 4)]
    [InlineData("FY2026-Q4@Febr", ReportingPeriodParseError.InvalidFiscalCalendar, 9, 5)]
    public void A_reporting_period_failure_locates_the_part_it_concerns(string text, ReportingPeriodParseError error, int start, int length)
    {
        Assert.False(ReportingPeriodParser.TryParse(text, null, out _, out var failure));
        Assert.Equal((error, start, length), (failure.Error, failure.Start, failure.Length));
    }

    [Fact]
    public void A_fiscal_calendar_written_that_differs_from_the_one_given_is_located_at_the_at_sign()
    {
        Assert.False(ReportingPeriodParser.TryParse("FY2026-Q4@Feb", new FiscalCalendar(7), out _, out var failure));
        Assert.Equal((ReportingPeriodParseError.FiscalCalendarMismatch, 9, 4), (failure.Error, failure.Start, failure.Length));
        Assert.True(ReportingPeriodParser.TryParse("FY2026-Q4@Jan/start-year", new FiscalCalendar(1), out var january, out _));
        Assert.Equal(new FiscalCalendar(1), january.FiscalCalendar);
    }

    /// <summary>
    /// The four converters read texts through one length-limited reader that counts characters, not escapes: a text of
    /// the most characters allowed reads however it is escaped, one character more is refused.
    /// </summary>
    [Theory]
    [InlineData(128, "1 USD")]
    [InlineData(64, "2025-Q3")]
    [InlineData(128, "700 W")]
    public void The_converters_read_a_text_of_the_most_characters_allowed_even_when_every_character_is_escaped(int most, string value)
    {
        var padded = value.PadLeft(most);
        var escaped = new StringBuilder("\"");
        foreach (var c in padded)
        {
            escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }

        var json = escaped.Append('"').ToString();
        var tooLong = "\"" + new string(' ', most - value.Length + 1) + value + "\"";
        var options = new JsonSerializerOptions { Converters = { new MoneyJsonConverter(), new ReportingPeriodJsonConverter(), new QuantityJsonConverter<Power, PowerUnit>() } };
        switch (value)
        {
            case "1 USD":
                Assert.Equal(Money.Parse("1 USD", null), JsonSerializer.Deserialize<Money>(json, options));
                Assert.Contains($"at most {most} characters; this string has {most + 1}", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(tooLong, options)).Message);
                break;
            case "2025-Q3":
                Assert.Equal(ReportingPeriod.CalendarQuarter(2025, 3), JsonSerializer.Deserialize<ReportingPeriod>(json, options));
                Assert.Contains($"at most {most} characters; this string has {most + 1}", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportingPeriod>(tooLong, options)).Message);
                break;
            default:
                Assert.Equal(Power.FromWatts(700), JsonSerializer.Deserialize<Power>(json, options));
                Assert.Contains($"at most {most} characters; this string has {most + 1}", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Power>(tooLong, options)).Message);
                break;
        }
    }

    [Theory]
    [InlineData("[]", "an array", "array")]
    [InlineData("{}", "an object", "object")]
    [InlineData("\"x\"", "a string", "string")]
    [InlineData("1", "a number", "number")]
    [InlineData("true", "a boolean", "boolean")]
    [InlineData("null", "null", "null")]
    public void One_token_describer_names_every_token_with_and_without_an_article(string json, string withArticle, string bare)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        Assert.Equal((withArticle, bare), (JsonTokenNames.WithArticle(reader.TokenType), JsonTokenNames.Of(reader.TokenType)));
    }

    private static string QuotedInputOf(ReadOnlySpan<char> part) => QuotedInput.Quote(part);
}
