using System.Globalization;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// The short-decimal path of the quantity grammar reads exactly the double the general parser reads, bit for bit, and
/// leaves every other text to it.
/// </summary>
public class ShortDecimalTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("700")]
    [InlineData("3.35")]
    [InlineData("0.1")]
    [InlineData("0.3")]
    [InlineData("-0.5")]
    [InlineData(".5")]
    [InlineData("-.5")]
    [InlineData("000000000000001")]
    [InlineData("999999999999999")]
    [InlineData("99999999999999.9")]
    [InlineData("0.00000000000001")]
    [InlineData("123456789.012345")]
    [InlineData("2.675")]
    public void A_short_decimal_is_the_double_the_general_parser_reads(string text)
    {
        Assert.True(ShortDecimal.TryParse(text, CultureInfo.InvariantCulture, out var fast));
        Assert.True(ShortDecimal.TryParse(text, NumberFormatInfo.InvariantInfo, out var viaNumberFormat));
        var general = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Equal(BitConverter.DoubleToInt64Bits(general), BitConverter.DoubleToInt64Bits(fast));
        Assert.Equal(BitConverter.DoubleToInt64Bits(general), BitConverter.DoubleToInt64Bits(viaNumberFormat));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("-.")]
    [InlineData("5.")]
    [InlineData("+5")]
    [InlineData("1e5")]
    [InlineData(" 5")]
    [InlineData("5 ")]
    [InlineData("1.2.3")]
    [InlineData("--5")]
    [InlineData("1,5")]
    [InlineData("١٢")]
    [InlineData("0000000000000001")]
    [InlineData("9007199254740993")]
    [InlineData("0.000000000000001")]
    public void Anything_else_is_left_to_the_general_parser(string text) =>
        Assert.False(ShortDecimal.TryParse(text, CultureInfo.InvariantCulture, out _));

    [Fact]
    public void Another_culture_is_left_to_the_general_parser()
    {
        Assert.False(ShortDecimal.TryParse("3.35", CultureInfo.GetCultureInfo("de-DE"), out _));
        Assert.False(ShortDecimal.TryParse("3.35", CultureInfo.GetCultureInfo("en-US"), out _));
    }

    [Fact]
    public void Random_short_decimals_read_bit_for_bit_as_the_general_parser_reads_them()
    {
        var random = new Random(20261207);
        var text = new char[20];
        var read = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var length = 0;
            if (random.Next(4) == 0)
            {
                text[length++] = '-';
            }

            var digits = random.Next(1, ShortDecimal.MaxDigits + 2);
            var point = random.Next(-1, digits + 1);
            for (var d = 0; d < digits; d++)
            {
                if (d == point)
                {
                    text[length++] = '.';
                }

                text[length++] = (char)('0' + random.Next(10));
            }

            ReadOnlySpan<char> span = text.AsSpan(0, length);
            if (!ShortDecimal.TryParse(span, CultureInfo.InvariantCulture, out var fast))
            {
                if (digits <= ShortDecimal.MaxDigits)
                {
                    Assert.Fail($"\"{span}\" was left to the general parser.");
                }

                continue;
            }

            read++;
            if (!double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var general) ||
                BitConverter.DoubleToInt64Bits(general) != BitConverter.DoubleToInt64Bits(fast))
            {
                Assert.Fail($"\"{span}\": the general parser reads {general:R}, the short path {fast:R}.");
            }
        }

        Assert.InRange(read, 150_000, 200_000);
    }
}
