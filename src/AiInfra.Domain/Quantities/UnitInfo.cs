namespace AiInfra.Domain.Quantities;

/// <summary>Describes one unit: its names, abbreviations and conversion to the base unit.</summary>
public abstract class UnitInfo
{
    private protected UnitInfo(string name, string pluralName, string[] abbreviations, double conversionFactor, double conversionOffset)
    {
        Name = name;
        PluralName = pluralName;
        AbbreviationArray = abbreviations;
        Abbreviations = abbreviations;
        ConversionFactor = conversionFactor;
        ConversionOffset = conversionOffset;
    }

    /// <summary>The singular name, which is also the unit enum member's name, such as "Kilowatt".</summary>
    public string Name { get; }

    /// <summary>The plural name, used by the quantity's properties and factories, such as "Kilowatts".</summary>
    public string PluralName { get; }

    /// <summary>Every abbreviation parsing accepts, the formatting one first. Case-sensitive.</summary>
    public IReadOnlyList<string> Abbreviations { get; }

    /// <summary>The same as <see cref="Abbreviations"/>, as an array that hot paths enumerate without allocating.</summary>
    internal string[] AbbreviationArray { get; }

    /// <summary>The abbreviation formatting writes, such as "kW"; empty for a unit written as a bare number.</summary>
    public string Abbreviation => Abbreviations.Count > 0 ? Abbreviations[0] : string.Empty;

    /// <summary>The factor in <c>base = value * ConversionFactor + ConversionOffset</c>.</summary>
    public double ConversionFactor { get; }

    /// <summary>The offset in <c>base = value * ConversionFactor + ConversionOffset</c>; zero except for affine quantities.</summary>
    public double ConversionOffset { get; }

    /// <summary>The unit as its enum value.</summary>
    public abstract Enum UntypedValue { get; }

    /// <summary>The unit's name and abbreviation, such as "Kilowatt (kW)".</summary>
    public override string ToString() => Abbreviation.Length == 0 ? Name : $"{Name} ({Abbreviation})";
}

/// <summary>Describes one unit of the unit enum <typeparamref name="TUnit"/>.</summary>
public sealed class UnitInfo<TUnit> : UnitInfo
    where TUnit : struct, Enum
{
    /// <summary>Describes a unit. Used by generated code.</summary>
    /// <param name="value">The unit.</param>
    /// <param name="pluralName">The plural name.</param>
    /// <param name="abbreviations">The abbreviations, the formatting one first.</param>
    /// <param name="conversionFactor">The factor to the base unit.</param>
    /// <param name="conversionOffset">The offset to the base unit (affine quantities only).</param>
    public UnitInfo(TUnit value, string pluralName, string[] abbreviations, double conversionFactor, double conversionOffset)
        : base(value.ToString(), pluralName, abbreviations, conversionFactor, conversionOffset) => Value = value;

    /// <summary>The unit.</summary>
    public TUnit Value { get; }

    /// <inheritdoc />
    public override Enum UntypedValue => Value;
}
