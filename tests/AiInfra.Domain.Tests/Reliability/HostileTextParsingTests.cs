using System.Globalization;
using System.Text;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// Quantity, money and reporting-period parsing on hostile texts of up to 1 MiB: linear time (by ratio), and never
/// an exception other than the documented format exception from Parse (TryParse never throws).
/// </summary>
[Collection(Linearity.Collection)]
public class HostileTextParsingTests
{
    // 4 Ki and 32 Ki characters: small enough for a core's caches, so the ratio measures the parser more than the
    // memory; a quadratic parser shows 64 there already. 1 MiB is also parsed, untimed, and must answer.
    private const int Size = 4 * 1024;

    /// <summary>Texts of a given length made to defeat a parser: long numbers, long units, runs of separators.</summary>
    public static TheoryData<string> Shapes => new()
    {
        "digits", "digits then a letter", "letters", "alternating digit and letter", "spaces inside", "white space run",
        "dots", "exponents", "signs", "digits dot digits dot", "unit repeated", "CJK", "newlines inside", "NULs",
    };

    internal static string Build(string shape, int length)
    {
        var text = new StringBuilder(length + 8);
        string Repeat(string piece)
        {
            while (text.Length < length)
            {
                text.Append(piece);
            }

            return text.ToString(0, length);
        }

        return shape switch
        {
            "digits" => Repeat("1234567890"),
            "digits then a letter" => Repeat("9") + "X",
            "letters" => Repeat("WkMGTb"),
            "alternating digit and letter" => Repeat("1W"),
            "spaces inside" => Repeat("1 W "),
            "white space run" => "1" + new string(' ', length) + "W",
            "dots" => "1" + Repeat("."),
            "exponents" => Repeat("1e"),
            "signs" => Repeat("-+"),
            "digits dot digits dot" => Repeat("12.34."),
            "unit repeated" => "1" + Repeat("kW"),
            "CJK" => "1" + Repeat("亿美元万"),
            "newlines inside" => "1" + Repeat("\n") + "W",
            "NULs" => "1" + Repeat("\0") + "W",
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Quantity_parsing_of_a_mebibyte_is_linear_and_throws_only_its_format_exception(string shape)
    {
        foreach (var type in new[] { typeof(Power), typeof(Ratio), typeof(Temperature) })
        {
            var info = Quantity.GetInfo(type);
            Linearity.AssertLinear($"{info.Name}.TryParse, {shape}", Size, n => { var text = Build(shape, n); return () => Quantity.TryParse(CultureInfo.InvariantCulture, type, text, out _); });
            Linearity.AssertLinear($"{info.Name}.Parse, {shape}", Size, n => { var text = Build(shape, n); return () => ParseOrFormatError(() => Quantity.Parse(type, text)); });
            var mebibyte = Build(shape, 1024 * 1024);
            _ = Quantity.TryParse(CultureInfo.GetCultureInfo("de-DE"), type, mebibyte, out _);
            ParseOrFormatError(() => Quantity.Parse(type, mebibyte));
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Money_parsing_of_a_mebibyte_is_linear_and_throws_only_its_format_exception(string shape)
    {
        Linearity.AssertLinear($"Money.TryParse, {shape}", Size, n => { var text = Build(shape, n) + " USD"; return () => Money.TryParse(text, out _); });
        Linearity.AssertLinear($"Money.Parse, {shape}", Size, n => { var text = Build(shape, n); return () => ParseOrFormatError(() => Money.Parse(text)); });
        ParseOrFormatError(() => Money.Parse(Build(shape, 1024 * 1024)));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Reporting_period_parsing_of_a_mebibyte_is_linear_and_throws_only_its_format_exception(string shape)
    {
        Linearity.AssertLinear($"ReportingPeriod.TryParse, {shape}", Size, n => { var text = Build(shape, n); return () => ReportingPeriod.TryParse(text, out _); });
        Linearity.AssertLinear($"ReportingPeriod.Parse, {shape}", Size, n => { var text = Build(shape, n); return () => ParseOrFormatError(() => ReportingPeriod.Parse(text)); });
        ParseOrFormatError(() => ReportingPeriod.Parse(Build(shape, 1024 * 1024)));
    }

    [Fact]
    public void Messages_quote_a_long_input_cut_short()
    {
        var error = Assert.Throws<QuantityFormatException>(() => Power.Parse(Build("letters", 1024 * 1024)));
        Assert.True(error.Message.Length < 2000, error.Message[..200]);
        Assert.Contains("…", error.Message, StringComparison.Ordinal);
        var money = Assert.Throws<MoneyFormatException>(() => Money.Parse(Build("digits", 1024 * 1024) + " USD"));
        Assert.True(money.Message.Length < 2000, money.Message[..200]);
    }

    [Fact]
    public void A_long_number_before_a_unit_without_white_space_still_parses()
    {
        var digits = "12345678901234567890." + new string('1', 100_000);
        Assert.Equal(double.Parse(digits, CultureInfo.InvariantCulture), Power.Parse(digits + "kW").Kilowatts);
        Assert.Equal(PowerUnit.Kilowatt, Power.Parse("-" + digits + "e-5kW").Unit);
        Assert.Equal(QuantityParseError.UnknownUnit, Assert.Throws<QuantityFormatException>(() => Power.Parse(digits + "XW")).Error);
        Assert.Equal(QuantityParseError.UnknownUnit, Assert.Throws<QuantityFormatException>(() => Power.Parse("700" + new string('X', 100_000))).Error);
    }

    /// <summary>Every abbreviation of every unit, written without a space, parses as with one: the capped split finds them all.</summary>
    [Fact]
    public void Every_abbreviation_parses_without_white_space_as_with_it()
    {
        foreach (var info in Quantity.Infos)
        {
            foreach (var unit in info.UnitInfos)
            {
                foreach (var abbreviation in unit.Abbreviations)
                {
                    foreach (var number in new[] { "1", "-2.5", "1e3", "0.001", "12345678901234567890" })
                    {
                        var spaced = Quantity.Parse(info.ValueType, number + " " + abbreviation);
                        var joined = Quantity.Parse(info.ValueType, number + abbreviation);
                        Assert.Equal(spaced.Value, joined.Value);
                        Assert.Equal(spaced.Unit, joined.Unit);
                    }
                }
            }
        }
    }

    private static void ParseOrFormatError(Action parse)
    {
        try
        {
            parse();
        }
        catch (FormatException e) when (e is QuantityFormatException or MoneyFormatException or ReportingPeriodFormatException)
        {
            // QuantityFormatException, MoneyFormatException and ReportingPeriodFormatException are FormatExceptions.
        }
    }
}
