using System.CommandLine;
using AiInfra.Domain.Cli.Documents;

namespace AiInfra.Domain.Cli.Commands;

/// <summary>The --assembly option of 'validate' and 'audit': a user's built assembly, whose entities the tool then knows.</summary>
internal static class AssemblyOption
{
    public static Option<string[]> Create() => new("--assembly", "-a")
    {
        Description = "A built assembly of your project (bin/Debug/net10.0/MyApp.dll) whose entities, generated from its *.spec.json "
            + "files, the files may hold: they are read with its generated readers and validators, as AiInfraJson reads them in "
            + "your program. The assembly's code runs (its module initializer registers the entities), so pass only your own "
            + "build output. Repeat the option for several assemblies.",
        HelpName = "path.dll",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>
    /// The entities a run knows: the library's, plus those of the assemblies given. Null, having printed the reason,
    /// when an assembly cannot be used (a usage error, exit code 2).
    /// </summary>
    public static Entities? Entities(string[]? assemblies, TextWriter stderr)
    {
        if (assemblies is not { Length: > 0 })
        {
            return Documents.Entities.Known;
        }

        if (UserAssemblies.Load(assemblies, Documents.Entities.Known, out var problem) is { } entities)
        {
            return entities;
        }

        stderr.WriteLine($"aiinfra: error: {problem}");
        return null;
    }
}
