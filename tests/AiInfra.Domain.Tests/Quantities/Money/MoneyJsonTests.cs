using System.Text.Json;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Tests.Quantities;

public class MoneyJsonTests
{
    [Theory]
    [InlineData("80 bn USD", "\"80000000000 USD\"")]
    [InlineData("1.50 EUR", "\"1.50 EUR\"")]
    [InlineData("-5 USD", "\"-5 USD\"")]
    [InlineData("0.00 JPY", "\"0.00 JPY\"")]
    [InlineData("1000亿美元", "\"100000000000 USD\"")]
    [InlineData("3.5万亿元", "\"3500000000000 CNY\"")]
    [InlineData("-79228162514264337593543950335 CNY", "\"-79228162514264337593543950335 CNY\"")]
    [InlineData("0.0000000000000000000000000001 GBP", "\"0.0000000000000000000000000001 GBP\"")]
    public void Money_is_written_as_its_ToString_form_and_read_back_exactly(string text, string json)
    {
        var money = Money.Parse(text);

        var written = JsonSerializer.Serialize(money);
        var read = JsonSerializer.Deserialize<Money>(written);

        Assert.Equal(json, written);
        Assert.Equal(money, read);
        Assert.Equal(money.Amount.Scale, read.Amount.Scale);
        Assert.Equal(json, JsonSerializer.Serialize(read));
    }

    [Theory]
    [InlineData("\"80 bn USD\"", "80000000000 USD")]
    [InlineData("\"USD 80bn\"", "80000000000 USD")]
    [InlineData("\"1.5k EUR\"", "1500 EUR")]
    [InlineData("\"1000亿美元\"", "100000000000 USD")]
    [InlineData("\"1000\\u4ebf\\u7f8e\\u5143\"", "100000000000 USD")]
    [InlineData("\"3.5万亿元\"", "3500000000000 CNY")]
    [InlineData("\"120 万 CNY\"", "1200000 CNY")]
    public void Money_is_read_in_any_form_the_parser_accepts(string json, string expected)
    {
        Assert.Equal(expected, JsonSerializer.Deserialize<Money>(json).ToString());
    }

    [Fact]
    public void Money_in_an_object_and_nullable_money_round_trip()
    {
        var invoice = new Invoice(Money.Of(1.5m, Currency.Eur), null, Currency.Jpy);

        var json = JsonSerializer.Serialize(invoice);
        var read = JsonSerializer.Deserialize<Invoice>(json);

        Assert.Equal("{\"Total\":\"1.5 EUR\",\"Discount\":null,\"Settlement\":\"JPY\"}", json);
        Assert.Equal(invoice, read);
        Assert.Equal(Money.Of(2m, Currency.Usd), JsonSerializer.Deserialize<Invoice>("{\"Total\":\"2 USD\",\"Discount\":\"1 USD\",\"Settlement\":\"USD\"}")!.Total);
    }

    [Fact]
    public void Currency_keys_a_dictionary()
    {
        var budget = new Dictionary<Currency, Money>
        {
            [Currency.Usd] = Money.Parse("80 bn USD"),
            [Currency.Cny] = Money.Parse("1000亿元"),
        };

        var json = JsonSerializer.Serialize(budget);
        var read = JsonSerializer.Deserialize<Dictionary<Currency, Money>>(json)!;

        Assert.Equal("{\"USD\":\"80000000000 USD\",\"CNY\":\"100000000000 CNY\"}", json);
        Assert.Equal(budget, read);
    }

    [Theory]
    [InlineData("80", "bare number")]
    [InlineData("80.5", "bare number")]
    [InlineData("{}", "not a JSON object")]
    [InlineData("[]", "not a JSON array")]
    [InlineData("null", "not a JSON null")]
    [InlineData("true", "not a JSON boolean")]
    public void Money_from_a_token_other_than_a_string_is_a_JsonException(string json, string expected)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json));

        Assert.Contains(expected, exception.Message);
        Assert.Contains("80 bn USD", exception.Message);
    }

    [Theory]
    [InlineData("\"80 m USD\"", "80 m USD", MoneyParseError.UnknownScale)]
    [InlineData("\"80\"", "80", MoneyParseError.MissingCurrency)]
    [InlineData("\"80 XYZ\"", "80 XYZ", MoneyParseError.UnknownCurrency)]
    [InlineData("\"\"", "", MoneyParseError.Empty)]
    [InlineData("\"1e400 USD\"", "1e400 USD", MoneyParseError.Overflow)]
    [InlineData("\"NaN USD\"", "NaN USD", MoneyParseError.MalformedNumber)]
    public void Money_from_a_bad_string_is_a_JsonException_with_the_parse_error_inside(string json, string text, MoneyParseError error)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json));

        var inner = Assert.IsType<MoneyFormatException>(exception.InnerException);
        Assert.Equal(error, inner.Error);
        Assert.Contains($"\"{text}\"", exception.Message);
    }

    [Fact]
    public void Money_from_an_overlong_string_is_a_JsonException()
    {
        var json = "\"" + new string('1', 200) + " USD\"";

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json));

        Assert.Contains("at most 128 characters", exception.Message);
    }

    [Fact]
    public void Default_money_cannot_be_written()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(Money)));

        Assert.Contains("no currency", exception.Message);
    }

    [Fact]
    public void Currency_is_written_as_its_code_and_read_back()
    {
        Assert.Equal("\"KRW\"", JsonSerializer.Serialize(Currency.Krw));
        Assert.Equal(Currency.Twd, JsonSerializer.Deserialize<Currency>("\"TWD\""));
        Assert.Equal(Currency.Hkd, JsonSerializer.Deserialize<Currency>("\"\\u0048KD\""));
    }

    [Theory]
    [InlineData("\"XYZ\"", "\"XYZ\"")]
    [InlineData("\"usd\"", "write USD")]
    [InlineData("\"美元\"", "\"美元\"")]
    [InlineData("840", "not a JSON number")]
    [InlineData("null", "not a JSON null")]
    [InlineData("{}", "not a JSON object")]
    public void Currency_from_anything_but_a_code_is_a_JsonException(string json, string expected)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Currency>(json));

        Assert.Contains(expected, exception.Message);
    }

    [Fact]
    public void Currency_None_cannot_be_written()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(Currency.None));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Dictionary<Currency, int> { [Currency.None] = 1 }));
    }

    private sealed record Invoice(Money Total, Money? Discount, Currency Settlement);
}
