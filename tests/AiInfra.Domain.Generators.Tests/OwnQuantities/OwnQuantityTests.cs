using System.Reflection;
using Snapshooter;
using Snapshooter.Xunit;

namespace AiInfra.Domain.Generators.Tests.OwnQuantities;

/// <summary>
/// A user's own quantities: the package test consumer's ShorelineBandwidth (Tbit/s/mm, in its root namespace), its
/// relation to the library's Length and BitRate, a spec file that uses it, and an affine Altitude (in a namespace its
/// file names) whose differences are the library's Length. The generated code compiles against the built library,
/// with XML documentation diagnosed and no warning, and runs: parsing, formatting, JSON, the operators, the library's
/// run-time registry and the spec's reader, writer and validator.
/// </summary>
public class OwnQuantityTests
{
    private static readonly Lazy<(GeneratorRun Run, Assembly Assembly)> s_project = new(() => OwnQuantityProject.RunCompileAndLoad(OwnQuantityProject.Files(), Probe));

    /// <summary>The quantity generator's files for the project, which are also this class's snapshots.</summary>
    public static TheoryData<string> QuantityHintNames { get; } = new(["Quantities.ShorelineBandwidth.g.cs", "Quantities.Altitude.g.cs", "QuantityOperators.g.cs", "QuantityRegistry.g.cs"]);

