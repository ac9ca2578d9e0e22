using System.Globalization;
using System.Text;
using System.Text.Json;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// Whole numbers written with a fraction or an exponent ("2.0", "2e0", "9007199254740993.0") are read exactly from
/// their digits or are an error; never a different value, as a trip through a double would give. Every error states
/// the real bound.
/// </summary>
public class WholeNumberTests
{
    private static (bool Ok, long Value, AiInfraError? Error) Read(string number)
    {
        var reader = new AiInfraJsonReader(new Utf8JsonReader(Encoding.UTF8.GetBytes(number)));
        Assert.True(reader.Read());
        var context = new JsonReadContext();
        var ok = JsonValueReaders.TryReadInt64(ref reader, context, out var value);
        return (ok, value, context.GetErrors().SingleOrDefault());
    }

    [Theory]
    [InlineData("2.0", 2L)]
    [InlineData("2e0", 2L)]
    [InlineData("2E+0", 2L)]
    [InlineData("1E+2", 100L)]
    [InlineData("-0.0", 0L)]
    [InlineData("0e999999999999999999999999", 0L)]
    [InlineData("0.000e-5", 0L)]
    [InlineData("9007199254740993.0", 9007199254740993L)] // 2^53 + 1: a double reads 9007199254740992
    [InlineData("9007199254740993e0", 9007199254740993L)]
    [InlineData("90071992547409930e-1", 9007199254740993L)]
    [InlineData("900719925474099.3e1", 9007199254740993L)]
    [InlineData("0.9007199254740993e16", 9007199254740993L)]
    [InlineData("123456789012345678.9e1", 1234567890123456789L)]
    [InlineData("9223372036854775807.000", long.MaxValue)]
    [InlineData("922337203685477580.7e1", long.MaxValue)]
    [InlineData("-9223372036854775808.0", long.MinValue)]
    [InlineData("-9.223372036854775808e18", long.MinValue)]
    [InlineData("100.0e-2", 1L)]
    [InlineData("0.05e2", 5L)]
    [InlineData("1.50e1", 15L)]
    public void A_whole_number_with_a_fraction_or_exponent_is_read_exactly(string number, long expected)
    {
        var (ok, value, error) = Read(number);
        Assert.True(ok, error?.Message);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("9223372036854775808.0")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809e0")]
    [InlineData("1e19")]
    [InlineData("1e30")]
    [InlineData("10000000000000000000.0")]
    [InlineData("1e99999999999999999999999")]
    [InlineData("-1e400")]
    public void A_whole_number_outside_the_long_range_is_an_error_that_states_the_range(string number)
    {
        var (ok, _, error) = Read(number);
        Assert.False(ok);
        Assert.Equal(ErrorCodes.OutOfRange, error!.Code);
        Assert.Contains("-9223372036854775808 to 9223372036854775807", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("9007199254740993.5")]
    [InlineData("1.0000000000000000001")]
    [InlineData("1e-1")]
    [InlineData("1e-400")]
    [InlineData("12345e-3")]
    [InlineData("-0.5")]
    public void A_number_with_a_fractional_part_is_not_a_whole_number(string number)
    {
        var (ok, _, error) = Read(number);
        Assert.False(ok);
        Assert.Equal(ErrorCodes.WrongType, error!.Code);
    }

    [Fact]
    public void Every_long_written_in_many_forms_reads_back_exactly()
    {
        var random = new Random(20260204);
        for (var i = 0; i < 2000; i++)
        {
            var value = random.NextInt64(long.MinValue, long.MaxValue);
            var digits = value.ToString(CultureInfo.InvariantCulture);
            var sign = value < 0 ? "-" : string.Empty;
            var magnitude = digits.TrimStart('-');
            var point = random.Next(1, magnitude.Length + 1);
            string[] forms =
            [
                digits + ".0",
                digits + "e0",
                digits + "0e-1",
                $"{sign}{magnitude[..point]}.{magnitude[point..]}e{magnitude.Length - point}".Replace(".e", "e", StringComparison.Ordinal),
                $"{sign}0.{magnitude}E+{magnitude.Length}",
            ];
            foreach (var form in forms)
            {
                var (ok, read, error) = Read(form);
                Assert.True(ok, $"{form}: {error?.Message}");
                Assert.Equal(value, read);
            }
        }
    }

    [Fact]
    public void A_document_integer_written_with_a_fraction_keeps_its_value_or_is_an_error()
    {
        Assert.True(AiInfraJson.TryDeserialize<Chip>("""{"id":"chip-a","name":"A","tdp":"700 W","dies":2.0,"transistors":{"value":9007199254740993.0}}""", out var chip, out var errors), string.Join("; ", errors));
        Assert.Equal(2, chip.Dies);
        Assert.Equal(9007199254740993L, chip.Transistors!.Value.Value);

        Assert.False(AiInfraJson.TryDeserialize<Chip>("""{"id":"chip-a","name":"A","tdp":"700 W","transistors":9223372036854775808.0}""", out _, out errors));
        Assert.Equal(ErrorCodes.OutOfRange, Assert.Single(errors).Code);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("2147483648.0")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1e30")]
    [InlineData("9223372036854775808")]
    public void A_figure_line_outside_1_to_int_max_states_that_range(string line)
    {
        Assert.False(AiInfraJson.TryDeserialize<Chip>($$$"""{"id":"chip-a","name":"A","tdp":"700 W","boardPower":{"value":"1 kW","line":{{{line}}}}}""", out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.OutOfRange, error.Code);
        Assert.Equal("/boardPower/line", error.Path);
        Assert.Contains("1 to 2147483647", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_line_at_the_int_bounds_is_read()
    {
        Assert.True(AiInfraJson.TryDeserialize<Chip>("""{"id":"chip-a","name":"A","tdp":"700 W","boardPower":{"value":"1 kW","line":2147483647.0}}""", out var chip, out var errors), string.Join("; ", errors));
        Assert.Equal(int.MaxValue, chip.BoardPower!.Value.Line);
        Assert.False(AiInfraJson.TryDeserialize<Chip>("""{"id":"chip-a","name":"A","tdp":"700 W","boardPower":{"value":"1 kW","line":1.5}}""", out _, out errors));
        Assert.Equal(ErrorCodes.WrongType, Assert.Single(errors).Code);
    }

    [Theory]
    [InlineData("\"yield\":1e400", "-1.7976931348623157E+308 to 1.7976931348623157E+308")]
    [InlineData("\"tdp\":-1e400", "-1.7976931348623157E+308 to 1.7976931348623157E+308")]
    public void A_number_beyond_a_double_states_the_double_range(string property, string range)
    {
        var json = "{\"id\":\"chip-a\",\"name\":\"A\"," + property + (property.StartsWith("\"tdp\"", StringComparison.Ordinal) ? "}" : ",\"tdp\":\"700 W\"}");
        Assert.False(AiInfraJson.TryDeserialize<Chip>(json, out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.NotFinite, error.Code);
        Assert.Contains(range, error.Message, StringComparison.Ordinal);
    }
}
