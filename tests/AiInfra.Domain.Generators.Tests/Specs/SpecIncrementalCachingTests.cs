using AiInfra.Domain.Generators.Catalogs;
using AiInfra.Domain.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using static AiInfra.Domain.Generators.Tests.IncrementalCachingTests;

namespace AiInfra.Domain.Generators.Tests.Specs;

/// <summary>
/// The spec generator is incremental: a second run with nothing changed reuses every step, editing one spec or
/// catalogue file reruns only what depends on it, editing C# reruns nothing, and no step output holds a symbol, syntax
/// node or compilation. The inputs are the two real spec files (A: BatteryStorage.spec.json, B:
/// TestFixtures.spec.json) and a catalogue of each.
/// </summary>
public class SpecIncrementalCachingTests
{
    /// <summary>Every step the spec generator names, which the tests below check by name.</summary>
    internal static readonly string[] TrackedSteps =
    [
        TrackingNames.SpecQuantities,
        TrackingNames.SpecUnitsNet,
        TrackingNames.SpecFiles,
        TrackingNames.SpecSet,
        TrackingNames.SpecEntities,
        TrackingNames.SpecEnums,
        TrackingNames.SpecRegistration,
        TrackingNames.CatalogFiles,
        TrackingNames.Catalogs,
        TrackingNames.CatalogLayout,
        TrackingNames.CatalogRegistry,
    ];

    /// <summary>The entities of B, TestFixtures.spec.json.</summary>
    private static readonly string[] EntitiesOfB = ["Chip", "Memory", "Rating"];

