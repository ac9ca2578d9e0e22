using AiInfra.Domain.Cli.Documents;

namespace AiInfra.Domain.Cli.Commands;

/// <summary>What 'validate' and 'audit' say of a file that was not read as data, and what it does to the exit code.</summary>
internal static class FileProblems
{
    /// <summary>
    /// Prints to <paramref name="stderr"/> why <paramref name="file"/> was not read, and returns the exit code it calls
    /// for (<see cref="ExitCodes.Failure"/>, <see cref="ExitCodes.Usage"/> or <see cref="ExitCodes.Internal"/>); null,
    /// printing nothing, when the file was read (valid or not).
    /// </summary>
    public static int? Report(LoadedFile file, Entities entities, TextWriter stderr)
    {
        switch (file.Shape)
        {
            case FileShape.Unreadable:
                stderr.WriteLine($"aiinfra: error: cannot read '{file.Path}': {file.Problem}.");
                return ExitCodes.Failure;
            case FileShape.Undetermined:
                stderr.WriteLine($"aiinfra: error: '{file.Path}': {file.Problem}. The entities are: {entities.Names}.{entities.Hint}");
                return ExitCodes.Usage;
            case FileShape.Failed:
                stderr.WriteLine($"aiinfra: internal error while reading '{file.Path}': {file.Problem}");
                stderr.WriteLine(CliApp.BugNotice);
                return ExitCodes.Internal;
            default:
                return null;
        }
    }

    /// <summary>The exit code of a run: the more serious of two, an internal error before a usage error before a failure.</summary>
    public static int Combine(int current, int next) => Math.Max(current, next);
}
