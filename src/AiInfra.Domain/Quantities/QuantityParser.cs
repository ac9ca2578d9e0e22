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
    private const NumberStyles Styles = QuantityGrammar.NumberStyles;

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
        if (!QuantityGrammar.TryRead(text, provider, new Units<TQuantity, TUnit>(provider), out var value, out var index, out var number, out failure))
        {
            return false;
        }

        var unit = Unsafe.As<int, TUnit>(ref index);
        if (!QuantityRange.CanHold(TQuantity.Info.UnitInfoOf(unit), value))
        {
            // Finite, but not in the base unit: located at the number, as a number that is not finite is; the detail names the unit.
            return ParseFailure<QuantityParseError>.Fail(out failure, QuantityParseError.NotFinite, number.Start, number.Length, index + 1);
        }

        result = TQuantity.From(value, unit);
        return true;
    }

    /// <summary>The units of <typeparamref name="TQuantity"/>, found as its generated <c>TryParseUnit</c> finds them.</summary>
    private readonly struct Units<TQuantity, TUnit>(IFormatProvider provider) : QuantityGrammar.IUnits
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        public int MaxAbbreviationLength => TQuantity.Info.MaxAbbreviationLength;

        public bool TryFind(ReadOnlySpan<char> abbreviation, out int unit)
        {
            var found = TQuantity.TryParseUnit(abbreviation, provider, out var value);
            unit = found ? Unsafe.As<TUnit, int>(ref value) : -1;
            return found;
        }
    }

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