    [Fact]
    public void The_first_run_produces_every_tracked_step()
    {
        var run = SpecInputs.Run(SpecInputs.All());
        Assert.True(run.Diagnostics.IsEmpty, SpecInputs.Describe(run.Diagnostics));
        foreach (var name in TrackedSteps)
        {
            Assert.True(run.Generator.TrackedSteps.ContainsKey(name), $"no step named {name}");
            Assert.NotEmpty(run.StepOutputs(name));
            Assert.All(run.StepOutputs(name), o => Assert.Equal(IncrementalStepRunReason.New, o.Reason));
        }

        Assert.Equal(["BatteryModule", "BatteryStorageUnit", "Chip", "Memory", "Rating"], run.StepOutputs(TrackingNames.SpecEntities).Select(o => EntityName(o.Value)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_run_with_nothing_changed_reuses_every_step()
    {
        var first = SpecInputs.Run(SpecInputs.All());
        var second = GeneratorHarness.Run(first.Driver, first.Compilation.Clone());

        AssertNothingReran(second);
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void Editing_a_description_in_one_spec_file_leaves_the_other_files_outputs_cached()
    {
        var files = SpecInputs.All();
        var a = files.Single(f => f.Path == SpecInputs.PathOf(SpecInputs.BatteryStorage));
        var first = SpecInputs.Run(files);

        var text = SpecInputs.Read(SpecInputs.BatteryStorage);
        var edited = new InMemoryAdditionalText(a.Path, Replace(text, "One battery energy storage system (BESS) at a site.", "One battery energy storage system (BESS) on a site."));
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(a, edited), first.Compilation);
        Assert.True(second.Diagnostics.IsEmpty, SpecInputs.Describe(second.Diagnostics));

        // A is parsed again; B is not even parsed again.
        var specFiles = second.StepOutputs(TrackingNames.SpecFiles).ToList();
        Assert.Equal(IncrementalStepRunReason.Modified, specFiles.Single(o => FilePath(o.Value) == a.Path).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, specFiles.Single(o => FilePath(o.Value) == SpecInputs.PathOf(SpecInputs.TestFixtures)).Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(second.StepOutputs(TrackingNames.SpecSet)).Reason);

        // Only the entity whose description changed is emitted again: B's entities and A's other one are unchanged.
        var entities = second.StepOutputs(TrackingNames.SpecEntities).ToDictionary(o => EntityName(o.Value), o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, entities["BatteryStorageUnit"]);
        Assert.Equal(IncrementalStepRunReason.Unchanged, entities["BatteryModule"]);
        Assert.All(EntitiesOfB, name => Assert.Equal(IncrementalStepRunReason.Unchanged, entities[name]));
        Assert.All(second.StepOutputs(TrackingNames.SpecEnums), o => AssertReused(o.Reason, TrackingNames.SpecEnums));

        // The registration names the same records, and neither catalogue's source changes.
        Assert.All(second.StepOutputs(TrackingNames.SpecRegistration), o => AssertReused(o.Reason, TrackingNames.SpecRegistration));
        Assert.All(second.StepOutputs(TrackingNames.CatalogFiles), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(second.StepOutputs(TrackingNames.Catalogs), o => AssertReused(o.Reason, TrackingNames.Catalogs));

        Assert.Contains("on a site.", second.Sources["Specs.CustomSpec.Storage.BatteryStorageUnit.g.cs"], StringComparison.Ordinal);
        foreach (var (hint, source) in first.Sources.Where(s => !s.Key.StartsWith("Specs.CustomSpec.Storage.BatteryStorageUnit.", StringComparison.Ordinal)))
        {
            Assert.Equal(source, second.Sources[hint]);
        }
    }

    [Fact]
    public void Moving_text_in_a_spec_file_changes_locations_but_regenerates_nothing()
    {
        // The file's model holds the locations of its names, for diagnostics; what is emitted holds none.
        var files = SpecInputs.All();
        var a = files.Single(f => f.Path == SpecInputs.PathOf(SpecInputs.BatteryStorage));
        var first = SpecInputs.Run(files);

        var edited = new InMemoryAdditionalText(a.Path, "// A comment that moves every line down.\n\n" + SpecInputs.Read(SpecInputs.BatteryStorage));
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(a, edited), first.Compilation);

        Assert.Equal(IncrementalStepRunReason.Modified, second.StepOutputs(TrackingNames.SpecFiles).Single(o => FilePath(o.Value) == a.Path).Reason);
        foreach (var name in TrackedSteps.Except([TrackingNames.SpecFiles]))
        {
            Assert.All(second.StepOutputs(name), o => AssertReused(o.Reason, name));
        }

        Assert.All(second.Generator.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => AssertReused(o.Reason, "output"));
    }

    [Fact]
    public void Editing_only_white_space_and_comments_at_the_end_leaves_the_file_model_unchanged()
    {
        var files = SpecInputs.All();
        var a = files.Single(f => f.Path == SpecInputs.PathOf(SpecInputs.BatteryStorage));
        var first = SpecInputs.Run(files);

        var edited = new InMemoryAdditionalText(a.Path, SpecInputs.Read(SpecInputs.BatteryStorage) + "\n// a comment\n\n");
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(a, edited), first.Compilation);

        Assert.Equal(IncrementalStepRunReason.Unchanged, second.StepOutputs(TrackingNames.SpecFiles).Single(o => FilePath(o.Value) == a.Path).Reason);
        foreach (var name in TrackedSteps.Except([TrackingNames.SpecFiles]))
        {
            Assert.All(second.StepOutputs(name), o => AssertReused(o.Reason, name));
        }
    }

    [Fact]
    public void Adding_or_editing_CSharp_reruns_nothing()
    {
        var first = SpecInputs.Run(SpecInputs.All(), GeneratorHarness.CreateCompilation("namespace User; public class A { }"));
        var added = first.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace User; public class B { public int X => 1; }", GeneratorHarness.ParseOptions));
        var second = GeneratorHarness.Run(first.Driver, added);
        AssertNothingReran(second);

        var tree = added.SyntaxTrees.Last();
        var edited = added.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("namespace User; public class B { public int X => 2; }")));
        var third = GeneratorHarness.Run(second.Driver, edited);
        AssertNothingReran(third);

        AssertNothingReran(GeneratorHarness.Run(third.Driver, edited.RemoveAllSyntaxTrees()));
    }

    [Fact]
    public void Editing_one_catalogue_file_leaves_the_other_cached()
    {
        var files = SpecInputs.All();
        var chips = files.Single(f => f.Path == SpecInputs.PathOf(SpecInputs.Chips));
        var first = SpecInputs.Run(files);

        var edited = new InMemoryAdditionalText(chips.Path, Replace(SpecInputs.Read(SpecInputs.Chips), "\"Test chips.\"", "\"Chips for the tests.\""));
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(chips, edited), first.Compilation);
        Assert.True(second.Diagnostics.IsEmpty, SpecInputs.Describe(second.Diagnostics));

