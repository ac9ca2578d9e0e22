using System.Numerics;
using System.Reflection;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// Points on a scale (Temperature, PowerRatio) and their differences (TemperatureDelta, Level): a point plus a
/// difference is a point in the point's unit, a point minus a point is a difference, and points never add.
/// </summary>
public class AffineQuantityTests
{
    [Fact]
    public void Celsius_plus_kelvins_is_celsius_exactly()
    {
        var t = Temperature.FromDegreesCelsius(20) + TemperatureDelta.FromKelvins(5);
        Assert.Equal(TemperatureUnit.DegreeCelsius, t.Unit);
        Assert.Equal(25, t.Value);
        Assert.Equal(Temperature.FromDegreesCelsius(25), t);
        Assert.Equal(Temperature.FromDegreesCelsius(25), TemperatureDelta.FromKelvins(5) + Temperature.FromDegreesCelsius(20));
        Assert.Equal(Temperature.FromDegreesCelsius(15), Temperature.FromDegreesCelsius(20) - TemperatureDelta.FromKelvins(5));
        Assert.Equal("25 °C", t.ToString());
    }

    [Fact]
    public void Celsius_minus_celsius_is_a_temperature_delta()
    {
        TemperatureDelta delta = Temperature.FromDegreesCelsius(25) - Temperature.FromDegreesCelsius(20);
        Assert.Equal(5, delta.Kelvins);
        Assert.Equal(TemperatureDelta.FromKelvins(5), delta);
        Assert.Equal(TemperatureDelta.FromDegreesCelsius(5), delta);
        Assert.Equal(TemperatureDelta.FromKelvins(-5), Temperature.FromDegreesCelsius(20) - Temperature.FromDegreesCelsius(25));
        Assert.Equal(TemperatureDelta.FromKelvins(5), Temperature.FromKelvins(298.15) - Temperature.FromKelvins(293.15), TemperatureDeltaTolerance);
    }

    [Fact]
    public void The_scales_meet_where_they_should()
    {
        Assert.Equal(273.15, Temperature.FromDegreesCelsius(0).Kelvins);
        Assert.Equal(Temperature.FromKelvins(273.15), Temperature.FromDegreesCelsius(0));
        Assert.Equal(0, Temperature.FromKelvins(273.15).DegreesCelsius);
        Assert.Equal(-273.15, Temperature.FromKelvins(0).DegreesCelsius);

        // 32 °F is 0 °C up to the rounding of 5/9; equality is exact, so compare with a tolerance.
        Assert.Equal(0, Temperature.FromDegreesFahrenheit(32).DegreesCelsius, 12);
        Assert.True(Temperature.FromDegreesFahrenheit(32).Equals(Temperature.FromDegreesCelsius(0), TemperatureDelta.FromKelvins(1e-12)));
        Assert.Equal(100, Temperature.FromDegreesFahrenheit(212).DegreesCelsius, 12);
        Assert.Equal(-40, Temperature.FromDegreesCelsius(-40).DegreesFahrenheit, 12);
        Assert.Equal(32, Temperature.FromDegreesCelsius(0).DegreesFahrenheit, 12);
        Assert.Equal(-459.67, Temperature.FromKelvins(0).DegreesFahrenheit, 10);
    }

    [Fact]
    public void Fahrenheit_and_celsius_deltas()
    {
        var rise = Temperature.FromDegreesFahrenheit(50) - Temperature.FromDegreesFahrenheit(32);
        Assert.Equal(10, rise.Kelvins, 12);
        Assert.Equal(18, rise.DegreesFahrenheit, 12);
        Assert.Equal(10, rise.DegreesCelsius, 12);
        Assert.Equal(5, TemperatureDelta.FromDegreesFahrenheit(9).Kelvins, 12);
        Assert.Equal(TemperatureDelta.FromKelvins(1), TemperatureDelta.FromDegreesCelsius(1));

        var warmed = Temperature.FromDegreesFahrenheit(32) + TemperatureDelta.FromDegreesFahrenheit(18);
        Assert.Equal(TemperatureUnit.DegreeFahrenheit, warmed.Unit);
        Assert.Equal(50, warmed.Value, 12);

        var byKelvins = Temperature.FromDegreesFahrenheit(32) + TemperatureDelta.FromKelvins(10);
        Assert.Equal(TemperatureUnit.DegreeFahrenheit, byKelvins.Unit);
        Assert.Equal(50, byKelvins.Value, 12);

        // Across units the difference is computed in kelvins.
        Assert.Equal(10, (Temperature.FromDegreesCelsius(10) - Temperature.FromKelvins(273.15)).Kelvins, 12);
        Assert.Equal(0, (Temperature.FromDegreesFahrenheit(212) - Temperature.FromDegreesCelsius(100)).Kelvins, 12);
    }

    [Fact]
    public void Temperature_deltas_are_linear()
    {
        var sum = TemperatureDelta.FromKelvins(5) + TemperatureDelta.FromDegreesCelsius(3);
        Assert.Equal(8, sum.Kelvins);
        Assert.Equal(TemperatureDelta.FromKelvins(10), TemperatureDelta.FromKelvins(5) * 2);
        Assert.Equal(TemperatureDelta.FromKelvins(-5), -TemperatureDelta.FromKelvins(5));
    }

