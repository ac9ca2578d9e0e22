using System.Globalization;
using AiInfra.Domain.Validation;

namespace AiInfra.Domain.Audit;

/// <summary>
/// Keeps the entries the rules can check: not null, and holding no value that JSON cannot carry (a null where a value
/// is needed, a number that is not finite, an undefined enum value...), which the rules, written for data that can be
/// read, would trip over. Each entry left out is a finding of <see cref="AuditRules.UnwritableEntry"/>.
/// </summary>
internal static class AuditableEntries
{
    /// <summary>The data with every entry that cannot be audited left out (null lists read as empty), adding a finding for each.</summary>
    public static CatalogueData Of(CatalogueData data, List<AuditFinding> findings) => new()
    {
        Accelerators = Keep(data.Accelerators, e => e.Id, findings),
        HostCpus = Keep(data.HostCpus, e => e.Id, findings),
        HbmGenerations = Keep(data.HbmGenerations, e => e.Id, findings),
        MemoryMedia = Keep(data.MemoryMedia, e => e.Id, findings),
        OpticalModules = Keep(data.OpticalModules, e => e.Id, findings),
        SwitchAsics = Keep(data.SwitchAsics, e => e.Id, findings),
        OcsSwitches = Keep(data.OcsSwitches, e => e.Id, findings),
        CopperCables = Keep(data.CopperCables, e => e.Id, findings),
        Fibres = Keep(data.Fibres, e => e.Id, findings),
        MpoConnectors = Keep(data.MpoConnectors, e => e.Id, findings),
        Laminates = Keep(data.Laminates, e => e.Id, findings),
        Resins = Keep(data.Resins, e => e.Id, findings),
        GlassCloths = Keep(data.GlassCloths, e => e.Id, findings),
        CopperFoils = Keep(data.CopperFoils, e => e.Id, findings),
        PcbBoards = Keep(data.PcbBoards, e => e.Id, findings),
        PowerArchitectures = Keep(data.PowerArchitectures, e => e.Id, findings),
        PowerSystems = Keep(data.PowerSystems, e => e.Id, findings),
        PowerShelves = Keep(data.PowerShelves, e => e.Id, findings),
        ColdPlates = Keep(data.ColdPlates, e => e.Id, findings),
        QuickDisconnects = Keep(data.QuickDisconnects, e => e.Id, findings),
        Manifolds = Keep(data.Manifolds, e => e.Id, findings),
        Cdus = Keep(data.Cdus, e => e.Id, findings),
        Trays = Keep(data.Trays, e => e.Id, findings),
        Racks = Keep(data.Racks, e => e.Id, findings),
        ScaleUpDomains = Keep(data.ScaleUpDomains, e => e.Id, findings),
        SuperPods = Keep(data.SuperPods, e => e.Id, findings),
        Campuses = Keep(data.Campuses, e => e.Id, findings),
        CapexRecords = Keep(data.CapexRecords, e => e.Id, findings),
        TokenUsages = Keep(data.TokenUsages, e => e.Id, findings),
        TokenPrices = Keep(data.TokenPrices, e => e.Id, findings),
        Commitments = Keep(data.Commitments, e => e.Id, findings),
        ShuffleBoxes = Keep(data.ShuffleBoxes, e => e.Id, findings),
    };

    private static IReadOnlyList<T> Keep<T>(IReadOnlyList<T>? entries, Func<T, string?> id, List<AuditFinding> findings)
        where T : class, IAiInfraEntity<T>
    {
        if (entries is null)
        {
            return [];
        }

        List<T>? kept = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var problems = entry is null ? null : Unwritable(entry);
            if (entry is not null && problems is null)
            {
                kept?.Add(entry);
                continue;
            }

            kept ??= [.. entries.Take(i)];
            var entryId = entry is null ? null : id(entry);
            var label = entryId ?? string.Create(CultureInfo.InvariantCulture, $"(entry {i})");
            findings.Add(entry is null
                ? CatalogAudit.Finding(T.EntityName, label, AuditRules.UnwritableEntry, AuditSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"The data's {T.EntityName} list holds null at index {i}; it is left out of the audit."), ("index", i))
                : CatalogAudit.Finding(T.EntityName, label, AuditRules.UnwritableEntry, AuditSeverity.Error, $"The entry holds a value that no JSON can carry, so no rule can check it; it is left out of the audit. Validate() reports: {problems}", ("errors", problems)));
        }

        return kept ?? entries;
    }

    /// <summary>Null when the entry holds only values JSON can carry (it may still break constraints); otherwise what Validate() reports.</summary>
    private static string? Unwritable<T>(T entry)
        where T : class, IAiInfraEntity<T>
    {
        var fast = ValidationScope.FailFast();
        T.ValidateInto(entry, ref fast);
        if (fast.IsValid)
        {
            return null;
        }

        var full = ValidationScope.Collecting();
        T.ValidateInto(entry, ref full);
        return full.UnwritableCount == 0 ? null : string.Join("; ", full.ToResult().Errors);
    }
}
