using System;
using System.Globalization;

namespace AiInfra.Domain.Quantities;

/// <summary>
/// The common number of a quantity, a plain decimal in the invariant culture ("700", "3.35", "-0.5"), read without the
/// general parser. Its digits, at most <see cref="MaxDigits"/>, make a whole number below 2^53, and the power of ten
/// it is divided by is at most 10^15: both are exact doubles, so the one division rounds once, correctly, to the double
/// <see cref="double.TryParse(string, NumberStyles, IFormatProvider, out double)"/> reads from the same text (Clinger's
/// fast path). Anything else (an exponent, a '+', white space, more digits, another culture) is left to that parser.
/// </summary>
internal static class ShortDecimal
{
    /// <summary>The most digits read here: 10^15 is below 2^53, so every such whole number is an exact double.</summary>
    public const int MaxDigits = 15;

    private static readonly double[] s_powersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// Reads <c>-?digits(.digits)?</c> (or <c>-?.digits</c>) of at most <see cref="MaxDigits"/> digits when
    /// <paramref name="provider"/> is the invariant culture; false, with nothing read, for any other text or culture.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, IFormatProvider provider, out double value)
    {
        value = 0;
        if (!ReferenceEquals(provider, CultureInfo.InvariantCulture) && !ReferenceEquals(provider, NumberFormatInfo.InvariantInfo))
        {
            return false;
        }

        var negative = text.Length > 0 && text[0] == '-';
        long whole = 0;
        var digits = 0;
        var fractionDigits = -1;
        for (var i = negative ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                if (++digits > MaxDigits)
                {
                    return false;
                }

                whole = (whole * 10) + (c - '0');
                if (fractionDigits >= 0)
                {
                    fractionDigits++;
                }
            }
            else if (c == '.' && fractionDigits < 0)
            {
                fractionDigits = 0;
            }
            else
            {
                return false;
            }
        }

        // No digit, or a point with none after it ("5."): the general parser decides.
        if (digits == 0 || fractionDigits == 0)
        {
            return false;
        }

        var magnitude = fractionDigits > 0 ? whole / s_powersOfTen[fractionDigits] : whole;
        value = negative ? -magnitude : magnitude;
        return true;
    }
}
