using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AiInfra.Domain.Generators.Quantities;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// The quantities of the AiInfra.Domain library, read once from the definition files embedded in this assembly,
/// so a spec file in any project can name a quantity and its units and have them checked.
/// </summary>
internal static class BuiltInQuantities
{
    private static readonly Lazy<Dictionary<string, QuantityModel>> s_byName = new(Load);

    public static IReadOnlyDictionary<string, QuantityModel> ByName => s_byName.Value;

    public static string Names => string.Join(", ", ByName.Keys.OrderBy(k => k, StringComparer.Ordinal));

    /// <summary>Finds a unit by abbreviation (exact case) or by its singular name.</summary>
    public static UnitModel? FindUnit(QuantityModel quantity, string text) =>
        quantity.Units.FirstOrDefault(u => u.Abbreviations.Contains(text))
        ?? quantity.Units.FirstOrDefault(u => u.Name == text);

    /// <summary>The quantities other than <paramref name="except"/> that have a unit written <paramref name="text"/>.</summary>
    public static IEnumerable<string> QuantitiesWithUnit(string text, string except) =>
        ByName.Values.Where(q => q.Name != except && FindUnit(q, text) is not null).Select(q => q.Name).OrderBy(n => n, StringComparer.Ordinal);

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

    private static Dictionary<string, QuantityModel> Load()
    {
        var assembly = typeof(BuiltInQuantities).Assembly;
        var result = new Dictionary<string, QuantityModel>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".quantity.json", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var parsed = QuantityFileParser.Parse(name, SourceText.From(reader.ReadToEnd()));
            if (parsed.Model is { } model)
            {
                result[model.Name] = model;
            }
        }

        return result;
    }
}
