using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>
/// Breaks a JSON input file at random for the robustness tests: one to three edits, each a truncation, deletion,
/// duplication, swap, inserted junk character, a value literal replaced, or a string replaced. The same seed gives the
/// same edits, and the returned recipe names them so a failure can be reproduced by hand.
/// </summary>
/// <param name="valuePattern">Where a value may be replaced (numbers, and literals if the pattern matches them).</param>
/// <param name="valueKind">The recipe's word for such a replacement.</param>
/// <param name="valueReplacements">What a value is replaced with.</param>
/// <param name="stringReplacements">What a string's content is replaced with (quoted).</param>
/// <param name="stringReplacementWeight">How many of the draws pick a string replacement; the other seven edits get one draw each (the value two).</param>
internal sealed partial class JsonTextMutator(Regex valuePattern, string valueKind, string[] valueReplacements, string[] stringReplacements, int stringReplacementWeight)
{
    private const string Junk = "{}[]\",:\\/* \n\t\r0123456789-+.eE_aZ\u00B5\u00B0\u2212\uD83D\uDE00";

    /// <summary>Applies one to three random edits to <paramref name="text"/>.</summary>
    public (string Text, string Recipe) Mutate(string text, Random random)
    {
        var recipe = new StringBuilder();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && text.Length > 0; e++)
        {
            var at = random.Next(text.Length);
            var length = Math.Min(random.Next(1, 6), text.Length - at);
            switch (random.Next(7 + stringReplacementWeight))
            {
                case 0:
                    recipe.Append(CultureInfo.InvariantCulture, $"truncate@{at} ");
                    text = text[..at];
                    break;
                case 1:
                    recipe.Append(CultureInfo.InvariantCulture, $"delete@{at}+{length} ");
                    text = text.Remove(at, length);
                    break;
                case 2:
                    recipe.Append(CultureInfo.InvariantCulture, $"duplicate@{at}+{length} ");
                    text = text.Insert(at, text.Substring(at, length));
                    break;
                case 3:
                    var other = random.Next(text.Length);
                    recipe.Append(CultureInfo.InvariantCulture, $"swap@{at},{other} ");
                    var chars = text.ToCharArray();
                    (chars[at], chars[other]) = (chars[other], chars[at]);
                    text = new string(chars);
                    break;
                case 4:
                    var junk = Junk[random.Next(Junk.Length)];
                    recipe.Append(CultureInfo.InvariantCulture, $"insert@{at}:U+{(int)junk:X4} ");
                    text = text.Insert(at, junk.ToString());
                    break;
                case 5 or 6:
                    text = ReplaceOne(text, valuePattern, valueReplacements, random, recipe, valueKind);
                    break;
                default:
                    text = ReplaceOne(text, StringPattern(), stringReplacements, random, recipe, "string", quote: true);
                    break;
            }
        }

        return (text, recipe.ToString().TrimEnd());
    }

    private static string ReplaceOne(string text, Regex pattern, string[] replacements, Random random, StringBuilder recipe, string kind, bool quote = false)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var match = matches[random.Next(matches.Count)];
        var replacement = replacements[random.Next(replacements.Length)];
        recipe.Append(CultureInfo.InvariantCulture, $"{kind}@{match.Index}:{replacement} ");
        return string.Concat(text.AsSpan(0, match.Index), quote ? "\"" + replacement + "\"" : replacement, text.AsSpan(match.Index + match.Length));
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringPattern();
}
