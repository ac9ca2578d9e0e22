namespace AiInfra.Domain.Quantities;

/// <summary>Why a text could not be read as a quantity.</summary>
// Compiled into the generator too (a linked file, with QuantityGrammar), where it is internal.
#if AIINFRA_GENERATOR
internal enum QuantityParseError
#else
public enum QuantityParseError
#endif
{
    /// <summary>The text is empty or white space.</summary>
    Empty,

    /// <summary>The text has a unit but no number.</summary>
    MissingNumber,

    /// <summary>The number part is not a number in the culture used.</summary>
    MalformedNumber,

    /// <summary>
    /// The number is NaN or infinite, too large for a double, or beyond the range of its unit: its value in the base
    /// unit would not be finite (as "1.7976931348623157E+308 GW" would be in watts).
    /// </summary>
    NotFinite,

    /// <summary>The text has a number but no unit, and the quantity has no unit written as a bare number.</summary>
    MissingUnit,

    /// <summary>The unit is not a unit of any quantity.</summary>
    UnknownUnit,

    /// <summary>The unit belongs to another quantity, such as "V" for a power.</summary>
    WrongDimension,

    /// <summary>The unit matches several units when case is ignored ("mw": mW or MW?).</summary>
    AmbiguousUnit,
}
