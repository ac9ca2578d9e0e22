namespace AiInfra.Domain.Quantities;

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
