using AiInfra.Domain.Generators.Specs;
using Microsoft.CodeAnalysis;
using static AiInfra.Domain.Generators.Tests.DiagnosticAssert;

namespace AiInfra.Domain.Generators.Tests.Specs;

/// <summary>
/// The diagnostics of a spec file's <c>"quantityTypes"</c>, each at the exact span of the mistake: an unknown value
/// (AIINFRA215), "unitsNet" in a project without UnitsNet (AIINFRA216), a quantity whose UnitsNet namesake is another
/// quantity (AIINFRA217, a warning: the property keeps the library's type), and values a decimal-backed UnitsNet quantity
/// cannot hold where the generated code would build them (a default, AIINFRA212; a catalogue figure, AIINFRA302).
/// </summary>
public class UnitsNetModeDiagnosticTests
{
    /// <summary><see cref="ValidSpec"/> with <c>"quantityTypes": <paramref name="value"/></c> on line 2 (zero-based).</summary>
    private static string Mode(string value, string spec = ValidSpec) =>
        spec.Replace("\"namespace\": \"Acme.Racks\",\n", $"\"namespace\": \"Acme.Racks\",\n  \"quantityTypes\": {value},\n", StringComparison.Ordinal);

    /// <summary>The spec at <see cref="SpecPath"/>, and the catalogue at <see cref="CatalogPath"/> if there is one.</summary>
    private static AdditionalText[] Files(string spec, string? catalog) =>
        catalog is null ? GeneratorHarness.Files((SpecPath, spec)) : GeneratorHarness.Files((SpecPath, spec), (CatalogPath, catalog));

    private static GeneratorRun Generate(AdditionalText[] files, bool withUnitsNet) =>
        SpecInputs.Run(files, withUnitsNet ? SpecInputs.WithUnitsNet() : GeneratorHarness.CreateCompilation());

    private static GeneratorRun Generate(string spec, bool withUnitsNet) => Generate(Files(spec, catalog: null), withUnitsNet);

    /// <summary>The diagnostics of the spec (and catalogue); unlike <see cref="RunSpecs"/>, a warning is allowed.</summary>
    private static GeneratorDiagnostics Diagnostics(string spec, bool withUnitsNet = true, string? catalog = null)
    {
        var files = Files(spec, catalog);
        return Of(Generate(files, withUnitsNet), files);
    }

    private static string Record(GeneratorRun run) => run.Sources["Specs.Acme.Racks.Rack.g.cs"];

    [Theory]
    [InlineData("\"aiInfra\"", true)]
    [InlineData("\"aiInfra\"", false)]
    [InlineData("\"unitsNet\"", true)]
    public void A_valid_key_has_no_diagnostic(string value, bool withUnitsNet)
    {
        var run = Generate(Mode(value), withUnitsNet);
        Assert.True(run.Diagnostics.IsEmpty, SpecInputs.Describe(run.Diagnostics));
        var unitsNet = value == "\"unitsNet\"";
        Assert.Equal(unitsNet, Record(run).Contains("public global::UnitsNet.Power? Power { get; init; }", StringComparison.Ordinal));
        Assert.Equal(!unitsNet, Record(run).Contains("public global::AiInfra.Domain.Quantities.Power? Power { get; init; }", StringComparison.Ordinal));
    }

