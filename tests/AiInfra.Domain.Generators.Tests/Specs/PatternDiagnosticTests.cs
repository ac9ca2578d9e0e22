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

    [Fact]
    public void AIINFRA214_an_inline_option_is_reported_at_the_option()
    {
        var text = ValidSpec.Replace(Pattern, "\"(?i)^[a-z0-9-]+$\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA214", line: 8, column: 64, covered: "(?i");
        Assert.Contains("is not a valid ECMA-262 (JSON Schema) regular expression: '(?i' at character 1: inline options", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA214_a_DotNet_anchor_is_reported_at_its_escaped_spelling()
    {
        var text = ValidSpec.Replace(Pattern, "\"^[a-z0-9-]+\\\\Z\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA214", line: 8, column: 75, covered: "\\\\Z");
        Assert.Contains("\\Z is a .NET anchor", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA214_covers_a_unicode_escape_of_the_JSON_string()
    {
        var text = ValidSpec.Replace(Pattern, "\"\\u005cA[a-z]+$\"", StringComparison.Ordinal);
        Single(RunSpec(text), "AIINFRA214", line: 8, column: 64, covered: "\\u005cA");
    }

    [Fact]
    public void AIINFRA214_a_backreference_is_reported_as_unsupported()
    {
        var text = ValidSpec.Replace(Pattern, "\"^(a)\\\\1$\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA214", line: 8, column: 68, covered: "\\\\1");
        Assert.Contains("uses a construct that is not supported: '\\1' at character 5: backreferences are not supported", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA214_a_DotNet_block_name_is_reported()
    {
        var text = ValidSpec.Replace(Pattern, "\"^\\\\p{IsGreek}+$\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA214", line: 8, column: 65, covered: "\\\\p{IsGreek}");
        Assert.Contains(".NET block name", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA214_an_unclosed_class_is_reported_at_its_bracket()
    {
        var text = ValidSpec.Replace(Pattern, "\"^[a-z0-9-+$\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA214", line: 8, column: 65, covered: "[");
        Assert.Contains("this '[' is never closed", Message(d), StringComparison.Ordinal);
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
