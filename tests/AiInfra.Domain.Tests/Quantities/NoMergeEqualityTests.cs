using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// Equality, hashing and ordering never merge two different values of one unit, stay transitive across units, and
/// keep the ordinary cross-unit equalities (1.2 kW is 1200 W, 1.75 % is 0.0175).
/// </summary>
public class NoMergeEqualityTests
{
    [Fact]
    public void Adjacent_doubles_of_one_unit_are_never_equal_in_any_unit_of_any_quantity()
    {
        var random = new Random(5);
        foreach (var info in Quantity.Infos)
        {
            foreach (var unit in info.UnitInfos)
            {
                for (var i = 0; i < 100; i++)
                {
                    var x = FormatParseRoundTripTests.NextValueIn(random, unit);
                    var next = Math.BitIncrement(x);
                    if (!Quantity.TryFrom(next, unit.UntypedValue, out var b))
                    {
                        continue;
                    }

                    var a = Quantity.From(x, unit.UntypedValue);
                    Assert.False(a.Equals(b), $"{a:R} and {b:R}");
                    Assert.True(((IComparable)a).CompareTo(b) < 0, $"{a:R} < {b:R}");
                    Assert.True(((IComparable)b).CompareTo(a) > 0, $"{b:R} > {a:R}");
                }
            }
        }
    }

    [Fact]
    public void Two_kilowatt_values_that_round_to_one_watt_value_stay_apart_and_one_of_them_equals_it()
    {
        var (low, high) = FindMergedPair(1000);
        var a = Power.FromKilowatts(low);
        var b = Power.FromKilowatts(high);
        var w = Power.FromWatts(low * 1000);
        Assert.Equal(a.Watts, b.Watts);
        Assert.True(a != b);
        Assert.True(a < b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a == w ^ b == w, $"exactly one of {a:R} and {b:R} equals {w:R}");
        Assert.Equal(2, new HashSet<Power> { a, b, w }.Count);
        Assert.True(a <= w && w <= b);
    }

    [Fact]
    public void The_documented_example_of_a_merge_is_two_values_now()
    {
        var low = Power.FromKilowatts(1000000.1230000033);
        var high = Power.FromKilowatts(1000000.1230000034);
        Assert.Equal(1000000123.0000033, low.Watts);
        Assert.Equal(low.Watts, high.Watts);
        Assert.NotEqual(low, high);
        Assert.True(low < high);
    }

    [Fact]
    public void Values_whose_base_value_overflows_through_arithmetic_are_distinct_and_ordered()
    {
        var e300 = Power.FromGigawatts(1e290) * 1e10;
        var e301 = Power.FromGigawatts(1e290) * 1e11;
        var infinite = Power.FromWatts(1e308) * 10;
        Assert.True(double.IsPositiveInfinity(e300.Watts) && double.IsPositiveInfinity(e301.Watts));
        Assert.False(e300 == e301);
        Assert.False(e300.Equals(e301));
        Assert.True(e300 < e301 && e301 < infinite && e300 < infinite);
        Assert.Equal(infinite, Power.FromKilowatts(1e305) * 1e10);
        Assert.True(-e301 < -e300);
        Assert.Equal(3, new HashSet<Power> { e300, e301, infinite }.Count);
    }

    [Fact]
    public void Values_whose_base_value_underflows_are_distinct_from_zero()
    {
        var tiny = Power.FromMilliwatts(double.Epsilon);
        Assert.Equal(0, tiny.Watts);
        Assert.True(tiny != Power.Zero);
        Assert.True(tiny > Power.Zero);
        Assert.True(-tiny < Power.FromWatts(-0.0));
        Assert.True(Power.FromMilliwatts(0) == Power.Zero);
        Assert.True(Power.FromMilliwatts(double.Epsilon) < Power.FromMilliwatts(2 * double.Epsilon));
        Assert.True(Power.FromMilliwatts(2 * double.Epsilon) < Power.FromWatts(double.Epsilon));
    }

