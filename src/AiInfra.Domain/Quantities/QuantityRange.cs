using System.Globalization;

namespace AiInfra.Domain.Quantities;

/// <summary>
/// The values a unit can hold: finite numbers whose value in the base unit is finite too. Constructors, <c>From*</c>,
/// <c>Quantity.From</c>, <c>ToUnit</c>, parsing and the JSON readers accept exactly these, so every quantity they hand
/// out converts to its base unit without overflow; arithmetic follows IEEE 754 and is not checked.
/// </summary>
internal static class QuantityRange
{
    /// <summary>The value in the base unit, computed as generated code computes it: <c>value × factor + offset</c>, each step rounded.</summary>
    public static double ToBaseValue(UnitInfo unit, double value) => (value * unit.ConversionFactor) + unit.ConversionOffset;

    /// <summary>True when <paramref name="value"/> is finite and its value in the base unit is finite (which implies the first).</summary>
    public static bool CanHold(UnitInfo unit, double value) => double.IsFinite(ToBaseValue(unit, value));

    /// <summary>Creates the quantity when <paramref name="unit"/> can hold <paramref name="value"/>; never throws for a defined unit.</summary>
    public static bool TryCreate<TQuantity, TUnit>(double value, TUnit unit, out TQuantity result)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        if (CanHold(TQuantity.Info.UnitInfoOf(unit), value))
        {
            result = TQuantity.From(value, unit);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>
    /// The quantity in <paramref name="unit"/> when it can be expressed there, otherwise unchanged: for messages about
    /// results of arithmetic, which may have overflowed, where <c>ToUnit</c> would throw.
    /// </summary>
    public static TQuantity InUnitIfExpressible<TQuantity, TUnit>(TQuantity quantity, TUnit unit)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        var converted = quantity.As(unit);
        return double.IsFinite(quantity.As(TQuantity.BaseUnit)) && CanHold(TQuantity.Info.UnitInfoOf(unit), converted)
            ? TQuantity.From(converted, unit)
            : quantity;
    }

    /// <summary>
    /// The smallest and largest values <paramref name="unit"/> can hold. The conversion to the base unit is monotonic
    /// and finite at zero, so each limit is found by a binary search over the doubles of one sign.
    /// </summary>
    public static (double Min, double Max) Limits(UnitInfo unit) => (-LargestMagnitude(unit, negative: true), LargestMagnitude(unit, negative: false));

    /// <summary>Why a finite value is out of range in its unit, naming the limits there: for messages.</summary>
    public static string Describe(QuantityInfo quantity, UnitInfo unit, double value)
    {
        var (min, max) = Limits(unit);
        var label = Label(unit);
        return $"{Number(value)} {label} is out of range for {Article(quantity.Name)} {quantity.Name}: its value in the base unit " +
            $"({Label(quantity.BaseUnitInfo)}) would not be finite; in {label} the value must be from {Number(min)} to {Number(max)}";
    }

    /// <summary>The exception constructors and <c>From*</c> throw for a finite value that the unit cannot hold.</summary>
    public static ArgumentOutOfRangeException OutOfRange(QuantityInfo quantity, UnitInfo unit, double value, string parameterName) =>
        new(parameterName, value, Describe(quantity, unit, value) + ".");

    /// <summary>The exception <c>ToUnit</c> throws when the amount cannot be expressed in <paramref name="unit"/>.</summary>
    public static ArgumentOutOfRangeException NotExpressible(IQuantity quantity, UnitInfo unit, double converted, string parameterName)
    {
        var info = quantity.QuantityInfo;
        var text = quantity.ToString(null, CultureInfo.InvariantCulture);
        var reason = !double.IsFinite(quantity.Value) || !double.IsFinite(quantity.As(info.BaseUnitInfo.UntypedValue))
            ? $"{text} is not a finite amount (arithmetic on quantities follows IEEE 754 and can overflow), so it is in no unit"
            : !double.IsFinite(converted)
                ? $"{text} is {Number(converted)} {Label(unit)}, beyond the range of a double"
                : Describe(info, unit, converted);
        return new ArgumentOutOfRangeException(parameterName, unit.UntypedValue, $"Cannot express {text} in {Label(unit)}: {reason}.");
    }

    private static double LargestMagnitude(UnitInfo unit, bool negative)
    {
        var sign = negative ? -1.0 : 1.0;
        if (CanHold(unit, sign * double.MaxValue))
        {
            return double.MaxValue;
        }

        // Bit patterns of non-negative doubles are ordered as the doubles are.
        var low = 0L;
        var high = BitConverter.DoubleToInt64Bits(double.MaxValue);
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (CanHold(unit, sign * BitConverter.Int64BitsToDouble(middle)))
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return BitConverter.Int64BitsToDouble(low);
    }

    private static string Label(UnitInfo unit) => unit.Abbreviation.Length == 0 ? unit.Name : unit.Abbreviation;

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Article(string noun) => "AEIOU".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";
}
