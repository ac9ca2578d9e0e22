namespace AiInfra.Domain.Audit;

/// <summary>How serious an audit finding is. Findings sort in this order: errors first, doubts from outside the sources last.</summary>
public enum AuditSeverity
{
    /// <summary>The figures contradict each other or physics: at least one of them is wrong.</summary>
    Error,

    /// <summary>The figures are implausible, or the sources disagree: worth checking against a primary source.</summary>
    Warning,

    /// <summary>
    /// Nothing is known to be wrong, but the data cannot be checked or can be read two ways: a rating with no
    /// precision or sparsity beside rated ones, a claim with no scope, a competing value that is the same figure rounded.
    /// </summary>
    Info,

    /// <summary>
    /// A figure as the source states it that knowledge from outside the sources puts in doubt: the entry names an
    /// external source (a vendor datasheet, a paper) and the value expected there. The source's figure is kept; this
    /// says only that a reader should not rely on it unchecked.
    /// </summary>
    Doubt,
}
