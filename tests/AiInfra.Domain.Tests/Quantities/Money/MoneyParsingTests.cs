using System.Globalization;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Tests.Quantities;

public class MoneyParsingTests
{
    [Theory]
    [InlineData("80 USD", "80", "USD")]
    [InlineData("80 bn USD", "80000000000", "USD")]
    [InlineData("80bn USD", "80000000000", "USD")]
    [InlineData("USD 80bn", "80000000000", "USD")]
    [InlineData("USD 80 bn", "80000000000", "USD")]
    [InlineData("USD80bn", "80000000000", "USD")]
    [InlineData("1.5k EUR", "1500", "EUR")]
    [InlineData("1.5 k EUR", "1500", "EUR")]
    [InlineData("1.2345k EUR", "1234.5", "EUR")]
    [InlineData("0.001k EUR", "1", "EUR")]
    [InlineData("3.5 M USD", "3500000", "USD")]
    [InlineData("3.5M USD", "3500000", "USD")]
    [InlineData("2 tn USD", "2000000000000", "USD")]
    [InlineData("1.25tn USD", "1250000000000", "USD")]
    [InlineData("7 thousand GBP", "7000", "GBP")]
    [InlineData("7 Thousand GBP", "7000", "GBP")]
    [InlineData("2.5 million USD", "2500000", "USD")]
    [InlineData("2.5 MILLION USD", "2500000", "USD")]
    [InlineData("80 billion USD", "80000000000", "USD")]
    [InlineData("80 Billion USD", "80000000000", "USD")]
    [InlineData("1.1 trillion USD", "1100000000000", "USD")]
    [InlineData("USD 1.1 trillion", "1100000000000", "USD")]
    [InlineData("-5 USD", "-5", "USD")]
    [InlineData("USD -5", "-5", "USD")]
    [InlineData("+5 USD", "5", "USD")]
    [InlineData("\u22125 USD", "-5", "USD")]
    [InlineData("-1.5bn USD", "-1500000000", "USD")]
    [InlineData("1.50 USD", "1.50", "USD")]
    [InlineData("0.00 USD", "0.00", "USD")]
    [InlineData(".5 USD", "0.5", "USD")]
    [InlineData("5. USD", "5", "USD")]
    [InlineData("1e3 USD", "1000", "USD")]
    [InlineData("1.5E9 USD", "1500000000", "USD")]
    [InlineData("25e-2 USD", "0.25", "USD")]
    [InlineData("1e3k USD", "1000000", "USD")]
    [InlineData("2EUR", "2", "EUR")]
    [InlineData("  80\u00A0bn\tUSD  ", "80000000000", "USD")]
    [InlineData("79228162514264337593543950335 USD", "79228162514264337593543950335", "USD")]
    [InlineData("-79228162514264337593543950335 USD", "-79228162514264337593543950335", "USD")]
    [InlineData("79228162514264.337593543950335 M USD", "79228162514264337593.543950335", "USD")]
    [InlineData("0.0000000000000000000000000001 USD", "0.0000000000000000000000000001", "USD")]
    [InlineData("1.0000000000000000000000000000000 USD", "1.0000000000000000000000000000", "USD")]
    [InlineData("000123.4500 USD", "123.4500", "USD")]
    [InlineData("5 XAU", "5", "XAU")]
    public void Parse_reads_numbers_scale_words_and_codes(string text, string amount, string code) =>
        AssertParses(text, amount, code);

    [Theory]
    [InlineData("1000亿美元", "100000000000", "USD")]
    [InlineData("1000 亿 美元", "100000000000", "USD")]
    [InlineData("3.5万亿元", "3500000000000", "CNY")]
    [InlineData("3.5 万亿 元", "3500000000000", "CNY")]
    [InlineData("120 万 CNY", "1200000", "CNY")]
    [InlineData("120万CNY", "1200000", "CNY")]
    [InlineData("5亿人民币", "500000000", "CNY")]
    [InlineData("人民币3.5万亿", "3500000000000", "CNY")]
    [InlineData("人民币 5", "5", "CNY")]
    [InlineData("10万欧元", "100000", "EUR")]
    [InlineData("3000日元", "3000", "JPY")]
    [InlineData("1000億円", "100000000000", "JPY")]
    [InlineData("2萬億元", "2000000000000", "CNY")]
    [InlineData("3萬美元", "30000", "USD")]
    [InlineData("20英镑", "20", "GBP")]
    [InlineData("5港元", "5", "HKD")]
    [InlineData("1万韩元", "10000", "KRW")]
    [InlineData("100新台币", "100", "TWD")]
    [InlineData("1.5亿 EUR", "150000000", "EUR")]
    [InlineData("0.5万元", "5000", "CNY")]
    [InlineData("1.23456万元", "12345.6", "CNY")]
    public void Parse_reads_Chinese_scale_and_currency_words(string text, string amount, string code) =>
        AssertParses(text, amount, code);

