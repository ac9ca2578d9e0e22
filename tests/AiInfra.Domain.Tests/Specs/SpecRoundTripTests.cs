using System.Text.Json;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Specs;

public class SpecRoundTripTests
{
    [Fact]
    public void A_full_record_round_trips_to_an_equal_record_and_identical_bytes()
    {
        var chip = SampleChips.FullChip();
        var first = AiInfraJson.Serialize(chip);
        var read = AiInfraJson.Deserialize<Chip>(first);
        Assert.Equal(chip, read);
        Assert.Equal(first, AiInfraJson.Serialize(read));
    }

    [Fact]
    public void Serialized_text_is_exactly_the_documented_wire_format()
    {
        var json = AiInfraJson.Serialize(SampleChips.FullChip());
        Assert.Equal(
            """{"id":"chip-a","name":"Chip A","tdp":"1.2 kW","isShipping":true,"dies":2,"yield":0.85,"released":"2025-03-18","rampPeriod":"2025-09","bestPrecision":"fp8","memory":{"capacity":"288 GB","bandwidth":"8 TB/s","stacks":8},"host":"grace-cpu","ratings":[{"precision":"bf16","dense":"2500 TOPS","sparse":"5 POPS"},{"precision":"fp8","dense":"5000 TOPS"}],"aliases":["A","chip-a-rev1"],"clocks":["1980 MHz","2.1 GHz"],"throughput":{"bf16":"2500 TOPS","fp8":"5000 TOPS"},"coolantInlet":"45 °C","efficiency":"92.5 %"}""",
            json);
    }

    [Fact]
    public void Any_accepted_spelling_normalises_in_one_write_and_is_stable_after()
    {
        const string input = """
            { "name": "B", "id": "chip-b", "tdp": 700, "clocks": ["1.98GHz", " 2100 MHz "], "throughput": { "fp8": 5000 },
              "memory": { "capacity": "0.288 TB", "bandwidth": 8 }, "efficiency": "0.95", "ratings": [] }
            """;
        var first = AiInfraJson.Serialize(AiInfraJson.Deserialize<Chip>(input));
        Assert.Equal(
            """{"id":"chip-b","name":"B","tdp":"700 W","isShipping":false,"dies":1,"memory":{"capacity":"0.288 TB","bandwidth":"8 TB/s"},"clocks":["1.98 GHz","2100 MHz"],"throughput":{"fp8":"5000 TOPS"},"efficiency":"0.95"}""",
            first);
        var second = AiInfraJson.Serialize(AiInfraJson.Deserialize<Chip>(first));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Defaults_apply_when_properties_are_missing()
    {
        var chip = AiInfraJson.Deserialize<Chip>("""{"id":"c","name":"C","tdp":"1 W"}""");
        Assert.False(chip.IsShipping);
        Assert.Equal(1, chip.Dies);
        Assert.Equal(Ratio.FromPercent(100), chip.Efficiency);
        Assert.Empty(chip.Aliases);
        Assert.Empty(chip.Throughput);
        Assert.Null(chip.Memory);
    }

    [Fact]
    public void JsonSerializer_with_the_library_options_uses_the_generated_code()
    {
        var chip = SampleChips.FullChip();
        var json = JsonSerializer.Serialize(chip, AiInfraJson.Options);
        Assert.Equal(AiInfraJson.Serialize(chip), json);
        Assert.Equal(chip, JsonSerializer.Deserialize<Chip>(json, AiInfraJson.Options));
        Assert.Equal(chip, JsonSerializer.Deserialize(json, AiInfraJson.GetTypeInfo<Chip>()));
    }

    [Fact]
    public void JsonSerializer_throws_one_exception_listing_every_error()
    {
        var exception = Assert.Throws<Serialization.AiInfraJsonException>(
            () => JsonSerializer.Deserialize<Chip>("""{"id":"Bad Id","tdp":"7 V"}""", AiInfraJson.Options));
        Assert.Equal(["/id", "/tdp", "/name"], exception.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Equality_includes_list_and_map_contents()
    {
        var a = SampleChips.FullChip();
        var b = SampleChips.FullChip();
        Assert.NotSame(a.Ratings, b.Ratings);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Aliases = ["A"] });
        Assert.NotEqual(a, b with { Throughput = new Dictionary<Precision, ComputeThroughput> { [Precision.Fp8] = ComputeThroughput.FromTeraoperationsPerSecond(5000) } });
        Assert.NotEqual(a, b with { Clocks = [.. b.Clocks.Reverse()] });
    }

    [Fact]
    public void Equal_quantities_in_different_units_make_equal_records()
    {
        var a = SampleChips.MinimalChip();
        var b = a with { Tdp = Power.FromKilowatts(0.7) };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
