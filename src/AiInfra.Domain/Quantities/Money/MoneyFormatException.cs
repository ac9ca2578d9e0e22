namespace AiInfra.Domain.Quantities;

/// <summary>Why a text could not be read as <see cref="Money"/> or as a <see cref="Currency"/>.</summary>
public enum MoneyParseError
{
    /// <summary>The text is empty or white space.</summary>
    Empty,

    /// <summary>The text has a currency or a scale word but no number, such as "USD" or "bn USD".</summary>
    MissingNumber,

    /// <summary>The number is not a number in the culture used (which takes no thousands separators), or is NaN or infinite.</summary>
    MalformedNumber,

    /// <summary>The amount, after its scale word and exponent, is larger than <see cref="decimal"/> can hold.</summary>
    Overflow,

    /// <summary>The amount has more digits than <see cref="decimal"/> holds exactly (28 decimal places, 28 or 29 significant digits); it is never rounded silently.</summary>
    TooManyDigits,

    /// <summary>A word between the number and the currency is not a scale word, such as "m" (million is "M").</summary>
    UnknownScale,

    /// <summary>The text has a number but no currency, such as "80" or "80 bn"; no currency is ever assumed.</summary>
    MissingCurrency,

    /// <summary>The currency is not an ISO 4217 code or a known Chinese currency word, such as "XYZ" or "usd".</summary>
    UnknownCurrency,

    /// <summary>Something follows or repeats where nothing may, such as a second currency, a second scale word, or a thousands separator.</summary>
    UnexpectedText,
}

/// <summary>
/// Thrown when a text is not valid <see cref="Money"/> or a valid <see cref="Currency"/>. The message quotes the input,
/// says what is wrong and what was expected; <see cref="Error"/> says the same for code.
/// </summary>
public sealed class MoneyFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public MoneyFormatException(string message, MoneyParseError error)
        : base(message)
    {
        Error = error;
    }

    /// <summary>What was wrong with the text.</summary>
    public MoneyParseError Error { get; }
}
