using System.Collections.Immutable;
using AiInfra.Domain.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiInfra.Domain.Generators.Tests.Specs;

/// <summary>
/// The code generated from real spec and catalogue files compiles, with no error and no warning, against the built
/// AiInfra.Domain library, as it does in a user's project.
/// </summary>
/// <remarks>
/// The generated records, readers, validators and catalogues use the library's runtime (IAiInfraEntity,
/// JsonValueReaders, ValidationScope, Figure, the generated quantities ...), which is far more than the hand-written
/// quantity files <see cref="RealDefinitionsTests"/> compiles from source; so this test references the library itself.
/// The project file references src/AiInfra.Domain (under an extern alias, so its types stay out of the tests' code),
/// which puts AiInfra.Domain.dll and NodaTime.dll in the output folder, and the test compiles against those two files
/// and the shared framework. It compiles in C# 12, the language of the oldest SDK the package supports, with XML
/// documentation diagnosed, as in a project with GenerateDocumentationFile, and with the hand-written partial rules
/// that go with each spec, so the ValidateRules hook is checked too.
/// </remarks>
public class SpecCompileTests
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    [
        .. GeneratorHarness.References,
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "AiInfra.Domain.dll")),
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "NodaTime.dll")),
        GeneratorHarness.UnitsNetReference,
    ]);

    internal static CSharpParseOptions ParseOptions { get; } = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    public static TheoryData<string, string, string> Inputs { get; } = new()
    {
        { SpecInputs.BatteryStorage, SpecInputs.Batteries, "BatteryStorageUnit.Rules.cs" },
        { SpecInputs.TestFixtures, SpecInputs.Chips, "" },
        { SpecInputs.UnitsNetMode, SpecInputs.RackLoads, "" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_generated_code_compiles_against_the_library_without_errors_or_warnings(string spec, string catalog, string rules)
    {
        // The test fixtures state their one cross-property rule declaratively (atLeastProperty), so they have no rules file.
        SyntaxTree[] userCode = rules.Length == 0 ? [] : [CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(SpecInputs.Folder, rules)), ParseOptions, path: rules)];
        var run = RunAndCompile([SpecInputs.Text(spec), SpecInputs.Text(catalog)], userCode);
        Assert.Contains(run.Sources.Keys, k => k.StartsWith("Catalog.", StringComparison.Ordinal));
        Assert.Contains("Specs.Registration.g.cs", run.Sources.Keys);
    }

    /// <summary>
    /// Runs the spec generator on <paramref name="files"/> in a user's project with <paramref name="userCode"/>, requires
    /// no generator diagnostic, then compiles and emits the result, requiring no error and no warning.
    /// </summary>
    internal static GeneratorRun RunAndCompile(IEnumerable<AdditionalText> files, params SyntaxTree[] userCode)
    {
        var compilation = CSharpCompilation.Create(
            "UserProject",
            [.. userCode, CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "ImplicitUsings.cs")],
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        var driver = CSharpGeneratorDriver.Create([new SpecGenerator().AsSourceGenerator()], files, ParseOptions);
        var run = GeneratorHarness.Run(driver, compilation);
        Emit(run);
        return run;
    }

    /// <summary>
    /// Requires a run without exception or generator diagnostic whose output compiles with no error and no warning,
    /// and emits it.
    /// </summary>
    /// <returns>The assembly's bytes.</returns>
    internal static byte[] Emit(GeneratorRun run)
    {
        Assert.Null(run.Exception);
        Assert.True(run.Diagnostics.IsEmpty, SpecInputs.Describe(run.Diagnostics));

        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, SpecInputs.Describe(problems.Take(30)));

        // Emitting catches what binding alone does not (for example a missing implementation of an interface member).
        using var stream = new MemoryStream();
        var emitted = run.OutputCompilation.Emit(stream);
        Assert.True(emitted.Success, SpecInputs.Describe(emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)));
        return stream.ToArray();
    }

    /// <summary>The references of a user's project: the shared framework, the built library and NodaTime.</summary>
    internal static ImmutableArray<MetadataReference> References => s_references.Value;

    [Fact]
    public void The_library_the_test_compiles_against_is_the_built_one()
    {
        // A test that compiled against an empty or missing library would prove nothing.
        var compilation = CSharpCompilation.Create("Probe", references: s_references.Value);
        Assert.NotNull(compilation.GetTypeByMetadataName("AiInfra.Domain.IAiInfraEntity`1"));
        Assert.NotNull(compilation.GetTypeByMetadataName("AiInfra.Domain.Quantities.Power"));
        Assert.NotNull(compilation.GetTypeByMetadataName("NodaTime.LocalDate"));
    }

    /// <summary>What the SDK's ImplicitUsings gives a console or library project.</summary>
    internal const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;
}
