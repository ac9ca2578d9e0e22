namespace AiInfra.Domain.Quantities;

/// <summary>
/// A quantity of this library that converts to and from its UnitsNet counterpart, such as <see cref="Power"/> and
/// <c>UnitsNet.Power</c>. The generator implements it for every quantity whose definition file names a UnitsNet
/// quantity; docs/unitsnet.md lists them with their units.
/// </summary>
/// <remarks>
/// A value keeps its unit both ways where UnitsNet has the unit. A unit UnitsNet lacks (picoseconds, W/cm², ...) is
/// converted, with this library's factor, into the UnitsNet unit its definition file names. Values are
/// <see cref="double"/> here; UnitsNet 5 stores Power, Information and BitRate as <see cref="decimal"/>, which cannot hold
/// every double: <see cref="TryToUnitsNet"/> says so instead of giving a changed value.
/// </remarks>
/// <typeparam name="TSelf">The library's quantity.</typeparam>
/// <typeparam name="TUnitsNet">UnitsNet's quantity.</typeparam>
public interface IUnitsNetConvertible<TSelf, TUnitsNet>
    where TSelf : struct, IUnitsNetConvertible<TSelf, TUnitsNet>
    where TUnitsNet : struct, global::UnitsNet.IQuantity
{
    /// <summary>This value as UnitsNet's quantity; a round trip back with <see cref="FromUnitsNet"/> gives an equal value.</summary>
    /// <exception cref="OverflowException">UnitsNet's storage cannot hold the value unchanged; the message names the value and the range.</exception>
    TUnitsNet ToUnitsNet();

    /// <summary>Converts as <see cref="ToUnitsNet"/> does, returning false (and <c>default</c>) where it would throw.</summary>
    bool TryToUnitsNet(out TUnitsNet result);

    /// <summary>The library's quantity for a UnitsNet value, in the same unit where this library has it.</summary>
    static abstract TSelf FromUnitsNet(TUnitsNet value);
}
