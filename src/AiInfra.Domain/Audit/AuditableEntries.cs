using System.Globalization;
using AiInfra.Domain.Provenance;
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
    public static CatalogData Of(CatalogData data, List<AuditFinding> findings) => data.Select(new Keeper(findings));

    /// <summary>Keeps, in each list, the entries that can be audited.</summary>
    private sealed class Keeper(List<AuditFinding> findings) : ICatalogListTransform
    {
        public IReadOnlyList<T> Apply<T>(IReadOnlyList<T>? entries, Func<T, string> id)
            where T : class, IAiInfraEntity<T> => Keep(entries, id, findings);
    }

    private static IReadOnlyList<T> Keep<T>(IReadOnlyList<T>? entries, Func<T, string> id, List<AuditFinding> findings)
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
