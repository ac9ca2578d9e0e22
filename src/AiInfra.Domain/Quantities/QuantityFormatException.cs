namespace AiInfra.Domain.Quantities;

/// <summary>Why a text could not be read as a quantity.</summary>
public enum QuantityParseError
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

/// <summary>
/// Thrown when a text is not a valid quantity or unit. The message names the input, says what is wrong and lists
/// the units expected; <see cref="Error"/> says the same for code.
/// </summary>
public sealed class QuantityFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public QuantityFormatException(string message, QuantityParseError error, string quantityName)
        : base(message)
    {
        Error = error;
        QuantityName = quantityName;
    }

    /// <summary>What was wrong with the text.</summary>
    public QuantityParseError Error { get; }

    /// <summary>The quantity the text was read as, such as "Power".</summary>
    public string QuantityName { get; }
}
