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

    // AIINFRA001-006 in a catalogue file, and AIINFRA301-305: first the mistakes a one-line change of the valid
    // catalogue makes, then the others.

    /// <summary>
    /// One mistake in <see cref="DiagnosticAssert.ValidCatalog"/>, <paramref name="find"/> written as <paramref name="replace"/>:
    /// exactly one diagnostic, <paramref name="id"/>, in the catalogue, covering exactly <paramref name="covered"/> from
    /// zero-based <paramref name="line"/> and <paramref name="column"/>, with <paramref name="messagePart"/> in its message
    /// if given. A row's <paramref name="mistake"/> says what it checks and starts with the id it expects.
    /// </summary>
    [Theory]
    [InlineData("AIINFRA002 a duplicate key in an entry is reported at its second occurrence", "\"power\": 40", "\"power\": 40, \"power\": 50", "AIINFRA002", 6, 35, "\"power\"", null)]
    [InlineData("AIINFRA003 an unknown key of the file is reported", "\"defaultSource\"", "\"defaultSauce\"", "AIINFRA003", 3, 2, "\"defaultSauce\"", "defaultSource")]
    [InlineData("AIINFRA006 a class name that is no identifier is reported", "\"entity\": \"Rack\",", "\"entity\": \"Rack\", \"name\": \"rack list\",", "AIINFRA006", 1, 28, "\"rack list\"", null)]
    [InlineData("AIINFRA006 an invalid namespace is reported", "\"entity\": \"Rack\",", "\"entity\": \"Rack\", \"namespace\": \"Acme Racks\",", "AIINFRA006", 1, 33, "\"Acme Racks\"", "a namespace")]
    // AIINFRA301-305.
    [InlineData("AIINFRA301 an unknown entity is reported with the entities declared", "\"entity\": \"Rack\"", "\"entity\": \"Rak\"", "AIINFRA301", 1, 12, "\"Rak\"", "declared: Rack")]
    [InlineData("AIINFRA302 a value in a unit of another quantity is reported at the value", "\"120 kW\"", "\"120 kV\"", "AIINFRA302", 5, 31, "\"120 kV\"", "Entry 'rack-a' /power: quantity.dimension")]
    [InlineData("AIINFRA302 a value in an unknown unit is reported at the value", "\"120 kW\"", "\"120 kX\"", "AIINFRA302", 5, 31, "\"120 kX\"", "quantity.unit")]
    [InlineData("AIINFRA302 a missing required property is reported at the entry", "{ \"id\": \"rack-b\", \"power\": 40 }", "{ \"power\": 40 }", "AIINFRA302", 6, 4, "{ \"power\": 40 }", "Entry '#1' /id: property.required")]
    [InlineData("AIINFRA302 a value out of range is reported at the value", "\"slots\": 42", "\"slots\": 100", "AIINFRA302", 5, 71, "100", "value.range: 100 is above the maximum of 64")]
    [InlineData("AIINFRA302 a quantity out of range is found after converting units", "\"120 kW\"", "\"0.25 MW\"", "AIINFRA302", 5, 31, "\"0.25 MW\"", null)]
    [InlineData("AIINFRA302 an unknown property is reported at its key", "\"slots\": 42", "\"colour\": \"red\"", "AIINFRA302", 5, 62, "\"colour\"", "property.unknown")]
    [InlineData("AIINFRA302 a value that is not in the enum is reported at the value", "\"liquid\"", "\"water\"", "AIINFRA302", 5, 52, "\"water\"", "value.enum: \"water\" is not one of \"air\", \"liquid\"")]
    [InlineData("AIINFRA302 a value of the wrong type is reported at the value", "\"power\": 40", "\"power\": true", "AIINFRA302", 6, 31, "true", null)]
    [InlineData("AIINFRA302 a value that fails the pattern is reported at the value", "\"rack-b\"", "\"Rack B\"", "AIINFRA302", 6, 12, "\"Rack B\"", "value.pattern")]
    [InlineData("AIINFRA302 a figure that cites an unlisted source is reported at the source", "\"source\": \"s2\"", "\"source\": \"s9\"", "AIINFRA302", 5, 119, "\"s9\"", "/peakPower/source: figure.source")]
    [InlineData("AIINFRA303 a duplicate id is reported at the second id", "\"rack-b\"", "\"rack-a\"", "AIINFRA303", 6, 12, "\"rack-a\"", "'rack-a'")]
    [InlineData("AIINFRA303 two ids that give one CSharp name are reported", "\"rack-b\"", "\"rack--a\"", "AIINFRA303", 6, 12, "\"rack--a\"", "as the C# name RackA, like 'rack-a'")]
    [InlineData("AIINFRA304 an unlisted default source is reported with the sources listed", "\"defaultSource\": \"s1\"", "\"defaultSource\": \"s3\"", "AIINFRA304", 3, 19, "\"s3\"", "listed: s1, s2")]
    public void A_mistake_is_reported_once_at_its_exact_span(string mistake, string find, string replace, string id, int line, int column, string covered, string? messagePart)
    {
        OneMistake(mistake, RunCatalog(WithMistake(ValidCatalog, find, replace)), id, line, column, covered, path: CatalogPath, messagePart: messagePart);
    }

    // AIINFRA001-006, other mistakes.

    /// <summary>The catalogue class is nested in the generated Catalog and named by a property of CatalogData: their names and members are taken.</summary>
    [Theory]
    [MemberData(nameof(TakenClassNames))]
    public void AIINFRA122_a_class_name_the_generated_Catalog_or_CatalogData_takes_at_the_name(string name)
    {
        var named = ValidCatalog.Replace("\"entity\": \"Rack\",", $"\"entity\": \"Rack\", \"name\": \"{name}\",", StringComparison.Ordinal);
        var d = Single(RunCatalog(named), "AIINFRA122", line: 1, column: 28, covered: $"\"{name}\"", path: CatalogPath);
        Assert.Contains($"'{name}' cannot be a catalogue class name", Message(d), StringComparison.Ordinal);
    }

    public static TheoryData<string> TakenClassNames() => new(["Sections", "Catalog", "CatalogData", "Reference", "Select", "ToString"]);

    [Fact]
    public void AIINFRA207_two_catalogue_files_of_one_name_declaring_one_class_the_second_by_path_at_its_entity()
    {
        var files = GeneratorHarness.Files((SpecPath, ValidSpec), (CatalogPath, ValidCatalog), ("/specs/zz/racks.catalog.json", ValidCatalog));
        var run = Specs.SpecInputs.Run(files);
        var d = Single(Of(run, files), "AIINFRA207", line: 1, column: ValidCatalog.Split('\n')[1].IndexOf("\"Rack\"", StringComparison.Ordinal), covered: "\"Rack\"", path: "/specs/zz/racks.catalog.json");
        Assert.Contains("The catalogue class 'Racks' is declared more than once in the Catalog class of namespace Acme.Racks", Message(d), StringComparison.Ordinal);
        Assert.Contains($"(also by {CatalogPath})", Message(d), StringComparison.Ordinal);
        Assert.Single(run.Sources.Keys, k => k.StartsWith("Catalog.racks", StringComparison.Ordinal));
    }

    [Fact]
    public void AIINFRA207_two_catalogue_files_naming_one_class_at_the_second_name()
    {
        var named = ValidCatalog.Replace("\"entity\": \"Rack\",", "\"entity\": \"Rack\", \"name\": \"Racks\",", StringComparison.Ordinal);
        var files = GeneratorHarness.Files((SpecPath, ValidSpec), (CatalogPath, ValidCatalog), ("/specs/shelves.catalog.json", named));
        var d = Single(Of(Specs.SpecInputs.Run(files), files), "AIINFRA207", line: 1, column: named.Split('\n')[1].IndexOf("\"Racks\"", StringComparison.Ordinal), covered: "\"Racks\"", path: "/specs/shelves.catalog.json");
        Assert.Contains("'Racks'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA207_a_catalogue_namespace_differing_only_by_case_from_an_earlier_files_at_the_later_file()
    {
        var lower = ValidCatalog.Replace("\"entity\": \"Rack\",", "\"entity\": \"Rack\", \"name\": \"Shelves\", \"namespace\": \"acme.racks\",", StringComparison.Ordinal);
        var files = GeneratorHarness.Files((SpecPath, ValidSpec), (CatalogPath, ValidCatalog), ("/specs/zz/shelves.catalog.json", lower));
        var run = Specs.SpecInputs.Run(files);
        var d = Single(Of(run, files), "AIINFRA207", line: 1, column: lower.Split('\n')[1].IndexOf("\"Shelves\"", StringComparison.Ordinal), covered: "\"Shelves\"", path: "/specs/zz/shelves.catalog.json");
        Assert.Contains("The catalogue namespace 'acme.racks' is declared more than once (as 'Acme.Racks'", Message(d), StringComparison.Ordinal);
        Assert.Single(run.Sources.Keys, k => k.StartsWith("CatalogData.", StringComparison.Ordinal));
    }

    /// <summary>A file name holding a character the compiler refuses in a generated file's name threw inside the generator.</summary>
    [Theory]
    [InlineData("/specs/a?b.catalog.json")]
    [InlineData("/specs/a:b.catalog.json")]
    [InlineData("/specs/a\"b.catalog.json")]
    [InlineData("/specs/a<b.catalog.json")]
    [InlineData("/specs/a*b.catalog.json")]
    [InlineData("/specs/a|b.catalog.json")]
    [InlineData("/specs/a\tb.catalog.json")]
    public void A_catalogue_file_name_with_any_character_is_generated(string path)
    {
        var named = ValidCatalog.Replace("\"entity\": \"Rack\",", "\"entity\": \"Rack\", \"name\": \"Fine\",", StringComparison.Ordinal);
        var run = Specs.SpecInputs.Run(GeneratorHarness.Files((SpecPath, ValidSpec), (path, named)));
        Assert.Empty(run.Diagnostics);
        Assert.Contains("Catalog.a_b.g.cs", run.Sources.Keys);
    }

    [Theory]
    [InlineData("/specs/more/racks.catalog.json")]
    [InlineData("/specs/more/RACKS.catalog.json")]
    public void Two_catalogue_files_of_one_name_in_two_namespaces_are_both_generated(string secondPath)
    {
        var other = ValidCatalog.Replace("\"entity\": \"Rack\",", "\"entity\": \"Rack\", \"namespace\": \"Acme.More\",", StringComparison.Ordinal);
        var run = Specs.SpecInputs.Run(GeneratorHarness.Files((SpecPath, ValidSpec), (CatalogPath, ValidCatalog), (secondPath, other)));
        Assert.Empty(run.Diagnostics);
        var catalogs = run.Sources.Where(s => s.Key.StartsWith("Catalog.", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(2, catalogs.Count);
        Assert.Contains(catalogs, s => s.Value.Contains("namespace Acme.More", StringComparison.Ordinal));
    }

    [Fact]
    public void AIINFRA001_a_truncated_catalogue_is_reported_at_its_end()
    {
        var text = ValidCatalog[..ValidCatalog.IndexOf("{ \"id\": \"rack-b\"", StringComparison.Ordinal)];
        Single(RunCatalog(text), "AIINFRA001", line: 6, column: 4, covered: string.Empty, path: CatalogPath);
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

    // AIINFRA301-305, other mistakes.

    [Fact]
    public void AIINFRA303_an_id_whose_name_is_renamed_onto_another_is_a_duplicate_not_a_crash()
    {
        // "all" becomes AllEntry, All being the list of entries; "all-entry" is AllEntry already.
        var text = ValidCatalog.Replace("\"rack-a\"", "\"all-entry\"", StringComparison.Ordinal).Replace("\"rack-b\"", "\"all\"", StringComparison.Ordinal);
        var d = Single(RunCatalog(text), "AIINFRA303", line: 6, column: 12, covered: "\"all\"", path: CatalogPath);
        Assert.Contains("as the C# name AllEntry, like 'all-entry'", Message(d), StringComparison.Ordinal);
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