    [Fact]
    public void Ordinary_values_equal_across_units_as_before()
    {
        Assert.Equal(Power.FromWatts(1200), Power.FromKilowatts(1.2));
        Assert.Equal(Power.FromKilowatts(1), Power.FromMegawatts(0.001));
        Assert.Equal(Energy.FromKilowattHours(1.4), Energy.FromJoules(5_040_000));
        Assert.NotEqual(Energy.FromKilowattHours(1.1), Energy.FromJoules(3_960_000));
        for (var hundredths = 0; hundredths <= 10_000; hundredths++)
        {
            // 1.75 % and 0.0175: the shorter of two percent values that round alike is the one equal to the fraction.
            var percent = Ratio.FromPercent(hundredths / 100.0);
            Assert.Equal(Ratio.FromDecimalFractions(percent.DecimalFractions), percent);
        }
    }

    [Fact]
    public void Temperatures_near_a_unit_offset_are_not_merged()
    {
        Assert.True(Temperature.FromDegreesCelsius(1e-20) != Temperature.FromDegreesCelsius(2e-20));
        Assert.True(Temperature.FromDegreesCelsius(1e-20) != Temperature.FromKelvins(273.15));
        Assert.True(Temperature.FromDegreesCelsius(1e-20) > Temperature.FromKelvins(273.15));
        Assert.True(Temperature.FromDegreesCelsius(-1e-20) < Temperature.FromKelvins(273.15));
        Assert.Equal(Temperature.FromKelvins(273.15), Temperature.FromDegreesCelsius(0));
        Assert.Equal(Temperature.FromKelvins(293.15), Temperature.FromDegreesCelsius(20));
        Assert.Equal(Temperature.FromKelvins(273.15).GetHashCode(), Temperature.FromDegreesCelsius(0).GetHashCode());
        Assert.True(PowerRatio.FromDecibelMilliwatts(1e-20) != PowerRatio.FromDecibelWatts(-30));
        Assert.Equal(PowerRatio.FromDecibelMilliwatts(0), PowerRatio.FromDecibelWatts(-30));
    }

    [Fact]
    public void Equality_is_transitive_hash_consistent_and_agrees_with_ordering_around_merged_values()
    {
        var random = new Random(17);
        foreach (var info in new[] { Power.Info, (QuantityInfo)Ratio.Info, Information.Info, Temperature.Info, Duration.Info })
        {
            for (var i = 0; i < 15; i++)
            {
                // A value, its neighbours and their conversions to every unit: the places where rounding ties.
                var unit = info.UnitInfos[random.Next(info.UnitInfos.Count)];
                var x = FormatParseRoundTripTests.NextValueIn(random, unit) % 1e200;
                var values = new List<IQuantity>();
                foreach (var y in new[] { Math.BitDecrement(x), x, Math.BitIncrement(x) })
                {
                    var q = Quantity.From(y, unit.UntypedValue);
                    values.Add(q);
                    foreach (var other in info.UnitInfos)
                    {
                        if (Quantity.TryFrom(q.As(other.UntypedValue), other.UntypedValue, out var converted))
                        {
                            values.Add(converted);
                        }
                    }
                }

                foreach (var a in values)
                {
                    foreach (var b in values)
                    {
                        var compare = ((IComparable)a).CompareTo(b);
                        Assert.Equal(compare == 0, a.Equals(b));
                        Assert.Equal(-compare, ((IComparable)b).CompareTo(a));
                        if (a.Equals(b))
                        {
                            Assert.Equal(a.GetHashCode(), b.GetHashCode());
                        }

                        foreach (var c in values)
                        {
                            if (a.Equals(b) && b.Equals(c))
                            {
                                Assert.True(a.Equals(c), $"{a:R} = {b:R} = {c:R}");
                            }

                            if (compare < 0 && ((IComparable)b).CompareTo(c) < 0)
                            {
                                Assert.True(((IComparable)a).CompareTo(c) < 0, $"{a:R} < {b:R} < {c:R}");
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>Two adjacent doubles whose products with <paramref name="factor"/> round to the same double.</summary>
    internal static (double Low, double High) FindMergedPair(double factor)
    {
        for (var x = 1.0e6 + 0.123; ; x = Math.BitIncrement(x))
        {
            var next = Math.BitIncrement(x);
            if (x * factor == next * factor)
            {
                return (x, next);
            }
        }
    }
}
