using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Benchmarks;

/// <summary>
/// What each generator run over the 500 spec files recomputed, from the tracked steps' <see cref="IncrementalStepRunReason"/>s,
/// and which generated files changed. <see cref="Verify"/> throws when the caching is not what the design promises.
/// </summary>
public static class GeneratorReport
{
    /// <summary>The spec generator's tracked steps (AiInfra.Domain.Generators.TrackingNames).</summary>
    public static readonly string[] Steps = ["SpecFiles", "SpecSet", "SpecEntities", "SpecEnums", "SpecRegistration"];

    /// <summary>The three runs: cold, one spec edited after it, a C# edit after that.</summary>
    public static (GeneratorRunResult Cold, GeneratorRunResult Edited, GeneratorRunResult CSharpEdited, TimeSpan[] Times) RunScenarios(GeneratorInputs inputs)
    {
        var watch = Stopwatch.StartNew();
        var cold = inputs.CreateDriver().RunGenerators(inputs.Compilation);
        var coldTime = watch.Elapsed;

        watch.Restart();
        var edited = cold.ReplaceAdditionalText(inputs.Files[GeneratorInputs.EditedIndex], inputs.EditedFile).RunGenerators(inputs.Compilation);
        var editedTime = watch.Elapsed;

        watch.Restart();
        var csharp = edited.RunGenerators(inputs.CompilationWithEditedCSharp);
        var csharpTime = watch.Elapsed;

        return (Single(cold), Single(edited), Single(csharp), [coldTime, editedTime, csharpTime]);
    }

    /// <summary>Throws unless: the cold run makes everything new; the edit reparses one file and regenerates only its changed entity's files; the C# edit reruns nothing.</summary>
    public static void Verify(GeneratorInputs inputs)
    {
        var (cold, edited, csharp, _) = RunScenarios(inputs);
        Check(cold.Exception is null && edited.Exception is null && csharp.Exception is null, "the generator threw");
        Check(Outputs(cold).All(o => o == IncrementalStepRunReason.New), "cold run: every output should be New");

        var files = Reasons(edited, "SpecFiles");
        Check(files.Count(r => r == IncrementalStepRunReason.Modified) == 1 && files.Count(r => r == IncrementalStepRunReason.Cached) == GeneratorInputs.FileCount - 1, "edit: one spec file parsed again, the others Cached");
        var entities = Reasons(edited, "SpecEntities");
        Check(entities.Count(r => r == IncrementalStepRunReason.Modified) == 1 && entities.Count(Reused) == entities.Count - 1, "edit: one entity Modified, every other Cached or Unchanged");
        Check(Reasons(edited, "SpecEnums").All(Reused) && Reasons(edited, "SpecRegistration").All(Reused), "edit: enums and registration reused");

        var changed = ChangedSources(cold, edited);
        var entity = GeneratorInputs.EntitiesOfEditedFile[0];
        Check(changed.Count > 0 && changed.All(h => h.Contains($".{entity}.", StringComparison.Ordinal)), $"edit: only {entity}'s files change, not {string.Join(", ", changed)}");

        Check(Outputs(csharp).All(Reused), "C# edit: every step Cached or Unchanged");
        Check(ChangedSources(edited, csharp).Count == 0, "C# edit: no generated file changes");
    }

    /// <summary>Prints the reasons per step and scenario, the files that changed, and one timing of each run (the benchmarks time them properly).</summary>
    public static int Run(TextWriter output)
    {
        var inputs = new GeneratorInputs();
        Verify(inputs);
        var (cold, edited, csharp, times) = RunScenarios(inputs);
        output.WriteLine($"Spec generator over {GeneratorInputs.FileCount} spec files ({cold.GeneratedSources.Length} generated files). Caching verified.");
        output.WriteLine();
        output.WriteLine("| step | cold run | one spec edited | unrelated .cs edit |");
        output.WriteLine("| --- | --- | --- | --- |");
        foreach (var step in Steps.Append("SourceOutput"))
        {
            output.WriteLine($"| {step} | {Describe(cold, step)} | {Describe(edited, step)} | {Describe(csharp, step)} |");
        }

        output.WriteLine();
        output.WriteLine($"Generated files that changed after the edit: {string.Join(", ", ChangedSources(cold, edited))}");
        output.WriteLine($"Generated files that changed after the C# edit: {ChangedSources(edited, csharp).Count}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"One timing each, after the check above warmed the JIT: cold {times[0].TotalMilliseconds:F0} ms, edited {times[1].TotalMilliseconds:F0} ms, C# edit {times[2].TotalMilliseconds:F1} ms"));
        output.WriteLine();
        output.WriteLine("Time each step took, summed over its outputs (the compiler's own step timing, one run each):");
        output.WriteLine();
        output.WriteLine("| step | cold run | one spec edited | unrelated .cs edit |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var step in cold.TrackedSteps.Keys.Order(StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {StepTime(cold, step):F1} ms | {StepTime(edited, step):F1} ms | {StepTime(csharp, step):F1} ms |"));
        }
        return 0;
    }

    private static GeneratorRunResult Single(GeneratorDriver driver) => driver.GetRunResult().Results.Single();

    private static bool Reused(IncrementalStepRunReason reason) => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    private static double StepTime(GeneratorRunResult run, string step) =>
        run.TrackedSteps.TryGetValue(step, out var steps) ? steps.Sum(s => s.ElapsedTime.TotalMilliseconds) : 0;

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult run, string step) =>
        (step == "SourceOutput" ? run.TrackedOutputSteps : run.TrackedSteps).TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList()
            : [];

    /// <summary>
    /// The reasons of every step's outputs but the compiler's own input step "Compilation" (the compilation itself, which a
    /// C# edit modifies; the compiler reports it among the tracked steps).
    /// </summary>
    private static IEnumerable<IncrementalStepRunReason> Outputs(GeneratorRunResult run) =>
        run.TrackedSteps.Concat(run.TrackedOutputSteps).Where(kv => kv.Key != CompilationStep).SelectMany(kv => kv.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    private const string CompilationStep = "Compilation";

    private static string Describe(GeneratorRunResult run, string step) =>
        string.Join(", ", Reasons(run, step).GroupBy(r => r).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));

    private static List<string> ChangedSources(GeneratorRunResult before, GeneratorRunResult after)
    {
        var old = before.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        return after.GeneratedSources
            .Where(s => !old.TryGetValue(s.HintName, out var text) || text != s.SourceText.ToString())
            .Select(s => s.HintName)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Generator caching is not as expected: {what}.");
        }
    }
}
