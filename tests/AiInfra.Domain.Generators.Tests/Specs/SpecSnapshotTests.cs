using Snapshooter;
using Snapshooter.Xunit;

namespace AiInfra.Domain.Generators.Tests.Specs;

/// <summary>
/// The generated source for a representative spec (samples/CustomSpec/BatteryStorage.spec.json: an enum with a
/// deprecated value, quantities with bounds in other units and a default, a date, an integer, a list of nested
/// entities, a list of unique strings and a map keyed by the enum) and for a catalogue of it, one snapshot per
/// generated file under __snapshots__. A change to an emitter shows up here as a diff to review; accept it by deleting
/// the snapshot and running the tests once.
/// </summary>
public class SpecSnapshotTests
{
    private static readonly Lazy<GeneratorRun> s_run = new(() => SpecInputs.Run(SpecInputs.Sample()));

    /// <summary>Every file the sample generates, which is also every snapshot of this class.</summary>
    private static readonly string[] s_hintNames =
    [
        "Specs.CustomSpec.Storage.BatteryChemistry.g.cs",
        "Specs.CustomSpec.Storage.BatteryModule.g.cs",
        "Specs.CustomSpec.Storage.BatteryStorageUnit.g.cs",
        "Specs.Registration.g.cs",
        "Catalog.batteries.g.cs",
        "CatalogData.CustomSpec.Storage.g.cs",
    ];

    public static TheoryData<string> HintNames { get; } = new(s_hintNames);

    [Fact]
    public void The_sample_generates_exactly_these_files_without_diagnostics()
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
    public void The_catalogue_summary_links_to_its_entity()
    {
        // Not the escaped text "&lt;see cref=...&gt;", which an IDE would show as it is.
        Assert.Contains(
            "/// Example battery systems. 2 entries of <see cref=\"global::CustomSpec.Storage.BatteryStorageUnit\"/>, from batteries.catalog.json.",
            s_run.Value.Sources["Catalog.batteries.g.cs"],
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_does_not_depend_on_the_order_of_the_files()
    {
        var reversed = SpecInputs.Run(SpecInputs.All().Reverse());
        var forward = SpecInputs.Run(SpecInputs.All());
        Assert.True(forward.Diagnostics.IsEmpty, SpecInputs.Describe(forward.Diagnostics));
        Assert.Equal(forward.Sources.Keys.Order(StringComparer.Ordinal), reversed.Sources.Keys.Order(StringComparer.Ordinal));
        foreach (var (hint, text) in forward.Sources)
        {
            Assert.Equal(text, reversed.Sources[hint]);
        }
    }
}
