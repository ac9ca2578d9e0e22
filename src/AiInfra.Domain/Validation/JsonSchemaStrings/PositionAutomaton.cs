using System.Collections.Generic;

namespace AiInfra.Domain.Validation.JsonSchemaStrings;

/// <summary>
/// A small pattern matched without a regular expression engine: the Glushkov automaton of a pattern made of code point
/// sets, sequences, alternatives, groups and repetitions, with at most a <c>^</c> at its start and a <c>$</c> at its end.
/// Its states (the pattern's code point sets, at most 64) are the bits of one <see cref="ulong"/>, so a match steps
/// once per code point with a few bit operations: linear like .NET's NonBacktracking engine, without its set-up per
/// call. Any other pattern (lookarounds, <c>\b</c>, an assertion elsewhere, more than 64 sets once counted repetitions
/// are written out) has none, and <see cref="EcmaRegex"/> matches it with .NET's engines as before.
/// </summary>
internal sealed partial class PositionAutomaton
{
    /// <summary>The most code point sets an automaton has: one bit of a <see cref="ulong"/> each.</summary>
    private const int MaxPositions = 64;

    private readonly CodePointSet[] _sets;
    private readonly ulong[] _follow;
    private readonly ulong[] _ascii;
    private readonly ulong _first;
    private readonly ulong _last;
    private readonly bool _nullable;
    private readonly bool _startAnchored;
    private readonly bool _endAnchored;
    private readonly AsciiSteps? _asciiSteps;

    private PositionAutomaton(List<CodePointSet> sets, List<ulong> follow, Fragment root, bool startAnchored, bool endAnchored)
    {
        _sets = sets.ToArray();
        _follow = follow.ToArray();
        _first = root.First;
        _last = root.Last;
        _nullable = root.Nullable;
        _startAnchored = startAnchored;
        _endAnchored = endAnchored;
        _ascii = new ulong[128];
        for (var c = 0; c < _ascii.Length; c++)
        {
            _ascii[c] = PositionsOf(c);
        }

        _asciiSteps = AsciiSteps.TryCreate(this);
    }

    /// <summary>The automaton of <paramref name="pattern"/>, or null when the pattern is not of the kind it matches.</summary>
    public static PositionAutomaton? TryCreate(EcmaNode pattern)
    {
        var terms = pattern is EcmaSequence sequence ? new List<EcmaNode>(sequence.Terms) : new List<EcmaNode> { pattern };
        var startAnchored = terms.Count > 0 && terms[0] is EcmaAssertion { Kind: EcmaAssertionKind.Start };
        if (startAnchored)
        {
            terms.RemoveAt(0);
        }

        var endAnchored = terms.Count > 0 && terms[terms.Count - 1] is EcmaAssertion { Kind: EcmaAssertionKind.End };
        if (endAnchored)
        {
            terms.RemoveAt(terms.Count - 1);
        }

        var builder = new Builder();
        var root = builder.Build(new EcmaSequence(terms));
        return root is { } fragment ? new PositionAutomaton(builder.Sets, builder.Follow, fragment, startAnchored, endAnchored) : null;
    }

    /// <summary>True when ASCII text steps through a table (<see cref="AsciiSteps"/>) rather than over the position sets.</summary>
    public bool HasAsciiSteps => _asciiSteps is not null;

    /// <summary>
    /// Whether the pattern matches somewhere in <paramref name="text"/>, which must hold no lone surrogate (a pair is one
    /// code point, as with ECMA-262's u flag).
    /// </summary>
    public bool IsMatch(string text)
    {
        if (_nullable && !_endAnchored)
        {
            return true;
        }

        if (_asciiSteps is not { } steps)
        {
            return IsMatchFrom(text, 0, 0, atStart: true);
        }

        // ASCII steps through the table; the first other character hands the state over to the general loop.
        return steps.Walk(text, out var stoppedAt, out var state) switch
        {
            AsciiVerdict.Match => true,
            AsciiVerdict.NoMatch => false,
            _ => IsMatchFrom(text, stoppedAt, steps.PositionsOf(state), atStart: stoppedAt == 0),
        };
    }

    /// <summary>
    /// Whether ASCII <paramref name="text"/> matches, answered without first scanning it for surrogates (ASCII holds
    /// none); null when the text has another character or the automaton has no ASCII table.
    /// </summary>
    public bool? MatchAscii(string text)
    {
        if (_nullable && !_endAnchored)
        {
            return true;
        }

        return _asciiSteps?.Walk(text, out _, out _) switch
        {
            AsciiVerdict.Match => true,
            AsciiVerdict.NoMatch => false,
            _ => null,
        };
    }

    /// <summary>The match from code unit <paramref name="start"/> on, with <paramref name="current"/> the positions reached before it.</summary>
    private bool IsMatchFrom(string text, int start, ulong current, bool atStart)
    {
        for (var i = start; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            current = Step(current, atStart, codePoint);
            atStart = false;
            if (!_endAnchored && (current & _last) != 0)
            {
                return true;
            }

            if (current == 0 && _startAnchored)
            {
                return false;
            }
        }

        return IsAccepted(current, text.Length);
    }

