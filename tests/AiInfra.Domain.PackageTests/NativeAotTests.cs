using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AiInfra.Domain.PackageTests;

/// <summary>
/// NativeAOT publishes of small consumers of the packed package (issue 13): one that never calls a UnitsNet-facing
/// member gives no trim or AOT warning at all, although the package depends on UnitsNet; one that uses UnitsNet
/// through the library, with <c>AiInfraUnitsNetJson</c> on and every method of the library rooted, runs right and gets
/// only UnitsNet's own warning (IL2104).
/// Each publish takes about a minute of CPU; docs/unitsnet.md gives the command and the numbers.
/// </summary>
[Collection(PackedLibraryCollection.Name)]
public sealed class NativeAotTests(PackedLibrary packed)
{
    [Fact]
    public void A_consumer_that_never_touches_UnitsNet_publishes_with_no_warning()
    {
        var (warnings, output) = Publish("no-unitsnet", "Program.cs.txt", string.Empty);
        Assert.Empty(warnings);
        Assert.Contains("tdp: 700 W", output);
        Assert.Contains("energy: 2520000 J", output);
        Assert.Contains("round trip: True", output);
        Assert.Contains("read: nvidia-h100-sxm", output);
    }

    /// <summary>
    /// Also the library's trim and AOT check: the consumer roots the whole library, so NativeAOT's compiler analyzes every
    /// method of it (with the UnitsNet support on, so that code is analyzed too), and a warning in any of them would be
    /// listed here as "Assembly 'AiInfra.Domain' produced ... warnings". The library's builds leave ILLink's Roslyn
    /// analyzers to the IDE (docs/performance.md, build time), so this is where a command line checks it.
    /// </summary>
    [Fact]
    public void A_consumer_of_UnitsNet_with_its_JSON_on_and_the_whole_library_rooted_runs_right_with_only_UnitsNets_warning()
    {
        var (warnings, output) = Publish("with-unitsnet", "UnitsNetProgram.cs.txt", "<AiInfraUnitsNetJson>true</AiInfraUnitsNetJson><RootTheWholeLibrary>true</RootTheWholeLibrary>");
        var listed = warnings.Select(w => Regex.Replace(w, @" For more information.*$", string.Empty)).ToList();
        Assert.True(
            listed.SequenceEqual(["IL2104: Assembly 'UnitsNet' produced trim warnings."]),
            $"Expected only UnitsNet's own warning; got: {string.Join(" | ", listed)}. For the library's, build it with -p:AiInfraTrimAnalyzers=true to see each one where it is.");
        Assert.Contains("tdp: 700 Watt", output);
        Assert.Contains("back: 1.2 kW", output);
        Assert.Contains("hbm: 80 Gigabyte", output);
        Assert.Contains("json read: 1 GigabitPerSecond", output);
        Assert.Contains("json written: \"1.2 kW\"", output);
    }

    /// <summary>Publishes a consumer with NativeAOT, runs it, and returns its distinct trim and AOT warnings and what it printed.</summary>
    private (IReadOnlyList<string> Warnings, string Output) Publish(string name, string program, string properties)
    {
        packed.CopyDependenciesToFeed();
        var consumer = Directory.CreateDirectory(Path.Combine(packed.Work, "aot-" + name)).FullName;
        var template = Path.Combine(AppContext.BaseDirectory, "AotConsumer");
        File.WriteAllText(Path.Combine(consumer, "AotConsumer.csproj"), File.ReadAllText(Path.Combine(template, "AotConsumer.csproj.txt")).Replace("$VERSION$", packed.Version).Replace("$PROPERTIES$", properties));
        File.Copy(Path.Combine(template, program), Path.Combine(consumer, "Program.cs"));

        // The feed for the package and its dependencies; the machine's package cache, read-only, for the NativeAOT
        // compiler and runtime packs (restored from the registry when missing); a package folder of the test's own.
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{packed.Feed}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{PackedLibrary.GlobalPackages}" />
              </fallbackPackageFolders>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(packed.Work, "aot-packages")}" />
              </config>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(packed.Work, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(packed.Work, "Directory.Packages.props"), "<Project />");

        var (log, error) = Commands.Run("dotnet", ["publish", "-c", "Release", "-r", "linux-x64", "-p:CppCompilerAndLinker=clang-14", "-o", "out"], consumer);
        var warnings = Regex.Matches(log + error, @"warning (IL\d+|CS\d+|NU\d+)[^\[\r\n]*")
            .Select(m => m.Groups[0].Value["warning ".Length..].Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var (output, _) = Commands.Run(Path.Combine(consumer, "out", "AotConsumer"), [], consumer);
        return (warnings, output);
    }
}
