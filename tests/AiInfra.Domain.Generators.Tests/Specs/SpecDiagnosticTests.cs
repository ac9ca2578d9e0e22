using static AiInfra.Domain.Generators.Tests.DiagnosticAssert;

namespace AiInfra.Domain.Generators.Tests.Specs;

/// <summary>
/// Every diagnostic a spec file can get (AIINFRA001-006 as they apply to spec files, and AIINFRA201-213; AIINFRA214, patterns, in PatternDiagnosticTests), each at the
/// exact span of the mistake: zero-based line and character, and the text covered. The files are variants of
/// <see cref="DiagnosticAssert.ValidSpec"/>, whose numbered lines are listed there.
/// </summary>
public class SpecDiagnosticTests
{
    [Fact]
    public void The_valid_spec_has_no_diagnostic_and_generates_its_types()
    {
        Assert.Empty(RunSpec(ValidSpec));
        var run = SpecInputs.Run(GeneratorHarness.Files((SpecPath, ValidSpec)));
        Assert.Contains("Specs.Acme.Racks.Rack.g.cs", run.Sources.Keys);
        Assert.Contains("Specs.Acme.Racks.Cooling.g.cs", run.Sources.Keys);
    }

    // AIINFRA001-006: the diagnostics of any JSON file, in a spec file.

