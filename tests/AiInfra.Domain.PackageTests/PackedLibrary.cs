namespace AiInfra.Domain.PackageTests;

/// <summary>
/// AiInfra.Domain packed once, under a unique prerelease version, into a folder feed of a temporary directory
/// that is deleted when the tests that share it are done.
/// </summary>
public sealed class PackedLibrary : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private string? _consumer;
    private string? _tool;

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

    /// <summary>
    /// The consumer project (the <c>Consumer</c> template: its own spec files, a quantity of its own, a catalogue of its
    /// entity and a C# rule) restored from the feed alone and built in Release, once for the tests that share this
    /// package; returns its folder.
    /// </summary>
    public string BuildConsumer()
    {
        if (_consumer is not null)
        {
            return _consumer;
        }

        CopyDependenciesToFeed();
        var consumer = Directory.CreateDirectory(Path.Combine(Work, "consumer")).FullName;
        var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), File.ReadAllText(Path.Combine(template, "Consumer.csproj.txt")).Replace("$VERSION$", Version));
        File.Copy(Path.Combine(template, "Program.cs.txt"), Path.Combine(consumer, "Program.cs"));
        File.Copy(Path.Combine(template, "Chiller.Rules.cs.txt"), Path.Combine(consumer, "Chiller.Rules.cs"));
        // Its own spec file, and a quantity of its own (with a relation to the library's and a spec and catalogue using it).
        foreach (var file in new[] { "Chiller.spec.json", "ShorelineBandwidth.quantity.json", "Optics.relations.json", "CpoEngine.spec.json", "cpo-engines.catalog.json", "RackUplink.spec.json" })
        {
            File.Copy(Path.Combine(template, file), Path.Combine(consumer, file));
        }

        Commands.WriteIsolatedNuGetConfig(Path.Combine(consumer, "nuget.config"), Feed, Path.Combine(Work, "packages"));
        // Keep the repository's Directory.Build.props and central versions away from the consumer.
        File.WriteAllText(Path.Combine(Work, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Work, "Directory.Packages.props"), "<Project />");
        Commands.Run("dotnet", ["build", "-c", "Release"], consumer);
        return _consumer = consumer;
    }

    /// <summary>
    /// The aiinfra tool packed from this build of it (built with the tests, in their configuration) into a feed of its
    /// own and installed from that feed alone with <c>dotnet tool install</c>, once; returns the installed command.
    /// </summary>
    public string InstallTool()
    {
        if (_tool is not null)
        {
            return _tool;
        }

        var feed = Directory.CreateDirectory(Path.Combine(Work, "tool-feed")).FullName;
        var tools = Path.Combine(Work, "tools");
        // The tool was built with the test project (a ProjectReference), in its configuration: pack that build as it is.
        Commands.Run("dotnet", ["pack", Path.Combine(Repository, "src", "AiInfra.Domain.Cli", "AiInfra.Domain.Cli.csproj"), "--no-build", "-c", Configuration, "-o", feed, $"-p:PackageVersion={ToolVersion}", $"-p:PackageOutputPath={feed}"], Repository);
        ToolPackage = Path.Combine(feed, $"AiInfra.Domain.Cli.{ToolVersion}.nupkg");
        Assert.True(File.Exists(ToolPackage), "the tool package was not written");

        var config = Path.Combine(Work, "tool-nuget.config");
        Commands.WriteIsolatedNuGetConfig(config, feed, Path.Combine(Work, "tool-packages"));
        Commands.Run("dotnet", ["tool", "install", "AiInfra.Domain.Cli", "--version", ToolVersion, "--tool-path", tools, "--configfile", config, "--add-source", feed], Work);
        return _tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "aiinfra.exe" : "aiinfra");
    }

    /// <summary>The tool package's version, unique to this run.</summary>
    public string ToolVersion { get; } = "0.0.0-tool." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The path of the tool package, once <see cref="InstallTool"/> has packed it.</summary>
    public string? ToolPackage { get; private set; }

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
