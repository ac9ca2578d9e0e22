using System.Globalization;

namespace AiInfra.Domain.Quantities.Serialization;

/// <summary>
/// Which quantities JSON cannot carry so that they read back equal, and why: a value that is not finite, or whose value
/// in the base unit is not. The one rule for the standalone <see cref="QuantityJsonConverter{TQuantity, TUnit}"/> and
/// for the record writers and validators (through <c>JsonWritability</c>), so that they refuse exactly the same values
/// with the same message.
/// </summary>
internal static class QuantityWritability
{
    /// <summary>Null when the value can be written (without allocating); otherwise why it cannot.</summary>
    public static string? Problem<TQuantity, TUnit>(TQuantity value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        if (!double.IsFinite(value.Value))
        {
            return $"{Text(value.Value)} {TQuantity.GetAbbreviation(value.Unit)} is not a finite {TQuantity.Info.Name}; JSON has no NaN or infinity.";
        }

        var baseValue = value.As(TQuantity.BaseUnit);
        return double.IsFinite(baseValue)
            ? null
            : $"{value.ToString(null, CultureInfo.InvariantCulture)} is {Text(baseValue)} {TQuantity.GetAbbreviation(TQuantity.BaseUnit)}, beyond the range of a double in the base unit.";
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
