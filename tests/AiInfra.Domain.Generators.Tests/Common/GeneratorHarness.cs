using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>An additional file held in memory: a path and its text.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    public override string ToString() => Path;
}

/// <summary>The MSBuild properties a build passes to generators (build_property.*), held in memory.</summary>
public sealed class InMemoryGlobalOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Options Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}

/// <summary>What one run of a generator (or of several, as a project's build runs them) produced.</summary>
/// <param name="Driver">The driver after the run; run it again (or edit its inputs first) to test caching.</param>
/// <param name="Compilation">The compilation the generator ran on.</param>
/// <param name="OutputCompilation">That compilation with the generated sources added.</param>
/// <param name="Result">The run result, with the tracked steps.</param>
public sealed record GeneratorRun(GeneratorDriver Driver, Compilation Compilation, Compilation OutputCompilation, GeneratorDriverRunResult Result)
{
    /// <summary>The result of the one generator that ran.</summary>
    public GeneratorRunResult Generator => Result.Results.Single();

    /// <summary>The generated sources of every generator that ran, by hint name, in the order they were added.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>The diagnostics the generators reported, including the warning Roslyn reports when a generator throws.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>The generated syntax trees.</summary>
    public IEnumerable<SyntaxTree> GeneratedTrees => Result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.SyntaxTree);

    /// <summary>A generated file's tree as <see cref="OutputCompilation"/> holds it (with the nullable warnings on), or null.</summary>
    public SyntaxTree? OutputTree(GeneratedSourceResult source) =>
        OutputCompilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == source.SyntaxTree.FilePath);

    /// <summary>Every output of the steps with this tracking name, in every generator that ran, with the reason it was produced.</summary>
    public IEnumerable<(object Value, IncrementalStepRunReason Reason)> StepOutputs(string trackingName) =>
        Result.Results.SelectMany(r => r.TrackedSteps.TryGetValue(trackingName, out var steps) ? steps.SelectMany(s => s.Outputs) : []);

    /// <summary>The exception a generator threw, if one threw.</summary>
    public Exception? Exception => Result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
}

/// <summary>
/// Runs an incremental generator the way the compiler does, on an in-memory compilation and in-memory additional
/// files, with step tracking on. Any generator can be passed, so the harness serves every generator of the project.
/// </summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    /// <summary>The language version of the oldest compiler the package supports (the .NET 8 SDK's).</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    /// <summary>The running runtime's assemblies, which include everything the generated code needs.</summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    /// <summary>UnitsNet 5.75.1, which the library references (copied next to the tests as the library's dependency).</summary>
    public static MetadataReference UnitsNetReference { get; } = MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "UnitsNet.dll"));

    /// <summary>A library compilation of the given C# sources, nullable enabled.</summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees, string assemblyName = "Tests") =>
        CSharpCompilation.Create(
            assemblyName,
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    /// <summary>A library compilation of the given C# sources.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CreateCompilation(sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")));

    /// <summary>A driver for <paramref name="generator"/> over these additional files, tracking every step.</summary>
    public static GeneratorDriver CreateDriver(IIncrementalGenerator generator, IEnumerable<AdditionalText> additionalTexts) =>
        CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            additionalTexts,
            ParseOptions,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// A driver for several generators over these additional files, with these MSBuild properties (such as
    /// "build_property.RootNamespace"), tracking every step, as a project's build runs them.
    /// </summary>
    public static GeneratorDriver CreateDriver(IEnumerable<IIncrementalGenerator> generators, IEnumerable<AdditionalText> additionalTexts, IReadOnlyDictionary<string, string> buildProperties) =>
        CSharpGeneratorDriver.Create(
            generators.Select(g => g.AsSourceGenerator()),
            additionalTexts,
            ParseOptions,
            new InMemoryGlobalOptions(buildProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs <paramref name="generator"/> once over the additional files, on <paramref name="compilation"/> or an empty one.</summary>
    public static GeneratorRun Run(IIncrementalGenerator generator, IEnumerable<AdditionalText> additionalTexts, Compilation? compilation = null) =>
        Run(CreateDriver(generator, additionalTexts), compilation ?? CreateCompilation());

    /// <summary>
    /// Runs a driver (a new one, or the <see cref="GeneratorRun.Driver"/> of an earlier run, perhaps edited). The
    /// output compilation holds the generated files with the nullable warnings on, which each file turns off for the
    /// build's sake (the generator's SourceWriter.NullableWarningsOff): the tests that require no warning check the
    /// generated code's nullability as well.
    /// </summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        var after = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = after.GetRunResult();
        return new GeneratorRun(after, compilation, WithNullableWarnings(output, result), result);
    }

    /// <summary>
    /// The generator's line that turns the warnings off, read from it: this file is also compiled into the tool's tests,
    /// which do not see the generator's internals.
    /// </summary>
    private static readonly string s_nullableWarningsOff = (string)typeof(AiInfra.Domain.Generators.Quantities.QuantityGenerator).Assembly
        .GetType("AiInfra.Domain.Generators.Common.SourceWriter", throwOnError: true)!
        .GetField("NullableWarningsOff")!.GetValue(null)!;

    private static Compilation WithNullableWarnings(Compilation output, GeneratorDriverRunResult result)
    {
        foreach (var tree in result.GeneratedTrees)
        {
            var text = tree.GetText();
            var line = text.Lines.FirstOrDefault(l => l.ToString() == s_nullableWarningsOff);
            if (line.Text is not null)
            {
                // Replaced in place, so that line numbers in diagnostics are those of the generated file.
                output = output.ReplaceSyntaxTree(tree, tree.WithChangedText(text.WithChanges(new TextChange(line.Span, "#nullable enable warnings"))));
            }
        }

        return output;
    }

    /// <summary>Shorthand for in-memory files: pairs of path and text.</summary>
    public static AdditionalText[] Files(params (string Path, string Text)[] files) =>
        files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray();

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

        // The shared framework only: the test's own dependencies (Roslyn, xunit) are not what generated code sees.
        return paths
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtime, StringComparison.Ordinal))
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
