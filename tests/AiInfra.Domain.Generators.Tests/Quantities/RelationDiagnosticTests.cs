using static AiInfra.Domain.Generators.Tests.DiagnosticAssert;

namespace AiInfra.Domain.Generators.Tests.Diagnostics;

/// <summary>
/// AIINFRA107-111 as they apply to relations files, each at the zero-based line and column of the relation at fault.
/// The relations file is written as
/// <code>
/// 0 {
/// 1   "relations": [
/// 2     "first relation",
/// 3     "second relation"
/// 4   ]
/// 5 }
/// </code>
/// over the quantities Length, Area, Duration, Speed and the affine Heat with its HeatDelta.
/// </summary>
public class RelationDiagnosticTests
{
    private const string RelationsPath = "/specs/Test.relations.json";

    [Fact]
    public void Valid_relations_have_no_diagnostic()
    {
        Assert.Empty(RunRelations("Area = Length * Length", "Length = Speed * Duration"));
        Assert.Empty(RunRelations("Speed = Length / Duration", " Area=Length*Length "));
    }

    [Theory]
    [InlineData("Area = Length + Length")]
    [InlineData("Area = Length * Length * Length")]
    [InlineData("Area = Length * Length / Length")]
    [InlineData("Area == Length * Length")]
    [InlineData("Area = Length Length")]
    [InlineData("= Length * Length")]
    [InlineData("Area = * Length")]
    [InlineData("Area = length * Length")]
    [InlineData("Area = Length * 2")]
    [InlineData("Area")]
    [InlineData("")]
    public void AIINFRA107_a_relation_that_is_not_a_product_or_a_quotient(string relation)
    {
        var d = Single(RunRelations("Length = Speed * Duration", relation), "AIINFRA107", line: 3, column: 4, path: RelationsPath);
        Assert.Equal($"'{relation}' is not a relation; write 'Result = Left * Right' or 'Result = Left / Right'", Message(d));
    }

    [Fact]
    public void AIINFRA005_a_relation_that_is_not_a_string()
    {
        var text = "{\n  \"relations\": [\n    \"Area = Length * Length\",\n    42\n  ]\n}";
        Single(RunQuantities(QuantityFiles().Append((RelationsPath, text)).ToArray()), "AIINFRA005", line: 3, column: 4, path: RelationsPath);
    }

    [Fact]
    public void AIINFRA108_a_relation_naming_an_unknown_quantity()
    {
        var d = Single(RunRelations("Length = Speed * Duration", "Area = Length * Lenght"), "AIINFRA108", line: 3, column: 4, path: RelationsPath);
        Assert.Equal("Unknown quantity 'Lenght'; known quantities: Area, Duration, Heat, HeatDelta, Length, Ratio, Speed", Message(d));
    }

    [Fact]
    public void AIINFRA108_each_unknown_quantity_is_named_once()
    {
        var diagnostics = RunRelations("Volume = Area * Depth", "Volume = Depth * Depth");
        Assert.Equal(4, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("AIINFRA108", d.Id));
        Assert.Equal(2, diagnostics.Count(d => d.Location.GetLineSpan().StartLinePosition.Line == 3));
    }

    [Fact]
    public void AIINFRA108_a_relation_to_a_quantity_whose_file_is_broken()
    {
        // Area's file is malformed, so Area is unknown to the relations: both are reported, each where it is wrong.
        var files = QuantityFiles().Select(f => f.Path.EndsWith("Area.quantity.json", StringComparison.Ordinal) ? (f.Path, f.Text[..12]) : f)
            .Append((RelationsPath, Relations("Length = Speed * Duration", "Area = Length * Length")))
            .ToArray();
        var diagnostics = RunQuantities(files);
        Contains(diagnostics, "AIINFRA001", line: 1, column: 10, path: "/specs/Area.quantity.json");
        Contains(diagnostics, "AIINFRA108", line: 3, column: 4, path: RelationsPath);
    }

    [Theory]
    [InlineData("Area = Length * Duration", "length\u00B7time", "length^2")]
    [InlineData("Speed = Length * Duration", "length\u00B7time", "length\u00B7time^-1")]
    [InlineData("Duration = Length / Speed", "length", "length")]
    [InlineData("Length = Area / Speed", "length\u00B7time", "length")]
    [InlineData("Speed = Area / Duration", "length^2\u00B7time^-1", "length\u00B7time^-1")]
    public void AIINFRA109_a_relation_whose_dimensions_do_not_match(string relation, string right, string result)
    {
        var diagnostics = RunRelations("Area = Length * Length", relation);
        if (right == result)
        {
            // Duration = Length / Speed is Length = Duration * Speed: consistent.
            Assert.Empty(diagnostics);
            return;
        }

        var d = Single(diagnostics, "AIINFRA109", line: 3, column: 4, path: RelationsPath);
        Assert.Contains($"the right side has dimension {right}, the result {result}", Message(d));
    }

