using static AiInfra.Domain.Generators.Tests.DiagnosticAssert;

namespace AiInfra.Domain.Generators.Tests.Diagnostics;

/// <summary>The "displayUnits" key of a quantity definition: names and abbreviations accepted, mistakes located.</summary>
public class DisplayUnitsDiagnosticTests
{
    private static string WithDisplayUnits(string value) =>
        ValidWidget.Replace("  \"baseUnit\"", "  \"displayUnits\": " + value + ",\n  \"baseUnit\"", StringComparison.Ordinal);

    [Theory]
    [InlineData("[\"m\", \"km\"]")]
    [InlineData("[\"Meter\", \"Kilometer\"]")]
    [InlineData("[[\"m\", \"km\"], [\"ft\"]]")]
    public void Units_by_abbreviation_or_name_in_one_scale_or_several_are_accepted(string value) =>
        Assert.Empty(RunQuantity(WithDisplayUnits(value)));

    [Fact]
    public void An_unknown_display_unit_is_reported_where_it_is_written_with_the_units()
    {
        var text = WithDisplayUnits("[\"m\", \"mi\"]");
        var d = Single(RunQuantity(text), "AIINFRA203", line: 4, column: 24);
        Assert.Equal("\"mi\"", Covered(d, text));
        Assert.Contains("m, km, ft", Message(d));
    }

    [Fact]
    public void A_scale_that_is_not_a_list_of_units_is_reported()
    {
        var text = WithDisplayUnits("[[\"m\"], 3]");
        var d = Single(RunQuantity(text), "AIINFRA005", line: 4, column: 26);
        Assert.Equal("3", Covered(d, text));
    }
}
