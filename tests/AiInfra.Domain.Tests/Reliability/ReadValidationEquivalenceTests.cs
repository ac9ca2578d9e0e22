using System.Text;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Validation;
using Xunit.Abstractions;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// A document just read is validated once: the reader checks each value as it reads it, and the validation after it
/// (<see cref="ValidationScope.ValuesChecked"/>) runs only the rules across properties. These tests hold that shortcut
/// to the whole validation, which a read still takes when <see cref="AiInfraJsonLimits.MaxStringLength"/> is raised
/// past what the writer takes: over every valid document of every record and every systematic mutation of them, both
/// reads give the same value or the same errors, at the same places.
/// </summary>
public class ReadValidationEquivalenceTests(ITestOutputHelper output)
{
    /// <summary>Limits under which reading validates each value a second time, as it did before the shortcut.</summary>
    private static readonly AiInfraJsonLimits FullValidation = new() { MaxStringLength = JsonWritability.MaxTextLength + 1 };

    [Fact]
    public void Reading_with_the_rules_only_finds_what_the_whole_validation_finds()
    {
        var entities = Entities.All;
        var documents = entities
            .SelectMany(e => Entities.ValidDocuments[e.Key].Select(d => (Entity: e, d.Json, What: "valid: " + d.Origin))
                .Concat(Mutations.For(e, Entities.ValidDocuments[e.Key]).Select(c => (Entity: c.Entity, c.Json, What: $"{c.Category}: {c.Property} {c.Description}"))))
            .ToList();
        var failures = new List<string>();
        int accepted = 0, rejected = 0, ruleErrors = 0;
        foreach (var (entity, json, what) in documents)
        {
            var utf8 = Encoding.UTF8.GetBytes(json);
            var shortcut = AiInfraJson.TryDeserialize(entity.Type, utf8, out var value, out var errors);
            var whole = AiInfraJson.TryDeserialize(entity.Type, utf8, out var wholeValue, out var wholeErrors, FullValidation);
            var same = shortcut == whole
                && Equals(value, wholeValue)
                && errors.Select(Describe).SequenceEqual(wholeErrors.Select(Describe), StringComparer.Ordinal);
            if (!same)
            {
                failures.Add($"{entity.EntityName} [{what}]: {(shortcut ? "accepted" : string.Join("; ", errors.Select(Describe)))} against {(whole ? "accepted" : string.Join("; ", wholeErrors.Select(Describe)))}");
            }

            if (shortcut)
            {
                accepted++;
                Assert.True(AiInfraJson.Validate(value!).IsValid, $"{entity.EntityName} [{what}]: an accepted value fails its own validation");
            }
            else
            {
                rejected++;
                ruleErrors += errors.Count(e => e.Code == ErrorCodes.RuleViolation);
            }
        }

        output.WriteLine($"{documents.Count} documents of {entities.Count} records: {accepted} accepted, {rejected} rejected ({ruleErrors} rule errors); {failures.Count} differences.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
        Assert.True(accepted > 0 && rejected > 0 && ruleErrors > 0, "the corpus no longer exercises both outcomes and the rules");
    }

    [Theory]
    [InlineData("\"target\": { \"accelerators\": 1024 }", "\"target\": { \"accelerators\": 1024, \"itPower\": \"10 MW\" }")] // a rule of a nested record (exactly one target)
    [InlineData("\"accelerator\": \"nvidia-b300\"", "\"accelerator\": \"nvidia-b999\"")] // a rule of the document (an id the catalogue lacks)
    public void A_rule_broken_in_a_document_read_is_found_once_at_its_place(string valid, string broken)
    {
        var plan = File.ReadAllText(Path.Combine(Paths.RepositoryRoot(), "samples", "plans", "worked-example.plan.json"));
        Assert.Contains(valid, plan, StringComparison.Ordinal);
        var json = plan.Replace(valid, broken, StringComparison.Ordinal);

        Assert.True(AiInfraJson.TryDeserialize<AiInfra.Domain.Planning.ClusterPlan>(plan, out _, out var none), string.Join("; ", none));
        Assert.False(AiInfraJson.TryDeserialize<AiInfra.Domain.Planning.ClusterPlan>(json, out _, out var errors));
        Assert.False(AiInfraJson.TryDeserialize<AiInfra.Domain.Planning.ClusterPlan>(json, out _, out var wholeErrors, FullValidation));
        Assert.Equal(wholeErrors.Select(Describe), errors.Select(Describe));
        Assert.Single(errors);
        Assert.NotNull(errors[0].Line);
    }

    [Fact]
    public void A_value_read_is_validated_with_the_reader_checks_marked_done_only_under_the_default_string_limit()
    {
        Assert.True(new JsonReadContext().ScopeAfterRead(collecting: false).ValuesChecked);
        Assert.True(new JsonReadContext(new AiInfraJsonLimits { MaxStringLength = JsonWritability.MaxTextLength }).ScopeAfterRead(collecting: true).ValuesChecked);
        Assert.False(new JsonReadContext(FullValidation).ScopeAfterRead(collecting: false).ValuesChecked);
        Assert.False(ValidationScope.FailFast().ValuesChecked);
        Assert.False(ValidationScope.Collecting().ValuesChecked);
    }

    private static string Describe(AiInfraError error) => $"{error.Path} {error.Code} {error.Line}:{error.Column} {error.Message}";
}
