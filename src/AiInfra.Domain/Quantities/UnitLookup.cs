using System.ComponentModel;

namespace AiInfra.Domain.Quantities;

/// <summary>
/// The case-insensitive fallback of unit parsing: accepted only when exactly one unit matches. Part of the contract
/// between the quantity generator and this library: every generated quantity's <c>TryParseUnit</c> calls it after the
/// exact (case-sensitive) match failed; other code calls that.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static class UnitLookup
{
    /// <summary>Finds the one unit of <paramref name="info"/> with an abbreviation equal to <paramref name="abbreviation"/> ignoring case.</summary>
    /// <typeparam name="TUnit">The quantity's unit enum.</typeparam>
    /// <param name="abbreviation">The text to look up.</param>
    /// <param name="info">The quantity whose units are searched.</param>
    /// <param name="unit">The unit found, or <c>default</c>.</param>
    /// <returns>True when exactly one unit matches; false when none does or several do ("mw": mW or MW).</returns>
    public static bool TryFindIgnoringCase<TUnit>(ReadOnlySpan<char> abbreviation, QuantityInfo<TUnit> info, out TUnit unit)
        where TUnit : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(info);
        unit = default;
        var matches = 0;
        // Arrays, not the IReadOnlyList properties: enumerating an interface would box an enumerator per unit.
        foreach (var candidate in info.UnitArray)
        {
            foreach (var known in candidate.AbbreviationArray)
            {
                if (abbreviation.Equals(known, StringComparison.OrdinalIgnoreCase))
                {
                    if (matches == 0 || !EqualityComparer<TUnit>.Default.Equals(unit, candidate.Value))
                    {
                        matches++;
                    }

                    unit = candidate.Value;
                    break;
                }
            }
        }

        return matches == 1;
    }

    /// <summary>The default abbreviations of every unit that matches ignoring case, for an "ambiguous" message.</summary>
    internal static List<string> CaseInsensitiveMatches(ReadOnlySpan<char> abbreviation, QuantityInfo info)
    {
        var result = new List<string>();
        foreach (var candidate in info.UnitInfos)
        {
            foreach (var known in candidate.Abbreviations)
            {
                if (abbreviation.Equals(known, StringComparison.OrdinalIgnoreCase))
                {
                    result.Add(known);
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>The quantities other than <paramref name="except"/> that have a unit with exactly this abbreviation.</summary>
    internal static List<QuantityInfo> QuantitiesWithAbbreviation(ReadOnlySpan<char> abbreviation, QuantityInfo except)
    {
        var result = new List<QuantityInfo>();
        foreach (var info in Quantity.Infos)
        {
            if (ReferenceEquals(info, except))
            {
                continue;
            }

            if (HasAbbreviation(info, abbreviation))
            {
                result.Add(info);
            }
        }

        return result;
    }

    private static bool HasAbbreviation(QuantityInfo info, ReadOnlySpan<char> abbreviation)
    {
        foreach (var unit in info.UnitInfos)
        {
            foreach (var known in unit.Abbreviations)
            {
                if (abbreviation.SequenceEqual(known))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
