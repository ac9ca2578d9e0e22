using AiInfra.Domain.Shared;
using static AiInfra.Domain.Audit.CatalogAudit;

namespace AiInfra.Domain.Audit;

/// <summary>Reports every value that another source gives for a figure an entry records ("alsoReported").</summary>
internal static class DisagreementChecks
{
    public static void Check(CatalogueData data, List<AuditFinding> findings)
    {
        Add("Accelerator", data.Accelerators.Select(a => (a.Id, a.AlsoReported)), findings);
        Add("Rack", data.Racks.Select(r => (r.Id, r.AlsoReported)), findings);
        Add("SuperPod", data.SuperPods.Select(p => (p.Id, p.AlsoReported)), findings);
        Add("HbmGeneration", data.HbmGenerations.Select(h => (h.Id, h.AlsoReported)), findings);
        Add("PowerArchitecture", data.PowerArchitectures.Select(p => (p.Id, p.AlsoReported)), findings);
        Add("PowerSystem", data.PowerSystems.Select(p => (p.Id, p.AlsoReported)), findings);
    }

    private static void Add(string kind, IEnumerable<(string Id, IReadOnlyList<ReportedFigure> Reported)> entries, List<AuditFinding> findings)
    {
        foreach (var (id, reported) in entries)
        {
            foreach (var other in reported)
            {
                var value = other.Value ?? $"{other.Min}–{other.Max}";
                var where = other.Line is { } line ? $"{other.Source} line {line}" : other.Source;
                findings.Add(Finding(kind, id, AuditRules.SourcesDisagree, AuditSeverity.Warning,
                    $"{where} gives {value} for {other.Path}." + (other.Note is { } note ? " " + note : string.Empty),
                    ("path", other.Path), ("otherValue", value), ("otherSource", other.Source)));
            }
        }
    }
}
