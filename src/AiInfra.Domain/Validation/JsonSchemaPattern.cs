using System.ComponentModel;
using AiInfra.Domain.Validation.JsonSchemaStrings;

namespace AiInfra.Domain.Validation;

/// <summary>
/// A JSON Schema <c>pattern</c>: an ECMA-262 regular expression, matched as JSON Schema validators such as ajv match it
/// (the u flag; searched anywhere in the text, so anchor it with <c>^...$</c>). It is translated to an equivalent .NET
/// pattern: <c>$</c> is the end of the text (never before a final "\n"), <c>\d</c> and <c>\w</c> are ASCII, <c>\s</c> is
/// ECMA-262's white space, <c>.</c> excludes the four line terminators, and code points above U+FFFF count as one
/// character. The rules, and what is refused, are in docs/spec-format.md. Generated validators hold one per pattern.
/// </summary>
/// <remarks>
/// Matching takes linear time (.NET's NonBacktracking engine) unless the pattern needs lookarounds, <c>\b</c> or
/// <c>\B</c>, or its automaton is too large; then one match is bounded by <see cref="MatchTimeout"/>, after which
/// <see cref="TryMatch"/> returns false. Nothing here throws for any text. Instances are thread-safe and their pattern
/// never changes; the .NET regex is built on first use and reused.
/// <para>Each instance remembers the last few strings that matched (a match depends on the text alone, so a text that
/// matched once matches again): the reader checks every value it reads and <c>Validate()</c> then checks the same
/// strings, and a document read again holds the same ids, which costs a comparison of the strings (by reference first,
/// then ordinal) instead of a second match. The few strings remembered stay reachable until replaced.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed class JsonSchemaPattern
{
    /// <summary>How many matched strings are remembered; a power of two, the slot being the string's length modulo it.</summary>
    private const int RememberedMatches = 4;

    private readonly EcmaRegex _regex;

    /// <summary>Strings that matched, in the slot of their length; a slot is replaced whole, so a reader sees a string that matched or null.</summary>
    private readonly string?[] _matched = new string?[RememberedMatches];

    /// <summary>Translates <paramref name="pattern"/>, an ECMA-262 regular expression.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The pattern is not valid ECMA-262 with the u flag (for example .NET-only <c>(?i)</c> or <c>\A</c>), or uses a
    /// construct that cannot keep its ECMA-262 meaning here (backreferences, Unicode scripts); the message says which
    /// construct, where (from character 1) and why.
    /// </exception>
    public JsonSchemaPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        _regex = EcmaRegex.TryCreate(pattern, out var error)
            ?? throw new ArgumentException($"The pattern {pattern} {error!.Describe()}.", nameof(pattern));
    }

    /// <summary>The longest one match may run before it is given up: one second. Only a backtracking match can come near it.</summary>
    public static TimeSpan MatchTimeout => EcmaRegex.MatchTimeout;

    /// <summary>The ECMA-262 pattern, as written in the spec file and the JSON Schema.</summary>
    public string Pattern => _regex.Source;

    /// <summary>
    /// True when matching well-formed text takes linear time (RegexOptions.NonBacktracking); false when the pattern
    /// needs backtracking, so that a match is bounded by <see cref="MatchTimeout"/> instead.
    /// </summary>
    public bool IsLinear => _regex.IsLinear;

    /// <summary>
    /// Decides whether the pattern matches somewhere in <paramref name="value"/> (as JSON Schema's <c>pattern</c> does),
    /// without allocating once the pattern is compiled.
    /// </summary>
    /// <param name="value">The text; a lone surrogate in it is one code point, as ECMA-262 reads it.</param>
    /// <param name="isMatch">Whether it matches; false when the method returns false.</param>
    /// <returns>False when a backtracking match took longer than <see cref="MatchTimeout"/> and was given up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public bool TryMatch(string value, out bool isMatch)
    {
        ArgumentNullException.ThrowIfNull(value);
        ref var slot = ref _matched[value.Length & (RememberedMatches - 1)];
        if (string.Equals(Volatile.Read(ref slot), value))
        {
            isMatch = true;
            return true;
        }

        var result = _regex.Match(value);
        isMatch = result == EcmaMatch.Match;
        if (isMatch)
        {
            Volatile.Write(ref slot, value);
        }

        return result != EcmaMatch.TimedOut;
    }

    /// <summary>The ECMA-262 pattern.</summary>
    public override string ToString() => Pattern;
}
