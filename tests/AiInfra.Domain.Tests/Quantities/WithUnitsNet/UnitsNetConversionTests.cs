using System.Globalization;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;
using UN = UnitsNet;

namespace AiInfra.Domain.Tests.Quantities.WithUnitsNet;

/// <summary>
/// Values go to UnitsNet and back without a change: exactly, in the same unit, for every mapped unit; a value a decimal
/// cannot hold is an OverflowException naming it and the range (never a silent 0 or another number); a decimal comes back
/// as the nearest double.
/// </summary>
public class UnitsNetConversionTests
{
    private static readonly double[] s_values = [0, 1, -1, 0.1, 0.30000000000000004, 1.5, 700, 123456.789, 1e-9, 2.5e-7, 6.02214076e23, 1e15, -42.125, 9007199254740993];

    public static TheoryData<string> MappedQuantities => UnitsNetMappingTests.MappedQuantities;

    [Theory]
    [MemberData(nameof(MappedQuantities))]
    public void Every_mapped_unit_round_trips_exactly_in_its_own_unit(string name)
    {
        var quantity = UnitsNetDeclarations.All.Single(q => q.Name == name);
        foreach (var unit in quantity.Units.Where(u => u.UnitsNetUnit is not null))
        {
            foreach (var x in s_values)
            {
                var value = Quantity.From(x, quantity.LibraryUnit(unit.LibraryUnit));
                var back = UnitsNetDeclarations.FromUnitsNet(quantity.Info.ValueType, UnitsNetDeclarations.ToUnitsNet(value));
                Assert.Equal(value.Unit, back.Unit);
                Assert.Equal(BitConverter.DoubleToInt64Bits(x == 0 ? 0 : x), BitConverter.DoubleToInt64Bits(back.Value));
                Assert.Equal(value, back);
            }
        }
    }

    [Theory]
    [MemberData(nameof(MappedQuantities))]
    public void A_unit_UnitsNet_lacks_is_converted_into_its_via_unit_and_back_to_the_same_amount(string name)
    {
        var quantity = UnitsNetDeclarations.All.Single(q => q.Name == name);
        foreach (var unit in quantity.Units.Where(u => u.UnitsNetUnit is null))
        {
            var viaUnit = quantity.LibraryUnit(quantity.Units.Single(u => u.UnitsNetUnit == unit.Via).LibraryUnit);
            foreach (var x in s_values)
            {
                var value = Quantity.From(x, quantity.LibraryUnit(unit.LibraryUnit));
                var converted = UnitsNetDeclarations.ToUnitsNet(value);
                Assert.Equal(quantity.UnitsNetUnit(unit.Via!), converted.Unit);
                Assert.Equal(value.As(viaUnit), UnitsNetDeclarations.ValueOf(converted));
                var back = UnitsNetDeclarations.FromUnitsNet(quantity.Info.ValueType, converted);
                Assert.Equal(viaUnit, back.Unit);
                var expected = value.As(quantity.Info.BaseUnitInfo.UntypedValue);
                Assert.True(Math.Abs(back.As(quantity.Info.BaseUnitInfo.UntypedValue) - expected) <= 4e-16 * Math.Abs(expected), $"{x} {unit.LibraryUnit}");
            }
        }
    }

