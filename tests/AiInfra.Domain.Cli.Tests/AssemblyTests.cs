using AiInfra.Domain.Generators.Specs;
using AiInfra.Domain.Generators.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace AiInfra.Domain.Cli.Tests;

/// <summary>
/// <c>--assembly</c>: a user's built assembly (compiled here with the build's generator from a spec file of its own)
/// makes its entities known to <c>validate</c> and <c>audit</c>, for single files and catalogue files; a path that is
/// not such an assembly is a usage error (exit code 2) that says why, and is never run. The packed tool with a packed
/// consumer is tested end to end in the package tests.
/// </summary>
public sealed class AssemblyTests : IDisposable
{
    private const string SiteSpec = """
        {
          "namespace": "Users.Sites",
          "entities": {
            "Site": {
              "description": "A user's data-centre site.",
              "properties": {
                "id": { "type": "string", "required": true, "pattern": "^[a-z0-9-]+$" },
                "itLoad": { "type": "quantity", "quantity": "Power", "unit": "MW", "required": true, "minimum": "0 W" },
                "racks": { "type": "integer", "minimum": 1 }
              }
            }
          }
        }
        """;

    private readonly TempFolder _temp = new();

    [Fact]
    public void Files_of_the_users_entity_are_validated_with_its_generated_reader_and_located_errors()
    {
        var assembly = Build("Sites", SiteSpec);
        var good = _temp.File("good.json", """{ "id": "hall-a", "itLoad": "12 MW", "racks": 80 }""");
        var bad = _temp.File("bad.json", "[\n  { \"id\": \"hall-a\", \"itLoad\": \"12 MW\" },\n  { \"id\": \"Hall B\", \"itLoad\": \"12 MV\", \"racks\": 0 }\n]");

        var result = Cli.Run("validate", "--assembly", assembly, "--type", "Site", good, bad);

        Assert.True(result.Code == 1, result.ToString());
        Assert.Equal(
        [
            $"{good}: valid, one Site.",
            $"{bad}(3,11): error value.pattern: /1/id: \"Hall B\" does not match the pattern ^[a-z0-9-]+$.",
            $"{bad}(3,31): error quantity.dimension: /1/itLoad: \"12 MV\" is not a Power: \"MV\" is a unit of ElectricPotential, not of Power. Expected a number and one of the units of Power, for example \"1 W\"; units: W, mW, kW, MW, GW, TW, BTU/h.",
            $"{bad}(3,49): error value.range: /1/racks: 0 is below the minimum of 1.",
            "2 files checked: 1 valid, 1 invalid (3 errors).",
        ], result.OutLines);
        Assert.Empty(result.Err);
    }

    [Fact]
    public void The_type_is_the_short_name_in_any_case_or_the_full_name()
    {
        var assembly = Build("Sites", SiteSpec);
        var good = _temp.File("good.json", """{ "id": "hall-a", "itLoad": "12 MW" }""");
        foreach (var type in new[] { "Site", "site", "Users.Sites.Site" })
        {
            var result = Cli.Run("validate", "-a", assembly, "-t", type, good);
            Assert.True(result.Code == 0, type + ": " + result);
        }
    }

    [Fact]
    public void A_catalogue_file_naming_the_users_entity_is_checked_with_the_builds_rules()
    {
        var assembly = Build("Sites", SiteSpec);
        var catalogue = _temp.File("sites.catalog.json", """
            {
              "entity": "Site", "sources": { "d1": { "title": "Survey" } }, "defaultSource": "d1",
              "entries": [
                { "id": "hall-a", "itLoad": "12 MW" }, // comments and trailing commas, as at build time
                { "id": "hall-a", "itLoad": "-1 MW" },
              ]
            }
            """.ReplaceLineEndings("\n"));

        var result = Cli.Run("validate", "--assembly", assembly, catalogue);

        Assert.True(result.Code == 1, result.ToString());
        Assert.Equal(
        [
            $"{catalogue}(5,13): error catalog.duplicate-id: /entries/1/id: The id 'hall-a' is already used by /entries/0.",
            $"{catalogue}(5,33): error value.range: /entries/1/itLoad: -1 MW is below the minimum of 0 W.",
            "1 file checked: 0 valid, 1 invalid (2 errors).",
        ], result.OutLines);
    }

    [Fact]
    public void Audit_reads_the_users_entities_and_says_it_audits_catalogue_kinds_only()
    {
        var assembly = Build("Sites", SiteSpec);
        var file = _temp.File("site.json", """{ "id": "hall-a", "itLoad": "12 MW" }""");

        var result = Cli.Run("audit", "--assembly", assembly, "--type", "Site", file);

        Assert.True(result.Code == 0, result.ToString());
        Assert.Equal("aiinfra: note: 1 Site entry not audited: the audit checks catalogue kinds only.\n", result.Err);
    }

