using System.IO.Compression;
using System.Xml.Linq;

namespace AiInfra.Domain.PackageTests;

/// <summary>
/// Packs the aiinfra tool, installs it with <c>dotnet tool install</c> from a local folder feed alone (a nuget.config
/// that clears every other source, and an empty package folder), and runs the installed command on a file with errors:
/// the tool package must bring everything it needs.
/// </summary>
[Collection(PackedLibraryCollection.Name)]
public sealed class ToolPackageTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _work = Path.Combine(Path.GetTempPath(), "aiinfra-tool-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_packed_tool_installs_from_a_folder_feed_and_reports_each_error_with_its_line()
    {
        var version = "0.0.0-tool." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Directory.CreateDirectory(Path.Combine(_work, "feed")).FullName;
        var tools = Path.Combine(_work, "tools");
        var repository = Commands.RepositoryRoot();

        // The tool was built with this test project (a ProjectReference), in its configuration: pack that build as it is.
        Commands.Run("dotnet", ["pack", Path.Combine(repository, "src", "AiInfra.Domain.Cli", "AiInfra.Domain.Cli.csproj"), "--no-build", "-c", Configuration, "-o", feed, $"-p:PackageVersion={version}", $"-p:PackageOutputPath={feed}"], repository, expectedExit: 0);
        var package = Path.Combine(feed, $"AiInfra.Domain.Cli.{version}.nupkg");
        Assert.True(File.Exists(package), "the tool package was not written");

        // A tool package has no dependencies to restore: the library and every assembly it needs travel inside it.
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            foreach (var file in new[] { "aiinfra.dll", "AiInfra.Domain.dll", "NodaTime.dll", "System.CommandLine.dll", "DotnetToolSettings.xml" })
            {
                Assert.Contains($"tools/net10.0/any/{file}", entries);
            }

            using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
            var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            Assert.DoesNotContain(metadata.Descendants(), d => d.Name.LocalName == "dependency");
            Assert.Contains(metadata.Elements(), e => e.Name.LocalName == "packageTypes" && e.ToString().Contains("DotnetTool", StringComparison.Ordinal));
        }

        var config = Path.Combine(_work, "nuget.config");
        Commands.WriteIsolatedNuGetConfig(config, feed, Path.Combine(_work, "packages"));
        Commands.Run("dotnet", ["tool", "install", "AiInfra.Domain.Cli", "--version", version, "--tool-path", tools, "--configfile", config, "--add-source", feed], _work, expectedExit: 0);

        var data = Directory.CreateDirectory(Path.Combine(_work, "data")).FullName;
        File.WriteAllText(Path.Combine(data, "chips.catalog.json"), """
            {
              "entity": "Accelerator", "sources": { "d1": { "title": "Datasheet" } }, "defaultSource": "d1",
              "entries": [
                {
                  "id": "my-gpu",
                  "vendor": "nvidia",
                  "name": "My GPU",
                  "kind": "gpu",
                  "tdp": "700 V"
                },
                { "id": "Bad Id", "vendor": "nvidia", "name": "Two", "kind": "gpu" }
              ]
            }
            """.ReplaceLineEndings("\n"));
        var aiinfra = Path.Combine(tools, OperatingSystem.IsWindows() ? "aiinfra.exe" : "aiinfra");
        var (output, errors) = Commands.Run(aiinfra, ["validate", "chips.catalog.json"], data, expectedExit: 1);
        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.StartsWith("chips.catalog.json(9,14): error quantity.dimension: /entries/0/tdp: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("chips.catalog.json(11,13): error value.pattern: /entries/1/id: ", lines[1], StringComparison.Ordinal);
        Assert.Equal("1 file checked: 0 valid, 1 invalid (2 errors).", lines[^1]);
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Empty, errors);

        // The build's catalogue rules travel with the tool (a figure's source must be listed), and so does the check
        // that refuses what is not a regular file, which asks the operating system through the runtime's native library.
        File.WriteAllText(Path.Combine(data, "sources.catalog.json"), """
            { "entity": "Accelerator", "sources": { "d1": { "title": "Datasheet" } },
              "entries": [ { "id": "a", "vendor": "nvidia", "name": "A", "kind": "gpu", "tdp": { "value": "700 W", "source": "d2" } } ] }
            """.ReplaceLineEndings("\n"));
        var (sourceOutput, _) = Commands.Run(aiinfra, ["validate", "sources.catalog.json"], data, expectedExit: 1);
        Assert.StartsWith("sources.catalog.json(2,114): error figure.source: /entries/0/tdp/source: \"d2\" is not listed", sourceOutput, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            var (_, refusal) = Commands.Run(aiinfra, ["validate", "/dev/zero", "chips.catalog.json"], data, expectedExit: 1);
            Assert.Contains("aiinfra: error: cannot read '/dev/zero': it is a character device, not a regular file", refusal, StringComparison.Ordinal);
        }

        var (help, _) = Commands.Run(aiinfra, ["--help"], data, expectedExit: 0);
        Assert.Contains("aiinfra [command] [options]", help, StringComparison.Ordinal);
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
}
