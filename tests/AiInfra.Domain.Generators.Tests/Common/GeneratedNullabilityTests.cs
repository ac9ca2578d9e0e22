using AiInfra.Domain.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>
/// Generated files turn the compiler's nullable warnings off (a build of the library is faster without that flow
/// analysis), while the generator's tests still see them: the harness compiles each generated file with that line
/// turning them on instead. These tests show both halves with a file that has a nullability mistake.
/// </summary>
public class GeneratedNullabilityTests
{
    private const string MistakeInNullability = "public static class Careless { public static int Length(string? text) => text.Length; }";

    [Fact]
    public void The_harness_reports_a_nullable_warning_in_a_generated_file()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(new HeaderedFileGenerator(), []), GeneratorHarness.CreateCompilation());

        var warnings = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        var warning = Assert.Single(warnings);
        Assert.Equal("CS8602", warning.Id);
        // The header keeps its four lines, so the place is the generated file's own: line 5, after the four header lines.
        Assert.Equal(4, warning.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_build_does_not_report_it_and_keeps_the_annotations()
    {
        var driver = GeneratorHarness.CreateDriver(new HeaderedFileGenerator(), []);
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out _);

        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);
        var parameter = output.GetTypeByMetadataName("Careless")!.GetMembers("Length").OfType<IMethodSymbol>().Single().Parameters[0];
        Assert.Equal(NullableAnnotation.Annotated, parameter.NullableAnnotation);
    }

    /// <summary>Adds one file that starts as every generated file does and then makes a nullability mistake.</summary>
    private sealed class HeaderedFileGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterPostInitializationOutput(output =>
                output.AddSource("Careless.g.cs", SourceWriter.FileHeader("a test").Line(MistakeInNullability).ToString()));
    }
}
