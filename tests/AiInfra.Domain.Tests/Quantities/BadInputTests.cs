using System.Globalization;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>Bad text, bad numbers and bad units: each fails with the right error and a message that helps.</summary>
public class BadInputTests
{
    public static TheoryData<string, QuantityParseError> BadPowers() => new()
    {
        { "", QuantityParseError.Empty },
        { "   ", QuantityParseError.Empty },
        { "W", QuantityParseError.MissingNumber },
        { "kW", QuantityParseError.MissingNumber },
        { "700", QuantityParseError.MissingUnit },
        { "700 XW", QuantityParseError.UnknownUnit },
        { "700XW", QuantityParseError.UnknownUnit },
        { "700 V", QuantityParseError.WrongDimension },
        { "700 GB", QuantityParseError.WrongDimension },
        { "700,5 W", QuantityParseError.MalformedNumber },
        { "1,000 W", QuantityParseError.MalformedNumber },
        { "7OO W", QuantityParseError.MalformedNumber },
        { "NaN W", QuantityParseError.NotFinite },
        { "Infinity W", QuantityParseError.NotFinite },
        { "-Infinity W", QuantityParseError.NotFinite },
        { "1e400 W", QuantityParseError.NotFinite },
        { "-1e400 W", QuantityParseError.NotFinite },
        { "\u221E W", QuantityParseError.MalformedNumber },
        { "5 mw", QuantityParseError.AmbiguousUnit },
        { "700 W W", QuantityParseError.MalformedNumber },
    };

    [Theory]
    [MemberData(nameof(BadPowers))]
    public void Parse_fails_with_the_right_error_and_a_helpful_message(string text, QuantityParseError expected)
    {
        var error = Assert.Throws<QuantityFormatException>(() => Power.Parse(text, CultureInfo.InvariantCulture));
        Assert.Equal(expected, error.Error);
        Assert.Equal("Power", error.QuantityName);
        if (text.Trim().Length > 0)
        {
            Assert.Contains($"\"{text}\"", error.Message);
        }

        // The units expected are listed.
        Assert.Contains("kW", error.Message);
        Assert.Contains("mW", error.Message);
        Assert.Contains("BTU/h", error.Message);

        // The untyped API fails the same way.
        Assert.Equal(expected, Assert.Throws<QuantityFormatException>(() => Quantity.Parse(typeof(Power), text)).Error);
    }

    [Theory]
    [MemberData(nameof(BadPowers))]
    public void TryParse_returns_false_and_never_throws(string text, QuantityParseError expected)
    {
        _ = expected;
        Assert.False(Power.TryParse(text, out var result));
        Assert.Equal(default, result);
        Assert.False(Power.TryParse(text, CultureInfo.InvariantCulture, out _));
        Assert.False(Power.TryParse(text.AsSpan(), CultureInfo.InvariantCulture, out _));
        Assert.False(Quantity.TryParse(typeof(Power), text, out var untyped));
        Assert.Null(untyped);
    }

    [Fact]
    public void The_messages_say_what_is_wrong()
    {
        Assert.Contains("is a unit of ElectricPotential, not of Power", Message("700 V"));
        Assert.Contains("\"700,5\" is not a number in the invariant culture", Message("700,5 W"));
        Assert.Contains("\"NaN\" is not a finite number", Message("NaN W"));
        Assert.Contains("it has no unit", Message("700"));
        Assert.Contains("it has no number", Message("W"));
        Assert.Contains("\"XW\" is not a unit of Power", Message("700 XW"));
        Assert.Contains("could be mW or MW", Message("5 mw"));

        static string Message(string text) => Assert.Throws<QuantityFormatException>(() => Power.Parse(text)).Message;
    }

    [Fact]
    public void Infinity_in_a_culture_that_writes_it_as_a_symbol_is_not_finite()
    {
        var enUs = CultureInfo.GetCultureInfo("en-US");
        Assert.Equal(QuantityParseError.NotFinite, Assert.Throws<QuantityFormatException>(() => Power.Parse("\u221E W", enUs)).Error);
        Assert.Equal(QuantityParseError.MalformedNumber, Assert.Throws<QuantityFormatException>(() => Power.Parse("700.5 W", CultureInfo.GetCultureInfo("de-DE"))).Error);
        Assert.Contains("the culture de-DE", Assert.Throws<QuantityFormatException>(() => Power.Parse("700.5 W", CultureInfo.GetCultureInfo("de-DE"))).Message);
    }