    [Fact]
    public void AIINFRA001_a_missing_comma_is_reported_where_the_next_key_starts()
    {
        var text = ValidSpec.Replace("\"Acme.Racks\",", "\"Acme.Racks\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA001", line: 2, column: 2, covered: string.Empty);
        Assert.Contains("Expected either ','", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA001_a_truncated_spec_is_reported_at_its_end()
    {
        var text = ValidSpec[..ValidSpec.IndexOf("\"slots\"", StringComparison.Ordinal)];
        Single(RunSpec(text), "AIINFRA001", line: 11, column: 8, covered: string.Empty);
    }

    [Fact]
    public void AIINFRA001_a_spec_cut_inside_a_string_is_reported_at_its_end()
    {
        var text = ValidSpec[..(ValidSpec.IndexOf("Liquid.", StringComparison.Ordinal) + 3)];
        Single(RunSpec(text), "AIINFRA001", line: 3, column: 58, covered: string.Empty);
    }

    [Fact]
    public void AIINFRA002_a_duplicate_key_is_reported_at_its_second_occurrence()
    {
        var text = ValidSpec.Replace("\"required\": true,", "\"required\": true, \"required\": false,", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA002", line: 8, column: 52, covered: "\"required\"");
        Assert.Contains("'required'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA003_an_unknown_key_in_a_property_is_reported_with_the_keys_allowed()
    {
        var text = ValidSpec.Replace("\"minimum\": \"1 kW\"", "\"minimun\": \"1 kW\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA003", line: 9, column: 74, covered: "\"minimun\"");
        Assert.Contains("property 'power'", Message(d), StringComparison.Ordinal);
        Assert.Contains("minimum", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA003_an_unknown_key_at_the_top_of_the_file_is_reported()
    {
        var text = ValidSpec.Replace("\"entities\"", "\"entites\"", StringComparison.Ordinal);
        Single(RunSpec(text), "AIINFRA003", line: 5, column: 2, covered: "\"entites\"");
    }

    [Fact]
    public void AIINFRA004_a_property_without_a_type_is_reported_at_the_property()
    {
        var text = ValidSpec.Replace("{ \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "{ \"minimum\": 1, \"maximum\": 64 }", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA004", line: 11, column: 17, covered: "{ \"minimum\": 1, \"maximum\": 64 }");
        Assert.Contains("'type'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA004_a_quantity_without_a_unit_is_reported_at_the_property()
    {
        var text = ValidSpec.Replace("\"unit\": \"kW\", \"figure\": true", "\"figure\": true", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA004", line: 12, column: 21, covered: "{ \"type\": \"quantity\", \"quantity\": \"Power\", \"figure\": true }");
        Assert.Contains("'unit'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA004_a_spec_without_a_namespace_is_reported_at_the_file()
    {
        var text = ValidSpec.Replace("  \"namespace\": \"Acme.Racks\",\n", string.Empty, StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA004", line: 0, column: 0, covered: text);
        Assert.Contains("'namespace'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA005_a_value_of_the_wrong_JSON_type_is_reported_at_the_value()
    {
        var text = ValidSpec.Replace("\"required\": true", "\"required\": \"yes\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA005", line: 8, column: 46, covered: "\"yes\"");
        Assert.Contains("'required' must be a JSON boolean, not a string", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA005_a_property_that_is_not_an_object_is_reported()
    {
        var text = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": \"integer\"", StringComparison.Ordinal);
        Single(RunSpec(text), "AIINFRA005", line: 11, column: 17, covered: "\"integer\"");
    }

    [Fact]
    public void AIINFRA005_a_spec_that_is_not_an_object_is_reported()
    {
        const string text = "[ \"Rack\" ]";
        Single(RunSpec(text), "AIINFRA005", line: 0, column: 0, covered: text);
    }

    [Fact]
    public void AIINFRA006_an_entity_name_that_is_no_identifier_is_reported()
    {
        var text = ValidSpec.Replace("\"Rack\": {", "\"rack unit\": {", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA006", line: 6, column: 4, covered: "\"rack unit\"");
        Assert.Contains("an entity name", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA006_an_invalid_namespace_is_reported()
    {
        var text = ValidSpec.Replace("\"Acme.Racks\"", "\"Acme.2Racks\"", StringComparison.Ordinal);
        Single(RunSpec(text), "AIINFRA006", line: 1, column: 15, covered: "\"Acme.2Racks\"");
    }

    [Fact]
    public void AIINFRA006_a_property_whose_derived_name_is_no_identifier_is_reported()
    {
        var text = ValidSpec.Replace("\"slots\":", "\"2slots\":", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA006", line: 11, column: 8, covered: "\"2slots\"");
        Assert.Contains("csharpName", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA006_an_enum_name_that_is_no_identifier_is_reported()
    {
        // The property that uses the enum by its declared name then names no enum (AIINFRA208).
        var text = ValidSpec.Replace("\"Cooling\": {", "\"cooling\": {", StringComparison.Ordinal);
        var d = Contains(RunSpec(text), "AIINFRA006", line: 3, column: 4, covered: "\"cooling\"");
        Assert.Contains("an enum name", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA006_an_explicit_enum_value_name_that_is_no_identifier_is_reported_once_at_the_name()
    {
        var text = ValidSpec.Replace("\"liquid\": \"Liquid.\"", "\"liquid\": { \"name\": \"liquid cooled\" }", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA006", line: 3, column: 64, covered: "\"liquid cooled\"");
        Assert.DoesNotContain("derived", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA006_a_derived_enum_value_name_that_is_no_identifier_is_reported_at_the_value()
    {
        var text = ValidSpec.Replace("\"liquid\": \"Liquid.\"", "\"2-phase\": \"Two-phase immersion.\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA006", line: 3, column: 44, covered: "\"2-phase\"");
        Assert.Contains("derived from \"2-phase\"; set \"name\"", Message(d), StringComparison.Ordinal);
    }

    // AIINFRA201-213: the spec format's own checks.

    [Fact]
    public void AIINFRA201_an_unknown_property_type_is_reported_with_the_types_allowed()
    {
        var text = ValidSpec.Replace("\"type\": \"integer\"", "\"type\": \"integr\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA201", line: 11, column: 27, covered: "\"integr\"");
        Assert.Contains("integer", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA202_an_unknown_quantity_is_reported_with_the_quantities_known()
    {
        var text = ValidSpec.Replace("\"quantity\": \"Power\", \"unit\": \"kW\", \"minimum\"", "\"quantity\": \"Watts\", \"unit\": \"kW\", \"minimum\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA202", line: 9, column: 51, covered: "\"Watts\"");
        Assert.Contains("Power", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA203_an_unknown_unit_is_reported_and_abbreviations_are_case_sensitive()
    {
        var text = ValidSpec.Replace("\"unit\": \"kW\", \"minimum\"", "\"unit\": \"kw\", \"minimum\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA203", line: 9, column: 68, covered: "\"kw\"");
        Assert.Contains("kW", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA203_an_unknown_unit_in_a_bound_is_reported_at_the_bound()
    {
        var text = ValidSpec.Replace("\"minimum\": \"1 kW\"", "\"minimum\": \"1 kQ\"", StringComparison.Ordinal);
        Single(RunSpec(text), "AIINFRA203", line: 9, column: 85, covered: "\"1 kQ\"");
    }

    [Theory]
    [InlineData("1 kw")]
    [InlineData("1kW")]
    [InlineData(" 1 kW ")]
    [InlineData("1e0 kW")]
    public void A_bound_reads_with_the_runtime_quantity_grammar(string bound)
    {
        // The one grammar: a bound reads as the runtime reads a value (a unit in another letter case where that is
        // unambiguous, no space before the unit, white space around), so it builds where a document's value would read.
        var text = ValidSpec.Replace("\"minimum\": \"1 kW\"", $"\"minimum\": \"{bound}\"", StringComparison.Ordinal);
        Assert.Empty(RunSpec(text));
    }

    [Fact]
    public void AIINFRA204_a_unit_of_another_quantity_is_reported()
    {
        var text = ValidSpec.Replace("\"unit\": \"kW\", \"minimum\"", "\"unit\": \"V\", \"minimum\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA204", line: 9, column: 68, covered: "\"V\"");
        Assert.Contains("'V' is a unit of ElectricPotential, not of Power", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA204_a_bound_in_a_unit_of_another_quantity_is_reported_at_the_bound()
    {
        var text = ValidSpec.Replace("\"maximum\": \"200 kW\"", "\"maximum\": \"800 V\"", StringComparison.Ordinal);
        Single(RunSpec(text), "AIINFRA204", line: 9, column: 104, covered: "\"800 V\"");
    }

    [Fact]
    public void AIINFRA205_a_minimum_above_the_maximum_is_found_after_converting_units()
    {
        // 0.3 MW is 300 kW, above the maximum of 200 kW, though 0.3 is below 200.
        var text = ValidSpec.Replace("\"minimum\": \"1 kW\"", "\"minimum\": \"0.3 MW\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA205", line: 9, column: 85, covered: "\"0.3 MW\"");
        Assert.Contains("0.3 MW", Message(d), StringComparison.Ordinal);
        Assert.Contains("200 kW", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA205_a_minimum_length_above_the_maximum_length_is_reported()
    {
        var text = ValidSpec.Replace("\"pattern\": \"^[a-z0-9-]+$\"", "\"minLength\": 8, \"maxLength\": 4", StringComparison.Ordinal);
        Single(RunSpec(text), "AIINFRA205", line: 8, column: 65, covered: "8");
    }

    [Fact]
    public void AIINFRA205_more_minimum_items_than_maximum_items_is_reported()
    {
        var text = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": { \"type\": \"list\", \"items\": { \"type\": \"integer\" }, \"minItems\": 3, \"maxItems\": 2 }", StringComparison.Ordinal);
        Single(RunSpec(text), "AIINFRA205", line: 11, column: 79, covered: "3");
    }

    [Fact]
    public void AIINFRA206_a_default_above_the_maximum_is_reported_at_the_default()
    {
        var text = ValidSpec.Replace("\"minimum\": 1, \"maximum\": 64 }", "\"minimum\": 1, \"maximum\": 64, \"default\": 100 }", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA206", line: 11, column: 78, covered: "100");
        Assert.Contains("above the maximum 64", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA206_a_default_below_the_minimum_is_found_after_converting_units()
    {
        var text = ValidSpec.Replace("\"maximum\": \"200 kW\" }", "\"maximum\": \"200 kW\", \"default\": \"500 W\" }", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA206", line: 9, column: 125, covered: "\"500 W\"");
        Assert.Contains("below the minimum 1 kW", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA206_a_string_default_that_fails_the_pattern_is_reported()
    {
        var text = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"label\": { \"type\": \"string\", \"pattern\": \"^[A-Z]+$\", \"default\": \"rack\" }", StringComparison.Ordinal);
        Single(RunSpec(text), "AIINFRA206", line: 11, column: 71, covered: "\"rack\"");
    }

    [Fact]
    public void AIINFRA207_an_entity_declared_in_two_files_is_reported_in_the_second()
    {
        const string other = """
            {
              "namespace": "Acme.Other",
              "entities": {
                "Rack": { "properties": { "label": { "type": "string" } } }
              }
            }
            """;
        const string otherPath = "/specs/Zz.spec.json";
        var diagnostics = RunSpecs((SpecPath, ValidSpec), (otherPath, other));
        var d = Single(diagnostics, "AIINFRA207", line: 3, column: 4, covered: "\"Rack\"", path: otherPath);
        Assert.Contains("'Rack' is declared more than once", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA207_an_enum_with_the_name_of_an_entity_in_another_file_is_reported()
    {
        const string other = """
            {
              "namespace": "Acme.Other",
              "enums": { "Rack": { "values": { "a": "A." } } }
            }
            """;
        const string otherPath = "/specs/Zz.spec.json";
        Single(RunSpecs((SpecPath, ValidSpec), (otherPath, other)), "AIINFRA207", line: 2, column: 13, covered: "\"Rack\"", path: otherPath);
    }

    [Fact]
    public void AIINFRA207_two_JSON_names_that_give_one_CSharp_name_are_reported_at_the_second()
    {
        // maxHeat and MaxHeat both become the C# property MaxHeat.
        var text = ValidSpec.Replace("\"maximum\": 64 },", "\"maximum\": 64 }, \"maxHeat\": { \"type\": \"number\" }, \"MaxHeat\": { \"type\": \"number\" },", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA207", line: 11, column: 102, covered: "\"MaxHeat\"");
        Assert.Contains("The C# property 'MaxHeat' is declared more than once in entity 'Rack' (from the JSON name \"MaxHeat\")", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA207_two_enum_values_that_give_one_member_name_are_reported_at_the_second()
    {
        var text = ValidSpec.Replace("\"liquid\": \"Liquid.\"", "\"Air\": \"Also air.\"", StringComparison.Ordinal);
        Single(RunSpec(text), "AIINFRA207", line: 3, column: 44, covered: "\"Air\"");
    }

    [Fact]
    public void AIINFRA208_an_unknown_entity_is_reported_at_its_name()
    {
        var text = ValidSpec.Replace("\"slots\": {", "\"pdu\": { \"type\": \"entity\", \"entity\": \"Pdu\" },\n        \"slots\": {", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA208", line: 11, column: 45, covered: "\"Pdu\"");
        Assert.Contains("'Pdu' is not an entity declared in any spec file; declared: Rack", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA208_an_unknown_enum_is_reported_at_its_name()
    {
        var text = ValidSpec.Replace("\"enum\": \"Cooling\"", "\"enum\": \"Coolant\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA208", line: 10, column: 45, covered: "\"Coolant\"");
        Assert.Contains("declared: Cooling", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA208_an_unknown_entity_of_a_list_item_a_reference_and_a_map_key_are_reported_at_their_names()
    {
        const string slots = "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }";
        var list = ValidSpec.Replace(slots, "\"pdus\": { \"type\": \"list\", \"items\": { \"type\": \"entity\", \"entity\": \"Pdu\" } }", StringComparison.Ordinal);
        Single(RunSpec(list), "AIINFRA208", line: 11, column: 73, covered: "\"Pdu\"");

        var reference = ValidSpec.Replace(slots, "\"neighbour\": { \"type\": \"reference\", \"entity\": \"Rak\" }", StringComparison.Ordinal);
        Single(RunSpec(reference), "AIINFRA208", line: 11, column: 54, covered: "\"Rak\"");

        var map = ValidSpec.Replace(slots, "\"byCooling\": { \"type\": \"map\", \"key\": \"Coolant\", \"values\": { \"type\": \"integer\" } }", StringComparison.Ordinal);
        Single(RunSpec(map), "AIINFRA208", line: 11, column: 45, covered: "\"Coolant\"");
    }

    [Fact]
    public void AIINFRA209_a_property_that_becomes_a_generated_member_is_reported()
    {
        var text = ValidSpec.Replace("\"slots\":", "\"validate\":", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA209", line: 11, column: 8, covered: "\"validate\"");
        Assert.Contains("the generated member 'Validate'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA209_a_property_with_the_name_of_its_entity_is_reported()
    {
        var text = ValidSpec.Replace("\"slots\":", "\"rack\":", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA209", line: 11, column: 8, covered: "\"rack\"");
        Assert.Contains("the record's own name", Message(d), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("checkPower", "CheckPower")] // the validator checks the constraints of "power" in a method CheckPower
    [InlineData("validatePower", "ValidatePower")] // and whether it can be written, then its constraints, in ValidatePower
    [InlineData("core", "ValidateCore")] // "core"'s validator would be the record's own ValidateCore
    [InlineData("rules", "ValidateRules")] // "rules"'s validator would be the partial method of the hand-written rules
    public void AIINFRA209_a_property_named_like_a_generated_checker_method_is_reported(string jsonName, string member)
    {
        var text = ValidSpec.Replace("\"slots\":", $"\"{jsonName}\":", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA209", line: 11, column: 8, covered: $"\"{jsonName}\"");
        Assert.Contains($"the generated member '{member}'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA209_a_csharpName_named_like_another_property_s_checker_is_reported_at_the_csharpName()
    {
        var text = ValidSpec.Replace("\"type\": \"integer\",", "\"type\": \"integer\", \"csharpName\": \"CheckId\",", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA209", line: 11, column: 52, covered: "\"CheckId\"");
        Assert.Contains("the generated member 'CheckId'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA209_a_csharpName_that_is_a_generated_member_is_reported_at_the_csharpName()
    {
        var text = ValidSpec.Replace("\"type\": \"integer\",", "\"type\": \"integer\", \"csharpName\": \"ToString\",", StringComparison.Ordinal);
        Single(RunSpec(text), "AIINFRA209", line: 11, column: 52, covered: "\"ToString\"");
    }

    [Fact]
    public void AIINFRA210_a_pattern_on_an_integer_is_reported_at_the_key()
    {
        var text = ValidSpec.Replace("\"minimum\": 1, \"maximum\": 64", "\"pattern\": \"^[0-9]+$\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA210", line: 11, column: 38, covered: "\"pattern\"");
        Assert.Contains("does not apply to a property of type integer", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA210_a_minimum_on_a_string_is_reported_at_the_key()
    {
        var text = ValidSpec.Replace("\"pattern\": \"^[a-z0-9-]+$\"", "\"minimum\": 1", StringComparison.Ordinal);
        Single(RunSpec(text), "AIINFRA210", line: 8, column: 52, covered: "\"minimum\"");
    }

    [Fact]
    public void AIINFRA210_a_list_of_lists_is_reported_at_the_inner_type()
    {
        var text = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": { \"type\": \"list\", \"items\": { \"type\": \"list\", \"items\": { \"type\": \"integer\" } } }", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA210", line: 11, column: 54, covered: "\"list\"");
        Assert.Contains("cannot be a list or map inside a list or map", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA210_a_negative_item_count_is_reported()
    {
        var text = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": { \"type\": \"list\", \"items\": { \"type\": \"integer\" }, \"minItems\": -1 }", StringComparison.Ordinal);
        Single(RunSpec(text), "AIINFRA210", line: 11, column: 79, covered: "-1");
    }

    [Fact]
    public void AIINFRA211_a_required_property_with_a_default_is_reported_at_the_default_key()
    {
        var text = ValidSpec.Replace("\"required\": true,", "\"required\": true, \"default\": \"rack-0\",", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA211", line: 8, column: 52, covered: "\"default\"");
        Assert.Contains("'id'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA212_a_malformed_date_default_is_reported_at_the_default()
    {
        var text = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"built\": { \"type\": \"date\", \"default\": \"30/06/2025\" }", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA212", line: 11, column: 46, covered: "\"30/06/2025\"");
        Assert.Contains("ISO date", Message(d), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P", "P alone gives no years, months, weeks or days")]
    [InlineData("", "it is empty")]
    [InlineData("P1.5Y", "it has a fraction")]
    [InlineData("PT1H", "it has a time part")]
    [InlineData("P-1Y", "it has a sign")]
    [InlineData("P1D2Y", "Y, M, W and D must come in that order")]
    [InlineData("P10000Y", "Y has more than 4 digits")]
    public void AIINFRA212_a_malformed_period_default_is_reported_at_the_default(string period, string reason)
    {
        var text = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", $"\"term\": {{ \"type\": \"period\", \"default\": \"{period}\" }}", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA212", line: 11, column: 47, covered: $"\"{period}\"");
        Assert.Contains("ISO 8601 period of whole years, months, weeks and days", Message(d), StringComparison.Ordinal);
        Assert.Contains(reason, Message(d), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"per\": \"Watts\", \"unit\": \"kWh\"", "AIINFRA202", "\"Watts\"", "Energy")]
    [InlineData("\"per\": \"Energy\", \"unit\": \"kW\"", "AIINFRA204", "\"kW\"", "'kW' is a unit of Power, not of Energy")]
    [InlineData("\"per\": \"Energy\", \"unit\": \"kwh\"", "AIINFRA203", "\"kwh\"", "kWh")]
    [InlineData("\"per\": \"Energy\", \"unit\": \"kWh\", \"minimum\": \"1 USD/kWh\"", "AIINFRA210", "\"minimum\"", "does not apply to a property of type price")]
    [InlineData("\"per\": \"Energy\", \"unit\": \"kWh\", \"quantity\": \"Energy\"", "AIINFRA210", "\"quantity\"", "does not apply to a property of type price")]
    [InlineData("\"per\": \"Energy\", \"unit\": \"kWh\", \"default\": \"1 USD/kWh\"", "AIINFRA212", "\"default\"", "not supported for a property of type price")]
    public void A_mistake_in_a_price_type_is_reported_where_it_is(string keys, string id, string covered, string message)
    {
        var text = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", $"\"electricity\": {{ \"type\": \"price\", {keys} }}", StringComparison.Ordinal);
        var column = text.Split('\n')[11].IndexOf(covered, StringComparison.Ordinal);
        var d = Single(RunSpec(text), id, line: 11, column: column, covered: covered);
        Assert.Contains(message, Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quantity_property_cannot_say_per()
    {
        var text = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"draw\": { \"type\": \"quantity\", \"quantity\": \"Power\", \"unit\": \"kW\", \"per\": \"Energy\" }", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA210", line: 11, column: text.Split('\n')[11].IndexOf("\"per\"", StringComparison.Ordinal), covered: "\"per\"");
        Assert.Contains("does not apply to a property of type quantity", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA212_a_default_that_is_no_value_of_its_enum_is_reported_at_the_default()
    {
        var text = ValidSpec.Replace("\"default\": \"air\"", "\"default\": \"water\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA212", line: 10, column: 67, covered: "\"water\"");
        Assert.Contains("\"water\" is not a value of Cooling", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA212_a_default_of_the_wrong_type_or_for_a_list_is_reported()
    {
        var boolean = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"full\": { \"type\": \"boolean\", \"default\": \"yes\" }", StringComparison.Ordinal);
        Single(RunSpec(boolean), "AIINFRA212", line: 11, column: 48, covered: "\"yes\"");

        var list = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": { \"type\": \"list\", \"items\": { \"type\": \"integer\" }, \"default\": [] }", StringComparison.Ordinal);
        Single(RunSpec(list), "AIINFRA212", line: 11, column: 67, covered: "\"default\"");
    }

    [Fact]
    public void AIINFRA213_an_entity_that_requires_itself_is_reported_at_its_name()
    {
        var text = ValidSpec.Replace("\"peakPower\":", "\"next\": { \"type\": \"entity\", \"entity\": \"Rack\", \"required\": true },\n        \"peakPower\":", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA213", line: 6, column: 4, covered: "\"Rack\"");
        Assert.Contains("Rack.next", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA213_two_entities_that_require_each_other_are_both_reported()
    {
        const string text = """
            {
              "namespace": "Acme.Racks",
              "entities": {
                "Rack": { "properties": { "pdu": { "type": "entity", "entity": "Pdu", "required": true } } },
                "Pdu": { "properties": { "rack": { "type": "entity", "entity": "Rack", "required": true } } },
                "Row": { "properties": { "racks": { "type": "list", "items": { "type": "entity", "entity": "Rack" } }, "next": { "type": "entity", "entity": "Row" } } }
              }
            }
            """;
        var diagnostics = RunSpec(text);
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains("Rack.pdu -> Pdu.rack", Message(At(diagnostics, diagnostics[0], "AIINFRA213", line: 3, column: 4, covered: "\"Rack\"")), StringComparison.Ordinal);
        Assert.Contains("Pdu.rack -> Rack.pdu", Message(At(diagnostics, diagnostics[1], "AIINFRA213", line: 4, column: 4, covered: "\"Pdu\"")), StringComparison.Ordinal);
    }

    // What a spec file with mistakes generates.

    [Theory]
    [InlineData("\"Rack\": {", "\"rack unit\": {")]
    [InlineData("\"Acme.Racks\"", "\"Acme.2Racks\"")]
    [InlineData("\"quantity\": \"Power\", \"unit\": \"kW\", \"minimum\"", "\"quantity\": \"Watts\", \"unit\": \"kW\", \"minimum\"")]
    [InlineData("\"minimum\": \"1 kW\"", "\"minimun\": \"1 kW\"")]
    public void A_spec_with_a_mistake_generates_nothing_so_the_build_shows_only_the_spec_error(string find, string replace)
    {
        // Code generated from a half-read spec would add errors of its own (an invalid record name, a missing property)
        // to the one that matters, located in generated files instead of the spec.
        var text = ValidSpec.Replace(find, replace, StringComparison.Ordinal);
        var run = SpecInputs.Run(GeneratorHarness.Files((SpecPath, text)));
        Assert.NotEmpty(run.Diagnostics);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_mistake_in_one_spec_file_reports_nothing_in_another_that_uses_its_types()
    {
        const string other = """
            {
              "namespace": "Acme.Rows",
              "entities": { "Row": { "properties": { "racks": { "type": "list", "items": { "type": "entity", "entity": "Rack" } } } } }
            }
            """;
        var broken = ValidSpec.Replace("\"minimum\": \"1 kW\"", "\"minimun\": \"1 kW\"", StringComparison.Ordinal);
        var diagnostics = RunSpecs((SpecPath, broken), ("/specs/Rows.spec.json", other));
        Single(diagnostics, "AIINFRA003", line: 9, column: 74, covered: "\"minimun\"");
    }
}