    [Fact]
    public void The_project_generates_its_quantities_and_their_operators_and_registration_and_its_spec()
    {
        var sources = s_project.Value.Run.Sources;
        foreach (var hint in QuantityHintNames)
        {
            Assert.Contains(hint, sources.Keys);
        }

        // The spec's record names the project's quantity by its full name.
        Assert.Contains("global::Consumer.ShorelineBandwidth ShorelineDensity", sources["Specs.Consumer.CpoEngine.g.cs"], StringComparison.Ordinal);
        Assert.Contains("global::Consumer.Units.ShorelineBandwidthUnit.TerabitPerSecondPerMillimeter", sources["Specs.Consumer.CpoEngine.g.cs"], StringComparison.Ordinal);

        // The library's own registry (a partial of its Quantity class) is not generated in a project.
        Assert.DoesNotContain("partial class Quantity", sources["QuantityRegistry.g.cs"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(QuantityHintNames))]
    public void Generated_source(string hintName)
    {
        Snapshot.Match(s_project.Value.Run.Sources[hintName], new SnapshotNameExtension(hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_generated_code_runs()
    {
        var run = s_project.Value.Assembly.GetType("Probe", throwOnError: true)!.GetMethod("Run")!;
        var lines = ((string)run.Invoke(null, null)!).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] expected =
            [
                "parse: 1 Tbit/s/mm = 1000 Gbit/s/mm",
                "format: 0.8 Tbit/s/mm | 800 | 1500000000000 bit/s/m",
                "density * shoreline: 25.6 Tbit/s",
                "shoreline * density: 25.6 Tbit/s",
                "rate / density: 51.2 mm",
                "json: \"1 Tbit/s/mm\" \"800 Gbit/s/mm\"",
                "json read: 800 Gbit/s/mm",
                "Quantity.From: 2 Tbit/s/mm",
                "Quantity.Parse: 3 Gbit/s/mm",
                "Quantity.ByName: ShorelineBandwidth, 4 units",
                "UnitConverter: 1000",
                "Power.Parse: \"Tbit/s/mm\" is a unit of BandwidthDensity and ShorelineBandwidth, not of Power",
                "ShorelineBandwidth.Parse: \"W\" is a unit of Power, not of ShorelineBandwidth",
                "altitude: 1500 mASL + 30 m = 1530 mASL; 1530 mASL - 1500 mASL = 30 m; 5019.685039370079 ftASL",
                "entity: cpo-1 1 Tbit/s/mm 1000 Gbit/s/mm 0.9 Tbit/s/mm|1.1 Tbit/s/mm 1 Tbit/s/mm 15 W",
                "written: {\"id\":\"cpo-1\",\"shorelineDensity\":\"1 Tbit/s/mm\",\"densityByModulation\":{\"pam4\":\"1000 Gbit/s/mm\"},\"measuredDensities\":[\"0.9 Tbit/s/mm\",\"1.1 Tbit/s/mm\"],\"ratedDensity\":{\"value\":\"1 Tbit/s/mm\",\"bound\":\"atLeast\",\"source\":\"s1\"},\"power\":\"15 W\"}",
                "round trip equal: True",
                "errors: /shorelineDensity quantity.dimension; /measuredDensities/0 value.range",
                "too dense: /shorelineDensity value.range",
                "catalogue: 1 Tbit/s/mm x 51.2 mm = 51200000000000 bit/s; rated AtLeast 1 Tbit/s/mm",
            ];

        // Line by line, so a failure shows the whole line.
        for (var i = 0; i < Math.Min(expected.Length, lines.Length); i++)
        {
            Assert.Equal(expected[i], lines[i]);
        }

        Assert.Equal(expected.Length, lines.Length);
    }

    /// <summary>User code in the project: what a user would write with the generated quantity.</summary>
    private const string Probe = """"
        using System.Globalization;
        using System.Text;
        using System.Text.Json;
        using AiInfra.Domain;
        using AiInfra.Domain.Quantities;
        using AiInfra.Domain.Quantities.Units;
        using Consumer;
        using Consumer.Site;
        using Consumer.Site.Units;
        using Consumer.Units;

        /// <summary>Runs the generated code and reports what it did, one line per check.</summary>
        public static class Probe
        {
            /// <summary>The report.</summary>
            public static string Run()
            {
                var lines = new StringBuilder();
                void Line(string text) => lines.Append(text).Append('\n');

                var density = ShorelineBandwidth.Parse("1 Tbps/mm", CultureInfo.InvariantCulture);
                Line($"parse: {density} = {density.GigabitsPerSecondPerMillimeter} Gbit/s/mm");
                Line($"format: {ShorelineBandwidth.FromTerabitsPerSecondPerMillimeter(0.8)} | {ShorelineBandwidth.FromTerabitsPerSecondPerMillimeter(0.8).As(ShorelineBandwidthUnit.GigabitPerSecondPerMillimeter)} | {ShorelineBandwidth.FromBitsPerSecondPerMeter(1.5e12)}");

                var shoreline = Length.FromMillimeters(25.6);
                BitRate total = density * shoreline;
                Line($"density * shoreline: {total.As(BitRateUnit.TerabitPerSecond):R} Tbit/s");
                Line($"shoreline * density: {(shoreline * density).As(BitRateUnit.TerabitPerSecond):R} Tbit/s");
                Length needed = BitRate.FromTerabitsPerSecond(51.2) / density;
                Line($"rate / density: {needed.Millimeters:R} mm");

                Line($"json: {JsonSerializer.Serialize(density, AiInfraJson.Options)} {JsonSerializer.Serialize(ShorelineBandwidth.FromGigabitsPerSecondPerMillimeter(800), AiInfraJson.Options)}");
                Line($"json read: {JsonSerializer.Deserialize<ShorelineBandwidth>("\"800 Gbit/s/mm\"", AiInfraJson.Options)}");

                Line($"Quantity.From: {Quantity.From(2, ShorelineBandwidthUnit.TerabitPerSecondPerMillimeter)}");
                Line($"Quantity.Parse: {Quantity.Parse(typeof(ShorelineBandwidth), "3 Gbit/s/mm")}");
                Line($"Quantity.ByName: {Quantity.ByName["ShorelineBandwidth"].Name}, {Quantity.ByName["ShorelineBandwidth"].UnitInfos.Count} units");
                Line($"UnitConverter: {UnitConverter.ConvertByAbbreviation(1, "ShorelineBandwidth", "Tbit/s/mm", "Gbit/s/mm")}");
                Line("Power.Parse: " + Reason(() => Power.Parse("5 Tbit/s/mm")));
                Line("ShorelineBandwidth.Parse: " + Reason(() => ShorelineBandwidth.Parse("5 W")));

                var site = Altitude.FromMetersAboveSeaLevel(1500);
                var raised = site + Length.FromMeters(30);
                Line($"altitude: {site} + 30 m = {raised}; {raised} - {site} = {raised - site}; {raised.As(AltitudeUnit.FootAboveSeaLevel)} ftASL");

                var engine = AiInfraJson.Deserialize<CpoEngine>("""
                    {"id":"cpo-1","shorelineDensity":"1 Tbps/mm","densityByModulation":{"pam4":"1000 Gbit/s/mm"},
                     "measuredDensities":["0.9 Tbit/s/mm",1.1],"ratedDensity":{"value":"1 Tbit/s/mm","bound":"atLeast","source":"s1"}}
                    """);
                Line($"entity: {engine.Id} {engine.ShorelineDensity} {engine.DensityByModulation![Modulation.Pam4]} {string.Join("|", engine.MeasuredDensities!)} {engine.RatedDensity!.Value.Value} {engine.Power}");
                var written = AiInfraJson.Serialize(engine);
                Line("written: " + written);
                Line($"round trip equal: {AiInfraJson.Deserialize<CpoEngine>(written) == engine}");

                AiInfraJson.TryDeserialize<CpoEngine>("""{"id":"cpo-2","shorelineDensity":"1 Tbit/s","measuredDensities":["-1 Gbit/s/mm"]}""", out _, out var errors);
                Line("errors: " + string.Join("; ", errors.Select(e => $"{e.Path} {e.Code}")));
                var tooDense = engine with { ShorelineDensity = ShorelineBandwidth.FromTerabitsPerSecondPerMillimeter(11) };
                Line("too dense: " + string.Join("; ", tooDense.Validate().Errors.Select(e => $"{e.Path} {e.Code}")));
                var catalogued = Consumer.Data.Catalog.CpoEngines.Get("cpo-51t");
                Line($"catalogue: {catalogued.ShorelineDensity} x {catalogued.Shoreline} = {catalogued.ShorelineDensity * catalogued.Shoreline!.Value}; rated {catalogued.RatedDensity!.Value.Bound} {catalogued.RatedDensity!.Value.Value}");
                return lines.ToString();
            }

            private static string Reason(Action parse)
            {
                try
                {
                    parse();
                    return "parsed";
                }
                catch (QuantityFormatException exception)
                {
                    var start = exception.Message.IndexOf(": ", StringComparison.Ordinal) + 2;
                    return exception.Message.Substring(start, exception.Message.IndexOf(". Expected", start, StringComparison.Ordinal) - start);
                }
            }
        }
        """";
}
