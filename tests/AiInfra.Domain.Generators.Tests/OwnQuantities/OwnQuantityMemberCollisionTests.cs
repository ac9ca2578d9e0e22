using AiInfra.Domain.Generators.Quantities;
using Microsoft.CodeAnalysis;
using static AiInfra.Domain.Generators.Tests.DiagnosticAssert;

namespace AiInfra.Domain.Generators.Tests.OwnQuantities;

/// <summary>
/// Names in a project's quantity files that would make the generated code collide with itself: a unit whose plural
/// names a member the struct has anyway (<c>Value</c>, <c>ToString</c>, the quantity's own name), or another unit's
/// property or factory, and a quantity named as another's unit enum. Each is reported at the name (AIINFRA122) and the
/// quantity is not generated, instead of a compiler error inside a generated file; near misses compile.
/// </summary>
public class OwnQuantityMemberCollisionTests
{
    private const string Path = "/repo/consumer/Widget.quantity.json";

    /// <summary>
    /// <see cref="OwnQuantityDiagnosticTests.Widget"/> with a second unit, "Other", on its own line (zero-based 7), whose
    /// plural starts at column 44; its first unit keeps its prefix (MillimetersPerSecond).
    /// </summary>
    private static readonly string Template = OwnQuantityDiagnosticTests.Widget.Replace(
        "\"prefixes\": [\"Milli\"] } ]",
        "\"prefixes\": [\"Milli\"] },\n           { \"singular\": \"Other\", \"plural\": \"PLURAL\", \"abbreviations\": [\"zz\"], \"factor\": 2 } ]",
        StringComparison.Ordinal);

    private const int PluralLine = 7;
    private const int PluralColumn = 44;

    private static string WithPlural(string plural) => Template.Replace("PLURAL", plural, StringComparison.Ordinal);

