using System;

namespace AiInfra.Domain.Parsing;

/// <summary>
/// Why and where a text could not be read: the one failure shape of the library's text parsers (quantities, money,
/// reporting periods), a value (never an exception, never an allocation) that the parser's <c>CreateException</c>
/// turns into the message and exception its <c>Parse</c> throws and its JSON readers report.
/// </summary>
/// <typeparam name="TError">The parser's public error enum (<c>QuantityParseError</c>, <c>MoneyParseError</c>, <c>ReportingPeriodParseError</c>).</typeparam>
/// <param name="Error">What is wrong.</param>
/// <param name="Start">Where the part of the text the error concerns starts, in UTF-16 code units from the start of the text as given (white space included).</param>
/// <param name="Length">The length of that part in UTF-16 code units: the whole text when the error concerns no one part, 0 for something missing at <paramref name="Start"/>.</param>
/// <param name="Detail">A parser's own refinement for the message, 0 when there is none.</param>
internal readonly record struct ParseFailure<TError>(TError Error, int Start, int Length, int Detail = 0)
    where TError : struct, Enum
{
    /// <summary>Where the part ends: <see cref="Start"/> + <see cref="Length"/>.</summary>
    public int End => Start + Length;

    /// <summary>The part of <paramref name="text"/> the error concerns.</summary>
    public ReadOnlySpan<char> PartOf(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>Sets <paramref name="failure"/> and returns false, for a parser's <c>return Fail(...)</c>.</summary>
    public static bool Fail(out ParseFailure<TError> failure, TError error, int start, int length, int detail = 0)
    {
        failure = new ParseFailure<TError>(error, start, length, detail);
        return false;
    }
}
