using System.Text.Json;
using AiInfra.Domain.Chips;
using static System.FormattableString;
using static AiInfra.Domain.Audit.CatalogAudit;

namespace AiInfra.Domain.Audit;

/// <summary>
/// Reports each doubt an entry records about its own figures from a source outside the reports s000-s004 (an
/// <c>x-…</c> source, see Catalogue-sources.md), with severity
/// <see cref="AuditSeverity.Doubt"/>: the recorded value, the value the external source gives, and why.
/// </summary>
internal static class DoubtChecks
{
    public static void Check(IReadOnlyList<Accelerator> accelerators, List<AuditFinding> findings)
    {
        foreach (var entry in accelerators)
        {
            if (entry.Doubts.Count == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(AiInfraJson.Serialize(entry));
            foreach (var doubt in entry.Doubts)
            {
                var recorded = DisagreementChecks.Readable(json.RootElement, doubt.Path, DisagreementChecks.Resolve(json.RootElement, doubt.Path));
                var what = recorded is null ? "records nothing there" : Invariant($"records {recorded} from its seed source");
                findings.Add(Finding(nameof(Accelerator), entry.Id, AuditRules.OutsideKnowledgeDoubt, AuditSeverity.Doubt,
                    Invariant($"{doubt.Source} (outside the seed sources) gives {doubt.Expected} for {doubt.Path}, where the entry {what}: {doubt.Reason}"),
                    ("path", doubt.Path), ("expected", doubt.Expected), ("externalSource", doubt.Source), ("recorded", recorded?.ToString())));
            }
        }
    }
}
