using System;
using System.Globalization;

namespace AiInfra.Domain.Quantities;

/// <summary>
/// Finds the longest start of a text that <see cref="QuantityGrammar.TryParseDouble"/> reads, in time linear in the text, for the messages about a malformed quantity ("700XW": the number "700", the unit "XW").
/// </summary>
/// <remarks>
/// Trying every start from the longest reads a number per character: quadratic. Instead the starts up to
/// <see cref="ExhaustiveLength"/> characters are all tried (so short texts, and NaN and infinity symbols, are judged
/// exactly as before), and longer ones only where a float grammar (white space, sign, digits, decimal separator,
/// exponent, trailing white space and NULs) could end, the longest few first.
/// </remarks>
internal static class NumberPrefix
{
    /// <summary>Starts up to this length are all tried.</summary>
    private const int ExhaustiveLength = 32;

    /// <summary>How many of the longest places where the grammar could end are tried; none valid gives up on the long starts.</summary>
    private const int LongCandidates = 4;

    /// <summary>The length of the longest start of <paramref name="text"/> that parses as a double, or 0 when none does.</summary>
    public static int LongestParsable(ReadOnlySpan<char> text, IFormatProvider provider)
    {
        var best = text.Length > ExhaustiveLength ? LongestByGrammar(text, provider) : 0;
        for (var i = Math.Min(text.Length, ExhaustiveLength); i > best; i--)
        {
            if (QuantityGrammar.TryParseDouble(text[..i], provider, out _))
            {
                return i;
            }
        }

        return best;
    }

    private static int LongestByGrammar(ReadOnlySpan<char> text, IFormatProvider provider)
    {
        Span<int> ends = stackalloc int[LongCandidates];
        var found = 0;
        var format = NumberFormatInfo.GetInstance(provider);
        var position = Skip(text, 0, IsWhite);
        position += SignLength(text[position..], format);
        var integerEnd = Skip(text, position, IsAsciiDigit);
        var end = integerEnd;
        var digits = integerEnd > position;
        RecordEach(ends, ref found, position + 1, integerEnd);

        var separator = format.NumberDecimalSeparator;
        if (separator.Length > 0 && text[end..].StartsWith(separator.AsSpan(), StringComparison.Ordinal))
        {
            var fractionStart = end + separator.Length;
            var fractionEnd = Skip(text, fractionStart, IsAsciiDigit);
            if (digits || fractionEnd > fractionStart)
            {
                // "5." is a number, "." is not.
                RecordEach(ends, ref found, digits ? fractionStart : fractionStart + 1, fractionEnd);
                digits = true;
                end = fractionEnd;
            }
        }

        if (!digits)
        {
            return 0;
        }

        if (end < text.Length && text[end] is 'e' or 'E')
        {
            var exponentStart = end + 1 + SignLength(text[(end + 1)..], format);
            var exponentEnd = Skip(text, exponentStart, IsAsciiDigit);
            if (exponentEnd > exponentStart)
            {
                RecordEach(ends, ref found, exponentStart + 1, exponentEnd);
                end = exponentEnd;
            }
        }

        var whiteEnd = Skip(text, end, IsWhite);
        RecordEach(ends, ref found, end + 1, whiteEnd);
        RecordEach(ends, ref found, whiteEnd + 1, Skip(text, whiteEnd, static c => c == '\0'));

        for (var i = 0; i < Math.Min(found, LongCandidates); i++)
        {
            var candidate = ends[(found - 1 - i) % LongCandidates];
            if (QuantityGrammar.TryParseDouble(text[..candidate], provider, out _))
            {
                return candidate;
            }
        }

        return 0;
    }

    /// <summary>Records every end from <paramref name="from"/> to <paramref name="to"/>, keeping the last few.</summary>
    private static void RecordEach(Span<int> ends, ref int found, int from, int to)
    {
        for (var end = Math.Max(from, to - LongCandidates + 1); end <= to; end++)
        {
            ends[found++ % LongCandidates] = end;
        }
    }

    private static int Skip(ReadOnlySpan<char> text, int position, Func<char, bool> predicate)
    {
        while (position < text.Length && predicate(text[position]))
        {
            position++;
        }

        return position;
    }

    // An ASCII digit (char.IsAsciiDigit is not in netstandard2.0, where the generator compiles this file).
    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    /// <summary>The white space <see cref="NumberStyles.AllowLeadingWhite"/> and <see cref="NumberStyles.AllowTrailingWhite"/> allow.</summary>
    private static bool IsWhite(char c) => c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ';

    private static int SignLength(ReadOnlySpan<char> text, NumberFormatInfo format)
    {
        if (format.NegativeSign.Length > 0 && text.StartsWith(format.NegativeSign.AsSpan(), StringComparison.Ordinal))
        {
            return format.NegativeSign.Length;
        }

        if (format.PositiveSign.Length > 0 && text.StartsWith(format.PositiveSign.AsSpan(), StringComparison.Ordinal))
        {
            return format.PositiveSign.Length;
        }

        return text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
    }
}
