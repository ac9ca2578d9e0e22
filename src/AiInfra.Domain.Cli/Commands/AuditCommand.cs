using System.CommandLine;
using AiInfra.Domain.Audit;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Cli.Catalogue;
using AiInfra.Domain.Cli.Documents;
using AiInfra.Domain.Cli.Reports;
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
        var format = OutputFormat.Create();
        var command = new Command(
            "audit",
            "Checks catalogue data against physics and arithmetic (sparse at least dense, racks that add up, efficiencies at "
            + "most 100 %, sources that disagree, ...) and prints the findings grouped by rule; each finding in a file is "
            + "located as 'file(line,column): <severity> <rule>: ...'. Exit code 1 when any finding is at least as severe as "
            + "--fail-on (error by default), or when a file is invalid or cannot be read; 2 on a usage error. --format sarif "
            + "writes a SARIF 2.1.0 log instead, for code scanning.")
        {
            files,
            type,
            assembly,
            withReference,
            failOn,
            format,
        };
        command.SetAction(result => Audit(
            result.GetValue(files) ?? [],
            result.GetValue(type),
            result.GetValue(assembly),
            result.GetValue(withReference),
            result.GetValue(failOn)!,
            result.GetValue(format) == OutputFormat.Sarif,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Audit(string[] paths, string? typeName, string[]? assemblies, bool withReference, string failOn, bool sarif, TextWriter stdout, TextWriter stderr)
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

        var log = sarif ? new SarifLog(OutputFormat.AuditRuleList()) : null;
        void Report(FileError error)
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

        var exit = ExitCodes.Success;
        var entries = new List<(string File, LoadedEntry Entry)>();
        var loader = new DocumentLoader(type, entities);
        foreach (var path in paths)
        {
            var file = loader.Load(path);
            if (FileProblems.Report(file, entities, stderr, log) is { } problem)
            {
                exit = FileProblems.Combine(exit, problem);
                continue;
            }

            log?.AddArtifact(path);
            foreach (var error in file.Errors)
            {
                Report(error);
            }

            exit = FileProblems.Combine(exit, file.Errors.Count > 0 ? ExitCodes.Failure : ExitCodes.Success);
            entries.AddRange(file.Entries.Select(e => (path, e)));
        }

        if (exit > ExitCodes.Failure)
        {
            log?.Write(stdout, exit);
            return exit;
        }

        var audited = Unique(entries, withReference, Report);
        exit = FileProblems.Combine(exit, audited.Count < entries.Count ? ExitCodes.Failure : ExitCodes.Success);
        var data = paths.Length == 0 ? CatalogData.Reference : Collect(audited.Select(e => e.Entry), withReference ? CatalogData.Reference : new CatalogData(), stderr, log);
        var findings = CatalogAudit.Run(data);
        var located = audited
            .Where(e => e.Entry.Id is not null)
            .ToDictionary(e => (e.Entry.Entity.EntityName, e.Entry.Id!), e => e);
        var threshold = failOn == "never" ? -1 : Array.IndexOf(Thresholds, failOn);
        exit = FileProblems.Combine(exit, findings.Any(f => (int)f.Severity <= threshold) ? ExitCodes.Failure : ExitCodes.Success);
        if (log is null)
        {
            Print(findings, located, paths.Length == 0 ? "The reference catalogue" : withReference ? "The files with the reference catalogue" : "The files", stdout);
        }
        else
        {
            Add(findings, located, paths.Length == 0, log);
            log.Write(stdout, exit);
        }

        return exit;
    }

    /// <summary>
    /// The entries to audit: those whose id no other audited entry of their entity has. A finding names its entry by
    /// entity and id, so an entry whose id the reference catalogue (with --with-reference) or an earlier file already
    /// uses is reported at its own position as a duplicate and left out, and a finding of the reference's entry is
    /// never printed at the user's line. A second entry with one id within a file has been reported by the reading.
    /// </summary>
    private static List<(string File, LoadedEntry Entry)> Unique(List<(string File, LoadedEntry Entry)> entries, bool withReference, Action<FileError> report)
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
                        report(new FileError(file, null, entry.Line, entry.Column, CatalogRules.DuplicateId.Code, entry.Pointer + "/id", message));
                    }

                    continue;
                }

                owners.Add((entry.Entity.EntityName, id), (file, $"{file}({entry.Line},{entry.Column})"));
            }

            unique.Add((file, entry));
        }

        return unique;
    }

    /// <summary>
    /// The findings as SARIF results, in the order <see cref="Print"/> prints them. A finding in a file is at its entry
    /// (the entry's JSON Pointer its logical location). A finding of a reference catalogue entry has no file: auditing the
    /// reference catalogue alone, it is a result with the logical location "Kind/id"; auditing files with it
    /// (--with-reference), it is left out, and one note says how many were, because the log's results are about the
    /// files (and code scanning refuses a log with a result that names no file).
    /// </summary>
    private static void Add(IReadOnlyList<AuditFinding> findings, Dictionary<(string Kind, string Id), (string File, LoadedEntry Entry)> located, bool reference, SarifLog log)
    {
        var leftOut = 0;
        foreach (var finding in Ordered(findings))
        {
            var message = Describe(finding);
            var severity = finding.Severity is AuditSeverity.Info or AuditSeverity.Doubt ? finding.Severity.ToString().ToLowerInvariant() : null;
            if (located.TryGetValue((finding.Kind, finding.EntryId), out var at))
            {
                log.Add(finding.Rule, OutputFormat.Level(finding.Severity), message, at.File, at.Entry.Line, at.Entry.Column, at.Entry.Pointer.Length == 0 ? null : at.Entry.Pointer, "object", finding.Values, severity);
            }
            else if (reference)
            {
                log.Add(finding.Rule, OutputFormat.Level(finding.Severity), message, null, null, null, $"{finding.Kind}/{finding.EntryId}", "object", finding.Values, severity);
            }
            else
            {
                leftOut++;
            }
        }

        if (leftOut > 0)
        {
            log.AddNotification("note", $"{ValidateCommand.Plural(leftOut, "finding")} of the reference catalogue's own entries left out: this log holds the findings in the files; 'aiinfra audit' shows the reference catalogue's.", null);
        }
    }

    /// <summary>The findings grouped by rule, in the order of <see cref="AuditRules.All"/>.</summary>
    private static IEnumerable<IGrouping<string, AuditFinding>> Grouped(IReadOnlyList<AuditFinding> findings)
    {
        var order = AuditRules.All.Select((rule, index) => (rule, index)).ToDictionary(x => x.rule, x => x.index, StringComparer.Ordinal);
        return findings.GroupBy(f => f.Rule, StringComparer.Ordinal).OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal);
    }

    /// <summary>What a finding's line says after its rule: "Accelerator acme-x3: message [dense = 4.5 PFLOPS, ...]".</summary>
    private static string Describe(AuditFinding finding)
    {
        var values = finding.Values.Count == 0 ? string.Empty : " [" + string.Join(", ", finding.Values.Select(v => $"{v.Key} = {v.Value}")) + "]";
        return $"{finding.Kind} {finding.EntryId}: {finding.Message}{values}";
    }

    private static IEnumerable<AuditFinding> Ordered(IReadOnlyList<AuditFinding> findings) => Grouped(findings).SelectMany(g => g);

    private static void Print(IReadOnlyList<AuditFinding> findings, Dictionary<(string Kind, string Id), (string File, LoadedEntry Entry)> located, string subject, TextWriter stdout)
    {
        foreach (var group in Grouped(findings))
        {
            stdout.WriteLine($"{group.Key} ({ValidateCommand.Plural(group.Count(), "finding")})");
            foreach (var finding in group)
            {
                var where = located.TryGetValue((finding.Kind, finding.EntryId), out var at) ? $"{at.File}({at.Entry.Line},{at.Entry.Column}): " : string.Empty;
                stdout.WriteLine($"{where}{finding.Severity.ToString().ToLowerInvariant()} {finding.Rule}: {Describe(finding)}");
            }

            stdout.WriteLine();
        }

        var counts = string.Join(", ", Enum.GetValues<AuditSeverity>().Select(s => $"{findings.Count(f => f.Severity == s)} {s.ToString().ToLowerInvariant()}"));
        stdout.WriteLine($"{subject}: {ValidateCommand.Plural(findings.Count, "finding")} ({counts}) under {findings.Select(f => f.Rule).Distinct().Count()} of {AuditRules.All.Count} rules.");
    }

    /// <summary>The entries read from files, added to <paramref name="start"/> kind by kind; kinds the audit does not hold are reported and left out.</summary>
    private static CatalogData Collect(IEnumerable<LoadedEntry> entries, CatalogData start, TextWriter stderr, SarifLog? log)
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
            var note = $"{count} {name} {(count == 1 ? "entry" : "entries")} not audited: the audit checks catalogue kinds only.";
            stderr.WriteLine($"aiinfra: note: {note}");
            log?.AddNotification("note", note, null);
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
