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
