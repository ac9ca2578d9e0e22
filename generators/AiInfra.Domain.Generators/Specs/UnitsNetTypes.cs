using System.Globalization;
using System.Linq;
using AiInfra.Domain.Generators.Quantities;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// Which quantities a spec file in <c>"quantityTypes": "unitsNet"</c> mode types with UnitsNet, and what a decimal-backed
/// UnitsNet quantity can hold of the values the generated code builds at compile time (defaults and catalogue figures).
/// </summary>
internal static class UnitsNetTypes
{
    public const string Key = "quantityTypes";
    public const string AiInfra = "aiInfra";
    public const string UnitsNet = "unitsNet";

    /// <summary>
    /// The UnitsNet type of <paramref name="quantity"/>: the one its definition names, when the referenced UnitsNet has it
    /// (and so the quantity has its generated conversions); null when the quantity keeps the library's type.
    /// </summary>
    public static UnitsNetTypeModel? Of(QuantityModel quantity, UnitsNetIndex index) =>
        quantity.UnitsNet is { Quantity: { } name } && index.Find(name) is { } found
            ? new UnitsNetTypeModel(found.Name, found.IsDecimal)
            : null;

    /// <summary>
    /// Why UnitsNet's quantity of the same name is another quantity, when the definition says UnitsNet has no counterpart
    /// although UnitsNet has a quantity of that name (ThermalResistance); otherwise null.
    /// </summary>
    public static string? OtherMeaning(QuantityModel quantity, UnitsNetIndex index) =>
        quantity.UnitsNet is { IsMapped: false } none && index.Find(quantity.Name) is not null ? none.Reason : null;

    /// <summary>
    /// Null when UnitsNet's type of <paramref name="value"/> holds <paramref name="number"/> in <paramref name="unit"/>
    /// unchanged (as the generated <c>ToUnitsNet</c> converts it); otherwise why not, for a diagnostic.
    /// </summary>
    public static string? CannotHold(ValueModel value, double number, UnitModel unit)
    {
        if (value.UnitsNet is not { IsDecimal: true } type)
        {
            return null;
        }

        var quantity = value.QuantityDefinition!;
        var inUnitsNet = number;
        if (unit.UnitsNet is { Unit: null, Via: { } via } && quantity.Units.FirstOrDefault(u => u.UnitsNet?.Unit == via) is { } target)
        {
            inUnitsNet = QuantityTable.Convert(number, unit, target);
        }

        return FitsDecimal(inUnitsNet)
            ? null
            : $"cannot become a UnitsNet.{type.Name} unchanged: UnitsNet stores it as a decimal, which holds zero and magnitudes from 1E-28 to about 7.9E+28 with at most 28 digits after the decimal point, and {inUnitsNet.ToString("R", CultureInfo.InvariantCulture)} {(unit.UnitsNet is { Unit: null } ? "(converted into UnitsNet's unit) " : string.Empty)}is not one of those";
    }

    /// <summary>Whether a decimal holds the double's shortest digits, so that converting back gives the same double.</summary>
    private static bool FitsDecimal(double value)
    {
        if (value == 0)
        {
            return true;
        }

        if (double.IsNaN(value) || double.IsInfinity(value) || System.Math.Abs(value) >= 79228162514264337593543950336d)
        {
            return false;
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && double.Parse(d.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) == value;
    }
}
