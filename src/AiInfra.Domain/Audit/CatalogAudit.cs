namespace AiInfra.Domain.Audit;

/// <summary>
/// Consistency checks that know the physics: sparse at least dense, narrower precisions at least as fast as wider
/// ones, memory within its stacks' limits, racks and pods that add up, efficiencies at most 100 %, and sources that
/// disagree. Runs over the reference catalogue or any data of the same types.
/// </summary>
/// <example><code>
/// foreach (var finding in CatalogAudit.Run()) Console.WriteLine(finding);
/// </code></example>
public static class CatalogAudit
{
    /// <summary>Checks <paramref name="data"/> (the reference catalogue when null) and returns every finding, ordered by kind, entry and rule.</summary>
    public static IReadOnlyList<AuditFinding> Run(CatalogueData? data = null)
    {
        data ??= CatalogueData.Reference;
        var findings = new List<AuditFinding>();
        var accelerators = data.Accelerators.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var accelerator in data.Accelerators)
        {
            AcceleratorChecks.Check(accelerator, data.HbmGenerations, findings);
        }

        foreach (var rack in data.Racks)
        {
            SystemChecks.CheckRack(rack, accelerators, findings);
        }

        foreach (var pod in data.SuperPods)
        {
            SystemChecks.CheckSuperPod(pod, accelerators, findings);
        }

        PowerChecks.Check(data.PowerArchitectures, data.PowerSystems, findings);
        DisagreementChecks.Check(data, findings);
        return findings
            .OrderBy(f => f.Kind, StringComparer.Ordinal)
            .ThenBy(f => f.EntryId, StringComparer.Ordinal)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToArray();
    }

    internal static AuditFinding Finding(string kind, string id, string rule, AuditSeverity severity, string message, params (string Name, object? Value)[] values) =>
        new(kind, id, rule, severity, message, values.ToDictionary(v => v.Name, v => Text(v.Value), StringComparer.Ordinal));

    internal static string Text(object? value) => value switch
    {
        null => "(none)",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
