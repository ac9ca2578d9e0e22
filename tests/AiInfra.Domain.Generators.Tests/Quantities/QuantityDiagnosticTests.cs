using AiInfra.Domain.Generators.Quantities;
using static AiInfra.Domain.Generators.Tests.DiagnosticAssert;

namespace AiInfra.Domain.Generators.Tests.Diagnostics;

/// <summary>
/// AIINFRA101-106, 111 and 112 as they apply to quantity definitions, each at the zero-based line and column of the
/// mistake. The files are variants of <see cref="DiagnosticAssert.ValidWidget"/> (its lines are listed on
/// <see cref="JsonFileDiagnosticTests"/>) and of the affine pair <see cref="Heat"/> and <see cref="HeatDelta"/>.
/// </summary>
public class QuantityDiagnosticTests
{
    /// <summary>An affine quantity. Line 5 is its difference quantity, line 8 its unit with an offset.</summary>
    private const string Heat = """
        {
          "name": "Heat",
          "description": "An affine test quantity.",
          "dimensions": { "temperature": 1 },
          "baseUnit": "Kelvin",
          "differenceQuantity": "HeatDelta",
          "units": [
            { "singular": "Kelvin", "plural": "Kelvins", "abbreviations": ["K"], "factor": 1 },
            { "singular": "Celsius", "plural": "Celsius", "abbreviations": ["C"], "factor": 1, "offset": 273.15 }
          ]
        }
        """;

    private const string HeatDelta = """
        {
          "name": "HeatDelta",
          "description": "A difference of two heats.",
          "dimensions": { "temperature": 1 },
          "baseUnit": "Kelvin",
          "units": [
            { "singular": "Kelvin", "plural": "Kelvins", "abbreviations": ["K"], "factor": 1 }
          ]
        }
        """;

    private const string HeatPath = "/specs/Heat.quantity.json";
    private const string HeatDeltaPath = "/specs/HeatDelta.quantity.json";

    [Fact]
    public void The_valid_affine_pair_has_no_diagnostic()
    {
        Assert.Empty(RunQuantities((HeatPath, Heat), (HeatDeltaPath, HeatDelta)));
    }

    [Fact]
    public void AIINFRA101_a_quantity_defined_twice_is_reported_in_the_second_file()
    {
        var diagnostics = RunQuantities(("/specs/A.quantity.json", ValidWidget), ("/specs/B.quantity.json", ValidWidget));
        var d = Single(diagnostics, "AIINFRA101", line: 1, column: 10, path: "/specs/B.quantity.json");
        Assert.Equal("The quantity 'Widget' is also defined in 'A.quantity.json'", Message(d));
    }

