using System;
using System.Collections.Generic;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Diagnostics;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>
/// A quantity with its UnitsNet counterpart, once its declaration was checked against the referenced UnitsNet.
/// <paramref name="Target"/> is set only when every name exists, and then the conversions are generated.
/// </summary>
internal sealed record UnitsNetConversionModel(QuantityModel Quantity, UnitsNetQuantityInfo? Target, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Checks a quantity's UnitsNet declaration against the UnitsNet assembly the compilation references (AIINFRA114).</summary>
internal static class UnitsNetMappingCheck
{
    public static UnitsNetConversionModel Check(QuantityModel quantity, UnitsNetIndex index)
    {
        if (!index.IsReferenced || quantity.UnitsNet is not { Quantity: { } name } mapping)
        {
            return new UnitsNetConversionModel(quantity, null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var target = index.Find(name);
        if (target is null)
        {
            var message = Closest(name, index.Quantities.Select(q => q.Name)) is { } close
                ? $"The referenced UnitsNet has no quantity '{name}'; did you mean '{close}'?"
                : $"The referenced UnitsNet has no quantity '{name}'; if it has none with this meaning, write {{ \"none\": \"why\" }}";
            return new UnitsNetConversionModel(quantity, null, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.UnknownUnitsNetName, mapping.Location, message) }.ToEquatableArray());
        }

        var diagnostics = new List<DiagnosticInfo>();
        if (target.Obsolete is { } obsolete)
        {
            // The conversions would not compile with warnings as errors, and a renamed type is the one to use.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownUnitsNetName, mapping.Location, $"UnitsNet marks its quantity '{name}' obsolete: {obsolete}"));
        }

        var obsoleteUnits = target.ObsoleteUnits.ToDictionary(u => u.Substring(0, u.IndexOf(':')), u => u.Substring(u.IndexOf(':') + 2), StringComparer.Ordinal);
        var known = new HashSet<string>(target.Units, StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in quantity.Units)
        {
            if (unit.UnitsNet is { Unit: { } unitName } unitMapping && !known.Contains(unitName) && reported.Add(unitName))
            {
                var message = Closest(unitName, target.Units) is { } close
                    ? $"UnitsNet's {name}Unit has no member '{unitName}' (for the unit '{unit.Name}'); did you mean '{close}'?"
                    : $"UnitsNet's {name}Unit has no member '{unitName}' (for the unit '{unit.Name}'); if UnitsNet has no such unit, write {{ \"none\": \"why\", \"via\": \"UnitName\" }}";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownUnitsNetName, unitMapping.Location, message));
            }
            else if (unit.UnitsNet is { Unit: { } obsoleteName } obsoleteMapping && obsoleteUnits.TryGetValue(obsoleteName, out var why) && reported.Add(obsoleteName))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownUnitsNetName, obsoleteMapping.Location, $"UnitsNet marks {name}Unit.{obsoleteName} obsolete: {why}"));
            }
        }

        return diagnostics.Count == 0
            ? new UnitsNetConversionModel(quantity, target, EquatableArray<DiagnosticInfo>.Empty)
            : new UnitsNetConversionModel(quantity, null, diagnostics.ToEquatableArray());
    }

    /// <summary>The closest name within two edits (or differing only by case), or null.</summary>
    private static string? Closest(string name, IEnumerable<string> candidates) =>
        candidates
            .Select(c => (Name: c, Distance: string.Equals(c, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(c, name)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
