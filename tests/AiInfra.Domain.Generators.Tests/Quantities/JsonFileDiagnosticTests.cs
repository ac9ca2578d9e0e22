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

    [Fact]
    public void AIINFRA001_a_missing_comma_inside_a_unit_is_reported_on_its_line()
    {
        var text = ValidWidget.Replace("\"plural\": \"Feet\",", "\"plural\": \"Feet\"", StringComparison.Ordinal);
        Single(RunQuantity(text), "AIINFRA001", line: 7, column: 43);
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
    public void AIINFRA001_a_bad_escape_is_malformed()
    {
        var text = ValidWidget.Replace("A test quantity.", "A \\x test", StringComparison.Ordinal);
        Single(RunQuantity(text), "AIINFRA001", line: 2, column: 21);
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
    public void AIINFRA002_a_duplicate_key_is_reported_at_its_second_occurrence()
    {
        var text = ValidWidget.Replace("  \"description\"", "  \"name\": \"Gadget\",\n  \"description\"", StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA002", line: 2, column: 2);
        Assert.Equal("\"name\"", Covered(d, text));
        Assert.Contains("'name'", Message(d));
    }

    [Fact]
    public void AIINFRA002_a_duplicate_key_inside_a_unit_is_reported()
    {
        var text = ValidWidget.Replace("\"factor\": 0.3048 }", "\"factor\": 0.3048, \"factor\": 0.3 }", StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA002", line: 7, column: 87);
        Assert.Equal("\"factor\"", Covered(d, text));
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
    public void AIINFRA003_a_misspelt_dimension_is_reported()
    {
        var text = ValidWidget.Replace("\"length\": 1", "\"lenght\": 1", StringComparison.Ordinal);
        Single(RunQuantity(text), "AIINFRA003", line: 3, column: 18);
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
    public void AIINFRA004_a_unit_without_a_factor_is_reported_at_the_unit()
    {
        var text = ValidWidget.Replace(", \"factor\": 0.3048", string.Empty, StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA004", line: 7, column: 4);
        Assert.Contains("A unit has no 'factor' key", Message(d));
    }

    [Fact]
    public void AIINFRA004_a_relations_file_without_relations_is_reported()
    {
        Single(RunQuantities(("/specs/X.relations.json", "\n  { }")), "AIINFRA004", line: 1, column: 2, path: "/specs/X.relations.json");
    }

    [Fact]
    public void AIINFRA005_a_value_of_the_wrong_type_is_reported_at_the_value()
    {
        var text = ValidWidget.Replace("\"factor\": 0.3048", "\"factor\": \"0.3048\"", StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA005", line: 7, column: 79);
        Assert.Equal("'factor' must be a JSON number, not a string", Message(d));
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
    public void AIINFRA005_a_unit_that_is_not_an_object_is_reported()
    {
        var text = ValidWidget.Replace("    { \"singular\": \"Foot\", \"plural\": \"Feet\", \"abbreviations\": [\"ft\"], \"factor\": 0.3048 }", "    \"Foot\"", StringComparison.Ordinal);
        Single(RunQuantity(text), "AIINFRA005", line: 7, column: 4);
    }

    [Fact]
    public void AIINFRA005_a_root_that_is_not_an_object_is_reported()
    {
        Single(RunQuantity("  [ ]"), "AIINFRA005", line: 0, column: 2);
        Single(RunQuantities(("/specs/X.relations.json", "\"Energy = Power * Duration\"")), "AIINFRA005", line: 0, column: 0, path: "/specs/X.relations.json");
    }

    [Fact]
    public void AIINFRA006_a_quantity_name_that_is_not_an_identifier()
    {
        var text = ValidWidget.Replace("\"name\": \"Widget\"", "\"name\": \"widget\"", StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA006", line: 1, column: 10);
        Assert.Equal("\"widget\"", Covered(d, text));
        Assert.Contains("'widget' is not a valid C# identifier for a quantity name", Message(d));
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

    [Fact]
    public void AIINFRA006_a_difference_quantity_that_is_not_an_identifier()
    {
        var text = ValidWidget.Replace("  \"baseUnit\"", "  \"differenceQuantity\": \"widget delta\",\n  \"baseUnit\"", StringComparison.Ordinal);
        Single(RunQuantity(text), "AIINFRA006", line: 4, column: 24);
    }
}
