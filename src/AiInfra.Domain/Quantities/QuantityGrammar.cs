using System;
using System.Globalization;
using AiInfra.Domain.Parsing;

namespace AiInfra.Domain.Quantities;

/// <summary>
/// The text grammar of a quantity, "number, optional separators, unit" ("700 W", "1.2kW", "0.5" for a unit written as a
/// bare number): one piece of code compiled into the library, where <see cref="QuantityParser"/> reads with it, and into
/// the generator (a linked file), where catalogue values and spec constraints are read with it and a quantity's JSON
/// Schema pattern is made from its pieces. So the runtime, a catalogue's build and the schema cannot disagree on a text.
/// docs/quantities.md ("The text grammar") describes it.
/// </summary>
/// <remarks>
/// <para>The text, white space around it (<see cref="char.IsWhiteSpace(char)"/>) ignored, is split at its last
/// <see cref="IsSeparator"/>; without one, at the first of the last <see cref="IUnits.MaxAbbreviationLength"/> places
/// where the rest is a unit and the start a number; failing that, the whole text is the number of a unit written as a
/// bare number. The number is read with <see cref="NumberStyles"/> in the culture given (the invariant culture in JSON,
/// catalogues and schemas), must not contain NUL and must be finite. The unit is found exactly, then ignoring case when
/// exactly one unit matches (<see cref="IUnits.TryFind"/>).</para>
/// <para>A failure locates the part it concerns (<see cref="ParseFailure{TError}"/>): the whole text when it is empty,
/// the number when it is malformed or not finite, the unit when it is missing (an empty part at the end) or unknown, and
/// the unit after which no number stands when the number is missing.</para>
/// </remarks>
internal static class QuantityGrammar
{
    /// <summary>How the number is read: <see cref="NumberStyles.Float"/>, so no thousands separators.</summary>
    public const NumberStyles NumberStyles = System.Globalization.NumberStyles.Float;

    /// <summary>The separators a text is split at between its number and its unit, as an ECMA-262 character class.</summary>
    public const string SeparatorClass = @"[ \t\u00A0\u202F]";

    /// <summary>
    /// The number as <see cref="NumberStyles"/> reads it in the invariant culture, as an ECMA-262 pattern: a sign, digits
    /// with an optional '.', an optional exponent. (Its NaN and infinity symbols are not finite, so never a quantity.)
    /// </summary>
    public const string NumberPattern = @"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?";

    /// <summary>
    /// The white space trimmed around the text: .NET's char.IsWhiteSpace (U+0009 to U+000D, U+0085 and the Unicode space,
    /// line and paragraph separators), written out, because ECMA-262's \s is another set (it has U+FEFF and lacks U+0085).
    /// </summary>
    public const string WhiteSpacePattern = @"[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]";

    /// <summary>
    /// What stands between the number and the unit: the white space <see cref="NumberStyles"/> allows after a number
    /// (U+0009 to U+000D and the space), then the separators (<see cref="SeparatorClass"/>).
    /// </summary>
    public const string BetweenPattern = @"[\t-\r ]*" + SeparatorClass + "*";

    /// <summary>The units of one quantity, as the grammar needs them.</summary>
    public interface IUnits
    {
        /// <summary>The length of the longest abbreviation: no unit starts further from the end of a text without separators.</summary>
        int MaxAbbreviationLength { get; }

        /// <summary>Finds the unit written <paramref name="abbreviation"/>: exactly, then ignoring case when exactly one unit matches; the empty text finds a unit written as a bare number.</summary>
        /// <param name="abbreviation">The unit's text.</param>
        /// <param name="unit">The unit's index (its enum value), or -1.</param>
        bool TryFind(ReadOnlySpan<char> abbreviation, out int unit);
    }

