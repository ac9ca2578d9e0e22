using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace AiInfra.Domain.Quantities;

/// <summary>
/// The argument checks and the hash that every generated quantity shares. Part of the contract between the quantity
/// generator and this library: code generated from a <c>*.quantity.json</c> file, the library's or a project's own,
/// calls it; other code has no need to.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static class QuantityGuard
{
    /// <summary>The value when it is finite. Small enough to inline into every quantity's constructor; the message is built out of line.</summary>
    /// <param name="value">The value a quantity is created with.</param>
    /// <param name="parameterName">The parameter the exception names.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite.</exception>
    public static double Finite(double value, string parameterName) =>
        double.IsFinite(value) ? value : throw NotFinite(value, parameterName);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ArgumentException NotFinite(double value, string parameterName) =>
        new($"A quantity's value must be a finite number, not {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", parameterName);

    /// <summary>The exception for a unit that is not one of <typeparamref name="TUnit"/>'s defined values, for the caller to throw.</summary>
    /// <typeparam name="TUnit">The quantity's unit enum.</typeparam>
    /// <param name="unit">The undefined value.</param>
    /// <param name="parameterName">The parameter the exception names.</param>
    public static ArgumentOutOfRangeException UndefinedUnit<TUnit>(TUnit unit, string parameterName)
        where TUnit : struct, Enum =>
        new(parameterName, unit, $"{unit} is not a defined {typeof(TUnit).Name}.");

    /// <summary>The exception for a unit of another quantity passed where a unit of <paramref name="expected"/> is needed, for the caller to throw.</summary>
    /// <param name="unit">The unit passed.</param>
    /// <param name="expected">The unit enum the quantity needs.</param>
    /// <param name="parameterName">The parameter the exception names.</param>
    public static ArgumentException WrongUnitType(Enum unit, Type expected, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(expected);
        return new($"{unit.GetType().Name}.{unit} is not a {expected.Name}.", parameterName);
    }

    /// <summary>
    /// The exception for a finite value that <paramref name="unit"/> cannot hold, because its value in the base unit would
    /// not be finite, for the caller to throw. The message names the unit's range.
    /// </summary>
    /// <param name="quantity">The quantity being created.</param>
    /// <param name="unit">The unit the value is in.</param>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The parameter the exception names.</param>
    public static ArgumentOutOfRangeException OutOfRange(QuantityInfo quantity, UnitInfo unit, double value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        ArgumentNullException.ThrowIfNull(unit);
        return QuantityRange.OutOfRange(quantity, unit, value, parameterName);
    }

    /// <summary>
    /// The exception for an amount that cannot be expressed in <paramref name="unit"/> (the converted value, or its value
    /// in the base unit, would not be finite, or the amount itself is not), for the caller of <c>ToUnit</c> to throw.
    /// </summary>
    /// <param name="quantity">The amount being converted.</param>
    /// <param name="unit">The unit it was to be expressed in.</param>
    /// <param name="converted">The value the conversion gave.</param>
    /// <param name="parameterName">The parameter the exception names.</param>
    public static ArgumentOutOfRangeException NotExpressible(IQuantity quantity, UnitInfo unit, double converted, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        ArgumentNullException.ThrowIfNull(unit);
        return QuantityRange.NotExpressible(quantity, unit, converted, parameterName);
    }

    /// <summary>A hash of a value in the base unit, consistent with <see cref="double.Equals(double)"/>: 0 and -0 agree, and so do all NaNs.</summary>
    /// <param name="baseValue">The quantity's value in its base unit, on which its equality is defined.</param>
    public static int HashOf(double baseValue) =>
        baseValue == 0 ? 0 : double.IsNaN(baseValue) ? int.MinValue : baseValue.GetHashCode();
}
