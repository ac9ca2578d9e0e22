using System;
using System.Collections.Generic;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>
/// The members of a generated quantity struct: two named after each unit (the property <c>Watts</c> and the factory
/// <c>FromWatts</c>, from the unit's plural), and the ones every quantity has, from the emitters and from object. The
/// quantity file parser reports a unit whose plural would make a member that collides with one of them (AIINFRA122),
/// which the compiler would otherwise report inside the generated file; a generator test holds <see cref="Fixed"/> to
/// the members the library's generated quantities really have, so the list cannot fall behind the emitters.
/// </summary>
internal static class QuantityMembers
{
    /// <summary>What the factory of a unit starts with: <c>FromWatts</c> makes a quantity from a value in watts.</summary>
    public const string FactoryPrefix = "From";

    private static readonly HashSet<string> s_fixed = new(StringComparer.Ordinal)
    {
        // What every quantity has, whatever its units: the emitters' members (affine and UnitsNet ones included)...
        "Value", "Unit", "BaseUnit", "BaseValue", "Info", "QuantityInfo", "Zero", "MinValue", "MaxValue", "AdditiveIdentity",
        "As", "ToUnit", "From", "FromBaseValue", "ToBaseValue", "IsDefined", "InvalidArguments", "CreateInfo", "OrderOf",
        "Parse", "TryParse", "ParseUnit", "TryParseUnit", "TryParseUnitExact", "GetAbbreviation",
        "ToString", "ToReadableString", "TryFormat", "Equals", "GetHashCode", "CompareTo",
        "ScaleOf", "ShiftedBy", "BaseDifferenceFrom",
        "ToUnitsNet", "TryToUnitsNet", "FromUnitsNet", "CannotBecomeUnitsNet", "ValueForUnitsNet", "FromOtherUnitsNetUnit",

        // ...and object's, which a member of the same name would hide.
        "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

    /// <summary>The members a quantity has whatever its units (see the type's remarks).</summary>
    public static IReadOnlyCollection<string> Fixed => s_fixed;

    /// <summary>The factory of a unit: <c>FromWatts</c> for the plural <c>Watts</c>.</summary>
    public static string Factory(string plural) => FactoryPrefix + plural;

    /// <summary>
    /// What the members named after a unit's <paramref name="plural"/> collide with in quantity <paramref name="quantity"/>
    /// (described for a diagnostic), or null when they collide with nothing fixed. Collisions between two units of one
    /// quantity are the caller's: they depend on the other units.
    /// </summary>
    public static string? Collision(string quantity, string plural)
    {
        if (plural == quantity)
        {
            return "the quantity's own name (a member cannot share its type's name)";
        }

        if (s_fixed.Contains(plural))
        {
            return $"the generated member '{plural}'";
        }

        var factory = Factory(plural);
        return s_fixed.Contains(factory) ? $"the generated member '{factory}' (its factory)" : null;
    }
}
