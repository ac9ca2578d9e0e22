using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// Equality compares values converted to the base unit, exactly; the hash agrees with it; ordering is consistent
/// with it; <c>Equals(other, tolerance)</c> is the approximate comparison. NaN behaves as it does for double.
/// </summary>
public class EqualityAndOrderingTests
{
    [Fact]
    public void One_kilowatt_equals_a_thousand_watts()
    {
        var kw = Power.FromKilowatts(1);
        var w = Power.FromWatts(1000);
        Assert.True(kw == w);
        Assert.False(kw != w);
        Assert.True(kw.Equals(w));
        Assert.True(kw.Equals((object)w));
        Assert.Equal(kw.GetHashCode(), w.GetHashCode());
        Assert.Equal(0, kw.CompareTo(w));
        Assert.Equal(PowerUnit.Kilowatt, kw.Unit);
        Assert.Equal(PowerUnit.Watt, w.Unit);
        Assert.Single(new HashSet<Power> { kw, w, Power.FromMegawatts(0.001) });
    }

    [Theory]
    [InlineData(1, InformationUnit.Mebibyte, 1048576, InformationUnit.Byte)]
    [InlineData(1, InformationUnit.Gibibyte, 1024, InformationUnit.Mebibyte)]
    [InlineData(1, InformationUnit.Byte, 8, InformationUnit.Bit)]
    [InlineData(1, InformationUnit.Kilobyte, 8, InformationUnit.Kilobit)]
    public void Equal_amounts_in_different_units_are_equal_with_equal_hashes(double a, InformationUnit ua, double b, InformationUnit ub)
    {
        var x = Information.From(a, ua);
        var y = Information.From(b, ub);
        Assert.Equal(x, y);
        Assert.True(x == y);
        Assert.Equal(x.GetHashCode(), y.GetHashCode());
        Assert.Equal(0, x.CompareTo(y));
    }

    [Fact]
    public void Every_quantity_nearly_always_equals_its_conversion_to_the_base_unit_with_the_same_hash()
    {
        // Unequal only where a unit's doubles are denser than the base unit's and the value is not the canonical one of
        // the two that convert to the same base value (docs/quantities.md): rare, and the hash agrees all the same.
        var random = new Random(11);
        var unequal = 0;
        var compared = 0;
        foreach (var info in Quantity.Infos)
        {
            foreach (var unit in info.UnitInfos)
            {
                for (var i = 0; i < 200; i++)
                {
                    var q = Quantity.From(FormatParseRoundTripTests.NextValueIn(random, unit), unit.UntypedValue);
                    var inBase = q.ToUnit(info.BaseUnitInfo.UntypedValue);
                    Assert.True(!q.Equals(inBase) || q.GetHashCode() == inBase.GetHashCode(), $"{q} and {inBase}");
                    Assert.Equal(q.Equals(inBase), ((IComparable)q).CompareTo(inBase) == 0);
                    Assert.Equal(q.Equals(inBase), inBase.Equals(q));
                    Assert.True(unit != info.BaseUnitInfo || q.Equals(inBase), $"{q} and {inBase}");
                    unequal += q.Equals(inBase) ? 0 : 1;
                    compared++;
                }
            }
        }

        Assert.InRange(unequal, 0, compared / 20);
    }

    [Fact]
    public void Equals_with_a_tolerance_is_approximate_and_ignores_the_tolerance_sign()
    {
        var a = Power.FromWatts(1000);
        var b = Power.FromKilowatts(1.0005);
        Assert.False(a.Equals(b));
        Assert.True(a.Equals(b, Power.FromWatts(0.5)));
        Assert.True(a.Equals(b, Power.FromWatts(-0.5)));
        Assert.True(a.Equals(b, Power.FromMilliwatts(500)));
        Assert.False(a.Equals(b, Power.FromWatts(0.4)));
        Assert.True(b.Equals(a, Power.FromWatts(0.5)));
        Assert.True(a.Equals(a, Power.Zero));

        // The classic: 0.1 + 0.2 is not 0.3, but is within a tolerance of it.
        var sum = Power.FromWatts(0.1) + Power.FromWatts(0.2);
        Assert.NotEqual(Power.FromWatts(0.3), sum);
        Assert.True(sum.Equals(Power.FromWatts(0.3), Power.FromWatts(1e-15)));
    }

