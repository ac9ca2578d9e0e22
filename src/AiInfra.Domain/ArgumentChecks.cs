using System.Globalization;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain;

/// <summary>
/// Argument checks shared by the calculators. Every failure names the parameter and the valid range, so that
/// the message alone tells a caller what to change. Non-finite values (which quantity arithmetic can produce,
/// such as <c>Power.FromWatts(1e308) * 10</c>) are an <see cref="ArgumentException"/>; finite values outside
/// the range are an <see cref="ArgumentOutOfRangeException"/>.
/// </summary>
internal static class ArgumentChecks
{
    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Show(IQuantity quantity) => quantity.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>A count of 0 or more.</summary>
    public static int NonNegative(int value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be 0 or more; it was {value}.");

    /// <summary>A count of 1 or more.</summary>
    public static int Positive(int value, string name) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be 1 or more; it was {value}.");

    /// <summary>A finite number.</summary>
    public static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentException($"{name} must be a finite number; it was {Show(value)}.", name);

    /// <summary>A finite number greater than 0.</summary>
    public static double Positive(double value, string name) =>
        Finite(value, name) > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be greater than 0; it was {Show(value)}.");

    /// <summary>A finite number at least <paramref name="minimum"/>.</summary>
    public static double AtLeast(double value, double minimum, string name, string? why = null) =>
        Finite(value, name) >= minimum
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {Show(minimum)}{why}; it was {Show(value)}.");

    /// <summary>A quantity whose value is finite (in its own unit and in the base unit).</summary>
    public static T Finite<T>(T quantity, string name)
        where T : struct, IQuantity
    {
        var baseValue = quantity.As(quantity.QuantityInfo.BaseUnitInfo.UntypedValue);
        return double.IsFinite(quantity.Value) && double.IsFinite(baseValue)
            ? quantity
            : throw new ArgumentException($"{name} must be a finite {quantity.QuantityInfo.Name}; it was {Show(quantity)}.", name);
    }

    /// <summary>A finite quantity of 0 or more.</summary>
    public static T NonNegative<T>(T quantity, string name)
        where T : struct, IQuantity, IComparable<T> =>
        Finite(quantity, name).CompareTo(default) >= 0
            ? quantity
            : throw new ArgumentOutOfRangeException(name, Show(quantity), $"{name} must be 0 or more; it was {Show(quantity)}.");

    /// <summary>A finite quantity greater than 0.</summary>
    public static T Positive<T>(T quantity, string name)
        where T : struct, IQuantity, IComparable<T> =>
        Finite(quantity, name).CompareTo(default) > 0
            ? quantity
            : throw new ArgumentOutOfRangeException(name, Show(quantity), $"{name} must be greater than 0; it was {Show(quantity)}.");

    /// <summary>An efficiency: greater than 0 and at most 1 (100 %).</summary>
    public static Ratio Efficiency(Ratio efficiency, string name)
    {
        var f = Finite(efficiency, name).DecimalFractions;
        return f > 0 && f <= 1
            ? efficiency
            : throw new ArgumentOutOfRangeException(name, Show(efficiency),
                $"{name} must be greater than 0 % and at most 100 % (a decimal fraction in (0, 1]); it was {Show(efficiency)}.");
    }

    /// <summary>A share of a whole: from 0 to 1 (0 % to 100 %) inclusive.</summary>
    public static Ratio Fraction(Ratio share, string name)
    {
        var f = Finite(share, name).DecimalFractions;
        return f >= 0 && f <= 1
            ? share
            : throw new ArgumentOutOfRangeException(name, Show(share),
                $"{name} must be from 0 % to 100 % (a decimal fraction in [0, 1]); it was {Show(share)}.");
    }

    /// <summary>A share of time or capacity that must not be zero: greater than 0 and at most 1.</summary>
    public static Ratio PositiveFraction(Ratio share, string name)
    {
        var f = Finite(share, name).DecimalFractions;
        return f > 0 && f <= 1
            ? share
            : throw new ArgumentOutOfRangeException(name, Show(share),
                $"{name} must be greater than 0 % and at most 100 % (a decimal fraction in (0, 1]); it was {Show(share)}.");
    }

    /// <summary>A reference that must not be null.</summary>
    public static T NotNull<T>(T? value, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name, $"{name} is required.");
}
