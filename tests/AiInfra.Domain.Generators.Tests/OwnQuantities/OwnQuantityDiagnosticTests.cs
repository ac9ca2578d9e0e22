using static AiInfra.Domain.Generators.Tests.DiagnosticAssert;

namespace AiInfra.Domain.Generators.Tests.OwnQuantities;

/// <summary>
/// The mistakes a project can make with quantities of its own, each reported at its place: a name the library already
/// has (AIINFRA120), a relation between library quantities only (AIINFRA121), a bad namespace (AIINFRA006), a name
/// the generated code takes (AIINFRA122); and the spec diagnostics, which know the project's quantities as they know the library's.
/// </summary>
public class OwnQuantityDiagnosticTests
{
    private const string Path = "/repo/consumer/Widget.quantity.json";
    private const string RelationsPath = "/repo/consumer/Widget.relations.json";
    private const string SpecPath = "/repo/consumer/Widget.spec.json";

    /// <summary>A valid quantity of a project; its lines, zero-based: 1 the name, 2 the namespace, 6 its units.</summary>
    internal const string Widget = """
        {
          "name": "Widget",
          "namespace": "Contoso.Widgets",
          "description": "A test quantity of a project's own.",
          "dimensions": { "length": 1, "time": -1 },
          "baseUnit": "MeterPerSecond",
          "units": [ { "singular": "MeterPerSecond", "plural": "MetersPerSecond", "abbreviations": ["m/s"], "factor": 1, "prefixes": ["Milli"] } ]
        }
        """;

