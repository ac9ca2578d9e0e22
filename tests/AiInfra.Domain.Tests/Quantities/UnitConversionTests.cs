using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// Every unit of every quantity, found through <see cref="Quantity.Infos"/> so that a unit added to a definition file
/// is covered without touching this file: to the base unit and back, and against the factor and offset it declares.
/// </summary>
public class UnitConversionTests
{
    private static readonly double[] Values = { 1, -3.5, 1e-9, 123456.789, 0, 7e15, -2.5e-7 };

    public static TheoryData<string, string> AllUnits()
    {
        var data = new TheoryData<string, string>();
        foreach (var info in Quantity.Infos)
        {
            foreach (var unit in info.UnitInfos)
            {
                data.Add(info.Name, unit.Name);
            }
        }

        return data;
    }

    [Fact]
    public void Every_quantity_is_listed_once_and_by_name()
    {
        Assert.Equal(Quantity.Infos.Count, Quantity.Infos.Select(i => i.Name).Distinct().Count());
        Assert.True(Quantity.Infos.Count >= 29, $"only {Quantity.Infos.Count} quantities");
        Assert.Equal(Quantity.Infos.Select(i => i.Name).Order(StringComparer.Ordinal), Quantity.Infos.Select(i => i.Name));
        foreach (var info in Quantity.Infos)
        {
            Assert.Same(info, Quantity.ByName[info.Name]);
            Assert.Same(info, Quantity.GetInfo(info.ValueType));
            Assert.Equal(1, info.BaseUnitInfo.ConversionFactor);
            Assert.Equal(0, info.BaseUnitInfo.ConversionOffset);
        }
    }

    [Fact]
    public void Unit_infos_are_indexed_by_their_enum_value()
    {
        foreach (var info in Quantity.Infos)
        {
            for (var i = 0; i < info.UnitInfos.Count; i++)
            {
                var unit = info.UnitInfos[i];
                Assert.Equal(i, Convert.ToInt32(unit.UntypedValue));
                Assert.Equal(unit.Name, unit.UntypedValue.ToString());
                Assert.Equal(info.UnitType, unit.UntypedValue.GetType());
            }

            Assert.Equal(Enum.GetValues(info.UnitType).Length, info.UnitInfos.Count);
        }
    }

    [Theory]
    [MemberData(nameof(AllUnits))]
    public void Converts_to_the_base_unit_and_back(string quantity, string unitName)
    {
        var info = Quantity.ByName[quantity];
        var unit = info.UnitInfos.Single(u => u.Name == unitName);
        var baseUnit = info.BaseUnitInfo.UntypedValue;
        foreach (var value in Values)
        {
            var q = Quantity.From(value, unit.UntypedValue);
            Assert.Equal(value, q.Value);
            Assert.Equal(unit.UntypedValue, q.Unit);

            var expectedBase = (value * unit.ConversionFactor) + unit.ConversionOffset;
            AssertClose(expectedBase, q.As(baseUnit), Scale(unit, value), $"{value} {unitName} in the base unit");

            var inBase = q.ToUnit(baseUnit);
            Assert.Equal(baseUnit, inBase.Unit);
            var back = inBase.ToUnit(unit.UntypedValue);
            Assert.Equal(unit.UntypedValue, back.Unit);
            AssertClose(value, back.Value, Scale(unit, value) / unit.ConversionFactor, $"{value} {unitName} to the base unit and back");

            var fromBase = Quantity.From(expectedBase, baseUnit).As(unit.UntypedValue);
            AssertClose(value, fromBase, Scale(unit, value) / unit.ConversionFactor, $"{expectedBase} in the base unit as {unitName}");
        }
    }

    [Theory]
    [MemberData(nameof(AllUnits))]
    public void As_agrees_with_the_declared_factor_and_offset_for_every_other_unit(string quantity, string unitName)
    {
        var info = Quantity.ByName[quantity];
        var from = info.UnitInfos.Single(u => u.Name == unitName);
        foreach (var value in Values)
        {
            var q = Quantity.From(value, from.UntypedValue);
            foreach (var to in info.UnitInfos)
            {
                var expected = ((value * from.ConversionFactor) + from.ConversionOffset - to.ConversionOffset) / to.ConversionFactor;
                var scale = Math.Max(Scale(from, value), Math.Abs(to.ConversionOffset)) / to.ConversionFactor;
                AssertClose(expected, q.As(to.UntypedValue), scale, $"{value} {from.Name} as {to.Name}");
                AssertClose(expected, UnitConverter.Convert(value, from.UntypedValue, to.UntypedValue), scale, $"UnitConverter {value} {from.Name} to {to.Name}");
            }

            Assert.Equal(value, q.As(from.UntypedValue));
        }
    }

    [Fact]
    public void Converting_to_the_same_unit_returns_the_value_unchanged()
    {
        foreach (var info in Quantity.Infos)
        {
            foreach (var unit in info.UnitInfos)
            {
                var q = Quantity.From(0.1, unit.UntypedValue);
                Assert.Equal(0.1, q.As(unit.UntypedValue));
                Assert.Equal(0.1, q.ToUnit(unit.UntypedValue).Value);
            }
        }
    }

    /// <summary>
    /// The magnitude a conversion's rounding error is relative to: the value in the base unit, or the offset when the
    /// unit has one, because subtracting an offset such as 273.15 from a value near it cancels digits (1e-9 °C goes
    /// through 273.150000001 K).
    /// </summary>
    private static double Scale(UnitInfo unit, double value) =>
        Math.Max(Math.Abs(value * unit.ConversionFactor), Math.Abs(unit.ConversionOffset));

    private static void AssertClose(double expected, double actual, double scale, string what)
    {
        var tolerance = 1e-12 * Math.Max(scale, Math.Abs(expected));
        Assert.True(
            Math.Abs(expected - actual) <= tolerance,
            $"{what}: expected {expected:R}, got {actual:R} (difference {Math.Abs(expected - actual):R}, tolerance {tolerance:R})");
    }
}
