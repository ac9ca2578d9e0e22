namespace AiInfra.Domain.PackageTests;

/// <summary>
/// AiInfra.Domain packed once, under a unique prerelease version, into a folder feed of a temporary directory
/// that is deleted when the tests that share it are done.
/// </summary>
public sealed class PackedLibrary : IDisposable
{
    /// <summary>Packs the library.</summary>
    public PackedLibrary()
    {
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Feed = Directory.CreateDirectory(Path.Combine(Work, "feed")).FullName;
        Repository = Commands.RepositoryRoot();
        Commands.Run("dotnet", ["pack", Path.Combine(Repository, "src", "AiInfra.Domain", "AiInfra.Domain.csproj"), "-c", "Release", "-o", Feed, $"-p:Version={Version}", $"-p:PackageOutputPath={Feed}"], Repository);
    }

    /// <summary>The temporary directory everything is written to.</summary>
    public string Work { get; } = Path.Combine(Path.GetTempPath(), "aiinfra-package-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>The package version, unique to this run.</summary>
    public string Version { get; }

    /// <summary>The folder feed holding the package and its symbols package.</summary>
    public string Feed { get; }

    /// <summary>The repository's root folder.</summary>
    public string Repository { get; }

    /// <summary>The path of the package.</summary>
    public string Package => Path.Combine(Feed, $"AiInfra.Domain.{Version}.nupkg");

    /// <summary>The path of the symbols package.</summary>
    public string SymbolsPackage => Path.Combine(Feed, $"AiInfra.Domain.{Version}.snupkg");

    /// <summary>
    /// Copies the package's dependencies (the versions of Directory.Packages.props) from the machine's package cache into
    /// the feed, so that the feed alone restores the package. Copying again is harmless.
    /// </summary>
    public void CopyDependenciesToFeed()
    {
        foreach (var (id, version) in new[] { ("nodatime", "3.3.7"), ("unitsnet", "5.75.1") })
        {
            var package = Path.Combine(GlobalPackages, id, version, $"{id}.{version}.nupkg");
            Assert.True(File.Exists(package), $"{package} is not in the machine's package cache; restore the repository first");
            File.Copy(package, Path.Combine(Feed, Path.GetFileName(package)), overwrite: true);
        }
    }

    /// <summary>The machine's NuGet package cache.</summary>
    public static string GlobalPackages =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a build server is left to the temp folder's own clean-up.
        }
    }
}

/// <summary>The tests that share one packed library.</summary>
[CollectionDefinition(Name)]
public sealed class PackedLibraryCollection : ICollectionFixture<PackedLibrary>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "packed library";
}