    [Fact]
    public void The_units_UnitsNet_lacks_convert_with_the_librarys_factors()
    {
        Assert.Equal(UN.Duration.FromNanoseconds(1.5), Duration.FromPicoseconds(1500).ToUnitsNet());
        Assert.Equal(UN.HeatFlux.FromWattsPerSquareMeter(1_000_000), HeatFlux.FromWattsPerSquareCentimeter(100).ToUnitsNet());
        Assert.Equal(UN.HeatFlux.FromWattsPerSquareMeter(2_000_000), HeatFlux.FromWattsPerSquareMillimeter(2).ToUnitsNet());
        var btu = Power.FromBritishThermalUnitsPerHour(3412.14).ToUnitsNet();
        Assert.Equal(UN.Units.PowerUnit.Watt, btu.Unit);
        Assert.Equal(Power.FromBritishThermalUnitsPerHour(3412.14).Watts, (double)btu.Value);
        Assert.Equal(UN.Units.LevelUnit.Decibel, Level.FromNepers(1).ToUnitsNet().Unit);
        Assert.Equal(20 / Math.Log(10), Level.FromNepers(1).ToUnitsNet().Value, 15);
        Assert.Equal(UN.Units.VolumeFlowUnit.LiterPerMinute, VolumeFlow.FromCubicFeetPerMinute(1).ToUnitsNet().Unit);
        Assert.Equal(28.316846592, VolumeFlow.FromCubicFeetPerMinute(1).ToUnitsNet().Value, 12);
    }

    [Fact]
    public void A_UnitsNet_unit_the_library_lacks_is_converted_by_UnitsNet_into_the_base_unit()
    {
        var horsepower = Power.FromUnitsNet(UN.Power.FromMechanicalHorsepower(1));
        Assert.Equal(PowerUnit.Watt, horsepower.Unit);
        Assert.Equal((double)UN.Power.FromMechanicalHorsepower(1).Watts, horsepower.Watts);
        var julian = Duration.FromUnitsNet(UN.Duration.FromJulianYears(1));
        Assert.Equal(DurationUnit.Second, julian.Unit);
        Assert.Equal(31_557_600, julian.Seconds);
    }

    [Fact]
    public void Default_UnitsNet_values_are_zero_in_the_base_unit()
    {
        Assert.Equal(Power.Zero, Power.FromUnitsNet(default));
        Assert.Equal(Length.Zero, Length.FromUnitsNet(default));
        Assert.Equal(Temperature.FromKelvins(0), Temperature.FromUnitsNet(default));
    }

    [Fact]
    public void The_explicit_operators_convert_both_ways()
    {
        var rate = (UN.BitRate)BitRate.FromTerabytesPerSecond(3.35);
        Assert.Equal(UN.Units.BitRateUnit.TerabytePerSecond, rate.Unit);
        Assert.Equal(3.35m, rate.Value);
        Assert.Equal(BitRate.FromTerabytesPerSecond(3.35), (BitRate)rate);
        Assert.Equal(Temperature.FromDegreesCelsius(45), (Temperature)(UN.Temperature)Temperature.FromDegreesCelsius(45));
        Assert.Equal(UN.Units.TemperatureUnit.DegreeCelsius, ((UN.Temperature)Temperature.FromDegreesCelsius(45)).Unit);
    }

    [Fact]
    public void Random_doubles_round_trip_exactly_through_a_decimal_backed_quantity()
    {
        // UnitsNet's own FromWatts goes through the (decimal) cast, which keeps 15 significant digits; the library's
        // conversion keeps every digit of the shortest round-trip form.
        var random = new Random(20250101);
        var changedByUnitsNet = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var x = Math.Exp(random.NextDouble() * Math.Log(1e30)) * 1e-10 * (random.Next(2) == 0 ? -1 : 1);
            var power = Power.FromWatts(x);
            Assert.True(power.TryToUnitsNet(out var unitsNet), x.ToString("R", CultureInfo.InvariantCulture));
            Assert.Equal(x, Power.FromUnitsNet(unitsNet).Watts);
            changedByUnitsNet += (double)UN.Power.FromWatts(x).Value == x ? 0 : 1;
        }

