using System.Diagnostics;

namespace AiInfra.Domain.PackageTests;

/// <summary>What the package tests do outside the test process: run commands, find the repository, isolate NuGet.</summary>
internal static class Commands
{
    /// <summary>Runs a command and returns what it wrote; fails the test unless it exits with <paramref name="expectedExit"/>.</summary>
    public static (string Output, string Error) Run(string fileName, IEnumerable<string> arguments, string workingDirectory, int expectedExit = 0)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        var command = $"{fileName} {string.Join(' ', start.ArgumentList)}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish in 8 minutes.");
        }

        Assert.True(process.ExitCode == expectedExit, $"{command} exited with {process.ExitCode}, not {expectedExit}:\n{output.Result}\n{error.Result}");
        return (output.Result, error.Result);
    }

    /// <summary>The folder holding AiInfra.Domain.sln, found upwards from the test's output folder.</summary>
    public static string RepositoryRoot()
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

    /// <summary>
    /// Writes a nuget.config whose only source is <paramref name="feed"/> and whose package folder is
    /// <paramref name="packagesFolder"/>, so a restore can use nothing but what the test put in the feed.
    /// </summary>
    public static void WriteIsolatedNuGetConfig(string path, string feed, string packagesFolder) =>
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{packagesFolder}" />
              </config>
            </configuration>
            """);
}
