using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiInfra.Domain.Generators.Quantities;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// The JSON Schema pattern (ECMA-262) of the strings a quantity's parser accepts, made from the pieces of its grammar (<see cref="QuantityGrammar"/>): a number, optional spaces and
/// one of the units' abbreviations, each also in other letter cases where the parser accepts them (when the other
/// case names no other unit of the quantity).
/// </summary>
internal static class QuantityPattern
{
    // The pieces of the runtime's grammar (QuantityGrammar, the same source file as the library's parser).
    private const string Number = QuantityGrammar.NumberPattern;

    /// <summary>The white space trimmed around a text (<see cref="QuantityGrammar.WhiteSpacePattern"/>), for the other patterns too.</summary>
    internal const string WhiteSpace = QuantityGrammar.WhiteSpacePattern;

    private const string Between = QuantityGrammar.BetweenPattern;

    private static readonly Lazy<Dictionary<char, string>> s_caseVariants = new(BuildCaseVariants);

    public static string For(QuantityModel quantity)
    {
        var units = Units(quantity, out var hasBare);
        var unitPart = hasBare ? $"(?:{Between}{units})?" : $"{Between}{units}";
        return $"^{WhiteSpace}*{Number}{unitPart}{WhiteSpace}*$";
    }

    /// <summary>
    /// The group of the quantity's unit abbreviations as the parser's unit lookup reads them (exactly, or in another
    /// letter case where that is unambiguous); <paramref name="hasBare"/> tells whether a unit has the empty abbreviation,
    /// which the group leaves out.
    /// </summary>
    public static string Units(QuantityModel quantity, out bool hasBare)
    {
        var alternatives = new List<string>();
        hasBare = false;
        foreach (var unit in quantity.Units)
        {
            foreach (var abbreviation in unit.Abbreviations)
            {
                if (abbreviation.Length == 0)
                {
                    hasBare = true;
                    continue;
                }

                var collides = quantity.Units.Any(other => other.Name != unit.Name && other.Abbreviations.Any(a => SameIgnoringCase(a, abbreviation)));
                alternatives.Add(collides ? Escape(abbreviation) : CaseInsensitive(abbreviation));
            }
        }

        return "(?:" + string.Join("|", alternatives.Distinct(StringComparer.Ordinal)) + ")";
    }

    private static string CaseInsensitive(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (s_caseVariants.Value.TryGetValue(c, out var variants))
            {
                builder.Append('[').Append(string.Concat(variants.Select(EscapeInClass))).Append(']');
            }
            else
            {
                builder.Append(Escape(c.ToString()));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// For each character that has other cases, every character equal to it under <see cref="StringComparison.OrdinalIgnoreCase"/>,
    /// the comparison of the reader's case-insensitive fallback (<c>UnitLookup</c>). That comparison maps each UTF-16 unit to
    /// its simple upper case, except that a character outside ASCII never equals one inside: the long s (U+017F) is not
    /// "s", the dotless i (U+0131) is not "i", though their upper cases are "S" and "I"; the Kelvin sign (U+212A) and the
    /// ohm sign (U+2126) are their own upper case, so they equal no letter but themselves. A test compares these groups
    /// with the runtime's comparison for every character of every abbreviation.
    /// </summary>
    private static Dictionary<char, string> BuildCaseVariants()
    {
        var groups = new Dictionary<char, List<char>>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var upper = OrdinalUpper(c);
            if (!groups.TryGetValue(upper, out var list))
            {
                groups[upper] = list = new List<char>();
            }

            list.Add(c);
        }

        var result = new Dictionary<char, string>();
        foreach (var group in groups.Values.Where(g => g.Count > 1))
        {
            var text = new string(group.OrderBy(c => c).ToArray());
            foreach (var c in group)
            {
                result[c] = text;
            }
        }

        return result;
    }

    private static bool SameIgnoringCase(string a, string b) =>
        a.Length == b.Length && a.Zip(b, (x, y) => OrdinalUpper(x) == OrdinalUpper(y)).All(same => same);

    private static char OrdinalUpper(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }

        var upper = char.ToUpperInvariant(c);
        return upper < 0x80 ? c : upper;
    }

    /// <summary>The text as an ECMA-262 pattern that matches it literally.</summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if ("\\^$.|?*+()[]{}/".IndexOf(c) >= 0)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string EscapeInClass(char c) => c is '\\' or ']' or '^' or '-' ? "\\" + c : c.ToString();
}
