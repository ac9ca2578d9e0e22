using AiInfra.Domain.PowerDelivery;
using AiInfra.Domain.Quantities;
using static AiInfra.Domain.Audit.CatalogAudit;

namespace AiInfra.Domain.Audit;

/// <summary>The checks of power architectures and systems: no efficiency above 100 %.</summary>
internal static class PowerChecks
{
    public static void Check(IReadOnlyList<PowerArchitecture> architectures, IReadOnlyList<PowerSystem> systems, List<AuditFinding> findings)
    {
        foreach (var architecture in architectures)
        {
            CheckEfficiency(nameof(PowerArchitecture), architecture.Id, architecture.SystemEfficiency?.Value, findings);
        }

        foreach (var system in systems)
        {
            CheckEfficiency(nameof(PowerSystem), system.Id, system.Efficiency?.Value, findings);
        }
    }

    private static void CheckEfficiency(string kind, string id, Ratio? efficiency, List<AuditFinding> findings)
    {
        if (efficiency is { } e && e.DecimalFractions > 1)
        {
            findings.Add(Finding(kind, id, AuditRules.EfficiencyAboveOne, AuditSeverity.Error,
                $"An efficiency of {e} would create energy.", ("efficiency", e)));
        }
    }
}