    [Theory]
    [InlineData("80 M USD", true)]
    [InlineData("80 m USD", false)]
    [InlineData("80 k USD", true)]
    [InlineData("80 K USD", false)]
    [InlineData("80 bn USD", true)]
    [InlineData("80 BN USD", false)]
    [InlineData("80 Bn USD", false)]
    [InlineData("80 B USD", false)]
    [InlineData("80 tn USD", true)]
    [InlineData("80 T USD", false)]
    [InlineData("80 mn USD", false)]
    [InlineData("80 USD", true)]
    [InlineData("80 usd", false)]
    public void Case_matters_for_abbreviations_and_codes(string text, bool valid)
    {
        Assert.Equal(valid, Money.TryParse(text, out _));
    }

    [Fact]
    public void Lower_case_m_is_rejected_with_a_hint_to_write_M()
    {
        var exception = Assert.Throws<MoneyFormatException>(() => Money.Parse("80 m USD"));

        Assert.Equal(MoneyParseError.UnknownScale, exception.Error);
        Assert.Contains("\"80 m USD\"", exception.Message);
        Assert.Contains("write M for million", exception.Message);
    }

    [Theory]
    [InlineData("", MoneyParseError.Empty)]
    [InlineData("   ", MoneyParseError.Empty)]
    [InlineData("USD", MoneyParseError.MissingNumber)]
    [InlineData("bn USD", MoneyParseError.MissingNumber)]
    [InlineData("USD bn", MoneyParseError.MissingNumber)]
    [InlineData("亿美元", MoneyParseError.MissingNumber)]
    [InlineData("80", MoneyParseError.MissingCurrency)]
    [InlineData("80 bn", MoneyParseError.MissingCurrency)]
    [InlineData("80万", MoneyParseError.MissingCurrency)]
    [InlineData("80 XYZ", MoneyParseError.UnknownCurrency)]
    [InlineData("XYZ 80", MoneyParseError.UnknownCurrency)]
    [InlineData("80 usd", MoneyParseError.UnknownCurrency)]
    [InlineData("80 bn dollars", MoneyParseError.UnknownCurrency)]
    [InlineData("80 bnUSD", MoneyParseError.UnknownCurrency)]
    [InlineData("80 m USD", MoneyParseError.UnknownScale)]
    [InlineData("80 m", MoneyParseError.UnknownScale)]
    [InlineData("80 xx USD", MoneyParseError.UnknownScale)]
    [InlineData("USD 80 xx", MoneyParseError.UnknownScale)]
    [InlineData("80 千美元", MoneyParseError.UnknownScale)]
    [InlineData("80 兆円", MoneyParseError.UnknownScale)]
    [InlineData("1e400 USD", MoneyParseError.Overflow)]
    [InlineData("79228162514264337593543950335 bn USD", MoneyParseError.Overflow)]
    [InlineData("79228162514264337593543950336 USD", MoneyParseError.Overflow)]
    [InlineData("99999999999999999999999999999.1 USD", MoneyParseError.Overflow)]
    [InlineData("1000000000000000000000 亿美元", MoneyParseError.Overflow)]
    [InlineData("1e99999999999999999999 USD", MoneyParseError.Overflow)]
    [InlineData("1e-30 USD", MoneyParseError.TooManyDigits)]
    [InlineData("1.00000000000000000000000000001 USD", MoneyParseError.TooManyDigits)]
    [InlineData("0.00000000000000000000000000001 USD", MoneyParseError.TooManyDigits)]
    [InlineData("NaN USD", MoneyParseError.MalformedNumber)]
    [InlineData("Infinity USD", MoneyParseError.MalformedNumber)]
    [InlineData("∞ USD", MoneyParseError.MalformedNumber)]
    [InlineData("$80bn", MoneyParseError.MalformedNumber)]
    [InlineData("1,000 USD", MoneyParseError.MalformedNumber)]
    [InlineData("1'000 USD", MoneyParseError.MalformedNumber)]
    [InlineData("1.2.3 USD", MoneyParseError.MalformedNumber)]
    [InlineData("- 5 USD", MoneyParseError.MalformedNumber)]
    [InlineData("--5 USD", MoneyParseError.MalformedNumber)]
    [InlineData("5- USD", MoneyParseError.MalformedNumber)]
    [InlineData("USD abc", MoneyParseError.MalformedNumber)]
    [InlineData("abc", MoneyParseError.MalformedNumber)]
    [InlineData("USD 5 EUR", MoneyParseError.UnexpectedText)]
    [InlineData("USD 5 USD", MoneyParseError.UnexpectedText)]
    [InlineData("5 USD bn", MoneyParseError.UnexpectedText)]
    [InlineData("5 k M USD", MoneyParseError.UnexpectedText)]
    [InlineData("5 USD EUR", MoneyParseError.UnexpectedText)]
    [InlineData("1 234 USD", MoneyParseError.UnexpectedText)]
    [InlineData("80 bn USD.", MoneyParseError.UnexpectedText)]
    [InlineData("80 bn USD 5", MoneyParseError.UnexpectedText)]
    [InlineData("1 2 3 4 5 6 7 8 USD", MoneyParseError.UnexpectedText)]
    public void Bad_inputs_fail_with_their_error_and_a_message_that_quotes_them(string text, MoneyParseError error)
    {
        var exception = Assert.Throws<MoneyFormatException>(() => Money.Parse(text));

        Assert.Equal(error, exception.Error);
        Assert.Contains($"\"{text}\"", exception.Message);
        Assert.Contains("Expected", exception.Message);
        Assert.False(Money.TryParse(text, out var result));
        Assert.Equal(default, result);
    }

