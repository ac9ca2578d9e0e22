using AiInfra.Domain.Generators.Quantities;
using Microsoft.CodeAnalysis;
using AiInfra.Domain.Generators.Tests.Specs;
using Microsoft.CodeAnalysis.CSharp;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>
/// The whole real definition set generates without a diagnostic, and the generated code compiles, with no error and
/// no warning, together with the library's hand-written quantity runtime.
/// </summary>
/// <remarks>
/// Parsing the generated trees alone would miss most mistakes an emitter can make (a misspelt member, a missing
/// interface member, two operators with one signature), so the test compiles for real. The generated code needs the
/// hand-written runtime (IQuantity, QuantityInfo, QuantityParser, the JSON converter ...); its files are copied next to
/// the tests by the project file and compiled here with the same implicit usings as the library, in C# 12, the
/// language of the oldest SDK the package supports.
/// </remarks>
public class RealDefinitionsTests
{
    private static readonly Lazy<GeneratorRun> s_run = new(() => GeneratorHarness.Run(new QuantityGenerator(), Definitions.All(), RuntimeCompilation()));

    [Fact]
    public void The_real_definitions_are_all_there()
    {
        Assert.Contains("Power.quantity.json", Definitions.FileNames);
        Assert.Contains("Quantities.relations.json", Definitions.FileNames);
        Assert.True(Definitions.FileNames.Count >= 30, string.Join(", ", Definitions.FileNames));
    }

    [Fact]
    public void Generate_without_diagnostics_or_exceptions()
    {
        var run = s_run.Value;
        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Generate_one_file_per_quantity_plus_the_registry_and_the_operators()
    {
        var quantities = Definitions.FileNames.Where(f => f.EndsWith(".quantity.json", StringComparison.Ordinal)).ToList();
        var sources = s_run.Value.Sources;
        var unitsNet = sources.Keys.Count(k => k.EndsWith(".UnitsNet.g.cs", StringComparison.Ordinal));
        Assert.Equal(quantities.Count + 2 + unitsNet + 1, sources.Count);
        Assert.Contains("QuantityUnitsNetJson.g.cs", sources.Keys);
        foreach (var file in quantities)
        {
            Assert.Contains("Quantities." + file[..^".quantity.json".Length] + ".g.cs", sources.Keys);
        }
    }

    [Fact]
    public void With_UnitsNet_referenced_every_mapped_quantity_gets_its_conversions()
    {
        var sources = s_run.Value.Sources;
        foreach (var file in Definitions.FileNames.Where(f => f.EndsWith(".quantity.json", StringComparison.Ordinal)))
        {
            var name = file[..^".quantity.json".Length];
            using var json = System.Text.Json.JsonDocument.Parse(Definitions.Read(file), new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var mapped = json.RootElement.GetProperty("unitsNet").ValueKind == System.Text.Json.JsonValueKind.String;
            Assert.Equal(mapped, sources.ContainsKey("Quantities." + name + ".UnitsNet.g.cs"));
        }

        Assert.Contains("public static Power FromUnitsNet(global::UnitsNet.Power value)", sources["Quantities.Power.UnitsNet.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_UnitsNet_referenced_nothing_about_UnitsNet_is_generated()
    {
        var run = GeneratorHarness.Run(new QuantityGenerator(), Definitions.All());
        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain(run.Sources.Keys, k => k.Contains("UnitsNet", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generated_trees_parse_without_errors()
    {
        foreach (var tree in s_run.Value.GeneratedTrees)
        {
            Assert.Empty(tree.GetDiagnostics());
        }
    }

    [Fact]
    public void The_generated_code_compiles_with_the_runtime_without_errors_or_warnings()
    {
        var diagnostics = s_run.Value.OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
        Assert.True(diagnostics.Count == 0, string.Join(Environment.NewLine, diagnostics.Take(20)));
    }

    [Fact]
    public void The_output_is_deterministic()
    {
        var again = GeneratorHarness.Run(new QuantityGenerator(), Definitions.All().AsEnumerable().Reverse(), RuntimeCompilation());
        var first = s_run.Value.Sources;
        var second = again.Sources;
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (hint, text) in first)
        {
            Assert.Equal(text, second[hint]);
        }
    }

    /// <summary>The library's hand-written quantity code, as the generated code's compilation.</summary>
    /// <param name="withExtras">
    /// Whether to include Extras/, the hand-written members of particular quantities (PowerRatio.ToPower ...), which
    /// compile only with the real definitions.
    /// </param>
    internal static CSharpCompilation RuntimeCompilation(bool withExtras = true)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Runtime");
        var extras = Path.Combine(folder, "Extras") + Path.DirectorySeparatorChar;
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => withExtras || !f.StartsWith(extras, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains(files, f => f.EndsWith("QuantityParser.cs", StringComparison.Ordinal));
        var trees = files
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), GeneratorHarness.ParseOptions, path: f))
            .Append(CSharpSyntaxTree.ParseText(SpecCompileTests.ImplicitUsings, GeneratorHarness.ParseOptions, path: "ImplicitUsings.cs"));
        // The runtime's UnitsNet interop needs UnitsNet, which the library references; with it the generator also emits
        // the conversions to UnitsNet, so they are compiled here too.
        return GeneratorHarness.CreateCompilation(trees, "AiInfra.Domain").AddReferences(GeneratorHarness.UnitsNetReference);
    }
}