    /// <summary>The positions reached from <paramref name="current"/> by <paramref name="codePoint"/>; a match may start at the first code point, or at any unanchored.</summary>
    private ulong Step(ulong current, bool atStart, int codePoint)
    {
        var next = Follow(current);
        if (atStart || !_startAnchored)
        {
            next |= _first;
        }

        return next & (codePoint < _ascii.Length ? _ascii[codePoint] : PositionsOf(codePoint));
    }

    /// <summary>Whether the text ends in a match, <paramref name="current"/> being the positions its last code point reached.</summary>
    private bool IsAccepted(ulong current, int textLength) =>
        (current & _last) != 0 || (_nullable && (!_startAnchored || textLength == 0));

    private ulong Follow(ulong positions)
    {
        ulong next = 0;
        for (var p = 0; positions != 0; p++, positions >>= 1)
        {
            if ((positions & 1) != 0)
            {
                next |= _follow[p];
            }
        }

        return next;
    }

    private ulong PositionsOf(int codePoint)
    {
        ulong positions = 0;
        for (var p = 0; p < _sets.Length; p++)
        {
            if (_sets[p].Contains(codePoint))
            {
                positions |= 1UL << p;
            }
        }

        return positions;
    }

    /// <summary>What the automaton knows of a piece of the pattern: the positions it may start and end with, and whether it may be empty.</summary>
    private readonly record struct Fragment(ulong First, ulong Last, bool Nullable);

    /// <summary>Builds the positions and their follow sets (Glushkov's construction), writing counted repetitions out.</summary>
    private sealed class Builder
    {
        public List<CodePointSet> Sets { get; } = new();

        public List<ulong> Follow { get; } = new();

        /// <summary>The fragment of <paramref name="node"/> with fresh positions, or null when it cannot be one.</summary>
        public Fragment? Build(EcmaNode node)
        {
            switch (node)
            {
                case EcmaCharacters characters:
                    if (Sets.Count == MaxPositions)
                    {
                        return null;
                    }

                    Sets.Add(characters.Set);
                    Follow.Add(0);
                    var bit = 1UL << (Sets.Count - 1);
                    return new Fragment(bit, bit, false);
                case EcmaGroup group:
                    return Build(group.Body);
                case EcmaSequence sequence:
                    var result = new Fragment(0, 0, true);
                    foreach (var term in sequence.Terms)
                    {
                        if (Build(term) is not { } next)
                        {
                            return null;
                        }

                        result = Concatenate(result, next);
                    }

                    return result;
                case EcmaAlternation alternation:
                    var union = new Fragment(0, 0, false);
                    foreach (var alternative in alternation.Alternatives)
                    {
                        if (Build(alternative) is not { } next)
                        {
                            return null;
                        }

                        union = new Fragment(union.First | next.First, union.Last | next.Last, union.Nullable || next.Nullable);
                    }

                    return union;
                case EcmaRepetition repetition:
                    return Repeat(repetition);
                default:
                    // Assertions inside the pattern and lookarounds.
                    return null;
            }
        }

        /// <summary><c>x{min,max}</c> as min copies of x, then max - min optional ones nested; with no limit, the last copy loops.</summary>
        private Fragment? Repeat(EcmaRepetition repetition)
        {
            if (repetition.Min > MaxPositions || repetition.Max > MaxPositions)
            {
                return null;
            }

            // With no limit, the last required copy loops back to itself (x+ is one copy of x), or an optional one does (x*).
            var unbounded = repetition.Max < 0;
            var copies = unbounded && repetition.Min > 0 ? repetition.Min - 1 : repetition.Min;
            var result = new Fragment(0, 0, true);
            for (var i = 0; i < copies; i++)
            {
                if (Build(repetition.Body) is not { } copy)
                {
                    return null;
                }

                result = Concatenate(result, copy);
            }

            if (unbounded)
            {
                if (Build(repetition.Body) is not { } loop)
                {
                    return null;
                }

                Link(loop.Last, loop.First);
                return Concatenate(result, repetition.Min == 0 ? loop with { Nullable = true } : loop);
            }

            // x{0,2} = (x(x)?)?: each optional copy may be followed by the next.
            var optional = new Fragment(0, 0, true);
            for (var i = repetition.Max - repetition.Min; i > 0; i--)
            {
                if (Build(repetition.Body) is not { } copy)
                {
                    return null;
                }

                optional = Concatenate(copy, optional) with { Nullable = true };
            }

            return Concatenate(result, optional);
        }

        private Fragment Concatenate(Fragment left, Fragment right)
        {
            Link(left.Last, right.First);
            return new Fragment(
                left.Nullable ? left.First | right.First : left.First,
                right.Nullable ? left.Last | right.Last : right.Last,
                left.Nullable && right.Nullable);
        }

        private void Link(ulong from, ulong to)
        {
            for (var p = 0; from != 0; p++, from >>= 1)
            {
                if ((from & 1) != 0)
                {
                    Follow[p] |= to;
                }
            }
        }
    }
}
