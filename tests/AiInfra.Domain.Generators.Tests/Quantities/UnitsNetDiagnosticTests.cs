using AiInfra.Domain.Generators.Quantities;
using static AiInfra.Domain.Generators.Tests.DiagnosticAssert;

namespace AiInfra.Domain.Generators.Tests.Diagnostics;

/// <summary>
/// AIINFRA113 (a malformed UnitsNet declaration, checked in every compilation) and AIINFRA114 (a name the referenced
/// UnitsNet does not have, or marks obsolete, checked only when the compilation references UnitsNet), each at the exact
/// span of the mistake. The files are variants of <see cref="Mapped"/>, a length quantity mapped to UnitsNet.Length.
/// </summary>
public class UnitsNetDiagnosticTests
{
    private const string Mapped = """
        {
          "name": "Widget",
          "description": "A test quantity.",
          "dimensions": { "length": 1 },
          "baseUnit": "Meter",
          "unitsNet": "Length",
          "units": [
            { "singular": "Meter", "plural": "Meters", "abbreviations": ["m"], "factor": 1, "prefixes": ["Kilo"], "unitsNet": "Meter" },
            { "singular": "Foot", "plural": "Feet", "abbreviations": ["ft"], "factor": 0.3048, "unitsNet": "Foot" },
            { "singular": "Span", "plural": "Spans", "abbreviations": ["sp"], "factor": 0.2286, "unitsNet": { "none": "UnitsNet has no span.", "via": "Meter" } }
          ]
        }
        """;

    private static GeneratorDiagnostics Check(string text, bool withUnitsNet = true) =>
        withUnitsNet ? RunQuantitiesWithUnitsNet(("/specs/Widget.quantity.json", text)) : RunQuantity(text);

