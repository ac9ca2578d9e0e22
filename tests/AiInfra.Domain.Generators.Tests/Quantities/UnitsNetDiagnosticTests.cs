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

    /// <summary>Asserts that <paramref name="text"/> has one diagnostic, <paramref name="id"/>, covering exactly the first <paramref name="covered"/> (after <paramref name="after"/> if given).</summary>
    private static void AssertOne(string text, string id, string covered, string? after = null, bool withUnitsNet = true, string? messagePart = null)
    {
        var (line, column) = Find(text, covered, after);
        var d = Single(Check(text, withUnitsNet), id, line, column, covered);
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

    /// <summary>
    /// One mistake in <see cref="Mapped"/>, <paramref name="find"/> written as <paramref name="replace"/>, on a compilation
    /// with UnitsNet or without: exactly one diagnostic, <paramref name="id"/>, covering exactly the first
    /// <paramref name="covered"/> (after <paramref name="after"/> if given), with <paramref name="messagePart"/> in its
    /// message if given. A row's <paramref name="mistake"/> says what it checks and starts with the id it expects.
    /// </summary>
    [Theory]
    [InlineData("AIINFRA113 a unit of a mapped quantity that says nothing is reported at its name", ", \"unitsNet\": \"Foot\"", "", "AIINFRA113", "\"Foot\"", null, false, "The unit 'Foot' does not say what it is in UnitsNet's Length")]
    [InlineData("AIINFRA113 two units that map to one UnitsNet unit are reported at the second", "\"unitsNet\": \"Foot\"", "\"unitsNet\": \"Meter\"", "AIINFRA113", "\"Meter\"", "\"Foot\"", false, "'Meter' and 'Foot' both map to UnitsNet's LengthUnit.Meter")]
    [InlineData("AIINFRA113 a via that no unit maps to is reported at the via", "\"via\": \"Meter\"", "\"via\": \"Yard\"", "AIINFRA113", "\"Yard\"", null, false, "no unit of 'Widget' maps to; name one of: Foot, Kilometer, Meter")]
    [InlineData("AIINFRA113 none without via is reported at the object", ", \"via\": \"Meter\" }", " }", "AIINFRA113", "{ \"none\": \"UnitsNet has no span.\" }", null, false, "needs \"via\"")]
    [InlineData("AIINFRA113 unit and none together are reported at the object", "{ \"none\": \"UnitsNet has no span.\", \"via\": \"Meter\" }", "{ \"unit\": \"Meter\", \"none\": \"why\" }", "AIINFRA113", "{ \"unit\": \"Meter\", \"none\": \"why\" }", null, false, "either \"unit\"")]
    [InlineData("AIINFRA113 an empty reason is reported at it", "\"UnitsNet has no span.\"", "\" \"", "AIINFRA113", "\" \"", null, false, "may not be empty")]
    [InlineData("AIINFRA113 a prefix override for a prefix the unit lacks is reported at its key", "\"unitsNet\": \"Meter\" }", "\"unitsNet\": { \"unit\": \"Meter\", \"prefixes\": { \"Mega\": \"Megameter\" } } }", "AIINFRA113", "\"Mega\"", null, false, "not one of this unit's prefixes (Kilo)")]
    [InlineData("AIINFRA005 a declaration of the wrong JSON type is reported at the value", "\"unitsNet\": \"Length\"", "\"unitsNet\": 5", "AIINFRA005", "5", null, false, null)]
    [InlineData("AIINFRA114 an unknown quantity is reported at its name with the closest name", "\"unitsNet\": \"Length\"", "\"unitsNet\": \"Lenght\"", "AIINFRA114", "\"Lenght\"", null, true, "The referenced UnitsNet has no quantity 'Lenght'; did you mean 'Length'?")]
    [InlineData("AIINFRA114 an unknown unit is reported at its name", "\"unitsNet\": \"Foot\"", "\"unitsNet\": \"Feet\"", "AIINFRA114", "\"Feet\"", "\"ft\"", true, "UnitsNet's LengthUnit has no member 'Feet' (for the unit 'Foot'); did you mean 'Foot'?")]
    [InlineData("AIINFRA114 a prefixed name UnitsNet lacks is reported at the prefix", "\"factor\": 0.3048, \"unitsNet\"", "\"factor\": 0.3048, \"prefixes\": [\"Mega\"], \"unitsNet\"", "AIINFRA114", "\"Mega\"", "\"Foot\"", true, "no member 'Megafoot' (for the unit 'Megafoot')")]
    public void A_mistake_is_reported_once_at_its_exact_span(string mistake, string find, string replace, string id, string covered, string? after, bool withUnitsNet, string? messagePart)
    {
        Assert.StartsWith(id + " ", mistake, StringComparison.Ordinal);
        AssertOne(Mapped.Replace(find, replace, StringComparison.Ordinal), id, covered, after, withUnitsNet, messagePart);
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
