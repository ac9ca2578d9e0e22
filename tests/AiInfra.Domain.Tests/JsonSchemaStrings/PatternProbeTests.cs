using System.Text;
using System.Text.Json.Nodes;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Validation;
using AiInfra.Domain.Tests.JsonSchemaStrings.Fixtures;

namespace AiInfra.Domain.Tests.JsonSchemaStrings;

/// <summary>
/// Patterns and lengths on generated records (PatternFixtures.spec.json and the library's catalogue): the reader and the
/// validator give ECMA-262's answer for each value where .NET's own regex semantics would not, count lengths in code
/// points, and report a match that ran out of time as an error, never an exception (linear time: PatternLinearityTests).
/// </summary>
public class PatternProbeTests
{
    public static TheoryData<string, string, string?> Values => new()
    {
        // property, value, the error code (null: valid)
        { "code", "ab_1-42", null },
        { "code", "ab_1-42\n", ErrorCodes.PatternMismatch },
        { "code", "\u00E9t\u00E9-1", ErrorCodes.PatternMismatch },
        { "code", "a-\u0663", ErrorCodes.PatternMismatch },
        { "code", "a-\uFF13", ErrorCodes.PatternMismatch },
        { "code", "\u212A-1", ErrorCodes.PatternMismatch },
        { "word", "5 kW", null },
        { "word", "kW\u00E9", null },
        { "word", "\u00E9kW", null },
        { "word", "kWh", ErrorCodes.PatternMismatch },
        { "line", "a\u0085", null },
        { "line", "\U0001F50C", null },
        { "line", "a\n", ErrorCodes.PatternMismatch },
        { "line", "a\rb", ErrorCodes.PatternMismatch },
        { "line", "a\u2028", ErrorCodes.PatternMismatch },
        { "line", "\u2029", ErrorCodes.PatternMismatch },
        { "spaces", "\uFEFF", null },
        { "spaces", "\u3000\u00A0 ", null },
        { "spaces", "\u0085", ErrorCodes.PatternMismatch },
        { "spaces", "\u180E", ErrorCodes.PatternMismatch },
        { "spaces", "\u200B", ErrorCodes.PatternMismatch },
        { "plug", "ab", null },
        { "plug", "\U0001F50C\U0001F50C", null },
        { "plug", "\U0001F50C\U0001F50C\U0001F50C", null },
        { "plug", "\U0001F50C", ErrorCodes.TooShort },
        { "plug", "\U0001F50C\U0001F50C\U0001F50C\U0001F50C", ErrorCodes.TooLong },
        { "nested", "aaa", null },
        { "nested", "aab", ErrorCodes.PatternMismatch },
        { "guarded", "aaaa", null },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void The_reader_and_the_validator_give_the_ECMA_262_answer(string property, string value, string? code)
    {
        var document = new JsonObject { ["code"] = "x-1", [property] = value };
        var read = AiInfraJson.TryDeserialize<PatternProbe>(document.ToJsonString(), out var probe, out var errors);
        Assert.Equal(code is null, read);
        if (code is not null)
        {
            var error = Assert.Single(errors);
            Assert.Equal(("/" + property, code), (error.Path, error.Code));
            Assert.Equal(1, error.Line);
        }

        var built = Build(property, value);
        var result = built.Validate();
        Assert.Equal(code is null, result.IsValid);
        Assert.Equal(code is null ? [] : [("/" + property, code)], result.Errors.Select(e => (e.Path, e.Code)));
        if (probe is not null)
        {
            Assert.Equal(built, probe);
        }
    }

    [Fact]
    public void Lengths_are_counted_in_code_points_in_the_messages()
    {
        var tooShort = Assert.Single(Build("plug", "\U0001F50C").Validate().Errors);
        Assert.Equal("The text has 1 character (code point); at least 2 are required.", tooShort.Message);
        var tooLong = Assert.Single(Build("plug", "\U0001F50C\U0001F50Cab").Validate().Errors);
        Assert.Equal("The text has 4 characters (code points); at most 3 are allowed.", tooLong.Message);
    }

    [Fact]
    public void A_lone_surrogate_is_one_code_point_for_patterns_and_lengths()
    {
        // A record built in code can hold text that is not well-formed UTF-16. It cannot be written as JSON (a writer
        // would make the half pair U+FFFD), so Validate() reports it as such and checks nothing else on it (the round-trip
        // guarantee); the length and pattern checks themselves read each lone surrogate as one code point, as ECMA-262 does.
        foreach (var (property, text) in new[] { ("plug", "a\uD83D"), ("line", "\uDE00\uD83D"), ("plug", "\uD83D"), ("line", "\uD83D\n") })
        {
            Assert.Equal(ErrorCodes.InvalidText, Assert.Single(Build(property, text).Validate().Errors).Code);
        }

        Assert.Null(Check((ref ValidationScope scope) => ValidationChecks.Length(ref scope, "a\uD83D", 2, 3)));
        Assert.Equal(ErrorCodes.TooShort, Check((ref ValidationScope scope) => ValidationChecks.Length(ref scope, "\uD83D", 2, 3)));
        Assert.Null(Check((ref ValidationScope scope) => ValidationChecks.Pattern(ref scope, "\uDE00\uD83D", new JsonSchemaPattern("^.+$"))));
        Assert.Equal(ErrorCodes.PatternMismatch, Check((ref ValidationScope scope) => ValidationChecks.Pattern(ref scope, "\uD83D\n", new JsonSchemaPattern("^.+$"))));
    }

    [Fact]
    public void A_valid_record_with_patterns_and_astral_text_validates_without_allocating()
    {
        var probe = Build("plug", "\U0001F50C\U0001F50C") with { Word = "5 kW", Line = "a\U0001F50C", Spaces = "\uFEFF", Nested = "aaaa" };
        Assert.True(probe.Validate().IsValid);
        Assert.Equal(0, SteadyState.AllocatedBytes(() => probe.Validate()));
    }

    [Fact]
    public void A_one_MiB_catalogue_id_under_the_default_limits_is_always_an_error_never_an_exception()
    {
        // The probe: 19 of 24 such reads threw RegexMatchTimeoutException on two loaded cores.
        var chip = Catalog.Accelerators.All[0];
        var json = JsonNode.Parse(AiInfraJson.Serialize(chip))!.AsObject();
        json["id"] = new string('a', AiInfraJsonLimits.Default.MaxStringLength - 8) + "-\n";
        var bytes = Encoding.UTF8.GetBytes(json.ToJsonString());
        for (var i = 0; i < 24; i++)
        {
            Assert.False(AiInfraJson.TryDeserialize<Accelerator>(bytes, out _, out var errors));
            Assert.Equal(("/id", ErrorCodes.PatternMismatch), (errors[0].Path, errors[0].Code));
            Assert.True(errors[0].Message.Length < 300, "the message quotes the start of the id, not all of it");
        }

        var bad = chip with { Id = json["id"]!.GetValue<string>() };
        Assert.Equal(("/id", ErrorCodes.PatternMismatch), (bad.Validate().Errors[0].Path, bad.Validate().Errors[0].Code));
    }

    [Fact]
    public void A_pattern_match_that_runs_out_of_time_is_an_error_not_an_exception()
    {
        var hostile = new string('a', 60) + "!";
        var document = new JsonObject { ["code"] = "x-1", ["guarded"] = hostile }.ToJsonString();
        Assert.False(AiInfraJson.TryDeserialize<PatternProbe>(document, out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(("/guarded", ErrorCodes.PatternTimeout), (error.Path, error.Code));
        Assert.Contains("could not be checked", error.Message, StringComparison.Ordinal);

        var result = Build("guarded", hostile).Validate();
        Assert.Equal(("/guarded", ErrorCodes.PatternTimeout), (result.Errors.Single().Path, result.Errors.Single().Code));
    }

    private delegate void ScopeCheck(ref ValidationScope scope);

    /// <summary>The code of the one error a check reports, or null when it reports none.</summary>
    private static string? Check(ScopeCheck check)
    {
        var scope = ValidationScope.Collecting();
        check(ref scope);
        return scope.ToResult().Errors is [var error] ? error.Code : scope.IsValid ? null : "more than one error";
    }

    private static PatternProbe Build(string property, string value)
    {
        var probe = new PatternProbe { Code = "x-1" };
        return property switch
        {
            "code" => probe with { Code = value },
            "word" => probe with { Word = value },
            "line" => probe with { Line = value },
            "spaces" => probe with { Spaces = value },
            "plug" => probe with { Plug = value },
            "nested" => probe with { Nested = value },
            "guarded" => probe with { Guarded = value },
            _ => throw new ArgumentOutOfRangeException(nameof(property), property, null),
        };
    }
}
