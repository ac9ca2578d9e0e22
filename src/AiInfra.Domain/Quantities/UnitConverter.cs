namespace AiInfra.Domain.Quantities;

/// <summary>Converts numbers between units of the same quantity, by unit enum, name or abbreviation. Names follow UnitsNet.</summary>
public static class UnitConverter
{
    /// <summary>Converts <paramref name="fromValue"/> from one unit to another of the same quantity.</summary>
    /// <exception cref="ArgumentException">The units belong to different quantities, or are not units of this library, or the value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is beyond the range of either unit (see <see cref="IQuantity.ToUnit(Enum)"/>).</exception>
    public static double Convert(double fromValue, Enum fromUnit, Enum toUnit)
    {
        if (fromUnit.GetType() != toUnit.GetType())
        {
            throw new ArgumentException($"Cannot convert from {fromUnit.GetType().Name}.{fromUnit} to {toUnit.GetType().Name}.{toUnit}: they measure different quantities.", nameof(toUnit));
        }

        return Quantity.From(fromValue, fromUnit).ToUnit(toUnit).Value;
    }

    /// <summary>Tries to convert; false when the units belong to different quantities, or the value is not finite or beyond the range of either unit.</summary>
    public static bool TryConvert(double fromValue, Enum fromUnit, Enum toUnit, out double convertedValue)
    {
        convertedValue = 0;
        if (fromUnit.GetType() != toUnit.GetType() || !Enum.IsDefined(toUnit.GetType(), toUnit) || !Quantity.TryFrom(fromValue, fromUnit, out var quantity))
        {
            return false;
        }

        convertedValue = quantity.As(toUnit);
        if (!Quantity.TryFrom(convertedValue, toUnit, out _))
        {
            convertedValue = 0;
            return false;
        }

        return true;
    }

    /// <summary>Converts by names, such as <c>ConvertByName(1, "Power", "Kilowatt", "Watt")</c>.</summary>
    /// <exception cref="ArgumentException">A name is unknown, or the value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is beyond the range of either unit.</exception>
    public static double ConvertByName(double fromValue, string quantityName, string fromUnitName, string toUnitName)
    {
        var quantity = Quantity.From(fromValue, quantityName, fromUnitName);
        var to = quantity.QuantityInfo.UnitInfos.FirstOrDefault(u => u.Name == toUnitName)
            ?? throw new ArgumentException($"\"{toUnitName}\" is not a unit of {quantityName}.", nameof(toUnitName));
        return quantity.ToUnit(to.UntypedValue).Value;
    }

    /// <summary>Converts by abbreviations, such as <c>ConvertByAbbreviation(1, "Power", "kW", "W")</c>.</summary>
    /// <exception cref="ArgumentException">The quantity or an abbreviation is unknown, or the value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is beyond the range of either unit.</exception>
    public static double ConvertByAbbreviation(double fromValue, string quantityName, string fromUnitAbbreviation, string toUnitAbbreviation)
    {
        var info = Quantity.ByName.TryGetValue(quantityName, out var found)
            ? found
            : throw new ArgumentException($"Unknown quantity \"{quantityName}\".", nameof(quantityName));
        var from = FindByAbbreviation(info, fromUnitAbbreviation, nameof(fromUnitAbbreviation));
        var to = FindByAbbreviation(info, toUnitAbbreviation, nameof(toUnitAbbreviation));
        return info.CreateUntyped(QuantityGuard.Finite(fromValue, nameof(fromValue)), from.UntypedValue).ToUnit(to.UntypedValue).Value;
    }

    private static UnitInfo FindByAbbreviation(QuantityInfo info, string abbreviation, string parameterName) =>
        info.UnitInfos.FirstOrDefault(u => u.Abbreviations.Contains(abbreviation, StringComparer.Ordinal))
        ?? throw new ArgumentException($"\"{abbreviation}\" is not a unit of {info.Name}; units: {info.DescribeUnits()}.", parameterName);
}
