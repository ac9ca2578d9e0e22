using System.Runtime.CompilerServices;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// The float of the base value that every quantity keeps in its padding (a filter before the exact comparison) never
/// changes a result: every operator agrees with <see cref="AmountOrder"/> called directly (with the double comparison in
/// one unit), for values far apart, a few ulps apart across units, equal amounts in other units, NaN and infinities.
/// </summary>
public class OrderFilterTests
{
    [Fact]
    public void The_filter_fits_in_the_padding_a_quantity_is_sixteen_bytes()
    {
        Assert.Equal(16, Unsafe.SizeOf<Power>());
        Assert.Equal(16, Unsafe.SizeOf<Temperature>());
    }

    /// <summary>The same-unit helpers the generated Equals and CompareTo call are double's own Equals and CompareTo, for every pair of special values, and so are those of two quantities in one unit.</summary>
    [Fact]
    public void Values_in_one_unit_compare_as_doubles_do()
    {
        double[] values = [double.NaN, double.NegativeInfinity, double.MinValue, -1, -double.Epsilon, -0.0, 0.0, double.Epsilon, 1, 1 + 2.220446049250313e-16, double.MaxValue, double.PositiveInfinity];
        foreach (var x in values)
        {
            foreach (var y in values)
            {
                var context = $"{x:R} against {y:R}";
                Assert.True(x.Equals(y) == AmountOrder.SameValue(x, y), context);
                Assert.True(x.CompareTo(y) == AmountOrder.CompareValues(x, y), context);
                Assert.True(x.Equals(y) == (Power.FromKilowatts(1) * x).Equals((Power.FromKilowatts(1) * y)), context);
                Assert.True(x.CompareTo(y) == (Power.FromKilowatts(1) * x).CompareTo((Power.FromKilowatts(1) * y)), context);
            }
        }
    }

    [Fact]
    public void Power_operators_agree_with_the_exact_order_in_every_pair_of_units()
    {
        var random = new Random(15);
        var units = Enum.GetValues<PowerUnit>();
        foreach (var (x1, u1, x2, u2) in Pairs(random, units, u => Power.Info.UnitInfos[(int)u].ConversionFactor))
        {
            var a = Power.From(x1, u1);
            var b = Power.From(x2, u2);
            Check(a, b, x1, Factor(u1), 0, x2, Factor(u2), 0, u1 == u2);
            var nan = a * double.NaN;
            var infinite = a * double.PositiveInfinity;
            Check(nan, b, nan.Value, Factor(u1), 0, x2, Factor(u2), 0, u1 == u2);
            Check(infinite, b, infinite.Value, Factor(u1), 0, x2, Factor(u2), 0, u1 == u2);
        }

        static double Factor(PowerUnit unit) => Power.Info.UnitInfos[(int)unit].ConversionFactor;
    }

    [Fact]
    public void Temperature_operators_agree_with_the_exact_affine_order_in_every_pair_of_units()
    {
        var random = new Random(16);
        var units = Enum.GetValues<TemperatureUnit>();
        foreach (var (x1, u1, x2, u2) in Pairs(random, units, u => Temperature.Info.UnitInfos[(int)u].ConversionFactor, u => Temperature.Info.UnitInfos[(int)u].ConversionOffset))
        {
            var a = Temperature.From(x1, u1);
            var b = Temperature.From(x2, u2);
            var i1 = Temperature.Info.UnitInfos[(int)u1];
            var i2 = Temperature.Info.UnitInfos[(int)u2];
            Check(a, b, x1, i1.ConversionFactor, i1.ConversionOffset, x2, i2.ConversionFactor, i2.ConversionOffset, u1 == u2);
        }
    }

    private static IEnumerable<(double X1, TUnit U1, double X2, TUnit U2)> Pairs<TUnit>(Random random, TUnit[] units, Func<TUnit, double> factor, Func<TUnit, double>? offset = null)
        where TUnit : struct, Enum
    {
        offset ??= static _ => 0;
        foreach (var u1 in units)
        {
            foreach (var u2 in units)
            {
                for (var i = 0; i < 400; i++)
                {
                    var x1 = (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-3, 6));
                    double x2;
                    switch (i % 4)
                    {
                        case 0:
                            x2 = (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-3, 6));
                            break;
                        case 1:
                            // The same amount in the other unit, as near as a double gets, then a few ulps either side.
                            x2 = ((x1 * factor(u1)) + offset(u1) - offset(u2)) / factor(u2);
                            for (var step = random.Next(-3, 4); step != 0; step -= Math.Sign(step))
                            {
                                x2 = step > 0 ? Math.BitIncrement(x2) : Math.BitDecrement(x2);
                            }

                            break;
                        case 2:
                            x2 = x1;
                            break;
                        default:
                            // Amounts within a float's precision of each other: the filter ties and the exact path decides.
                            x2 = ((x1 * factor(u1)) + offset(u1) - offset(u2)) / factor(u2) * (1 + ((random.NextDouble() - 0.5) * 1e-7));
                            break;
                    }

                    yield return (x1, u1, x2, u2);
                }
            }
        }
    }

    private static void Check<T>(T a, T b, double x1, double f1, double o1, double x2, double f2, double o2, bool sameUnit)
        where T : IQuantity, IComparable<T>, IEquatable<T>, System.Numerics.IComparisonOperators<T, T, bool>
    {
        bool less, lessOrEqual, greater, greaterOrEqual, equal, equalOrBothNaN;
        int compare;
        if (sameUnit)
        {
            (less, lessOrEqual, greater, greaterOrEqual, equal) = (x1 < x2, x1 <= x2, x1 > x2, x1 >= x2, x1 == x2);
            (equalOrBothNaN, compare) = (x1.Equals(x2), x1.CompareTo(x2));
        }
        else
        {
            less = AmountOrder.Less(x1, f1, o1, x2, f2, o2);
            lessOrEqual = AmountOrder.LessOrEqual(x1, f1, o1, x2, f2, o2);
            greater = AmountOrder.Less(x2, f2, o2, x1, f1, o1);
            greaterOrEqual = AmountOrder.LessOrEqual(x2, f2, o2, x1, f1, o1);
            equal = AmountOrder.Equal(x1, f1, o1, x2, f2, o2);
            equalOrBothNaN = AmountOrder.EqualOrBothNaN(x1, f1, o1, x2, f2, o2);
            compare = AmountOrder.Compare(x1, f1, o1, x2, f2, o2);
        }

        var context = $"{a:R} against {b:R}";
        Assert.True(less == (a < b), context);
        Assert.True(lessOrEqual == (a <= b), context);
        Assert.True(greater == (a > b), context);
        Assert.True(greaterOrEqual == (a >= b), context);
        Assert.True(equal == (a == b), context);
        Assert.True(!equal == (a != b), context);
        Assert.True(equalOrBothNaN == a.Equals(b), context);
        Assert.True(equalOrBothNaN == EqualityComparer<T>.Default.Equals(a, b), context);
        Assert.True(compare == a.CompareTo(b), context);
        Assert.True(compare == Comparer<T>.Default.Compare(a, b), context);
    }
}
