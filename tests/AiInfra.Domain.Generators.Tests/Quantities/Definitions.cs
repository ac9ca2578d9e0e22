using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>The library's real definition files, copied next to the tests by the project file.</summary>
internal static class Definitions
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Definitions");

    /// <summary>The file names of every *.quantity.json and *.relations.json, ordered.</summary>
    public static IReadOnlyList<string> FileNames { get; } = Directory.GetFiles(Folder, "*.json")
        .Select(p => Path.GetFileName(p))
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The text of one file, by its file name, such as "Power.quantity.json".</summary>
    public static string Read(string fileName) => System.IO.File.ReadAllText(Path.Combine(Folder, fileName));

    /// <summary>One file as an additional text with a stable, machine-independent path.</summary>
    public static AdditionalText Text(string fileName) => new InMemoryAdditionalText(PathOf(fileName), Read(fileName));

    /// <summary>Every real file as an additional text.</summary>
    public static AdditionalText[] All() => FileNames.Select(Text).ToArray();

    /// <summary>The path used for a definition file in the tests: the same on every machine, so snapshots are stable.</summary>
    public static string PathOf(string fileName) => "/repo/src/AiInfra.Domain/Quantities/Definitions/" + fileName;
}