    [Theory]
    [InlineData("1e400 USD", "larger than a decimal")]
    [InlineData("1e-30 USD", "never rounded")]
    [InlineData("NaN USD", "not a finite number")]
    [InlineData("$80bn", "write the ISO 4217 code")]
    [InlineData("1,000 USD", "no thousands separators")]
    [InlineData("1 234 USD", "without thousands separators")]
    [InlineData("80 usd", "write USD")]
    [InlineData("80 XYZ", "not an ISO 4217 currency code")]
    [InlineData("80 B USD", "write bn for billion")]
    [InlineData("80", "no currency")]
    [InlineData("5 USD bn", "write it before the currency")]
    [InlineData("USD 5 EUR", "second currency")]
    public void Messages_say_what_is_wrong(string text, string expected)
    {
        var exception = Assert.Throws<MoneyFormatException>(() => Money.Parse(text));

        Assert.Contains(expected, exception.Message);
    }

    [Theory]
    [InlineData("de-DE", "1234,5 EUR", "1234.5")]
    [InlineData("de-DE", "-0,25 EUR", "-0.25")]
    [InlineData("fr-FR", "3,5 M EUR", "3500000")]
    [InlineData("ja-JP", "1.5億円", "150000000")]
    [InlineData("sv-SE", "\u22121,5 SEK", "-1.5")]
    public void Parse_reads_the_number_in_the_culture_given(string culture, string text, string amount)
    {
        var money = Money.Parse(text, CultureInfo.GetCultureInfo(culture));

        Assert.Equal(decimal.Parse(amount, CultureInfo.InvariantCulture), money.Amount);
    }

    [Theory]
    [InlineData("de-DE", "1.5 EUR")]
    [InlineData("de-DE", "1.000 EUR")]
    [InlineData("de-DE", "1.000,5 EUR")]
    [InlineData("fr-FR", "1.5 EUR")]
    [InlineData("en-US", "1,000 USD")]
    public void No_culture_reads_thousands_separators_or_a_foreign_decimal_point(string culture, string text)
    {
        var exception = Assert.Throws<MoneyFormatException>(() => Money.Parse(text, CultureInfo.GetCultureInfo(culture)));

        Assert.Equal(MoneyParseError.MalformedNumber, exception.Error);
        Assert.Contains(culture, exception.Message);
    }

    [Fact]
    public void Span_and_string_overloads_agree()
    {
        Assert.Equal(Money.Parse("80 bn USD"), Money.Parse("80 bn USD".AsSpan(), null));
        Assert.True(Money.TryParse("80 bn USD".AsSpan(), null, out var fromSpan));
        Assert.Equal(Money.Of(80_000_000_000m, Currency.Usd), fromSpan);
        Assert.Equal(Money.Parse("1.5k EUR"), ParseGeneric<Money>("1.5k EUR"));
    }

    [Fact]
    public void Null_is_rejected_by_Parse_and_TryParse()
    {
        Assert.Throws<ArgumentNullException>(() => Money.Parse(null!));
        Assert.False(Money.TryParse(null, out _));
    }

    [Fact]
    public void TryParse_never_throws_and_Parse_throws_only_MoneyFormatException()
    {
        const string alphabet = "0123456789 .,+-eEkMmbntUSDCNYEUR亿万元美$\u2212'\u00A0";
        var random = new Random(20250101);
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 14)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var parsed = Money.TryParse(text, out var money);
            if (parsed)
            {
                Assert.Equal(money, Money.Parse(money.ToString()));
            }
            else
            {
                var exception = Record.Exception(() => Money.Parse(text));
                Assert.IsType<MoneyFormatException>(exception);
            }
        }
    }

    private static T ParseGeneric<T>(string text)
        where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

    private static void AssertParses(string text, string amount, string code)
    {
        var expected = decimal.Parse(amount, NumberStyles.Number, CultureInfo.InvariantCulture);

        var money = Money.Parse(text);

        Assert.Equal(expected, money.Amount);
        Assert.Equal(expected.Scale, money.Amount.Scale);
        Assert.Equal(code, money.Currency.Code);
        Assert.True(Money.TryParse(text, out var tried));
        Assert.Equal(money, tried);
    }
}