    /// <summary>
    /// A <c>"quantityTypes"</c> of <paramref name="value"/> (JSON, as written), in a project with UnitsNet or without:
    /// exactly one diagnostic, <paramref name="id"/>, covering the value on line 2 from column 19, with
    /// <paramref name="messagePart"/> in its message if given. A row's <paramref name="mistake"/> says what it checks and
    /// starts with the id it expects.
    /// </summary>
    [Theory]
    [InlineData("AIINFRA215 UnitsNet, written for unitsNet, is an unknown value", "\"UnitsNet\"", true, "AIINFRA215", "write \"aiInfra\"")]
    [InlineData("AIINFRA215 aiinfra, written for aiInfra, is an unknown value", "\"aiinfra\"", true, "AIINFRA215", "write \"aiInfra\"")]
    [InlineData("AIINFRA215 an empty value is an unknown value", "\"\"", true, "AIINFRA215", "write \"aiInfra\"")]
    [InlineData("AIINFRA005 a value that is not a string", "true", true, "AIINFRA005", null)]
    [InlineData("AIINFRA216 unitsNet mode without a UnitsNet reference", "\"unitsNet\"", false, "AIINFRA216", "does not reference")]
    public void A_mistaken_value_is_reported_once_at_the_value(string mistake, string value, bool withUnitsNet, string id, string? messagePart)
    {
        OneMistake(mistake, Diagnostics(Mode(value), withUnitsNet), id, 2, 19, value, messagePart: messagePart);
    }

    [Fact]
    public void A_quantity_whose_UnitsNet_namesake_is_another_quantity_is_a_warning_and_keeps_the_library_type()
    {
        var spec = Mode("\"unitsNet\"").Replace(
            "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 },",
            "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 },\n        \"coldPlate\": { \"type\": \"quantity\", \"quantity\": \"ThermalResistance\", \"unit\": \"K/W\", \"maximum\": \"0.1 K/W\" },",
            StringComparison.Ordinal);
        var files = Files(spec, catalog: null);
        var run = Generate(files, withUnitsNet: true);
        var d = Single(Of(run, files), "AIINFRA217", 13, 55, "\"ThermalResistance\"", severity: DiagnosticSeverity.Warning);
        Assert.Equal(
            "UnitsNet's ThermalResistance is not this library's ThermalResistance: UnitsNet's ThermalResistance is another physical quantity with the same name: area-specific thermal resistance in m²·K/W, where this one is a component's resistance in K/W; the property keeps the library's type AiInfra.Domain.Quantities.ThermalResistance",
            Message(d));

        // The code is generated, with the library's type for it and UnitsNet's for the power.
        Assert.Contains("public global::AiInfra.Domain.Quantities.ThermalResistance? ColdPlate { get; init; }", Record(run), StringComparison.Ordinal);
        Assert.Contains("public global::UnitsNet.Power? Power { get; init; }", Record(run), StringComparison.Ordinal);

        // In the default mode the property is what it always was, with no warning.
        Assert.Empty(Diagnostics(spec.Replace("\"unitsNet\"", "\"aiInfra\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_default_a_decimal_backed_UnitsNet_quantity_cannot_hold_is_AIINFRA212_at_the_default()
    {
        var spec = Mode("\"unitsNet\"").Replace(
            "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 },",
            "\"slots\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 64 },\n        \"budget\": { \"type\": \"quantity\", \"quantity\": \"Power\", \"unit\": \"kW\", \"default\": \"1E+30 kW\" },",
            StringComparison.Ordinal);
        var d = Single(Diagnostics(spec), "AIINFRA212", 13, 86, "\"1E+30 kW\"");
        Assert.Contains("cannot become a UnitsNet.Power unchanged", Message(d), StringComparison.Ordinal);
        Assert.Empty(Diagnostics(spec.Replace("\"unitsNet\"", "\"aiInfra\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_catalogue_figure_a_decimal_backed_UnitsNet_quantity_cannot_hold_is_AIINFRA302_at_the_value()
    {
        var spec = Mode("\"unitsNet\"");
        var catalog = ValidCatalog.Replace("\"peakPower\": { \"value\": \"130 kW\"", "\"peakPower\": { \"value\": \"1E-29 kW\"", StringComparison.Ordinal);
        var d = Single(Diagnostics(spec, catalog: catalog), "AIINFRA302", 5, 99, "\"1E-29 kW\"", CatalogPath);
        Assert.Contains("value.range", Message(d), StringComparison.Ordinal);
        Assert.Empty(Diagnostics(spec.Replace("\"unitsNet\"", "\"aiInfra\"", StringComparison.Ordinal), catalog: catalog));
    }
}
