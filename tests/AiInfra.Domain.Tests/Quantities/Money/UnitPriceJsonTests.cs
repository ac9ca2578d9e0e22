using System.Text.Json;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// A spec's <c>price</c> value (the test Chip's <c>hourPrice</c>, per Duration, and <c>energyPrices</c>, per Energy):
/// read, written, validated and located like every other value; and a price read or written on its own with
/// <see cref="AiInfraJson.Options"/>.
/// </summary>
public class UnitPriceJsonTests
{
    private const string Base = """{"id":"c","name":"C","tdp":"700 W",""";

    [Theory]
    [InlineData("\"2.5 USD/h\"", "2.5 USD/h")]
    [InlineData("\"2.5 USD / h\"", "2.5 USD/h")]
    [InlineData("\"USD 2.5/hr\"", "2.5 USD/h")]
    [InlineData("\"150 USD/min\"", "150 USD/min")]
    [InlineData("\"1.2 k CNY/d\"", "1200 CNY/d")]
    public void A_price_property_reads_and_writes_back_equal(string json, string written)
    {
        var chip = AiInfraJson.Deserialize<Chip>(Base + "\"hourPrice\":" + json + "}");
        Assert.Equal(written, chip.HourPrice!.Value.ToString());
        var text = AiInfraJson.Serialize(chip);
        Assert.Contains($"\"hourPrice\":\"{written}\"", text, StringComparison.Ordinal);
        Assert.Equal(chip, AiInfraJson.Deserialize<Chip>(text));
        Assert.True(chip.Validate().IsValid);
    }

    [Fact]
    public void A_list_of_prices_keeps_each_unit_as_written()
    {
        var chip = AiInfraJson.Deserialize<Chip>(Base + "\"energyPrices\":[\"0.12 USD/kWh\",\"80 EUR/MWh\"]}");
        Assert.Equal([EnergyUnit.KilowattHour, EnergyUnit.MegawattHour], chip.EnergyPrices.Select(p => p.Unit));
        Assert.Equal(Money.Of(120m, Currency.Usd), chip.EnergyPrices[0] * Energy.FromMegawattHours(1));
        Assert.Equal(chip, AiInfraJson.Deserialize<Chip>(AiInfraJson.Serialize(chip)));
    }

    [Theory]
    [InlineData("\"2.5 USD\"", "expected money, '/' and a unit of Duration")]
    [InlineData("\"2.5/h\"", "before the '/'")]
    [InlineData("\"2.5 USD/kWh\"", "kWh\" after the '/' at 7 is not a unit of Duration")]
    [InlineData("\"2.5 USD/\"", "after the '/' at 7 is not a unit of Duration")]
    [InlineData("\"/h\"", "before the '/'")]
    [InlineData("\"\"", "expected money")]
    public void A_bad_price_is_a_located_format_error_that_says_which_part(string json, string reason)
    {
        var text = Base + "\"hourPrice\":" + json + "}";
        Assert.False(AiInfraJson.TryDeserialize<Chip>(text, out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal((ErrorCodes.MalformedValue, "/hourPrice"), (error.Code, error.Path));
        Assert.Equal(text.IndexOf(json, StringComparison.Ordinal) + 1, error.Column);
        Assert.Contains("is not a price of Duration", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("{\"value\":\"2.5 USD/h\"}")]
    public void A_price_is_a_string(string json)
    {
        Assert.False(AiInfraJson.TryDeserialize<Chip>(Base + "\"hourPrice\":" + json + "}", out _, out var errors));
        Assert.Equal("/hourPrice", Assert.Single(errors).Path);
    }

    [Fact]
    public void Validate_refuses_a_price_with_no_currency_or_an_undefined_unit_and_the_writer_refuses_it_alike()
    {
        var chip = AiInfraJson.Deserialize<Chip>(Base + "\"hourPrice\":\"2.5 USD/h\"}");
        foreach (var (bad, code) in new[]
        {
            (default(UnitPrice<Duration, DurationUnit>), ErrorCodes.NullValue),
            (new UnitPrice<Duration, DurationUnit>(Money.Of(1m, Currency.Usd), (DurationUnit)999), ErrorCodes.UnknownEnumValue),
        })
        {
            var invalid = chip with { HourPrice = bad };
            var problem = Assert.Single(invalid.Validate().Errors);
            Assert.Equal((code, "/hourPrice"), (problem.Code, problem.Path));
            var thrown = Assert.Throws<AiInfraJsonException>(() => AiInfraJson.Serialize(invalid));
            Assert.Equal((problem.Code, problem.Path, problem.Message), (thrown.Errors[0].Code, thrown.Errors[0].Path, thrown.Errors[0].Message));
        }
    }

    [Fact]
    public void A_price_alone_reads_and_writes_with_the_library_options()
    {
        var price = UnitPrice<Energy, EnergyUnit>.Parse("0.12 USD/kWh");
        Assert.Equal("\"0.12 USD/kWh\"", JsonSerializer.Serialize(price, AiInfraJson.Options));
        Assert.Equal(price, JsonSerializer.Deserialize<UnitPrice<Energy, EnergyUnit>>("\"0.12 USD / kWh\"", AiInfraJson.Options));
        Assert.Null(JsonSerializer.Deserialize<UnitPrice<Energy, EnergyUnit>?>("null", AiInfraJson.Options));
        Assert.Equal(price, JsonSerializer.Deserialize<UnitPrice<Energy, EnergyUnit>?>("\"0.12 USD/kWh\"", AiInfraJson.Options));
        var error = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<UnitPrice<Energy, EnergyUnit>>("\"0.12 USD/kW\"", AiInfraJson.Options));
        Assert.Contains("is not a unit of Energy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_describes_a_price_by_its_quantity_and_unit()
    {
        var schema = JsonDocument.Parse(AiInfraSchemas.For<Chip>()).RootElement.GetProperty("properties").GetProperty("hourPrice");
        Assert.Equal("price", schema.GetProperty("x-aiinfra-type").GetString());
        Assert.Equal("Duration", schema.GetProperty("x-aiinfra-quantity").GetString());
        Assert.Equal("h", schema.GetProperty("x-aiinfra-unit").GetString());
    }

    [Fact]
    public void A_catalogue_price_is_built_from_its_text()
    {
        var chip = AiInfra.Domain.Tests.Specs.Catalog.Chips.TestChipOne;
        Assert.Equal(UnitPrice<Duration, DurationUnit>.Parse("2.5 USD/h"), chip.HourPrice);
        Assert.Equal(UnitPrice<Energy, EnergyUnit>.Parse("80 EUR/MWh"), chip.EnergyPrices[1]);
    }
}
