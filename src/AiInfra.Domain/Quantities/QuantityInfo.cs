using System.ComponentModel;

namespace AiInfra.Domain.Quantities;

/// <summary>Describes a quantity: its name, units, base unit and dimensions. One instance per quantity.</summary>
public abstract class QuantityInfo
{
    private protected QuantityInfo(string name, Type valueType, Type unitType, BaseDimensions baseDimensions, string? differenceQuantityName)
    {
        Name = name;
        ValueType = valueType;
        UnitType = unitType;
        BaseDimensions = baseDimensions;
        DifferenceQuantityName = differenceQuantityName;
    }

    /// <summary>The quantity's name, such as "Power".</summary>
    public string Name { get; }

    /// <summary>The quantity struct, such as <c>typeof(Power)</c>.</summary>
    public Type ValueType { get; }

    /// <summary>The unit enum, such as <c>typeof(PowerUnit)</c>.</summary>
    public Type UnitType { get; }

    /// <summary>The exponents of the base dimensions.</summary>
    public BaseDimensions BaseDimensions { get; }

    /// <summary>
    /// For an affine quantity (a point on a scale, such as a temperature), the name of the quantity of differences
    /// between two points; null for an ordinary (linear) quantity.
    /// </summary>
    public string? DifferenceQuantityName { get; }

    /// <summary>True for a point on a scale (temperature, power level in dBm), whose differences are another quantity.</summary>
    public bool IsAffine => DifferenceQuantityName is not null;

    /// <summary>Every unit, the base unit first.</summary>
    public IReadOnlyList<UnitInfo> UnitInfos => UntypedUnitInfos;

    /// <summary>The base unit.</summary>
    public UnitInfo BaseUnitInfo => UntypedUnitInfos[0];

    /// <summary>Zero in the base unit.</summary>
    public IQuantity Zero => CreateUntyped(0, BaseUnitInfo.UntypedValue);

    private protected abstract IReadOnlyList<UnitInfo> UntypedUnitInfos { get; }

    /// <summary>The quantity's name.</summary>
    public override string ToString() => Name;

    /// <summary>Lists the units for messages: "W, mW, kW, ...".</summary>
    internal string DescribeUnits() =>
        string.Join(", ", UntypedUnitInfos.Select(u => u.Abbreviation.Length == 0 ? "(a bare number: " + u.Name + ")" : u.Abbreviation));

    internal abstract IQuantity CreateUntyped(double value, Enum unit);

    internal abstract bool TryParseUntyped(ReadOnlySpan<char> text, IFormatProvider? provider, out IQuantity? quantity);

    internal abstract IQuantity ParseUntyped(ReadOnlySpan<char> text, IFormatProvider? provider);

    /// <summary>
    /// The System.Text.Json metadata of the quantity (or its nullable form), made by <paramref name="factory"/> for the
    /// quantity's own types: how the library's resolver, outside the quantity runtime, reaches them without reflection.
    /// </summary>
    internal abstract System.Text.Json.Serialization.Metadata.JsonTypeInfo CreateJsonTypeInfo(IQuantityJsonTypeInfoFactory factory, System.Text.Json.JsonSerializerOptions options, bool nullable);
}

/// <summary>Makes the System.Text.Json metadata of a quantity given its types (see <see cref="QuantityInfo.CreateJsonTypeInfo"/>).</summary>
internal interface IQuantityJsonTypeInfoFactory
{
    /// <summary>The metadata of <typeparamref name="TQuantity"/>, or of its nullable form.</summary>
    System.Text.Json.Serialization.Metadata.JsonTypeInfo Create<TQuantity, TUnit>(System.Text.Json.JsonSerializerOptions options, bool nullable)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum;
}