    /// <summary>Whether <paramref name="c"/> separates the number from the unit: a space, a tab, U+00A0 or U+202F.</summary>
    public static bool IsSeparator(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F';

    /// <summary>Reads <paramref name="text"/> as a number and a unit of <paramref name="units"/>.</summary>
    /// <typeparam name="TUnits">The quantity's units (a struct, so that no lookup allocates).</typeparam>
    /// <param name="text">The text, white space around it included.</param>
    /// <param name="provider">The culture of the number.</param>
    /// <param name="units">The quantity's units.</param>
    /// <param name="value">The number, in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit's index.</param>
    /// <param name="number">Where the number is in <paramref name="text"/> (start and length), for an error about its value.</param>
    /// <param name="failure">Why and where the text is not a quantity.</param>
    /// <returns>True when the text is a finite number and a unit.</returns>
    public static bool TryRead<TUnits>(ReadOnlySpan<char> text, IFormatProvider provider, TUnits units, out double value, out int unit, out (int Start, int Length) number, out ParseFailure<QuantityParseError> failure)
        where TUnits : struct, IUnits
    {
        value = 0;
        unit = -1;
        number = default;
        var trimmedStart = text.Length - text.TrimStart().Length;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return ParseFailure<QuantityParseError>.Fail(out failure, QuantityParseError.Empty, 0, text.Length);
        }

        if (!TrySplit(trimmed, provider, units, out var numberEnd, out var unitStart))
        {
            failure = Classify(trimmed, provider, trimmedStart);
            return false;
        }

        var numberText = trimmed.Slice(0, numberEnd);
        var unitText = trimmed.Slice(unitStart);
        number = (trimmedStart, numberEnd);
        if (numberText.IsEmpty)
        {
            return ParseFailure<QuantityParseError>.Fail(out failure, QuantityParseError.MissingNumber, trimmedStart + unitStart, unitText.Length);
        }

        // double parsing ignores NUL characters after a number ("12.5\0 W"); they are not part of any number.
        if (numberText.IndexOf('\0') >= 0 || !TryParseDouble(numberText, provider, out value))
        {
            return ParseFailure<QuantityParseError>.Fail(out failure, QuantityParseError.MalformedNumber, trimmedStart, numberEnd);
        }

        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return ParseFailure<QuantityParseError>.Fail(out failure, QuantityParseError.NotFinite, trimmedStart, numberEnd);
        }

        if (unitText.Length > units.MaxAbbreviationLength || !units.TryFind(unitText, out unit))
        {
            return ParseFailure<QuantityParseError>.Fail(out failure, QuantityParseError.UnknownUnit, trimmedStart + unitStart, unitText.Length);
        }

        failure = default;
        return true;
    }

    /// <summary>
    /// Reads a double with <see cref="NumberStyles"/>: a plain short decimal in the invariant culture by
    /// <see cref="ShortDecimal"/> (the same double), anything else from a span in the library and through a string in
    /// the generator (netstandard2.0).
    /// </summary>
    public static bool TryParseDouble(ReadOnlySpan<char> text, IFormatProvider provider, out double value) =>
        ShortDecimal.TryParse(text, provider, out value) ||
#if AIINFRA_GENERATOR
        double.TryParse(text.ToString(), NumberStyles, provider, out value);
#else
        double.TryParse(text, NumberStyles, provider, out value);
#endif

    /// <summary>
    /// Splits at the last separator when there is one ("700 W"); otherwise at the first place where the rest is a unit
    /// and the start a number ("1.2kW", "5EFLOPS"), trying only the last <see cref="IUnits.MaxAbbreviationLength"/>
    /// places; otherwise the whole text is the number of a unit written as a bare number, when the quantity has one.
    /// </summary>
    private static bool TrySplit<TUnits>(ReadOnlySpan<char> text, IFormatProvider provider, TUnits units, out int numberEnd, out int unitStart)
        where TUnits : struct, IUnits
    {
        for (var i = text.Length - 1; i > 0; i--)
        {
            if (IsSeparator(text[i]))
            {
                numberEnd = i;
                while (numberEnd > 0 && IsSeparator(text[numberEnd - 1]))
                {
                    numberEnd--;
                }

                unitStart = i + 1;
                return true;
            }
        }

        for (var i = Math.Max(1, text.Length - units.MaxAbbreviationLength); i < text.Length; i++)
        {
            if (units.TryFind(text.Slice(i), out _) && TryParseDouble(text.Slice(0, i), provider, out _))
            {
                numberEnd = unitStart = i;
                return true;
            }
        }

        // A quantity with a unit written as a bare number (a ratio as a decimal fraction).
        if (units.TryFind(ReadOnlySpan<char>.Empty, out _) && TryParseDouble(text, provider, out _))
        {
            numberEnd = unitStart = text.Length;
            return true;
        }

        numberEnd = unitStart = 0;
        return false;
    }

    /// <summary>Says what is wrong with a text that has no separator and could not be split.</summary>
    private static ParseFailure<QuantityParseError> Classify(ReadOnlySpan<char> text, IFormatProvider provider, int offset)
    {
        if (TryParseDouble(text, provider, out _))
        {
            return new(QuantityParseError.MissingUnit, offset + text.Length, 0);
        }

        // The longest start that is a number, the rest is the unit.
        var numberEnd = NumberPrefix.LongestParsable(text.Slice(0, text.Length - 1), provider);
        if (numberEnd > 0)
        {
            return new(QuantityParseError.UnknownUnit, offset + numberEnd, text.Length - numberEnd);
        }

        var unitStart = 0;
        while (unitStart < text.Length && (char.IsDigit(text[unitStart]) || text[unitStart] is '.' or ',' or '-' or '+'))
        {
            unitStart++;
        }

        return unitStart == 0
            ? new(QuantityParseError.MissingNumber, offset, text.Length)
            : new(QuantityParseError.MalformedNumber, offset, unitStart);
    }
}
