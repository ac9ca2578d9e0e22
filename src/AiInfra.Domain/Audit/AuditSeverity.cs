namespace AiInfra.Domain.Audit;

/// <summary>How serious an audit finding is.</summary>
public enum AuditSeverity
{
    /// <summary>The figures contradict each other or physics: at least one of them is wrong.</summary>
    Error,

    /// <summary>The figures are implausible, or the sources disagree: worth checking against a primary source.</summary>
    Warning,
}