    [Theory]
    [InlineData("Value", "the generated member 'Value'")]
    [InlineData("Unit", "the generated member 'Unit'")]
    [InlineData("Zero", "the generated member 'Zero'")]
    [InlineData("Info", "the generated member 'Info'")]
    [InlineData("BaseValue", "the generated member 'BaseValue'")]
    [InlineData("Parse", "the generated member 'Parse'")]
    [InlineData("InvalidArguments", "the generated member 'InvalidArguments'")]
    [InlineData("ToString", "the generated member 'ToString'")]
    [InlineData("Equals", "the generated member 'Equals'")]
    [InlineData("GetType", "the generated member 'GetType'")]
    [InlineData("UnitsNet", "the generated member 'FromUnitsNet' (its factory)")]
    [InlineData("Widget", "the quantity's own name")]
    [InlineData("FromMetersPerSecond", "the factory of unit 'MeterPerSecond'")]
    [InlineData("MetersPerSecond", "the plural of another unit")]
    [InlineData("Math", "the type or namespace Math that the code inside the struct names without its namespace")]
    [InlineData("QuantityInfo", "the generated member 'QuantityInfo'")]
    [InlineData("CultureInfo", "the type or namespace CultureInfo that the code inside the struct names without its namespace")]
    [InlineData("WidgetUnit", "the quantity's unit enum")]
    public void AIINFRA122_a_plural_whose_members_collide_at_the_plural(string plural, string collision)
    {
        var files = GeneratorHarness.Files((Path, WithPlural(plural)));
        var run = OwnQuantityProject.Run(files);
        var d = Single(Of(run, files), "AIINFRA122", line: PluralLine, column: PluralColumn, covered: $"\"{plural}\"", path: Path);
        Assert.Contains($"'{plural}'", Message(d), StringComparison.Ordinal);
        Assert.Contains("cannot be the plural of unit 'Other': the members named after it would collide with", Message(d), StringComparison.Ordinal);
        Assert.Contains(collision, Message(d), StringComparison.Ordinal);
        Assert.DoesNotContain("Quantities.Widget.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void AIINFRA122_a_prefixed_unit_whose_plural_another_unit_has_at_the_prefix()
    {
        var text = Template
            .Replace("[\"Milli\"]", "[\"Milli\", \"Kilo\"]", StringComparison.Ordinal)
            .Replace("PLURAL", "KilometersPerSecond", StringComparison.Ordinal);
        var files = GeneratorHarness.Files((Path, text));
        var run = OwnQuantityProject.Run(files);
        var d = Single(Of(run, files), "AIINFRA122", line: PluralLine, column: PluralColumn, covered: "\"KilometersPerSecond\"", path: Path);
        Assert.Contains("the plural of another unit", Message(d), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Values")]
    [InlineData("Units")]
    [InlineData("Infos")]
    [InlineData("Widgets")]
    [InlineData("Froms")]
    [InlineData("FromOthers")]
    [InlineData("Fixed")]
    [InlineData("Doubles")]
    public void A_plural_near_a_taken_name_is_generated_and_compiles(string plural)
    {
        var files = GeneratorHarness.Files((Path, WithPlural(plural)));
        var run = GeneratesAndCompiles(files);
        Assert.Contains($"public static Widget {QuantityMembers.Factory(plural)}(double ", run.Sources["Quantities.Widget.g.cs"], StringComparison.Ordinal);
    }

    /// <summary>The property of a plural "Gadgets" would hide the quantity Gadgets of the namespace from Widget's operators with it.</summary>
    [Fact]
    public void AIINFRA122_a_plural_naming_another_quantity_of_the_namespace_at_the_quantitys_name()
    {
        const string GadgetPath = "/repo/consumer/Gadget.quantity.json";
        var gadget = WithPlural("Others").Replace("\"Widget\"", "\"Gadgets\"", StringComparison.Ordinal);
        const string RelationsPath = "/repo/consumer/Widget.relations.json";
        const string Relations = """{ "relations": ["Gadgets = Widget * Ratio"] }""";
        var files = GeneratorHarness.Files((Path, WithPlural("Gadgets")), (GadgetPath, gadget), (RelationsPath, Relations));
        var run = OwnQuantityProject.Run(files);
        var d = Contains(Of(run, files), "AIINFRA122", line: 1, column: 10, covered: "\"Widget\"", path: Path);
        Assert.Contains("'Gadgets' cannot be the plural of unit 'Other' of quantity 'Widget': quantity 'Gadgets' of namespace Contoso.Widgets has that name", Message(d), StringComparison.Ordinal);
        Assert.DoesNotContain("Quantities.Widget.g.cs", run.Sources.Keys);
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(e => e.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void AIINFRA122_a_quantity_named_as_its_namespaces_first_identifier_at_the_name()
    {
        var files = GeneratorHarness.Files((Path, WithPlural("Others").Replace("\"Widget\"", "\"Contoso\"", StringComparison.Ordinal)));
        var run = OwnQuantityProject.Run(files);
        var d = Single(Of(run, files), "AIINFRA122", line: 1, column: 10, covered: "\"Contoso\"", path: Path);
        Assert.Contains("it would hide the namespace Contoso", Message(d), StringComparison.Ordinal);
        Assert.DoesNotContain("Quantities.Contoso.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void A_quantity_named_as_a_later_identifier_of_its_namespace_compiles()
    {
        var files = GeneratorHarness.Files((Path, WithPlural("Others").Replace("\"Widget\"", "\"Widgets\"", StringComparison.Ordinal)));
        GeneratesAndCompiles(files);
    }

    /// <summary>The generated code names <c>Func&lt;TSource, TResult&gt;</c> unqualified; a quantity (never generic) does not hide it.</summary>
    [Fact]
    public void A_quantity_named_as_a_generic_type_the_generated_code_uses_compiles()
    {
        var files = GeneratorHarness.Files((Path, WithPlural("Others").Replace("\"Widget\"", "\"Func\"", StringComparison.Ordinal)));
        GeneratesAndCompiles(files);
    }

    [Fact]
    public void AIINFRA122_a_quantity_named_as_another_quantitys_unit_enum_in_its_namespace_at_the_name()
    {
        const string UnitPath = "/repo/consumer/WidgetUnit.quantity.json";
        var files = GeneratorHarness.Files((Path, WithPlural("Others")), (UnitPath, WithPlural("Others").Replace("\"Widget\"", "\"WidgetUnit\"", StringComparison.Ordinal)));
        var run = OwnQuantityProject.Run(files);
        var d = Single(Of(run, files), "AIINFRA122", line: 1, column: 10, covered: "\"WidgetUnit\"", path: UnitPath);
        Assert.Contains("the unit enum of quantity 'Widget'", Message(d), StringComparison.Ordinal);
        Assert.Contains("Quantities.Widget.g.cs", run.Sources.Keys);
        Assert.DoesNotContain("Quantities.WidgetUnit.g.cs", run.Sources.Keys);
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(e => e.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_quantity_named_as_another_quantitys_unit_enum_in_another_namespace_compiles()
    {
        const string UnitPath = "/repo/consumer/WidgetUnit.quantity.json";
        var other = WithPlural("Others")
            .Replace("\"Widget\"", "\"WidgetUnit\"", StringComparison.Ordinal)
            .Replace("\"Contoso.Widgets\"", "\"Contoso.Gadgets\"", StringComparison.Ordinal);
        var files = GeneratorHarness.Files((Path, WithPlural("Others")), (UnitPath, other));
        GeneratesAndCompiles(files);
    }

    /// <summary>Runs the generators on <paramref name="files"/>, requires no diagnostic and an output that compiles with no error or warning.</summary>
    private static GeneratorRun GeneratesAndCompiles(AdditionalText[] files)
    {
        var run = OwnQuantityProject.Run(files);
        Assert.Empty(run.Diagnostics);
        var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return run;
    }
}
