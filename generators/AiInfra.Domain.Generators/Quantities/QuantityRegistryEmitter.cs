using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>
/// Emits the list of every quantity, which the hand-written <c>Quantity</c> and <c>UnitConverter</c> build on: in the
/// library, the list <c>Quantity</c> starts with; in a project, a module initializer that adds the project's own.
/// </summary>
internal static class QuantityRegistryEmitter
{
    public const string HintName = "QuantityRegistry.g.cs";

    public static string Emit(QuantitySetModel set) => set.IsLibrary ? EmitLibrary(set) : EmitRegistration(set);

    private static string EmitLibrary(QuantitySetModel set)
    {
        var w = Begin();
        w.OpenBlock($"namespace {CompilationQuantities.LibraryNamespace}");
        w.OpenBlock("public static partial class Quantity");
        w.Line("/// <summary>Every quantity the library defines, ordered by name.</summary>");
        w.OpenBlock($"private static {RuntimeNames.QuantityInfo}[] CreateInfos() => new {RuntimeNames.QuantityInfo}[]");
        foreach (var quantity in set.Quantities)
        {
            w.Line($"{quantity.Name}.Info,");
        }

        w.CloseBlock("};");
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    /// <summary>
    /// A project's quantities join the library's when its assembly loads, so that <c>Quantity.From</c>,
    /// <c>Quantity.Parse</c>, <c>UnitConverter</c>, <c>AiInfraJson.Options</c> and the parsers' messages know them.
    /// </summary>
    private static string EmitRegistration(QuantitySetModel set)
    {
        var w = Begin();
        w.Line("#pragma warning disable CA2255 // A module initializer is how generated quantities register themselves without reflection.");
        w.OpenBlock("namespace " + RuntimeNames.GeneratedNamespace);
        w.Line("/// <summary>Registers the quantities generated from this project's *.quantity.json files.</summary>");
        w.OpenBlock("internal static class AiInfraQuantityRegistration");
        w.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        w.OpenBlock("internal static void Register()");
        foreach (var quantity in set.Quantities)
        {
            w.Line($"{RuntimeNames.Quantity}.Register<{quantity.FullName}, {quantity.UnitFullName}>();");
        }

        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    private static SourceWriter Begin()
    {
        var w = SourceWriter.FileHeader("the *.quantity.json files");
        w.Line();
        return w;
    }
}
