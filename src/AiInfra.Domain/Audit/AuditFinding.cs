namespace AiInfra.Domain.Audit;

/// <summary>
/// One inconsistency found by <see cref="CatalogAudit"/>: which entry, which rule, how serious, what is wrong, and
/// the values involved (as invariant text, in their units). Two findings are equal when every member is, the
/// values compared name by name.
/// </summary>
/// <param name="Kind">The entity type, such as "Accelerator".</param>
/// <param name="EntryId">The entry's id.</param>
/// <param name="Rule">The stable id of the rule, one of <see cref="AuditRules"/>, such as "compute.sparse-below-dense".</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="Values">The values the rule compared, by name.</param>
public sealed record AuditFinding(string Kind, string EntryId, string Rule, AuditSeverity Severity, string Message, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>True when every member is equal, the values compared name by name (ordinal).</summary>
    public bool Equals(AuditFinding? other) =>
        other is not null
        && Kind == other.Kind
        && EntryId == other.EntryId
        && Rule == other.Rule
        && Severity == other.Severity
        && Message == other.Message
        && Values.Count == other.Values.Count
        && Values.All(v => other.Values.TryGetValue(v.Key, out var value) && value == v.Value);

    /// <summary>A hash consistent with <see cref="Equals(AuditFinding?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Kind, EntryId, Rule, Severity, Message, Values.Count);

    /// <summary>"Error Accelerator nvidia-h100-sxm compute.sparse-below-dense: ... [name = value, ...]", for logs.</summary>
    public override string ToString() =>
        $"{Severity} {Kind} {EntryId} {Rule}: {Message}" + (Values.Count == 0 ? string.Empty : " [" + string.Join(", ", Values.Select(v => $"{v.Key} = {v.Value}")) + "]");
}
