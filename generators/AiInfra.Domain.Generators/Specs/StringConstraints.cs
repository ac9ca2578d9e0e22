using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using AiInfra.Domain.Validation.JsonSchemaStrings;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// Checks a string (a catalogue value or a default) against a property's pattern, minLength and maxLength at build
/// time, with the runtime's meaning: the same ECMA-262 translation and code-point counting, compiled into both.
/// </summary>
internal static class StringConstraints
{
    /// <summary>Translated patterns, by source; cleared when it grows large (an IDE session edits patterns for hours).</summary>
    private static readonly ConcurrentDictionary<string, EcmaRegex?> Patterns = new(System.StringComparer.Ordinal);

    /// <summary>The problems of <paramref name="text"/>, each as the runtime's error code and a message.</summary>
    public static IEnumerable<(string Code, string Message)> Problems(ValueModel value, string text)
    {
        if (value.Pattern is { } pattern)
        {
            switch (Compiled(pattern)?.Match(text))
            {
                case EcmaMatch.NoMatch:
                    yield return ("value.pattern", $"\"{text}\" does not match the pattern {pattern}");
                    break;
                case EcmaMatch.TimedOut:
                    yield return ("value.pattern-timeout", $"the pattern {pattern} could not be checked on \"{text}\" within {EcmaRegex.MatchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
                    break;
            }
        }

        if (value.MinLength < 0 && value.MaxLength < 0)
        {
            yield break;
        }

        var count = CodePoints.Count(text);
        if (value.MinLength >= 0 && count < value.MinLength)
        {
            yield return ("value.too-short", "the text " + CodePoints.TooShort(count, value.MinLength));
        }

        if (value.MaxLength >= 0 && count > value.MaxLength)
        {
            yield return ("value.too-long", "the text " + CodePoints.TooLong(count, value.MaxLength));
        }
    }

    /// <summary>The translated pattern; null when it is invalid (the spec parser reports it as AIINFRA214).</summary>
    private static EcmaRegex? Compiled(string pattern)
    {
        if (Patterns.Count > 256)
        {
            Patterns.Clear();
        }

        return Patterns.GetOrAdd(pattern, p => EcmaRegex.TryCreate(p, out _));
    }
}