        var catalogFiles = second.StepOutputs(TrackingNames.CatalogFiles).ToList();
        Assert.Equal(IncrementalStepRunReason.Modified, catalogFiles.Single(o => ((CatalogFileParse)o.Value).Path == chips.Path).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, catalogFiles.Single(o => ((CatalogFileParse)o.Value).Path != chips.Path).Reason);

        var catalogs = second.StepOutputs(TrackingNames.Catalogs).ToList();
        Assert.Equal(IncrementalStepRunReason.Modified, catalogs.Single(o => HintName(o.Value) == "Catalog.chips.g.cs").Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, catalogs.Single(o => HintName(o.Value) == "Catalog.batteries.g.cs").Reason);

        // No spec step runs again.
        foreach (var name in TrackedSteps.Except([TrackingNames.CatalogFiles, TrackingNames.Catalogs]))
        {
            Assert.All(second.StepOutputs(name), o => AssertReused(o.Reason, name));
        }

        Assert.Contains("Chips for the tests.", second.Sources["Catalog.chips.g.cs"], StringComparison.Ordinal);
        Assert.Equal(first.Sources["Catalog.batteries.g.cs"], second.Sources["Catalog.batteries.g.cs"]);
    }

    [Fact]
    public void Moving_text_in_a_catalogue_file_reads_it_again_but_regenerates_nothing()
    {
        // The parsed file holds the locations of its values, for diagnostics; the checked catalogue holds none.
        var files = SpecInputs.All();
        var chips = files.Single(f => f.Path == SpecInputs.PathOf(SpecInputs.Chips));
        var first = SpecInputs.Run(files);

        var edited = new InMemoryAdditionalText(chips.Path, "// A comment that moves every line down.\n\n" + SpecInputs.Read(SpecInputs.Chips));
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(chips, edited), first.Compilation);
        Assert.True(second.Diagnostics.IsEmpty, SpecInputs.Describe(second.Diagnostics));

        Assert.Equal(IncrementalStepRunReason.Modified, second.StepOutputs(TrackingNames.CatalogFiles).Single(o => ((CatalogFileParse)o.Value).Path == chips.Path).Reason);
        Assert.Equal(IncrementalStepRunReason.Unchanged, second.StepOutputs(TrackingNames.Catalogs).Single(o => HintName(o.Value) == "Catalog.chips.g.cs").Reason);
        foreach (var name in TrackedSteps.Except([TrackingNames.CatalogFiles, TrackingNames.Catalogs]))
        {
            Assert.All(second.StepOutputs(name), o => AssertReused(o.Reason, name));
        }

        Assert.All(second.Generator.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => AssertReused(o.Reason, "output"));
    }

    [Fact]
    public void Editing_only_white_space_and_comments_at_the_end_of_a_catalogue_leaves_its_parsed_model_unchanged()
    {
        // The parsed file is equal by value (located JSON included), so the check does not run again.
        var files = SpecInputs.All();
        var chips = files.Single(f => f.Path == SpecInputs.PathOf(SpecInputs.Chips));
        var first = SpecInputs.Run(files);

        var edited = new InMemoryAdditionalText(chips.Path, SpecInputs.Read(SpecInputs.Chips) + "\n// a comment\n\n");
        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(chips, edited), first.Compilation);

        Assert.Equal(IncrementalStepRunReason.Unchanged, second.StepOutputs(TrackingNames.CatalogFiles).Single(o => ((CatalogFileParse)o.Value).Path == chips.Path).Reason);
        foreach (var name in TrackedSteps.Except([TrackingNames.CatalogFiles]))
        {
            Assert.All(second.StepOutputs(name), o => AssertReused(o.Reason, name));
        }
    }

    [Fact]
    public void A_catalogue_header_mistake_is_reported_while_a_spec_file_has_one_too()
    {
        // Reading a catalogue file needs no spec: its header is checked even when no spec set can be resolved.
        var files = SpecInputs.All().Concat(GeneratorHarness.Files(
            ("/specs/Bad.spec.json", """{ "namespace": "Bad", "entities": { "Bad": { "properties": { "x": { "type": "entity", "entity": "Nowhere" } } } } }"""),
            ("/specs/bad.catalog.json", """{ "entity": "Chip", "entries": [], "defaultSource": "nowhere" }""")));
        var run = SpecInputs.Run(files);

        var unknownSource = Assert.Single(run.Diagnostics, d => d.Id == "AIINFRA304");
        Assert.Equal("/specs/bad.catalog.json", unknownSource.Location.GetLineSpan().Path);
        Assert.DoesNotContain(run.Sources.Keys, hint => hint.StartsWith("Catalog.", StringComparison.Ordinal));
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_compilation_location_or_text()
    {
        // Good files, and bad ones, so that diagnostics (with their locations) are in the outputs too.
        var files = SpecInputs.All().Concat(GeneratorHarness.Files(
            ("/specs/Bad.spec.json", """{ "namespace": "Bad", "entities": { "Bad": { "properties": { "x": { "type": "entity", "entity": "Nowhere" } } } } }"""),
            ("/specs/bad.catalog.json", """{ "entity": "Nothing", "entries": [] }""")));
        var run = SpecInputs.Run(files);
        Assert.NotEmpty(run.Diagnostics);

        // With mistakes nothing is emitted, so the emitting steps may have no output; without, every step has some.
        var good = SpecInputs.Run(SpecInputs.All());
        Assert.All(TrackedSteps, name => Assert.NotEmpty(good.StepOutputs(name)));
        foreach (var checkedRun in new[] { run, good })
        {
            foreach (var name in TrackedSteps)
            {
                foreach (var (value, _) in checkedRun.StepOutputs(name))
                {
                    AssertHoldsNoRoslynObject(value, name);
                }
            }
        }
    }

    [Fact]
    public void What_is_emitted_holds_no_location()
    {
        // Locations in an emitted model would make every edit that moves text regenerate it.
        var run = SpecInputs.Run(SpecInputs.All());
        foreach (var name in new[] { TrackingNames.SpecEntities, TrackingNames.SpecEnums, TrackingNames.SpecRegistration, TrackingNames.CatalogRegistry })
        {
            foreach (var (value, _) in run.StepOutputs(name))
            {
                AssertHoldsNo<AiInfra.Domain.Generators.Common.LocationInfo>(value, name);
            }
        }

        var catalogs = run.StepOutputs(TrackingNames.Catalogs).Select(o => ((CatalogCheckResult)o.Value!).Model).ToList();
        Assert.All(catalogs, model => AssertHoldsNo<AiInfra.Domain.Generators.Json.LocatedNode>(Assert.IsType<CatalogEmitModel>(model), TrackingNames.Catalogs));
        Assert.All(catalogs, model => AssertHoldsNo<AiInfra.Domain.Generators.Common.LocationInfo>(model!, TrackingNames.Catalogs));
    }

    private static void AssertNothingReran(GeneratorRun run)
    {
        foreach (var name in TrackedSteps)
        {
            Assert.All(run.StepOutputs(name), o => AssertReused(o.Reason, name));
        }

        Assert.All(run.Generator.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => AssertReused(o.Reason, "output"));
    }

    /// <summary>Walks every field of <paramref name="root"/>, recursively, failing on a <typeparamref name="T"/>.</summary>
    private static void AssertHoldsNo<T>(object root, string step)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>([(root, step)]);
        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            var type = value.GetType();
            if (type.IsPrimitive || type.IsEnum || value is string || (!type.IsValueType && !seen.Add(value)))
            {
                continue;
            }

            Assert.False(value is T, $"{path} holds a {typeof(T).Name}");
            if (value is System.Collections.IEnumerable items)
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

            foreach (var field in type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            {
                if (field.GetValue(value) is { } child)
                {
                    pending.Push((child, $"{path}.{field.Name}"));
                }
            }
        }
    }

    private static string Replace(string text, string find, string replacement)
    {
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replacement, StringComparison.Ordinal);
    }

    private static string EntityName(object value) => ((EntityEmitModel)value).Entity.Name;

    private static string? FilePath(object value) => ((SpecFileResult)value).Model?.FilePath;

    private static string? HintName(object value) => (value as CatalogCheckResult)?.Model?.HintName;
}
