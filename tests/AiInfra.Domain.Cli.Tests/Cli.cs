using System.Diagnostics;

namespace AiInfra.Domain.Cli.Tests;

/// <summary>Runs the tool in-process, or as a real process, and captures what it prints.</summary>
internal static class Cli
{
    /// <summary>The folder of the fixture files, copied next to the tests.</summary>
    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built tool as its own process: <c>dotnet aiinfra.dll ...</c>.</summary>
    public static CliResult RunProcess(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "aiinfra.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("aiinfra did not finish in a minute.");
        }

        return new CliResult(process.ExitCode, output.Result.Replace("\r\n", "\n"), error.Result.Replace("\r\n", "\n"));
    }
}

/// <summary>What one run printed, and its exit code.</summary>
internal sealed record CliResult(int Code, string Out, string Err)
{
    public string[] OutLines => Lines(Out);

    public string[] ErrLines => Lines(Err);

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');

    public override string ToString() => $"exit {Code}\n--- stdout\n{Out}--- stderr\n{Err}";
}

/// <summary>A temporary folder, deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aiinfra-cli-test-" + Guid.NewGuid().ToString("N"))).FullName;

    public string File(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
