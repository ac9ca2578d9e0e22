using AiInfra.Domain.Generators.Common;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Tests.Common;

/// <summary>
/// Every generator adds its sources through <see cref="GeneratedSources"/>: a source whose writing throws (or whose name
/// the compiler refuses) is reported as AIINFRA007 and the others are still added, where an exception out of the
/// generator would make the compiler drop them all (CS8785).
/// </summary>
public class GeneratedSourcesTests
{
    private sealed class TwoSources(Func<string> first) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, (spc, _) =>
            {
                GeneratedSources.Add(spc, "First.g.cs", first);
                GeneratedSources.Add(spc, "Second.g.cs", () => "internal static class Second { }");
            });
    }

    [Fact]
    public void A_source_whose_writing_throws_is_reported_and_the_others_are_added()
    {
        var run = GeneratorHarness.Run(new TwoSources(() => throw new InvalidOperationException("an emitter bug")), []);
        Assert.Null(run.Exception);
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("AIINFRA007", d.Id);
        Assert.Contains("InvalidOperationException while writing First.g.cs: an emitter bug", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(["Second.g.cs"], run.Sources.Keys);
    }

    [Fact]
    public void A_source_name_the_compiler_refuses_is_reported_and_the_others_are_added()
    {
        var generator = new NamedSource();
        var run = GeneratorHarness.Run(generator, []);
        Assert.Null(run.Exception);
        Assert.Equal("AIINFRA007", Assert.Single(run.Diagnostics).Id);
        Assert.Equal(["Second.g.cs"], run.Sources.Keys);
    }

    [Fact]
    public void No_generator_adds_a_source_another_way()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "generators", "AiInfra.Domain.Generators");
        var direct = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && Path.GetFileName(f) != "GeneratedSources.cs")
            .Where(f => File.ReadAllText(f).Contains(".AddSource(", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(folder, f))
            .ToList();
        Assert.True(direct.Count == 0, "AddSource called outside GeneratedSources: " + string.Join(", ", direct));
    }

    private sealed class NamedSource : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, (spc, _) =>
            {
                GeneratedSources.Add(spc, "First?.g.cs", () => "internal static class First { }");
                GeneratedSources.Add(spc, "Second.g.cs", () => "internal static class Second { }");
            });
    }
}
