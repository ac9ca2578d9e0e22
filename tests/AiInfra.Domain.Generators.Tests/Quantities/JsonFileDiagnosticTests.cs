using static AiInfra.Domain.Generators.Tests.DiagnosticAssert;

namespace AiInfra.Domain.Generators.Tests.Diagnostics;

/// <summary>
/// AIINFRA001-006, the diagnostics of any JSON input file, each at the zero-based line and column of the mistake.
/// The files are variants of <see cref="DiagnosticAssert.ValidWidget"/>, whose lines are:
/// <code>
/// 0 {
/// 1   "name": "Widget",
/// 2   "description": "A test quantity.",
/// 3   "dimensions": { "length": 1 },
/// 4   "baseUnit": "Meter",
/// 5   "units": [
/// 6     { "singular": "Meter", "plural": "Meters", "abbreviations": ["m"], "factor": 1, "prefixes": ["Kilo"] },
/// 7     { "singular": "Foot", "plural": "Feet", "abbreviations": ["ft"], "factor": 0.3048 }
/// 8   ]
/// 9 }
/// </code>
/// </summary>
public class JsonFileDiagnosticTests
{
    [Fact]
    public void The_valid_widget_has_no_diagnostic()
    {
        Assert.Empty(RunQuantity(ValidWidget));
    }

    [Fact]
    public void AIINFRA001_a_truncated_file_is_malformed_at_its_end()
    {
        var truncated = ValidWidget[..ValidWidget.IndexOf("\"baseUnit\"", StringComparison.Ordinal)];
        var d = Single(RunQuantity(truncated), "AIINFRA001", line: 4, column: 2);
        Assert.Contains("The file is not valid JSON", Message(d));
    }

    [Fact]
    public void AIINFRA001_a_file_cut_inside_a_string_is_malformed()
    {
        var truncated = ValidWidget[..(ValidWidget.IndexOf("A test", StringComparison.Ordinal) + 3)];
        Single(RunQuantity(truncated), "AIINFRA001", line: 2, column: 21);
    }

