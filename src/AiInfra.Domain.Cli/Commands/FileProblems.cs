using AiInfra.Domain.Cli.Documents;
using AiInfra.Domain.Cli.Reports;

namespace AiInfra.Domain.Cli.Commands;

/// <summary>What 'validate' and 'audit' say of a file that was not read as data, and what it does to the exit code.</summary>
internal static class FileProblems
{
    /// <summary>
    /// Prints to <paramref name="stderr"/> why <paramref name="file"/> was not read, and returns the exit code it calls
    /// for (<see cref="ExitCodes.Failure"/>, <see cref="ExitCodes.Usage"/> or <see cref="ExitCodes.Internal"/>); null,
    /// printing nothing, when the file was read (valid or not). With a SARIF <paramref name="log"/>, the same words are
    /// also one of its tool execution notifications, of level error, on the file.
    /// </summary>
    public static int? Report(LoadedFile file, Entities entities, TextWriter stderr, SarifLog? log = null)
    {
        var (message, exit) = file.Shape switch
        {
            FileShape.Unreadable => ($"cannot read '{file.Path}': {file.Problem}.", ExitCodes.Failure),
            FileShape.Undetermined => ($"'{file.Path}': {file.Problem}. The entities are: {entities.Names}.{entities.Hint}", ExitCodes.Usage),
            FileShape.Failed => ($"internal error while reading '{file.Path}': {file.Problem}", ExitCodes.Internal),
            _ => (null, ExitCodes.Success),
        };
        if (message is null)
        {
            return null;
        }

        stderr.WriteLine($"aiinfra: {(exit == ExitCodes.Internal ? string.Empty : "error: ")}{message}");
        if (exit == ExitCodes.Internal)
        {
            stderr.WriteLine(CliApp.BugNotice);
        }

        log?.AddNotification("error", message, file.Path);
        return exit;
    }

    /// <summary>The exit code of a run: the more serious of two, an internal error before a usage error before a failure.</summary>
    public static int Combine(int current, int next) => Math.Max(current, next);
}
