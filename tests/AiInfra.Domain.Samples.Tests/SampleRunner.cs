using System.Diagnostics;

namespace AiInfra.Domain.Samples.Tests;

/// <summary>
/// Runs a command from the repository root as a user would type it, and returns what it printed. The first run of a
/// sample builds the library and the sample (slow); later runs reuse the cached build.
/// </summary>
internal static class SampleRunner
{
    /// <summary>How long one command may take: a cold build of the library on a busy two-core machine is slow.</summary>
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);

    private static readonly Lazy<string> s_repositoryRoot = new(FindRepositoryRoot);

    /// <summary>The folder holding AiInfra.Domain.sln.</summary>
    public static string RepositoryRoot => s_repositoryRoot.Value;

    /// <summary>Runs <c>dotnet run samples/{name}.cs</c>, with <paramref name="arguments"/> after <c>--</c> when there are any.</summary>
    /// <returns>Standard output, with line endings normalised to \n.</returns>
    public static string RunSample(string name, params string[] arguments) =>
        Run(["dotnet", "run", $"samples/{name}.cs", .. arguments.Length > 0 ? ["--", .. arguments] : Array.Empty<string>()]);

    /// <summary>Runs a command (program, then its arguments) in the repository root and fails unless it exits with 0.</summary>
    /// <returns>Standard output, with line endings normalised to \n.</returns>
    public static string Run(IReadOnlyList<string> command)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` runs the tests with MSBuild's variables set for its own build; the samples' builds choose
        // their own. No banners: first-run and telemetry notices would end up in the output.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{string.Join(' ', command)}` took longer than {s_timeout}.");
        }

        process.WaitForExit();
        var text = output.GetAwaiter().GetResult().Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(
            process.ExitCode == 0,
            $"`{string.Join(' ', command)}` exited with {process.ExitCode}.\nstdout:\n{text}\nstderr:\n{error.GetAwaiter().GetResult()}");
        return text;
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
