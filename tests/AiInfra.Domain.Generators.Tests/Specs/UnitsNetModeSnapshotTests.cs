using Snapshooter;
using Snapshooter.Xunit;

namespace AiInfra.Domain.Generators.Tests.Specs;

/// <summary>
/// The generated source for a spec in <c>"quantityTypes": "unitsNet"</c> mode (the runtime tests' UnitsNetMode.spec.json:
/// UnitsNet-typed quantities, decimal- and double-backed, with bounds, a default, a figure, a list of figures, a map, an
/// atLeastProperty rule, a unit UnitsNet lacks, and a quantity UnitsNet lacks) and for a catalogue of it, compiled with
/// a reference to UnitsNet, one snapshot per generated file. SpecCompileTests compiles the same output against the library.
/// </summary>
public class UnitsNetModeSnapshotTests
{
    private static readonly Lazy<GeneratorRun> s_run = new(() => SpecInputs.Run(SpecInputs.UnitsNetSample(), SpecInputs.WithUnitsNet()));

    /// <summary>Every file the spec and its catalogue generate, which is also every snapshot of this class.</summary>
    private static readonly string[] s_hintNames =
    [
        "Specs.AiInfra.Domain.Tests.Specs.UnitsNetMode.UnitsNetPowerFeed.g.cs",
        "Specs.AiInfra.Domain.Tests.Specs.UnitsNetMode.UnitsNetRackLoad.g.cs",
        "Specs.Registration.g.cs",
        "Catalog.rack-loads.g.cs",
        "CatalogData.AiInfra.Domain.Tests.Specs.UnitsNetMode.g.cs",
    ];

    public static TheoryData<string> HintNames { get; } = new(s_hintNames);

    [Fact]
    public void The_spec_generates_exactly_these_files_without_diagnostics()
    {
        var run = s_run.Value;
        Assert.True(run.Diagnostics.IsEmpty, SpecInputs.Describe(run.Diagnostics));
        Assert.Equal(s_hintNames.Order(StringComparer.Ordinal), run.Sources.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(HintNames))]
    public void Generated_source(string hintName)
    {
        Snapshot.Match(s_run.Value.Sources[hintName], new SnapshotNameExtension(hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void Properties_have_UnitsNet_types_where_UnitsNet_has_the_quantity()
    {
        var record = s_run.Value.Sources["Specs.AiInfra.Domain.Tests.Specs.UnitsNetMode.UnitsNetRackLoad.g.cs"];
        Assert.Contains("public required global::UnitsNet.Power ItPower { get; init; }", record, StringComparison.Ordinal);
        Assert.Contains("public global::AiInfra.Domain.Provenance.Figure<global::UnitsNet.Power>? Tdp { get => _tdpFigure?.Value; init => _tdpFigure = value is { } figure ? new(figure) : null; }", record, StringComparison.Ordinal);
        Assert.Contains("public global::UnitsNet.Temperature InletTemperature { get; init; } = global::AiInfra.Domain.Quantities.Temperature.From(25.0d, global::AiInfra.Domain.Quantities.Units.TemperatureUnit.DegreeCelsius).ToUnitsNet();", record, StringComparison.Ordinal);
        Assert.Contains("public global::UnitsNet.HeatFlux? HeatFlux { get; init; }", record, StringComparison.Ordinal);
        Assert.Contains("public global::AiInfra.Domain.Quantities.ComputeThroughput? PeakCompute { get; init; }", record, StringComparison.Ordinal);
        Assert.Contains("global::System.Collections.Generic.IReadOnlyList<global::AiInfra.Domain.Provenance.Figure<global::UnitsNet.Power>> Readings", record, StringComparison.Ordinal);
        Assert.DoesNotContain("UnitsNet.Power.Parse", s_run.Value.Sources["Specs.AiInfra.Domain.Tests.Specs.UnitsNetMode.UnitsNetRackLoad.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_is_the_one_the_same_spec_in_the_default_mode_generates()
    {
        var spec = SpecInputs.Read(SpecInputs.UnitsNetMode);
        var aiInfra = SpecInputs.Run(GeneratorHarness.Files((SpecInputs.PathOf(SpecInputs.UnitsNetMode), spec.Replace("\"quantityTypes\": \"unitsNet\",", string.Empty, StringComparison.Ordinal))), SpecInputs.WithUnitsNet());
        Assert.True(aiInfra.Diagnostics.IsEmpty, SpecInputs.Describe(aiInfra.Diagnostics));
        const string file = "Specs.AiInfra.Domain.Tests.Specs.UnitsNetMode.UnitsNetRackLoad.g.cs";
        Assert.Equal(SchemaText(aiInfra.Sources[file]), SchemaText(s_run.Value.Sources[file]));
        Assert.DoesNotContain("global::UnitsNet.", aiInfra.Sources["Specs.AiInfra.Domain.Tests.Specs.UnitsNetMode.UnitsNetRackLoad.g.cs"], StringComparison.Ordinal);
    }

    /// <summary>The line of an entity's generated file that holds its JSON Schema.</summary>
    private static string SchemaText(string source) =>
        Assert.Single(source.Split('\n'), line => line.TrimStart().StartsWith("private const string SchemaText = ", StringComparison.Ordinal));
}
