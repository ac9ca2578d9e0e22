using System.Collections.Generic;

namespace AiInfra.Domain.Validation.JsonSchemaStrings;

internal sealed partial class PositionAutomaton
{
    /// <summary>
    /// The automaton made deterministic over ASCII, for the patterns the reader checks on every id (such as
    /// <c>^[a-z0-9]+(-[a-z0-9]+)*$</c>): each position set the automaton can reach on ASCII text is a state, and one
    /// table lookup per character replaces the walk over the set's follow sets. Built once with the automaton, only
    /// when the reachable sets are few (<see cref="MaxStates"/>); state 0 is "before the first character".
    /// </summary>
    private sealed class AsciiSteps
    {
        /// <summary>The characters the table covers: U+0000 to U+007F.</summary>
        public const int Characters = 128;

        /// <summary>The most states a table has (a byte each), so that it stays small: <c>MaxStates × 128</c> bytes.</summary>
        private const int MaxStates = 64;

        private readonly ulong[] _positions;
        private readonly byte[] _next;

        /// <summary>Per state, what reaching it decides before the text ends: <see cref="AsciiVerdict.NotAscii"/> (nothing yet), a match or none.</summary>
        private readonly AsciiVerdict[] _onReach;

        /// <summary>Per state, whether the text matches when it ends there.</summary>
        private readonly bool[] _atEnd;

        private AsciiSteps(PositionAutomaton automaton, ulong[] positions, byte[] next)
        {
            _positions = positions;
            _next = next;
            _onReach = new AsciiVerdict[positions.Length];
            _atEnd = new bool[positions.Length];
            for (var state = 0; state < positions.Length; state++)
            {
                var reached = positions[state];
                _onReach[state] = !automaton._endAnchored && (reached & automaton._last) != 0 ? AsciiVerdict.Match
                    : reached == 0 && automaton._startAnchored && state != 0 ? AsciiVerdict.NoMatch
                    : AsciiVerdict.NotAscii;
                _atEnd[state] = automaton.IsAccepted(reached, textLength: state == 0 ? 0 : 1);
            }
        }

        /// <summary>The table of <paramref name="automaton"/>, or null when it would have more than <see cref="MaxStates"/> states.</summary>
        public static AsciiSteps? TryCreate(PositionAutomaton automaton)
        {
            var positions = new List<ulong> { 0 };
            var stateOf = new Dictionary<ulong, int>();
            var next = new List<byte>();
            for (var state = 0; state < positions.Count; state++)
            {
                for (var c = 0; c < Characters; c++)
                {
                    var reached = automaton.Step(positions[state], atStart: state == 0, c);
                    if (!stateOf.TryGetValue(reached, out var target))
                    {
                        if (positions.Count == MaxStates)
                        {
                            return null;
                        }

                        target = positions.Count;
                        stateOf.Add(reached, target);
                        positions.Add(reached);
                    }

                    next.Add((byte)target);
                }
            }

            return new AsciiSteps(automaton, positions.ToArray(), next.ToArray());
        }

        /// <summary>
        /// Steps through <paramref name="text"/> while it is ASCII: the verdict once it is known, or
        /// <see cref="AsciiVerdict.NotAscii"/> at the first other character, at <paramref name="stoppedAt"/>, with the
        /// <paramref name="state"/> reached before it. One table lookup a character; state 0 is never reached again, so
        /// it stands for "no character yet".
        /// </summary>
        public AsciiVerdict Walk(string text, out int stoppedAt, out int state)
        {
            state = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c >= Characters)
                {
                    stoppedAt = i;
                    return AsciiVerdict.NotAscii;
                }

                state = _next[(state * Characters) + c];
                if (_onReach[state] != AsciiVerdict.NotAscii)
                {
                    stoppedAt = i + 1;
                    return _onReach[state];
                }
            }

            stoppedAt = text.Length;
            return _atEnd[state] ? AsciiVerdict.Match : AsciiVerdict.NoMatch;
        }

        /// <summary>The automaton's positions in <paramref name="state"/>.</summary>
        public ulong PositionsOf(int state) => _positions[state];
    }

    /// <summary>What <see cref="AsciiSteps.Walk"/> found.</summary>
    private enum AsciiVerdict : byte
    {
        /// <summary>Not decided: the text left ASCII (or, in a state's entry, reaching it decides nothing).</summary>
        NotAscii,

        /// <summary>The text matches.</summary>
        Match,

        /// <summary>The text does not match.</summary>
        NoMatch,
    }
}
