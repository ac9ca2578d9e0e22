using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>Case carries meaning in abbreviations (mW and MW), decimal and binary prefixes are distinct units.</summary>
public class AbbreviationTests
{
    [Fact]
    public void Milliwatts_and_megawatts_differ_by_case()
    {
        Assert.Equal(Power.FromMilliwatts(5), Power.Parse("5 mW"));
        Assert.Equal(PowerUnit.Milliwatt, Power.Parse("5 mW").Unit);
        Assert.Equal(Power.FromMegawatts(5), Power.Parse("5 MW"));
        Assert.Equal(PowerUnit.Megawatt, Power.Parse("5 MW").Unit);
        Assert.Equal(1e9, Power.Parse("5 MW") / Power.Parse("5 mW"), 6);
    }

    [Fact]
    public void Megabits_and_megabytes_differ_by_case()
    {
        Assert.Equal(InformationUnit.Megabit, Information.Parse("1 Mb").Unit);
        Assert.Equal(InformationUnit.Megabyte, Information.Parse("1 MB").Unit);
        Assert.Equal(1e6, Information.Parse("1 Mb").Bits);
        Assert.Equal(8e6, Information.Parse("1 MB").Bits);
    }

    [Fact]
    public void Gigabits_and_gigabytes_per_second_differ_by_case_and_by_eight()
    {
        var gbit = BitRate.Parse("1 Gbit/s");
        var gbyte = BitRate.Parse("1 GB/s");
        Assert.Equal(BitRateUnit.GigabitPerSecond, gbit.Unit);
        Assert.Equal(BitRateUnit.GigabytePerSecond, gbyte.Unit);
        Assert.Equal(8, gbyte / gbit);
        Assert.Equal(BitRate.FromGigabitsPerSecond(1), BitRate.Parse("1 Gb/s"));

        Assert.Equal(BitRateUnit.GigabitPerSecond, BitRate.Parse("1 Gbps").Unit);
        Assert.Equal(BitRateUnit.GigabytePerSecond, BitRate.Parse("1 GBps").Unit);
        Assert.Equal(8, BitRate.Parse("1 GBps") / BitRate.Parse("1 Gbps"));
    }

    [Fact]
    public void A_different_case_is_accepted_when_it_matches_one_unit()
    {
        var p = Power.Parse("700 w");
        Assert.Equal(PowerUnit.Watt, p.Unit);
        Assert.Equal(700, p.Watts);
        Assert.Equal(PowerUnit.Watt, Power.ParseUnit("w"));
        Assert.Equal(PowerUnit.BritishThermalUnitPerHour, Power.ParseUnit("btu/H"));
        Assert.Equal(DurationUnit.Second, Duration.ParseUnit("S"));
    }

    [Theory]
    [InlineData("5 mw")]
    [InlineData("5 Mw")]
    public void A_different_case_that_matches_several_units_is_ambiguous(string text)
    {
        var error = Assert.Throws<QuantityFormatException>(() => Power.Parse(text));
        Assert.Equal(QuantityParseError.AmbiguousUnit, error.Error);
        Assert.Contains("mW", error.Message);
        Assert.Contains("MW", error.Message);
        Assert.False(Power.TryParse(text, out _));
        Assert.False(Power.TryParseUnit(text[2..], out _));
        Assert.Equal(QuantityParseError.AmbiguousUnit, Assert.Throws<QuantityFormatException>(() => Power.ParseUnit(text[2..])).Error);
    }

    [Fact]
    public void An_exact_match_wins_over_case_insensitive_ones()
    {
        // "kb" is exactly kilobit, although "kB" (kilobyte) matches it ignoring case.
        Assert.Equal(InformationUnit.Kilobit, Information.Parse("1 kb").Unit);
        Assert.Equal(InformationUnit.Kilobyte, Information.Parse("1 kB").Unit);
        Assert.Equal(PowerUnit.Megawatt, Power.ParseUnit("MW"));
    }

