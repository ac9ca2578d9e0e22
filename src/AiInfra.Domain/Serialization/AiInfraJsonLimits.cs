namespace AiInfra.Domain.Serialization;

/// <summary>
/// Limits that protect a reader from hostile or broken input. Each one, when crossed, is a reported error
/// (never a crash or a partial object). Two instances are equal when every limit is.
/// </summary>
public sealed record AiInfraJsonLimits
{
    /// <summary>The defaults: depth 64, strings of at most 1,048,576 characters, documents of at most 64 MiB.</summary>
    public static AiInfraJsonLimits Default { get; } = new();

    /// <summary>The deepest nesting of objects and arrays accepted; 1 to 1000, default 64.</summary>
    public int MaxDepth { get; init => field = value is >= 1 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "The depth limit must be from 1 to 1000."); } = 64;

    /// <summary>The longest string value accepted, in UTF-8 bytes as written; at least 1, default 1,048,576.</summary>
    public int MaxStringLength { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxStringLength), value, "The string length limit must be at least 1."); } = 1 << 20;

    /// <summary>The largest document accepted, in bytes of UTF-8; at least 2, default 67,108,864 (64 MiB).</summary>
    public long MaxDocumentSize { get; init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDocumentSize), value, "The document size limit must be at least 2 bytes."); } = 64L << 20;
}
