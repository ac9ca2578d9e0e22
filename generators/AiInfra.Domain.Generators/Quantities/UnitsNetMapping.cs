using System.Collections.Generic;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Diagnostics;
using AiInfra.Domain.Generators.Json;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>What a quantity is in UnitsNet, as its definition file declares it.</summary>
/// <param name="Quantity">The UnitsNet quantity type (<c>UnitsNet.Power</c> is "Power"), or null when UnitsNet has none.</param>
/// <param name="Reason">When <paramref name="Quantity"/> is null: why UnitsNet has no counterpart.</param>
/// <param name="Location">Where the name (or the "none" object) is written; null in the models spec files use.</param>
internal sealed record UnitsNetQuantityMapping(string? Quantity, string Reason, LocationInfo? Location)
{
    public bool IsMapped => Quantity is not null;
}

/// <summary>What one unit is in UnitsNet.</summary>
/// <param name="Unit">The member of UnitsNet's unit enum, or null when UnitsNet has no such unit.</param>
/// <param name="Via">When <paramref name="Unit"/> is null: the UnitsNet unit, one that another unit of the quantity maps to, that a value is converted into.</param>
/// <param name="Reason">When <paramref name="Unit"/> is null: why UnitsNet has no counterpart.</param>
/// <param name="Location">Where the name is written, or the prefix that derived it; null in the models spec files use.</param>
/// <param name="ViaLocation">Where <paramref name="Via"/> is written.</param>
internal sealed record UnitsNetUnitMapping(string? Unit, string? Via, string Reason, LocationInfo? Location, LocationInfo? ViaLocation)
{
    /// <summary>The UnitsNet unit a value of this unit becomes: the unit itself, or the one it is converted through.</summary>
    public string Target => Unit ?? Via ?? string.Empty;
}

/// <summary>
/// Reads the <c>"unitsNet"</c> keys of a quantity definition and checks what one file can check on its own: the shape
/// of each declaration, that every unit of a mapped quantity says what it is in UnitsNet, that no two units claim the
/// same UnitsNet unit, and that each <c>"via"</c> names a UnitsNet unit another unit maps to. Whether the names exist
/// in UnitsNet is checked against the referenced assembly by <see cref="UnitsNetMappingCheck"/>.
/// </summary>
internal static class UnitsNetMappingReader
{
    public const string Key = "unitsNet";

    /// <summary>The quantity's <c>"unitsNet"</c>: a UnitsNet quantity name, or <c>{ "none": "why" }</c>.</summary>
    public static UnitsNetQuantityMapping? ReadQuantity(LocatedProperty? property, DiagnosticBag diagnostics)
    {
        switch (property?.Value)
        {
            case null:
                return null;
            case LocatedString name:
                return Identifier(name, "a UnitsNet quantity name", diagnostics)
                    ? new UnitsNetQuantityMapping(name.Value, string.Empty, name.Range.ToLocation(diagnostics.FilePath))
                    : null;
            case LocatedObject none:
                var keys = new LocatedObjectReader(none, diagnostics, "the quantity's \"unitsNet\"", "none");
                var reason = keys.String("none", required: true);
                return reason is not null && NonEmptyReason(reason, diagnostics)
                    ? new UnitsNetQuantityMapping(null, reason.Value, none.Range.ToLocation(diagnostics.FilePath))
                    : null;
            case var other:
                diagnostics.Add(DiagnosticDescriptors.WrongJsonType, other.Range, Key, "string (the UnitsNet quantity) or an object { \"none\": \"why\" }", other.KindWithArticle);
                return null;
        }
    }