    [Fact]
    public void KB_is_ambiguous_between_kilobit_and_kilobyte()
    {
        var error = Assert.Throws<QuantityFormatException>(() => Information.Parse("1 KB"));
        Assert.Equal(QuantityParseError.AmbiguousUnit, error.Error);
        Assert.Contains("\"1 KB\"", error.Message);
        Assert.Contains("kb", error.Message);
        Assert.Contains("kB", error.Message);
    }

    [Fact]
    public void Decimal_and_binary_prefixes_are_distinct_units()
    {
        Assert.Equal(1024, Information.Parse("1 KiB").Bytes);
        Assert.Equal(1000, Information.Parse("1 kB").Bytes);
        Assert.Equal(1024d * 1024 * 1024, Information.Parse("1 GiB").Bytes);
        Assert.Equal(1e9, Information.Parse("1 GB").Bytes);
        Assert.Equal(1024d * 1024 * 1024 * 1024, Information.FromTebibytes(1).Bytes);
        Assert.Equal(1e12, Information.FromTerabytes(1).Bytes);
        Assert.Equal(InformationUnit.Tebibyte, Information.ParseUnit("TiB"));
        Assert.Equal(InformationUnit.Terabyte, Information.ParseUnit("TB"));
        Assert.Equal(InformationUnit.Kibibit, Information.ParseUnit("Kib"));
        Assert.NotEqual(Information.Parse("1 GiB"), Information.Parse("1 GB"));
        Assert.True(Information.Parse("1 GiB") > Information.Parse("1 GB"));
        Assert.Equal(Information.FromMebibytes(1024), Information.FromGibibytes(1));
        Assert.Equal(BitRate.FromBytesPerSecond(1024), BitRate.Parse("1 KiB/s"));
    }

    [Fact]
    public void Every_abbreviation_parses_back_to_its_own_unit()
    {
        foreach (var info in Quantity.Infos)
        {
            foreach (var unit in info.UnitInfos)
            {
                foreach (var abbreviation in unit.Abbreviations)
                {
                    var text = abbreviation.Length == 0 ? "2.5" : "2.5 " + abbreviation;
                    var parsed = Quantity.Parse(info.ValueType, text);
                    Assert.True(unit.UntypedValue.Equals(parsed.Unit), $"\"{text}\" as {info.Name} gave {parsed.Unit}, not {unit.Name}");
                    Assert.Equal(2.5, parsed.Value);
                }
            }
        }
    }

    [Fact]
    public void Abbreviations_are_unique_within_each_quantity()
    {
        foreach (var info in Quantity.Infos)
        {
            var all = info.UnitInfos.SelectMany(u => u.Abbreviations).ToList();
            Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void GetAbbreviation_gives_the_formatting_abbreviation()
    {
        Assert.Equal("kW", Power.GetAbbreviation(PowerUnit.Kilowatt));
        Assert.Equal("GB/s", BitRate.GetAbbreviation(BitRateUnit.GigabytePerSecond));
        Assert.Equal("Gbit/s", BitRate.GetAbbreviation(BitRateUnit.GigabitPerSecond));
        Assert.Equal("°C", Temperature.GetAbbreviation(TemperatureUnit.DegreeCelsius));
        Assert.Equal("µs", Duration.GetAbbreviation(DurationUnit.Microsecond));
        Assert.Equal(DurationUnit.Microsecond, Duration.ParseUnit("us"));
        Assert.Equal(string.Empty, Ratio.GetAbbreviation(RatioUnit.DecimalFraction));
    }

    [Fact]
    public void Number_and_unit_may_be_written_without_a_space()
    {
        Assert.Equal(Power.FromKilowatts(1.2), Power.Parse("1.2kW"));
        Assert.Equal(ComputeThroughput.FromExaoperationsPerSecond(5), ComputeThroughput.Parse("5EFLOPS"));
        Assert.Equal(Information.FromGibibytes(80), Information.Parse("80GiB"));
        Assert.Equal(Power.FromWatts(700), Power.Parse("  700\u00A0W  "));
    }
}