    private static void AssertOne(string text, string id, string covered, string? after = null, bool withUnitsNet = true, string? messagePart = null)
    {
        var diagnostics = Check(text, withUnitsNet);
        var (line, column) = Find(text, covered, after);
        var d = Single(diagnostics, id, line, column);
        Assert.Equal(covered, Covered(d, text));
        if (messagePart is not null)
        {
            Assert.Contains(messagePart, Message(d), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_valid_declaration_has_no_diagnostic(bool withUnitsNet)
    {
        Assert.Empty(Check(Mapped, withUnitsNet));
    }

    [Fact]
    public void A_valid_declaration_generates_the_conversions_only_when_UnitsNet_is_referenced()
    {
        var files = GeneratorHarness.Files(("/specs/Widget.quantity.json", Mapped));
        var with = GeneratorHarness.Run(new QuantityGenerator(), files, GeneratorHarness.CreateCompilation().AddReferences(GeneratorHarness.UnitsNetReference));
        var without = GeneratorHarness.Run(new QuantityGenerator(), files);
        var conversions = with.Sources["Quantities.Widget.UnitsNet.g.cs"];
        Assert.Contains("global::UnitsNet.Units.LengthUnit.Kilometer => new(value.Value, WidgetUnit.Kilometer)", conversions, StringComparison.Ordinal);
        Assert.Contains("case WidgetUnit.Span:", conversions, StringComparison.Ordinal);
        Assert.Contains("return As(WidgetUnit.Meter);", conversions, StringComparison.Ordinal);
        Assert.DoesNotContain(without.Sources.Keys, k => k.Contains("UnitsNet", StringComparison.Ordinal));

        // The JSON table of UnitsNet types names the library's internal types, so only the library, which declares the
        // factory that reads it, gets it; a user's compilation with its own mapped quantity does not.
        Assert.DoesNotContain(UnitsNetEmitter.TableHintName, with.Sources.Keys);
    }

    [Fact]
    public void AIINFRA113_a_unit_of_a_mapped_quantity_that_says_nothing_is_reported_at_its_name()
    {
        var text = Mapped.Replace(", \"unitsNet\": \"Foot\"", string.Empty, StringComparison.Ordinal);
        AssertOne(text, "AIINFRA113", "\"Foot\"", withUnitsNet: false, messagePart: "The unit 'Foot' does not say what it is in UnitsNet's Length");
    }

    [Fact]
    public void AIINFRA113_a_unit_that_names_a_UnitsNet_unit_when_its_quantity_names_none_is_reported_at_the_unit()
    {
        var text = Mapped.Replace("  \"unitsNet\": \"Length\",\n", string.Empty, StringComparison.Ordinal)
            .Replace(", \"unitsNet\": \"Meter\"", string.Empty, StringComparison.Ordinal)
            .Replace(", \"unitsNet\": { \"none\": \"UnitsNet has no span.\", \"via\": \"Meter\" }", string.Empty, StringComparison.Ordinal);
        AssertOne(text, "AIINFRA113", "\"Foot\"", after: "\"unitsNet\"", withUnitsNet: false, messagePart: "quantity 'Widget' says nothing about UnitsNet");
    }

    [Fact]
    public void AIINFRA113_two_units_that_map_to_one_UnitsNet_unit_are_reported_at_the_second()
    {
        var text = Mapped.Replace("\"unitsNet\": \"Foot\"", "\"unitsNet\": \"Meter\"", StringComparison.Ordinal);
        AssertOne(text, "AIINFRA113", "\"Meter\"", after: "\"Foot\"", withUnitsNet: false, messagePart: "'Meter' and 'Foot' both map to UnitsNet's LengthUnit.Meter");
    }

    [Fact]
    public void AIINFRA113_a_via_that_no_unit_maps_to_is_reported_at_the_via()
    {
        var text = Mapped.Replace("\"via\": \"Meter\"", "\"via\": \"Yard\"", StringComparison.Ordinal);
        AssertOne(text, "AIINFRA113", "\"Yard\"", withUnitsNet: false, messagePart: "no unit of 'Widget' maps to; name one of: Foot, Kilometer, Meter");
    }

    [Fact]
    public void AIINFRA113_none_without_via_is_reported_at_the_object()
    {
        var text = Mapped.Replace(", \"via\": \"Meter\" }", " }", StringComparison.Ordinal);
        AssertOne(text, "AIINFRA113", "{ \"none\": \"UnitsNet has no span.\" }", withUnitsNet: false, messagePart: "needs \"via\"");
    }

    [Fact]
    public void AIINFRA113_unit_and_none_together_are_reported_at_the_object()
    {
        var text = Mapped.Replace("{ \"none\": \"UnitsNet has no span.\", \"via\": \"Meter\" }", "{ \"unit\": \"Meter\", \"none\": \"why\" }", StringComparison.Ordinal);
        AssertOne(text, "AIINFRA113", "{ \"unit\": \"Meter\", \"none\": \"why\" }", withUnitsNet: false, messagePart: "either \"unit\"");
    }

    [Fact]
    public void AIINFRA113_an_empty_reason_is_reported_at_it()
    {
        var text = Mapped.Replace("\"UnitsNet has no span.\"", "\" \"", StringComparison.Ordinal);
        AssertOne(text, "AIINFRA113", "\" \"", withUnitsNet: false, messagePart: "may not be empty");
    }

    [Fact]
    public void AIINFRA113_a_prefix_override_for_a_prefix_the_unit_lacks_is_reported_at_its_key()
    {
        var text = Mapped.Replace("\"unitsNet\": \"Meter\" }", "\"unitsNet\": { \"unit\": \"Meter\", \"prefixes\": { \"Mega\": \"Megameter\" } } }", StringComparison.Ordinal);
        AssertOne(text, "AIINFRA113", "\"Mega\"", withUnitsNet: false, messagePart: "not one of this unit's prefixes (Kilo)");
    }

    [Fact]
    public void AIINFRA005_a_declaration_of_the_wrong_JSON_type_is_reported_at_the_value()
    {
        var text = Mapped.Replace("\"unitsNet\": \"Length\"", "\"unitsNet\": 5", StringComparison.Ordinal);
        AssertOne(text, "AIINFRA005", "5", withUnitsNet: false);
    }

    [Fact]
    public void AIINFRA114_an_unknown_quantity_is_reported_at_its_name_with_the_closest_name()
    {
        var text = Mapped.Replace("\"unitsNet\": \"Length\"", "\"unitsNet\": \"Lenght\"", StringComparison.Ordinal);
        AssertOne(text, "AIINFRA114", "\"Lenght\"", messagePart: "The referenced UnitsNet has no quantity 'Lenght'; did you mean 'Length'?");
    }

    [Fact]
    public void AIINFRA114_an_unknown_unit_is_reported_at_its_name()
    {
        var text = Mapped.Replace("\"unitsNet\": \"Foot\"", "\"unitsNet\": \"Feet\"", StringComparison.Ordinal);
        AssertOne(text, "AIINFRA114", "\"Feet\"", after: "\"ft\"", messagePart: "UnitsNet's LengthUnit has no member 'Feet' (for the unit 'Foot'); did you mean 'Foot'?");
    }

    [Fact]
    public void AIINFRA114_a_prefixed_name_UnitsNet_lacks_is_reported_at_the_prefix()
    {
        var text = Mapped.Replace("\"factor\": 0.3048, \"unitsNet\"", "\"factor\": 0.3048, \"prefixes\": [\"Mega\"], \"unitsNet\"", StringComparison.Ordinal);
        AssertOne(text, "AIINFRA114", "\"Mega\"", after: "\"Foot\"", messagePart: "no member 'Megafoot' (for the unit 'Megafoot')");
    }

    [Fact]
    public void AIINFRA114_an_obsolete_quantity_is_reported_with_UnitsNets_reason()
    {
        var text = Mapped.Replace("\"unitsNet\": \"Length\"", "\"unitsNet\": \"ApparentPower\"", StringComparison.Ordinal)
            .Replace("\"Meter\"", "\"Voltampere\"", StringComparison.Ordinal)
            .Replace("\"unitsNet\": \"Foot\"", "\"unitsNet\": \"Kilovoltampere\"", StringComparison.Ordinal)
            .Replace("\"prefixes\": [\"Kilo\"], ", string.Empty, StringComparison.Ordinal);
        var diagnostics = Check(text);
        var d = Assert.Single(diagnostics);
        Assert.Equal("AIINFRA114", d.Id);
        Assert.Equal("\"ApparentPower\"", Covered(d, text));
        Assert.Contains("UnitsNet marks its quantity 'ApparentPower' obsolete: ApparentPower has been renamed to ElectricApparentPower", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void AIINFRA114_is_not_reported_and_nothing_is_generated_without_UnitsNet()
    {
        var text = Mapped.Replace("\"unitsNet\": \"Length\"", "\"unitsNet\": \"Lenght\"", StringComparison.Ordinal);
        Assert.Empty(Check(text, withUnitsNet: false));
    }

    [Fact]
    public void A_quantity_with_a_wrong_name_gets_no_conversions_and_the_rest_still_compiles()
    {
        var text = Mapped.Replace("\"unitsNet\": \"Foot\"", "\"unitsNet\": \"Feet\"", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(new QuantityGenerator(), GeneratorHarness.Files(("/specs/Widget.quantity.json", text)), GeneratorHarness.CreateCompilation().AddReferences(GeneratorHarness.UnitsNetReference));
        Assert.Equal("AIINFRA114", Assert.Single(run.Diagnostics).Id);
        Assert.DoesNotContain("Quantities.Widget.UnitsNet.g.cs", run.Sources.Keys);
        Assert.Contains("Quantities.Widget.g.cs", run.Sources.Keys);
    }
}
