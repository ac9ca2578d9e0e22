namespace AiInfra.Domain.Serialization;

/// <summary>
/// Limits that protect a reader from hostile or broken input. Each one, when crossed, is a reported error
/// (never a crash or a partial object). Two instances are equal when every limit is.
/// </summary>
public sealed record AiInfraJsonLimits
{
    /// <summary>The defaults: depth 64, strings of at most 1,048,576 bytes, documents of at most 64 MiB, 1,000 errors reported.</summary>
    public static AiInfraJsonLimits Default { get; } = new();

    /// <summary>The deepest nesting of objects and arrays accepted; 1 to 1000, default 64.</summary>
    public int MaxDepth { get; init => field = value is >= 1 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "The depth limit must be from 1 to 1000."); } = 64;

    /// <summary>
    /// The longest JSON string accepted, in UTF-8 bytes as written (an escape such as <c>\u0041</c> counts 6); at least 1,
    /// default 1,048,576. It applies to every string the reader takes as text: values of every type (text, enum values,
    /// quantities, dates, money, reporting periods, figure bounds, notes and sources), map keys, and property names that
    /// are not one of the type's own (a declared name is matched in place and never taken as text). A longer one is a
    /// <see cref="ErrorCodes.TooLong"/> error, and its text is never copied into a message.
    /// </summary>
    public int MaxStringLength { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxStringLength), value, "The string length limit must be at least 1."); } = 1 << 20;

    /// <summary>
    /// The largest document accepted, in bytes of UTF-8 (for a <see cref="string"/>, the size of its UTF-8 form, a byte
    /// order mark included); at least 2, default 67,108,864 (64 MiB). Whatever the limit, a document is read whole into
    /// one array, so nothing larger than <see cref="Array.MaxLength"/> bytes is read: the limit in force is the smaller
    /// of the two, and the <see cref="ErrorCodes.DocumentTooLarge"/> error names it.
    /// </summary>
    public long MaxDocumentSize { get; init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDocumentSize), value, "The document size limit must be at least 2 bytes."); } = 64L << 20;

    /// <summary>
    /// The most errors a read reports; at least 1, default 1,000. A document with more gets its first
    /// <see cref="MaxErrors"/> errors and then one <see cref="ErrorCodes.TooManyErrors"/> error, at the first error left
    /// out. The rest of the document is still read (in time linear in its size) but its errors are neither kept nor
    /// located, so a hostile document with millions of mistakes costs no memory for each of them.
    /// </summary>
    public int MaxErrors { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxErrors), value, "The error limit must be at least 1."); } = 1000;

    /// <summary>The document size limit in force: <see cref="MaxDocumentSize"/>, or <see cref="Array.MaxLength"/> bytes when that is smaller.</summary>
    internal long EffectiveMaxDocumentSize => Math.Min(MaxDocumentSize, Array.MaxLength);
}
