using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using AiInfra.Domain.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiInfra.Domain.Generators.Tests.Specs;

/// <summary>
/// The spec generator never throws: the real spec and catalogue files, mutated and truncated at random (with a fixed
/// seed, so a failure reproduces), only ever give AIINFRA errors located inside their files, never the internal-error
/// one (AIINFRA007) and never an exception; and what it accepts generates C# that binds without an error.
/// </summary>
public partial class SpecRobustnessTests
{
    /// <summary>
    /// How many random mutations each file gets: 500, times AIINFRA_FUZZ_ITERATIONS (a whole number, default 1) for a
    /// longer run; the seeds are fixed, so a larger count extends the same sequence.
    /// </summary>
    private static readonly int Mutations = 500 * FuzzScale;

    private static int FuzzScale =>
        int.TryParse(Environment.GetEnvironmentVariable("AIINFRA_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale >= 1 ? scale : 1;

    /// <summary>How long one generator run on a mutated file may take before it counts as hung.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    private static readonly string[] NumberReplacements =
    [
        "1e400", "-1e400", "1e-400", "-1", "-0", "0", "0.5", "1e308", "4.9e-324", "2147483648", "-2147483649", "9.3e18",
        "99999999999999999999999999999999", "1.5", "NaN", "Infinity", "0x10", "1.", ".5", "+1", "1e", "-", "\"1\"",
        "\"1 kW\"", "null", "true", "false", "[]", "{}", "[1]", "{ \"value\": 1 }",
    ];

    private static readonly string[] StringReplacements =
    [
        // Text that C# or XML docs treat specially.
        "", " ", "a b", "\\uD800", "\\u0000", "\\n", "\\r\\n", "\\u2028", "\\u0085", "Über", "\\\"", "\\\\", "<see/>", "&amp;", "*/", "{", "}",
        // Types, quantities, units and values of the format.
        "string", "boolean", "integer", "number", "quantity", "date", "yearMonth", "enum", "entity", "reference", "list", "map", "money",
        "reportingPeriod", "Power", "Energy", "Ratio", "Temperature", "Watts", "kW", "kw", "W", "V", "%", "°C", "K", "1 kW", "-1 kW",
        "1e400 kW", "NaN kW", "800 V", "5 MW", "0 kWh", "90 %", "120 %", "2025-06-30", "2025-02-30", "2025-13", "30/06/2025", "3Q25", "period", "P", "P4Y", "PT1H", "P1.5Y",
        "80 bn USD", "^[a-z]+$", "[", "(?<x", "^(a+)+$",
        // Names: declared ones, reserved members, keywords, and names the generated code itself uses.
        "lfp", "fp8", "2.5d", "Chip", "Memory", "Rating", "Precision", "BatteryModule", "BatteryStorageUnit", "BatteryChemistry",
        "Validate", "validate", "EqualityContract", "ToString", "SchemaText", "ReadJsonCore", "value", "scope", "reader", "writer",
        "context", "hash", "other", "item", "class", "@Value", "Value", "Object", "System", "Catalog", "All", "Get", "global", "AiInfra",
        "Acme.Storage", "AiInfra.Domain", "CustomSpec",
        // Keys of the format.
        "id", "type", "required", "default", "figure", "minimum", "maximum", "pattern", "items", "key", "values", "csharpName", "name",
        "entity", "entries", "sources", "defaultSource", "s001", "s002", "source", "bound", "range", "atMost", "min", "max", "line",
    ];



    private static readonly JsonTextMutator Mutator = new(NumberOrLiteralPattern(), "value", NumberReplacements, StringReplacements, stringReplacementWeight: 4);
    [Theory]
    [InlineData(SpecInputs.BatteryStorage, 20250630)]
    [InlineData(SpecInputs.TestFixtures, 20260128)]
    [InlineData(SpecInputs.Batteries, 5000)]
    [InlineData(SpecInputs.Chips, 1979)]
    public void Random_mutations_of_a_real_file_never_make_the_generator_throw(string fileName, int seed)
    {
        var files = SpecInputs.All();
        var texts = files.ToDictionary(f => f.Path, f => f.GetText()!.ToString(), StringComparer.Ordinal);
        var target = files.Single(f => f.Path == SpecInputs.PathOf(fileName));
        var baseline = SpecInputs.Run(files, BaseCompilation());
        Assert.True(baseline.Diagnostics.IsEmpty, SpecInputs.Describe(baseline.Diagnostics));
        var binder = new ChangedTreeBinder(baseline);

        var random = new Random(seed);
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        var cleanRuns = 0;
        var runs = 0;
        for (var i = 0; i < Mutations; i++)
        {
            // Mostly this file alone; now and then another one too, so that mistakes can meet across files.
            var mutated = new List<(AdditionalText Original, string Text, string Recipe)> { Mutated(target) };
            if (random.Next(10) == 0)
            {
                mutated.Add(Mutated(files.Where(f => f != target).ElementAt(random.Next(files.Length - 1))));
            }

            var driver = baseline.Driver;
            foreach (var (original, text, _) in mutated)
            {
                driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, text));
            }

            var what = $"mutation {i} (seed {seed}): " + string.Join("; ", mutated.Select(m => $"{Path.GetFileName(m.Original.Path)} {m.Recipe}"));
            var started = Stopwatch.GetTimestamp();
            var run = RunChecked(driver, baseline.Compilation, what);
            // A hang guard, not a speed target (speed is measured by the benchmarks): a run takes milliseconds.
            Assert.True(Stopwatch.GetElapsedTime(started) < HangLimit, $"{what} ran for {Stopwatch.GetElapsedTime(started)}");
            runs++;
            var current = texts.ToDictionary(t => t.Key, t => mutated.FirstOrDefault(m => m.Original.Path == t.Key).Text ?? t.Value, StringComparer.Ordinal);
            AssertOnlyLocatedAiInfraErrors(run, current, what);
            ids.UnionWith(run.Diagnostics.Select(d => d.Id));
            if (run.Diagnostics.IsEmpty)
            {
                cleanRuns++;
                binder.AssertChangedTreesBind(run, what);
            }
        }

        // Each file got its mutations, which reached many of the checks; some were harmless and were compiled.
        Assert.Equal(Mutations, runs);
        Assert.True(ids.Count >= (fileName.EndsWith(".spec.json", StringComparison.Ordinal) ? 10 : 6), "only " + string.Join(", ", ids));
        Assert.InRange(cleanRuns, 5, Mutations - 100);
        Assert.True(binder.Bound > 0, "no accepted mutation changed a generated file");

        (AdditionalText, string, string) Mutated(AdditionalText original)
        {
            var (text, recipe) = Mutator.Mutate(texts[original.Path], random);
            return (original, text, recipe);
        }
    }

