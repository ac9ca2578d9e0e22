namespace AiInfra.Domain.Provenance;

/// <summary>How a figure relates to the true value, as its source states it.</summary>
public enum FigureBound
{
    /// <summary>The value as stated, with no qualifier.</summary>
    Exact,

    /// <summary>About the value (约, "about", "~").</summary>
    Approximate,

    /// <summary>At least the value (≥, 超过, "more than" when inclusive).</summary>
    AtLeast,

    /// <summary>At most the value (≤, 至多, 高达, "up to").</summary>
    AtMost,

    /// <summary>Strictly more than the value (>).</summary>
    GreaterThan,

    /// <summary>Strictly less than the value (&lt;).</summary>
    LessThan,

    /// <summary>Somewhere from <see cref="Figure{T}.Value"/> to <see cref="Figure{T}.Maximum"/>.</summary>
    Range,

    /// <summary>The source gives no qualifier that can be trusted.</summary>
    Unknown,

    /// <summary>
    /// About a range (约 120–140 kW): from about <see cref="Figure{T}.Value"/> to about <see cref="Figure{T}.Maximum"/>.
    /// A range whose ends the source itself calls approximate; last so that the members before it keep their numbers.
    /// </summary>
    ApproximateRange,
}