    [Fact]
    public void AIINFRA101_the_generator_emits_the_first_definition_only_and_does_not_throw()
    {
        var run = GeneratorHarness.Run(new QuantityGenerator(), GeneratorHarness.Files(("/specs/B.quantity.json", ValidWidget), ("/specs/A.quantity.json", ValidWidget.Replace("A test quantity.", "The first.", StringComparison.Ordinal))));
        Assert.Null(run.Exception);
        Assert.Equal("AIINFRA101", Assert.Single(run.Diagnostics).Id);
        var widget = Assert.Single(run.Sources, s => s.Key.Contains("Widget", StringComparison.Ordinal));
        Assert.Contains("The first.", widget.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA101_names_that_differ_only_by_case_are_the_same_quantity()
    {
        // Generated file names are compared ignoring case, and two types named Widget and WIDGET only confuse.
        var diagnostics = RunQuantities(("/specs/A.quantity.json", ValidWidget), ("/specs/B.quantity.json", ValidWidget.Replace("\"Widget\"", "\"WIDGET\"", StringComparison.Ordinal)));
        var d = Single(diagnostics, "AIINFRA101", line: 1, column: 10, path: "/specs/B.quantity.json");
        Assert.Contains("'WIDGET'", Message(d));
    }

    [Theory]
    [InlineData("Operators")]
    [InlineData("Registry")]
    public void A_quantity_may_have_the_name_of_a_generated_file_of_the_whole_set(string name)
    {
        var run = GeneratorHarness.Run(new QuantityGenerator(), GeneratorHarness.Files(
            ("/specs/Widget.quantity.json", ValidWidget.Replace("\"Widget\"", $"\"{name}\"", StringComparison.Ordinal)),
            (HeatPath, Heat),
            (HeatDeltaPath, HeatDelta)));
        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(5, run.Sources.Count);
    }

    /// <summary>
    /// One mistake in <see cref="DiagnosticAssert.ValidWidget"/>, <paramref name="find"/> written as <paramref name="replace"/>:
    /// exactly one diagnostic, <paramref name="id"/>, starting at zero-based <paramref name="line"/> and <paramref name="column"/>
    /// and covering exactly <paramref name="covered"/> if given, whose message is <paramref name="message"/> or contains
    /// <paramref name="messagePart"/> if given. A row's <paramref name="mistake"/> says what it checks and starts with the id it expects.
    /// </summary>
    [Theory]
    [InlineData("AIINFRA102 a unit defined twice is reported at the second", "\"singular\": \"Foot\"", "\"singular\": \"Meter\"", "AIINFRA102", 7, 18, null, "The unit name 'Meter' is defined more than once in quantity 'Widget'", null)]
    [InlineData("AIINFRA102 a unit that a prefix already made is reported", "\"singular\": \"Foot\", \"plural\": \"Feet\"", "\"singular\": \"Kilometer\", \"plural\": \"Kilometers\"", "AIINFRA102", 7, 18, null, null, "'Kilometer'")]
    [InlineData("AIINFRA103 an abbreviation of two units is reported at the second use", "[\"ft\"]", "[\"ft\", \"m\"]", "AIINFRA103", 7, 68, "\"m\"", "The abbreviation 'm' names both 'Meter' and 'Foot' in quantity 'Widget'", null)]
    [InlineData("AIINFRA103 an abbreviation that a prefix already made is reported", "[\"ft\"]", "[\"km\"]", "AIINFRA103", 7, 62, null, null, "'km' names both 'Kilometer' and 'Foot'")]
    [InlineData("AIINFRA104 a base unit whose factor is not one", "\"factor\": 1,", "\"factor\": 2,", "AIINFRA104", 4, 14, null, "The base unit 'Meter' of quantity 'Widget' must have factor 1 and offset 0", null)]
    [InlineData("AIINFRA111 an offset on a quantity that is not affine", "\"factor\": 0.3048", "\"factor\": 0.3048, \"offset\": 5", "AIINFRA111", 7, 87, "\"offset\"", null, "quantity 'Widget' is not affine")]
    public void A_mistake_is_reported_once_at_its_place(string mistake, string find, string replace, string id, int line, int column, string? covered, string? message, string? messagePart)
    {
        OneMistake(mistake, RunQuantity(WithMistake(ValidWidget, find, replace)), id, line, column, covered, message: message, messagePart: messagePart);
    }

    [Fact]
    public void AIINFRA102_a_prefix_that_makes_an_existing_unit_is_reported_at_the_prefix()
    {
        // Meter with prefix Kilo, then Kilometer with prefix Milli: "Millikilometer" is new, but "Kilo" on Meter in the
        // second unit makes Kilometer again.
        var text = ValidWidget.Replace("\"singular\": \"Foot\", \"plural\": \"Feet\", \"abbreviations\": [\"ft\"], \"factor\": 0.3048 }", "\"singular\": \"Meter\", \"plural\": \"Meters\", \"abbreviations\": [\"mx\"], \"factor\": 1, \"prefixes\": [\"Kilo\"] }", StringComparison.Ordinal);
        var diagnostics = RunQuantity(text);
        Contains(diagnostics, "AIINFRA102", line: 7, column: 18);
        Contains(diagnostics, "AIINFRA102", line: 7, column: 98);
    }

    [Fact]
    public void AIINFRA103_an_abbreviation_made_by_a_prefix_is_reported_at_the_prefix()
    {
        var text = ValidWidget
            .Replace("[\"m\"]", "[\"m\", \"kft\"]", StringComparison.Ordinal)
            .Replace("\"factor\": 0.3048 }", "\"factor\": 0.3048, \"prefixes\": [\"Kilo\"] }", StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA103", line: 7, column: 100);
        Assert.Equal("\"Kilo\"", Covered(d, text));
        Assert.Contains("'kft' names both 'Meter' and 'Kilofoot'", Message(d));
    }

    [Fact]
    public void Abbreviations_that_differ_by_case_are_distinct()
    {
        Assert.Empty(RunQuantity(ValidWidget.Replace("[\"ft\"]", "[\"M\", \"KM\"]", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_unit_may_repeat_its_own_abbreviation_without_a_diagnostic_for_another_unit()
    {
        var diagnostics = RunQuantity(ValidWidget.Replace("[\"ft\"]", "[\"ft\", \"ft\"]", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AIINFRA103");
    }

    [Theory]
    [InlineData("\"baseUnit\": \"Inch\"", "is not one of its units")]
    [InlineData("\"baseUnit\": \"Kilometer\"", "must have factor 1 and offset 0")]
    [InlineData("\"baseUnit\": \"meter\"", "is not one of its units")]
    public void AIINFRA104_a_base_unit_that_is_not_a_unit_with_factor_one(string baseUnit, string problem)
    {
        var text = ValidWidget.Replace("\"baseUnit\": \"Meter\"", baseUnit, StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA104", line: 4, column: 14);
        Assert.EndsWith(problem, Message(d), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.3048")]
    [InlineData("-0")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    public void AIINFRA105_a_factor_that_is_not_finite_and_positive(string factor)
    {
        var text = ValidWidget.Replace("\"factor\": 0.3048", "\"factor\": " + factor, StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA105", line: 7, column: 79);
        Assert.Equal(factor, Covered(d, text));
        Assert.Equal("The factor of unit 'Foot' must be a finite number greater than zero", Message(d));
    }

    [Theory]
    [InlineData("1e306", "Kilo", "Infinity")]
    [InlineData("1e-322", "Yocto", "0")]
    public void AIINFRA105_a_factor_that_a_prefix_makes_overflow_or_underflow(string factor, string prefix, string result)
    {
        var text = ValidWidget.Replace("\"factor\": 0.3048 }", $"\"factor\": {factor}, \"prefixes\": [\"{prefix}\"] }}", StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA105", line: 7, column: 79 + factor.Length + 15);
        Assert.Equal($"\"{prefix}\"", Covered(d, text));
        Assert.EndsWith($"greater than zero, but the prefix {prefix} makes it {result}", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tiny_positive_factor_is_accepted()
    {
        Assert.Empty(RunQuantity(ValidWidget.Replace("\"factor\": 0.3048", "\"factor\": 1e-300", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Kila")]
    [InlineData("kilo")]
    [InlineData("K")]
    [InlineData("")]
    public void AIINFRA106_an_unknown_prefix_is_reported_with_the_known_ones(string prefix)
    {
        var text = ValidWidget.Replace("[\"Kilo\"]", $"[\"{prefix}\"]", StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA106", line: 6, column: 97);
        Assert.StartsWith($"Unknown prefix '{prefix}'; expected one of: Yocto, Zepto", Message(d), StringComparison.Ordinal);
        Assert.EndsWith("Pebi, Exbi", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA108_an_unknown_difference_quantity_is_reported_at_its_name()
    {
        var d = Single(RunQuantities((HeatPath, Heat)), "AIINFRA108", line: 5, column: 24, path: HeatPath);
        Assert.Equal("Unknown quantity 'HeatDelta'; known quantities: Heat", Message(d));
    }

    [Fact]
    public void An_offset_of_zero_is_allowed_anywhere()
    {
        Assert.Empty(RunQuantity(ValidWidget.Replace("\"factor\": 0.3048", "\"factor\": 0.3048, \"offset\": 0", StringComparison.Ordinal)));
    }

    /// <summary>
    /// One mistake in the affine <see cref="Heat"/>, <paramref name="find"/> written as <paramref name="replace"/>, next to
    /// a valid <see cref="HeatDelta"/>: exactly one diagnostic, <paramref name="id"/>, in Heat's file, starting at
    /// zero-based <paramref name="line"/> and <paramref name="column"/> and covering exactly <paramref name="covered"/> if
    /// given, whose message is <paramref name="message"/> if given. A row's <paramref name="mistake"/> says what it checks
    /// and starts with the id it expects.
    /// </summary>
    [Theory]
    [InlineData("AIINFRA104 an affine base unit with an offset", "\"baseUnit\": \"Kelvin\"", "\"baseUnit\": \"Celsius\"", "AIINFRA104", 4, 14, null, null)]
    [InlineData("AIINFRA105 an offset that is not finite", "\"offset\": 273.15", "\"offset\": 1e999", "AIINFRA105", 8, 97, null, "The offset of unit 'Celsius' must be a finite number")]
    [InlineData("AIINFRA111 a unit with an offset cannot take prefixes", "\"offset\": 273.15 }", "\"offset\": 273.15, \"prefixes\": [\"Milli\"] }", "AIINFRA111", 8, 118, "\"Milli\"", "The unit 'Celsius' has an offset and cannot take prefixes")]
    public void A_mistake_in_an_affine_quantity_is_reported_once_at_its_place(string mistake, string find, string replace, string id, int line, int column, string? covered, string? message)
    {
        OneMistake(mistake, RunQuantities((HeatPath, WithMistake(Heat, find, replace)), (HeatDeltaPath, HeatDelta)), id, line, column, covered, path: HeatPath, message: message);
    }

    [Fact]
    public void AIINFRA111_a_difference_quantity_with_other_dimensions()
    {
        var delta = HeatDelta.Replace("\"temperature\": 1", "\"length\": 1", StringComparison.Ordinal);
        var d = Single(RunQuantities((HeatPath, Heat), (HeatDeltaPath, delta)), "AIINFRA111", line: 5, column: 24, path: HeatPath);
        Assert.Equal("The difference quantity 'HeatDelta' of 'Heat' must be linear and have the same dimensions (temperature)", Message(d));
    }

    [Fact]
    public void AIINFRA111_a_difference_quantity_that_is_itself_affine()
    {
        var delta = HeatDelta
            .Replace("  \"baseUnit\"", "  \"differenceQuantity\": \"Heat\",\n  \"baseUnit\"", StringComparison.Ordinal);
        var diagnostics = RunQuantities((HeatPath, Heat), (HeatDeltaPath, delta));
        Contains(diagnostics, "AIINFRA111", line: 5, column: 24, path: HeatPath);
        Contains(diagnostics, "AIINFRA111", line: 4, column: 24, path: HeatDeltaPath);
        Assert.Equal(2, diagnostics.Count);
    }

    [Theory]
    [InlineData("k m", "contains white space")]
    [InlineData("m\t", "contains white space")]
    [InlineData("2m", "starts with a digit, sign or separator")]
    [InlineData("-m", "starts with a digit, sign or separator")]
    [InlineData(".m", "starts with a digit, sign or separator")]
    [InlineData(",m", "starts with a digit, sign or separator")]
    public void AIINFRA112_an_abbreviation_that_parsing_could_not_read(string abbreviation, string problem)
    {
        var escaped = abbreviation.Replace("\t", "\\t", StringComparison.Ordinal);
        var text = ValidWidget.Replace("[\"ft\"]", $"[\"{escaped}\"]", StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA112", line: 7, column: 62);
        Assert.StartsWith($"The abbreviation '{abbreviation}' of unit 'Foot' {problem}", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA112_only_one_unit_may_be_written_as_a_bare_number()
    {
        var text = ValidWidget.Replace("[\"m\"]", "[\"\"]", StringComparison.Ordinal).Replace("[\"ft\"]", "[\"ft\", \"\"]", StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA112", line: 7, column: 68);
        Assert.Equal("\"\"", Covered(d, text));
        Assert.Contains("is empty, and another unit already has the empty abbreviation", Message(d));
    }

    [Fact]
    public void AIINFRA112_a_unit_needs_an_abbreviation_to_be_formatted_and_parsed()
    {
        // With none, ToString() would write a bare number that Parse reads as no unit at all.
        var text = ValidWidget.Replace("[\"ft\"]", "[]", StringComparison.Ordinal);
        var d = Single(RunQuantity(text), "AIINFRA112", line: 7, column: 61);
        Assert.Equal("[]", Covered(d, text));
        Assert.Contains("unit 'Foot' is missing", Message(d));
    }

    [Fact]
    public void One_unit_may_be_written_as_a_bare_number()
    {
        Assert.Empty(RunQuantity(ValidWidget.Replace("[\"ft\"]", "[\"\"]", StringComparison.Ordinal)));
    }
}
