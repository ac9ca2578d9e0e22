using System.CommandLine;
using System.Text;
using AiInfra.Domain.Cli.Documents;
using AiInfra.Domain.Planning;

namespace AiInfra.Domain.Cli.Commands;

/// <summary><c>aiinfra plan &lt;file.plan.json&gt;... [--format text|markdown|json] [--explain &lt;figure&gt;]</c>: plans clusters.</summary>
internal static class PlanCommand
{
    private static readonly string[] Formats = ["text", "markdown", "json"];

    public static Command Create()
    {
        var files = FileArguments.Create("The plan files (*.plan.json). Several give a comparison of their headline figures.", ArgumentArity.OneOrMore);
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to print the report: text, markdown or json.",
            HelpName = "format",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(Formats);
        var explain = new Option<string>("--explain", "-e")
        {
            Description = "Print the derivation of one figure (such as costPerMillionTokens) down to catalogue sources, plan lines and defaults.",
            HelpName = "figure",
        };
        var command = new Command(
            "plan",
            "Plans a cluster from a plan file with the library's ClusterPlanner and prints its report: counts, power, cooling, compute, "
            + "serving and economics, every figure with its formula. Several files print the headline figures side by side. Errors in a "
            + "plan are printed as 'file(line,column): error <code>: <JSON Pointer>: <message>'. Exit code 0 on success, 1 when a plan is "
            + "invalid, cannot be planned or unreadable, or the figure to explain is unknown, 2 on a usage error.")
        {
            files,
            format,
            explain,
        };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(format) ?? "text", result.GetValue(explain),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, string format, string? explain, TextWriter stdout, TextWriter stderr)
    {
        var reports = new List<PlanReport>();
        var exit = ExitCodes.Success;
        foreach (var path in paths)
        {
            if (Plan(path, stdout, stderr) is { } report)
            {
                reports.Add(report);
            }
            else
            {
                exit = ExitCodes.Failure;
            }
        }

        if (exit != ExitCodes.Success)
        {
            return exit;
        }

        if (explain is not null)
        {
            foreach (var report in reports)
            {
                if (!report.TryGetFigure(explain, out _))
                {
                    stderr.WriteLine($"aiinfra: error: the report of {report.Plan.Id} has no figure '{explain}'. It has: {string.Join(", ", report.Figures.Select(f => f.Id))}.");
                    return ExitCodes.Failure;
                }

                if (reports.Count > 1)
                {
                    stdout.WriteLine($"{report.Plan.Id}:");
                }

                stdout.Write(report.Explain(explain));
            }

            return ExitCodes.Success;
        }

        if (reports.Count == 1)
        {
            stdout.Write(format switch
            {
                "markdown" => reports[0].ToMarkdown(),
                "json" => reports[0].ToJson() + "\n",
                _ => reports[0].ToText(),
            });
        }
        else
        {
            var comparison = new PlanComparison(reports);
            stdout.Write(format switch
            {
                "markdown" => comparison.ToMarkdown(),
                "json" => comparison.ToJson() + "\n",
                _ => comparison.ToText(),
            });
        }

        return ExitCodes.Success;
    }

    private static PlanReport? Plan(string path, TextWriter stdout, TextWriter stderr)
    {
        if (FileBytes.Read(path, DocumentLoader.SizeLimit, out var problem) is not { } bytes)
        {
            stderr.WriteLine($"aiinfra: error: {path}: {problem}");
            return null;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            stdout.WriteLine(new FileError(path, null, null, null, ErrorCodes.MalformedJson, string.Empty, "The file is not UTF-8 text.").ToString());
            return null;
        }

        if (!ClusterPlanDocument.TryParse(text, path, out var document, out var errors))
        {
            Print(path, errors, stdout);
            return null;
        }

        try
        {
            return ClusterPlanner.Plan(document);
        }
        catch (PlanException e)
        {
            Print(path, e.Errors, stdout);
            return null;
        }
    }

    private static void Print(string path, IReadOnlyList<AiInfraError> errors, TextWriter stdout)
    {
        foreach (var error in errors)
        {
            stdout.WriteLine(new FileError(path, null, error.Line, error.Column, error.Code, error.Path, error.Message).ToString());
        }
    }
}
