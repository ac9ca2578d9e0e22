using System.Collections.Generic;
using System.Linq;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>The SI and binary prefixes a unit definition may ask for.</summary>
internal static class Prefixes
{
    public readonly record struct Prefix(string Name, string Symbol, double Factor, string? AsciiSymbol = null);

    private static readonly Prefix[] All =
    {
        new("Yocto", "y", 1e-24),
        new("Zepto", "z", 1e-21),
        new("Atto", "a", 1e-18),
        new("Femto", "f", 1e-15),
        new("Pico", "p", 1e-12),
        new("Nano", "n", 1e-9),
        new("Micro", "\u00B5", 1e-6, "u"),
        new("Milli", "m", 1e-3),
        new("Centi", "c", 1e-2),
        new("Deci", "d", 1e-1),
        new("Deca", "da", 1e1),
        new("Hecto", "h", 1e2),
        new("Kilo", "k", 1e3),
        new("Mega", "M", 1e6),
        new("Giga", "G", 1e9),
        new("Tera", "T", 1e12),
        new("Peta", "P", 1e15),
        new("Exa", "E", 1e18),
        new("Zetta", "Z", 1e21),
        new("Yotta", "Y", 1e24),
        new("Kibi", "Ki", 1024d),
        new("Mebi", "Mi", 1024d * 1024),
        new("Gibi", "Gi", 1024d * 1024 * 1024),
        new("Tebi", "Ti", 1024d * 1024 * 1024 * 1024),
        new("Pebi", "Pi", 1024d * 1024 * 1024 * 1024 * 1024),
        new("Exbi", "Ei", 1024d * 1024 * 1024 * 1024 * 1024 * 1024),
    };

    private static readonly Dictionary<string, Prefix> ByName = All.ToDictionary(p => p.Name, System.StringComparer.Ordinal);

    public static string Names => string.Join(", ", All.Select(p => p.Name));

    public static bool TryGet(string name, out Prefix prefix) => ByName.TryGetValue(name, out prefix);
}