    [Fact]
    public void AIINFRA110_the_same_relation_twice_is_reported_at_the_second()
    {
        var diagnostics = RunRelations("Area = Length * Length", "Area = Length * Length");
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => At(diagnostics, d, "AIINFRA110", line: 3, column: 4, path: RelationsPath));
        Assert.Contains(diagnostics, d => Message(d) == "The operator Length * Length is declared by more than one relation");
        Assert.Contains(diagnostics, d => Message(d) == "The operator Area / Length is declared by more than one relation");
    }

    [Fact]
    public void AIINFRA110_a_relation_written_the_other_way_round_is_the_same_relation()
    {
        var diagnostics = RunRelations("Length = Speed * Duration", "Speed = Length / Duration");
        Assert.Equal(4, diagnostics.Count);
        Assert.All(diagnostics, d => At(diagnostics, d, "AIINFRA110", line: 3, column: 4, path: RelationsPath));
    }

    [Fact]
    public void AIINFRA110_a_relation_that_redeclares_the_built_in_quotient_of_a_quantity_by_itself()
    {
        // Length / Length is already a plain number (double), so "Length = Length * Ratio" cannot also make it a Ratio.
        var d = Single(RunRelations("Area = Length * Length", "Length = Length * Ratio"), "AIINFRA110", line: 3, column: 4, path: RelationsPath);
        Assert.Contains("Length / Length", Message(d));
    }

    [Fact]
    public void AIINFRA110_the_same_relation_in_two_files_is_reported_in_the_second_file()
    {
        var files = QuantityFiles()
            .Append(("/specs/A.relations.json", Relations("Area = Length * Length", "Length = Speed * Duration")))
            .Append(("/specs/B.relations.json", Relations("Duration = Length / Speed", "Area = Length * Length")))
            .ToArray();
        var diagnostics = RunQuantities(files);
        Assert.All(diagnostics, d => Assert.Equal("/specs/B.relations.json", d.Location.GetLineSpan().Path));
        Assert.Equal(4, diagnostics.Count(d => d.Location.GetLineSpan().StartLinePosition.Line == 2));
        Assert.Equal(2, diagnostics.Count(d => d.Location.GetLineSpan().StartLinePosition.Line == 3));
    }

    [Theory]
    [InlineData("HeatDelta = Heat * Length")]
    [InlineData("Heat = HeatDelta * Length")]
    [InlineData("Length = Heat / Heat")]
    public void AIINFRA111_a_relation_cannot_multiply_or_divide_points_on_a_scale(string relation)
    {
        var d = Single(RunRelations("Area = Length * Length", relation), "AIINFRA111", line: 3, column: 4, path: RelationsPath);
        Assert.Contains("uses an affine quantity", Message(d));
    }

    [Fact]
    public void Relations_without_any_quantity_report_every_name_as_unknown()
    {
        var diagnostics = RunQuantities((RelationsPath, Relations("Area = Length * Length", "Length = Speed * Duration")));
        Assert.Equal(5, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("AIINFRA108", d.Id));
        Assert.EndsWith("known quantities: ", Message(diagnostics[0]), StringComparison.Ordinal);
    }

    private static GeneratorDiagnostics RunRelations(string first, string second) =>
        RunQuantities(QuantityFiles().Append((RelationsPath, Relations(first, second))).ToArray());

    private static string Relations(string first, string second) =>
        "{\n  \"relations\": [\n    \"" + first + "\",\n    \"" + second + "\"\n  ]\n}";

    private static IEnumerable<(string Path, string Text)> QuantityFiles()
    {
        yield return Quantity("Length", "\"length\": 1", "Meter", "m");
        yield return Quantity("Area", "\"length\": 2", "SquareMeter", "m2");
        yield return Quantity("Duration", "\"time\": 1", "Second", "s");
        yield return Quantity("Speed", "\"length\": 1, \"time\": -1", "MeterPerSecond", "m/s");
        yield return Quantity("Ratio", string.Empty, "DecimalFraction", "x");
        yield return Quantity("HeatDelta", "\"temperature\": 1", "Kelvin", "K");
        yield return ("/specs/Heat.quantity.json", """
            {
              "name": "Heat",
              "description": "A point on a scale.",
              "dimensions": { "temperature": 1 },
              "baseUnit": "Kelvin",
              "differenceQuantity": "HeatDelta",
              "units": [ { "singular": "Kelvin", "plural": "Kelvins", "abbreviations": ["K"], "factor": 1 } ]
            }
            """);
    }

    private static (string Path, string Text) Quantity(string name, string dimensions, string unit, string abbreviation) =>
        ($"/specs/{name}.quantity.json", $$"""
            {
              "name": "{{name}}",
              "description": "A test quantity.",
              "dimensions": { {{dimensions}} },
              "baseUnit": "{{unit}}",
              "units": [ { "singular": "{{unit}}", "plural": "{{unit}}s", "abbreviations": ["{{abbreviation}}"], "factor": 1 } ]
            }
            """);
}
