using static AiInfra.Domain.Generators.Tests.DiagnosticAssert;

namespace AiInfra.Domain.Generators.Tests.Specs;

/// <summary>
/// Every diagnostic a catalogue file can get (AIINFRA001-006 as they apply to catalogue files, and AIINFRA301-305),
/// each at the exact span of the mistake. The files are variants of <see cref="DiagnosticAssert.ValidCatalog"/>,
/// a catalogue of <see cref="DiagnosticAssert.ValidSpec"/>'s Rack, whose numbered lines are listed there.
/// </summary>
public class CatalogDiagnosticTests
{
    [Fact]
    public void The_valid_catalogue_has_no_diagnostic_and_generates_its_class()
    {
        Assert.Empty(RunCatalog(ValidCatalog));
        var run = SpecInputs.Run(GeneratorHarness.Files((SpecPath, ValidSpec), (CatalogPath, ValidCatalog)));
        Assert.Contains("public static class Racks", run.Sources["Catalog.racks.g.cs"], StringComparison.Ordinal);
    }

    // AIINFRA001-006 in a catalogue file.

    [Fact]
    public void AIINFRA001_a_truncated_catalogue_is_reported_at_its_end()
    {
        var text = ValidCatalog[..ValidCatalog.IndexOf("{ \"id\": \"rack-b\"", StringComparison.Ordinal)];
        Single(RunCatalog(text), "AIINFRA001", line: 6, column: 4, covered: string.Empty, path: CatalogPath);
    }

    [Fact]
    public void AIINFRA002_a_duplicate_key_in_an_entry_is_reported_at_its_second_occurrence()
    {
        var text = ValidCatalog.Replace("\"power\": 40", "\"power\": 40, \"power\": 50", StringComparison.Ordinal);
        Single(RunCatalog(text), "AIINFRA002", line: 6, column: 35, covered: "\"power\"", path: CatalogPath);
    }