    [Theory]
    [InlineData(SpecInputs.BatteryStorage)]
    [InlineData(SpecInputs.TestFixtures)]
    [InlineData(SpecInputs.Batteries)]
    [InlineData(SpecInputs.Chips)]
    public void Every_truncation_of_a_real_file_is_reported_without_throwing(string fileName)
    {
        var files = SpecInputs.All();
        var texts = files.ToDictionary(f => f.Path, f => f.GetText()!.ToString(), StringComparer.Ordinal);
        var original = files.Single(f => f.Path == SpecInputs.PathOf(fileName));
        var text = texts[original.Path];
        var baseline = SpecInputs.Run(files);

        // Every cut point would be thousands of runs; about 400 evenly spaced ones and every line end reach each token kind.
        var step = Math.Max(1, text.Length / 400);
        var cuts = Enumerable.Range(0, text.Length).Where(i => i % step == 0 || text[i] == '\n').ToList();
        Assert.True(cuts.Count >= 400, $"only {cuts.Count} cuts");
        foreach (var cut in cuts)
        {
            var truncated = text[..cut];
            var what = $"{fileName} cut at {cut}";
            var run = RunChecked(baseline.Driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, truncated)), baseline.Compilation, what);
            AssertOnlyLocatedAiInfraErrors(run, new Dictionary<string, string>(texts, StringComparer.Ordinal) { [original.Path] = truncated }, what);
            if (cut < text.TrimEnd().Length)
            {
                Assert.True(run.Diagnostics.Any(d => d.Id == "AIINFRA001"), $"{what}: {SpecInputs.Describe(run.Diagnostics)}");
            }
        }
    }

    private static GeneratorRun RunChecked(GeneratorDriver driver, Compilation compilation, string what)
    {
        GeneratorRun run;
        try
        {
            run = GeneratorHarness.Run(driver, compilation);
        }
        catch (Exception exception)
        {
            Assert.Fail($"{what}: the driver threw {exception}");
            throw;
        }

        Assert.True(run.Exception is null, $"{what}: the generator threw {run.Exception}");
        return run;
    }

    /// <summary>Every diagnostic is an AIINFRA error other than AIINFRA007, inside one of the files; with one in a spec file nothing is generated.</summary>
    private static void AssertOnlyLocatedAiInfraErrors(GeneratorRun run, IReadOnlyDictionary<string, string> texts, string what)
    {
        foreach (var diagnostic in run.Diagnostics)
        {
            Assert.True(diagnostic.Id.StartsWith("AIINFRA", StringComparison.Ordinal) && diagnostic.Id != "AIINFRA007", $"{what}: {diagnostic}");
            Assert.True(diagnostic.Severity == DiagnosticSeverity.Error, $"{what}: {diagnostic}");
            var path = diagnostic.Location.GetLineSpan().Path;
            Assert.True(texts.TryGetValue(path, out var text), $"{what}: {diagnostic} is in no input file");
            var span = diagnostic.Location.SourceSpan;
            Assert.True(span.Start >= 0 && span.End <= text!.Length, $"{what}: {diagnostic} is outside its file of {text!.Length} characters");
            var lineSpan = diagnostic.Location.GetLineSpan().Span;
            Assert.True(lineSpan.Start <= lineSpan.End, $"{what}: {diagnostic} ends before it starts");
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            Assert.False(message.Contains("{0}", StringComparison.Ordinal), $"{what}: {message}");
        }

        if (run.Diagnostics.Any(d => d.Location.GetLineSpan().Path.EndsWith(".spec.json", StringComparison.Ordinal)))
        {
            Assert.True(run.Sources.Count == 0, $"{what}: a spec file has errors, yet {string.Join(", ", run.Sources.Keys)} were generated");
        }
    }

    /// <summary>
    /// A user's compilation: the built library and NodaTime referenced, as in <see cref="SpecCompileTests"/>, without
    /// the hand-written rules (a mutation may rename their record).
    /// </summary>
    private static CSharpCompilation BaseCompilation() => CSharpCompilation.Create(
        "UserProject",
        [CSharpSyntaxTree.ParseText("global using System;", GeneratorHarness.ParseOptions, path: "Usings.cs")],
        SpecCompileTests.References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// Binds the generated files a mutation changed, in the output compilation: a full compilation per mutation would
    /// take minutes, while the changed files are where a mistake of the emitters on odd input would show.
    /// </summary>
    private sealed class ChangedTreeBinder(GeneratorRun baseline)
    {
        private readonly ImmutableDictionary<string, Microsoft.CodeAnalysis.Text.SourceText> _baseline =
            baseline.Generator.GeneratedSources.ToImmutableDictionary(s => s.HintName, s => s.SourceText, StringComparer.Ordinal);

        public int Bound { get; private set; }

        public void AssertChangedTreesBind(GeneratorRun run, string what)
        {
            var changed = run.Generator.GeneratedSources
                .Where(s => !_baseline.TryGetValue(s.HintName, out var before) || !before.ContentEquals(s.SourceText))
                .ToList();
            foreach (var source in changed)
            {
                Bound++;
                var tree = run.OutputTree(source);
                Assert.True(tree is not null, $"{what}: {source.HintName} is not in the output compilation");
                var problems = run.OutputCompilation.GetSemanticModel(tree).GetDiagnostics()
                    .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Id != "CS8019"))
                    .ToList();
                Assert.True(problems.Count == 0, $"{what}: {source.HintName}: {string.Join(", ", problems.Take(3))}");
            }
        }
    }

    /// <summary>One to three random edits, and a description of them for the failure message.</summary>
    [GeneratedRegex(@"(?<=[:\[,]\s*)(-?\d+(\.\d+)?([eE][-+]?\d+)?|true|false|null)")]
    private static partial Regex NumberOrLiteralPattern();
}
