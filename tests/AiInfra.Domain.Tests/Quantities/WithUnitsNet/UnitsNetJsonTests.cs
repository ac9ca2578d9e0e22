using System.Text;
using System.Text.Json;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Serialization;
using AiInfra.Domain.Serialization;
using UN = UnitsNet;

namespace AiInfra.Domain.Tests.Quantities.WithUnitsNet;

/// <summary>
/// UnitsNet quantities in JSON, through <see cref="AiInfraJson.Options"/> and <see cref="UnitsNetJsonConverterFactory"/>:
/// the library's wire format and parser, byte for byte, and for every bad input the library's own error text.
/// </summary>
public class UnitsNetJsonTests
{
    /// <summary>Options of a user's own: the default (reflection) resolver and the factory, with AiInfraJson.Options's encoder.</summary>
    private static readonly JsonSerializerOptions s_factoryOnly = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Converters = { new UnitsNetJsonConverterFactory() } };

    public static TheoryData<string> MappedQuantities => UnitsNetMappingTests.MappedQuantities;

    [Fact]
    public void The_factory_knows_every_mapped_UnitsNet_type()
    {
        Assert.Equal(
            UnitsNetDeclarations.Mapped.Select(q => q.UnitsNetType!).OrderBy(t => t.Name, StringComparer.Ordinal),
            UnitsNetJsonConverterFactory.Types.OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.All(UnitsNetJsonConverterFactory.Types, t => Assert.True(new UnitsNetJsonConverterFactory().CanConvert(t)));
        Assert.False(new UnitsNetJsonConverterFactory().CanConvert(typeof(Power)));
        Assert.False(new UnitsNetJsonConverterFactory().CanConvert(typeof(UN.Torque)));
        Assert.Throws<ArgumentException>(() => new UnitsNetJsonConverterFactory().CreateConverter(typeof(UN.Torque), s_factoryOnly));
    }

    [Theory]
    [MemberData(nameof(MappedQuantities))]
    public void Every_unit_is_written_as_the_library_writes_it_and_read_back_equal(string name)
    {
        var quantity = UnitsNetDeclarations.All.Single(q => q.Name == name);
        foreach (var unit in quantity.Units.Where(u => u.UnitsNetUnit is not null))
        {
            foreach (var x in new[] { 0, 1.5, -700, 0.1, 123456.789, 1e-9 })
            {
                var library = Quantity.From(x, quantity.LibraryUnit(unit.LibraryUnit));
                var unitsNet = UnitsNetDeclarations.ToUnitsNet(library);
                var expected = JsonSerializer.Serialize(library, library.GetType(), AiInfraJson.Options);
                Assert.Equal(expected, JsonSerializer.Serialize(unitsNet, unitsNet.GetType(), AiInfraJson.Options));
                Assert.Equal(expected, JsonSerializer.Serialize(unitsNet, unitsNet.GetType(), s_factoryOnly));
                Assert.Equal(unitsNet, JsonSerializer.Deserialize(expected, unitsNet.GetType(), AiInfraJson.Options));
                Assert.Equal(unitsNet, JsonSerializer.Deserialize(expected, unitsNet.GetType(), s_factoryOnly));
            }
        }
    }

    [Fact]
    public void The_wire_format_is_the_librarys()
    {
        Assert.Equal("\"1.2 kW\"", JsonSerializer.Serialize(UN.Power.FromKilowatts(1.2), AiInfraJson.Options));
        Assert.Equal("\"700 W\"", JsonSerializer.Serialize(new UN.Power(700.000m, UN.Units.PowerUnit.Watt), AiInfraJson.Options));
        Assert.Equal("\"0.30000000000000004 W\"", JsonSerializer.Serialize(new UN.Power(0.30000000000000004m, UN.Units.PowerUnit.Watt), AiInfraJson.Options));
        Assert.Equal("\"80 GB\"", JsonSerializer.Serialize(UN.Information.FromGigabytes(80), AiInfraJson.Options));
        Assert.Equal("\"3.35 TB/s\"", JsonSerializer.Serialize(UN.BitRate.FromTerabytesPerSecond(3.35), AiInfraJson.Options));
        Assert.Equal("\"20 °C\"", JsonSerializer.Serialize(UN.Temperature.FromDegreesCelsius(20), AiInfraJson.Options));
        Assert.Equal(JsonSerializer.Serialize(Length.FromMeters(1e20), AiInfraJson.Options), JsonSerializer.Serialize(UN.Length.FromMeters(1e20), AiInfraJson.Options));
        Assert.Equal("\"1E20 m\"", JsonSerializer.Serialize(UN.Length.FromMeters(1e20), s_factoryOnly));
        Assert.Equal("\"745.69 W\"", JsonSerializer.Serialize(UN.Power.FromMechanicalHorsepower(1), AiInfraJson.Options));
        Assert.Equal("{\"Tdp\":\"700 W\",\"Link\":\"400 Gbit/s\"}", JsonSerializer.Serialize(new Card(UN.Power.FromWatts(700), UN.BitRate.FromGigabitsPerSecond(400)), s_factoryOnly));
    }

    public sealed record Card(UN.Power Tdp, UN.BitRate Link);

    [Theory]
    [InlineData("\"1 Gb/s\"", UN.Units.BitRateUnit.GigabitPerSecond)]
    [InlineData("\"1 Gbit/s\"", UN.Units.BitRateUnit.GigabitPerSecond)]
    [InlineData("\"1 GB/s\"", UN.Units.BitRateUnit.GigabytePerSecond)]
    [InlineData("\"1 Mb/s\"", UN.Units.BitRateUnit.MegabitPerSecond)]
    [InlineData("\"1 MB/s\"", UN.Units.BitRateUnit.MegabytePerSecond)]
    public void Bits_and_bytes_per_second_are_read_as_the_library_reads_them(string json, UN.Units.BitRateUnit unit)
    {
        var rate = JsonSerializer.Deserialize<UN.BitRate>(json, AiInfraJson.Options);
        Assert.Equal(unit, rate.Unit);
        Assert.Equal(1m, rate.Value);
        Assert.Equal(JsonSerializer.Deserialize<BitRate>(json, AiInfraJson.Options).ToUnitsNet(), rate);
    }

    public static TheoryData<string> BadInputs => new(
        "\"700 V\"", "\"700 XW\"", "\"700,5 W\"", "\"7OO W\"", "\"NaN W\"", "\"Infinity W\"", "\"1e400 W\"", "\"\u221E W\"", "\"5 mw\"",
        "\"\"", "\"W\"", "\"700\"", "700", "1e400", "true", "false", "{}", "{\"Value\":700,\"Unit\":\"W\"}", "[]", "[\"700 W\"]", "null",
        "\"" + new string(' ', 124) + "700 W\"", "\"" + new string('9', 100_000) + " W\"", "\"\\u0037\\u0030\\u0030 XW\"");

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Every_bad_input_gives_the_library_quantitys_error_text(string json)
    {
        // Through AiInfraJson.Options a UnitsNet.Power fails exactly as the library's Power does there: one
        // AiInfraJsonException listing the errors with their place.
        // (A text one context accepts, such as a long padded one, the other context accepts too.)
        AssertSameOutcome(() => JsonSerializer.Deserialize<Power>(json, AiInfraJson.Options), () => JsonSerializer.Deserialize<UN.Power>(json, AiInfraJson.Options));

        // With the factory in options of one's own, as the library's Power fails with its own converter there.
        AssertSameOutcome(() => JsonSerializer.Deserialize<Power>(json), () => JsonSerializer.Deserialize<UN.Power>(json, s_factoryOnly));
    }

    private static void AssertSameOutcome(Func<Power> library, Func<UN.Power> unitsNet)
    {
        Exception? expected = null;
        Power value = default;
        try
        {
            value = library();
        }
        catch (JsonException exception)
        {
            expected = exception;
        }

        if (expected is null)
        {
            Assert.Equal(value.ToUnitsNet(), unitsNet());
            return;
        }

        var actual = Assert.Throws(expected.GetType(), () => unitsNet());
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(expected.InnerException?.GetType(), actual.InnerException?.GetType());
        if (expected is AiInfraJsonException aiInfra)
        {
            Assert.Equal(aiInfra.Errors.Select(e => e.ToString()), ((AiInfraJsonException)actual).Errors.Select(e => e.ToString()));
        }
    }

    [Fact]
    public void A_wrong_dimension_names_the_expected_units()
    {
        var error = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<UN.BitRate>("\"80 GB\"", AiInfraJson.Options));
        Assert.Equal(Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<BitRate>("\"80 GB\"", AiInfraJson.Options)).Message, error.Message);
        Assert.Contains("Gbit/s", error.Message, StringComparison.Ordinal);
        var own = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UN.BitRate>("\"80 GB\"", s_factoryOnly));
        Assert.Equal(Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BitRate>("\"80 GB\"")).Message, own.Message);
    }

    [Theory]
    [InlineData("\"1e30 W\"", "1E+30 W")]
    [InlineData("\"-8e28 W\"", "-8E+28 W")]
    [InlineData("\"1e-30 W\"", "1E-30 W")]
    public void A_value_the_decimal_cannot_hold_is_a_JsonException_naming_it_and_the_range(string json, string named)
    {
        var error = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<UN.Power>(json, AiInfraJson.Options));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains("7.9228162514264337593543950335E+28", error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.OutOfRange, Assert.Single(error.Errors).Code);

        var own = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UN.Power>(json, s_factoryOnly));
        Assert.Contains(named, own.Message, StringComparison.Ordinal);
        Assert.IsType<OverflowException>(own.InnerException);
        Assert.Equal(UN.Length.FromMeters(1e30), JsonSerializer.Deserialize<UN.Length>("\"1e30 m\"", AiInfraJson.Options));
    }

    [Fact]
    public void Nullable_UnitsNet_values_are_read_and_written_through_the_options()
    {
        Assert.Null(JsonSerializer.Deserialize<UN.Power?>("null", AiInfraJson.Options));
        Assert.Equal(UN.Power.FromWatts(700), JsonSerializer.Deserialize<UN.Power?>("\"700 W\"", AiInfraJson.Options));
        Assert.Equal("\"700 W\"", JsonSerializer.Serialize<UN.Power?>(UN.Power.FromWatts(700), AiInfraJson.Options));
        Assert.Equal("null", JsonSerializer.Serialize<UN.Power?>(null, AiInfraJson.Options));
    }

    [Fact]
    public void Reads_lists_and_objects_and_from_a_segmented_stream()
    {
        var json = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("\"123.456 kW\"", 2000)) + "]");
        using var stream = new MemoryStream(json);
        var values = JsonSerializer.Deserialize<List<UN.Power>>(stream, new JsonSerializerOptions(s_factoryOnly) { DefaultBufferSize = 16 });
        Assert.Equal(2000, values!.Count);
        Assert.All(values, v => Assert.Equal(UN.Power.FromKilowatts(123.456), v));
        Assert.Equal(new Card(UN.Power.FromWatts(700), UN.BitRate.FromGigabitsPerSecond(400)), JsonSerializer.Deserialize<Card>("{\"Tdp\":\"700 W\",\"Link\":\"400 Gb/s\"}", s_factoryOnly));
    }

    [Fact]
    public void Reading_and_writing_allocate_nothing_beyond_the_value()
    {
        var converter = (System.Text.Json.Serialization.JsonConverter<UN.Power>)new UnitsNetJsonConverterFactory().CreateConverter(typeof(UN.Power), AiInfraJson.Options);
        var json = Encoding.UTF8.GetBytes("\"1.2 kW\"");
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64);
        using var writer = new Utf8JsonWriter(buffer);
        var value = UN.Power.FromKilowatts(1.2);
        decimal Work()
        {
            var sum = 0m;
            for (var i = 0; i < 10_000; i++)
            {
                var reader = new Utf8JsonReader(json);
                reader.Read();
                sum += converter.Read(ref reader, typeof(UN.Power), AiInfraJson.Options).Value;
                buffer.ResetWrittenCount();
                writer.Reset();
                converter.Write(writer, value, AiInfraJson.Options);
                writer.Flush();
            }

            return sum;
        }

        _ = Work();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Work();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(12_000m, result);
    }
}
