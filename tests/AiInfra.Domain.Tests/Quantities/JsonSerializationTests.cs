using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Serialization;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// The wire format of a quantity is a JSON string "number abbreviation", written in the unit the value carries.
/// The exact bytes matter, so these tests compare strings rather than snapshots.
/// </summary>
public class JsonSerializationTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions BareWatts = new() { Converters = { new QuantityJsonConverter<Power, PowerUnit>(PowerUnit.Watt) } };

    public sealed record Rack(string Name, Power Power, Temperature? Inlet);

    [Fact]
    public void Round_trips_byte_for_byte()
    {
        const string json = "\"700 W\"";
        var power = JsonSerializer.Deserialize<Power>(json);
        Assert.Equal(Power.FromWatts(700), power);
        Assert.Equal(json, JsonSerializer.Serialize(power));
        Assert.Equal(Encoding.UTF8.GetBytes(json), JsonSerializer.SerializeToUtf8Bytes(power));
    }

    [Theory]
    [InlineData("\"1.2 kW\"")]
    [InlineData("\"-0.001 mW\"")]
    [InlineData("\"1E-300 TW\"")]
    [InlineData("\"1.7976931348623157E308 W\"")]
    [InlineData("\"3.6E18 OP\"")]
    [InlineData("\"3.35 TB/s\"")]
    [InlineData("\"80 GiB\"")]
    public void Keeps_the_unit_and_the_shortest_number(string json)
    {
        var type = json.Contains('/') ? typeof(BitRate) : json.Contains('B') ? typeof(Information) : json.Contains("OP") ? typeof(ComputeWork) : typeof(Power);
        var value = JsonSerializer.Deserialize(json, type);
        Assert.Equal(json, JsonSerializer.Serialize(value, type));
    }

    [Fact]
    public void Writes_in_the_unit_the_value_carries()
    {
        Assert.Equal("\"1.2 kW\"", JsonSerializer.Serialize(Power.FromKilowatts(1.2)));
        Assert.Equal("\"1200 W\"", JsonSerializer.Serialize(Power.FromKilowatts(1.2).ToUnit(PowerUnit.Watt)));
        Assert.Equal("\"20 °C\"", JsonSerializer.Serialize(Temperature.FromDegreesCelsius(20), Relaxed));
        Assert.Equal("\"20 \\u00B0C\"", JsonSerializer.Serialize(Temperature.FromDegreesCelsius(20)));
        Assert.Equal(Temperature.FromDegreesCelsius(20), JsonSerializer.Deserialize<Temperature>("\"20 \\u00B0C\""));
        Assert.Equal("\"0.5\"", JsonSerializer.Serialize(Ratio.FromDecimalFractions(0.5)));
        Assert.Equal("\"-0 W\"", JsonSerializer.Serialize(Power.FromWatts(-0.0)));
    }

    [Fact]
    public void Writes_exponents_without_a_plus_that_the_default_encoder_would_escape()
    {
        var work = ComputeThroughput.FromPetaoperationsPerSecond(1) * Duration.FromHours(1);
        Assert.Equal("3.6E+18 OP", work.ToString());
        Assert.Equal("\"3.6E18 OP\"", JsonSerializer.Serialize(work));
        Assert.Equal("\"1.5E-07 s\"", JsonSerializer.Serialize(Duration.FromSeconds(1.5e-7)));
        Assert.Equal(work, JsonSerializer.Deserialize<ComputeWork>("\"3.6E18 OP\""));
        Assert.Equal(work, JsonSerializer.Deserialize<ComputeWork>("\"3.6E+18 OP\""));
        Assert.Equal(work, JsonSerializer.Deserialize<ComputeWork>("\"3.6E\\u002B18 OP\""));
        Assert.Equal("\"1E20 mW\"", JsonSerializer.Serialize(Power.FromMilliwatts(1e20)));
    }

    [Fact]
    public void Round_trips_every_unit_of_every_quantity()
    {
        foreach (var q in FormatParseRoundTripTests.RandomQuantities(seed: 9).Take(500))
        {
            var type = q.QuantityInfo.ValueType;
            var json = JsonSerializer.Serialize(q, type, Relaxed);
            Assert.Equal("\"" + q.ToString()!.Replace("E+", "E") + "\"", json);
            var back = (IQuantity)JsonSerializer.Deserialize(json, type)!;
            Assert.Equal(q.Value, back.Value);
            Assert.Equal(q.Unit, back.Unit);
        }
    }

    [Theory]
    [InlineData(double.NaN, "NaN W is not a finite Power; JSON has no NaN or infinity.")]
    [InlineData(double.PositiveInfinity, "Infinity W is not a finite Power; JSON has no NaN or infinity.")]
    [InlineData(double.NegativeInfinity, "-Infinity W is not a finite Power; JSON has no NaN or infinity.")]
    public void A_value_that_is_not_finite_is_refused_as_the_record_writer_refuses_it(double watts, string message)
    {
        var power = Power.FromWatts(1) * watts; // constructors refuse such values; arithmetic can make them
        var alone = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(power));
        Assert.Equal(message, alone.Message);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Rack("r1", power, null), BareWatts));

        // The record writers refuse the same values with the same message, there as an AiInfraJsonException.
        var options = new JsonSerializerOptions { Converters = { new QuantityJsonConverter<Power, PowerUnit>() } };
        var stream = new System.IO.MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        var written = Assert.Throws<AiInfra.Domain.Serialization.AiInfraJsonException>(() => AiInfra.Domain.Serialization.JsonValueWriters.WriteQuantity<Power, PowerUnit>(writer, power));
        Assert.Equal(message, Assert.Single(written.Errors).Message);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(power, options));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Works_inside_objects_and_for_nullable_properties()
    {
        var rack = new Rack("NVL72", Power.FromKilowatts(132), null);
        var json = JsonSerializer.Serialize(rack, Relaxed);
        Assert.Equal("""{"Name":"NVL72","Power":"132 kW","Inlet":null}""", json);
        Assert.Equal(rack, JsonSerializer.Deserialize<Rack>(json));

        var withInlet = rack with { Inlet = Temperature.FromDegreesCelsius(45) };
        var json2 = JsonSerializer.Serialize(withInlet, Relaxed);
        Assert.Equal("""{"Name":"NVL72","Power":"132 kW","Inlet":"45 °C"}""", json2);
        Assert.Equal(withInlet, JsonSerializer.Deserialize<Rack>(json2));

        Assert.Equal("[\"1 W\",\"2 kW\"]", JsonSerializer.Serialize(new[] { Power.FromWatts(1), Power.FromKilowatts(2) }));
        Assert.Null(JsonSerializer.Deserialize<Power?>("null"));
    }

    [Fact]
    public void A_bare_number_is_rejected_by_the_default_converter()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Power>("700"));
        Assert.Contains("does not say its unit", error.Message);
        Assert.Contains("kW", error.Message);
    }

    [Fact]
    public void A_converter_with_a_unit_reads_a_bare_number_in_that_unit()
    {
        var power = JsonSerializer.Deserialize<Power>("700", BareWatts);
        Assert.Equal(PowerUnit.Watt, power.Unit);
        Assert.Equal(700, power.Value);
        Assert.Equal(Power.FromKilowatts(1.2), JsonSerializer.Deserialize<Power>("\"1.2 kW\"", BareWatts));
        Assert.Equal("\"700 W\"", JsonSerializer.Serialize(power, BareWatts));
        Assert.Equal(PowerUnit.Watt, new QuantityJsonConverter<Power, PowerUnit>(PowerUnit.Watt).UnitOfBareNumbers);
        Assert.Null(new QuantityJsonConverter<Power, PowerUnit>().UnitOfBareNumbers);
        Assert.Equal(Power.FromKilowatts(2), JsonSerializer.Deserialize<Power>("2", new JsonSerializerOptions { Converters = { new QuantityJsonConverter<Power, PowerUnit>(PowerUnit.Kilowatt) } }));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Power>("1e400", BareWatts));
    }

    [Theory]
    [InlineData("\"700 V\"", "is a unit of ElectricPotential")]
    [InlineData("\"700 XW\"", "\"XW\" is not a unit of Power")]
    [InlineData("\"700,5 W\"", "is not a number")]
    [InlineData("\"7OO W\"", "is not a number")]
    [InlineData("\"NaN W\"", "is not a finite number")]
    [InlineData("\"Infinity W\"", "is not a finite number")]
    [InlineData("\"1e400 W\"", "is not a finite number")]
    [InlineData("\"\u221E W\"", "is not a number")]
    [InlineData("\"5 mw\"", "could be mW or MW")]
    [InlineData("\"\"", "empty")]
    [InlineData("\"W\"", "no number")]
    [InlineData("\"700\"", "no unit")]
    public void A_bad_string_is_a_JsonException_that_says_why_and_names_the_units(string json, string reason)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Power>(json));
        Assert.Contains(reason, error.Message);
        Assert.Contains("kW", error.Message);
        Assert.IsType<QuantityFormatException>(error.InnerException);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Power>(json, BareWatts));
    }

    [Theory]
    [InlineData("true", "boolean")]
    [InlineData("false", "boolean")]
    [InlineData("{}", "object")]
    [InlineData("{\"Value\":700,\"Unit\":\"W\"}", "object")]
    [InlineData("[]", "array")]
    [InlineData("[\"700 W\"]", "array")]
    [InlineData("null", "null")]
    public void A_wrong_token_type_is_a_JsonException(string json, string kind)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Power>(json));
        Assert.Contains("not a JSON " + kind, error.Message);
        Assert.Contains("not a JSON " + kind, Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Power>(json, BareWatts)).Message);
    }

    [Fact]
    public void Null_for_a_non_nullable_property_is_a_JsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Rack>("""{"Name":"x","Power":null,"Inlet":null}"""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Rack>("""{"Name":"x","Power":true,"Inlet":null}"""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Rack>("""{"Name":"x","Power":"1 kW","Inlet":"300 W"}"""));
    }

    [Fact]
    public void Too_long_strings_are_rejected()
    {
        var max = QuantityJsonConverter<Power, PowerUnit>.MaxTextLength;
        var padded = "\"" + new string(' ', max - 5) + "700 W\"";
        Assert.Equal(Power.FromWatts(700), JsonSerializer.Deserialize<Power>(padded));

        var tooLong = "\"" + new string(' ', max - 4) + "700 W\"";
        Assert.Contains("at most 128 characters", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Power>(tooLong)).Message);

        var huge = "\"" + new string('9', 100_000) + " W\"";
        Assert.Contains("at most 128 characters", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Power>(huge)).Message);

        // Escapes count as the characters they stand for: 128 escaped characters are still 128.
        var escaped = "\"" + string.Concat(Enumerable.Repeat("\\u0020", max - 5)) + "700 W\"";
        Assert.Equal(Power.FromWatts(700), JsonSerializer.Deserialize<Power>(escaped));
    }

    [Fact]
    public void Reads_from_a_segmented_stream()
    {
        var json = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("\"123.456 kW\"", 2000)) + "]");
        using var stream = new MemoryStream(json);
        var values = JsonSerializer.Deserialize<Power[]>(stream, new JsonSerializerOptions { DefaultBufferSize = 16 });
        Assert.Equal(2000, values!.Length);
        Assert.All(values, v => Assert.Equal(Power.FromKilowatts(123.456), v));
    }
}
