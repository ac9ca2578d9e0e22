using System.Globalization;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>Sum, Average, Min and Max over quantities; scaling by a Ratio; the power factor; the readable format.</summary>
public class ErgonomicsTests
{
    private static readonly Power[] Racks = [Power.FromKilowatts(132), Power.FromWatts(120_000), Power.FromMegawatts(0.048)];

    [Fact]
    public void Sum_is_in_the_first_values_unit_or_the_given_one()
    {
        var sum = Racks.Sum();
        Assert.Equal(PowerUnit.Kilowatt, sum.Unit);
        Assert.Equal(300, sum.Value, 9);
        Assert.Equal(PowerUnit.Megawatt, Racks.Sum(PowerUnit.Megawatt).Unit);
        Assert.Equal(0.3, Racks.Sum(PowerUnit.Megawatt).Value, 12);
        Assert.Equal(300, Racks.Select(p => new { Power = p }).Sum(x => x.Power).Kilowatts, 9);
    }

    [Fact]
    public void Empty_sequences_sum_to_zero_and_have_no_average_min_or_max()
    {
        Assert.Equal(Power.Zero, Array.Empty<Power>().Sum());
        Assert.Equal(PowerUnit.Kilowatt, Array.Empty<Power>().Sum(PowerUnit.Kilowatt).Unit);
        Assert.Throws<InvalidOperationException>(() => Array.Empty<Power>().Average());
        Assert.Throws<InvalidOperationException>(() => Array.Empty<Power>().Average(PowerUnit.Watt));
        Assert.Throws<InvalidOperationException>(() => Array.Empty<Power>().Min());
        Assert.Throws<InvalidOperationException>(() => Array.Empty<Temperature>().Max());
        Assert.Throws<ArgumentNullException>(() => ((IEnumerable<Power>)null!).Sum());
    }

    [Fact]
    public void Average_min_and_max_keep_units()
    {
        Assert.Equal(100, Racks.Average().Kilowatts, 9);
        Assert.Equal(PowerUnit.Kilowatt, Racks.Average().Unit);
        Assert.Equal(Power.FromMegawatts(0.048), Racks.Min());
        Assert.Equal(PowerUnit.Megawatt, Racks.Min().Unit);
        Assert.Equal(PowerUnit.Kilowatt, Racks.Max().Unit);
        Temperature[] temperatures = [Temperature.FromDegreesCelsius(20), Temperature.FromKelvins(300)];
        Assert.Equal(TemperatureUnit.Kelvin, temperatures.Max().Unit);
    }

    [Fact]
    public void Quantities_scale_by_a_ratio_either_way_in_their_own_unit()
    {
        var efficiency = Ratio.FromPercent(95);
        Power scaled = Power.FromKilowatts(100) * efficiency;
        Assert.Equal(PowerUnit.Kilowatt, scaled.Unit);
        Assert.Equal(95, scaled.Value, 9);
        Assert.Equal(95, (efficiency * Power.FromKilowatts(100)).Kilowatts, 9);
        Energy energy = Energy.FromMegawattHours(2) * Ratio.FromDecimalFractions(0.5);
        Assert.Equal(1, energy.MegawattHours, 12);
        Ratio chain = Ratio.FromPercent(98) * Ratio.FromPercent(97);
        Assert.Equal(95.06, chain.Percent, 9);
    }

    [Fact]
    public void Apparent_power_times_a_power_factor_is_power()
    {
        Power real = ApparentPower.FromKilovoltamperes(100) * Ratio.FromDecimalFractions(0.9);
        Assert.Equal(90, real.Kilowatts, 9);
        Assert.Equal(90, (Ratio.FromDecimalFractions(0.9) * ApparentPower.FromKilovoltamperes(100)).Kilowatts, 9);
        Assert.Equal(0.9, (Power.FromKilowatts(90) / ApparentPower.FromKilovoltamperes(100)).DecimalFractions, 12);
    }

    [Theory]
    [InlineData("3.168 MWh")]
    public void Readable_energy(string expected) =>
        Assert.Equal(expected, (Power.FromKilowatts(132) * Duration.FromDays(1)).ToString("a"));

    [Fact]
    public void Readable_forms_pick_a_display_unit_and_four_significant_digits()
    {
        Assert.Equal("23.88 ms", (Information.FromGigabytes(80) / BitRate.FromTerabytesPerSecond(3.35)).ToString("a"));
        Assert.Equal("95 °F", Temperature.FromDegreesCelsius(35).ToUnit(TemperatureUnit.DegreeFahrenheit).ToString("a"));
        Assert.Equal("700 W", Power.FromWatts(700).ToString("a"));
        Assert.Equal("1 kW", Power.FromWatts(999.99).ToReadableString());
        Assert.Equal("1.2 kW", Power.FromWatts(1200).ToReadableString());
        Assert.Equal("999.9 W", Power.FromWatts(999.94).ToReadableString());
        Assert.Equal("-1.5 MW", Power.FromKilowatts(-1500).ToReadableString());
        Assert.Equal("0 W", Power.Zero.ToReadableString());
        Assert.Equal("12000 TW", Power.FromTerawatts(12000).ToReadableString());
        Assert.Equal("0.5 mW", Power.FromMilliwatts(0.5).ToReadableString());
        Assert.Equal("92 %", Ratio.FromDecimalFractions(0.92).ToReadableString());
        Assert.Equal("800 Gbit/s", BitRate.FromGigabitsPerSecond(800).ToReadableString());
        Assert.Equal("3.35 TB/s", BitRate.FromTerabytesPerSecond(3.35).ToReadableString());
        Assert.Equal("80 GiB", Information.FromGibibytes(80).ToReadableString());
        Assert.Equal("1,5 MW", Power.FromKilowatts(1500).ToString("a", CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("2 h", Duration.FromMinutes(120).ToReadableString());
    }

    [Fact]
    public void TryFormat_writes_the_readable_form_and_refuses_a_short_buffer()
    {
        Span<char> buffer = stackalloc char[32];
        Assert.True(Power.FromKilowatts(1500).TryFormat(buffer, out var written, "a", null));
        Assert.Equal("1.5 MW", buffer[..written].ToString());
        Assert.False(Power.FromKilowatts(1500).TryFormat(buffer[..3], out written, "a", null));
        Assert.Equal(0, written);
        Assert.Equal("1.5 MW", $"{Power.FromKilowatts(1500):a}");
    }
}
