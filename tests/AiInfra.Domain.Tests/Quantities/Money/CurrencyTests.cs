using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Tests.Quantities;

public class CurrencyTests
{
    [Theory]
    [InlineData("USD")]
    [InlineData("CNY")]
    [InlineData("EUR")]
    [InlineData("JPY")]
    [InlineData("XAU")]
    [InlineData("XXX")]
    [InlineData("CHE")]
    [InlineData("HRK")]
    [InlineData("ZWG")]
    public void Parse_reads_ISO_4217_codes(string code)
    {
        var currency = Currency.Parse(code);

        Assert.Equal(code, currency.Code);
        Assert.Equal(code, currency.ToString());
        Assert.False(currency.IsNone);
        Assert.True(Currency.TryParse(code, out var tried));
        Assert.Equal(currency, tried);
    }

    [Fact]
    public void Well_known_currencies_have_their_codes()
    {
        Assert.Equal("USD", Currency.Usd.Code);
        Assert.Equal("CNY", Currency.Cny.Code);
        Assert.Equal("EUR", Currency.Eur.Code);
        Assert.Equal("JPY", Currency.Jpy.Code);
        Assert.Equal("GBP", Currency.Gbp.Code);
        Assert.Equal("KRW", Currency.Krw.Code);
        Assert.Equal("TWD", Currency.Twd.Code);
        Assert.Equal("HKD", Currency.Hkd.Code);
        Assert.Equal("CHF", Currency.Chf.Code);
        Assert.Equal("INR", Currency.Inr.Code);
        Assert.Equal("SGD", Currency.Sgd.Code);
        Assert.Equal(Currency.Usd, Currency.Parse("USD"));
    }

    [Theory]
    [InlineData("", MoneyParseError.Empty)]
    [InlineData("usd", MoneyParseError.UnknownCurrency)]
    [InlineData("Usd", MoneyParseError.UnknownCurrency)]
    [InlineData("US", MoneyParseError.UnknownCurrency)]
    [InlineData("USDX", MoneyParseError.UnknownCurrency)]
    [InlineData("XYZ", MoneyParseError.UnknownCurrency)]
    [InlineData(" USD", MoneyParseError.UnknownCurrency)]
    [InlineData("美元", MoneyParseError.UnknownCurrency)]
    [InlineData("U5D", MoneyParseError.UnknownCurrency)]
    public void Parse_rejects_what_is_not_a_code(string text, MoneyParseError error)
    {
        var exception = Assert.Throws<MoneyFormatException>(() => Currency.Parse(text));

        Assert.Equal(error, exception.Error);
        Assert.Contains($"\"{text}\"", exception.Message);
        Assert.False(Currency.TryParse(text, out var currency));
        Assert.True(currency.IsNone);
    }

    [Fact]
    public void Parse_suggests_the_upper_case_code()
    {
        var exception = Assert.Throws<MoneyFormatException>(() => Currency.Parse("eur"));

        Assert.Contains("write EUR", exception.Message);
    }

    [Fact]
    public void Null_is_rejected_by_Parse_and_TryParse()
    {
        Assert.Throws<ArgumentNullException>(() => Currency.Parse((string)null!));
        Assert.False(Currency.TryParse((string?)null, out _));
    }

    [Fact]
    public void Default_is_None_with_an_empty_code()
    {
        var none = default(Currency);

        Assert.True(none.IsNone);
        Assert.Equal(Currency.None, none);
        Assert.Equal(string.Empty, none.Code);
        Assert.Equal(string.Empty, none.ToString());
        Assert.NotEqual(Currency.Parse("XXX"), none);
    }

    [Fact]
    public void Ordering_is_ordinal_by_code_with_None_first()
    {
        var currencies = new[] { Currency.Usd, Currency.Cny, Currency.None, Currency.Eur, Currency.Parse("AED"), Currency.Parse("ZWG") };

        Array.Sort(currencies);

        Assert.Equal(new[] { "", "AED", "CNY", "EUR", "USD", "ZWG" }, currencies.Select(c => c.Code));
        Assert.True(Currency.Cny.CompareTo(Currency.Usd) < 0);
        Assert.True(Currency.Usd.CompareTo(Currency.Cny) > 0);
        Assert.Equal(0, Currency.Usd.CompareTo(Currency.Parse("USD")));
    }

    [Fact]
    public void Equality_and_hash_follow_the_code()
    {
        Assert.True(Currency.Usd == Currency.Parse("USD"));
        Assert.False(Currency.Usd != Currency.Parse("USD"));
        Assert.True(Currency.Usd != Currency.Eur);
        Assert.Equal(Currency.Usd.GetHashCode(), Currency.Parse("USD").GetHashCode());
        Assert.True(Currency.Usd.Equals((object)Currency.Parse("USD")));
        Assert.False(Currency.Usd.Equals((object)"USD"));
        Assert.Equal(2, new HashSet<Currency> { Currency.Usd, Currency.Parse("USD"), Currency.Eur }.Count);
    }

    [Fact]
    public void Codes_are_sorted_unique_well_formed_and_include_the_well_known_ones()
    {
        var codes = Currency.Codes;

        Assert.True(codes.Count > 170);
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^[A-Z]{3}$", code));
        Assert.All(codes, code => Assert.Equal(code, Currency.Parse(code).Code));
        Assert.Subset(codes.ToHashSet(), new HashSet<string> { "USD", "CNY", "EUR", "JPY", "GBP", "KRW", "TWD", "HKD" });
    }

    [Fact]
    public void TryFormat_writes_the_code_and_reports_a_short_buffer()
    {
        Span<char> buffer = stackalloc char[8];

        Assert.True(Currency.Eur.TryFormat(buffer, out var written, default, null));
        Assert.Equal("EUR", buffer[..written].ToString());
        Assert.False(Currency.Eur.TryFormat(buffer[..2], out written, default, null));
        Assert.Equal(0, written);
        Assert.Equal("EUR", $"{Currency.Eur}");
        Assert.Throws<FormatException>(() => Currency.Eur.ToString("N", null));
    }
}