        Assert.True(changedByUnitsNet > 50_000, $"UnitsNet's own conversion changed only {changedByUnitsNet} values");
    }

    [Theory]
    [InlineData(1e29)]
    [InlineData(-1e29)]
    [InlineData(79228162514264337593543950336d)]
    [InlineData(1e300)]
    [InlineData(1e-29)]
    [InlineData(-5e-29)]
    [InlineData(double.Epsilon)]
    [InlineData(1.2345678901234567e-15)]
    public void A_value_a_decimal_cannot_hold_is_an_OverflowException_naming_it_and_the_range(double watts)
    {
        var power = Power.FromWatts(watts);
        Assert.False(power.TryToUnitsNet(out var result));
        Assert.Equal(default, result);
        var error = Assert.Throws<OverflowException>(() => power.ToUnitsNet());
        Assert.Contains(power.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("7.9228162514264337593543950335E+28", error.Message, StringComparison.Ordinal);
        Assert.Contains("1E-28", error.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => (UN.Power)power);
        Assert.Throws<OverflowException>(() => Information.FromBits(watts).ToUnitsNet());
        Assert.Throws<OverflowException>(() => BitRate.FromBitsPerSecond(watts).ToUnitsNet());
    }

    [Theory]
    [InlineData(7.9228162514264329e28)]
    [InlineData(-7.9e28)]
    [InlineData(1e-28)]
    [InlineData(-1.5e-27)]
    [InlineData(1.2345678901234567e-11)]
    [InlineData(0.0)]
    public void A_value_at_the_edges_of_the_decimal_range_converts_exactly(double watts)
    {
        var unitsNet = Power.FromWatts(watts).ToUnitsNet();
        Assert.Equal(watts, Power.FromUnitsNet(unitsNet).Watts);
        Assert.Equal(decimal.Parse(watts.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture), unitsNet.Value);
    }

    [Fact]
    public void A_via_conversion_beyond_a_double_is_an_OverflowException()
    {
        // Beyond the unit's range only through arithmetic: constructors reject values whose base value is not finite.
        var flux = HeatFlux.FromWattsPerSquareMillimeter(1e300) * 1e5;
        Assert.False(flux.TryToUnitsNet(out _));
        var error = Assert.Throws<OverflowException>(() => flux.ToUnitsNet());
        Assert.Contains("1E+305 W/mm²", error.Message, StringComparison.Ordinal);
        Assert.Contains("beyond the range of a double", error.Message, StringComparison.Ordinal);

        var huge = Assert.Throws<OverflowException>(() => Mass.FromUnitsNet(UN.Mass.FromSolarMasses(1e300)));
        Assert.Contains("beyond the range of a double", huge.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decimal_comes_back_as_the_nearest_double()
    {
        var random = new Random(7);
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < 100_000; i++)
        {
            var value = new decimal(random.Next(), random.Next(), random.Next(), random.Next(2) == 0, (byte)random.Next(29));
            var nearest = double.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            Assert.Equal(nearest, UnitsNetInterop.ToDouble(value));
            Assert.Equal(nearest, Power.FromUnitsNet(new UN.Power(value, UN.Units.PowerUnit.Watt)).Watts);
        }

        Assert.Equal(0.1, UnitsNetInterop.ToDouble(0.1m));
        Assert.Equal(7.922816251426434e28, UnitsNetInterop.ToDouble(decimal.MaxValue));
        Assert.Equal(1e-28, UnitsNetInterop.ToDouble(0.0000000000000000000000000001m));
    }

    [Fact]
    public void The_decimal_conversion_keeps_the_shortest_digits()
    {
        Assert.True(UnitsNetInterop.TryToDecimal(0.1, out var tenth));
        Assert.Equal("0.1", tenth.ToString(CultureInfo.InvariantCulture));
        Assert.True(UnitsNetInterop.TryToDecimal(0.30000000000000004, out var sum));
        Assert.Equal("0.30000000000000004", sum.ToString(CultureInfo.InvariantCulture));
        Assert.True(UnitsNetInterop.TryToDecimal(9007199254740993, out var large));
        Assert.Equal(9007199254740992m, large);
        Assert.True(UnitsNetInterop.TryToDecimal(-0.0, out var zero));
        Assert.Equal(0m, zero);
        Assert.False(UnitsNetInterop.TryToDecimal(double.NaN, out _));
        Assert.False(UnitsNetInterop.TryToDecimal(double.PositiveInfinity, out _));
    }
}
