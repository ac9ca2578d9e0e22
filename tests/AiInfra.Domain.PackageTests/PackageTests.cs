namespace AiInfra.Domain.PackageTests;

/// <summary>
/// Packs AiInfra.Domain, then restores, builds and runs a fresh consumer project whose nuget.config clears every
/// source but a local folder feed, with its own spec file: the package alone must bring the library, the
/// catalogue and the generator (with what it bundles).
/// </summary>
[Collection(PackedLibraryCollection.Name)]
public sealed class PackageTests(PackedLibrary packed)
{
    [Fact]
    public void A_fresh_project_builds_its_own_spec_file_and_runs_from_the_packed_package()
    {
        Assert.True(File.Exists(packed.Package), "the package was not written");
        var consumer = packed.BuildConsumer();

        var (output, _) = Commands.Run("dotnet", ["run", "-c", "Release", "--no-build"], consumer);
        Assert.Contains("read: chiller-1 1.2 MW 18 °C", output);
        Assert.Contains("written: {\"id\":\"chiller-1\",\"capacity\":\"1.2 MW\",\"supplyTemperature\":\"18 °C\"}", output);
        Assert.Contains("error: /id (1:7): value.pattern:", output);
        Assert.Contains("error: /capacity (1:30): quantity.dimension:", output);
        Assert.Contains("schema: True", output);
        Assert.Contains("catalogue: H100", output);
        Assert.Contains("audit: True", output);
        Assert.Contains("quantity: 11404800000 J", output);

        // The consumer's own quantity, in its root namespace: parsed, formatted, related to the library's quantities,
        // known to the library's registry and JSON options, and used by its spec file and catalogue.
        foreach (var line in new[]
        {
            "own quantity: Consumer.ShorelineBandwidth 1 Tbit/s/mm = 1000 Gbit/s/mm",
            "own relation: 51.2 Tbit/s over 51.2 mm; 25.6 mm for 25.6 Tbit/s",
            "own json: \"0.8 Tbit/s/mm\" 800 Gbit/s/mm",
            "own registry: 2 Tbit/s/mm; 1000",
            "own entity: {\"id\":\"cpo-1\",\"shorelineDensity\":\"1.2 Tbit/s/mm\",\"measuredDensities\":[\"1.1 Tbit/s/mm\",\"0.9 Tbit/s/mm\"],\"power\":\"15 W\"} round trip True",
            "own error: /shorelineDensity quantity.dimension",
            "own error: /measuredDensities/0 value.range",
            "own schema: True",
            "own catalogue: cpo-51t 1 Tbit/s/mm x 51.2 mm",
        })
        {
            Assert.True(output.Contains(line, StringComparison.Ordinal), $"missing: {line}{Environment.NewLine}output:{Environment.NewLine}{output}");
        }

        Assert.Contains("unitsnet: a method taking UnitsNet.Power got 700 Watt", output);
        Assert.Contains("unitsnet json: GigabitPerSecond \"400 Gbit/s\"", output);
        Assert.Contains("unitsnet mode: GigabitPerSecond 1 Consumer.ShorelineBandwidth {\"id\":\"up-1\",\"rate\":\"1 Gbit/s\",\"power\":{\"value\":\"12 W\",\"bound\":\"atMost\"},\"density\":\"1.2 Tbit/s/mm\",\"lanes\":[\"100 Gbit/s\",\"0.1 Tbit/s\"]} round trip True a method taking UnitsNet.Power got 12 Watt", output);
        Assert.Contains("unitsnet mode error: /rate value.range", output);
    }
}
