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

    // AIINFRA001-006, the diagnostics of any JSON file, in a spec file, and AIINFRA201-213, the spec format's own checks:
    // first the mistakes a one-line change of the valid spec makes, then the others.

    /// <summary>
    /// One mistake in <see cref="DiagnosticAssert.ValidSpec"/>, <paramref name="find"/> written as <paramref name="replace"/>:
    /// exactly one diagnostic, <paramref name="id"/>, covering exactly <paramref name="covered"/> from zero-based
    /// <paramref name="line"/> and <paramref name="column"/>, with <paramref name="messagePart"/> in its message if given.
    /// A row's <paramref name="mistake"/> says what it checks and starts with the id it expects.
    /// </summary>
    [Theory]
    [InlineData("AIINFRA001 a missing comma is reported where the next key starts", "\"Acme.Racks\",", "\"Acme.Racks\"", "AIINFRA001", 2, 2, "", "Expected either ','")]
    [InlineData("AIINFRA002 a duplicate key is reported at its second occurrence", "\"required\": true,", "\"required\": true, \"required\": false,", "AIINFRA002", 8, 52, "\"required\"", "'required'")]
    [InlineData("AIINFRA003 an unknown key at the top of the file is reported", "\"entities\"", "\"entites\"", "AIINFRA003", 5, 2, "\"entites\"", null)]
    [InlineData("AIINFRA004 a property without a type is reported at the property", "{ \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "{ \"minimum\": 1, \"maximum\": 64 }", "AIINFRA004", 11, 17, "{ \"minimum\": 1, \"maximum\": 64 }", "'type'")]
    [InlineData("AIINFRA004 a quantity without a unit is reported at the property", "\"unit\": \"kW\", \"figure\": true", "\"figure\": true", "AIINFRA004", 12, 21, "{ \"type\": \"quantity\", \"quantity\": \"Power\", \"figure\": true }", "'unit'")]
    [InlineData("AIINFRA005 a value of the wrong JSON type is reported at the value", "\"required\": true", "\"required\": \"yes\"", "AIINFRA005", 8, 46, "\"yes\"", "'required' must be a JSON boolean, not a string")]
    [InlineData("AIINFRA005 a property that is not an object is reported", "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": \"integer\"", "AIINFRA005", 11, 17, "\"integer\"", null)]
    [InlineData("AIINFRA006 an entity name that is no identifier is reported", "\"Rack\": {", "\"rack unit\": {", "AIINFRA006", 6, 4, "\"rack unit\"", "an entity name")]
    [InlineData("AIINFRA006 an invalid namespace is reported", "\"Acme.Racks\"", "\"Acme.2Racks\"", "AIINFRA006", 1, 15, "\"Acme.2Racks\"", null)]
    [InlineData("AIINFRA006 a property whose derived name is no identifier is reported", "\"slots\":", "\"2slots\":", "AIINFRA006", 11, 8, "\"2slots\"", "csharpName")]
    [InlineData("AIINFRA006 a derived enum value name that is no identifier is reported at the value", "\"liquid\": \"Liquid.\"", "\"2-phase\": \"Two-phase immersion.\"", "AIINFRA006", 3, 44, "\"2-phase\"", "derived from \"2-phase\"; set \"name\"")]
    // AIINFRA201-213: the spec format's own checks.
    [InlineData("AIINFRA201 an unknown property type is reported with the types allowed", "\"type\": \"integer\"", "\"type\": \"integr\"", "AIINFRA201", 11, 27, "\"integr\"", "integer")]
    [InlineData("AIINFRA202 an unknown quantity is reported with the quantities known", "\"quantity\": \"Power\", \"unit\": \"kW\", \"minimum\"", "\"quantity\": \"Watts\", \"unit\": \"kW\", \"minimum\"", "AIINFRA202", 9, 51, "\"Watts\"", "Power")]
    [InlineData("AIINFRA203 an unknown unit is reported and abbreviations are case sensitive", "\"unit\": \"kW\", \"minimum\"", "\"unit\": \"kw\", \"minimum\"", "AIINFRA203", 9, 68, "\"kw\"", "kW")]
    [InlineData("AIINFRA203 an unknown unit in a bound is reported at the bound", "\"minimum\": \"1 kW\"", "\"minimum\": \"1 kQ\"", "AIINFRA203", 9, 85, "\"1 kQ\"", null)]
    [InlineData("AIINFRA204 a unit of another quantity is reported", "\"unit\": \"kW\", \"minimum\"", "\"unit\": \"V\", \"minimum\"", "AIINFRA204", 9, 68, "\"V\"", "'V' is a unit of ElectricPotential, not of Power")]
    [InlineData("AIINFRA204 a bound in a unit of another quantity is reported at the bound", "\"maximum\": \"200 kW\"", "\"maximum\": \"800 V\"", "AIINFRA204", 9, 104, "\"800 V\"", null)]
    [InlineData("AIINFRA205 a minimum length above the maximum length is reported", "\"pattern\": \"^[a-z0-9-]+$\"", "\"minLength\": 8, \"maxLength\": 4", "AIINFRA205", 8, 65, "8", null)]
    [InlineData("AIINFRA205 more minimum items than maximum items is reported", "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": { \"type\": \"list\", \"items\": { \"type\": \"integer\" }, \"minItems\": 3, \"maxItems\": 2 }", "AIINFRA205", 11, 79, "3", null)]
    [InlineData("AIINFRA206 a default above the maximum is reported at the default", "\"minimum\": 1, \"maximum\": 64 }", "\"minimum\": 1, \"maximum\": 64, \"default\": 100 }", "AIINFRA206", 11, 78, "100", "above the maximum 64")]
    [InlineData("AIINFRA206 a default below the minimum is found after converting units", "\"maximum\": \"200 kW\" }", "\"maximum\": \"200 kW\", \"default\": \"500 W\" }", "AIINFRA206", 9, 125, "\"500 W\"", "below the minimum 1 kW")]
    [InlineData("AIINFRA206 a string default that fails the pattern is reported", "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"label\": { \"type\": \"string\", \"pattern\": \"^[A-Z]+$\", \"default\": \"rack\" }", "AIINFRA206", 11, 71, "\"rack\"", null)]
    [InlineData("AIINFRA207 two JSON names that give one CSharp name are reported at the second", "\"maximum\": 64 },", "\"maximum\": 64 }, \"maxHeat\": { \"type\": \"number\" }, \"MaxHeat\": { \"type\": \"number\" },", "AIINFRA207", 11, 102, "\"MaxHeat\"", "The C# property 'MaxHeat' is declared more than once in entity 'Rack' (from the JSON name \"MaxHeat\")")] // maxHeat and MaxHeat both become the C# property MaxHeat
    [InlineData("AIINFRA207 two enum values that give one member name are reported at the second", "\"liquid\": \"Liquid.\"", "\"Air\": \"Also air.\"", "AIINFRA207", 3, 44, "\"Air\"", null)]
    [InlineData("AIINFRA208 an unknown entity is reported at its name", "\"slots\": {", "\"pdu\": { \"type\": \"entity\", \"entity\": \"Pdu\" },\n        \"slots\": {", "AIINFRA208", 11, 45, "\"Pdu\"", "'Pdu' is not an entity declared in any spec file; declared: Rack")]
    [InlineData("AIINFRA208 an unknown enum is reported at its name", "\"enum\": \"Cooling\"", "\"enum\": \"Coolant\"", "AIINFRA208", 10, 45, "\"Coolant\"", "declared: Cooling")]
    [InlineData("AIINFRA208 an unknown entity of a list item is reported at its name", "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"pdus\": { \"type\": \"list\", \"items\": { \"type\": \"entity\", \"entity\": \"Pdu\" } }", "AIINFRA208", 11, 73, "\"Pdu\"", null)]
    [InlineData("AIINFRA208 an unknown entity of a reference is reported at its name", "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"neighbour\": { \"type\": \"reference\", \"entity\": \"Rak\" }", "AIINFRA208", 11, 54, "\"Rak\"", null)]
    [InlineData("AIINFRA208 an unknown key of a map is reported at its name", "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"byCooling\": { \"type\": \"map\", \"key\": \"Coolant\", \"values\": { \"type\": \"integer\" } }", "AIINFRA208", 11, 45, "\"Coolant\"", null)]
    [InlineData("AIINFRA209 a property that becomes a generated member is reported", "\"slots\":", "\"validate\":", "AIINFRA209", 11, 8, "\"validate\"", "the generated member 'Validate'")]
    [InlineData("AIINFRA209 a property with the name of its entity is reported", "\"slots\":", "\"rack\":", "AIINFRA209", 11, 8, "\"rack\"", "the record's own name")]
    [InlineData("AIINFRA209 a property checkPower, named like the generated checker method CheckPower, is reported", "\"slots\":", "\"checkPower\":", "AIINFRA209", 11, 8, "\"checkPower\"", "the generated member 'CheckPower'")] // the validator checks the constraints of "power" in a method CheckPower
    [InlineData("AIINFRA209 a property validatePower, named like the generated checker method ValidatePower, is reported", "\"slots\":", "\"validatePower\":", "AIINFRA209", 11, 8, "\"validatePower\"", "the generated member 'ValidatePower'")] // and whether it can be written, then its constraints, in ValidatePower
    [InlineData("AIINFRA209 a property core, named like the generated checker method ValidateCore, is reported", "\"slots\":", "\"core\":", "AIINFRA209", 11, 8, "\"core\"", "the generated member 'ValidateCore'")] // "core"'s validator would be the record's own ValidateCore
    [InlineData("AIINFRA209 a property rules, named like the generated checker method ValidateRules, is reported", "\"slots\":", "\"rules\":", "AIINFRA209", 11, 8, "\"rules\"", "the generated member 'ValidateRules'")] // "rules"'s validator would be the partial method of the hand-written rules
    [InlineData("AIINFRA209 a csharpName named like another property s checker is reported at the csharpName", "\"type\": \"integer\",", "\"type\": \"integer\", \"csharpName\": \"CheckId\",", "AIINFRA209", 11, 52, "\"CheckId\"", "the generated member 'CheckId'")]
    [InlineData("AIINFRA209 a csharpName that is a generated member is reported at the csharpName", "\"type\": \"integer\",", "\"type\": \"integer\", \"csharpName\": \"ToString\",", "AIINFRA209", 11, 52, "\"ToString\"", null)]
    [InlineData("AIINFRA210 a pattern on an integer is reported at the key", "\"minimum\": 1, \"maximum\": 64", "\"pattern\": \"^[0-9]+$\"", "AIINFRA210", 11, 38, "\"pattern\"", "does not apply to a property of type integer")]
    [InlineData("AIINFRA210 a minimum on a string is reported at the key", "\"pattern\": \"^[a-z0-9-]+$\"", "\"minimum\": 1", "AIINFRA210", 8, 52, "\"minimum\"", null)]
    [InlineData("AIINFRA210 a list of lists is reported at the inner type", "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": { \"type\": \"list\", \"items\": { \"type\": \"list\", \"items\": { \"type\": \"integer\" } } }", "AIINFRA210", 11, 54, "\"list\"", "cannot be a list or map inside a list or map")]
    [InlineData("AIINFRA210 a negative item count is reported", "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": { \"type\": \"list\", \"items\": { \"type\": \"integer\" }, \"minItems\": -1 }", "AIINFRA210", 11, 79, "-1", null)]
    [InlineData("AIINFRA210 a quantity property cannot say per", "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"draw\": { \"type\": \"quantity\", \"quantity\": \"Power\", \"unit\": \"kW\", \"per\": \"Energy\" }", "AIINFRA210", 11, 73, "\"per\"", "does not apply to a property of type quantity")]
    [InlineData("AIINFRA211 a required property with a default is reported at the default key", "\"required\": true,", "\"required\": true, \"default\": \"rack-0\",", "AIINFRA211", 8, 52, "\"default\"", "'id'")]
    [InlineData("AIINFRA212 a malformed date default is reported at the default", "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"built\": { \"type\": \"date\", \"default\": \"30/06/2025\" }", "AIINFRA212", 11, 46, "\"30/06/2025\"", "ISO date")]
    [InlineData("AIINFRA212 a default that is no value of its enum is reported at the default", "\"default\": \"air\"", "\"default\": \"water\"", "AIINFRA212", 10, 67, "\"water\"", "\"water\" is not a value of Cooling")]
    [InlineData("AIINFRA212 a default of the wrong type is reported at the default", "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"full\": { \"type\": \"boolean\", \"default\": \"yes\" }", "AIINFRA212", 11, 48, "\"yes\"", null)]
    [InlineData("AIINFRA212 a default for a list is reported at the default key", "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": { \"type\": \"list\", \"items\": { \"type\": \"integer\" }, \"default\": [] }", "AIINFRA212", 11, 67, "\"default\"", null)]
    [InlineData("AIINFRA213 an entity that requires itself is reported at its name", "\"peakPower\":", "\"next\": { \"type\": \"entity\", \"entity\": \"Rack\", \"required\": true },\n        \"peakPower\":", "AIINFRA213", 6, 4, "\"Rack\"", "Rack.next")]
    public void A_mistake_is_reported_once_at_its_exact_span(string mistake, string find, string replace, string id, int line, int column, string covered, string? messagePart)
    {
        OneMistake(mistake, RunSpec(WithMistake(ValidSpec, find, replace)), id, line, column, covered, messagePart: messagePart);
    }

    // AIINFRA001-006, other mistakes.

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
    public void AIINFRA003_an_unknown_key_in_a_property_is_reported_with_the_keys_allowed()
    {
        var text = ValidSpec.Replace("\"minimum\": \"1 kW\"", "\"minimun\": \"1 kW\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA003", line: 9, column: 74, covered: "\"minimun\"");
        Assert.Contains("property 'power'", Message(d), StringComparison.Ordinal);
        Assert.Contains("minimum", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA004_a_spec_without_a_namespace_is_reported_at_the_file()
    {
        var text = ValidSpec.Replace("  \"namespace\": \"Acme.Racks\",\n", string.Empty, StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA004", line: 0, column: 0, covered: text);
        Assert.Contains("'namespace'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA005_a_spec_that_is_not_an_object_is_reported()
    {
        const string text = "[ \"Rack\" ]";
        Single(RunSpec(text), "AIINFRA005", line: 0, column: 0, covered: text);
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

    // AIINFRA201-213, other mistakes.

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
    public void AIINFRA205_a_minimum_above_the_maximum_is_found_after_converting_units()
    {
        // 0.3 MW is 300 kW, above the maximum of 200 kW, though 0.3 is below 200.
        var text = ValidSpec.Replace("\"minimum\": \"1 kW\"", "\"minimum\": \"0.3 MW\"", StringComparison.Ordinal);
        var d = Single(RunSpec(text), "AIINFRA205", line: 9, column: 85, covered: "\"0.3 MW\"");
        Assert.Contains("0.3 MW", Message(d), StringComparison.Ordinal);
        Assert.Contains("200 kW", Message(d), StringComparison.Ordinal);
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
