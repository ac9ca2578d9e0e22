using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AiInfra.Domain.Validation.JsonSchemaStrings;

/// <summary>
/// Writes a parsed ECMA-262 pattern as a .NET pattern that matches exactly the same texts, given no
/// <see cref="System.Text.RegularExpressions.RegexOptions"/> (not even IgnoreCase or Multiline):
/// <list type="bullet">
/// <item><c>^</c> is <c>\A</c> and <c>$</c> is <c>\z</c> (ECMA-262's <c>$</c> never matches before a final "\n");</item>
/// <item>every set (<c>.</c>, <c>\d</c>, <c>\w</c>, <c>\s</c>, <c>[...]</c>, <c>\p{...}</c>, a literal) is written as the exact
/// code points it holds, ASCII for <c>\d</c> and <c>\w</c>, ECMA-262's white space for <c>\s</c>;</item>
/// <item>.NET compares UTF-16 code units, ECMA-262 with the u flag code points: a code point above U+FFFF is written as
/// its surrogate pair, so <c>.</c> takes one emoji whole; sets never match half of a pair;</item>
/// <item><c>\b</c> and <c>\B</c> are lookarounds on <c>[A-Za-z0-9_]</c> (.NET's own are Unicode-aware).</item>
/// </list>
/// Two variants exist: one for well-formed UTF-16 text (every surrogate in a pair), which needs no lookaround unless the
/// pattern has one, and one for any text, where a lone surrogate is a code point of its own, as in ECMA-262.
/// </summary>
/// <remarks>
/// A pattern is fit for .NET's NonBacktracking engine when it has no lookaround and its character classes split the
/// UTF-16 code units into at most <see cref="MaxLinearMinterms"/> classes ("minterms"): past 256 of them, .NET 10's
/// NonBacktracking engine never matches a final line feed of the text against a class (measured on .NET 10.0.12:
/// <c>\A(?:[^a]|b\u0100|...|b\u01FF)\z</c> does not match "\n"), so such patterns (large \p{...} sets with many code
/// points above U+FFFF) take the backtracking engine.
/// </remarks>
internal sealed class DotNetPatternWriter
{
    private const string WordClass = "[0-9A-Z_a-z]";
    private const string NothingClass = @"[^\u0000-\uFFFF]";

    /// <summary>The most minterms a pattern may have and still go to the NonBacktracking engine (see the remarks).</summary>
    public const int MaxLinearMinterms = 200;

    private readonly bool _loneSurrogates;
    private readonly StringBuilder _text = new();

    // Every set of code units the pattern tests, to count the minterms; "\n" is one of its own in NonBacktracking.
    private readonly List<CodePointSet> _unitSets = new() { CodePointSet.Single('\n') };

    private DotNetPatternWriter(bool loneSurrogates) => _loneSurrogates = loneSurrogates;

    /// <summary>True when the written pattern has a lookaround, so .NET's linear engine (NonBacktracking) cannot run it.</summary>
    private bool UsesLookaround { get; set; }

    /// <summary>
    /// The .NET pattern of <paramref name="root"/>, and whether it needs the backtracking engine (see the remarks). With
    /// <paramref name="loneSurrogates"/> false, it is exact only for text without a lone surrogate; with true, for any text.
    /// </summary>
    public static (string Pattern, bool NeedsBacktracking) Write(EcmaNode root, bool loneSurrogates)
    {
        var writer = new DotNetPatternWriter(loneSurrogates);

        // .NET tries a match at every UTF-16 position, ECMA-262 (u flag) at every code point: a match that starts between
        // the halves of a pair is possible only for a pattern that can match the empty string, so only such a pattern
        // gets a prefix that steps over whole code points from the start of the text.
        if (!StartsAnchored(root) && CanMatchEmpty(root))
        {
            writer._text.Append(@"\A(?:");
            writer.WriteSet(CodePointSet.All);
            writer._text.Append(")*?");
        }

        writer._text.Append("(?:");
        writer.Write(root);
        writer._text.Append(')');
        return (writer._text.ToString(), writer.UsesLookaround || CountMinterms(writer._unitSets) > MaxLinearMinterms);
    }

    /// <summary>
    /// How many classes of code units no set of <paramref name="sets"/> tells apart (two units are in one class when every
    /// set holds both or neither): a sweep over the sets' bounds, each set's membership folded into a 64-bit signature.
    /// </summary>
    internal static int CountMinterms(IReadOnlyList<CodePointSet> sets)
    {
        var bounds = new List<(int Position, ulong Toggle)>();
        for (var i = 0; i < sets.Count; i++)
        {
            var toggle = Mix((ulong)i + 1);
            for (var r = 0; r < sets[i].RangeCount; r++)
            {
                bounds.Add((sets[i].Start(r), toggle));
                bounds.Add((sets[i].End(r) + 1, toggle));
            }
        }

        bounds.Sort((a, b) => a.Position.CompareTo(b.Position));
        var signatures = new HashSet<ulong>();
        var signature = 0UL;
        var position = 0;
        foreach (var (at, toggle) in bounds)
        {
            if (at > position && position <= 0xFFFF)
            {
                signatures.Add(signature);
            }

            position = at;
            signature ^= toggle;
        }

        if (position <= 0xFFFF)
        {
            signatures.Add(signature);
        }

        return signatures.Count;
    }

