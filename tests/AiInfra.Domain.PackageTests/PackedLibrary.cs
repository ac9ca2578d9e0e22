using System.Diagnostics;

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
        Repository = FindRepositoryRoot();
        Run("dotnet", $"pack \"{Path.Combine(Repository, "src", "AiInfra.Domain", "AiInfra.Domain.csproj")}\" -c Release -o \"{Feed}\" -p:Version={Version} -p:PackageOutputPath=\"{Feed}\"", Repository);
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

    /// <summary>Runs a command and returns its standard output; fails the test when it exits with an error.</summary>
    public static string Run(string fileName, string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {arguments} did not finish in 8 minutes.");
        }

        Assert.True(process.ExitCode == 0, $"{fileName} {arguments} failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
        return output.Result;
    }

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

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiInfra.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("AiInfra.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The tests that share one packed library.</summary>
[CollectionDefinition(Name)]
public sealed class PackedLibraryCollection : ICollectionFixture<PackedLibrary>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "packed library";
}
