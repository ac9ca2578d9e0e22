using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Reflection;
using AiInfra.Domain.Cli.Commands;

namespace AiInfra.Domain.Cli;

/// <summary>
/// The <c>aiinfra</c> tool, runnable in-process: <c>schema export</c>, <c>validate</c>, <c>catalog list</c>,
/// <c>catalog show</c> and <c>audit</c>. Results go to <c>stdout</c>; problems running a command (a missing file,
/// a usage mistake) go to <c>stderr</c>. Exit codes: 0 success, 1 invalid data, an unreadable file, an unknown id or
/// failing audit findings, 2 a usage error, 3 an internal error (a bug). Output is deterministic: ordinal order and
/// the invariant culture, whatever the machine's culture.
/// </summary>
public static class CliApp
{
    /// <summary>Runs the tool with <paramref name="args"/>, writing to the given writers, and returns the exit code.</summary>
    /// <param name="args">The command line, without the tool's name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where problems and usage errors go.</param>
    /// <returns>0, 1, 2 or 3, as the class describes.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var result = CreateRootCommand().Parse(args);
            if (result.Errors.Count > 0 && result.Action is ParseErrorAction)
            {
                foreach (var error in result.Errors)
                {
                    stderr.WriteLine($"aiinfra: error: {error.Message}");
                }

                stderr.WriteLine($"Run '{CommandPath(result.CommandResult.Command, result)} --help' for usage.");
                return ExitCodes.Usage;
            }

            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            stderr.WriteLine($"aiinfra: internal error: {exception.GetType().Name}: {exception.Message}");
            stderr.WriteLine(BugNotice);
            return ExitCodes.Internal;
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    /// <summary>What follows the message of an internal error.</summary>
    internal const string BugNotice = "This is a bug in the tool; please report it with the command line that caused it.";

    /// <summary>The tool's version: the informational version of this assembly.</summary>
    internal static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliApp).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(
            "aiinfra: validates AI-infrastructure data against the AiInfra.Domain model, exports its JSON Schemas, "
            + "lists and shows the reference catalogue, and audits catalogue data. Exit codes: 0 success; 1 invalid data, "
            + "an unreadable file, an unknown id or failing audit findings; 2 a usage error; 3 an internal error.");
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new VersionAction();
            }
        }

        root.Add(SchemaCommand.Create());
        root.Add(ValidateCommand.Create());
        root.Add(CatalogCommand.Create());
        root.Add(AuditCommand.Create());
        root.Add(PlanCommand.Create());
        return root;
    }

    private static string CommandPath(Command command, ParseResult result)
    {
        var names = new List<string>();
        for (var symbol = result.CommandResult; symbol is not null; symbol = symbol.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(symbol.Command is RootCommand ? "aiinfra" : symbol.Command.Name);
        }

        names.Reverse();
        return names.Count == 0 ? command.Name : string.Join(' ', names);
    }

    /// <summary>Prints this assembly's version, whatever process hosts the tool.</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCodes.Success;
        }
    }
}

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was valid, or the command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Invalid data, an unreadable file, an unknown id, or audit findings at or above the --fail-on severity.</summary>
    public const int Failure = 1;

    /// <summary>A usage error: an unknown command or option, a missing argument, an unknown --type or --kind, a file whose entity cannot be told.</summary>
    public const int Usage = 2;

    /// <summary>A bug in the tool.</summary>
    public const int Internal = 3;
}
