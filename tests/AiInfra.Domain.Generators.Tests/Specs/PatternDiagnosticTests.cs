using static AiInfra.Domain.Generators.Tests.DiagnosticAssert;

namespace AiInfra.Domain.Generators.Tests.Specs;

/// <summary>
/// Patterns mean what JSON Schema says (ECMA-262 with the u flag): AIINFRA214 for a pattern that is not ECMA-262 or that
/// uses a construct whose meaning cannot be kept, at the construct itself inside the JSON string (through its escapes);
/// defaults and catalogue values checked with ECMA-262's meaning and lengths in code points. The spec is
/// <see cref="DiagnosticAssert.ValidSpec"/>, whose line 8 holds the pattern "^[a-z0-9-]+$" from column 63.
/// </summary>
public class PatternDiagnosticTests
{
    private const string Pattern = "\"^[a-z0-9-]+$\"";

    /// <summary>
    /// A pattern <paramref name="pattern"/> (a JSON string literal, as written in the spec) in place of "^[a-z0-9-]+$":
    /// exactly one AIINFRA214, covering exactly <paramref name="covered"/> from zero-based column <paramref name="column"/>
    /// of line 8, with <paramref name="messagePart"/> in its message if given. A row's <paramref name="mistake"/> says what it checks.
    /// </summary>
    [Theory]
    [InlineData("AIINFRA214 an inline option is reported at the option", "\"(?i)^[a-z0-9-]+$\"", 64, "(?i", "is not a valid ECMA-262 (JSON Schema) regular expression: '(?i' at character 1: inline options")]
    [InlineData("AIINFRA214 a DotNet anchor is reported at its escaped spelling", "\"^[a-z0-9-]+\\\\Z\"", 75, "\\\\Z", "\\Z is a .NET anchor")]
    [InlineData("AIINFRA214 covers a unicode escape of the JSON string", "\"\\u005cA[a-z]+$\"", 64, "\\u005cA", null)]
    [InlineData("AIINFRA214 a backreference is reported as unsupported", "\"^(a)\\\\1$\"", 68, "\\\\1", "uses a construct that is not supported: '\\1' at character 5: backreferences are not supported")]
    [InlineData("AIINFRA214 a DotNet block name is reported", "\"^\\\\p{IsGreek}+$\"", 65, "\\\\p{IsGreek}", ".NET block name")]
    [InlineData("AIINFRA214 an unclosed class is reported at its bracket", "\"^[a-z0-9-+$\"", 65, "[", "this '[' is never closed")]
    public void AIINFRA214_a_pattern_that_is_not_ECMA_262_or_not_supported_is_reported_at_the_construct(string mistake, string pattern, int column, string covered, string? messagePart)
    {
        Assert.StartsWith("AIINFRA214 ", mistake, StringComparison.Ordinal);
        var text = ValidSpec.Replace(Pattern, pattern, StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA214", line: 8, column: column, covered: covered);
        if (messagePart is not null)
        {
            Assert.Contains(messagePart, Message(d), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Patterns_only_ECMA_262_has_are_accepted()
    {
        var text = ValidSpec.Replace(Pattern, "\"^(?<name>\\\\p{L}[\\\\p{L}\\\\u{1F600}-\\\\u{1F64F}]*)(?<=\\\\p{Ll})$\"", StringComparison.Ordinal);
        Assert.Empty(RunSpec(text));
    }

    [Fact]
    public void AIINFRA206_a_default_with_a_final_line_feed_fails_the_pattern()
    {
        // .NET's "$" matches before a final "\n"; ECMA-262's does not.
        var text = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"label\": { \"type\": \"string\", \"pattern\": \"^[A-Z]+$\", \"default\": \"RACK\\n\" }", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA206", line: 11, column: 71, covered: "\"RACK\\n\"");
        Assert.Contains("does not match the pattern ^[A-Z]+$", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA206_a_default_length_is_counted_in_code_points()
    {
        var tooShort = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"plug\": { \"type\": \"string\", \"minLength\": 2, \"default\": \"\U0001F50C\" }", StringComparison.Ordinal);
        var d = Single(RunSpec(tooShort), "AIINFRA206", line: 11, column: 63, covered: "\"\U0001F50C\"");
        Assert.Contains("the text has 1 character (code point); at least 2 are required", Message(d), StringComparison.Ordinal);

        var fits = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"plug\": { \"type\": \"string\", \"maxLength\": 2, \"default\": \"\U0001F50C\U0001F50C\" }", StringComparison.Ordinal);
        Assert.Empty(RunSpec(fits));
    }

    [Theory]
    [InlineData("\"rack-b\\n\"")]
    [InlineData("\"rack-b\\r\\n\"")]
    [InlineData("\"rack-b\\u2028\"")]
    [InlineData("\"rack-\u0663\"")]
    [InlineData("\"r\u00E9ck-b\"")]
    public void AIINFRA302_a_catalogue_id_that_only_DotNet_semantics_would_accept_is_reported(string id)
    {
        var text = ValidCatalog.Replace("\"rack-b\"", id, StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA302", line: 6, column: 12, covered: id, path: CatalogPath);
        Assert.Contains("value.pattern", Message(d), StringComparison.Ordinal);
    }
}
