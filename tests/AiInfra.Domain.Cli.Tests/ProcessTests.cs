namespace AiInfra.Domain.Cli.Tests;

/// <summary>The built tool run as its own process, as CI runs it: <c>dotnet aiinfra.dll ...</c>.</summary>
public class ProcessTests
{
    [Fact]
    public void The_built_tool_validates_a_bad_file_with_located_errors_and_exit_code_1()
    {
        var result = Cli.RunProcess(Cli.Fixtures, "validate", "bad.catalog.json", "good.catalog.json");
        Assert.True(result.Code == 1, result.ToString());
        Assert.StartsWith("bad.catalog.json(9,14): error quantity.dimension: /entries/0/tdp: ", result.OutLines[1], StringComparison.Ordinal);
        Assert.Equal("good.catalog.json: valid, a catalogue of 2 Accelerator entries.", result.OutLines[5]);
        Assert.Empty(result.Err);
    }

    [Fact]
    public void The_built_tool_prints_its_version_and_help()
    {
        var version = Cli.RunProcess(Cli.Fixtures, "--version");
        Assert.True(version.Code == 0, version.ToString());
        Assert.Equal([CliApp.Version], version.OutLines);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out);

        var usage = Cli.RunProcess(Cli.Fixtures, "validate");
        Assert.Equal(2, usage.Code);
        Assert.Contains("aiinfra: error:", usage.Err, StringComparison.Ordinal);
    }
}
