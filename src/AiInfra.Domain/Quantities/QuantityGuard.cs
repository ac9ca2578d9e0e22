using System.Runtime.CompilerServices;

namespace AiInfra.Domain.Quantities;

/// <summary>Argument checks and the hash that generated quantities share.</summary>
internal static class QuantityGuard
{
    /// <summary>The value when it is finite. Small enough to inline into every quantity's constructor; the message is built out of line.</summary>
    public static double Finite(double value, string parameterName) =>
        double.IsFinite(value) ? value : throw NotFinite(value, parameterName);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ArgumentException NotFinite(double value, string parameterName) =>
        new($"A quantity's value must be a finite number, not {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", parameterName);

    public static ArgumentOutOfRangeException UndefinedUnit<TUnit>(TUnit unit, string parameterName)
        where TUnit : struct, Enum =>
        new(parameterName, unit, $"{unit} is not a defined {typeof(TUnit).Name}.");

    public static ArgumentException WrongUnitType(Enum unit, Type expected, string parameterName) =>
        new($"{unit.GetType().Name}.{unit} is not a {expected.Name}.", parameterName);

    /// <summary>A hash consistent with <see cref="double.Equals(double)"/>: 0 and -0 agree, and so do all NaNs.</summary>
    public static int HashOf(double baseValue) =>
        baseValue == 0 ? 0 : double.IsNaN(baseValue) ? int.MinValue : baseValue.GetHashCode();
}
