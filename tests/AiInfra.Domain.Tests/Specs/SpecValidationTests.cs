using AiInfra.Domain.Quantities;
using AiInfra.Domain.Tests.Specs.Fixtures;
using AiInfra.Domain.Validation;

namespace AiInfra.Domain.Tests.Specs;

public class SpecValidationTests
{
    [Fact]
    public void A_valid_record_is_valid_and_validating_it_allocates_nothing()
    {
        var chip = SampleChips.FullChip();
        Assert.Same(ValidationResult.Valid, chip.Validate());
        Assert.Equal(0, SteadyState.AllocatedBytes(() => chip.Validate()));
    }

    [Fact]
    public void A_record_built_in_code_reports_every_error_with_its_path()
    {
        var chip = SampleChips.FullChip() with
        {
            Id = "Not Kebab",
            Tdp = Power.FromKilowatts(9),
            Aliases = ["a", "a"],
            Memory = new Fixtures.Memory { Capacity = Information.FromMegabytes(10) },
            Ratings = [new Rating { Precision = Precision.Fp8, Dense = ComputeThroughput.FromTeraoperationsPerSecond(10), Sparse = ComputeThroughput.FromTeraoperationsPerSecond(5) }],
            BestPrecision = (Precision)42,
        };
        var result = chip.Validate();
        Assert.False(result.IsValid);
        Assert.Equal(
            ["/id", "/tdp", "/bestPrecision", "/memory/capacity", "/ratings/0/sparse", "/aliases/1"],
            result.Errors.Select(e => e.Path));
        Assert.Throws<AiInfraValidationException>(result.ThrowIfInvalid);
    }

    [Fact]
    public void A_required_reference_left_null_is_reported_not_crashed_on()
    {
        var chip = SampleChips.MinimalChip() with { Name = null! };
        var error = Assert.Single(chip.Validate().Errors);
        Assert.Equal(("/name", ErrorCodes.NullValue), (error.Path, error.Code));
        var thrown = Assert.Throws<Serialization.AiInfraJsonException>(() => AiInfraJson.Serialize(chip));
        Assert.Equal(error, Assert.Single(thrown.Errors));
    }

    [Fact]
    public void Schemas_come_from_the_generated_types_without_registration()
    {
        var schema = AiInfraSchemas.For<Chip>();
        Assert.Contains("\"$schema\": \"" + AiInfraSchemas.MetaSchemaId + "\"", schema);
        Assert.Contains(AiInfraSchemas.All, s => s.Type == typeof(Chip) && s.Schema == schema);
    }
}
