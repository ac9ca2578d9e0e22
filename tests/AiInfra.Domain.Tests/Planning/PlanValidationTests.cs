namespace AiInfra.Domain.Tests.Planning;

using AiInfra.Domain.Planning;
using static PlanTestData;

/// <summary>Invalid plans give located errors (path, code, line, column), never an exception.</summary>
public class PlanValidationTests
{
    private static void AssertError(string json, string path, string code, string at)
    {
        var errors = Errors(json);
        var error = Assert.Single(errors, e => e.Path == path);
        Assert.Equal(code, error.Code);
        var (line, column) = Where(json, at);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Two_targets_are_an_error_at_the_second()
    {
        var json = WorkedExampleWith("\"target\": { \"accelerators\": 1024 }", "\"target\": { \"accelerators\": 1024, \"itPower\": \"10 MW\" }");
        AssertError(json, "/target/itPower", ErrorCodes.RuleViolation, "\"10 MW\"");
    }

    [Fact]
    public void An_oversubscription_outside_1_to_64_is_located()
    {
        AssertError(WorkedExampleWith("\"switchRadix\": 64,", "\"switchRadix\": 64, \"oversubscription\": 0.5,"), "/fabric/oversubscription", ErrorCodes.OutOfRange, "0.5");
        AssertError(WorkedExampleWith("\"switchRadix\": 64,", "\"switchRadix\": 64, \"oversubscription\": 65,"), "/fabric/oversubscription", ErrorCodes.OutOfRange, "65");
    }

    [Fact]
    public void No_target_is_an_error_at_the_target()
    {
        var json = WorkedExampleWith("\"target\": { \"accelerators\": 1024 }", "\"target\": { }");
        AssertError(json, "/target", ErrorCodes.RuleViolation, "{ }");
    }

    [Fact]
    public void An_unknown_catalogue_id_is_an_error_at_the_id()
    {
        var json = WorkedExampleWith("\"accelerator\": \"nvidia-b300\"", "\"accelerator\": \"nvidia-b999\"");
        var errors = Errors(json);
        var error = Assert.Single(errors);
        Assert.Equal("/rack/accelerator", error.Path);
        Assert.Equal(ErrorCodes.RuleViolation, error.Code);
        Assert.Contains("nvidia-b999", error.Message, StringComparison.Ordinal);
        Assert.Equal(Where(json, "\"nvidia-b999\""), (error.Line!.Value, error.Column!.Value));
    }

    [Theory]
    [InlineData("\"architecture\": \"panama\"", "\"architecture\": \"fusion\"", "/power/architecture")]
    [InlineData("\"portRate\": \"400 Gbit/s\",", "\"portRate\": \"400 Gbit/s\", \"switchAsic\": \"no-such-switch\",", "/fabric/switchAsic")]
    [InlineData("\"cduCapacity\": \"500 kW\"", "\"cdu\": \"no-such-cdu\"", "/cooling/cdu")]
    public void Every_catalogue_reference_is_checked(string oldText, string newText, string path)
    {
        var errors = Errors(WorkedExampleWith(oldText, newText));
        Assert.Contains(errors, e => e.Path == path && e.Code == ErrorCodes.RuleViolation && e.Line is not null);
    }

    [Fact]
    public void A_rack_with_no_power_figure_is_an_error_at_the_rack()
    {
        // Trainium2 has no TDP in the catalogue, and the inline rack gives no power.
        var json = WorkedExampleWith("\"accelerator\": \"nvidia-b300\"", "\"accelerator\": \"aws-trainium2\"");
        var errors = Errors(json);
        var error = Assert.Single(errors, e => e.Path == "/rack/power");
        Assert.Equal(ErrorCodes.RuleViolation, error.Code);
        Assert.Contains("no power figure", error.Message, StringComparison.Ordinal);
        Assert.Equal(Where(json, "{\n    \"name\": \"8-GPU"), (error.Line!.Value, error.Column!.Value)); // /rack/power is not in the text: placed at /rack
    }

    [Fact]
    public void A_catalogue_rack_without_rack_power_is_summed_from_its_parts()
    {
        // GB300 NVL72 has no rackPower in the catalogue, but its B300 has a TDP: the rack's IT load is summed.
        Assert.Null(Catalog.Racks.Get("nvidia-gb300-nvl72").RackPower);
        var report = ClusterPlanner.Plan(Document(Sample("gb300-nvl72-1gw")));
        Assert.Equal("rack.itLoad", report["rackPower"].Formula!.Id);
    }

    [Theory]
    [InlineData("\"utilisation\": \"60 %\"", "\"utilisation\": \"0 %\"", "/economics/utilisation", ErrorCodes.RuleViolation, "\"0 %\"")]
    [InlineData("\"depreciation\": \"P4Y\"", "\"depreciation\": \"P0Y\"", "/economics/depreciation", ErrorCodes.RuleViolation, "\"P0Y\"")]
    [InlineData("\"depreciation\": \"P4Y\"", "\"depreciation\": \"P0D\"", "/economics/depreciation", ErrorCodes.RuleViolation, "\"P0D\"")]
    [InlineData("\"depreciation\": \"P4Y\"", "\"depreciation\": \"P9999Y\"", "/economics/depreciation", ErrorCodes.RuleViolation, "\"P9999Y\"")] // ends past 9999-12-31
    [InlineData("\"facilityDepreciation\": \"P10Y\"", "\"facilityDepreciation\": \"P999999W\"", "/economics/facilityDepreciation", ErrorCodes.RuleViolation, "\"P999999W\"")]
    [InlineData("\"depreciation\": \"P4Y\"", "\"depreciation\": \"4 years\"", "/economics/depreciation", ErrorCodes.MalformedValue, "\"4 years\"")]
    [InlineData("\"depreciation\": \"P4Y\"", "\"depreciation\": \"P\"", "/economics/depreciation", ErrorCodes.MalformedValue, "\"P\"")]
    [InlineData("\"depreciation\": \"P4Y\"", "\"depreciation\": \"\"", "/economics/depreciation", ErrorCodes.MalformedValue, "\"\"")]
    [InlineData("\"depreciation\": \"P4Y\"", "\"depreciation\": \"P4.5Y\"", "/economics/depreciation", ErrorCodes.MalformedValue, "\"P4.5Y\"")]
    [InlineData("\"depreciation\": \"P4Y\"", "\"depreciation\": \"P4YT12H\"", "/economics/depreciation", ErrorCodes.MalformedValue, "\"P4YT12H\"")]
    [InlineData("\"depreciation\": \"P4Y\"", "\"depreciation\": 4", "/economics/depreciation", ErrorCodes.WrongType, "4,\n    \"facilityDepreciation\"")]
    [InlineData("\"electricityPrice\": \"0.08 USD/kWh\"", "\"electricityPrice\": \"100000000000000000000000 USD/J\"", "/economics/electricityPrice", ErrorCodes.RuleViolation, "\"100000000000000000000000 USD/J\"")] // 3.6e29 USD/kWh
    [InlineData("\"electricityPrice\": \"0.08 USD/kWh\"", "\"electricityPrice\": \"0.08 EUR/kWh\"", "/economics/capexPerAccelerator", ErrorCodes.RuleViolation, "\"30000 USD\"")]
    [InlineData("\"coolingOverhead\": \"10 %\"", "\"coolingOverhead\": \"10 %\", \"pue\": 1.3", "/power/coolingOverhead", ErrorCodes.RuleViolation, "\"10 %\"")]
    [InlineData("\"coolingOverhead\": \"10 %\"", "\"pue\": 1.01", "/power/pue", ErrorCodes.RuleViolation, "1.01")]
    [InlineData("\"parameters\": 70e9", "\"parameters\": 0", "/serving/parameters", ErrorCodes.RuleViolation, "0,\n    \"precision\"")]
    [InlineData("\"precision\": \"fp4\"", "\"precision\": \"fp8\"", "/serving/precision", ErrorCodes.RuleViolation, "\"fp8\"")]
    [InlineData("\"capexPerAccelerator\": \"30000 USD\",", "\"capexPerAccelerator\": \"30000 USD\", \"capexPerRack\": \"1 USD\",", "/economics/capexPerAccelerator", ErrorCodes.RuleViolation, "\"30000 USD\"")]
    [InlineData("\"pluggablePortPower\": \"10 W\",", "\"pluggablePortPower\": \"10 W\", \"switchOptics\": \"coPackaged\",", "/fabric/coPackagedPortPower", ErrorCodes.RuleViolation, "{\n    \"switchRadix\"")]
    [InlineData("\"portRate\": \"400 Gbit/s\"", "\"portRate\": \"450 Gbit/s\"", "/fabric", ErrorCodes.RuleViolation, "{\n    \"switchRadix\"")]
    public void Bad_values_are_located(string oldText, string newText, string path, string code, string at) =>
        AssertError(WorkedExampleWith(oldText, newText), path, code, at);

    [Fact]
    public void The_samples_are_valid_and_round_trip()
    {
        foreach (var name in new[] { "worked-example", "gb300-nvl72-1gw", "cloudmatrix-384-1gw" })
        {
            var plan = Document(Sample(name)).Plan;
            Assert.True(plan.Validate().IsValid);
            Assert.Equal(plan, AiInfraJson.Deserialize<ClusterPlan>(AiInfraJson.Serialize(plan)));
        }
    }

    [Fact]
    public void The_schema_documents_the_defaults()
    {
        var schema = AiInfraSchemas.For<ClusterPlan>();
        foreach (var text in new[] { "\"water\"", "\"2026-01-01\"", "Default: 100 Gbit/s", "Default: 0 W", "Default: none" })
        {
            Assert.Contains(text, schema, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_depreciation_is_a_nodatime_period()
    {
        var economics = Document(Sample("worked-example")).Plan.Economics;
        Assert.Equal(NodaTime.Period.FromYears(4), economics.Depreciation);
        Assert.Equal(NodaTime.Period.FromYears(10), economics.FacilityDepreciation);
    }

    [Fact]
    public void Catalogue_checks_are_reported_beside_a_nested_rules_error()
    {
        // Two targets (PlanTarget's rule), an unknown accelerator, an unknown power architecture and zero utilisation
        // (the plan's rules against the catalogue): every one is reported, each at its value.
        var json = WorkedExampleWith("\"target\": { \"accelerators\": 1024 }", "\"target\": { \"accelerators\": 1024, \"itPower\": \"10 MW\" }")
            .Replace("\"accelerator\": \"nvidia-b300\"", "\"accelerator\": \"nvidia-b999\"", StringComparison.Ordinal)
            .Replace("\"architecture\": \"panama\"", "\"architecture\": \"fusion\"", StringComparison.Ordinal)
            .Replace("\"utilisation\": \"60 %\"", "\"utilisation\": \"0 %\"", StringComparison.Ordinal);
        var errors = Errors(json);
        Assert.Equal(
            ["/economics/utilisation", "/power/architecture", "/rack/accelerator", "/target/itPower"],
            errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal(ErrorCodes.RuleViolation, e.Code));
        Assert.Equal(Where(json, "\"nvidia-b999\""), (errors.Single(e => e.Path == "/rack/accelerator").Line!.Value, errors.Single(e => e.Path == "/rack/accelerator").Column!.Value));
    }
}