    private static ulong Mix(ulong value)
    {
        // SplitMix64's finaliser: distinct inputs give well-spread, practically collision-free signatures.
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    private void Write(EcmaNode node)
    {
        switch (node)
        {
            case EcmaSequence sequence:
                foreach (var term in sequence.Terms)
                {
                    Write(term);
                }

                break;
            case EcmaAlternation alternation:
                for (var i = 0; i < alternation.Alternatives.Count; i++)
                {
                    if (i > 0)
                    {
                        _text.Append('|');
                    }

                    Write(alternation.Alternatives[i]);
                }

                break;
            case EcmaCharacters characters:
                WriteSet(characters.Set);
                break;
            case EcmaAssertion assertion:
                WriteAssertion(assertion.Kind);
                break;
            case EcmaLookaround lookaround:
                UsesLookaround = true;
                _text.Append(lookaround.Behind ? "(?<" : "(?").Append(lookaround.Negative ? '!' : '=');
                Write(lookaround.Body);
                _text.Append(')');
                break;
            case EcmaGroup group:
                _text.Append("(?:");
                Write(group.Body);
                _text.Append(')');
                break;
            case EcmaRepetition repetition:
                _text.Append("(?:");
                Write(repetition.Body);
                _text.Append(')');
                WriteQuantifier(repetition);
                break;
        }
    }

    private void WriteAssertion(EcmaAssertionKind kind)
    {
        switch (kind)
        {
            case EcmaAssertionKind.Start:
                _text.Append(@"\A");
                break;
            case EcmaAssertionKind.End:
                _text.Append(@"\z");
                break;
            case EcmaAssertionKind.WordBoundary:
                UsesLookaround = true;
                _text.Append($"(?:(?<={WordClass})(?!{WordClass})|(?<!{WordClass})(?={WordClass}))");
                break;
            default:
                UsesLookaround = true;
                _text.Append($"(?:(?<={WordClass})(?={WordClass})|(?<!{WordClass})(?!{WordClass}))");
                break;
        }
    }

    private void WriteQuantifier(EcmaRepetition repetition)
    {
        // ECMA-262 counts an empty pass towards a minimum; .NET's engines end the loop at one, so (a+|){2} would not
        // match "a/". A body that can match empty anywhere makes any count up to the minimum reachable, so its minimum is 0.
        var (min, max) = (MatchesEmptyAnywhere(repetition.Body) ? 0 : repetition.Min, repetition.Max);
        if (min == 0 && max < 0)
        {
            _text.Append('*');
        }
        else if (min == 1 && max < 0)
        {
            _text.Append('+');
        }
        else if (min == 0 && max == 1)
        {
            _text.Append('?');
        }
        else if (max < 0)
        {
            _text.Append('{').Append(min.ToString(CultureInfo.InvariantCulture)).Append(",}");
        }
        else if (min == max)
        {
            _text.Append('{').Append(min.ToString(CultureInfo.InvariantCulture)).Append('}');
        }
        else
        {
            _text.Append('{').Append(min.ToString(CultureInfo.InvariantCulture)).Append(',').Append(max.ToString(CultureInfo.InvariantCulture)).Append('}');
        }

        // Laziness changes which match is found, never whether there is one, so every loop is written greedy: .NET's
        // backtracking interpreter mishandles lazy loops whose body can match empty inside a lookbehind (on .NET 10.0.12,
        // (?<=^(?:x?)+?.) throws IndexOutOfRangeException on "_a", and (?<=\B(?:x?)+?.)\B matches it).
    }

    /// <summary>
    /// True when <paramref name="node"/> matches the empty string at every position: with no assertion or lookaround
    /// deciding it (those match empty only where they hold).
    /// </summary>
    private static bool MatchesEmptyAnywhere(EcmaNode node) => node switch
    {
        EcmaSequence sequence => sequence.Terms.All(MatchesEmptyAnywhere),
        EcmaAlternation alternation => alternation.Alternatives.Any(MatchesEmptyAnywhere),
        EcmaGroup group => MatchesEmptyAnywhere(group.Body),
        EcmaRepetition repetition => repetition.Min == 0 || MatchesEmptyAnywhere(repetition.Body),
        _ => false,
    };

    /// <summary>Writes an atom that matches one code point of <paramref name="set"/>, as ECMA-262 with the u flag reads text.</summary>
    private void WriteSet(CodePointSet set)
    {
        var parts = new List<string>();
        var bmp = set.Within(0, 0xD7FF).Union(set.Within(0xE000, 0xFFFF));
        if (!bmp.IsEmpty)
        {
            parts.Add(Class(bmp));
        }

        AddSurrogatePairs(set.Within(0x10000, CodePointSet.MaxCodePoint), parts);
        if (_loneSurrogates)
        {
            // A lone lead surrogate is one not followed by a trail surrogate; a lone trail one is not preceded by a lead.
            var leads = set.Within(0xD800, 0xDBFF);
            if (!leads.IsEmpty)
            {
                UsesLookaround = true;
                parts.Add(Class(leads) + @"(?![\uDC00-\uDFFF])");
            }

            var trails = set.Within(0xDC00, 0xDFFF);
            if (!trails.IsEmpty)
            {
                UsesLookaround = true;
                parts.Add(@"(?<![\uD800-\uDBFF])" + Class(trails));
            }
        }

        if (parts.Count == 0)
        {
            _text.Append(NothingClass);
        }
        else if (parts.Count == 1)
        {
            _text.Append(parts[0]);
        }
        else
        {
            _text.Append("(?:").Append(string.Join("|", parts)).Append(')');
        }
    }

    /// <summary>Adds the surrogate pairs of the code points above U+FFFF: a lead surrogate (or range of them), then its trail set.</summary>
    private void AddSurrogatePairs(CodePointSet astral, List<string> parts)
    {
        // For each lead surrogate in use, its trail surrogates; leads in increasing order.
        var leads = new List<(int Lead, List<(int, int)> Trails)>();
        for (var i = 0; i < astral.RangeCount; i++)
        {
            var (first, last) = (astral.Start(i), astral.End(i));
            for (var lead = Lead(first); lead <= Lead(last); lead++)
            {
                var low = lead == Lead(first) ? Trail(first) : 0xDC00;
                var high = lead == Lead(last) ? Trail(last) : 0xDFFF;
                if (leads.Count > 0 && leads[leads.Count - 1].Lead == lead)
                {
                    leads[leads.Count - 1].Trails.Add((low, high));
                }
                else
                {
                    leads.Add((lead, new List<(int, int)> { (low, high) }));
                }
            }
        }

        // Consecutive leads with the same trail set share one alternative.
        var index = 0;
        while (index < leads.Count)
        {
            var trails = CodePointSet.FromRanges(leads[index].Trails);
            var end = index;
            while (end + 1 < leads.Count && leads[end + 1].Lead == leads[end].Lead + 1 && SameSet(CodePointSet.FromRanges(leads[end + 1].Trails), trails))
            {
                end++;
            }

            parts.Add(Class(CodePointSet.Range(leads[index].Lead, leads[end].Lead)) + Class(trails));
            index = end + 1;
        }
    }

    private static int Lead(int codePoint) => 0xD800 + ((codePoint - 0x10000) >> 10);

    private static int Trail(int codePoint) => 0xDC00 + ((codePoint - 0x10000) & 0x3FF);

    private static bool SameSet(CodePointSet a, CodePointSet b)
    {
        if (a.RangeCount != b.RangeCount)
        {
            return false;
        }

        for (var i = 0; i < a.RangeCount; i++)
        {
            if (a.Start(i) != b.Start(i) || a.End(i) != b.End(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A .NET atom for a set of UTF-16 code units (all at most U+FFFF): one escaped unit, or a class, negated when shorter.</summary>
    private string Class(CodePointSet units)
    {
        _unitSets.Add(units);
        if (units.RangeCount == 1 && units.Start(0) == units.End(0))
        {
            return Unit(units.Start(0));
        }

        var complement = units.Complement().Within(0, 0xFFFF);
        var negate = complement.RangeCount < units.RangeCount;
        var ranges = negate ? complement : units;
        var text = new StringBuilder(negate ? "[^" : "[");
        for (var i = 0; i < ranges.RangeCount; i++)
        {
            text.Append(Unit(ranges.Start(i)));
            if (ranges.End(i) != ranges.Start(i))
            {
                text.Append(ranges.End(i) == ranges.Start(i) + 1 ? string.Empty : "-").Append(Unit(ranges.End(i)));
            }
        }

        return text.Append(']').ToString();
    }

    /// <summary>A code unit as a .NET pattern character: letters and digits as themselves, anything else as \uXXXX.</summary>
    private static string Unit(int unit) =>
        unit is (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')
            ? ((char)unit).ToString()
            : @"\u" + unit.ToString("X4", CultureInfo.InvariantCulture);

    private static bool StartsAnchored(EcmaNode node) => node switch
    {
        EcmaAssertion { Kind: EcmaAssertionKind.Start } => true,
        EcmaSequence { Terms.Count: > 0 } sequence => StartsAnchored(sequence.Terms[0]),
        EcmaGroup group => StartsAnchored(group.Body),
        EcmaAlternation alternation => alternation.Alternatives.All(StartsAnchored),
        _ => false,
    };

    private static bool CanMatchEmpty(EcmaNode node) => node switch
    {
        EcmaCharacters => false,
        EcmaSequence sequence => sequence.Terms.All(CanMatchEmpty),
        EcmaAlternation alternation => alternation.Alternatives.Any(CanMatchEmpty),
        EcmaGroup group => CanMatchEmpty(group.Body),
        EcmaRepetition repetition => repetition.Min == 0 || CanMatchEmpty(repetition.Body),
        _ => true,
    };
}