    [Fact]
    public void CompareTo_is_consistent_with_equality()
    {
        var random = new Random(3);
        var units = Power.Info.UnitInfos.Select(u => u.Value).ToArray();
        var values = Enumerable.Range(0, 300)
            .Select(_ => Power.From(random.Next(-5, 6) * Math.Pow(10, random.Next(-3, 4)), units[random.Next(units.Length)]))
            .ToList();
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                var compare = a.CompareTo(b);
                Assert.Equal(compare == 0, a.Equals(b));
                Assert.Equal(compare == 0, a == b);
                Assert.Equal(-Math.Sign(compare), Math.Sign(b.CompareTo(a)));
                Assert.Equal(compare < 0, a < b);
                Assert.Equal(compare <= 0, a <= b);
                Assert.Equal(compare > 0, a > b);
                Assert.Equal(compare >= 0, a >= b);
                if (a.Equals(b))
                {
                    Assert.Equal(a.GetHashCode(), b.GetHashCode());
                }
            }
        }

        var sorted = values.Order().ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            Assert.True(sorted[i - 1].As(PowerUnit.Watt) <= sorted[i].As(PowerUnit.Watt));
        }
    }

    [Fact]
    public void Ordering_works_across_units()
    {
        Assert.True(Power.FromWatts(999) < Power.FromKilowatts(1));
        Assert.True(Power.FromMegawatts(1) > Power.FromKilowatts(999));
        Assert.True(Information.FromGibibytes(1) > Information.FromGigabytes(1));
        Assert.True(Duration.FromMinutes(61) > Duration.FromHours(1));
        Assert.Equal(1, ((IComparable)Power.FromWatts(1)).CompareTo(null));
        Assert.Throws<ArgumentException>(() => ((IComparable)Power.FromWatts(1)).CompareTo(Energy.FromJoules(1)));
        Assert.False(Power.FromWatts(1).Equals(Energy.FromJoules(1)));
        Assert.False(Power.FromWatts(1).Equals(null));
    }

    [Fact]
    public void Zero_and_negative_zero_are_equal_with_equal_hashes()
    {
        var zero = Power.FromWatts(0);
        var negativeZero = Power.FromWatts(-0.0);
        Assert.True(double.IsNegative(negativeZero.Value));
        Assert.True(zero == negativeZero);
        Assert.True(zero.Equals(negativeZero));
        Assert.Equal(zero.GetHashCode(), negativeZero.GetHashCode());
        Assert.Equal(0, zero.CompareTo(negativeZero));
        Assert.Equal(zero.GetHashCode(), Power.FromKilowatts(-0.0).GetHashCode());
        Assert.Equal(Power.Zero, negativeZero);
        Assert.Equal(default(Power), -Power.Zero);
    }

    [Fact]
    public void NaN_from_arithmetic_equals_itself_by_Equals_but_not_by_the_operator_like_double()
    {
        var nan = Power.Zero / 0.0;
        Assert.True(double.IsNaN(nan.Value));
        var otherNan = Power.FromKilowatts(0) / 0.0;

#pragma warning disable CS1718 // Comparison made to same variable: that is the point.
        Assert.False(nan == nan);
        Assert.True(nan != nan);
        Assert.False(nan < nan || nan > nan || nan <= nan || nan >= nan);
#pragma warning restore CS1718
        Assert.True(nan.Equals(nan));
        Assert.True(nan.Equals(otherNan));
        Assert.Equal(nan.GetHashCode(), otherNan.GetHashCode());
        Assert.Equal(0, nan.CompareTo(otherNan));
        Assert.Equal(-1, nan.CompareTo(Power.FromWatts(double.MinValue)));

        Assert.Equal(double.NaN.Equals(double.NaN), nan.Equals(nan));
        Assert.Single(new HashSet<Power> { nan, otherNan });
    }

    [Fact]
    public void Arithmetic_keeps_the_left_unit_and_follows_ieee_754()
    {
        var sum = Power.FromKilowatts(1) + Power.FromWatts(500);
        Assert.Equal(PowerUnit.Kilowatt, sum.Unit);
        Assert.Equal(1.5, sum.Value);
        Assert.Equal(Power.FromWatts(500), Power.FromKilowatts(1) - Power.FromWatts(500));
        Assert.Equal(Power.FromKilowatts(-1), -Power.FromKilowatts(1));
        Assert.Equal(Power.FromKilowatts(3), 3 * Power.FromKilowatts(1));
        Assert.Equal(Power.FromKilowatts(3), Power.FromKilowatts(1) * 3);
        Assert.Equal(Power.FromKilowatts(0.5), Power.FromKilowatts(1) / 2);
        Assert.True(double.IsPositiveInfinity((Power.FromWatts(1) / 0.0).Value));
        Assert.True(double.IsPositiveInfinity((Power.MaxValue * 2).Value));
        Assert.True(Power.MinValue < Power.Zero && Power.Zero < Power.MaxValue);
    }
}
