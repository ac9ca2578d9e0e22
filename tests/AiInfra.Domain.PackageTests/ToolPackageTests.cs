using System.IO.Compression;
using System.Xml.Linq;

namespace AiInfra.Domain.PackageTests;

/// <summary>
/// Packs the aiinfra tool, installs it with <c>dotnet tool install</c> from a local folder feed alone (a nuget.config
/// that clears every other source, and an empty package folder), and runs the installed command on a file with errors:
/// the tool package must bring everything it needs. Then the CI recipe of docs/cli.md end to end: a consumer project
/// built from the packed library with spec files of its own, whose data files the installed tool validates with
/// <c>--assembly</c>, each error at its file, line and column.
/// </summary>
[Collection(PackedLibraryCollection.Name)]
public sealed class ToolPackageTests(PackedLibrary packed) : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "aiinfra-tool-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_packed_tool_installs_from_a_folder_feed_and_reports_each_error_with_its_line()
    {
        var aiinfra = packed.InstallTool();

        // A tool package has no dependencies to restore: the library and every assembly it needs travel inside it.
        using (var zip = ZipFile.OpenRead(packed.ToolPackage!))
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

    [Fact]
    public void The_installed_tool_validates_a_consumers_own_entities_with_its_built_assembly_at_each_errors_place()
    {
        var aiinfra = packed.InstallTool();
        var consumer = packed.BuildConsumer();
        var data = Directory.CreateDirectory(Path.Combine(consumer, "data")).FullName;
        // Chillers (Chiller.spec.json, and a rule in C#, Chiller.Rules.cs): a pattern, a dimension, a range after a
        // "°" (one UTF-16 unit, two UTF-8 bytes: the column counts UTF-16 units), and the rule, found after reading.
        File.WriteAllText(Path.Combine(data, "chillers.json"), """
            [
              { "id": "chiller-a", "capacity": "1.2 MW", "supplyTemperature": "18 °C" },
              { "id": "Chiller B", "capacity": "5 kV" },
              { "id": "chiller-c", "supplyTemperature": "12 °C", "capacity": "5 kW" },
              {
                "id": "chiller-d",
                "capacity": "800 kW",
                "supplyTemperature": "2 °C"
              }
            ]
            """.ReplaceLineEndings("\n"));
        // A catalogue of the consumer's CpoEngine, whose figures are in the consumer's own quantity (ShorelineBandwidth).
        File.WriteAllText(Path.Combine(data, "engines.catalog.json"), """
            {
              "entity": "CpoEngine", "sources": { "s1": { "title": "Datasheet" } }, "defaultSource": "s1",
              "entries": [
                { "id": "cpo-a", "shorelineDensity": "1 Tbit/s" },
                { "id": "cpo-b", "shorelineDensity": "1.2 Tbit/s/mm", "ratedDensity": { "value": "1 Tbit/s/mm", "source": "s2" },
                  "measuredDensities": ["1.1 Tbit/s/mm", "-1 Gbit/s/mm"] }
              ]
            }
            """.ReplaceLineEndings("\n"));
        File.WriteAllText(Path.Combine(data, "good.json"), """{ "id": "chiller-e", "capacity": "1 MW" }""");
        var assembly = Path.Combine("bin", "Release", "net10.0", "Consumer.dll");
        string In(string name) => Path.Combine("data", name);

        // The CI recipe of docs/cli.md: the assembly of the build, and the data files, from the project's folder.
        var (output, errors) = Commands.Run(aiinfra, ["validate", "--assembly", assembly, "--type", "Chiller", In("chillers.json"), In("engines.catalog.json"), In("good.json")], consumer, expectedExit: 1);

        Assert.Equal(string.Empty, errors);
        string[] expected =
        [
            $"{In("chillers.json")}(3,11): error value.pattern: /1/id: \"Chiller B\" does not match the pattern ^[a-z0-9-]+$.",
            $"{In("chillers.json")}(3,36): error quantity.dimension: /1/capacity: \"5 kV\" is not a Power: \"kV\" is a unit of ElectricPotential, not of Power. Expected a number and one of the units of Power, for example \"1 W\"; units: W, mW, kW, MW, GW, TW, BTU/h.",
            $"{In("chillers.json")}(4,66): error value.range: /2/capacity: 5 kW is below the minimum of 10 kW.",
            $"{In("chillers.json")}(8,26): error rule: /3/supplyTemperature: Water below 5 °C freezes in the evaporator.",
            $"{In("engines.catalog.json")}(4,42): error quantity.dimension: /entries/0/shorelineDensity: \"1 Tbit/s\" is not a ShorelineBandwidth: \"Tbit/s\" is a unit of BitRate, not of ShorelineBandwidth. Expected a number and one of the units of ShorelineBandwidth, for example \"1 bit/s/m\"; units: bit/s/m, bit/s/mm, Gbit/s/mm, Tbit/s/mm.",
            $"{In("engines.catalog.json")}(5,111): error figure.source: /entries/1/ratedDensity/source: \"s2\" is not listed in the catalogue's sources (s1).",
            $"{In("engines.catalog.json")}(6,46): error value.range: /entries/1/measuredDensities/1: -1 Gbit/s/mm is below the minimum of 0 bit/s/m.",
            $"{In("good.json")}: valid, one Chiller.",
            "3 files checked: 1 valid, 2 invalid (7 errors).",
        ];
        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.True(expected.SequenceEqual(lines), $"expected:\n{string.Join('\n', expected)}\nprinted:\n{output}");

        // The full type name always names the entity; without the assembly the tool does not know it, and says what to pass.
        Commands.Run(aiinfra, ["validate", "-a", assembly, "-t", "Consumer.Chiller", In("good.json")], consumer, expectedExit: 0);
        var (_, unknown) = Commands.Run(aiinfra, ["validate", "--type", "Chiller", In("good.json")], consumer, expectedExit: 2);
        Assert.Contains("Entities of your own spec files need --assembly <your project's built .dll>.", unknown, StringComparison.Ordinal);
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
