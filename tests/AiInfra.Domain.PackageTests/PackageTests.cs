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
        var version = packed.Version;
        var feed = packed.Feed;
        var consumer = Directory.CreateDirectory(Path.Combine(packed.Work, "consumer")).FullName;
        Assert.True(File.Exists(packed.Package), "the package was not written");

        // The feed holds the package and its one dependency, copied from the machine's package cache.
        var nodaTime = Directory.GetFiles(Path.Combine(GlobalPackages(), "nodatime", "3.3.7"), "nodatime.3.3.7.nupkg").Single();
        File.Copy(nodaTime, Path.Combine(feed, Path.GetFileName(nodaTime)));

        var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), File.ReadAllText(Path.Combine(template, "Consumer.csproj.txt")).Replace("$VERSION$", version));
        File.Copy(Path.Combine(template, "Program.cs.txt"), Path.Combine(consumer, "Program.cs"));
        File.Copy(Path.Combine(template, "Chiller.spec.json"), Path.Combine(consumer, "Chiller.spec.json"));
        Commands.WriteIsolatedNuGetConfig(Path.Combine(consumer, "nuget.config"), feed, Path.Combine(packed.Work, "packages"));
        // Keep the repository's Directory.Build.props and central versions away from the consumer.
        File.WriteAllText(Path.Combine(packed.Work, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(packed.Work, "Directory.Packages.props"), "<Project />");

        var (output, _) = Commands.Run("dotnet", ["run", "-c", "Release"], consumer);
        Assert.Contains("read: chiller-1 1.2 MW 18 °C", output);
        Assert.Contains("written: {\"id\":\"chiller-1\",\"capacity\":\"1.2 MW\",\"supplyTemperature\":\"18 °C\"}", output);
        Assert.Contains("error: /id (1:7): value.pattern:", output);
        Assert.Contains("error: /capacity (1:30): quantity.dimension:", output);
        Assert.Contains("schema: True", output);
        Assert.Contains("catalogue: H100", output);
        Assert.Contains("audit: True", output);
        Assert.Contains("quantity: 11404800000 J", output);
    }

    private static string GlobalPackages() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
