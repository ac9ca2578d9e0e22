using System.Reflection;
using AiInfra.Domain.Generators.Quantities;
using AiInfra.Domain.Generators.Specs;
using AiInfra.Domain.Generators.Tests.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiInfra.Domain.Generators.Tests.OwnQuantities;

/// <summary>
/// A user's project with quantities of its own, built as the package builds it: both generators run on a compilation
/// that references the built AiInfra.Domain.dll (not its source, so nothing internal is visible), with the project's
/// root namespace passed as the build passes it. Its inputs are the package test consumer's own files
/// (tests/AiInfra.Domain.PackageTests/Consumer), copied next to the tests by the project file.
/// </summary>
internal static class OwnQuantityProject
{
    public const string ShorelineBandwidth = "ShorelineBandwidth.quantity.json";
    public const string Relations = "Optics.relations.json";
    public const string CpoEngine = "CpoEngine.spec.json";
    public const string CpoEngines = "cpo-engines.catalog.json";

    /// <summary>The root namespace the consumer's build passes; its quantity files name none, so their types go here.</summary>
    public const string RootNamespace = "Consumer";

    /// <summary>
    /// An affine quantity of the project's own, in a namespace its file names, whose differences are the library's
    /// Length: its point arithmetic is declared with a library type on one side.
    /// </summary>
    public const string Altitude = """
        {
          "name": "Altitude",
          "namespace": "Consumer.Site",
          "description": "A height above mean sea level, at which air cooling is derated.",
          "dimensions": { "length": 1 },
          "baseUnit": "MeterAboveSeaLevel",
          "differenceQuantity": "Length",
          "units": [
            { "singular": "MeterAboveSeaLevel", "plural": "MetersAboveSeaLevel", "abbreviations": ["mASL"], "factor": 1 },
            { "singular": "FootAboveSeaLevel", "plural": "FeetAboveSeaLevel", "abbreviations": ["ftASL"], "factor": 0.3048 }
          ]
        }
        """;

    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "OwnQuantityInputs");

    /// <summary>One of the consumer's files, with a stable path.</summary>
    public static AdditionalText Text(string fileName) =>
        new InMemoryAdditionalText("/repo/tests/AiInfra.Domain.PackageTests/Consumer/" + fileName, File.ReadAllText(Path.Combine(Folder, fileName)));

    /// <summary>The consumer's quantity, relations, spec and catalogue files, and <see cref="Altitude"/>.</summary>
    public static AdditionalText[] Files() =>
        [Text(ShorelineBandwidth), Text(Relations), Text(CpoEngine), Text(CpoEngines), new InMemoryAdditionalText("/repo/consumer/Site/Altitude.quantity.json", Altitude)];

    /// <summary>The MSBuild properties of the consumer's build.</summary>
    public static IReadOnlyDictionary<string, string> BuildProperties(string? rootNamespace = RootNamespace) =>
        rootNamespace is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace };

    /// <summary>A compilation of the user's C# code, referencing the built library.</summary>
    public static CSharpCompilation Compilation(string assemblyName, params string[] userCode) =>
        CSharpCompilation.Create(
            assemblyName,
            userCode.Select((code, i) => CSharpSyntaxTree.ParseText(code, SpecCompileTests.ParseOptions, path: $"User{i}.cs"))
                .Append(CSharpSyntaxTree.ParseText(SpecCompileTests.ImplicitUsings, SpecCompileTests.ParseOptions, path: "ImplicitUsings.cs")),
            SpecCompileTests.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    /// <summary>Runs both generators, as the package's build does, on these files of a user's project.</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> files, string assemblyName = "Consumer", string? rootNamespace = RootNamespace, params string[] userCode)
    {
        var driver = GeneratorHarness.CreateDriver([new QuantityGenerator(), new SpecGenerator()], files, BuildProperties(rootNamespace));
        var run = GeneratorHarness.Run(driver, Compilation(assemblyName, userCode));
        Assert.True(run.Exception is null, $"a generator threw {run.Exception}");
        return run;
    }

    /// <summary>Runs both generators, requires no diagnostic, compiles with no error or warning, and loads the assembly.</summary>
    public static (GeneratorRun Run, Assembly Assembly) RunCompileAndLoad(IEnumerable<AdditionalText> files, params string[] userCode)
    {
        var run = Run(files, userCode: userCode);

        // AiInfra.Domain.dll, which the compilation referenced, is the one this process has loaded (the project
        // references it), so the loaded assembly binds to it and registers its quantities with it.
        return (run, Assembly.Load(SpecCompileTests.Emit(run)));
    }
}
