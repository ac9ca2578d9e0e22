using System.Globalization;
using System.Text.Json;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// The overflow rule: constructors, <c>From*</c>, <c>Quantity.From</c>, <c>ToUnit</c>, parsing and JSON reading accept a
/// value only when it and its value in the base unit are finite; arithmetic follows IEEE 754.
/// </summary>
public class RangeTests
{
    private static readonly JsonSerializerOptions Options = new();

    [Theory]
    [MemberData(nameof(UnitConversionTests.AllUnits), MemberType = typeof(UnitConversionTests))]
    public void Every_unit_accepts_its_limits_and_rejects_the_next_double_everywhere(string quantity, string unitName)
    {
        var info = Quantity.ByName[quantity];
        var unit = info.UnitInfos.Single(u => u.Name == unitName);
        var (min, max) = QuantityRange.Limits(unit);
        foreach (var limit in new[] { min, max })
        {
            var inRange = Quantity.From(limit, unit.UntypedValue);
            Assert.True(double.IsFinite(inRange.As(info.BaseUnitInfo.UntypedValue)));
            Assert.Equal(inRange.Value, Read(info, unit, limit).Value);
            Assert.True(Quantity.TryFrom(limit, unit.UntypedValue, out _));

            var beyond = limit > 0 ? Math.BitIncrement(limit) : Math.BitDecrement(limit);
            if (!double.IsFinite(beyond))
            {
                Assert.Equal(double.MaxValue, Math.Abs(limit));
                continue;
            }

            var error = Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.From(beyond, unit.UntypedValue));
            Assert.Equal("value", error.ParamName);
            Assert.Contains(Number(max), error.Message, StringComparison.Ordinal);
            Assert.False(Quantity.TryFrom(beyond, unit.UntypedValue, out _));
            Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.From(beyond, quantity, unitName));
            Assert.Throws<ArgumentOutOfRangeException>(() => info.CreateUntyped(beyond, unit.UntypedValue));

            var text = Text(unit, beyond);
            Assert.False(Quantity.TryParse(info.ValueType, text, out _), text);
            var parseError = Assert.Throws<QuantityFormatException>(() => Quantity.Parse(info.ValueType, text));
            Assert.Equal(QuantityParseError.NotFinite, parseError.Error);
            Assert.Contains("base unit", parseError.Message, StringComparison.Ordinal);
            Assert.Contains(Number(min), parseError.Message, StringComparison.Ordinal);

