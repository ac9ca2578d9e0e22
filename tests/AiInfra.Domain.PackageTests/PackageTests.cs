using System.Diagnostics;

namespace AiInfra.Domain.PackageTests;

/// <summary>
/// Packs AiInfra.Domain, then restores, builds and runs a fresh consumer project whose nuget.config clears every
/// source but a local folder feed, with its own spec file: the package alone must bring the library, the
/// catalogue and the generator (with what it bundles).
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class PackageTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "aiinfra-package-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_fresh_project_builds_its_own_spec_file_and_runs_from_the_packed_package()
    {
        var version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Directory.CreateDirectory(Path.Combine(_work, "feed")).FullName;
        var consumer = Directory.CreateDirectory(Path.Combine(_work, "consumer")).FullName;
        var repository = RepositoryRoot();

        Run("dotnet", $"pack \"{Path.Combine(repository, "src", "AiInfra.Domain", "AiInfra.Domain.csproj")}\" -c Release -o \"{feed}\" -p:Version={version} -p:PackageOutputPath=\"{feed}\"", repository);
        Assert.True(File.Exists(Path.Combine(feed, $"AiInfra.Domain.{version}.nupkg")), "the package was not written");

        // The feed holds the package and its one dependency, copied from the machine's package cache.
        var nodaTime = Directory.GetFiles(Path.Combine(GlobalPackages(), "nodatime", "3.3.7"), "nodatime.3.3.7.nupkg").Single();
        File.Copy(nodaTime, Path.Combine(feed, Path.GetFileName(nodaTime)));

        var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), File.ReadAllText(Path.Combine(template, "Consumer.csproj.txt")).Replace("$VERSION$", version));
        File.Copy(Path.Combine(template, "Program.cs.txt"), Path.Combine(consumer, "Program.cs"));
        File.Copy(Path.Combine(template, "Chiller.spec.json"), Path.Combine(consumer, "Chiller.spec.json"));
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(_work, "packages")}" />
              </config>
            </configuration>
            """);
        // Keep the repository's Directory.Build.props and central versions away from the consumer.
        File.WriteAllText(Path.Combine(_work, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_work, "Directory.Packages.props"), "<Project />");

        var output = Run("dotnet", "run -c Release", consumer);
        Assert.Contains("read: chiller-1 1.2 MW 18 °C", output);
        Assert.Contains("written: {\"id\":\"chiller-1\",\"capacity\":\"1.2 MW\",\"supplyTemperature\":\"18 °C\"}", output);
        Assert.Contains("error: /id (1:7): value.pattern:", output);
        Assert.Contains("error: /capacity (1:30): quantity.dimension:", output);
        Assert.Contains("schema: True", output);
        Assert.Contains("catalogue: H100", output);
        Assert.Contains("audit: True", output);
        Assert.Contains("quantity: 11404800000 J", output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a build server is left to the temp folder's own clean-up.
        }
    }

    private static string Run(string fileName, string arguments, string workingDirectory)
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

    private static string GlobalPackages() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string RepositoryRoot()
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
