using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Benchmarks;

/// <summary>
/// The spec generator over 500 spec files, driven by <see cref="Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver"/>
/// without step tracking (as the compiler runs it): a cold run (a new driver), a run after one spec file was edited,
/// and a run after an unrelated C# edit. The global setup first checks, with tracking on, that the edit reruns only
/// what depends on the edited file and the C# edit reruns nothing (see <see cref="GeneratorReport"/>); it throws if not.
/// </summary>
[MemoryDiagnoser]
[MonitoringJob]
public class GeneratorBenchmarks
{
    private GeneratorInputs _inputs = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new GeneratorInputs();
        GeneratorReport.Verify(_inputs);
        _warm = _inputs.CreateDriver(track: false).RunGenerators(_inputs.Compilation);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdRun_500Specs() => _inputs.CreateDriver(track: false).RunGenerators(_inputs.Compilation);

    [Benchmark]
    public GeneratorDriver OneSpecEdited() =>
        _warm.ReplaceAdditionalText(_inputs.Files[GeneratorInputs.EditedIndex], _inputs.EditedFile).RunGenerators(_inputs.Compilation);

    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEdit() => _warm.RunGenerators(_inputs.CompilationWithEditedCSharp);
}
