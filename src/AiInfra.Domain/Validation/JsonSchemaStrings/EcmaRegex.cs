using System;
using System.Text.RegularExpressions;

namespace AiInfra.Domain.Validation.JsonSchemaStrings;

/// <summary>
/// A JSON Schema pattern (ECMA-262 with the u flag, as ajv compiles it) translated to .NET and matched with the
/// ECMA-262 meaning: searched anywhere in the text, as JSON Schema's <c>pattern</c> is. One piece of code for the
/// generator (which refuses bad patterns at build time and checks catalogue values) and the runtime (which checks
/// values): this file is compiled into both.
/// </summary>
internal sealed class EcmaRegex
{
    /// <summary>The most time one match may take before it is given up (only a backtracking match can come near).</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

#if NET
    private const RegexOptions NonBacktracking = RegexOptions.NonBacktracking;
#else
    // RegexOptions.NonBacktracking (since .NET 7): the generator targets netstandard2.0 but often runs on .NET 7 or later.
    private const RegexOptions NonBacktracking = (RegexOptions)1024;
#endif

    private readonly string _wellFormedPattern;
    private readonly bool _wellFormedNeedsBacktracking;
    private readonly string _anyTextPattern;
    private readonly bool _anyTextNeedsBacktracking;
    private readonly PositionAutomaton? _automaton;
    private Regex? _wellFormed;
    private Regex? _anyText;

    private EcmaRegex(string source, (string Pattern, bool NeedsBacktracking) wellFormed, (string Pattern, bool NeedsBacktracking) anyText, PositionAutomaton? automaton)
    {
        Source = source;
        _automaton = automaton;
        (_wellFormedPattern, _wellFormedNeedsBacktracking) = wellFormed;
        (_anyTextPattern, _anyTextNeedsBacktracking) = anyText;
    }

    /// <summary>The ECMA-262 pattern, as written in the spec file or schema.</summary>
    public string Source { get; }

    /// <summary>The .NET pattern used for well-formed UTF-16 text (every surrogate in a pair): the usual case.</summary>
    public string DotNetPattern => _wellFormedPattern;

    /// <summary>True when well-formed text is matched by a <see cref="PositionAutomaton"/> rather than a .NET regular expression.</summary>
    public bool HasAutomaton => _automaton is not null;

    /// <summary>True when the automaton steps through ASCII text by table (<see cref="PositionAutomaton.HasAsciiSteps"/>).</summary>
    public bool HasAsciiSteps => _automaton is { HasAsciiSteps: true };

    /// <summary>The .NET pattern used for text with a lone surrogate, which ECMA-262 reads as a code point of its own.</summary>
    public string LoneSurrogatePattern => _anyTextPattern;

    /// <summary>
    /// True when well-formed text is matched by .NET's linear-time engine (RegexOptions.NonBacktracking); false when the
    /// pattern needs the backtracking engine (lookarounds, <c>\b</c>, <c>\B</c>, or too large an automaton), whose matches
    /// are bounded by <see cref="MatchTimeout"/>.
    /// </summary>
    public bool IsLinear => (WellFormed.Options & NonBacktracking) != 0;

    private Regex WellFormed => _wellFormed ??= Compile(_wellFormedPattern, _wellFormedNeedsBacktracking);

    private Regex AnyText => _anyText ??= _anyTextPattern == _wellFormedPattern ? WellFormed : Compile(_anyTextPattern, _anyTextNeedsBacktracking);

    /// <summary>Translates <paramref name="pattern"/>; null with the reason when it is not valid or not supported.</summary>
    public static EcmaRegex? TryCreate(string pattern, out EcmaPatternError? error)
    {
        EcmaNode root;
        try
        {
            root = EcmaPatternParser.Parse(pattern);
        }
        catch (EcmaPatternException exception)
        {
            error = exception.Error;
            return null;
        }

        error = null;
        return new EcmaRegex(pattern, DotNetPatternWriter.Write(root, loneSurrogates: false), DotNetPatternWriter.Write(root, loneSurrogates: true), PositionAutomaton.TryCreate(root));
    }

    /// <summary>
    /// Whether <paramref name="text"/> matches; <see cref="EcmaMatch.TimedOut"/> when a backtracking match took longer
    /// than <see cref="MatchTimeout"/>. Never throws for any text; allocates nothing once the pattern is compiled.
    /// </summary>
    /// <remarks>
    /// Well-formed text is matched by the pattern's <see cref="PositionAutomaton"/> when it has one (a small pattern
    /// without lookarounds or inner assertions: ids, paths, most spec patterns), which answers as the .NET engines do
    /// (a test holds the two to each other) in a fraction of their time per call.
    /// </remarks>
    public EcmaMatch Match(string text)
    {
        if (_automaton?.MatchAscii(text) is { } asciiMatch)
        {
            return asciiMatch ? EcmaMatch.Match : EcmaMatch.NoMatch;
        }

        var loneSurrogate = CodePoints.HasLoneSurrogate(text);
        if (_automaton is not null && !loneSurrogate)
        {
            return _automaton.IsMatch(text) ? EcmaMatch.Match : EcmaMatch.NoMatch;
        }

        var regex = loneSurrogate ? AnyText : WellFormed;
        try
        {
            return regex.IsMatch(text) ? EcmaMatch.Match : EcmaMatch.NoMatch;
        }
        catch (RegexMatchTimeoutException)
        {
            return EcmaMatch.TimedOut;
        }
    }

    private static Regex Compile(string pattern, bool needsBacktracking)
    {
        if (!needsBacktracking)
        {
            try
            {
                return new Regex(pattern, NonBacktracking, MatchTimeout);
            }
            catch (NotSupportedException)
            {
                // The automaton would be larger than .NET's limit (large counted repetitions): backtrack instead.
            }
            catch (ArgumentOutOfRangeException)
            {
                // A runtime older than .NET 7 (a generator hosted on .NET Framework): no NonBacktracking option.
            }
        }

        return new Regex(pattern, RegexOptions.None, MatchTimeout);
    }
}

/// <summary>The outcome of <see cref="EcmaRegex.Match"/>.</summary>
internal enum EcmaMatch
{
    /// <summary>The pattern matches nowhere in the text.</summary>
    NoMatch,

    /// <summary>The pattern matches somewhere in the text.</summary>
    Match,

    /// <summary>The match was given up after <see cref="EcmaRegex.MatchTimeout"/>; the answer is unknown.</summary>
    TimedOut,
}