    /// <summary>
    /// A unit's <c>"unitsNet"</c>: a UnitsNet unit name, or an object with <c>"unit"</c> (a name) or <c>"none"</c> (why) and
    /// <c>"via"</c> (the UnitsNet unit to convert into), and optionally <c>"prefixes"</c>, which overrides what a prefixed
    /// unit maps to. A prefixed unit otherwise maps to the prefixed UnitsNet name (Kilo and Watt make Kilowatt), or,
    /// when the unit itself has no counterpart, to none as well.
    /// </summary>
    /// <returns>The unit's own mapping, and one for each prefix that the object overrides, keyed by prefix name.</returns>
    public static (UnitsNetUnitMapping? Mapping, Dictionary<string, UnitsNetUnitMapping> Prefixed) ReadUnit(LocatedProperty? property, IReadOnlyCollection<string> prefixes, DiagnosticBag diagnostics)
    {
        var prefixed = new Dictionary<string, UnitsNetUnitMapping>(System.StringComparer.Ordinal);
        if (property is null)
        {
            return (null, prefixed);
        }

        var mapping = ReadUnitValue(property.Value, allowPrefixes: true, diagnostics, out var prefixNode);
        if (prefixNode is not null)
        {
            foreach (var entry in prefixNode.Properties)
            {
                if (!prefixes.Contains(entry.Name))
                {
                    Report(diagnostics, entry.NameRange, $"\"prefixes\" names '{entry.Name}', which is not one of this unit's prefixes ({(prefixes.Count == 0 ? "it has none" : string.Join(", ", prefixes))})");
                    continue;
                }

                if (ReadUnitValue(entry.Value, allowPrefixes: false, diagnostics, out _) is { } overridden)
                {
                    prefixed[entry.Name] = overridden;
                }
            }
        }

        return (mapping, prefixed);
    }

    /// <summary>What a prefixed unit maps to when its unit's declaration does not name the prefix.</summary>
    public static UnitsNetUnitMapping? DerivePrefixed(UnitsNetUnitMapping? unit, string prefix, LocationInfo prefixLocation) =>
        unit is null
            ? null
            : unit.Unit is { } name
                ? new UnitsNetUnitMapping(Identifiers.Prefixed(prefix, name), null, string.Empty, prefixLocation, null)
                : unit with { Location = prefixLocation };

    /// <summary>The checks across the units of one file, once every unit was read.</summary>
    /// <param name="quantityDeclared">Whether the quantity has the key at all; when it is there but malformed (already reported), its units are not checked.</param>
    /// <param name="units">
    /// Each unit with where it is declared (its singular name, or the prefix that made it), whether a prefix made it, and
    /// whether it has the key: a unit without it is reported once, not again for each of its prefixes, and a unit whose
    /// declaration was malformed (already reported) is not reported again as having none.
    /// </param>
    public static void Check(string quantity, UnitsNetQuantityMapping? quantityMapping, bool quantityDeclared, IEnumerable<(UnitModel Unit, TextRange Range, bool IsPrefixed, bool Declared)> units, DiagnosticBag diagnostics)
    {
        var all = units.ToList();
        if (quantityMapping is null && quantityDeclared)
        {
            return;
        }

        if (quantityMapping is not { IsMapped: true })
        {
            foreach (var (unit, _, _, _) in all.Where(u => u.Unit.UnitsNet is not null))
            {
                var says = quantityMapping is null ? "says nothing about UnitsNet" : "has no UnitsNet counterpart";
                diagnostics.AddAt(DiagnosticDescriptors.InvalidUnitsNetMapping, unit.UnitsNet!.Location, $"The unit '{unit.Name}' declares a UnitsNet unit, but quantity '{quantity}' {says}; name the UnitsNet quantity in the quantity's \"unitsNet\" or remove the unit's");
            }

            return;
        }

        var owners = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var (unit, range, isPrefixed, declared) in all)
        {
            if (unit.UnitsNet is null)
            {
                if (isPrefixed || declared)
                {
                    continue;
                }

                Report(diagnostics, range, $"The unit '{unit.Name}' does not say what it is in UnitsNet's {quantityMapping.Quantity}; add \"unitsNet\": \"UnitName\", or {{ \"none\": \"why\", \"via\": \"UnitName\" }} when UnitsNet has no such unit");
            }
            else if (unit.UnitsNet.Unit is { } name)
            {
                if (owners.TryGetValue(name, out var owner))
                {
                    diagnostics.AddAt(DiagnosticDescriptors.InvalidUnitsNetMapping, unit.UnitsNet.Location, $"The units '{owner}' and '{unit.Name}' both map to UnitsNet's {quantityMapping.Quantity}Unit.{name}; a UnitsNet value could not say which it came from");
                }
                else
                {
                    owners.Add(name, unit.Name);
                }
            }
        }