    [Fact]
    public void Without_the_assembly_the_users_entity_is_unknown_and_the_message_says_how_to_pass_it()
    {
        // Loading the assembly in one run does not make its entities known to the next.
        var assembly = Build("Sites", SiteSpec);
        var file = _temp.File("site.json", """{ "id": "hall-a", "itLoad": "12 MW" }""");
        Assert.Equal(0, Cli.Run("validate", "--assembly", assembly, "--type", "Site", file).Code);

        var result = Cli.Run("validate", "--type", "Site", file);

        Assert.True(result.Code == 2, result.ToString());
        Assert.StartsWith("aiinfra: error: --type 'Site' is not an entity this tool knows; the entities are: Accelerator,", result.Err, StringComparison.Ordinal);
        Assert.EndsWith(" Entities of your own spec files need --assembly <your project's built .dll>.\n", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_that_are_not_an_assembly_the_tool_can_use_are_usage_errors_with_the_reason()
    {
        var text = _temp.File("notes.dll", "not a program");
        var noLibrary = Emit("Plain", "public static class Plain { public static int One => 1; }", []);
        var noEntities = Emit("NoEntities", "public static class Uses { public static string Name => typeof(AiInfra.Domain.AiInfraJson).Name; }", LibraryReferences());
        var library = Path.Combine(AppContext.BaseDirectory, "AiInfra.Domain.dll");
        var referenceOnly = Emit("RefOnly", "public static class Uses { public static string Name => typeof(AiInfra.Domain.AiInfraJson).Name; }", LibraryReferences(), new EmitOptions(metadataOnly: true, includePrivateMembers: false));
        var cases = new List<(string Path, string Reason)>
        {
            (Path.Combine(_temp.Path, "missing.dll"), "no such file"),
            (_temp.Path, "it is a directory, not a file"),
            (text, "it is not a .NET assembly"),
            (noLibrary, "it does not reference AiInfra.Domain, so it has no entities generated from spec files"),
            (noEntities, "it registers no entity: the project has no *.spec.json file, or it was not built with the AiInfra.Domain package's generator"),
            (library, "it is the AiInfra.Domain library itself, whose entities the tool already knows; pass your project's assembly"),
            (referenceOnly, "it is a reference assembly (from an obj/ or ref/ folder), which holds no code"),
        };
        if (!OperatingSystem.IsWindows())
        {
            cases.Add(("/dev/zero", "it is a character device, not a regular file"));
            cases.Add(("/bin/sh", "it is not a .NET assembly"));
        }

        foreach (var (path, reason) in cases)
        {
            var result = Cli.Run("validate", "--assembly", path, "--type", "Site", "any.json");
            Assert.True(result.Code == 2, path + ": " + result);
            Assert.True(result.Err.StartsWith($"aiinfra: error: --assembly '{path}': {reason}", StringComparison.Ordinal), result.Err);
            Assert.Single(result.ErrLines);
            Assert.Empty(result.Out);
        }
    }

    [Fact]
    public void An_assembly_built_against_another_major_version_of_the_library_is_refused_before_it_runs()
    {
        var tool = typeof(AiInfraJson).Assembly.GetName().Version!;
        var other = new Version(tool.Major + 1, 0, 0, 0);
        var newer = new Version(tool.Major, tool.Minor + 1, 0, 0);
        foreach (var (version, reason) in new[]
        {
            (other, $"it was built against AiInfra.Domain {other}, another major version than this tool's {tool}"),
            (newer, $"it was built against AiInfra.Domain {newer}, newer than this tool's {tool}; update the tool"),
        })
        {
            // A stand-in AiInfra.Domain of that version, and a user assembly built against it whose module initializer
            // would throw if it ran.
            var fake = CSharpCompilation.Create("AiInfra.Domain", [CSharpSyntaxTree.ParseText($"[assembly: System.Reflection.AssemblyVersion(\"{version}\")] namespace AiInfra.Domain {{ public static class Marker {{ public static int Value => 1; }} }}")], GeneratorHarness.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var fakeReference = EmitReference(fake);
            var user = Emit("Old" + version.Major + version.Minor, Throwing + " public static class Uses { public static int V => AiInfra.Domain.Marker.Value; }", [fakeReference]);

            var result = Cli.Run("validate", "--assembly", user, "--type", "Site", "any.json");

            Assert.True(result.Code == 2, result.ToString());
            Assert.StartsWith($"aiinfra: error: --assembly '{user}': {reason}", result.Err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_module_initializer_that_throws_or_a_missing_dependency_is_a_located_usage_error_not_a_crash()
    {
        var throwing = Emit("Throwing", Throwing + " public static class Uses { public static string Name => typeof(AiInfra.Domain.AiInfraJson).Name; }", LibraryReferences());
        var result = Cli.Run("validate", "--assembly", throwing, "--type", "Site", "any.json");
        Assert.True(result.Code == 2, result.ToString());
        Assert.Equal($"aiinfra: error: --assembly '{throwing}': its module initializer failed with InvalidOperationException: the user's initializer fails.\n", result.Err);

        // A dependency built next to the assembly, then deleted.
        var dependencyCompilation = CSharpCompilation.Create("Gone", [CSharpSyntaxTree.ParseText("public static class Gone { public static int Value => 1; }")], GeneratorHarness.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var user = Build("NeedsGone", SiteSpec, "static class Init { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Run() => System.GC.KeepAlive(Gone.Value); }", [EmitReference(dependencyCompilation)]);
        result = Cli.Run("validate", "--assembly", user, "--type", "Site", "any.json");
        Assert.True(result.Code == 2, result.ToString());
        Assert.StartsWith($"aiinfra: error: --assembly '{user}': a dependency of it cannot be loaded (Could not load file or assembly 'Gone", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_with_the_full_name_of_a_librarys_entity_is_refused()
    {
        var spec = SiteSpec.Replace("Users.Sites", "AiInfra.Domain.Chips", StringComparison.Ordinal).Replace("\"Site\"", "\"Accelerator\"", StringComparison.Ordinal);
        var assembly = Build("Clash", spec);
        var result = Cli.Run("validate", "--assembly", assembly, "--type", "Accelerator", "any.json");
        Assert.True(result.Code == 2, result.ToString());
        Assert.StartsWith($"aiinfra: error: --assembly '{assembly}': its entity AiInfra.Domain.Chips.Accelerator has the full name of an entity the tool already knows", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_as_a_process_validates_with_the_assembly_and_refuses_a_bad_one_with_exit_code_2()
    {
        var assembly = Build("Sites", SiteSpec);
        var bad = _temp.File("bad.json", """{ "id": "hall-a", "itLoad": "12 kV" }""");
        var result = Cli.RunProcess(_temp.Path, "validate", "--assembly", assembly, "--type", "Site", "bad.json");
        Assert.True(result.Code == 1, result.ToString());
        Assert.StartsWith("bad.json(1,29): error quantity.dimension: /itLoad: \"12 kV\" is not a Power", result.Out, StringComparison.Ordinal);

        var refused = Cli.RunProcess(_temp.Path, "validate", "--assembly", "bad.json", "--type", "Site", "bad.json");
        Assert.True(refused.Code == 2, refused.ToString());
        Assert.StartsWith("aiinfra: error: --assembly 'bad.json': it is not a .NET assembly", refused.Err, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>C# whose module initializer throws.</summary>
    private const string Throwing = "static class Init { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Run() => throw new System.InvalidOperationException(\"the user's initializer fails\"); }";

    /// <summary>A user's assembly built from a spec file with the build's generator, written to its own folder.</summary>
    private string Build(string name, string spec, string? source = null, MetadataReference[]? more = null)
    {
        var compilation = GeneratorHarness.CreateCompilation(source is null ? [] : [CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions)], name)
            .AddReferences(LibraryReferences())
            .AddReferences(more ?? []);
        var run = GeneratorHarness.Run(new SpecGenerator(), GeneratorHarness.Files(($"/{name}/{name}.spec.json", spec)), compilation);
        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.OutputCompilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        return Write(name, run.OutputCompilation, null);
    }

    private string Emit(string name, string source, MetadataReference[] references, EmitOptions? options = null) =>
        Write(name, GeneratorHarness.CreateCompilation([CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions)], name).AddReferences(references), options);

    private string Write(string name, Compilation compilation, EmitOptions? options)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp.Path, name + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var path = Path.Combine(folder, name + ".dll");
        using (var stream = File.Create(path))
        {
            var emitted = compilation.Emit(stream, options: options);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        }

        return path;
    }

    private static MetadataReference EmitReference(Compilation compilation)
    {
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private static MetadataReference[] LibraryReferences() =>
        new[] { "AiInfra.Domain.dll", "NodaTime.dll", "UnitsNet.dll" }.Select(f => (MetadataReference)MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, f))).ToArray();
}
