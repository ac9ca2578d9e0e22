using System.Globalization;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Tests.Quantities;

public class MoneyFormattingTests
{
    private static readonly string[] AmountTexts =
    [
        "0",
        "0.00",
        "1",
        "1.0",
        "1.50",
        "-5",
        "-0.5",
        "0.0000000000000000000000000001",
        "-0.0000000000000000000000000001",
        "123456789.123456789",
        "80000000000",
        "3500000000000",
        "1234.5",
        "7.9228162514264337593543950335",
        "79228162514264337593543950335",
        "-79228162514264337593543950335",
        "7922816251426433759354395033.5",
    ];

    public static TheoryData<string> Amounts => new(AmountTexts);

    [Theory]
    [InlineData("80 bn USD", "80000000000 USD")]
    [InlineData("1.50 USD", "1.50 USD")]
    [InlineData("-5 USD", "-5 USD")]
    [InlineData("1000亿美元", "100000000000 USD")]
    [InlineData("3.5万亿元", "3500000000000 CNY")]
    [InlineData("1.2345k EUR", "1234.5 EUR")]
    [InlineData("0.00 JPY", "0.00 JPY")]
    public void ToString_is_the_invariant_amount_with_all_its_digits_a_space_and_the_code(string text, string expected)
    {
        Assert.Equal(expected, Money.Parse(text).ToString());
    }

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Parse_of_ToString_gives_back_an_equal_amount_with_its_scale(string amount)
    {
        foreach (var currency in new[] { Currency.Usd, Currency.Cny, Currency.Eur, Currency.Jpy })
        {
            var money = Money.Of(decimal.Parse(amount, CultureInfo.InvariantCulture), currency);

            var parsed = Money.Parse(money.ToString());

            Assert.Equal(money, parsed);
            Assert.Equal(money.Amount.Scale, parsed.Amount.Scale);
            Assert.Equal(money.ToString(), parsed.ToString());
        }
    }

    [Fact]
    public void Parse_of_ToString_round_trips_random_decimals_of_every_scale()
    {
        var random = new Random(4217);
        for (var i = 0; i < 5_000; i++)
        {
            var amount = new decimal(random.Next(), random.Next(), random.Next(), random.Next(2) == 0, (byte)random.Next(29));
            var money = Money.Of(amount, Currency.Gbp);

            var parsed = Money.Parse(money.ToString());

            Assert.Equal(money, parsed);
            Assert.Equal(amount.Scale, parsed.Amount.Scale);
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ja-JP")]
    [InlineData("sv-SE")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void Parse_of_ToString_with_a_culture_round_trips_in_that_culture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        foreach (var amount in AmountTexts)
        {
            var money = Money.Of(decimal.Parse(amount, CultureInfo.InvariantCulture), Currency.Eur);

            var text = money.ToString(culture);
            var parsed = Money.Parse(text, culture);

            Assert.Equal(money, parsed);
            Assert.Equal(money.Amount.Scale, parsed.Amount.Scale);
        }
    }

    [Theory]
    [InlineData("de-DE", "-1234,5 EUR")]
    [InlineData("fr-FR", "-1234,5 EUR")]
    [InlineData("ja-JP", "-1234.5 EUR")]
    [InlineData("", "-1234.5 EUR")]
    public void ToString_with_a_culture_uses_its_decimal_separator(string name, string expected)
    {
        Assert.Equal(expected, Money.Of(-1234.5m, Currency.Eur).ToString(CultureInfo.GetCultureInfo(name)));
    }

    [Theory]
    [InlineData("F2", "1234.50 USD")]
    [InlineData("N2", "1,234.50 USD")]
    [InlineData("0.0", "1234.5 USD")]
    [InlineData("G", "1234.5 USD")]
    [InlineData(null, "1234.5 USD")]
    public void ToString_with_a_format_formats_the_amount(string? format, string expected)
    {
        var money = Money.Of(1234.5m, Currency.Usd);

        Assert.Equal(expected, money.ToString(format, CultureInfo.InvariantCulture));
        Assert.Equal(expected, money.ToString(format, null));
    }

    [Fact]
    public void TryFormat_matches_ToString_and_reports_a_short_buffer()
    {
        var money = Money.Of(-1234.50m, Currency.Usd);
        Span<char> buffer = stackalloc char[64];

        Assert.True(money.TryFormat(buffer, out var written, default, null));
        Assert.Equal(money.ToString(), buffer[..written].ToString());

        for (var length = 0; length < "-1234.50 USD".Length; length++)
        {
            Assert.False(money.TryFormat(buffer[..length], out written, default, null));
            Assert.Equal(0, written);
        }

        Assert.True(money.TryFormat(buffer[.."-1234.50 USD".Length], out written, default, null));
        Assert.Equal("-1234.50 USD", $"{money}");
        Assert.Equal("-1234,50 USD", string.Create(CultureInfo.GetCultureInfo("de-DE"), $"{money}"));
    }

    [Fact]
    public void TryFormat_does_not_allocate()
    {
        var money = Money.Of(79228162514264337593543950335m, Currency.Cny);
        Span<char> buffer = stackalloc char[64];
        Assert.True(money.TryFormat(buffer, out _, default, CultureInfo.InvariantCulture));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            money.TryFormat(buffer, out _, default, CultureInfo.InvariantCulture);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Default_money_formats_as_its_amount_alone_which_does_not_parse()
    {
        Assert.Equal("0", default(Money).ToString());
        Assert.False(Money.TryParse(default(Money).ToString(), out _));
    }
}
