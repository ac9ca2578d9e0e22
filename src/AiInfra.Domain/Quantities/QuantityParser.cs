using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using AiInfra.Domain.Parsing;

namespace AiInfra.Domain.Quantities;

/// <summary>
/// Reads "number unit" texts such as "700 W", "1.2kW" or "3.35 TB/s" for any quantity, without allocating on success.
/// The number is read with <see cref="NumberStyles.Float"/> (no thousands separators) in the given culture,
/// invariant when none is given. The unit is matched exactly (case-sensitive) first; a different case is accepted
/// only when it matches exactly one unit, so "700 w" reads as watts while "5 mw" is ambiguous (mW or MW).
/// Time is linear in the length of the text: no unit is longer than the quantity's longest abbreviation, so only that
/// many places at the end of a text without white space can start the unit.
/// </summary>
/// <remarks>
/// <para>A failure (<see cref="ParseFailure{TError}"/>) locates the part it concerns: the whole text when it is empty,
/// the number when it is malformed or not finite, the unit when it is missing (an empty part at the end), unknown,
/// ambiguous or of another quantity, and the unit after which no number stands when the number is missing. When a
/// finite number is beyond its unit's range, <see cref="ParseFailure{TError}.Detail"/> is that unit's index plus one.</para>
/// <para>Part of the contract between the quantity generator and this library: every generated quantity's <c>Parse</c>,
/// <c>TryParse</c> and <c>ParseUnit</c> call it, for the library's quantities and a project's own alike. Other code
/// calls those members.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static class QuantityParser
{
    private const NumberStyles Styles = NumberStyles.Float;

    /// <summary>Reads a <typeparamref name="TQuantity"/> from a text such as "700 W".</summary>
    /// <typeparam name="TQuantity">The quantity struct.</typeparam>
    /// <typeparam name="TUnit">Its unit enum.</typeparam>
    /// <param name="text">The number, optional white space and the unit's abbreviation; white space around it is ignored.</param>
    /// <param name="provider">The culture of the number; invariant when null.</param>
    /// <exception cref="QuantityFormatException">The text is not a <typeparamref name="TQuantity"/>; the message says why and lists the units.</exception>
    public static TQuantity Parse<TQuantity, TUnit>(ReadOnlySpan<char> text, IFormatProvider? provider)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum =>
        TryParse<TQuantity, TUnit>(text, provider, out var result, out var failure)
            ? result
            : throw CreateException(text, provider, failure, TQuantity.Info);

    /// <summary>Tries to read a <typeparamref name="TQuantity"/> from a text such as "700 W"; never throws.</summary>
    /// <typeparam name="TQuantity">The quantity struct.</typeparam>
    /// <typeparam name="TUnit">Its unit enum.</typeparam>
    /// <param name="text">The number, optional white space and the unit's abbreviation; white space around it is ignored.</param>
    /// <param name="provider">The culture of the number; invariant when null.</param>
    /// <param name="result">The quantity read, or <c>default</c>.</param>
    /// <returns>True when the text is a <typeparamref name="TQuantity"/>.</returns>
    public static bool TryParse<TQuantity, TUnit>(ReadOnlySpan<char> text, IFormatProvider? provider, out TQuantity result)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum =>
        TryParse<TQuantity, TUnit>(text, provider, out result, out _);

    internal static bool TryParse<TQuantity, TUnit>(ReadOnlySpan<char> text, IFormatProvider? provider, out TQuantity result, out ParseFailure<QuantityParseError> failure)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        provider ??= CultureInfo.InvariantCulture;
        result = default;
        var trimmedStart = text.Length - text.TrimStart().Length;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return Fail(out failure, QuantityParseError.Empty, 0, text.Length);
        }

        if (!Split<TQuantity, TUnit>(trimmed, provider, out var numberRange, out var unitRange))
        {
            failure = Classify(trimmed, provider, trimmedStart);
            return false;
        }

        var number = trimmed[numberRange];
        var unitText = trimmed[unitRange];
        var (numberStart, numberLength) = numberRange.GetOffsetAndLength(trimmed.Length);
        var (unitStart, unitLength) = unitRange.GetOffsetAndLength(trimmed.Length);
        if (number.IsEmpty)
        {
            return Fail(out failure, QuantityParseError.MissingNumber, trimmedStart + unitStart, unitLength);
        }

        // double parsing ignores NUL characters after a number ("12.5\0 W"); they are not part of any number.
        if (number.Contains('\0') || !double.TryParse(number, Styles, provider, out var value))
        {
            return Fail(out failure, QuantityParseError.MalformedNumber, trimmedStart + numberStart, numberLength);
        }

        if (!double.IsFinite(value))
        {
            return Fail(out failure, QuantityParseError.NotFinite, trimmedStart + numberStart, numberLength);
        }

        if (unitText.Length > TQuantity.Info.MaxAbbreviationLength || !TQuantity.TryParseUnit(unitText, provider, out var unit))
        {
            return Fail(out failure, QuantityParseError.UnknownUnit, trimmedStart + unitStart, unitLength);
        }

        if (!QuantityRange.CanHold(TQuantity.Info.UnitInfoOf(unit), value))
        {
            return Fail(out failure, QuantityParseError.NotFinite, trimmedStart + numberStart, numberLength, Unsafe.As<TUnit, int>(ref unit) + 1);
        }

        result = TQuantity.From(value, unit);
        failure = default;
        return true;
    }

    /// <summary>
    /// Splits at the last white space when there is one ("700 W"); otherwise at the first place where the rest is a
    /// unit of this quantity and the start a number ("1.2kW", "5EFLOPS"). Only the last
    /// <see cref="QuantityInfo{TUnit}.MaxAbbreviationLength"/> places can start a unit, so at most that many numbers are read.
    /// </summary>
    private static bool Split<TQuantity, TUnit>(ReadOnlySpan<char> text, IFormatProvider provider, out Range number, out Range unit)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        for (var i = text.Length - 1; i > 0; i--)
        {
            if (IsSpace(text[i]))
            {
                var numberEnd = i;
                while (numberEnd > 0 && IsSpace(text[numberEnd - 1]))
                {
                    numberEnd--;
                }

                number = ..numberEnd;
                unit = (i + 1)..;
                return true;
            }
        }

        for (var i = Math.Max(1, text.Length - TQuantity.Info.MaxAbbreviationLength); i < text.Length; i++)
        {
            if (TQuantity.TryParseUnit(text[i..], provider, out _) && double.TryParse(text[..i], Styles, provider, out _))
            {
                number = ..i;
                unit = i..;
                return true;
            }
        }

        // A quantity with a unit written as a bare number (a ratio as a decimal fraction).
        if (TQuantity.TryParseUnit(ReadOnlySpan<char>.Empty, provider, out _) && double.TryParse(text, Styles, provider, out _))
        {
            number = ..;
            unit = text.Length..;
            return true;
        }

        number = default;
        unit = default;
        return false;
    }

    /// <summary>Says what is wrong with a text that has no white space and could not be split.</summary>
    private static ParseFailure<QuantityParseError> Classify(ReadOnlySpan<char> text, IFormatProvider provider, int offset)
    {
        if (double.TryParse(text, Styles, provider, out _))
        {
            return new(QuantityParseError.MissingUnit, offset + text.Length, 0);
        }

        // The longest start that is a number, the rest is the unit.
        var numberEnd = NumberPrefix.LongestParsable(text[..^1], Styles, provider);
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

    private static bool Fail(out ParseFailure<QuantityParseError> failure, QuantityParseError error, int start, int length, int detail = 0) =>
        ParseFailure<QuantityParseError>.Fail(out failure, error, start, length, detail);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F';

    /// <summary>The exception for a failure, with a message that names the input and lists the units.</summary>
    internal static QuantityFormatException CreateException(ReadOnlySpan<char> text, IFormatProvider? provider, ParseFailure<QuantityParseError> failure, QuantityInfo info)
    {
        var error = failure.Error;
        var part = failure.PartOf(text);
        var reason = error switch
        {
            QuantityParseError.Empty => "it is empty",
            QuantityParseError.MissingNumber => "it has no number before the unit",
            QuantityParseError.MalformedNumber => $"{QuotedInput.Quote(part)} is not a number in {CultureName(provider)} (no thousands separators)",
            QuantityParseError.NotFinite when failure.Detail > 0 && double.TryParse(part, Styles, provider ?? CultureInfo.InvariantCulture, out var value) =>
                QuantityRange.Describe(info, info.UnitInfos[failure.Detail - 1], value),
            QuantityParseError.NotFinite => $"{QuotedInput.Quote(part)} is not a finite number",
            QuantityParseError.MissingUnit => "it has no unit",
            _ => DescribeUnit(part, info, ref error),
        };

        var message = error == QuantityParseError.Empty
            ? $"An empty text is not a {info.Name}. {Expected(info)}"
            : $"{QuotedInput.Quote(text)} is not a {info.Name}: {reason}. {Expected(info)}";
        return new QuantityFormatException(message, error, info.Name);
    }

    /// <summary>The exception for an abbreviation that names no unit of <typeparamref name="TQuantity"/>, or several, for the caller to throw.</summary>
    /// <typeparam name="TQuantity">The quantity struct.</typeparam>
    /// <typeparam name="TUnit">Its unit enum.</typeparam>
    /// <param name="abbreviation">The abbreviation that was not found.</param>
    /// <returns>An exception whose message says whether the abbreviation is ambiguous or a unit of another quantity, and lists the units.</returns>
    public static QuantityFormatException UnitNotFound<TQuantity, TUnit>(string abbreviation)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(abbreviation);
        var info = TQuantity.Info;
        var error = QuantityParseError.UnknownUnit;
        var reason = DescribeUnit(abbreviation, info, ref error);
        return new QuantityFormatException($"{QuotedInput.Quote(abbreviation)} is not a unit of {info.Name}: {reason}. Units: {info.DescribeUnits()}.", error, info.Name);
    }

    private static string DescribeUnit(ReadOnlySpan<char> unit, QuantityInfo info, ref QuantityParseError error)
    {
        var quoted = QuotedInput.Quote(unit);
        var caseMatches = UnitLookup.CaseInsensitiveMatches(unit, info);
        if (caseMatches.Count > 1)
        {
            error = QuantityParseError.AmbiguousUnit;
            return $"{quoted} could be {string.Join(" or ", caseMatches)}, which differ by case";
        }

        // An empty abbreviation is "no unit", not a unit of Ratio (whose decimal fraction is written as a bare number).
        var others = unit.Length == 0 ? [] : UnitLookup.QuantitiesWithAbbreviation(unit, info);
        if (others.Count > 0)
        {
            error = QuantityParseError.WrongDimension;
            return $"{quoted} is a unit of {string.Join(" and ", others.Select(o => o.Name))}, not of {info.Name}";
        }

        error = QuantityParseError.UnknownUnit;
        return $"{quoted} is not a unit of {info.Name}";
    }

    private static string Expected(QuantityInfo info)
    {
        var example = info.BaseUnitInfo.Abbreviation.Length == 0 ? "0.5" : "1 " + info.BaseUnitInfo.Abbreviation;
        return $"Expected a number and one of the units of {info.Name}, for example \"{example}\"; units: {info.DescribeUnits()}.";
    }

    private static string CultureName(IFormatProvider? provider) =>
        provider is CultureInfo { Name.Length: > 0 } culture ? $"the culture {culture.Name}" : "the invariant culture";
}