    [Theory]
    [InlineData(typeof(Temperature))]
    [InlineData(typeof(PowerRatio))]
    public void Points_cannot_be_added_negated_or_scaled(Type point)
    {
        var operators = point.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name.StartsWith("op_", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(operators, m => m.Name == "op_Addition" && m.GetParameters().All(p => p.ParameterType == point));
        Assert.DoesNotContain(operators, m => m.Name is "op_Multiply" or "op_Division" && m.GetParameters().Any(p => p.ParameterType == typeof(double)));
        Assert.DoesNotContain(operators, m => m.Name is "op_UnaryNegation" or "op_UnaryPlus");
        Assert.DoesNotContain(point.GetInterfaces(), i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAdditionOperators<,,>) && i.GetGenericArguments()[1] == point);
        Assert.DoesNotContain(point.GetInterfaces(), i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAdditiveIdentity<,>));
        Assert.True(Quantity.GetInfo(point).IsAffine);
    }

    [Fact]
    public void Zero_dBm_is_minus_thirty_dBW_and_one_milliwatt()
    {
        var zero = PowerRatio.FromDecibelMilliwatts(0);
        Assert.Equal(-30, zero.DecibelWatts);
        Assert.Equal(PowerRatio.FromDecibelWatts(-30), zero);
        Assert.Equal(30, PowerRatio.FromDecibelWatts(0).DecibelMilliwatts);

        var power = zero.ToPower();
        Assert.Equal(1, power.Milliwatts, 12);
        Assert.Equal(1, PowerRatio.FromDecibelWatts(0).ToPower().Watts);
        Assert.Equal(1, PowerRatio.FromDecibelMilliwatts(30).ToPower().Watts, 12);
        Assert.Equal(100, PowerRatio.FromDecibelMilliwatts(20).ToPower().Milliwatts, 10);
    }

    [Fact]
    public void FromPower_gives_the_level_of_a_power()
    {
        Assert.Equal(0, PowerRatio.FromPower(Power.FromWatts(1)).DecibelWatts);
        var dbm = PowerRatio.FromPower(Power.FromMilliwatts(1), PowerRatioUnit.DecibelMilliwatt);
        Assert.Equal(PowerRatioUnit.DecibelMilliwatt, dbm.Unit);
        Assert.Equal(0, dbm.Value, 12);
        Assert.Equal(30, PowerRatio.FromPower(Power.FromKilowatts(1)).DecibelWatts, 12);
        Assert.Equal(20, PowerRatio.FromPower(Power.FromWatts(0.1), PowerRatioUnit.DecibelMilliwatt).Value, 12);

        Assert.Throws<ArgumentOutOfRangeException>(() => PowerRatio.FromPower(Power.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => PowerRatio.FromPower(Power.FromWatts(-1)));
    }

    [Fact]
    public void Power_levels_subtract_to_a_level_and_shift_by_a_level()
    {
        Level gain = PowerRatio.FromDecibelMilliwatts(10) - PowerRatio.FromDecibelMilliwatts(3);
        Assert.Equal(Level.FromDecibels(7), gain);
        Assert.Equal(LevelUnit.Decibel, gain.Unit);
        Assert.Equal(Level.FromDecibels(30), PowerRatio.FromDecibelWatts(0) - PowerRatio.FromDecibelMilliwatts(0));

        var shifted = PowerRatio.FromDecibelMilliwatts(10) + Level.FromDecibels(3);
        Assert.Equal(PowerRatioUnit.DecibelMilliwatt, shifted.Unit);
        Assert.Equal(13, shifted.Value);
        Assert.Equal(PowerRatio.FromDecibelMilliwatts(13), Level.FromDecibels(3) + PowerRatio.FromDecibelMilliwatts(10));
        Assert.Equal(PowerRatio.FromDecibelMilliwatts(-2), PowerRatio.FromDecibelMilliwatts(1) - Level.FromDecibels(3));

        // A launch power minus a link loss is a received power.
        var received = PowerRatio.FromDecibelMilliwatts(2) - Level.FromDecibels(4.5);
        Assert.Equal(-2.5, received.DecibelMilliwatts, 12);
        Assert.True(received.Equals(PowerRatio.FromDecibelMilliwatts(-2.5), Level.FromDecibels(1e-12)));
    }

    [Fact]
    public void Points_compare_and_order_on_one_scale()
    {
        Assert.True(Temperature.FromDegreesCelsius(0) > Temperature.FromKelvins(273));
        Assert.True(Temperature.FromDegreesCelsius(-273.15) <= Temperature.FromKelvins(0));
        Assert.True(PowerRatio.FromDecibelWatts(0) > PowerRatio.FromDecibelMilliwatts(29));
        Assert.Equal(Temperature.FromKelvins(0), default);
    }

    private static readonly TemperatureDeltaComparer TemperatureDeltaTolerance = new(1e-12);

    private sealed class TemperatureDeltaComparer(double kelvins) : IEqualityComparer<TemperatureDelta>
    {
        public bool Equals(TemperatureDelta x, TemperatureDelta y) => x.Equals(y, TemperatureDelta.FromKelvins(kelvins));

        public int GetHashCode(TemperatureDelta obj) => 0;
    }
}
