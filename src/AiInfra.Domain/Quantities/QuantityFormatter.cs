using System.Globalization;

namespace AiInfra.Domain.Quantities;

/// <summary>Formats a value and its abbreviation as "number abbreviation" ("700 W"), or the number alone for an empty abbreviation.</summary>
internal static class QuantityFormatter
{
    public static string Format(double value, string abbreviation, string? format, IFormatProvider? provider)
    {
        var number = value.ToString(format, provider ?? CultureInfo.InvariantCulture);
        return abbreviation.Length == 0 ? number : string.Concat(number, " ", abbreviation);
    }

    public static bool TryFormat(double value, string abbreviation, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
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
