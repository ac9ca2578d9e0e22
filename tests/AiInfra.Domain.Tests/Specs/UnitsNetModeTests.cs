using AiInfra.Domain.Provenance;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Validation;
using LibFeed = AiInfra.Domain.Tests.Specs.AiInfraMode.PowerFeed;
using LibLoad = AiInfra.Domain.Tests.Specs.AiInfraMode.RackLoad;
using Q = AiInfra.Domain.Quantities;
using UN = UnitsNet;
using Un = AiInfra.Domain.Tests.Specs.UnitsNetMode;
using UnFeed = AiInfra.Domain.Tests.Specs.UnitsNetMode.UnitsNetPowerFeed;
using UnLoad = AiInfra.Domain.Tests.Specs.UnitsNetMode.UnitsNetRackLoad;

namespace AiInfra.Domain.Tests.Specs;

/// <summary>
/// A spec file in <c>"quantityTypes": "unitsNet"</c> mode (UnitsNetMode.spec.json) against the same entity with the
/// library's types (AiInfraMode.spec.json): UnitsNet types where UnitsNet has the quantity, and the same reader, writer,
/// validator, schema and equality.
/// </summary>
public class UnitsNetModeTests
{
    private const string Full = """{"id":"r1","itPower":"40 kW","breakerRating":"50 kW","tdp":{"value":"700 W","bound":"approximate","source":"datasheet","line":3},"inletTemperature":"27 °C","uplink":"400 Gb/s","memory":"80 GB","cableLength":"2.5 m","heatFlux":"50 W/cm²","peakCompute":"989 TFLOPS","feedPower":{"a":"20 kW","b":"20000 W"},"readings":["650 W",{"min":"600 W","max":"0.7 kW","bound":"range"}]}""";

    [Fact]
    public void Quantities_UnitsNet_has_get_its_types_and_the_others_keep_the_library_types()
    {
        Assert.Equal(typeof(UN.Power), Type(nameof(UnLoad.ItPower)));
        Assert.Equal(typeof(UN.Power?), Type(nameof(UnLoad.BreakerRating)));
        Assert.Equal(typeof(Figure<UN.Power>?), Type(nameof(UnLoad.Tdp)));
        Assert.Equal(typeof(UN.Temperature), Type(nameof(UnLoad.InletTemperature)));
        Assert.Equal(typeof(UN.BitRate?), Type(nameof(UnLoad.Uplink)));
        Assert.Equal(typeof(UN.Information?), Type(nameof(UnLoad.Memory)));
        Assert.Equal(typeof(UN.Length?), Type(nameof(UnLoad.CableLength)));
        Assert.Equal(typeof(UN.HeatFlux?), Type(nameof(UnLoad.HeatFlux)));
        Assert.Equal(typeof(Q.ComputeThroughput?), Type(nameof(UnLoad.PeakCompute)));
        Assert.Equal(typeof(IReadOnlyDictionary<UnFeed, UN.Power>), Type(nameof(UnLoad.FeedPower)));
        Assert.Equal(typeof(IReadOnlyList<Figure<UN.Power>>), Type(nameof(UnLoad.Readings)));

        static Type Type(string property) => typeof(UnLoad).GetProperty(property)!.PropertyType;
    }

    [Fact]
    public void Reads_with_the_library_parser_and_writes_what_the_library_mode_writes()
    {
        var unitsNet = AiInfraJson.Deserialize<UnLoad>(Full);
        var library = AiInfraJson.Deserialize<LibLoad>(Full);
        Assert.Equal(UN.Power.FromKilowatts(40), unitsNet.ItPower);
        Assert.Equal(UN.Units.PowerUnit.Kilowatt, unitsNet.ItPower.Unit);
        Assert.Equal(UN.BitRate.FromGigabitsPerSecond(400), unitsNet.Uplink);
        Assert.Equal(UN.Units.BitRateUnit.GigabitPerSecond, unitsNet.Uplink!.Value.Unit);
        Assert.Equal(UN.Units.InformationUnit.Gigabyte, unitsNet.Memory!.Value.Unit);
        Assert.Equal(new Figure<UN.Power>(UN.Power.FromWatts(700), FigureBound.Approximate, source: "datasheet", line: 3), unitsNet.Tdp);
        Assert.Equal(UN.Temperature.FromDegreesCelsius(27), unitsNet.InletTemperature);

        // W/cm² is not a unit of UnitsNet: the value becomes W/m² (exactly), the unit its definition file names.
        Assert.Equal(UN.Units.HeatFluxUnit.WattPerSquareMeter, unitsNet.HeatFlux!.Value.Unit);
        Assert.Equal(500_000, unitsNet.HeatFlux.Value.Value);

        var written = AiInfraJson.Serialize(unitsNet);
        Assert.Equal(AiInfraJson.Serialize(library).Replace("\"50 W/cm²\"", "\"500000 W/m²\"", StringComparison.Ordinal), written);
        Assert.Equal(unitsNet, AiInfraJson.Deserialize<UnLoad>(written));
        Assert.Equal(written, AiInfraJson.Serialize(AiInfraJson.Deserialize<UnLoad>(written)));
    }

