namespace AiInfra.Domain.Cli.Tests;

/// <summary><c>--help</c> and <c>--version</c> in-process.</summary>
public class HelpTests
{
    [Theory]
    [InlineData("schema", "export")]
    [InlineData("validate")]
    [InlineData("catalog", "list")]
    [InlineData("catalog", "show")]
    [InlineData("audit")]
    public void Every_command_has_help(params string[] command)
    {
        var result = Cli.Run([.. command, "--help"]);
        Assert.True(result.Code == 0, result.ToString());
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        // The usage line starts with the host's name (testhost here, aiinfra when installed), then the command.
        Assert.Matches($@"Usage:\n  \S+ {string.Join(' ', command)}", result.Out);
    }

    [Fact]
    public void The_root_help_lists_the_commands_and_the_exit_codes()
    {
        var result = Cli.Run("--help");
        Assert.True(result.Code == 0, result.ToString());
        foreach (var command in new[] { "schema", "validate", "catalog", "audit" })
        {
            Assert.Contains("  " + command, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("2 a usage error", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_help_says_what_happens_without_type()
    {
        var result = Cli.Run("validate", "--help");
        Assert.Contains("any other file needs --type", result.Out, StringComparison.Ordinal);
        Assert.Contains("file(line,column): error <code>: <JSON Pointer>: <message>", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_the_tools_informational_version()
    {
        var result = Cli.Run("--version");
        Assert.True(result.Code == 0, result.ToString());
        Assert.Equal([CliApp.Version], result.OutLines);
    }
}