    [Fact]
    public void Null_text_is_an_argument_error_and_TryParse_of_null_is_false()
    {
        // Like double.Parse(null): a null string is a programming error, not bad input.
        Assert.Throws<ArgumentNullException>(() => Power.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => Power.Parse(null!, CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentNullException>(() => Power.ParseUnit(null!));
        Assert.Throws<ArgumentNullException>(() => Quantity.Parse(typeof(Power), null!));
        Assert.False(Power.TryParse(null, out _));
        Assert.False(Power.TryParse(null, CultureInfo.InvariantCulture, out _));
        Assert.False(Power.TryParseUnit(null, out _));
        Assert.False(Quantity.TryParse(typeof(Power), null, out _));
    }

    [Theory]
    [InlineData("XW", QuantityParseError.UnknownUnit)]
    [InlineData("", QuantityParseError.UnknownUnit)]
    [InlineData("V", QuantityParseError.WrongDimension)]
    [InlineData("mw", QuantityParseError.AmbiguousUnit)]
    [InlineData("k W", QuantityParseError.UnknownUnit)]
    public void ParseUnit_fails_for_an_abbreviation_that_is_not_one_unit_of_the_quantity(string abbreviation, QuantityParseError expected)
    {
        var error = Assert.Throws<QuantityFormatException>(() => Power.ParseUnit(abbreviation));
        Assert.Equal(expected, error.Error);
        Assert.Contains($"\"{abbreviation}\"", error.Message);
        Assert.Contains("kW", error.Message);
        Assert.False(Power.TryParseUnit(abbreviation, out _));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_quantity_cannot_be_created_from_a_value_that_is_not_finite(double value)
    {
        Assert.Throws<ArgumentException>(() => new Power(value, PowerUnit.Watt));
        Assert.Throws<ArgumentException>(() => Power.FromWatts(value));
        Assert.Throws<ArgumentException>(() => Power.From(value, PowerUnit.Kilowatt));
        Assert.Throws<ArgumentException>(() => Temperature.FromDegreesCelsius(value));
        Assert.Throws<ArgumentException>(() => Quantity.From(value, PowerUnit.Watt));
        Assert.Throws<ArgumentException>(() => UnitConverter.Convert(value, PowerUnit.Kilowatt, PowerUnit.Watt));
        Assert.False(Quantity.TryFrom(value, PowerUnit.Watt, out _));
    }

    [Fact]
    public void An_undefined_unit_is_out_of_range()
    {
        var undefined = (PowerUnit)999;
        Assert.Throws<ArgumentOutOfRangeException>(() => new Power(1, undefined));
        Assert.Throws<ArgumentOutOfRangeException>(() => Power.From(1, undefined));
        Assert.Throws<ArgumentOutOfRangeException>(() => Power.FromWatts(1).As(undefined));
        Assert.Throws<ArgumentOutOfRangeException>(() => Power.FromWatts(1).ToUnit(undefined));
        Assert.Throws<ArgumentOutOfRangeException>(() => Power.GetAbbreviation(undefined));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Power(1, (PowerUnit)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Temperature(1, (TemperatureUnit)3));
        Assert.Throws<ArgumentException>(() => Quantity.From(1, undefined));
        Assert.False(Quantity.TryFrom(1, undefined, out _));
    }

    [Fact]
    public void A_unit_of_another_quantity_is_refused()
    {
        IQuantity power = Power.FromWatts(1);
        Assert.Throws<ArgumentException>(() => power.As(EnergyUnit.Joule));
        Assert.Throws<ArgumentException>(() => power.ToUnit(EnergyUnit.Joule));
        Assert.Throws<ArgumentException>(() => UnitConverter.Convert(1, PowerUnit.Watt, EnergyUnit.Joule));
        Assert.False(UnitConverter.TryConvert(1, PowerUnit.Watt, EnergyUnit.Joule, out _));
        Assert.Throws<ArgumentException>(() => Quantity.Parse(typeof(string), "1 W"));
        Assert.False(Quantity.TryParse(typeof(string), "1 W", out _));
    }

    [Fact]
    public void Very_long_and_odd_texts_fail_without_throwing_anything_else()
    {
        string[] texts =
        [
            new string('9', 10_000) + " W",
            "\0 W",
            "1 \uD800",
            "- W",
            "+ W",
            ". W",
            "1e W",
            "0x10 W",
            "1_000 W",
            "W 700",
            "700 W.",
        ];
        foreach (var text in texts)
        {
            Assert.False(Power.TryParse(text, out _), text);
            Assert.Throws<QuantityFormatException>(() => Power.Parse(text));
        }
    }
}
