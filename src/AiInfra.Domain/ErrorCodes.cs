namespace AiInfra.Domain;

// Compiled into the generator too (a linked file), where it is internal: projects that reference the generator as an
// assembly (tests, benchmarks) then see only the library's ErrorCodes.
/// <summary>The stable codes of <see cref="AiInfraError"/>. A code is never renamed or reused once published.</summary>
#if AIINFRA_GENERATOR
internal static class ErrorCodes
#else
public static class ErrorCodes
#endif
{
    /// <summary>The text is not well-formed JSON; <see cref="AiInfraError.Line"/> and <see cref="AiInfraError.Column"/> say where.</summary>
    public const string MalformedJson = "json.malformed";

    /// <summary>
    /// The JSON nests deeper than the reader's limit (a document that ends before it closes every object and array is
    /// <see cref="MalformedJson"/>); when validating or writing, a value that would nest deeper than 1000 objects and
    /// arrays, the most any <see cref="Serialization.AiInfraJsonLimits"/> lets a reader accept, or than the thread's stack allows.
    /// </summary>
    public const string DepthExceeded = "json.depth";

    /// <summary>The document is larger than the reader's limit.</summary>
    public const string DocumentTooLarge = "json.size";

    /// <summary>
    /// The document has more errors than <see cref="Serialization.AiInfraJsonLimits.MaxErrors"/>: the errors before it are
    /// reported, then this one, at the first error left out; the document may have more.
    /// </summary>
    public const string TooManyErrors = "json.too-many-errors";

    /// <summary>A property that the type does not declare.</summary>
    public const string UnknownProperty = "property.unknown";

    /// <summary>A property that appears twice in one object.</summary>
    public const string DuplicateProperty = "property.duplicate";

    /// <summary>A required property is missing.</summary>
    public const string MissingProperty = "property.required";

    /// <summary>
    /// A JSON null where a value is needed (an optional property is omitted, not null); when validating or writing, a
    /// null where a value is needed (a required property, a list or map property, a list item or map value), or a
    /// value type's empty default that stands for no value: <c>default(Money)</c>, <c>ReportingPeriod.None</c>.
    /// </summary>
    public const string NullValue = "value.null";

    /// <summary>A JSON value of the wrong type, such as a number where a string is expected.</summary>
    public const string WrongType = "value.type";

    /// <summary>A number or quantity that is NaN or infinite, or too large for its type (a quantity: also in its base unit).</summary>
    public const string NotFinite = "value.not-finite";

    /// <summary>
    /// A string longer than the reader's limit, or than the property's maximum length (in code points); when validating
    /// or writing, a string longer than the 166,666,666 characters a JSON writer writes.
    /// </summary>
    public const string TooLong = "value.too-long";

    /// <summary>A string shorter than the property's minimum length (in code points: a surrogate pair counts one).</summary>
    public const string TooShort = "value.too-short";

    /// <summary>A value below the property's minimum or above its maximum.</summary>
    public const string OutOfRange = "value.range";

    /// <summary>A string in which the property's pattern (ECMA-262, as in JSON Schema) matches nowhere.</summary>
    public const string PatternMismatch = "value.pattern";

    /// <summary>
    /// A string on which the property's pattern could not be decided within <see cref="Validation.JsonSchemaPattern.MatchTimeout"/>
    /// (only patterns with lookarounds, \b or \B backtrack); the string is rejected.
    /// </summary>
    public const string PatternTimeout = "value.pattern-timeout";

    /// <summary>A string that is not one of the enumeration's values; when validating or writing, an enum value (or a map key, or a figure's bound) that the enum does not define.</summary>
    public const string UnknownEnumValue = "value.enum";

    /// <summary>
    /// A date, year-month or other formatted value that does not parse; when validating or writing, a date or year-month
    /// in a calendar other than ISO, which JSON's ISO 8601 text cannot carry.
    /// </summary>
    public const string MalformedValue = "value.format";

    /// <summary>
    /// When validating or writing, a string that is not Unicode text: it holds half of a UTF-16 surrogate pair, which
    /// UTF-8 JSON cannot carry (a writer would replace it with U+FFFD and the value would read back changed).
    /// </summary>
    public const string InvalidText = "value.invalid-text";

    /// <summary>A quantity string whose number or shape is malformed (no number, no unit, bad number).</summary>
    public const string MalformedQuantity = "quantity.malformed";

    /// <summary>A quantity whose unit is not a unit of any quantity, or is ambiguous.</summary>
    public const string UnknownUnit = "quantity.unit";

    /// <summary>A quantity whose unit belongs to another quantity, such as "700 V" for a power.</summary>
    public const string WrongDimension = "quantity.dimension";

    /// <summary>A list with fewer items than its minimum.</summary>
    public const string TooFewItems = "items.min";

    /// <summary>A list with more items than its maximum.</summary>
    public const string TooManyItems = "items.max";

    /// <summary>A list whose items must be unique has two equal items.</summary>
    public const string DuplicateItem = "items.unique";

    /// <summary>A rule across properties, written by hand in a validator's partial method, is broken.</summary>
    public const string RuleViolation = "rule";
}
