using System.Numerics;

namespace AiInfra.Domain.Quantities;

/// <summary>A physical quantity: a number and its unit. Implemented by every quantity struct.</summary>
public interface IQuantity : IFormattable
{
    /// <summary>The number, in <see cref="Unit"/>.</summary>
    double Value { get; }

    /// <summary>The unit the value is expressed in, as the quantity's unit enum.</summary>
    Enum Unit { get; }

    /// <summary>Describes the quantity and its units.</summary>
    QuantityInfo QuantityInfo { get; }

    /// <summary>The value converted to <paramref name="unit"/>, which must be of this quantity's unit enum.</summary>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is a unit of another quantity.</exception>
    double As(Enum unit);

    /// <summary>The same amount expressed in <paramref name="unit"/>, which must be of this quantity's unit enum.</summary>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is a unit of another quantity.</exception>
    IQuantity ToUnit(Enum unit);
}

/// <summary>A physical quantity whose units are the enum <typeparamref name="TUnit"/>.</summary>
/// <typeparam name="TUnit">The quantity's unit enum, such as <c>PowerUnit</c>.</typeparam>
public interface IQuantity<TUnit> : IQuantity
    where TUnit : struct, Enum
{
    /// <summary>The unit the value is expressed in.</summary>
    new TUnit Unit { get; }

    /// <summary>Describes the quantity and its units.</summary>
    new QuantityInfo<TUnit> QuantityInfo { get; }

    /// <summary>The value converted to <paramref name="unit"/>.</summary>
    double As(TUnit unit);

    /// <summary>The same amount expressed in <paramref name="unit"/>.</summary>
    IQuantity<TUnit> ToUnit(TUnit unit);
}

/// <summary>
/// A quantity struct with its static members, for generic code such as
/// <see cref="Serialization.QuantityJsonConverter{TQuantity, TUnit}"/>. Not in UnitsNet; an AiInfra.Domain extra.
/// </summary>
/// <typeparam name="TSelf">The quantity struct itself.</typeparam>
/// <typeparam name="TUnit">Its unit enum.</typeparam>
public interface IQuantity<TSelf, TUnit> :
    IQuantity<TUnit>,
    IEquatable<TSelf>,
    IComparable<TSelf>,
    IComparable,
    ISpanFormattable,
    ISpanParsable<TSelf>,
    IEqualityOperators<TSelf, TSelf, bool>
    where TSelf : struct, IQuantity<TSelf, TUnit>
    where TUnit : struct, Enum
{
    /// <summary>Describes the quantity and its units.</summary>
    static abstract QuantityInfo<TUnit> Info { get; }

    /// <summary>The unit conversions go through.</summary>
    static abstract TUnit BaseUnit { get; }

    /// <summary>Zero in the base unit.</summary>
    static abstract TSelf Zero { get; }

    /// <summary>Creates a quantity of a finite <paramref name="value"/> in <paramref name="unit"/>.</summary>
    static abstract TSelf From(double value, TUnit unit);

    /// <summary>Finds the unit an abbreviation names; exact case first, then a unique case-insensitive match.</summary>
    static abstract bool TryParseUnit(ReadOnlySpan<char> abbreviation, IFormatProvider? provider, out TUnit unit);

    /// <summary>The abbreviation used to format <paramref name="unit"/>.</summary>
    static abstract string GetAbbreviation(TUnit unit);
}
