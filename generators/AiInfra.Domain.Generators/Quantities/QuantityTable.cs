using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Parsing;
using AiInfra.Domain.Quantities;

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

    /// <summary>
    /// Reads a quantity text ("1.5 kW", "1.2kW", "700 w") with the runtime's grammar (<see cref="QuantityGrammar"/>, the
    /// same source file) in the invariant culture, as the library's JSON reader reads it; a value whose amount in the base
    /// unit is not finite is <see cref="QuantityParseError.NotFinite"/>, as at run time.
    /// </summary>
    /// <param name="quantity">The quantity the text is a value of.</param>
    /// <param name="text">The text.</param>
    /// <param name="value">The number, in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit, or null.</param>
    /// <param name="failure">Why and where the text is not a value of <paramref name="quantity"/>.</param>
    public static bool TryRead(QuantityModel quantity, string text, out double value, out UnitModel unit, out ParseFailure<QuantityParseError> failure)
    {
        unit = null!;
        if (!QuantityGrammar.TryRead(text.AsSpan(), CultureInfo.InvariantCulture, new ModelUnits(quantity), out value, out var index, out var number, out failure))
        {
            return false;
        }

        var found = quantity.Units[index];
        var baseValue = (value * found.Factor) + found.Offset;
        if (double.IsNaN(baseValue) || double.IsInfinity(baseValue))
        {
            failure = new ParseFailure<QuantityParseError>(QuantityParseError.NotFinite, number.Start, number.Length, index + 1);
            return false;
        }

        unit = found;
        return true;
    }

    /// <summary>The text of the part a failure of <see cref="TryRead"/> concerns, such as the unit "XW" of "700 XW".</summary>
    public static string PartOf(string text, ParseFailure<QuantityParseError> failure) => text.Substring(failure.Start, failure.Length);

    /// <summary>Converts a value in <paramref name="from"/> to <paramref name="to"/> of the same quantity.</summary>
    public static double Convert(double value, UnitModel from, UnitModel to) =>
        ((value * from.Factor) + from.Offset - to.Offset) / to.Factor;

    /// <summary>The units of a quantity model, found as the generated <c>TryParseUnit</c> finds them: exactly, then ignoring case when exactly one unit matches.</summary>
    private readonly struct ModelUnits : QuantityGrammar.IUnits
    {
        private readonly QuantityModel _quantity;

        public ModelUnits(QuantityModel quantity)
        {
            _quantity = quantity;
            MaxAbbreviationLength = quantity.Units.SelectMany(u => u.Abbreviations).Select(a => a.Length).DefaultIfEmpty(0).Max();
        }

        public int MaxAbbreviationLength { get; }

        public bool TryFind(ReadOnlySpan<char> abbreviation, out int unit)
        {
            var units = _quantity.Units;
            for (var i = 0; i < units.Count; i++)
            {
                foreach (var known in units[i].Abbreviations)
                {
                    if (abbreviation.SequenceEqual(known.AsSpan()))
                    {
                        unit = i;
                        return true;
                    }
                }
            }

            unit = -1;
            for (var i = 0; i < units.Count; i++)
            {
                foreach (var known in units[i].Abbreviations)
                {
                    if (abbreviation.Equals(known.AsSpan(), StringComparison.OrdinalIgnoreCase))
                    {
                        if (unit >= 0)
                        {
                            unit = -1;
                            return false;
                        }

                        unit = i;
                        break;
                    }
                }
            }

            return unit >= 0;
        }
    }

    public bool Equals(QuantityTable? other) => other is not null && Quantities.Equals(other.Quantities);

    public override bool Equals(object? obj) => Equals(obj as QuantityTable);

    public override int GetHashCode() => Quantities.GetHashCode();
}
