using System.CommandLine;

namespace AiInfra.Domain.Cli.Commands;

/// <summary>The list of files that 'validate' and 'audit' take.</summary>
internal static class FileArguments
{
    /// <summary>
    /// A list of files that rejects what looks like an option ("--nope") unless such a file exists: System.CommandLine
    /// would otherwise take a mistyped option for a file name.
    /// </summary>
    public static Argument<string[]> Create(string description, ArgumentArity arity)
    {
        var files = new Argument<string[]>("file") { Description = description, Arity = arity };
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value.Length > 1 && !File.Exists(token.Value))
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
        return files;
    }
}
