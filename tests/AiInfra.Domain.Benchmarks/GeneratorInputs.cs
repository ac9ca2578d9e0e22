using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AiInfra.Domain.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Benchmarks;

/// <summary>An additional file held in memory.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// 500 synthesised spec files for the generator benchmarks, each like a real one: an enum, and two entities with
/// strings (one with a pattern), enums, quantities with units and bounds, a default, a date, an integer, a list of
/// entities, a list of strings and a map keyed by the enum. Each file has its own namespace.
/// </summary>
public sealed class GeneratorInputs
{
    public const int FileCount = 500;

    /// <summary>The file that the "one spec edited" scenario edits.</summary>
    public const int EditedIndex = 250;

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.CSharp12);

    public GeneratorInputs()
    {
        Files = Enumerable.Range(0, FileCount).Select(i => (AdditionalText)new InMemoryAdditionalText(PathOf(i), SpecText(i, "One battery energy storage system at a site."))).ToImmutableArray();
        EditedFile = new InMemoryAdditionalText(PathOf(EditedIndex), SpecText(EditedIndex, "One battery energy storage system on a site."));
        Compilation = CSharpCompilation.Create(
            "GeneratorBenchmarks",
            [
                CSharpSyntaxTree.ParseText("namespace User; public class A { public int X => 1; }", s_parseOptions, path: "A.cs"),
                CSharpSyntaxTree.ParseText("namespace User; public class B { public int Y => 2; }", s_parseOptions, path: "B.cs"),
            ],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var b = Compilation.SyntaxTrees.Last();
        CompilationWithEditedCSharp = Compilation.ReplaceSyntaxTree(b, b.WithChangedText(SourceText.From("namespace User; public class B { public int Y => 3; }")));
    }

    public ImmutableArray<AdditionalText> Files { get; }

    public AdditionalText EditedFile { get; }

    public Compilation Compilation { get; }

    public Compilation CompilationWithEditedCSharp { get; }

    /// <summary>The entity names of the edited file.</summary>
    public static string[] EntitiesOfEditedFile => [$"StorageUnit{EditedIndex:D3}", $"StorageModule{EditedIndex:D3}"];

    /// <summary>A driver over the 500 files that tracks its steps, as the compiler's is (minus tracking).</summary>
    public GeneratorDriver CreateDriver(bool track = true) =>
        CSharpGeneratorDriver.Create(
            [new SpecGenerator().AsSourceGenerator()],
            Files,
            s_parseOptions,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    private static string PathOf(int i) => $"/specs/Storage{i:D3}.spec.json";

    private static string SpecText(int i, string description)
    {
        var n = i.ToString("D3", CultureInfo.InvariantCulture);
        return $$"""
            {
              "namespace": "Bench.Specs.S{{n}}",
              "description": "Synthesised spec file {{n}} for the generator benchmarks.",
              "enums": {
                "Chemistry{{n}}": {
                  "description": "The cell chemistry of a battery system.",
                  "values": {
                    "lfp": "Lithium iron phosphate.",
                    "nmc": "Lithium nickel manganese cobalt oxide.",
                    "sodiumIon": "Sodium-ion.",
                    "leadAcid": { "description": "Valve-regulated lead-acid.", "deprecated": "New sites use lithium-ion." }
                  }
                }
              },
              "entities": {
                "StorageUnit{{n}}": {
                  "description": "{{description}}",
                  "properties": {
                    "id": { "type": "string", "required": true, "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "description": "A kebab-case identifier.", "examples": ["hall-a-bess-1"] },
                    "name": { "type": "string", "required": true, "minLength": 1 },
                    "chemistry": { "type": "enum", "enum": "Chemistry{{n}}", "required": true },
                    "ratedPower": { "type": "quantity", "quantity": "Power", "unit": "kW", "required": true, "minimum": "1 kW", "maximum": "500 MW", "description": "The power it can deliver continuously." },
                    "energyCapacity": { "type": "quantity", "quantity": "Energy", "unit": "kWh", "required": true, "minimum": "1 kWh" },
                    "roundTripEfficiency": { "type": "quantity", "quantity": "Ratio", "unit": "%", "minimum": "50 %", "maximum": "100 %", "default": "90 %" },
                    "maxCellTemperature": { "type": "quantity", "quantity": "Temperature", "unit": "°C", "maximum": "80 °C" },
                    "footprint": { "type": "quantity", "quantity": "Area", "unit": "m²", "minimum": "0 m²" },
                    "commissioned": { "type": "date" },
                    "cycleLife": { "type": "integer", "minimum": 100, "maximum": 100000 },
                    "modules": { "type": "list", "items": { "type": "entity", "entity": "StorageModule{{n}}" }, "minItems": 1 },
                    "tags": { "type": "list", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true },
                    "capacityByChemistry": { "type": "map", "key": "Chemistry{{n}}", "values": { "type": "quantity", "quantity": "Energy", "unit": "kWh", "minimum": "0 kWh" } }
                  }
                },
                "StorageModule{{n}}": {
                  "description": "A rack-mounted battery module.",
                  "properties": {
                    "model": { "type": "string", "required": true, "minLength": 1 },
                    "count": { "type": "integer", "required": true, "minimum": 1 },
                    "nominalVoltage": { "type": "quantity", "quantity": "ElectricPotential", "unit": "V", "minimum": "12 V", "maximum": "1500 V" },
                    "maxCurrent": { "type": "quantity", "quantity": "ElectricCurrent", "unit": "A", "minimum": "0 A" },
                    "mass": { "type": "quantity", "quantity": "Mass", "unit": "kg" }
                  }
                }
              }
            }
            """;
    }
}
