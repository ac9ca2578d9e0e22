using System.ComponentModel;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// Equality of UnitsNet values as the library's quantities define it: equal when their values in the base unit are
/// equal (1.2 kW equals 1200 W), never merging two distinct values; UnitsNet's own <c>Equals</c> compares value and unit
/// (1 kW is not 1000 W) and its <c>==</c> is obsolete. The records of a spec file in <c>"quantityTypes": "unitsNet"</c> mode
/// compare their UnitsNet properties with it, so they are equal exactly when the same records in the default mode are.
/// </summary>
/// <remarks>
/// Each value is compared as its library counterpart (<see cref="IUnitsNetConvertible{TSelf, TUnitsNet}.FromUnitsNet"/>).
/// A value without one (beyond a double in the base unit) equals only a value without one that UnitsNet's own
/// <c>Equals</c> finds equal, and hashes as UnitsNet hashes it, so equal values always have equal hashes.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed class UnitsNetEqualityComparer<TQuantity, TUnitsNet> : IEqualityComparer<TUnitsNet>, IEqualityComparer<Figure<TUnitsNet>>
    where TQuantity : struct, IUnitsNetConvertible<TQuantity, TUnitsNet>, IEquatable<TQuantity>
    where TUnitsNet : struct, global::UnitsNet.IQuantity
{
    private UnitsNetEqualityComparer()
    {
    }

    /// <summary>The one instance.</summary>
    public static UnitsNetEqualityComparer<TQuantity, TUnitsNet> Instance { get; } = new();

    /// <summary>True when both values are equal in the base unit.</summary>
    public bool Equals(TUnitsNet x, TUnitsNet y)
    {
        var left = UnitsNetValues.TryFromUnitsNet<TQuantity, TUnitsNet>(x, out var l, out _);
        var right = UnitsNetValues.TryFromUnitsNet<TQuantity, TUnitsNet>(y, out var r, out _);
        return left && right ? l.Equals(r) : !left && !right && x.Equals(y);
    }

    /// <summary>True when both are null, or both have values equal in the base unit.</summary>
    public bool Equals(TUnitsNet? x, TUnitsNet? y) =>
        x is { } left ? y is { } right && Equals(left, right) : y is null;

    /// <summary>A hash consistent with <see cref="Equals(TUnitsNet, TUnitsNet)"/>.</summary>
    public int GetHashCode(TUnitsNet obj) =>
        UnitsNetValues.TryFromUnitsNet<TQuantity, TUnitsNet>(obj, out var quantity, out _) ? quantity.GetHashCode() : obj.GetHashCode();

    /// <summary>A hash consistent with <see cref="Equals(TUnitsNet?, TUnitsNet?)"/>; 0 for null.</summary>
    public int GetHashCode(TUnitsNet? obj) => obj is { } value ? GetHashCode(value) : 0;

    /// <summary>True when the figures' values and maxima are equal in the base unit and their bounds and provenance are equal.</summary>
    public bool Equals(Figure<TUnitsNet> x, Figure<TUnitsNet> y) =>
        Equals(x.Value, y.Value)
        && Equals(x.Maximum, y.Maximum)
        && x.Bound == y.Bound
        && x.Source == y.Source
        && x.Line == y.Line
        && x.IsForecast == y.IsForecast
        && x.Note == y.Note
        && EqualityComparer<FigureCorrection?>.Default.Equals(x.Correction, y.Correction);

    /// <summary>True when both are null, or both are equal figures.</summary>
    public bool Equals(Figure<TUnitsNet>? x, Figure<TUnitsNet>? y) =>
        x is { } left ? y is { } right && Equals(left, right) : y is null;

    /// <summary>A hash consistent with <see cref="Equals(Figure{TUnitsNet}, Figure{TUnitsNet})"/>.</summary>
    public int GetHashCode(Figure<TUnitsNet> obj) =>
        HashCode.Combine(GetHashCode(obj.Value), GetHashCode(obj.Maximum), obj.Bound, obj.Source, obj.Line, obj.IsForecast, obj.Note, obj.Correction);

    /// <summary>A hash consistent with <see cref="Equals(Figure{TUnitsNet}?, Figure{TUnitsNet}?)"/>; 0 for null.</summary>
    public int GetHashCode(Figure<TUnitsNet>? obj) => obj is { } figure ? GetHashCode(figure) : 0;
}