    [Fact]
    public void A_valid_project_quantity_has_no_diagnostic_and_is_generated_in_its_namespace()
    {
        var run = OwnQuantityProject.Run(GeneratorHarness.Files((Path, Widget)));
        Assert.Empty(run.Diagnostics);
        Assert.Contains("namespace Contoso.Widgets\n", run.Sources["Quantities.Widget.g.cs"].ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("namespace Contoso.Widgets.Units\n", run.Sources["Quantities.Widget.g.cs"].ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_namespace_key_the_quantity_goes_in_the_root_namespace_else_the_assembly_name()
    {
        var text = Widget.Replace("  \"namespace\": \"Contoso.Widgets\",\n", string.Empty, StringComparison.Ordinal);
        var fromRoot = OwnQuantityProject.Run(GeneratorHarness.Files((Path, text)), assemblyName: "Contoso.App", rootNamespace: "Contoso.Root");
        Assert.Empty(fromRoot.Diagnostics);
        Assert.Contains("namespace Contoso.Root.Units", fromRoot.Sources["Quantities.Widget.g.cs"], StringComparison.Ordinal);

        var fromAssembly = OwnQuantityProject.Run(GeneratorHarness.Files((Path, text)), assemblyName: "Contoso.App", rootNamespace: null);
        Assert.Empty(fromAssembly.Diagnostics);
        Assert.Contains("namespace Contoso.App.Units", fromAssembly.Sources["Quantities.Widget.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA006_without_a_namespace_key_nor_a_usable_root_namespace_or_assembly_name_at_the_name()
    {
        var text = Widget.Replace("  \"namespace\": \"Contoso.Widgets\",\n", string.Empty, StringComparison.Ordinal);
        var files = GeneratorHarness.Files((Path, text));
        var run = OwnQuantityProject.Run(files, assemblyName: "my-app", rootNamespace: "my-app");
        var d = Single(Of(run, files), "AIINFRA006", line: 1, column: 10, path: Path);
        Assert.Contains("add a \"namespace\" key", Message(d), StringComparison.Ordinal);
        Assert.DoesNotContain("Quantities.Widget.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void AIINFRA006_a_namespace_key_that_is_not_a_namespace_at_its_value()
    {
        var files = GeneratorHarness.Files((Path, Widget.Replace("\"Contoso.Widgets\"", "\"Contoso..Widgets\"", StringComparison.Ordinal)));
        var run = OwnQuantityProject.Run(files);
        var d = Single(Of(run, files), "AIINFRA006", line: 2, column: 15, path: Path);
        Assert.Contains("'Contoso..Widgets'", Message(d), StringComparison.Ordinal);
        Assert.DoesNotContain("Quantities.Widget.g.cs", run.Sources.Keys);
    }

    [Theory]
    [InlineData("QuantityInfo")]
    [InlineData("QuantityParser")]
    [InlineData("Math")]
    [InlineData("Units")]
    [InlineData("QuantityEnumerable")]
    [InlineData("OverflowException")]
    [InlineData("System")]
    public void AIINFRA122_a_name_the_generated_code_uses_for_a_runtime_type_at_the_name(string name)
    {
        var files = GeneratorHarness.Files((Path, Widget.Replace("\"Widget\"", $"\"{name}\"", StringComparison.Ordinal)));
        var run = OwnQuantityProject.Run(files);
        var d = Single(Of(run, files), "AIINFRA122", line: 1, column: 10, path: Path);
        Assert.Contains($"'{name}' cannot be a quantity name: the generated code names a type or namespace of that name", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA120_a_project_quantity_named_like_a_library_quantity_is_not_generated_and_specs_keep_the_library_one()
    {
        var power = Widget.Replace("\"Widget\"", "\"Power\"", StringComparison.Ordinal);
        var spec = """
            { "namespace": "Contoso.Widgets", "entities": { "Rack": { "properties": { "power": { "type": "quantity", "quantity": "Power", "unit": "kW" } } } } }
            """;
        var files = GeneratorHarness.Files((Path, power), (SpecPath, spec));
        var run = OwnQuantityProject.Run(files);
        var d = Single(Of(run, files), "AIINFRA120", line: 1, column: 10, path: Path);
        Assert.Equal("The quantity 'Power' is already defined by AiInfra.Domain (AiInfra.Domain.Quantities.Power); give this one another name", Message(d));
        Assert.DoesNotContain(run.Sources.Keys, k => k.StartsWith("Quantities.", StringComparison.Ordinal));
        Assert.Contains("global::AiInfra.Domain.Quantities.Power? Power", run.Sources["Specs.Contoso.Widgets.Rack.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA121_a_relation_of_library_quantities_only_at_the_relation()
    {
        var relations = """
            {
              "relations": [ "Widget = Length / Duration", "Energy = Power * Duration" ]
            }
            """;
        var files = GeneratorHarness.Files((Path, Widget), (RelationsPath, relations));
        var run = OwnQuantityProject.Run(files);
        var d = Single(Of(run, files), "AIINFRA121", line: 1, column: 47, path: RelationsPath);
        Assert.Contains("'Energy = Power * Duration'", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void A_relation_with_a_library_quantity_declares_only_the_operators_with_an_operand_of_the_project()
    {
        // Widget = Length / Duration also means Length = Widget * Duration; Length / Duration has no operand of the
        // project's, so C# cannot declare it outside the library.
        var relations = """{ "relations": [ "Widget = Length / Duration" ] }""";
        var run = OwnQuantityProject.Run(GeneratorHarness.Files((Path, Widget), (RelationsPath, relations)));
        Assert.Empty(run.Diagnostics);
        var operators = run.Sources["QuantityOperators.g.cs"];
        Assert.Contains("operator *(Widget left, global::AiInfra.Domain.Quantities.Duration right)", operators, StringComparison.Ordinal);
        Assert.Contains("operator *(global::AiInfra.Domain.Quantities.Duration left, Widget right)", operators, StringComparison.Ordinal);
        Assert.Contains("operator /(global::AiInfra.Domain.Quantities.Length left, Widget right)", operators, StringComparison.Ordinal);
        Assert.DoesNotContain("operator /(global::AiInfra.Domain.Quantities.Length left, global::AiInfra.Domain.Quantities.Duration right)", operators, StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA109_a_relation_with_a_library_quantity_is_checked_for_dimensions()
    {
        var relations = """{ "relations": [ "Widget = Length * Duration" ] }""";
        var files = GeneratorHarness.Files((Path, Widget), (RelationsPath, relations));
        var run = OwnQuantityProject.Run(files);
        Single(Of(run, files), "AIINFRA109", line: 0, column: 17, path: RelationsPath);
    }

    [Fact]
    public void AIINFRA202_an_unknown_quantity_in_a_spec_lists_the_projects_quantities_too()
    {
        var spec = """
            { "namespace": "Contoso.Widgets", "entities": { "Rack": { "properties": { "g": { "type": "quantity", "quantity": "Widgit", "unit": "m/s" } } } } }
            """;
        var files = GeneratorHarness.Files((Path, Widget), (SpecPath, spec));
        var run = OwnQuantityProject.Run(files);
        var d = Single(Of(run, files), "AIINFRA202", line: 0, column: 113, path: SpecPath);
        Assert.Contains("Widget", Message(d).Split("known quantities")[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Widget", "W", "'W' is a unit of Power, not of Widget")]
    [InlineData("Power", "mm/s", "'mm/s' is a unit of Widget, not of Power")]
    public void AIINFRA204_a_unit_of_another_quantity_names_the_projects_quantities_as_the_librarys(string quantity, string unit, string message)
    {
        var spec = $$"""
            { "namespace": "Contoso.Widgets", "entities": { "Rack": { "properties": { "g": { "type": "quantity", "quantity": "{{quantity}}", "unit": "{{unit}}" } } } } }
            """;
        var run = OwnQuantityProject.Run(GeneratorHarness.Files((Path, Widget), (SpecPath, spec)));
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("AIINFRA204", d.Id);
        Assert.StartsWith(message, Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA302_a_catalogue_figure_in_a_unit_of_another_quantity_names_the_projects_quantity()
    {
        var spec = """
            { "namespace": "Contoso.Widgets", "entities": { "Rack": { "properties": { "id": { "type": "string", "required": true }, "g": { "type": "quantity", "quantity": "Widget", "unit": "m/s", "maximum": "20 m/s" } } } } }
            """;
        var catalog = """
            { "entity": "Rack", "entries": [ { "id": "a", "g": "9.81 m/s" }, { "id": "b", "g": "5 kW" }, { "id": "c", "g": "30 m/s" } ] }
            """;
        var run = OwnQuantityProject.Run(GeneratorHarness.Files((Path, Widget), (SpecPath, spec), ("/repo/consumer/racks.catalog.json", catalog)));
        var messages = run.Diagnostics.Select(Message).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains("quantity.dimension: \"kW\" is a unit of Power, not of Widget", messages[0], StringComparison.Ordinal);
        Assert.Contains("value.range", messages[1], StringComparison.Ordinal);
    }
}
