using System.Text.RegularExpressions;

namespace AiInfra.Domain.Cli.Tests;

/// <summary>
/// Every example in a <c>console</c> block of docs/cli.md is run in-process from docs/cli-examples, and its output
/// (standard output and standard error, in the order written) and exit code must be what the page shows.
/// </summary>
public partial class DocsTests
{
    public static TheoryData<string> Commands => new(Examples().Select(e => e.Command));

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_example_in_the_cli_page_prints_what_the_page_shows(string command)
    {
        var example = Examples().Single(e => e.Command == command);
        var folder = Path.Combine(RepositoryRoot(), "docs", "cli-examples");
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(folder, a) : a)
            .ToArray();
        using var output = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, output, output);
        // This test project registers an entity of its own (Bess), which the installed tool does not know.
        var printed = output.ToString()
            .Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Replace(" Bess,", string.Empty, StringComparison.Ordinal)
            .TrimEnd('\n');
        Assert.Equal(example.Output, printed);
        Assert.Equal(example.ExitCode, code);
    }

    [Fact]
    public void The_page_has_an_example_of_each_command()
    {
        var commands = Examples().Select(e => e.Command).ToArray();
        foreach (var name in new[] { "validate ", "catalog list", "catalog show", "audit " })
        {
            Assert.Contains(commands, c => c.StartsWith(name, StringComparison.Ordinal));
        }
    }

    private static IEnumerable<(string Command, string Output, int ExitCode)> Examples()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "cli.md")).ReplaceLineEndings("\n");
        foreach (Match block in ConsoleBlock().Matches(text))
        {
            foreach (Match example in Example().Matches(block.Groups[1].Value))
            {
                yield return (example.Groups[1].Value, example.Groups[2].Value.TrimEnd('\n'), int.Parse(example.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [GeneratedRegex("```console\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ConsoleBlock();

    [GeneratedRegex(@"^\$ aiinfra ([^\n]+)\n(.*?)^\[exit code (\d+)\]$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Example();

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
