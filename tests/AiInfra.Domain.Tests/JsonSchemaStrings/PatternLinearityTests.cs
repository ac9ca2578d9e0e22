using System.Text;
using System.Text.Json.Nodes;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Tests.JsonSchemaStrings.Fixtures;
using AiInfra.Domain.Tests.Reliability;
using AiInfra.Domain.Validation;
using Xunit.Abstractions;

namespace AiInfra.Domain.Tests.JsonSchemaStrings;

/// <summary>
/// Patterns are matched in time linear in the text, by ratio (time for 8n over time for n, bound 20): a pattern that is
/// exponential for a backtracking engine (^(a+)+$) on its own, in the reader and in Validate(), and a catalogue id that
/// fails its pattern only at its end, in the reader and in Validate(). n is 16 Ki characters, so that the larger text
/// (256 KB as UTF-16) stays within a core's cache: past it, the time on a shared machine depends on the memory bus.
/// </summary>
[Collection(Linearity.Collection)]
public class PatternLinearityTests(ITestOutputHelper output)
{
    private const int N = 16 * 1024;

    [Fact]
    public void A_nested_loop_is_linear_on_a_hostile_text()
    {
        var pattern = new JsonSchemaPattern("^(a+)+$");
        output.WriteLine(Linearity.AssertLinear("^(a+)+$ on a…a!", N, n =>
        {
            var text = new string('a', n) + "!";
            return () => Assert.True(pattern.TryMatch(text, out var matches) && !matches);
        }));
    }

    [Fact]
    public void An_exponential_pattern_for_a_backtracking_engine_reads_and_validates_in_linear_time()
    {
        output.WriteLine(Linearity.AssertLinear("reading ^(a+)+$ on a…a!", N, n =>
        {
            var json = Encoding.UTF8.GetBytes($$"""{"code":"x-1","nested":"{{new string('a', n)}}!"}""");
            return () =>
            {
                Assert.False(AiInfraJson.TryDeserialize<PatternProbe>(json, out _, out var errors));
                Assert.Equal(("/nested", ErrorCodes.PatternMismatch), (errors[0].Path, errors[0].Code));
            };
        }));

        output.WriteLine(Linearity.AssertLinear("validating ^(a+)+$ on a…a!", N, n =>
        {
            var probe = new PatternProbe { Code = "x-1", Nested = new string('a', n) + "!" };
            return () => Assert.Equal(ErrorCodes.PatternMismatch, Assert.Single(probe.Validate().Errors).Code);
        }));
    }

    [Fact]
    public void A_long_catalogue_id_is_rejected_in_linear_time_by_the_reader_and_the_validator()
    {
        var chip = Catalog.Accelerators.All[0];
        output.WriteLine(Linearity.AssertLinear("reading an id a…a-\\n", N, n =>
        {
            var json = JsonNode.Parse(AiInfraJson.Serialize(chip))!.AsObject();
            json["id"] = new string('a', n) + "-\n";
            var bytes = Encoding.UTF8.GetBytes(json.ToJsonString());
            return () =>
            {
                Assert.False(AiInfraJson.TryDeserialize<Accelerator>(bytes, out _, out var errors));
                Assert.Equal(("/id", ErrorCodes.PatternMismatch), (errors[0].Path, errors[0].Code));
            };
        }));

        output.WriteLine(Linearity.AssertLinear("validating an id a…a-\\n", N, n =>
        {
            var bad = chip with { Id = new string('a', n) + "-\n" };
            return () => Assert.Equal(("/id", ErrorCodes.PatternMismatch), (bad.Validate().Errors[0].Path, bad.Validate().Errors[0].Code));
        }));
    }
}
