using System.Globalization;
using System.Text.RegularExpressions;
using AiInfra.Domain.Generators.Quantities;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>
/// The generator never throws: the real definition files, mutated and truncated at random (with a fixed seed, so a
/// failure reproduces), only ever give AIINFRA diagnostics, never the internal-error one, and never an exception.
/// </summary>
public partial class RobustnessTests
{
    private const int Mutations = 500;

    private static readonly string[] NumberReplacements =
    [
        "1e400", "-1e400", "1e-400", "-5", "0", "-0", "0.0", "1e308", "4.9e-324", "99999999999999999999999999999999",
        "NaN", "Infinity", "-Infinity", "0x10", "1.", ".5", "+1", "1e", "-", "1_000", "1,5", "\"1\"", "null", "true", "[]", "{}",
    ];

    private static readonly string[] StringReplacements =
    [
        "", " ", "a b", "\\uD800", "\\uDC00\\uD800", "\\u0000", "\\n", "\\r", "\\u2028", "Über", "\\\"", "\\\\", "<see/>", "&amp;",
        "Operators", "Registry", "Power", "POWER", "Quantity", "class", "@Value", "Value", "Zero", "1", "-", "%", "",
        "Energy = Power * Duration", "Power = Power * Power", "Temperature = Temperature * Ratio", "X = Y / Z", "=", "*",
    ];



    private static readonly JsonTextMutator Mutator = new(NumberPattern(), "number", NumberReplacements, StringReplacements, stringReplacementWeight: 2);
    [Fact]
    public void Random_mutations_of_the_real_definitions_never_make_the_generator_throw()
    {
        var files = Definitions.All();
        var texts = files.ToDictionary(f => f.Path, f => f.GetText()!.ToString(), StringComparer.Ordinal);
        var compilation = GeneratorHarness.CreateCompilation();
        var baseline = GeneratorHarness.Run(new QuantityGenerator(), files, compilation);
        Assert.Empty(baseline.Diagnostics);

        var baselineTexts = baseline.Generator.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText, StringComparer.Ordinal);
        var random = new Random(20240611);
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        var cleanRuns = 0;
        for (var i = 0; i < Mutations; i++)
        {
            // Mostly one file at a time; now and then two, so that mistakes can meet across files.
            var count = random.Next(10) == 0 ? 2 : 1;
            var driver = baseline.Driver;
            var mutated = new List<(string Path, string Text, string Recipe)>();
            foreach (var original in files.OrderBy(_ => random.Next()).Take(count))
            {
                var (text, recipe) = Mutator.Mutate(texts[original.Path], random);
                mutated.Add((original.Path, text, recipe));
                driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, text));
            }

            var what = $"mutation {i}: " + string.Join("; ", mutated.Select(m => $"{Path.GetFileName(m.Path)} {m.Recipe}"));
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
            foreach (var diagnostic in run.Diagnostics)
            {
                ids.Add(diagnostic.Id);
                Assert.True(diagnostic.Id.StartsWith("AIINFRA", StringComparison.Ordinal), $"{what}: {diagnostic}");
                Assert.True(diagnostic.Id != "AIINFRA007", $"{what}: {diagnostic}");
                Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
                AssertInsideItsFile(diagnostic, mutated, texts, what);
                _ = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            }

            if (run.Diagnostics.IsEmpty)
            {
                // A mutation the generator accepts must still give C# that parses (checked for the files it changed).
                cleanRuns++;
                var changed = run.Generator.GeneratedSources
                    .Where(s => !baselineTexts.TryGetValue(s.HintName, out var before) || !before.ContentEquals(s.SourceText))
                    .Select(s => s.SyntaxTree);
                foreach (var tree in changed)
                {
                    var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                    Assert.True(errors.Count == 0, $"{what}: {tree.FilePath}: {string.Join(", ", errors.Take(3))}");
                }
            }
        }

        // The mutations reach most of the checks, and some of them are harmless.
        Assert.True(ids.Count >= 8, "only " + string.Join(", ", ids));
        Assert.InRange(cleanRuns, 1, Mutations - 100);
    }

    [Theory]
    [InlineData("Power.quantity.json")]
    [InlineData("Temperature.quantity.json")]
    [InlineData("Quantities.relations.json")]
    public void Every_truncation_of_a_file_is_reported_without_throwing(string fileName)
    {
        var text = Definitions.Read(fileName);
        var files = Definitions.All();
        var original = files.Single(f => f.Path == Definitions.PathOf(fileName));
        var baseline = GeneratorHarness.Run(new QuantityGenerator(), files);
        var compilation = baseline.Compilation;

        // Every cut point would be thousands of runs; every seventh character and every line end cover each token kind.
        var cuts = Enumerable.Range(0, text.Length).Where(i => i % 7 == 0 || text[i] == '\n').ToList();
        foreach (var cut in cuts)
        {
            var truncated = new InMemoryAdditionalText(original.Path, text[..cut]);
            var run = GeneratorHarness.Run(baseline.Driver.ReplaceAdditionalText(original, truncated), compilation);
            Assert.True(run.Exception is null, $"cut at {cut}: {run.Exception}");
            Assert.All(run.Diagnostics, d => Assert.True(d.Id.StartsWith("AIINFRA", StringComparison.Ordinal) && d.Id != "AIINFRA007", $"cut at {cut}: {d}"));
            if (cut < text.Length - 2)
            {
                Assert.Contains(run.Diagnostics, d => d.Id == "AIINFRA001");
            }
        }
    }

    /// <summary>One to three random edits, and a description of them for the failure message.</summary>
    private static void AssertInsideItsFile(Diagnostic diagnostic, List<(string Path, string Text, string Recipe)> mutated, Dictionary<string, string> texts, string what)
    {
        var path = diagnostic.Location.GetLineSpan().Path;
        var text = mutated.FirstOrDefault(m => m.Path == path).Text ?? (texts.TryGetValue(path, out var t) ? t : null);
        Assert.True(text is not null, $"{what}: {diagnostic} is in no input file");
        var span = diagnostic.Location.SourceSpan;
        Assert.True(span.Start >= 0 && span.End <= text!.Length, $"{what}: {diagnostic} is outside its file of {text!.Length} characters");
    }

    [GeneratedRegex(@"(?<=[:\[,]\s*)-?\d+(\.\d+)?([eE][-+]?\d+)?")]
    private static partial Regex NumberPattern();
}
