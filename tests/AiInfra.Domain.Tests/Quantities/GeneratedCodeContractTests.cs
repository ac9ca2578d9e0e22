using System.Globalization;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// The public API that code generated from a project's own *.quantity.json files calls (QuantityInfo's constructor,
/// Quantity.Register, QuantityParser, QuantityFormatter, QuantityGuard, UnitLookup): each checks what it is given and
/// keeps its documented promise, since a project's generated code reaches it from outside the library.
/// </summary>
public class GeneratedCodeContractTests
{
    private static readonly BaseDimensions Watts = new(Length: 2, Mass: 1, Time: -3);

    [Fact]
    public void QuantityInfo_rejects_units_that_are_not_indexed_by_their_value()
    {
        UnitInfo<PowerUnit> watt = new(PowerUnit.Watt, "Watts", ["W"], 1, 0);
        UnitInfo<PowerUnit> kilowatt = new(PowerUnit.Kilowatt, "Kilowatts", ["kW"], 1000, 0);
        var ordered = new QuantityInfo<Power, PowerUnit>("Power", [watt, .. Power.Info.UnitInfos.Skip(1)], Watts, null);
        Assert.Equal("Power", ordered.Name);

        var error = Assert.Throws<ArgumentException>(() => new QuantityInfo<Power, PowerUnit>("Power", [watt, kilowatt], Watts, null));
        Assert.Equal("units", error.ParamName);
        Assert.Contains("PowerUnit.Kilowatt", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new QuantityInfo<Power, PowerUnit>("Power", [], Watts, null));
        Assert.Throws<ArgumentException>(() => new QuantityInfo<Power, PowerUnit>("Power", [watt, null!], Watts, null));
        Assert.Throws<ArgumentNullException>(() => new QuantityInfo<Power, PowerUnit>("Power", null!, Watts, null));
        Assert.Throws<ArgumentException>(() => new QuantityInfo<Power, PowerUnit>(" ", [watt], Watts, null));
        Assert.Throws<ArgumentNullException>(() => new QuantityInfo<Power, PowerUnit>("Power", [watt], null!, null));
    }

    [Fact]
    public void Registering_a_quantity_that_is_already_known_changes_nothing()
    {
        var infos = Quantity.Infos;
        Quantity.Register<Power, PowerUnit>();
        Quantity.Register<Power, PowerUnit>();
        Assert.Same(infos, Quantity.Infos);
        Assert.Same(Power.Info, Quantity.ByName["Power"]);
    }

    [Theory]
    [InlineData("700 W", true)]
    [InlineData("NaN W", false)]
    [InlineData("1e400 W", false)]
    [InlineData("5 mw", false)]
    [InlineData("", false)]
    public void QuantityParser_TryParse_answers_without_throwing(string text, bool expected)
    {
        Assert.Equal(expected, QuantityParser.TryParse<Power, PowerUnit>(text, CultureInfo.InvariantCulture, out var power));
        Assert.Equal(expected ? Power.FromWatts(700) : default, power);
    }

    [Fact]
    public void QuantityParser_UnitNotFound_says_why()
    {
        Assert.Equal(QuantityParseError.AmbiguousUnit, QuantityParser.UnitNotFound<Power, PowerUnit>("mw").Error);
        Assert.Equal(QuantityParseError.WrongDimension, QuantityParser.UnitNotFound<Power, PowerUnit>("V").Error);
        Assert.Throws<ArgumentNullException>(() => QuantityParser.UnitNotFound<Power, PowerUnit>(null!));
    }

    [Fact]
    public void UnitLookup_accepts_another_case_only_when_one_unit_matches()
    {
        Assert.True(UnitLookup.TryFindIgnoringCase("kw", Power.Info, out var kilowatt));
        Assert.Equal(PowerUnit.Kilowatt, kilowatt);
        Assert.False(UnitLookup.TryFindIgnoringCase("mw", Power.Info, out _));
        Assert.Throws<ArgumentNullException>(() => UnitLookup.TryFindIgnoringCase<PowerUnit>("W", null!, out _));
    }

    [Fact]
    public void QuantityFormatter_writes_number_space_abbreviation_and_reports_a_short_buffer()
    {
        Assert.Equal("1.5 kW", QuantityFormatter.Format(1.5, "kW", null, null));
        Assert.Equal("0.5", QuantityFormatter.Format(0.5, string.Empty, null, null));
        Assert.Equal("1,5 kW", QuantityFormatter.Format(1.5, "kW", null, CultureInfo.GetCultureInfo("de-DE")));

        Span<char> buffer = stackalloc char[5];
        Assert.False(QuantityFormatter.TryFormat(1.5, "kW", buffer, out var written, default, null));
        Assert.Equal(0, written);
        Assert.True(QuantityFormatter.TryFormat(1.5, "W", buffer, out written, default, null));
        Assert.Equal("1.5 W", buffer[..written].ToString());
        Assert.Throws<ArgumentNullException>(() => QuantityFormatter.Format(1, null!, null, null));
    }

    [Fact]
    public void QuantityGuard_checks_values_and_units_and_hashes_as_equality_compares()
    {
        Assert.Equal(2.5, QuantityGuard.Finite(2.5, "value"));
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => QuantityGuard.Finite(double.NaN, "value")).ParamName);
        Assert.Throws<ArgumentException>(() => QuantityGuard.Finite(double.NegativeInfinity, "value"));
        var undefined = QuantityGuard.UndefinedUnit((PowerUnit)99, "unit");
        Assert.Equal("unit", undefined.ParamName);
        Assert.Contains("99 is not a defined PowerUnit", undefined.Message, StringComparison.Ordinal);
        Assert.Contains("EnergyUnit.Joule is not a PowerUnit", QuantityGuard.WrongUnitType(EnergyUnit.Joule, typeof(PowerUnit), "unit").Message, StringComparison.Ordinal);
        var gigawatt = Power.Info.UnitInfos[(int)PowerUnit.Gigawatt];
        var outOfRange = QuantityGuard.OutOfRange(Power.Info, gigawatt, 1e308, "value");
        Assert.Equal("value", outOfRange.ParamName);
        Assert.Contains("out of range for a Power", outOfRange.Message, StringComparison.Ordinal);
        var overflowed = Power.FromGigawatts(1e299) * 1e10;
        var notExpressible = QuantityGuard.NotExpressible(overflowed, gigawatt, overflowed.As(PowerUnit.Gigawatt), "unit");
        Assert.Contains("not a finite amount", notExpressible.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => QuantityGuard.OutOfRange(null!, gigawatt, 1, "value"));
        Assert.Throws<ArgumentNullException>(() => QuantityGuard.NotExpressible(overflowed, null!, 1, "unit"));
        Assert.Equal(QuantityGuard.HashOf(0.0), QuantityGuard.HashOf(-0.0));
        Assert.Equal(QuantityGuard.HashOf(double.NaN), QuantityGuard.HashOf(-double.NaN));
    }
}
