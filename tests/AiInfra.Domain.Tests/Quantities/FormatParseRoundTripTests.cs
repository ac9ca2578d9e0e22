using System.Globalization;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary><c>Parse(q.ToString(culture), culture)</c> gives back <c>q</c>, exactly, for any value, unit and culture.</summary>
public class FormatParseRoundTripTests
{
    private const int Count = 2000;

    /// <summary>Invariant, and cultures with a decimal comma, U+2212 as minus (sv-SE), Arabic separators and marks, Asian scripts.</summary>
    public static TheoryData<string> Cultures() => new() { "", "en-US", "de-DE", "fr-FR", "sv-SE", "ar-SA", "ja-JP", "hi-IN" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Random_quantities_round_trip_through_ToString_and_Parse(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        foreach (var q in RandomQuantities(seed: 2000))
        {
            var text = q.ToString(null, culture);
            var parsed = Quantity.Parse(culture, q.QuantityInfo.ValueType, text);
            AssertIdentical(q, parsed, text);

            Assert.True(Quantity.TryParse(culture, q.QuantityInfo.ValueType, text, out var tried), text);
            AssertIdentical(q, tried!, text);
        }
    }

    [Fact]
    public void Random_quantities_round_trip_through_the_default_ToString_and_Parse()
    {
        foreach (var q in RandomQuantities(seed: 7))
        {
            var text = q.ToString()!;
            Assert.Equal(q.ToString(null, CultureInfo.InvariantCulture), text);
            AssertIdentical(q, Quantity.Parse(q.QuantityInfo.ValueType, text), text);
        }
    }

    [Fact]
    public void The_default_is_the_invariant_culture_whatever_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("1.5 kW", Power.FromKilowatts(1.5).ToString());
            Assert.Equal(Power.FromKilowatts(1.5), Power.Parse("1.5 kW"));
            Assert.False(Power.TryParse("1,5 kW", out _));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Typed_Parse_and_TryFormat_round_trip_in_every_culture(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var random = new Random(42);
        Span<char> buffer = stackalloc char[128];
        for (var i = 0; i < 200; i++)
        {
            var unit = Power.Info.UnitInfos[random.Next(Power.Info.UnitInfos.Count)];
            var q = new Power(NextValueIn(random, unit), unit.Value);
            Assert.True(q.TryFormat(buffer, out var written, default, culture));
            Assert.Equal(q.ToString(culture), buffer[..written].ToString());
            Assert.True(Power.TryParse(buffer[..written], culture, out var parsed));
            Assert.Equal(q.Value, parsed.Value);
            Assert.Equal(q.Unit, parsed.Unit);
            Assert.Equal(q, Power.Parse(q.ToString(culture), culture));
        }
    }

    [Fact]
    public void Formats_in_the_culture_asked_for()
    {
        var q = Power.FromKilowatts(-1234.5);
        Assert.Equal("-1234.5 kW", q.ToString());
        Assert.Equal("-1234,5 kW", q.ToString(CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("\u22121234,5 kW", q.ToString(CultureInfo.GetCultureInfo("sv-SE")));
        Assert.Equal("-1,234.50 kW", q.ToString("N2", CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal(Power.FromKilowatts(-1234.5), Power.Parse("\u22121234,5 kW", CultureInfo.GetCultureInfo("sv-SE")));
        Assert.Equal(Power.FromKilowatts(-1234.5), Power.Parse("-1234,5 kW", CultureInfo.GetCultureInfo("sv-SE")));
    }

    [Fact]
    public void A_unit_written_as_a_bare_number_round_trips()
    {
        var half = Ratio.FromDecimalFractions(0.5);
        Assert.Equal("0.5", half.ToString());
        Assert.Equal(half, Ratio.Parse("0.5"));
        Assert.Equal(RatioUnit.DecimalFraction, Ratio.Parse("0.5").Unit);
        Assert.Equal(Ratio.FromPercent(50), Ratio.Parse("50 %"));
        Assert.Equal(RatioUnit.Percent, Ratio.Parse("50%").Unit);
        Assert.Equal(Ratio.FromDecimalFractions(-0.25), Ratio.Parse("\u22120,25", CultureInfo.GetCultureInfo("sv-SE")));
    }

    /// <summary>Values across the whole range of double, in every unit of every quantity, from a fixed seed.</summary>
    internal static IEnumerable<IQuantity> RandomQuantities(int seed)
    {
        var random = new Random(seed);
        var units = Quantity.Infos.SelectMany(i => i.UnitInfos).ToArray();
        for (var i = 0; i < Count; i++)
        {
            // Every unit at least once, then at random.
            var unit = i < units.Length ? units[i] : units[random.Next(units.Length)];
            yield return Quantity.From(NextValueIn(random, unit), unit.UntypedValue);
        }
    }

    /// <summary>A value <paramref name="unit"/> can hold (its value in the base unit is finite), drawn as <see cref="NextValue"/> draws.</summary>
    internal static double NextValueIn(Random random, UnitInfo unit)
    {
        while (true)
        {
            var value = NextValue(random);
            if (Quantity.TryFrom(value, unit.UntypedValue, out _))
            {
                return value;
            }
        }
    }

    /// <summary>A finite double: arbitrary bits, a short decimal, an integer or a signed zero.</summary>
    internal static double NextValue(Random random)
    {
        switch (random.Next(5))
        {
            case 0:
                double bits;
                do
                {
                    bits = BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
                }
                while (!double.IsFinite(bits));

                return bits;
            case 1:
                return Math.Round((random.NextDouble() * 2) - 1, random.Next(1, 8)) * Math.Pow(10, random.Next(-12, 13));
            case 2:
                return random.Next(-1_000_000, 1_000_000);
            case 3:
                return (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-300, 300));
            default:
                return random.Next(2) == 0 ? 0.0 : -0.0;
        }
    }

    private static void AssertIdentical(IQuantity expected, IQuantity actual, string text)
    {
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.True(expected.Value.Equals(actual.Value), $"\"{text}\" parsed to {actual.Value:R}, not {expected.Value:R}");
        Assert.Equal(expected.Unit, actual.Unit);
        Assert.Equal(expected, actual);
    }
}
