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

        private AsciiSteps(ulong[] positions, byte[] next)
        {
            _positions = positions;
            _next = next;
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

            return new AsciiSteps(positions.ToArray(), next.ToArray());
        }

        /// <summary>The state after ASCII character <paramref name="c"/> in <paramref name="state"/>.</summary>
        public int Next(int state, char c) => _next[(state * Characters) + c];

        /// <summary>The automaton's positions in <paramref name="state"/>.</summary>
        public ulong PositionsOf(int state) => _positions[state];
    }
}