            var json = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"" + text + "\"", info.ValueType, Options));
            Assert.Contains("base unit", json.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_issue_examples_are_rejected_with_the_range_named()
    {
        Assert.False(Power.TryParse("1.7976931348623157E+308 GW", out _));
        var error = Assert.Throws<QuantityFormatException>(() => Power.Parse("1.7976931348623157E+308 GW"));
        Assert.Equal(QuantityParseError.NotFinite, error.Error);
        Assert.Contains("in GW the value must be from -1.7976931348623156E+299 to 1.7976931348623156E+299", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Power.FromGigawatts(1e300));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Power(1e301, PowerUnit.Gigawatt));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Power>("\"1e300 GW\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Power>("1e300", new JsonSerializerOptions { Converters = { new AiInfra.Domain.Quantities.Serialization.QuantityJsonConverter<Power, PowerUnit>(PowerUnit.Gigawatt) } }));
        Assert.Equal(1.7976931348623157E+308, Power.Parse("1.7976931348623157E+308 mW").Milliwatts);
    }

    [Fact]
    public void NaN_and_infinities_keep_their_argument_exception()
    {
        var error = Assert.Throws<ArgumentException>(() => Power.FromWatts(double.NaN));
        Assert.IsNotType<ArgumentOutOfRangeException>(error);
        Assert.Throws<ArgumentException>(() => Power.FromKilowatts(double.PositiveInfinity));
        Assert.Equal(QuantityParseError.NotFinite, Assert.Throws<QuantityFormatException>(() => Power.Parse("1e400 W")).Error);
    }

    [Fact]
    public void A_constructor_checks_the_value_then_the_unit_then_the_range_whatever_fails_together()
    {
        // The constructors of quantities with scale factors test the base value once and sort a failure out afterwards:
        // the exception must be the one the documented order of checks gives.
        static void Check<TException>(Action create, string parameter)
            where TException : ArgumentException
        {
            var error = Assert.Throws<TException>(create);
            Assert.Equal(typeof(TException), error.GetType());
            Assert.Equal(parameter, error.ParamName);
        }

        var undefined = (PowerUnit)7;
        Check<ArgumentException>(() => _ = new Power(double.NaN, undefined), "value");
        Check<ArgumentException>(() => _ = new Power(double.NegativeInfinity, undefined), "value");
        Check<ArgumentException>(() => _ = new Power(double.PositiveInfinity, PowerUnit.Gigawatt), "value");
        Check<ArgumentOutOfRangeException>(() => _ = new Power(1, undefined), "unit");
        Check<ArgumentOutOfRangeException>(() => _ = Power.From(0, (PowerUnit)(-1)), "unit");
        Check<ArgumentOutOfRangeException>(() => _ = new Power(1e301, PowerUnit.Gigawatt), "value");
        Check<ArgumentOutOfRangeException>(() => _ = new Power(-1e301, PowerUnit.Gigawatt), "value");

        // An affine quantity keeps its own checks, in the same order.
        Check<ArgumentException>(() => _ = new Temperature(double.NaN, (TemperatureUnit)99), "value");
        Check<ArgumentOutOfRangeException>(() => _ = new Temperature(1, (TemperatureUnit)99), "unit");

        Assert.True(double.IsFinite(new Power(1.7976931348623156E+299, PowerUnit.Gigawatt).Watts));
        Assert.Equal(-0.0, new Power(-0.0, PowerUnit.Kilowatt).Value);
        Assert.True(double.IsNegative(new Power(-0.0, PowerUnit.Kilowatt).Value));
    }

    [Fact]
    public void ToUnit_rejects_what_the_target_unit_cannot_hold_and_As_follows_ieee()
    {
        var huge = Power.FromWatts(1e308);
        Assert.True(double.IsPositiveInfinity(huge.As(PowerUnit.Milliwatt)));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => huge.ToUnit(PowerUnit.Milliwatt));
        Assert.Equal("unit", error.ParamName);
        Assert.Contains("mW", error.Message, StringComparison.Ordinal);
        Assert.Equal(huge.Value / 1e9, huge.ToUnit(PowerUnit.Gigawatt).Value);

        var overflowed = Power.FromWatts(1e308) * 10;
        Assert.Throws<ArgumentOutOfRangeException>(() => overflowed.ToUnit(PowerUnit.Kilowatt));
        Assert.Throws<ArgumentOutOfRangeException>(() => overflowed.ToUnit(PowerUnit.Watt));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((IQuantity)(Power.Zero / 0.0)).ToUnit(PowerUnit.Kilowatt));
        Assert.Throws<ArgumentOutOfRangeException>(() => UnitConverter.Convert(1e308, PowerUnit.Watt, PowerUnit.Milliwatt));
        Assert.False(UnitConverter.TryConvert(1e308, PowerUnit.Watt, PowerUnit.Milliwatt, out _));
        Assert.True(UnitConverter.TryConvert(1e308, PowerUnit.Milliwatt, PowerUnit.Watt, out var watts));
        Assert.Equal(1e305, watts, 1e290);
    }

    [Fact]
    public void Arithmetic_follows_ieee_and_may_leave_the_range()
    {
        var big = Power.FromGigawatts(1e299) * 10;
        Assert.Equal(1e300, big.Value);
        Assert.True(double.IsPositiveInfinity(big.Watts));
        Assert.True(double.IsPositiveInfinity((Power.MaxValue * 2).Value));
    }

    [Theory]
    [InlineData("1e306")]
    [InlineData("\"1e306 kW\"")]
    [InlineData("\"1.7976931348623157E+308 GW\"")]
    public void An_entity_property_beyond_its_unit_is_a_not_finite_error(string rating)
    {
        Assert.False(AiInfraJson.TryDeserialize<AiInfra.Domain.PowerDelivery.PowerShelf>($$"""{"id":"a","name":"A","rating":{{rating}}}""", out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.NotFinite, error.Code);
        Assert.Equal("/rating", error.Path);
        Assert.Contains("base unit", error.Message, StringComparison.Ordinal);
    }

    private static IQuantity Read(QuantityInfo info, UnitInfo unit, double value) => Quantity.Parse(info.ValueType, Text(unit, value));

    private static string Text(UnitInfo unit, double value) =>
        unit.Abbreviation.Length == 0 ? Number(value) : Number(value) + " " + unit.Abbreviation;

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