/// <summary>Describes a quantity whose units are the enum <typeparamref name="TUnit"/>.</summary>
public abstract class QuantityInfo<TUnit> : QuantityInfo
    where TUnit : struct, Enum
{
    private readonly UnitInfo<TUnit>[] _units;

    private protected QuantityInfo(string name, Type valueType, UnitInfo<TUnit>[] units, BaseDimensions baseDimensions, string? differenceQuantityName)
        : base(name, valueType, typeof(TUnit), baseDimensions, differenceQuantityName)
    {
        _units = units;
        MaxAbbreviationLength = units.SelectMany(u => u.AbbreviationArray).Select(a => a.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>Every unit, the base unit first; the index of a unit is its enum value.</summary>
    public new IReadOnlyList<UnitInfo<TUnit>> UnitInfos => _units;

    /// <summary>The base unit.</summary>
    public new UnitInfo<TUnit> BaseUnitInfo => _units[0];

    /// <summary>Every unit's enum value, the base unit first.</summary>
    public IReadOnlyList<TUnit> Units => _units.Select(u => u.Value).ToArray();

    private protected override IReadOnlyList<UnitInfo> UntypedUnitInfos => _units;

    internal UnitInfo<TUnit>[] UnitArray => _units;

    /// <summary>The longest abbreviation of any unit, in characters: a longer text is no unit of this quantity.</summary>
    internal int MaxAbbreviationLength { get; }

    /// <summary>The description of a defined <paramref name="unit"/> (a unit's index is its enum value).</summary>
    internal UnitInfo<TUnit> UnitInfoOf(TUnit unit) => _units[System.Runtime.CompilerServices.Unsafe.As<TUnit, int>(ref unit)];
}

/// <summary>
/// The concrete description of the quantity <typeparamref name="TQuantity"/>. Each generated quantity creates one, once,
/// for its <c>Info</c>; the library's quantities and a project's own (generated from its <c>*.quantity.json</c> files) alike.
/// </summary>
/// <typeparam name="TQuantity">The quantity struct.</typeparam>
/// <typeparam name="TUnit">Its unit enum.</typeparam>
public sealed class QuantityInfo<TQuantity, TUnit> : QuantityInfo<TUnit>
    where TQuantity : struct, IQuantity<TQuantity, TUnit>
    where TUnit : struct, Enum
{
    /// <summary>Describes a quantity. Called by generated code; the arguments are checked, because the parser, the formatter and the registry rely on them.</summary>
    /// <param name="name">The quantity's name, which spec files and messages use, such as "Power".</param>
    /// <param name="units">
    /// Every unit, indexed by its enum value: the base unit (value 0) first, then the units 1 to n-1 in order; the
    /// formatting abbreviation of each first among its abbreviations.
    /// </param>
    /// <param name="baseDimensions">The exponents of the base dimensions.</param>
    /// <param name="differenceQuantityName">For an affine quantity, the name of the quantity of its differences; otherwise null.</param>
    /// <exception cref="ArgumentException">An argument breaks one of the rules above.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public QuantityInfo(string name, UnitInfo<TUnit>[] units, BaseDimensions baseDimensions, string? differenceQuantityName)
        : base(CheckName(name), typeof(TQuantity), CheckUnits(units), baseDimensions ?? throw new ArgumentNullException(nameof(baseDimensions)), differenceQuantityName)
    {
    }

    private static string CheckName(string name) =>
        string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A quantity needs a name.", nameof(name)) : name;

    private static UnitInfo<TUnit>[] CheckUnits(UnitInfo<TUnit>[] units)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Length == 0)
        {
            throw new ArgumentException("A quantity needs at least one unit.", nameof(units));
        }

        for (var i = 0; i < units.Length; i++)
        {
            var unit = units[i] ?? throw new ArgumentException($"Unit {i} is null.", nameof(units));
            if (Convert.ToInt64(unit.Value, System.Globalization.CultureInfo.InvariantCulture) != i)
            {
                throw new ArgumentException($"Unit {i} is {typeof(TUnit).Name}.{unit.Value}, whose value is not {i}; units are indexed by their enum value.", nameof(units));
            }
        }

        return units;
    }

    internal override IQuantity CreateUntyped(double value, Enum unit) => TQuantity.From(value, (TUnit)unit);

    internal override bool TryParseUntyped(ReadOnlySpan<char> text, IFormatProvider? provider, out IQuantity? quantity)
    {
        var parsed = QuantityParser.TryParse<TQuantity, TUnit>(text, provider, out var result, out _);
        quantity = parsed ? result : null;
        return parsed;
    }

    internal override IQuantity ParseUntyped(ReadOnlySpan<char> text, IFormatProvider? provider) =>
        QuantityParser.Parse<TQuantity, TUnit>(text, provider);

    internal override System.Text.Json.Serialization.Metadata.JsonTypeInfo CreateJsonTypeInfo(IQuantityJsonTypeInfoFactory factory, System.Text.Json.JsonSerializerOptions options, bool nullable) =>
        factory.Create<TQuantity, TUnit>(options, nullable);
}