    [Fact]
    public void AIINFRA003_an_unknown_key_of_the_file_is_reported()
    {
        var text = ValidCatalog.Replace("\"defaultSource\"", "\"defaultSauce\"", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA003", line: 3, column: 2, covered: "\"defaultSauce\"", path: CatalogPath);
        Assert.Contains("defaultSource", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA004_a_catalogue_without_entries_is_reported_at_the_file()
    {
        const string text = """{ "entity": "Rack" }""";
        var d = Single(RunCatalog(text), "AIINFRA004", line: 0, column: 0, covered: text, path: CatalogPath);
        Assert.Contains("'entries'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA005_entries_that_are_not_an_array_are_reported()
    {
        const string text = """{ "entity": "Rack", "entries": {} }""";
        Single(RunCatalog(text), "AIINFRA005", line: 0, column: 31, covered: "{}", path: CatalogPath);
    }

    [Fact]
    public void AIINFRA006_a_class_name_that_is_no_identifier_is_reported()
    {
        var text = ValidCatalog.Replace("\"entity\": \"Rack\",", "\"entity\": \"Rack\", \"name\": \"rack list\",", StringComparison.Ordinal);
        Single(RunCatalog(text), "AIINFRA006", line: 1, column: 28, covered: "\"rack list\"", path: CatalogPath);
    }

    [Fact]
    public void AIINFRA006_an_invalid_namespace_is_reported()
    {
        var text = ValidCatalog.Replace("\"entity\": \"Rack\",", "\"entity\": \"Rack\", \"namespace\": \"Acme Racks\",", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA006", line: 1, column: 33, covered: "\"Acme Racks\"", path: CatalogPath);
        Assert.Contains("a namespace", Message(d), StringComparison.Ordinal);
    }

    // AIINFRA301-305.

    [Fact]
    public void AIINFRA301_an_unknown_entity_is_reported_with_the_entities_declared()
    {
        var text = ValidCatalog.Replace("\"entity\": \"Rack\"", "\"entity\": \"Rak\"", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA301", line: 1, column: 12, covered: "\"Rak\"", path: CatalogPath);
        Assert.Contains("declared: Rack", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA302_a_value_in_a_unit_of_another_quantity_is_reported_at_the_value()
    {
        var text = ValidCatalog.Replace("\"120 kW\"", "\"120 kV\"", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA302", line: 5, column: 31, covered: "\"120 kV\"", path: CatalogPath);
        Assert.Contains("Entry 'rack-a' /power: quantity.dimension", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA302_a_value_in_an_unknown_unit_is_reported_at_the_value()
    {
        var text = ValidCatalog.Replace("\"120 kW\"", "\"120 kX\"", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA302", line: 5, column: 31, covered: "\"120 kX\"", path: CatalogPath);
        Assert.Contains("quantity.unit", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA302_a_missing_required_property_is_reported_at_the_entry()
    {
        var text = ValidCatalog.Replace("{ \"id\": \"rack-b\", \"power\": 40 }", "{ \"power\": 40 }", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA302", line: 6, column: 4, covered: "{ \"power\": 40 }", path: CatalogPath);
        Assert.Contains("Entry '#1' /id: property.required", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA302_a_value_out_of_range_is_reported_at_the_value()
    {
        var text = ValidCatalog.Replace("\"slots\": 42", "\"slots\": 100", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA302", line: 5, column: 71, covered: "100", path: CatalogPath);
        Assert.Contains("value.range: 100 is above the maximum of 64", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA302_a_quantity_out_of_range_is_found_after_converting_units()
    {
        var text = ValidCatalog.Replace("\"120 kW\"", "\"0.25 MW\"", StringComparison.Ordinal);
        Single(RunCatalog(text), "AIINFRA302", line: 5, column: 31, covered: "\"0.25 MW\"", path: CatalogPath);
    }

    [Fact]
    public void AIINFRA302_an_unknown_property_is_reported_at_its_key()
    {
        var text = ValidCatalog.Replace("\"slots\": 42", "\"colour\": \"red\"", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA302", line: 5, column: 62, covered: "\"colour\"", path: CatalogPath);
        Assert.Contains("property.unknown", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA302_a_value_that_is_not_in_the_enum_is_reported_at_the_value()
    {
        var text = ValidCatalog.Replace("\"liquid\"", "\"water\"", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA302", line: 5, column: 52, covered: "\"water\"", path: CatalogPath);
        Assert.Contains("value.enum: \"water\" is not one of \"air\", \"liquid\"", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA302_a_value_of_the_wrong_type_and_one_that_fails_the_pattern_are_reported()
    {
        var wrongType = ValidCatalog.Replace("\"power\": 40", "\"power\": true", StringComparison.Ordinal);
        Single(RunCatalog(wrongType), "AIINFRA302", line: 6, column: 31, covered: "true", path: CatalogPath);

        var pattern = ValidCatalog.Replace("\"rack-b\"", "\"Rack B\"", StringComparison.Ordinal);
        Assert.Contains("value.pattern", Message(Single(RunCatalog(pattern), "AIINFRA302", line: 6, column: 12, covered: "\"Rack B\"", path: CatalogPath)), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA302_a_figure_that_cites_an_unlisted_source_is_reported_at_the_source()
    {
        var text = ValidCatalog.Replace("\"source\": \"s2\"", "\"source\": \"s9\"", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA302", line: 5, column: 119, covered: "\"s9\"", path: CatalogPath);
        Assert.Contains("/peakPower/source: figure.source", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA303_a_duplicate_id_is_reported_at_the_second_id()
    {
        var text = ValidCatalog.Replace("\"rack-b\"", "\"rack-a\"", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA303", line: 6, column: 12, covered: "\"rack-a\"", path: CatalogPath);
        Assert.Contains("'rack-a'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA303_two_ids_that_give_one_CSharp_name_are_reported()
    {
        var text = ValidCatalog.Replace("\"rack-b\"", "\"rack--a\"", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA303", line: 6, column: 12, covered: "\"rack--a\"", path: CatalogPath);
        Assert.Contains("as the C# name RackA, like 'rack-a'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA303_an_id_whose_name_is_renamed_onto_another_is_a_duplicate_not_a_crash()
    {
        // "all" becomes AllEntry, All being the list of entries; "all-entry" is AllEntry already.
        var text = ValidCatalog.Replace("\"rack-a\"", "\"all-entry\"", StringComparison.Ordinal).Replace("\"rack-b\"", "\"all\"", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA303", line: 6, column: 12, covered: "\"all\"", path: CatalogPath);
        Assert.Contains("as the C# name AllEntry, like 'all-entry'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA304_an_unlisted_default_source_is_reported_with_the_sources_listed()
    {
        var text = ValidCatalog.Replace("\"defaultSource\": \"s1\"", "\"defaultSource\": \"s3\"", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA304", line: 3, column: 19, covered: "\"s3\"", path: CatalogPath);
        Assert.Contains("listed: s1, s2", Message(d), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"id\": { \"type\": \"string\", \"required\": true, \"pattern\": \"^[a-z0-9-]+$\" },", "")]
    [InlineData("\"id\": { \"type\": \"string\", \"required\": true,", "\"id\": { \"type\": \"string\",")]
    [InlineData("\"id\": { \"type\": \"string\", \"required\": true, \"pattern\": \"^[a-z0-9-]+$\" }", "\"id\": { \"type\": \"integer\", \"required\": true }")]
    public void AIINFRA305_an_entity_without_a_required_string_id_is_reported_at_the_entity(string find, string replace)
    {
        var spec = ValidSpec.Replace(find, replace, StringComparison.Ordinal);
        var d = Single(RunCatalog(ValidCatalog, spec), "AIINFRA305", line: 1, column: 12, covered: "\"Rack\"", path: CatalogPath);
        Assert.Contains("'Rack'", Message(d), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"0.1 USD/kW\"", "\"kW\" after the '/' is not a unit of Energy")]
    [InlineData("\"0.1 USD\"", "a price per unit of Energy")]
    [InlineData("0.1", "expected a price such as")]
    public void AIINFRA302_a_price_with_a_bad_unit_is_reported_at_the_value(string price, string message)
    {
        var spec = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": { \"type\": \"integer\" }, \"electricity\": { \"type\": \"price\", \"per\": \"Energy\", \"unit\": \"kWh\" }", StringComparison.Ordinal);
        var catalog = ValidCatalog.Replace("\"slots\": 42,", $"\"slots\": 42, \"electricity\": {price},", StringComparison.Ordinal);
        var column = catalog.Split('\n')[5].IndexOf(price, StringComparison.Ordinal);
        var d = Single(RunCatalog(catalog, spec), "AIINFRA302", line: 5, column: column, covered: price, path: CatalogPath);
        Assert.Contains("Entry 'rack-a' /electricity: value.", Message(d), StringComparison.Ordinal);
        Assert.Contains(message, Message(d), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"capex\": \"80 bn\"", "expected an amount of money such as \"80 bn USD\"")]
    [InlineData("\"capex\": \"USD\"", "expected an amount of money")]
    [InlineData("\"capex\": \"80 bn USD USD\"", "expected an amount of money")]
    [InlineData("\"capex\": \"80 m USD\"", "expected an amount of money")]
    [InlineData("\"since\": \"3Q2025x\"", "expected a reporting period such as \"3Q25\"")]
    [InlineData("\"since\": \"Q5 2025\"", "expected a reporting period")]
    [InlineData("\"since\": \"FY2026-Q4\"", "a fiscal period with its calendar after @")]
    [InlineData("\"electricity\": \"abc/kWh\"", "\"abc\" before the '/' is not an amount of money")]
    public void AIINFRA302_a_malformed_money_period_or_price_literal_is_a_build_error_at_the_value(string value, string message)
    {
        var spec = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": { \"type\": \"integer\" }, \"capex\": { \"type\": \"money\" }, \"since\": { \"type\": \"reportingPeriod\" }, \"electricity\": { \"type\": \"price\", \"per\": \"Energy\", \"unit\": \"kWh\" }", StringComparison.Ordinal);
        var catalog = ValidCatalog.Replace("\"slots\": 42,", $"\"slots\": 42, {value},", StringComparison.Ordinal);
        var literal = value[(value.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        var d = Single(RunCatalog(catalog, spec), "AIINFRA302", line: 5, column: catalog.Split('\n')[5].IndexOf(literal, StringComparison.Ordinal), covered: literal, path: CatalogPath);
        Assert.Contains("value.format", Message(d), StringComparison.Ordinal);
        Assert.Contains(message, Message(d), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"capex\": \"80 bn USD\"")]
    [InlineData("\"capex\": \"1000亿美元\"")]
    [InlineData("\"capex\": \"USD 1.5M\"")]
    [InlineData("\"since\": \"3Q25\"")]
    [InlineData("\"since\": \"FY2026-Q4@Feb\"")]
    [InlineData("\"since\": \"2025-Q3\"")]
    [InlineData("\"electricity\": \"0.08 USD / kWh\"")]
    [InlineData("\"electricity\": \"0.08 USD/kwh\"")]
    public void Well_formed_money_period_and_price_literals_build(string value)
    {
        var spec = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": { \"type\": \"integer\" }, \"capex\": { \"type\": \"money\" }, \"since\": { \"type\": \"reportingPeriod\" }, \"electricity\": { \"type\": \"price\", \"per\": \"Energy\", \"unit\": \"kWh\" }", StringComparison.Ordinal);
        Assert.Empty(RunCatalog(ValidCatalog.Replace("\"slots\": 42,", $"\"slots\": 42, {value},", StringComparison.Ordinal), spec));
    }

    [Fact]
    public void A_catalogue_price_per_any_unit_of_its_quantity_builds()
    {
        var spec = ValidSpec.Replace("\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 }", "\"slots\": { \"type\": \"integer\" }, \"electricity\": { \"type\": \"price\", \"per\": \"Energy\", \"unit\": \"kWh\" }", StringComparison.Ordinal);
        var catalog = ValidCatalog.Replace("\"slots\": 42,", "\"slots\": 42, \"electricity\": \"80 EUR / MWh\",", StringComparison.Ordinal);
        Assert.Empty(RunCatalog(catalog, spec));
    }

    [Fact]
    public void A_catalogue_is_not_checked_against_a_spec_with_a_mistake()
    {
        // The spec's power property is dropped while it has an unknown unit; checking the catalogue against what is
        // left would report every "power" in it as unknown.
        var spec = ValidSpec.Replace("\"unit\": \"kW\", \"minimum\"", "\"unit\": \"kw\", \"minimum\"", StringComparison.Ordinal);
        Single(RunCatalog(ValidCatalog, spec), "AIINFRA203", line: 9, column: 68, covered: "\"kw\"");
    }

    [Fact]
    public void A_catalogue_whose_spec_file_is_malformed_reports_nothing_more()
    {
        var spec = ValidSpec[..100];
        var diagnostics = RunCatalog(ValidCatalog, spec);
        Assert.Equal("AIINFRA001", Assert.Single(diagnostics).Id);
    }
}
