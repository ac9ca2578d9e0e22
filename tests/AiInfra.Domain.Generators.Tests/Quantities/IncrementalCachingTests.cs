using System.Collections;
using System.Reflection;
using AiInfra.Domain.Generators.Quantities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>
/// The generator is incremental: a second run with nothing changed reuses every step, editing one file reruns only
/// what depends on it, editing C# reruns nothing, and no step output holds a symbol, syntax node or compilation.
/// </summary>
public class IncrementalCachingTests
{
    /// <summary>Every step the quantity generator names, which the tests below check by name.</summary>
    internal static readonly string[] TrackedSteps =
    [
        TrackingNames.QuantityTarget,
        TrackingNames.QuantityFiles,
        TrackingNames.QuantityModels,
        TrackingNames.RelationFiles,
        TrackingNames.QuantitySet,
        TrackingNames.DuplicateQuantityFiles,
        TrackingNames.EmittedQuantities,
        TrackingNames.UnitsNetReference,
        TrackingNames.UnitsNetConversions,
        TrackingNames.UnitsNetTable,
    ];

    [Fact]
    public void Every_tracking_name_is_checked_here_or_by_the_spec_caching_tests()
    {
        // The spec and catalogue steps (SpecGenerator) are checked by Specs.SpecIncrementalCachingTests; a new step
        // must be added to one of the two lists, and so to the caching tests of its generator.
        var declared = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetValue(null)!);
        var checkedHere = TrackedSteps.Concat(Specs.SpecIncrementalCachingTests.TrackedSteps).ToList();
        Assert.Equal(checkedHere.Count, checkedHere.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(declared.Order(StringComparer.Ordinal), checkedHere.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_first_run_produces_every_tracked_step()
    {
        var run = GeneratorHarness.Run(new QuantityGenerator(), Definitions.All());
        foreach (var name in TrackedSteps)
        {
            Assert.True(run.Generator.TrackedSteps.ContainsKey(name), $"no step named {name}");
            Assert.All(run.StepOutputs(name), o => Assert.Equal(IncrementalStepRunReason.New, o.Reason));
        }
    }

    [Fact]
    public void A_second_run_with_nothing_changed_reuses_every_step()
    {
        var first = GeneratorHarness.Run(new QuantityGenerator(), Definitions.All());
        var second = GeneratorHarness.Run(first.Driver, first.Compilation.Clone());

        foreach (var name in TrackedSteps)
        {
            var outputs = second.StepOutputs(name).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => AssertReused(o.Reason, name));
        }

        Assert.All(second.Generator.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => AssertReused(o.Reason, "output"));
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void Editing_one_quantity_file_leaves_the_other_files_outputs_cached()
    {
        var power = Definitions.Text("Power.quantity.json");
        var energy = Definitions.Text("Energy.quantity.json");
        var first = GeneratorHarness.Run(new QuantityGenerator(), [power, energy]);

        var edited = new InMemoryAdditionalText(power.Path, Definitions.Read("Power.quantity.json").Replace("accelerator's TDP", "accelerator's thermal design power", StringComparison.Ordinal));
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(power, edited), first.Compilation);

        // Per file: Power is parsed again and modified, Energy is not even parsed again.
        var files = second.StepOutputs(TrackingNames.QuantityFiles).ToList();
        Assert.Equal(IncrementalStepRunReason.Modified, files.Single(o => ModelName(o.Value) == "Power").Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, files.Single(o => ModelName(o.Value) == "Energy").Reason);

        foreach (var name in new[] { TrackingNames.QuantityModels, TrackingNames.EmittedQuantities })
        {
            var outputs = second.StepOutputs(name).ToList();
            Assert.Equal(IncrementalStepRunReason.Modified, outputs.Single(o => ModelName(o.Value) == "Power").Reason);
            AssertReused(outputs.Single(o => ModelName(o.Value) == "Energy").Reason, name);
        }

        // The list of duplicate files is recomputed but unchanged, so it does not invalidate Energy's output.
        Assert.All(second.StepOutputs(TrackingNames.DuplicateQuantityFiles), o => AssertReused(o.Reason, TrackingNames.DuplicateQuantityFiles));

        // Energy's source is not emitted again; Power's is.
        var sourceOutputs = second.Generator.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Contains(sourceOutputs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(sourceOutputs, o => o.Reason == IncrementalStepRunReason.Cached);
        Assert.Contains("thermal design power", second.Sources["Quantities.Power.g.cs"], StringComparison.Ordinal);
        Assert.Equal(first.Sources["Quantities.Energy.g.cs"], second.Sources["Quantities.Energy.g.cs"]);
    }

    [Fact]
    public void Editing_the_relations_file_leaves_every_quantity_cached()
    {
        var relations = new InMemoryAdditionalText(Definitions.PathOf("Small.relations.json"), """{ "relations": [] }""");
        AdditionalText[] files = [Definitions.Text("Power.quantity.json"), Definitions.Text("Duration.quantity.json"), Definitions.Text("Energy.quantity.json"), relations];
        var first = GeneratorHarness.Run(new QuantityGenerator(), files);
        Assert.DoesNotContain("QuantityOperators.g.cs", first.Sources.Keys);

        var edited = new InMemoryAdditionalText(relations.Path, """{ "relations": [ "Energy = Power * Duration" ] }""");
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(relations, edited), first.Compilation);

        Assert.All(second.StepOutputs(TrackingNames.QuantityFiles), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(second.StepOutputs(TrackingNames.EmittedQuantities), o => AssertReused(o.Reason, TrackingNames.EmittedQuantities));
        Assert.All(second.StepOutputs(TrackingNames.RelationFiles), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(second.StepOutputs(TrackingNames.QuantitySet), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.Contains("QuantityOperators.g.cs", second.Sources.Keys);
    }

    [Fact]
    public void Editing_only_white_space_and_comments_leaves_the_model_unchanged()
    {
        var power = Definitions.Text("Power.quantity.json");
        var first = GeneratorHarness.Run(new QuantityGenerator(), [power]);
        var text = Definitions.Read("Power.quantity.json");

        // Appended at the end, after every position a model remembers.
        var edited = new InMemoryAdditionalText(power.Path, text + "\n// a comment\n\n");
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(power, edited), first.Compilation);

        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(second.StepOutputs(TrackingNames.QuantityFiles)).Reason);
        Assert.All(second.StepOutputs(TrackingNames.QuantityModels), o => AssertReused(o.Reason, TrackingNames.QuantityModels));
        Assert.All(second.StepOutputs(TrackingNames.QuantitySet), o => AssertReused(o.Reason, TrackingNames.QuantitySet));
    }

    [Fact]
    public void Adding_or_editing_CSharp_reruns_nothing()
    {
        var first = GeneratorHarness.Run(new QuantityGenerator(), Definitions.All(), GeneratorHarness.CreateCompilation("namespace User; public class A { }"));
        var added = first.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace User; public class B { public int X => 1; }", GeneratorHarness.ParseOptions));
        var second = GeneratorHarness.Run(first.Driver, added);
        AssertNothingReran(second);

        var tree = added.SyntaxTrees.Last();
        var edited = added.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("namespace User; public class B { public int X => 2; }")));
        var third = GeneratorHarness.Run(second.Driver, edited);
        AssertNothingReran(third);

        var removed = edited.RemoveAllSyntaxTrees();
        AssertNothingReran(GeneratorHarness.Run(third.Driver, removed));
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_compilation_location_or_text()
    {
        var run = GeneratorHarness.Run(new QuantityGenerator(), Definitions.All().Append(new InMemoryAdditionalText("/specs/Bad.quantity.json", "{ \"name\": 1 }")));
        Assert.NotEmpty(run.Diagnostics);
        foreach (var (name, steps) in run.Generator.TrackedSteps)
        {
            if (!TrackedSteps.Contains(name))
            {
                continue;
            }

            foreach (var (value, _) in steps.SelectMany(s => s.Outputs))
            {
                AssertHoldsNoRoslynObject(value, name);
            }
        }
    }

    [Fact]
    public void The_graph_walk_finds_a_forbidden_object()
    {
        // The check above is only worth something if it can fail.
        var location = Location.Create("x.json", new TextSpan(0, 1), new LinePositionSpan(default, default));
        Assert.ThrowsAny<Exception>(() => AssertHoldsNoRoslynObject(new { Inner = new[] { (object)"x", new List<object> { location } } }, "test"));
        Assert.ThrowsAny<Exception>(() => AssertHoldsNoRoslynObject(new { Text = SourceText.From("x") }, "test"));
    }

    private static void AssertNothingReran(GeneratorRun run)
    {
        foreach (var name in TrackedSteps)
        {
            Assert.All(run.StepOutputs(name), o => AssertReused(o.Reason, name));
        }

        Assert.All(run.Generator.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => AssertReused(o.Reason, "output"));
    }

    internal static void AssertReused(IncrementalStepRunReason reason, string step) =>
        Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {step} ran again: {reason}");

    private static string? ModelName(object value) => value switch
    {
        QuantityFileResult file => file.Model?.Name,
        QuantityModel model => model.Name,
        _ => null,
    };

    /// <summary>Walks every field of <paramref name="root"/>, recursively, and fails on anything that roots Roslyn state.</summary>
    internal static void AssertHoldsNoRoslynObject(object? root, string step)
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(Location), typeof(SourceText), typeof(AdditionalText), typeof(SemanticModel) };
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>();
        if (root is not null)
        {
            pending.Push((root, step));
        }

        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            var type = value.GetType();
            if (type.IsPrimitive || type.IsEnum || value is string || value is Type || (!type.IsValueType && !seen.Add(value)))
            {
                continue;
            }

            Assert.False(forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
            if (value is IEnumerable items && value is not string)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        pending.Push((item, $"{path}[{i}]"));
                    }

                    i++;
                }
            }

            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                    {
                        continue;
                    }

                    if (field.GetValue(value) is { } child)
                    {
                        pending.Push((child, $"{path}.{field.Name}"));
                    }
                }
            }
        }
    }
}
