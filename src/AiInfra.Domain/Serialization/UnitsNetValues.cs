using System.ComponentModel;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// The library's value of a UnitsNet quantity, for the records a spec file in <c>"quantityTypes": "unitsNet"</c> mode
/// generates: their validators, writers and equality work on the library's value (through the generated
/// <see cref="IUnitsNetConvertible{TSelf, TUnitsNet}.FromUnitsNet"/>), so that they behave exactly as in the default mode.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static class UnitsNetValues
{
    /// <summary>
    /// The library's value of <paramref name="value"/>, in the same unit where the library has it; false, with the reason,
    /// for a UnitsNet value no double of the library can hold (such as a <c>UnitsNet.Length</c> of 1E+308 km, whose value in
    /// metres is beyond a double, or a value in a unit the library lacks that is beyond a double once converted).
    /// </summary>
    /// <param name="value">The UnitsNet value.</param>
    /// <param name="quantity">The library's value, or <c>default</c>.</param>
    /// <param name="error">Null, or why the value has no library counterpart.</param>
    public static bool TryFromUnitsNet<TQuantity, TUnitsNet>(TUnitsNet value, out TQuantity quantity, out string? error)
        where TQuantity : struct, IUnitsNetConvertible<TQuantity, TUnitsNet>
        where TUnitsNet : struct, global::UnitsNet.IQuantity
    {
        try
        {
            quantity = TQuantity.FromUnitsNet(value);
            error = null;
            return true;
        }
        catch (Exception exception) when (exception is OverflowException or ArgumentOutOfRangeException)
        {
            // OverflowException: a unit the library lacks, converted beyond a double; QuantityRange (an
            // ArgumentOutOfRangeException): a value whose value in the base unit is beyond a double.
            quantity = default;
            error = exception.Message;
            return false;
        }
    }

    /// <summary>
    /// The figure with its value and maximum as the library's values and everything else the same.
    /// </summary>
    /// <exception cref="OverflowException">The value or the maximum has no library counterpart (see <see cref="TryFromUnitsNet"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value or the maximum has no library counterpart (see <see cref="TryFromUnitsNet"/>).</exception>
    public static Figure<TQuantity> FromUnitsNet<TQuantity, TUnitsNet>(Figure<TUnitsNet> figure)
        where TQuantity : struct, IUnitsNetConvertible<TQuantity, TUnitsNet>
        where TUnitsNet : struct, global::UnitsNet.IQuantity =>
        WithValues(figure, TQuantity.FromUnitsNet(figure.Value), figure.Maximum is { } maximum ? TQuantity.FromUnitsNet(maximum) : null);

    /// <summary>The figure with <paramref name="value"/> and <paramref name="maximum"/> in place of its own.</summary>
    internal static Figure<TQuantity> WithValues<TQuantity, TUnitsNet>(in Figure<TUnitsNet> figure, TQuantity value, TQuantity? maximum)
        where TQuantity : struct
        where TUnitsNet : struct =>
        FigureVocabulary.IsRange(figure.Bound) && maximum is null
            ? default
            : new(value, figure.Bound, maximum, figure.Source, figure.Line, figure.IsForecast, figure.Note, figure.Correction);
}
