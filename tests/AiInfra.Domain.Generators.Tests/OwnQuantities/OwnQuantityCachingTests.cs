using AiInfra.Domain.Generators.Tests.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static AiInfra.Domain.Generators.Tests.IncrementalCachingTests;

namespace AiInfra.Domain.Generators.Tests.OwnQuantities;

/// <summary>
/// The spec generator learns the project's quantities incrementally: editing a quantity file makes the spec files,
/// which may name it, be read again; editing a spec file or C# code leaves the quantities where they were.
/// </summary>
public class OwnQuantityCachingTests
{
    private static readonly string[] AllSteps = [.. TrackedSteps, .. SpecIncrementalCachingTests.TrackedSteps];

    [Fact]
    public void Editing_a_projects_quantity_file_reads_the_spec_files_again_with_the_new_definition()
    {
        var files = OwnQuantityProject.Files();
        var quantity = files.Single(f => f.Path.EndsWith(OwnQuantityProject.ShorelineBandwidth, StringComparison.Ordinal));
        var first = OwnQuantityProject.Run(files);
        Assert.Empty(first.Diagnostics);

        // A new unit: the spec may now use it, and its schema's pattern accepts it.
        var text = File.ReadAllText(Path.Combine(OwnQuantityProject.Folder, OwnQuantityProject.ShorelineBandwidth));
        var edited = new InMemoryAdditionalText(quantity.Path, text.Replace("\"prefixes\": [ \"Giga\", \"Tera\" ]", "\"prefixes\": [ \"Giga\", \"Tera\", \"Peta\" ]", StringComparison.Ordinal));
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(quantity, edited), first.Compilation);
        Assert.Empty(second.Diagnostics);

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(second.StepOutputs(TrackingNames.SpecQuantities)).Reason);
        Assert.All(second.StepOutputs(TrackingNames.SpecFiles), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.NotEqual(first.Sources["Specs.Consumer.CpoEngine.g.cs"], second.Sources["Specs.Consumer.CpoEngine.g.cs"]);
        Assert.Contains("PetabitPerSecondPerMillimeter", second.Sources["Quantities.ShorelineBandwidth.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_spec_file_leaves_the_projects_quantities_cached()
    {
        var files = OwnQuantityProject.Files();
        var spec = files.Single(f => f.Path.EndsWith(OwnQuantityProject.CpoEngine, StringComparison.Ordinal));
        var first = OwnQuantityProject.Run(files);

        var text = File.ReadAllText(Path.Combine(OwnQuantityProject.Folder, OwnQuantityProject.CpoEngine));
        var edited = new InMemoryAdditionalText(spec.Path, text.Replace("A co-packaged optics engine,", "A co-packaged optical engine,", StringComparison.Ordinal));
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(spec, edited), first.Compilation);
        Assert.Empty(second.Diagnostics);

        foreach (var name in TrackedSteps.Append(TrackingNames.SpecQuantities))
        {
            Assert.All(second.StepOutputs(name), o => AssertReused(o.Reason, name));
        }

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(second.StepOutputs(TrackingNames.SpecFiles)).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(second.StepOutputs(TrackingNames.CatalogFiles)).Reason);
    }

    [Fact]
    public void Editing_CSharp_in_the_project_reruns_nothing()
    {
        var first = OwnQuantityProject.Run(OwnQuantityProject.Files(), userCode: "namespace Consumer; public class A { }");
        var tree = first.Compilation.SyntaxTrees.First();
        var edited = first.Compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("namespace Consumer; public class A { public int X => 2; }")));
        var second = GeneratorHarness.Run(first.Driver, edited);

        foreach (var name in AllSteps)
        {
            Assert.NotEmpty(first.StepOutputs(name));
            Assert.All(second.StepOutputs(name), o => AssertReused(o.Reason, name));
        }

        Assert.All(second.Result.Results.SelectMany(r => r.TrackedOutputSteps).SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => AssertReused(o.Reason, "output"));
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_compilation_or_location_where_specs_use_it()
    {
        var run = OwnQuantityProject.Run(OwnQuantityProject.Files());
        foreach (var name in AllSteps)
        {
            foreach (var (value, _) in run.StepOutputs(name))
            {
                AssertHoldsNoRoslynObject(value, name);
            }
        }

        // The quantities that spec files see carry no positions, so moving text in a quantity file regenerates no entity.
        var table = Assert.Single(run.StepOutputs(TrackingNames.SpecQuantities)).Value;
        Assert.All(((Quantities.QuantityTable)table).Quantities, q => Assert.Null(q.NameLocation));
    }
}
