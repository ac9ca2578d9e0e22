using System.CommandLine;
using AiInfra.Domain.Cli.Documents;
using AiInfra.Domain.Cli.Reports;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Cli.Commands;

/// <summary><c>aiinfra validate &lt;file&gt;... [--type &lt;entity&gt;]</c>: reads data files with the library and prints every error.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = FileArguments.Create("The JSON files to check.", ArgumentArity.OneOrMore);
        var type = new Option<string>("--type", "-t")
        {
            Description = "The entity that files which are not catalogue files hold (an Accelerator, say): each is one object, or a "
                + "JSON array of objects, of that entity. Any case; a full type name where two entities share a name. Your own "
                + "entities need --assembly.",
            HelpName = "entity",
        };
        var assembly = AssemblyOption.Create();
        var format = OutputFormat.Create();
        var command = new Command(
            "validate",
            "Checks data files with the library's reader and validator and prints each error as "
            + "'file(line,column): error <code>: <JSON Pointer>: <message>', the form MSBuild, Azure Pipelines, GitHub problem "
            + "matchers and editors read. A catalogue file (*.catalog.json, or an object with \"entity\" and \"entries\") is "
            + "checked entry by entry as the entity it names, comments and trailing commas allowed as at build time; any other "
            + "file needs --type. Entities of your own spec files are known with --assembly <your built .dll>. Exit code 0 when "
            + "all are valid, 1 when any is invalid or unreadable, 2 on a usage error (an --assembly the tool cannot use included). "
            + "--format sarif writes a SARIF 2.1.0 log instead, for code scanning.")
        {
            files,
            type,
            assembly,
            format,
        };
        command.SetAction(result => Validate(result.GetValue(files)!, result.GetValue(type), result.GetValue(assembly), result.GetValue(format) == OutputFormat.Sarif, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Validate(string[] paths, string? typeName, string[]? assemblies, bool sarif, TextWriter stdout, TextWriter stderr)
    {
        if (AssemblyOption.Entities(assemblies, stderr) is not { } entities)
        {
            return ExitCodes.Usage;
        }

        AiInfraTypeRegistry.Registration? type = null;
        if (typeName is not null)
        {
            type = entities.Find(typeName, out var problem);
            if (type is null)
            {
                stderr.WriteLine($"aiinfra: error: --type {problem}");
                return ExitCodes.Usage;
            }
        }

        var log = sarif ? new SarifLog(OutputFormat.ValidateRules()) : null;
        var loader = new DocumentLoader(type, entities);
        int valid = 0, invalid = 0, errors = 0, unread = 0;
        var exit = ExitCodes.Success;
        foreach (var path in paths)
        {
            var file = loader.Load(path);
            if (FileProblems.Report(file, entities, stderr, log) is { } problem)
            {
                exit = FileProblems.Combine(exit, problem);
                unread++;
                continue;
            }

            log?.AddArtifact(path);
            foreach (var error in file.Errors)
            {
                if (log is null)
                {
                    stdout.WriteLine(error.ToString());
                }
                else
                {
                    log.Add(error);
                }
            }

            if (file.IsValid)
            {
                valid++;
                if (log is null)
                {
                    stdout.WriteLine($"{path}: valid, {file.Description}.");
                }
            }
            else
            {
                invalid++;
                errors += file.Errors.Count;
                exit = FileProblems.Combine(exit, ExitCodes.Failure);
            }
        }

        if (log is not null)
        {
            log.Write(stdout, exit);
            return exit;
        }

        var summary = $"{Plural(paths.Length, "file")} checked: {valid} valid, {invalid} invalid ({Plural(errors, "error")})";
        stdout.WriteLine(unread == 0 ? summary + "." : summary + $", {unread} not read.");
        return exit;
    }

    internal static string Plural(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
