using AiInfra.Domain.Generators.Quantities;
using Snapshooter;
using Snapshooter.Xunit;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>
/// The generated source of representative inputs, compared with the snapshots under __snapshots__. A change to the
/// emitters shows up here as a diff to review; accept it by deleting the snapshot and running the tests once.
/// </summary>
public class GeneratedSourceSnapshotTests
{
    [Fact]
    public void Power_quantity()
    {
        var run = GeneratorHarness.Run(new QuantityGenerator(), [Definitions.Text("Power.quantity.json")]);
        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.Sources["Quantities.Power.g.cs"]);
    }

    [Fact]
    public void Operators_of_power_duration_and_energy()
    {
        var run = GeneratorHarness.Run(new QuantityGenerator(), SmallSet());
        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.Sources["QuantityOperators.g.cs"]);
    }

    [Fact]
    public void Registry_of_power_duration_and_energy()
    {
        var run = GeneratorHarness.Run(new QuantityGenerator(), SmallSet());
        Snapshot.Match(run.Sources["QuantityRegistry.g.cs"]);
    }

    [Fact]
    public void Affine_temperature_quantity_and_its_operators()
    {
        var run = GeneratorHarness.Run(new QuantityGenerator(), [Definitions.Text("Temperature.quantity.json"), Definitions.Text("TemperatureDelta.quantity.json")]);
        Assert.Empty(run.Diagnostics);
        Snapshot.Match(run.Sources["Quantities.Temperature.g.cs"], new SnapshotNameExtension("quantity"));
        Snapshot.Match(run.Sources["QuantityOperators.g.cs"], new SnapshotNameExtension("operators"));
    }

    [Fact]
    public void The_hint_names_are_stable()
    {
        var run = GeneratorHarness.Run(new QuantityGenerator(), SmallSet());
        Assert.Equal(
            ["Quantities.Duration.g.cs", "Quantities.Energy.g.cs", "Quantities.Power.g.cs", "QuantityOperators.g.cs", "QuantityRegistry.g.cs"],
            run.Sources.Keys.Order(StringComparer.Ordinal));
    }

    private static Microsoft.CodeAnalysis.AdditionalText[] SmallSet() =>
    [
        Definitions.Text("Power.quantity.json"),
        Definitions.Text("Duration.quantity.json"),
        Definitions.Text("Energy.quantity.json"),
        new InMemoryAdditionalText(Definitions.PathOf("Small.relations.json"), """{ "relations": [ "Energy = Power * Duration" ] }"""),
    ];
}