        foreach (var (unit, _, _, _) in all)
        {
            if (unit.UnitsNet is { Unit: null, Via: { } via } mapping && !owners.ContainsKey(via))
            {
                diagnostics.AddAt(DiagnosticDescriptors.InvalidUnitsNetMapping, mapping.ViaLocation ?? mapping.Location, $"The unit '{unit.Name}' is converted via UnitsNet's '{via}', which no unit of '{quantity}' maps to; name one of: {string.Join(", ", owners.Keys.OrderBy(k => k, System.StringComparer.Ordinal))}");
            }
        }
    }

    private static UnitsNetUnitMapping? ReadUnitValue(LocatedNode node, bool allowPrefixes, DiagnosticBag diagnostics, out LocatedObject? prefixes)
    {
        prefixes = null;
        switch (node)
        {
            case LocatedString name:
                return Identifier(name, "a UnitsNet unit name", diagnostics)
                    ? new UnitsNetUnitMapping(name.Value, null, string.Empty, name.Range.ToLocation(diagnostics.FilePath), null)
                    : null;
            case LocatedObject obj:
                var keys = allowPrefixes
                    ? new LocatedObjectReader(obj, diagnostics, "a unit's \"unitsNet\"", "unit", "none", "via", "prefixes")
                    : new LocatedObjectReader(obj, diagnostics, "a prefix's \"unitsNet\"", "unit", "none", "via");
                prefixes = allowPrefixes ? keys.Object("prefixes") : null;
                var unit = keys.String("unit");
                var none = keys.String("none");
                var via = keys.String("via");
                if ((unit is null) == (none is null))
                {
                    Report(diagnostics, obj.Range, "Write either \"unit\" (the UnitsNet unit) or \"none\" (why UnitsNet has no such unit, with \"via\": the UnitsNet unit to convert into), not both or neither");
                    return null;
                }

                if (unit is not null)
                {
                    if (via is not null)
                    {
                        Report(diagnostics, via.Range, "\"via\" goes with \"none\"; a unit that UnitsNet has converts to itself");
                        return null;
                    }

                    return Identifier(unit, "a UnitsNet unit name", diagnostics)
                        ? new UnitsNetUnitMapping(unit.Value, null, string.Empty, unit.Range.ToLocation(diagnostics.FilePath), null)
                        : null;
                }

                if (via is null)
                {
                    Report(diagnostics, obj.Range, "A unit that UnitsNet lacks needs \"via\": the UnitsNet unit its values are converted into, such as the base unit");
                    return null;
                }

                return NonEmptyReason(none!, diagnostics) && Identifier(via, "a UnitsNet unit name", diagnostics)
                    ? new UnitsNetUnitMapping(null, via.Value, none!.Value, obj.Range.ToLocation(diagnostics.FilePath), via.Range.ToLocation(diagnostics.FilePath))
                    : null;
            default:
                diagnostics.Add(DiagnosticDescriptors.WrongJsonType, node.Range, Key, "string (the UnitsNet unit) or an object", node.KindWithArticle);
                return null;
        }
    }

    private static bool Identifier(LocatedString name, string what, DiagnosticBag diagnostics)
    {
        if (Identifiers.IsPascalIdentifier(name.Value))
        {
            return true;
        }

        diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, name.Range, name.Value, what);
        return false;
    }

    private static bool NonEmptyReason(LocatedString reason, DiagnosticBag diagnostics)
    {
        if (!string.IsNullOrWhiteSpace(reason.Value))
        {
            return true;
        }

        Report(diagnostics, reason.Range, "\"none\" says why UnitsNet has no counterpart; it may not be empty");
        return false;
    }

    private static void Report(DiagnosticBag diagnostics, TextRange range, string message) =>
        diagnostics.Add(DiagnosticDescriptors.InvalidUnitsNetMapping, range, message);
}
