using System.Globalization;
using AiInfra.Domain.Generators.Specs;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Tests.Specs;

/// <summary>
/// The real spec and catalogue files the spec tests run on, copied next to the tests by the project file:
/// samples/CustomSpec's BatteryStorage.spec.json, the runtime tests' TestFixtures.spec.json and chips.catalog.json (and
/// UnitsNetMode.spec.json with rack-loads.catalog.json, a spec in "unitsNet" mode and its catalogue), and
/// this project's Specs/Inputs/batteries.catalog.json (a catalogue of the sample's BatteryStorageUnit).
/// </summary>
internal static class SpecInputs
{
    public const string BatteryStorage = "BatteryStorage.spec.json";
    public const string TestFixtures = "TestFixtures.spec.json";
    public const string Batteries = "batteries.catalog.json";
    public const string Chips = "chips.catalog.json";
    public const string UnitsNetMode = "UnitsNetMode.spec.json";
    public const string RackLoads = "rack-loads.catalog.json";

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "SpecInputs");

    /// <summary>The text of one file, by its file name.</summary>
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Folder, fileName));

    /// <summary>One file as an additional text with a stable, machine-independent path.</summary>
    public static AdditionalText Text(string fileName) => new InMemoryAdditionalText(PathOf(fileName), Read(fileName));

    /// <summary>The path used for a file in the tests: the same on every machine, so snapshots and messages are stable.</summary>
    public static string PathOf(string fileName) => fileName switch
    {
        BatteryStorage => "/repo/samples/CustomSpec/" + fileName,
        Batteries => "/repo/tests/AiInfra.Domain.Generators.Tests/Specs/Inputs/" + fileName,
        _ => "/repo/tests/AiInfra.Domain.Tests/Specs/" + fileName,
    };

    /// <summary>The sample's spec and its catalogue.</summary>
    public static AdditionalText[] Sample() => [Text(BatteryStorage), Text(Batteries)];

    /// <summary>Every real spec and catalogue file; they declare disjoint names, so they generate together.</summary>
    public static AdditionalText[] All() => [Text(BatteryStorage), Text(Batteries), Text(TestFixtures), Text(Chips)];

    /// <summary>The spec in "unitsNet" mode and its catalogue.</summary>
    public static AdditionalText[] UnitsNetSample() => [Text(UnitsNetMode), Text(RackLoads)];

    /// <summary>A compilation that references UnitsNet, as a project with the AiInfra.Domain package does.</summary>
    public static Compilation WithUnitsNet() => GeneratorHarness.CreateCompilation().AddReferences(GeneratorHarness.UnitsNetReference);

    /// <summary>Runs the spec generator; it must not throw.</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> files, Compilation? compilation = null)
    {
        var run = GeneratorHarness.Run(new SpecGenerator(), files, compilation);
        Assert.True(run.Exception is null, $"the generator threw {run.Exception}");
        return run;
    }

    /// <summary>Every diagnostic, one a line, for a failure message.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));

    /// <summary>Shorthand for <see cref="Diagnostic.GetMessage(IFormatProvider?)"/> in the invariant culture.</summary>
    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);
}
