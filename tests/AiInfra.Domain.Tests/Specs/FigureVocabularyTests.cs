using AiInfra.Domain.Provenance;
using AiInfra.Domain.Shared;

namespace AiInfra.Domain.Tests.Specs;

/// <summary>
/// One provenance model: <see cref="FigureBound"/> is the only bound enum, and <see cref="FigureVocabulary"/> (compiled
/// into the library and into the generator) the only table of its JSON names, which figures, competing values
/// (<see cref="ReportedFigure.Bound"/>) and schemas all use.
/// </summary>
public class FigureVocabularyTests
{
    [Fact]
    public void The_table_names_every_bound_once_in_member_order()
    {
        Assert.Equal(Enum.GetValues<FigureBound>(), FigureVocabulary.Bounds.Select(b => b.Bound));
        Assert.Equal(FigureVocabulary.Bounds.Count, FigureVocabulary.Bounds.Select(b => b.Json).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enum.GetValues<FigureBound>().Select((b, i) => i), Enum.GetValues<FigureBound>().Select(b => (int)b));
    }

    [Theory]
    [MemberData(nameof(Bounds))]
    public void A_competing_value_reads_and_writes_a_bound_as_a_figure_does(FigureBound bound)
    {
        var name = FigureVocabulary.BoundName(bound)!;
        Assert.True(FigureVocabulary.TryParseBound(name, out var parsed));
        Assert.Equal(bound, parsed);
        var reported = AiInfraJson.Deserialize<ReportedFigure>($$"""{"path":"/tdp","value":"700 W","bound":"{{name}}","source":"s001"}""");
        Assert.Equal(bound, reported.Bound);
        Assert.Contains($"\"bound\":\"{name}\"", AiInfraJson.Serialize(reported with { Bound = bound }), StringComparison.Ordinal);
    }

    [Fact]
    public void The_schemas_of_a_figure_and_a_competing_value_list_the_same_bounds()
    {
        var expected = FigureVocabulary.Bounds.Select(b => b.Json).ToArray();
        using var reported = System.Text.Json.JsonDocument.Parse(AiInfraSchemas.For<ReportedFigure>());
        var defs = reported.RootElement.GetProperty("$defs").GetProperty(nameof(FigureBound)).GetProperty("enum");
        Assert.Equal(expected, defs.EnumerateArray().Select(e => e.GetString()));
    }

    public static TheoryData<FigureBound> Bounds() => new(Enum.GetValues<FigureBound>());
}