    [Fact]
    public void AIINFRA001_a_missing_comma_is_reported_where_the_next_value_starts()
    {
        var text = ValidWidget.Replace("\"name\": \"Widget\",", "\"name\": \"Widget\"", StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA001", line: 2, column: 2);
        Assert.Contains("Expected either ','", Message(d));
        Assert.DoesNotContain("LineNumber", Message(d));
    }

    /// <summary>
    /// One mistake in <see cref="DiagnosticAssert.ValidWidget"/>, <paramref name="find"/> written as <paramref name="replace"/>:
    /// exactly one diagnostic, <paramref name="id"/>, starting at zero-based <paramref name="line"/> and <paramref name="column"/>
    /// and covering exactly <paramref name="covered"/> if given, whose message is <paramref name="message"/> or contains
    /// <paramref name="messagePart"/> if given. A row's <paramref name="mistake"/> says what it checks and starts with the id it expects.
    /// </summary>
    [Theory]
    [InlineData("AIINFRA001 a missing comma inside a unit is reported on its line", "\"plural\": \"Feet\",", "\"plural\": \"Feet\"", "AIINFRA001", 7, 43, null, null, null)]
    [InlineData("AIINFRA001 a bad escape is malformed", "A test quantity.", "A \\x test", "AIINFRA001", 2, 21, null, null, null)]
    [InlineData("AIINFRA002 a duplicate key is reported at its second occurrence", "  \"description\"", "  \"name\": \"Gadget\",\n  \"description\"", "AIINFRA002", 2, 2, "\"name\"", null, "'name'")]
    [InlineData("AIINFRA002 a duplicate key inside a unit is reported", "\"factor\": 0.3048 }", "\"factor\": 0.3048, \"factor\": 0.3 }", "AIINFRA002", 7, 87, "\"factor\"", null, null)]
    [InlineData("AIINFRA003 a misspelt dimension is reported", "\"length\": 1", "\"lenght\": 1", "AIINFRA003", 3, 18, null, null, null)]
    [InlineData("AIINFRA004 a unit without a factor is reported at the unit", ", \"factor\": 0.3048", "", "AIINFRA004", 7, 4, null, null, "A unit has no 'factor' key")]
    [InlineData("AIINFRA005 a value of the wrong type is reported at the value", "\"factor\": 0.3048", "\"factor\": \"0.3048\"", "AIINFRA005", 7, 79, null, "'factor' must be a JSON number, not a string", null)]
    [InlineData("AIINFRA005 a unit that is not an object is reported", "    { \"singular\": \"Foot\", \"plural\": \"Feet\", \"abbreviations\": [\"ft\"], \"factor\": 0.3048 }", "    \"Foot\"", "AIINFRA005", 7, 4, null, null, null)]
    [InlineData("AIINFRA006 a quantity name that is not an identifier", "\"name\": \"Widget\"", "\"name\": \"widget\"", "AIINFRA006", 1, 10, "\"widget\"", null, "'widget' is not a valid C# identifier for a quantity name")]
    [InlineData("AIINFRA006 a difference quantity that is not an identifier", "  \"baseUnit\"", "  \"differenceQuantity\": \"widget delta\",\n  \"baseUnit\"", "AIINFRA006", 4, 24, null, null, null)]
    public void A_mistake_is_reported_once_at_its_place(string mistake, string find, string replace, string id, int line, int column, string? covered, string? message, string? messagePart)
    {
        OneMistake(mistake, RunQuantity(WithMistake(ValidWidget, find, replace)), id, line, column, covered, message: message, messagePart: messagePart);
    }

    [Fact]
    public void AIINFRA001_an_empty_file_is_malformed_at_its_start()
    {
        Single(RunQuantity(string.Empty), "AIINFRA001", line: 0, column: 0);
        Single(RunQuantity("// only a comment\n"), "AIINFRA001", line: 1, column: 0);
    }

    [Fact]
    public void AIINFRA001_content_after_the_object_is_malformed()
    {
        Single(RunQuantity(ValidWidget + "\n{}"), "AIINFRA001", line: 10, column: 0);
    }

    [Fact]
    public void AIINFRA001_a_lone_surrogate_escape_is_malformed_not_an_internal_error()
    {
        var text = ValidWidget.Replace("A test quantity.", "A \\uD800 test", StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA001", line: 2, column: 17);
        Assert.Contains("surrogate", Message(d), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AIINFRA001_nesting_deeper_than_the_limit_is_malformed()
    {
        var deep = "{ \"name\": " + new string('[', 100) + new string(']', 100) + " }";
        Single(RunQuantity(deep), "AIINFRA001", line: 0, column: 73);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var text = "// A widget.\n" + ValidWidget.Replace("\"factor\": 0.3048 }", "\"factor\": 0.3048, /* exact */ },", StringComparison.Ordinal);
        Assert.Empty(RunQuantity(text));
    }

    [Fact]
    public void AIINFRA003_an_unknown_key_is_reported_at_the_key_with_the_keys_expected()
    {
        var text = ValidWidget.Replace("  \"baseUnit\"", "  \"colour\": \"red\",\n  \"baseUnit\"", StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA003", line: 4, column: 2);
        Assert.Equal("\"colour\"", Covered(d, text));
        Assert.Contains("'colour'", Message(d));
        Assert.Contains("baseUnit, description, differenceQuantity, dimensions, displayUnits, name, namespace, units", Message(d));
    }

    [Fact]
    public void AIINFRA003_a_misspelt_unit_key_is_reported()
    {
        var text = ValidWidget.Replace("\"plural\": \"Feet\"", "\"plurals\": \"Feet\"", StringComparison.Ordinal);
        var diagnostics = RunQuantity(text);
        var d = Contains(diagnostics, "AIINFRA003", line: 7, column: 26);
        Assert.Equal("\"plurals\"", Covered(d, text));

        // And the real key is then missing.
        Contains(diagnostics, "AIINFRA004", line: 7, column: 4);
    }

    [Fact]
    public void A_schema_key_is_allowed()
    {
        Assert.Empty(RunQuantity(ValidWidget.Replace("  \"name\"", "  \"$schema\": \"quantity.schema.json\",\n  \"name\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void AIINFRA004_a_missing_key_is_reported_at_the_object_that_lacks_it()
    {
        var text = ValidWidget.Replace("  \"baseUnit\": \"Meter\",\n", string.Empty, StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA004", line: 0, column: 0);
        Assert.Contains("'baseUnit'", Message(d));
        Assert.Contains("The quantity definition has no", Message(d));
    }

    [Fact]
    public void AIINFRA004_a_relations_file_without_relations_is_reported()
    {
        Single(RunQuantities(("/specs/X.relations.json", "\n  { }")), "AIINFRA004", line: 1, column: 2, path: "/specs/X.relations.json");
    }

    [Theory]
    [InlineData("\"units\": [", "\"units\": {}, \"unitz\": [", 5, 11, "'units' must be a JSON array, not an object")]
    [InlineData("\"name\": \"Widget\"", "\"name\": null", 1, 10, "'name' must be a JSON string, not null")]
    [InlineData("[\"ft\"]", "[\"ft\", 7]", 7, 68, "'abbreviations[]' must be a JSON string, not a number")]
    [InlineData("\"length\": 1", "\"length\": 1.5", 3, 28, "'length' must be a JSON whole number from -10 to 10, not 1.5")]
    [InlineData("\"length\": 1", "\"length\": true", 3, 28, "'length' must be a JSON number, not a boolean")]
    [InlineData("\"prefixes\": [\"Kilo\"]", "\"prefixes\": \"Kilo\"", 6, 96, "'prefixes' must be a JSON array, not a string")]
    public void AIINFRA005_wrong_types_everywhere(string find, string replace, int line, int column, string message)
    {
        var text = ValidWidget.Replace(find, replace, StringComparison.Ordinal);
        var d = Contains(RunQuantity(text), "AIINFRA005", line, column);
        Assert.Equal(message, Message(d));
    }

    [Fact]
    public void AIINFRA005_a_root_that_is_not_an_object_is_reported()
    {
        Single(RunQuantity("  [ ]"), "AIINFRA005", line: 0, column: 2);
        Single(RunQuantities(("/specs/X.relations.json", "\"Energy = Power * Duration\"")), "AIINFRA005", line: 0, column: 0, path: "/specs/X.relations.json");
    }

    [Theory]
    [InlineData("\"singular\": \"Foot\"", "\"singular\": \"Square Foot\"", 7, 18)]
    [InlineData("\"plural\": \"Feet\"", "\"plural\": \"2Feet\"", 7, 36)]
    [InlineData("\"plural\": \"Feet\"", "\"plural\": \"Class\"", -1, -1)]
    [InlineData("\"singular\": \"Foot\"", "\"singular\": \"class\"", 7, 18)]
    [InlineData("\"name\": \"Widget\"", "\"name\": \"Wid-get\"", 1, 10)]
    [InlineData("\"name\": \"Widget\"", "\"name\": \"\"", 1, 10)]
    public void AIINFRA006_names_that_are_not_identifiers(string find, string replace, int line, int column)
    {
        var diagnostics = RunQuantity(ValidWidget.Replace(find, replace, StringComparison.Ordinal));
        if (line < 0)
        {
            // "Class" is a valid identifier (only "class" is a keyword).
            Assert.Empty(diagnostics);
            return;
        }

        Single(diagnostics, "AIINFRA006", line, column);
    }
}
