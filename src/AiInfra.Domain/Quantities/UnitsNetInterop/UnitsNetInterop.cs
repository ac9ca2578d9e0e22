using System.ComponentModel;
using System.Globalization;

namespace AiInfra.Domain.Quantities;

/// <summary>
/// Exact conversions between <see cref="double"/> and <see cref="decimal"/>, and the errors of a value UnitsNet cannot
/// hold. The generated UnitsNet conversions call these; they also serve any code that moves numbers between the two.
/// </summary>
public static class UnitsNetInterop
{
    /// <summary>2^96, the first double above <see cref="decimal.MaxValue"/>.</summary>
    private const double DecimalLimit = 79228162514264337593543950336d;

    /// <summary>2^53: every integer below it is a double exactly.</summary>
    private const double ExactIntegerLimit = 9007199254740992d;

    private static readonly double[] s_powersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>
    /// The decimal written with the shortest digits that read back as <paramref name="value"/> (what
    /// <c>value.ToString("R")</c> writes), so that <see cref="ToDouble"/> gives back exactly <paramref name="value"/>.
    /// </summary>
    /// <remarks>
    /// Unlike the cast <c>(decimal)value</c>, which keeps 15 significant digits and changes most doubles, nothing is
    /// rounded: 0.1 becomes 0.1m and 0.30000000000000004 becomes 0.30000000000000004m. Allocates nothing.
    /// </remarks>
    /// <returns>
    /// False, with 0, when no decimal reads back as <paramref name="value"/>: NaN, an infinity, a magnitude of 2^96
    /// (about 7.92E+28) or more, or digits beyond 28 places after the decimal point (any non-zero magnitude below 1E-28,
    /// and smaller values with many digits such as 1.2345678901234567E-15).
    /// </returns>
    public static bool TryToDecimal(double value, out decimal result)
    {
        if (value == 0)
        {
            result = 0m;
            return true;
        }

        var magnitude = Math.Abs(value);
        if (!(magnitude < DecimalLimit))
        {
            result = 0m;
            return false;
        }

        if (magnitude < ExactIntegerLimit && value == Math.Floor(value))
        {
            result = (long)value;
            return true;
        }

        Span<char> text = stackalloc char[32];
        if (value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture)
            && decimal.TryParse(text[..written], NumberStyles.Float, CultureInfo.InvariantCulture, out result)
            && ToDouble(result) == value)
        {
            return true;
        }

        result = 0m;
        return false;
    }

    /// <summary>The double nearest to <paramref name="value"/> (correctly rounded, unlike the cast <c>(double)value</c>). Allocates nothing.</summary>
    /// <remarks>Exact when the decimal has at most 15 significant digits; otherwise within half a unit in the last place of the double.</remarks>
    public static double ToDouble(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        if (bits[2] == 0 && (uint)bits[1] < (1u << 21) && scale < s_powersOfTen.Length)
        {
            // The mantissa (below 2^53) and the power of ten are both exact doubles, so one division rounds correctly.
            var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            var quotient = mantissa / s_powersOfTen[scale];
            return negative ? -quotient : quotient;
        }

        Span<char> text = stackalloc char[40];
        value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        return double.Parse(text[..written], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The error of a value that UnitsNet's storage cannot hold unchanged. For the generated conversions.</summary>
    /// <param name="quantity">The value as this library writes it, such as "1E+30 W".</param>
    /// <param name="valueInUnit">The number in the unit UnitsNet receives.</param>
    /// <param name="abbreviation">That unit's abbreviation.</param>
    /// <param name="unitsNetType">The UnitsNet type, such as "UnitsNet.Power".</param>
    /// <param name="isDecimal">Whether UnitsNet stores the quantity as a decimal (else a double).</param>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static OverflowException CannotHold(string quantity, double valueInUnit, string abbreviation, string unitsNetType, bool isDecimal) =>
        new(isDecimal
            ? $"{quantity} cannot become a {unitsNetType} unchanged: UnitsNet stores it as a decimal, which holds zero and magnitudes from 1E-28 to 7.9228162514264337593543950335E+28 with at most 28 digits after the decimal point, and {Number(valueInUnit)} {abbreviation} is not one of those. Convert it to another unit first, or call TryToUnitsNet to test."
            : $"{quantity} cannot become a {unitsNetType}: it is {Number(valueInUnit)} {abbreviation}, beyond the range of a double (magnitudes up to 1.7976931348623157E+308).");

    /// <summary>The error of a UnitsNet value, in a unit this library lacks, that is beyond a double once converted. For the generated conversions.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static OverflowException BeyondDouble(double unitsNetValue, string unitsNetType, string abbreviation) =>
        new($"A {unitsNetType} of {Number(unitsNetValue)}, in a unit this library lacks, is beyond the range of a double (magnitudes up to 1.7976931348623157E+308) once converted into {abbreviation}.");

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
