using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>
/// The quantities that spec and catalogue files may name: the library's own and the ones the compilation defines in
/// its *.quantity.json files, each placed in its namespace and without file positions. Equal when the quantities are,
/// so the steps that read spec files rerun only when a quantity they could name changes.
/// </summary>
internal sealed class QuantityTable : IEquatable<QuantityTable>
{
    private readonly Dictionary<string, QuantityModel> _byName;

    private QuantityTable(EquatableArray<QuantityModel> quantities)
    {
        Quantities = quantities;
        _byName = quantities.ToDictionary(q => q.Name, StringComparer.Ordinal);
    }

    /// <summary>Every quantity, ordered by name.</summary>
    public EquatableArray<QuantityModel> Quantities { get; }

    /// <summary>The quantity names, ordered and comma-separated, for messages.</summary>
    public string Names => string.Join(", ", Quantities.Select(q => q.Name));

    /// <summary>
    /// The library's quantities and the compilation's own. A compilation's quantity replaces the library's of the
    /// same name only when it is the library's own definition (the same namespace: the library being compiled);
    /// a project's quantity of a library name is not generated (AIINFRA113), so the library's stays.
    /// </summary>
    public static QuantityTable Create(IEnumerable<QuantityModel> compilationQuantities)
    {
        var byName = BuiltInQuantities.Models.ToDictionary(q => q.Name, q => q.WithoutLocations(), StringComparer.Ordinal);
        foreach (var quantity in compilationQuantities)
        {
            if (!byName.TryGetValue(quantity.Name, out var builtIn) || builtIn.Namespace == quantity.Namespace)
            {
                byName[quantity.Name] = quantity.WithoutLocations();
            }
        }

        return new QuantityTable(byName.Values.OrderBy(q => q.Name, StringComparer.Ordinal).ToEquatableArray());
    }

    public bool TryGet(string name, out QuantityModel quantity) => _byName.TryGetValue(name, out quantity!);

    public QuantityModel this[string name] => _byName[name];

    /// <summary>The quantities other than <paramref name="except"/> that have a unit written <paramref name="text"/>.</summary>
    public IEnumerable<string> QuantitiesWithUnit(string text, string except) =>
        Quantities.Where(q => q.Name != except && FindUnit(q, text) is not null).Select(q => q.Name);

    /// <summary>Finds a unit by abbreviation (exact case) or by its singular name.</summary>
    public static UnitModel? FindUnit(QuantityModel quantity, string text) =>
        quantity.Units.FirstOrDefault(u => u.Abbreviations.Contains(text))
        ?? quantity.Units.FirstOrDefault(u => u.Name == text);

    public static string UnitList(QuantityModel quantity) =>
        string.Join(", ", quantity.Units.Select(u => u.DefaultAbbreviation.Length == 0 ? u.Name : u.DefaultAbbreviation));

    /// <summary>Splits "1.5 kW" into a number and a unit text; false when it has no number.</summary>
    public static bool TrySplit(string text, out double value, out string unit)
    {
        text = text.Trim();
        var split = text.LastIndexOf(' ');
        var number = split < 0 ? text : text.Substring(0, split);
        unit = split < 0 ? string.Empty : text.Substring(split + 1);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value) && !double.IsInfinity(value);
    }

    /// <summary>Converts a value in <paramref name="from"/> to <paramref name="to"/> of the same quantity.</summary>
    public static double Convert(double value, UnitModel from, UnitModel to) =>
        ((value * from.Factor) + from.Offset - to.Offset) / to.Factor;

    public bool Equals(QuantityTable? other) => other is not null && Quantities.Equals(other.Quantities);

    public override bool Equals(object? obj) => Equals(obj as QuantityTable);

    public override int GetHashCode() => Quantities.GetHashCode();
}