    [Fact]
    public void One_gigabit_per_second_is_a_gigabit_as_the_library_reads_it()
    {
        var load = AiInfraJson.Deserialize<UnLoad>("""{"id":"r","itPower":"1 kW","uplink":"1 Gb/s"}""");
        Assert.Equal(UN.Units.BitRateUnit.GigabitPerSecond, load.Uplink!.Value.Unit);
        Assert.Equal(1m, load.Uplink.Value.Value);
        Assert.Equal(UN.Temperature.FromDegreesCelsius(25), load.InletTemperature);
        Assert.Empty(load.Readings);
    }

    public static TheoryData<string> BadDocuments => new()
    {
        """{"id":"r","itPower":"0.5 kW"}""",
        """{"id":"r","itPower":"3 MW"}""",
        """{"id":"r","itPower":"700 V"}""",
        """{"id":"r","itPower":"700 XW"}""",
        """{"id":"r","itPower":"NaN W"}""",
        """{"id":"r","itPower":"700,5 W"}""",
        """{"id":"r","itPower":1e400}""",
        """{"id":"r","itPower":"1 kW","uplink":"1 GB"}""",
        """{"id":"r","itPower":"1 kW","uplink":"0.5 Gb/s"}""",
        """{"id":"r","itPower":"1 kW","breakerRating":"0.5 kW"}""",
        """{"id":"r","itPower":"1 kW","tdp":{"value":"0.5 W"}}""",
        """{"id":"r","itPower":"1 kW","inletTemperature":"50 °C"}""",
        """{"id":"r","itPower":"1 kW","cableLength":"1 km"}""",
        """{"id":"r","itPower":"1 kW","feedPower":{"a":"-1 kW"}}""",
        """{"id":"r","itPower":"1 kW","readings":["1 W",{"min":"2 MW","max":"3 MW","bound":"range"}]}""",
        """{"id":"r","itPower":"1 kW","readings":[{"min":"2 W","max":"1 W","bound":"range"}]}""",
        """{"id":"r","itPower":"1 kW","peakCompute":"1 W"}""",
        """{"id":"r","itPower":{"value":"1 kW"}}""",
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Bad_input_gets_exactly_the_errors_of_the_library_mode(string json)
    {
        Assert.False(AiInfraJson.TryDeserialize<LibLoad>(json, out _, out var expected));
        Assert.False(AiInfraJson.TryDeserialize<UnLoad>(json, out var value, out var errors));
        Assert.Null(value);
        Assert.Equal(expected, errors);
    }

    [Theory]
    [InlineData("""{"id":"r","itPower":"1 kW","memory":"1E+30 GB"}""", 1, 37)]
    [InlineData("""{"id":"r","itPower":"1 kW","memory":"1E-30 GB"}""", 1, 37)]
    [InlineData("{\n \"id\": \"r\",\n \"itPower\": \"1 kW\",\n \"uplink\": 1e29\n}", 4, 12)]
    public void A_value_a_decimal_backed_UnitsNet_quantity_cannot_hold_is_a_located_range_error(string json, long line, long column)
    {
        Assert.True(AiInfraJson.TryDeserialize<LibLoad>(json, out _, out _));
        Assert.False(AiInfraJson.TryDeserialize<UnLoad>(json, out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.OutOfRange, error.Code);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("cannot become a UnitsNet.", error.Message, StringComparison.Ordinal);
        Assert.Contains("decimal", error.Message, StringComparison.Ordinal);
        Assert.Throws<AiInfraJsonException>(() => AiInfraJson.Deserialize<UnLoad>(json));
    }

    public static TheoryData<double> PowersInWatts => new() { 999.9999999999999, 1000, 1000.0000000000001, 2_000_000, 2_000_000.0000000002, 2_000_000.0000000005 };

    [Theory]
    [MemberData(nameof(PowersInWatts))]
    public void Bounds_are_compared_exactly_as_for_the_library_types(double watts)
    {
        var library = Library().WithPower(Q.Power.FromWatts(watts));
        // UnitsNet.Power.FromWatts(double) rounds to 15 digits; ToUnitsNet gives the decimal of the double exactly.
        var unitsNet = UnitsNet().WithPower(Q.Power.FromWatts(watts).ToUnitsNet());
        Assert.Equal(library.Validate().Errors, unitsNet.Validate().Errors);

        static LibLoad Library() => AiInfraJson.Deserialize<LibLoad>(Full);
        static UnLoad UnitsNet() => AiInfraJson.Deserialize<UnLoad>(Full);
    }

    [Fact]
    public void A_record_built_in_code_reports_the_errors_of_the_library_mode()
    {
        var library = AiInfraJson.Deserialize<LibLoad>(Full) with
        {
            ItPower = Q.Power.FromKilowatts(60),
            Tdp = new Figure<Q.Power>(Q.Power.FromWatts(900), FigureBound.Range, Q.Power.FromWatts(800)),
            InletTemperature = Q.Temperature.FromDegreesCelsius(60),
            FeedPower = new Dictionary<LibFeed, Q.Power> { [LibFeed.A] = Q.Power.FromKilowatts(-1) },
            Readings = [Q.Power.FromMegawatts(2)],
        };
        var unitsNet = AiInfraJson.Deserialize<UnLoad>(Full) with
        {
            ItPower = UN.Power.FromKilowatts(60),
            Tdp = new Figure<UN.Power>(UN.Power.FromWatts(900), FigureBound.Range, UN.Power.FromWatts(800)),
            InletTemperature = UN.Temperature.FromDegreesCelsius(60),
            FeedPower = new Dictionary<UnFeed, UN.Power> { [UnFeed.A] = UN.Power.FromKilowatts(-1) },
            Readings = [UN.Power.FromMegawatts(2)],
        };
        var expected = library.Validate().Errors;
        Assert.Equal(["/tdp", "/inletTemperature", "/feedPower/a", "/readings/0", "/breakerRating"], expected.Select(e => e.Path));
        Assert.Equal(expected, unitsNet.Validate().Errors);
    }

    [Fact]
    public void A_valid_record_is_valid_and_validating_it_allocates_nothing()
    {
        var load = AiInfraJson.Deserialize<UnLoad>(Full);
        Assert.Same(ValidationResult.Valid, load.Validate());
        Assert.Equal(0, SteadyState.AllocatedBytes(() => load.Validate()));
    }

    [Fact]
    public void A_UnitsNet_value_beyond_the_library_double_is_reported_and_never_written()
    {
        // UnitsNet holds 1E+306 km in a double; in metres it is beyond one, so no library value (and no JSON) has it.
        var load = AiInfraJson.Deserialize<UnLoad>(Full) with { CableLength = UN.Length.FromKilometers(1e306) };
        var error = Assert.Single(load.Validate().Errors);
        Assert.Equal(("/cableLength", ErrorCodes.OutOfRange), (error.Path, error.Code));
        var refused = Assert.Throws<AiInfraJsonException>(() => AiInfraJson.Serialize(load));
        Assert.Equal(error with { Line = null, Column = null }, Assert.Single(refused.Errors) with { Line = null, Column = null });

        // Equality does not throw on it either: it equals only itself.
        Assert.Equal(load, load with { });
        Assert.NotEqual(load, load with { CableLength = UN.Length.FromKilometers(2e306) });
    }

    [Fact]
    public void Equality_compares_values_in_the_base_unit_as_the_library_does_not_as_UnitsNet_Equals()
    {
        var kilowatts = AiInfraJson.Deserialize<UnLoad>(Full);
        var watts = kilowatts with
        {
            ItPower = UN.Power.FromWatts(40_000),
            Tdp = new Figure<UN.Power>(UN.Power.FromKilowatts(0.7), FigureBound.Approximate, source: "datasheet", line: 3),
            FeedPower = new Dictionary<UnFeed, UN.Power> { [UnFeed.A] = UN.Power.FromWatts(20_000), [UnFeed.B] = UN.Power.FromKilowatts(20) },
            Readings = [UN.Power.FromKilowatts(0.65), new Figure<UN.Power>(UN.Power.FromKilowatts(0.6), FigureBound.Range, UN.Power.FromWatts(700))],
            Uplink = UN.BitRate.FromMegabitsPerSecond(400_000),
        };
#pragma warning disable CS0618 // UnitsNet's own equality, which the records do not use
        Assert.False(UN.Power.FromWatts(40_000).Equals(UN.Power.FromKilowatts(40)));
#pragma warning restore CS0618
        Assert.Equal(kilowatts, watts);
        Assert.Equal(kilowatts.GetHashCode(), watts.GetHashCode());

        Assert.NotEqual(kilowatts, watts with { ItPower = UN.Power.FromWatts(40_000.000000000007m) });
        Assert.NotEqual(kilowatts, watts with { Tdp = new Figure<UN.Power>(UN.Power.FromWatts(700), FigureBound.Approximate, source: "other", line: 3) });
        Assert.NotEqual(kilowatts, watts with { Readings = [UN.Power.FromWatts(650)] });
        Assert.NotEqual(kilowatts, watts with { FeedPower = new Dictionary<UnFeed, UN.Power> { [UnFeed.A] = UN.Power.FromWatts(20_000) } });
    }

    [Fact]
    public void The_schema_is_the_library_mode_schema()
    {
        Assert.Equal(
            AiInfraSchemas.For<LibLoad>(),
            AiInfraSchemas.For<UnLoad>().Replace("UnitsNetMode", "AiInfraMode", StringComparison.Ordinal).Replace("UnitsNetRackLoad", "RackLoad", StringComparison.Ordinal).Replace("UnitsNetPowerFeed", "PowerFeed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_two_spec_files_differ_only_in_their_names_description_and_quantity_types()
    {
        static IEnumerable<string> Lines(string name) => File.ReadAllLines(Path.Combine(Paths.RepositoryRoot(), "tests", "AiInfra.Domain.Tests", "Specs", name))
            .Select(l => l.Replace("UnitsNetRackLoad", "RackLoad", StringComparison.Ordinal).Replace("UnitsNetPowerFeed", "PowerFeed", StringComparison.Ordinal))
            .Where(l => !l.TrimStart().StartsWith("\"namespace\"", StringComparison.Ordinal) && !l.TrimStart().StartsWith("\"quantityTypes\"", StringComparison.Ordinal) && !l.StartsWith("  \"description\"", StringComparison.Ordinal));
        Assert.Equal(Lines("AiInfraMode.spec.json"), Lines("UnitsNetMode.spec.json"));
    }

    [Fact]
    public void A_catalogue_of_the_entity_holds_UnitsNet_values_checked_at_build_time_with_their_sources()
    {
        var a = Un.Catalog.RackLoads.Get("rack-a");
        Assert.Equal(UN.Units.PowerUnit.Kilowatt, a.ItPower.Unit);
        Assert.Equal(40m, a.ItPower.Value);
        Assert.Equal((UN.Power.FromWatts(700), "s001", 12), (a.Tdp!.Value.Value, a.Tdp.Value.Source, a.Tdp.Value.Line));
        Assert.Equal((UN.Units.BitRateUnit.GigabitPerSecond, 1m), (a.Uplink!.Value.Unit, a.Uplink.Value.Value));
        Assert.Equal((UN.Units.HeatFluxUnit.WattPerSquareMeter, 500_000d), (a.HeatFlux!.Value.Unit, a.HeatFlux.Value.Value));
        Assert.Equal(UN.Power.FromKilowatts(20), a.FeedPower[UnFeed.B]);
        Assert.Equal(new Figure<UN.Power>(UN.Power.FromWatts(600), FigureBound.Range, UN.Power.FromKilowatts(0.7), source: "s001"), Assert.Single(a.Readings));
        Assert.Equal(UN.Power.FromKilowatts(2000), Un.Catalog.RackLoads.Get("rack-b").ItPower);
        Assert.All(Un.Catalog.RackLoads.All, entry => Assert.Same(ValidationResult.Valid, entry.Validate()));
        var written = AiInfraJson.Serialize(a);
        Assert.Equal(a, AiInfraJson.Deserialize<UnLoad>(written));
    }

    [Fact]
    public void JsonSerializer_with_the_library_options_reads_and_writes_the_record()
    {
        var load = System.Text.Json.JsonSerializer.Deserialize<UnLoad>(Full, AiInfraJson.Options)!;
        Assert.Equal(AiInfraJson.Deserialize<UnLoad>(Full), load);
        Assert.Equal(AiInfraJson.Serialize(load), System.Text.Json.JsonSerializer.Serialize(load, AiInfraJson.Options));
    }
}

/// <summary>Sets the IT power of the two records in the same way.</summary>
internal static class RackLoadExtensions
{
    public static LibLoad WithPower(this LibLoad load, Q.Power power) => load with { ItPower = power, BreakerRating = null };

    public static UnLoad WithPower(this UnLoad load, UN.Power power) => load with { ItPower = power, BreakerRating = null };
}
