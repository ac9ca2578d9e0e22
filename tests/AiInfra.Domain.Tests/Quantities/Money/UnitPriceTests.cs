using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

public sealed class UnitPriceTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static UnitPrice<Energy, EnergyUnit> PerKwh(decimal amount) =>
        new(Money.Of(amount, Usd), EnergyUnit.KilowattHour);

    [Fact]
    public void Price_times_quantity_is_exact_decimal_money()
    {
        var price = PerKwh(0.12m);
        var energy = Energy.FromMegawattHours(1);

        Assert.Equal(Money.Of(120m, Usd), price * energy);
        Assert.Equal(Money.Of(120m, Usd), energy * price);
        Assert.Equal(120.00m, (price * energy).Amount);
    }

    [Fact]
    public void Price_of_a_total_over_a_quantity_reads_back()
    {
        var price = UnitPrice<Energy, EnergyUnit>.Of(Money.Of(120m, Usd), Energy.FromMegawattHours(1), EnergyUnit.KilowattHour);

        Assert.Equal(PerKwh(0.12m), price);
    }

    [Fact]
    public void Equality_is_the_price_as_written()
    {
        Assert.Equal(PerKwh(0.12m), PerKwh(0.120m));
        Assert.Equal(PerKwh(0.12m).GetHashCode(), PerKwh(0.120m).GetHashCode());
        var perMwh = PerKwh(0.12m).ToUnit(EnergyUnit.MegawattHour);
        Assert.Equal(120m, perMwh.Amount.Amount);
        Assert.NotEqual(PerKwh(0.12m), perMwh);
        Assert.Equal(PerKwh(0.12m) * Energy.FromKilowattHours(7), perMwh * Energy.FromKilowattHours(7));
    }

    [Theory]
    [InlineData("0.12 USD/kWh", "0.12 USD/kWh")]
    [InlineData("0.12 USD / kWh", "0.12 USD/kWh")]
    [InlineData("80 EUR/MWh", "80 EUR/MWh")]
    public void Text_round_trips(string text, string written)
    {
        var price = UnitPrice<Energy, EnergyUnit>.Parse(text);

        Assert.Equal(written, price.ToString());
        Assert.Equal(price, UnitPrice<Energy, EnergyUnit>.Parse(price.ToString()));
    }

    [Theory]
    [InlineData("", "is not a price of Energy: expected money, '/' and a unit of Energy")]
    [InlineData("0.12 USD", "expected money, '/' and a unit of Energy, such as \"1 USD/J\"")]
    [InlineData("0.12 USD/", "\"\" after the '/' at 8 is not a unit of Energy")]
    [InlineData("0.12 USD/kW", "\"kW\" after the '/' at 8 is not a unit of Energy")]
    [InlineData("0.12/kWh", "before the '/'")]
    [InlineData("0.12 USD/kWh/h", "\"kWh/h\" after the '/' at 8 is not a unit of Energy")]
    public void Bad_text_says_which_part_is_wrong(string text, string message)
    {
        Assert.False(UnitPrice<Energy, EnergyUnit>.TryParse(text, null, out _));
        var error = Assert.Throws<FormatException>(() => UnitPrice<Energy, EnergyUnit>.Parse(text));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_needs_a_currency() =>
        Assert.Throws<ArgumentException>(() => new UnitPrice<Energy, EnergyUnit>(default, EnergyUnit.KilowattHour));
}
