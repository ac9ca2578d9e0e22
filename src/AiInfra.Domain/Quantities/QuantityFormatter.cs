using System.ComponentModel;
using System.Globalization;

namespace AiInfra.Domain.Quantities;

/// <summary>
/// Formats a value and its abbreviation as "number abbreviation" ("700 W"), or the number alone for an empty
/// abbreviation. Part of the contract between the quantity generator and this library: every generated quantity's
/// <c>ToString</c> and <c>TryFormat</c> call it; other code calls those.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static class QuantityFormatter
{
    /// <summary>The format string of the readable form: <c>q.ToString("a")</c>, the same as <c>q.ToReadableString()</c>.</summary>
    public const string ReadableFormat = "a";

    /// <summary>How many significant digits the readable form keeps: 4, so "3.168 MWh" and "23.88 ms".</summary>
    public const int ReadableSignificantDigits = 4;

    /// <summary>
    /// The unit the readable form uses: from the scale of <paramref name="scales"/> that holds <paramref name="current"/> (else
    /// the first), the largest unit in which the value, rounded to <see cref="ReadableSignificantDigits"/>, is at least 1; the
    /// smallest when none is. <paramref name="current"/> itself when there are no scales, or the value is zero or not finite.
    /// </summary>
    /// <param name="baseValue">The value in the base unit.</param>
    /// <param name="current">The unit the value carries.</param>
    /// <param name="info">The quantity's units, for their factors.</param>
    /// <param name="scales">The display units, each scale ordered by factor, smallest first.</param>
    public static TUnit ReadableUnit<TUnit>(double baseValue, TUnit current, QuantityInfo<TUnit> info, TUnit[][] scales)
        where TUnit : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(scales);
        if (scales.Length == 0 || baseValue == 0 || !double.IsFinite(baseValue))
        {
            return current;
        }

        var scale = Array.Find(scales, s => Array.IndexOf(s, current) >= 0) ?? scales[0];
        var magnitude = Math.Abs(baseValue);
        for (var i = scale.Length - 1; i > 0; i--)
        {
            if (Math.Abs(RoundSignificant(magnitude / info.UnitInfoOf(scale[i]).ConversionFactor, out _)) >= 1)
            {
                return scale[i];
            }
        }

        return scale[0];
    }

    /// <summary>The readable form of a number and its abbreviation: at most <see cref="ReadableSignificantDigits"/> significant digits (all of a whole number's digits), no trailing zeros, no group separators.</summary>
    /// <param name="value">The number, in the unit the abbreviation names.</param>
    /// <param name="abbreviation">The unit's abbreviation; empty for a unit written as a bare number.</param>
    /// <param name="provider">The culture of the number; invariant when null.</param>
    public static string FormatReadable(double value, string abbreviation, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(abbreviation);
        var culture = provider ?? CultureInfo.InvariantCulture;
        string number;
        if (!double.IsFinite(value))
        {
            number = value.ToString(culture);
        }
        else
        {
            var rounded = RoundSignificant(value, out var decimals);
            number = decimals > 15
                ? value.ToString("G" + ReadableSignificantDigits.ToString(CultureInfo.InvariantCulture), culture)
                : (rounded == 0 ? 0d : rounded).ToString(decimals == 0 ? "0" : "0." + new string('#', decimals), culture);
        }

        return abbreviation.Length == 0 ? number : string.Concat(number, " ", abbreviation);
    }

    /// <summary>Copies <paramref name="text"/> into <paramref name="destination"/>; false, with <paramref name="charsWritten"/> 0, when it does not fit.</summary>
    /// <param name="text">The formatted text.</param>
    /// <param name="destination">Where the text is written.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    public static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>The value rounded (half away from zero) to <see cref="ReadableSignificantDigits"/> significant digits, never dropping digits before the point.</summary>
    private static double RoundSignificant(double value, out int decimals)
    {
        decimals = 0;
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        var digits = (int)Math.Floor(Math.Log10(Math.Abs(value))) + 1;
        decimals = Math.Max(0, ReadableSignificantDigits - digits);
        if (decimals > 15)
        {
            return value;
        }

        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);

        // 9.9996 rounds to 10.000: one digit more before the point, one fewer after it.
        if (decimals > 0 && Math.Abs(rounded) >= Math.Pow(10, digits))
        {
            decimals--;
            rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        }

        return rounded;
    }

    /// <summary>The value formatted with <paramref name="format"/> in <paramref name="provider"/>'s culture (invariant when null), a space and the abbreviation.</summary>
    /// <param name="value">The number, in the unit the abbreviation names.</param>
    /// <param name="abbreviation">The unit's abbreviation; empty for a unit written as a bare number.</param>
    /// <param name="format">A standard or custom numeric format; null for the shortest round-trip number.</param>
    /// <param name="provider">The culture of the number; invariant when null.</param>
    public static string Format(double value, string abbreviation, string? format, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(abbreviation);
        var number = value.ToString(format, provider ?? CultureInfo.InvariantCulture);
        return abbreviation.Length == 0 ? number : string.Concat(number, " ", abbreviation);
    }

    /// <summary>Formats like <see cref="Format"/> into <paramref name="destination"/> without allocating.</summary>
    /// <param name="value">The number, in the unit the abbreviation names.</param>
    /// <param name="abbreviation">The unit's abbreviation; empty for a unit written as a bare number.</param>
    /// <param name="destination">Where the text is written.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">A standard or custom numeric format; empty for the shortest round-trip number.</param>
    /// <param name="provider">The culture of the number; invariant when null.</param>
    /// <returns>False, with <paramref name="charsWritten"/> 0, when <paramref name="destination"/> is too short.</returns>
    public static bool TryFormat(double value, string abbreviation, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(abbreviation);
        charsWritten = 0;
        if (!value.TryFormat(destination, out var numberLength, format, provider ?? CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (abbreviation.Length == 0)
        {
            charsWritten = numberLength;
            return true;
        }

        var rest = destination[numberLength..];
        if (rest.Length < abbreviation.Length + 1)
        {
            return false;
        }

        rest[0] = ' ';
        abbreviation.AsSpan().CopyTo(rest[1..]);
        charsWritten = numberLength + 1 + abbreviation.Length;
        return true;
    }
}
