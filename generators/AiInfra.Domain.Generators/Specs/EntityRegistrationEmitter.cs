using System.Collections.Generic;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// Emits a module initializer that registers every generated record of the assembly with
/// AiInfraTypeRegistry, so AiInfraJson.Options and AiInfraSchemas.All know them without reflection.
/// </summary>
internal static class EntityRegistrationEmitter
{
    public const string HintName = "Specs.Registration.g.cs";

    /// <param name="entityFullNames">The records to register, as "global::Namespace.Name", in a stable order.</param>
    public static string Emit(IReadOnlyList<string> entityFullNames)
    {
        var w = SpecSources.Begin("the project's *.spec.json files");
        w.Line("#pragma warning disable CA2255 // A module initializer is how generated types register themselves without reflection.");
        w.OpenBlock("namespace " + RuntimeNames.GeneratedNamespace);
        w.Line("/// <summary>Registers the records generated from this project's spec files.</summary>");
        w.OpenBlock("internal static class AiInfraEntityRegistration");
        w.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        w.OpenBlock("internal static void Register()");
        foreach (var entity in entityFullNames)
        {
            w.Line($"{RuntimeNames.TypeRegistry}.Register<{entity}>();");
        }

        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }
}
