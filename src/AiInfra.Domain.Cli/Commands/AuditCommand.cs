using System.CommandLine;
using AiInfra.Domain.Audit;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Cli.Catalogue;
using AiInfra.Domain.Cli.Documents;
using AiInfra.Domain.Cooling;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Memory;
using AiInfra.Domain.Optics;
using AiInfra.Domain.Pcb;
using AiInfra.Domain.PowerDelivery;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Rules;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Systems;

namespace AiInfra.Domain.Cli.Commands;

/// <summary><c>aiinfra audit [&lt;file&gt;...]</c>: the physics-aware consistency checks of <see cref="CatalogAudit"/>.</summary>
internal static class AuditCommand
{
    private static readonly string[] Thresholds = ["error", "warning", "info", "never"];

    public static Command Create()
    {
        var files = FileArguments.Create("Catalogue data to audit (read as 'validate' reads it); the reference catalogue when none is given.", ArgumentArity.ZeroOrMore);
        var type = new Option<string>("--type", "-t")
        {
            Description = "The entity that files which are not catalogue files hold, as for 'validate' (your own entities need --assembly).",
            HelpName = "entity",
        };
        var assembly = AssemblyOption.Create();
        var withReference = new Option<bool>("--with-reference")
        {
            Description = "Audits the files together with the reference catalogue, so that their entries may refer to its entries (a rack to its accelerator).",
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "The least severity of finding that makes the exit code 1: error (the default), warning, info, or never.",
            HelpName = "severity",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong(Thresholds);
        var command = new Command(
            "audit",
            "Checks catalogue data against physics and arithmetic (sparse at least dense, racks that add up, efficiencies at "
            + "most 100 %, sources that disagree, ...) and prints the findings grouped by rule; each finding in a file is "
            + "located as 'file(line,column): <severity> <rule>: ...'. Exit code 1 when any finding is at least as severe as "
            + "--fail-on (error by default), or when a file is invalid or cannot be read; 2 on a usage error.")
        {
            files,
            type,
            assembly,
            withReference,
            failOn,
        };
        command.SetAction(result => Audit(
            result.GetValue(files) ?? [],
            result.GetValue(type),
            result.GetValue(assembly),
            result.GetValue(withReference),
            result.GetValue(failOn)!,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Audit(string[] paths, string? typeName, string[]? assemblies, bool withReference, string failOn, TextWriter stdout, TextWriter stderr)
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

        var exit = ExitCodes.Success;
        var entries = new List<(string File, LoadedEntry Entry)>();
        var loader = new DocumentLoader(type, entities);
        foreach (var path in paths)
        {
            var file = loader.Load(path);
            if (FileProblems.Report(file, entities, stderr) is { } problem)
            {
                exit = FileProblems.Combine(exit, problem);
                continue;
            }

            foreach (var error in file.Errors)
            {
                stdout.WriteLine(error.ToString());
            }

            exit = FileProblems.Combine(exit, file.Errors.Count > 0 ? ExitCodes.Failure : ExitCodes.Success);
            entries.AddRange(file.Entries.Select(e => (path, e)));
        }

        if (exit > ExitCodes.Failure)
        {
            return exit;
        }

        var audited = Unique(entries, withReference, stdout);
        exit = FileProblems.Combine(exit, audited.Count < entries.Count ? ExitCodes.Failure : ExitCodes.Success);
        var data = paths.Length == 0 ? CatalogData.Reference : Collect(audited.Select(e => e.Entry), withReference ? CatalogData.Reference : new CatalogData(), stderr);
        var findings = CatalogAudit.Run(data);
        var located = audited
            .Where(e => e.Entry.Id is not null)
            .ToDictionary(e => (e.Entry.Entity.EntityName, e.Entry.Id!), e => e);
        Print(findings, located, paths.Length == 0 ? "The reference catalogue" : withReference ? "The files with the reference catalogue" : "The files", stdout);
        var threshold = failOn == "never" ? -1 : Array.IndexOf(Thresholds, failOn);
        return FileProblems.Combine(exit, findings.Any(f => (int)f.Severity <= threshold) ? ExitCodes.Failure : ExitCodes.Success);
    }

    /// <summary>
    /// The entries to audit: those whose id no other audited entry of their entity has. A finding names its entry by
    /// entity and id, so an entry whose id the reference catalogue (with --with-reference) or an earlier file already
    /// uses is reported at its own position as a duplicate and left out, and a finding of the reference's entry is
    /// never printed at the user's line. A second entry with one id within a file has been reported by the reading.
    /// </summary>
    private static List<(string File, LoadedEntry Entry)> Unique(List<(string File, LoadedEntry Entry)> entries, bool withReference, TextWriter stdout)
    {
        var owners = new Dictionary<(string Entity, string Id), (string? File, string Where)>();
        if (withReference)
        {
            foreach (var section in CatalogueSections.All)
            {
                foreach (var entry in section.Entries)
                {
                    owners.TryAdd((section.EntityName, entry.Id), (null, $"the reference catalogue's entry of {section.Kind}"));
                }
            }
        }

        var unique = new List<(string File, LoadedEntry Entry)>();
        foreach (var (file, entry) in entries)
        {
            if (entry.Id is { } id)
            {
                if (owners.TryGetValue((entry.Entity.EntityName, id), out var owner))
                {
                    if (owner.File != file)
                    {
                        var message = $"The id '{id}' is already used by {owner.Where}, so this {entry.Entity.EntityName} is left out of the audit.";
                        stdout.WriteLine(new FileError(file, null, entry.Line, entry.Column, CatalogRules.DuplicateId.Code, entry.Pointer + "/id", message));
                    }

                    continue;
                }

                owners.Add((entry.Entity.EntityName, id), (file, $"{file}({entry.Line},{entry.Column})"));
            }

            unique.Add((file, entry));
        }

        return unique;
    }

    private static void Print(IReadOnlyList<AuditFinding> findings, Dictionary<(string Kind, string Id), (string File, LoadedEntry Entry)> located, string subject, TextWriter stdout)
    {
        var order = AuditRules.All.Select((rule, index) => (rule, index)).ToDictionary(x => x.rule, x => x.index, StringComparer.Ordinal);
        foreach (var group in findings.GroupBy(f => f.Rule, StringComparer.Ordinal).OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            stdout.WriteLine($"{group.Key} ({ValidateCommand.Plural(group.Count(), "finding")})");
            foreach (var finding in group)
            {
                var where = located.TryGetValue((finding.Kind, finding.EntryId), out var at) ? $"{at.File}({at.Entry.Line},{at.Entry.Column}): " : string.Empty;
                var values = finding.Values.Count == 0 ? string.Empty : " [" + string.Join(", ", finding.Values.Select(v => $"{v.Key} = {v.Value}")) + "]";
                stdout.WriteLine($"{where}{finding.Severity.ToString().ToLowerInvariant()} {finding.Rule}: {finding.Kind} {finding.EntryId}: {finding.Message}{values}");
            }

            stdout.WriteLine();
        }

        var counts = string.Join(", ", Enum.GetValues<AuditSeverity>().Select(s => $"{findings.Count(f => f.Severity == s)} {s.ToString().ToLowerInvariant()}"));
        stdout.WriteLine($"{subject}: {ValidateCommand.Plural(findings.Count, "finding")} ({counts}) under {findings.Select(f => f.Rule).Distinct().Count()} of {AuditRules.All.Count} rules.");
    }

    /// <summary>The entries read from files, added to <paramref name="start"/> kind by kind; kinds the audit does not hold are reported and left out.</summary>
    private static CatalogData Collect(IEnumerable<LoadedEntry> entries, CatalogData start, TextWriter stderr)
    {
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var values = entries.Select(e => e.Value).ToList();
        foreach (var value in values)
        {
            if (!IsAudited(value))
            {
                var name = value.GetType().Name;
                skipped[name] = skipped.GetValueOrDefault(name) + 1;
            }
        }

        foreach (var (name, count) in skipped)
        {
            stderr.WriteLine($"aiinfra: note: {count} {name} {(count == 1 ? "entry" : "entries")} not audited: the audit checks catalogue kinds only.");
        }

        return start.Select(new Appender(values));
    }

    /// <summary>The kinds the audit holds: the entities of the generated catalogue registry.</summary>
    private static readonly HashSet<Type> AuditedTypes = Catalog.Sections.Select(s => s.EntityType).ToHashSet();

    private static bool IsAudited(object value) => AuditedTypes.Contains(value.GetType());

    /// <summary>Adds, to each list, the values read of its kind.</summary>
    private sealed class Appender(List<object> values) : ICatalogListTransform
    {
        public IReadOnlyList<T> Apply<T>(IReadOnlyList<T>? entries, Func<T, string> id)
            where T : class, IAiInfraEntity<T> => [.. entries ?? [], .. values.OfType<T>()];
    }
}
