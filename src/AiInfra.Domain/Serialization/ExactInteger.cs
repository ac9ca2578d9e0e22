namespace AiInfra.Domain.Serialization;

/// <summary>
/// Reads a JSON number as a whole number exactly, from its decimal digits: "2.0", "2e3", "1.5e1" and
/// "9007199254740993.0" are whole numbers (JSON Schema's "integer" is any number with no fractional part) and keep every
/// digit, which a double would not. Linear in the length of the text, whatever its exponent.
/// </summary>
internal static class ExactInteger
{
    /// <summary>What the text is.</summary>
    public enum Result
    {
        /// <summary>A whole number that fits a <see cref="long"/>, which is the value.</summary>
        Integer,

        /// <summary>A number with a fractional part.</summary>
        Fraction,

        /// <summary>A whole number outside the range of a <see cref="long"/>.</summary>
        OutOfRange,
    }

    // Far beyond any exponent that a document's length could offset (a span has fewer than 2^31 digits), and far from
    // overflowing a long when digit counts are added to it.
    private const long ExponentCap = 1_000_000_000_000;

    /// <summary>Reads the text of a JSON number (as the reader has checked it: -?digits[.digits][(e|E)[+-]digits]).</summary>
    public static Result Parse(ReadOnlySpan<byte> number, out long value)
    {
        value = 0;
        var i = 0;
        var negative = number.Length > 0 && number[0] == (byte)'-';
        if (negative)
        {
            i++;
        }

        var integerStart = i;
        while (i < number.Length && IsDigit(number[i]))
        {
            i++;
        }

        var integerDigits = number[integerStart..i];
        var fractionDigits = ReadOnlySpan<byte>.Empty;
        if (i < number.Length && number[i] == (byte)'.')
        {
            var fractionStart = ++i;
            while (i < number.Length && IsDigit(number[i]))
            {
                i++;
            }

            fractionDigits = number[fractionStart..i];
        }

        long exponent = 0;
        if (i < number.Length && number[i] is (byte)'e' or (byte)'E')
        {
            i++;
            var negativeExponent = i < number.Length && number[i] == (byte)'-';
            if (i < number.Length && number[i] is (byte)'-' or (byte)'+')
            {
                i++;
            }

            for (; i < number.Length && IsDigit(number[i]); i++)
            {
                exponent = Math.Min(exponent * 10 + (number[i] - '0'), ExponentCap);
            }

            exponent = negativeExponent ? -exponent : exponent;
        }

        // The value is the significant digits (the integer digits then the fraction digits, without leading and
        // trailing zeros) times ten to the power scale.
        fractionDigits = fractionDigits.TrimEnd((byte)'0');
        long scale = exponent - fractionDigits.Length;
        integerDigits = integerDigits.TrimStart((byte)'0');
        if (fractionDigits.IsEmpty)
        {
            var untrimmed = integerDigits.Length;
            integerDigits = integerDigits.TrimEnd((byte)'0');
            scale += untrimmed - integerDigits.Length;
        }
        else if (integerDigits.IsEmpty)
        {
            fractionDigits = fractionDigits.TrimStart((byte)'0');
        }

        var length = integerDigits.Length + fractionDigits.Length;
        if (length == 0)
        {
            return Result.Integer; // Zero, however written ("0.000", "-0e5").
        }

        if (scale < 0)
        {
            return Result.Fraction; // The last significant digit is after the decimal point.
        }

        if (length + scale > 19)
        {
            return Result.OutOfRange; // At least 10^19, beyond 9223372036854775808.
        }

        ulong magnitude = 0;
        foreach (var digit in integerDigits)
        {
            magnitude = (magnitude * 10) + (ulong)(digit - '0');
        }

        foreach (var digit in fractionDigits)
        {
            magnitude = (magnitude * 10) + (ulong)(digit - '0');
        }

        for (var s = 0L; s < scale; s++)
        {
            magnitude *= 10; // At most 19 digits in all: below 10^19, which a ulong holds.
        }

        if (negative ? magnitude > 9223372036854775808UL : magnitude > long.MaxValue)
        {
            return Result.OutOfRange;
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return Result.Integer;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
}
