namespace AiInfra.Domain.Economics;

/// <summary>Why a text could not be read as a <see cref="ReportingPeriod"/>.</summary>
public enum ReportingPeriodParseError
{
    /// <summary>The text is empty or white space.</summary>
    Empty,

    /// <summary>A character or word that is part of no accepted form, such as "E" in "2026E" or "!" in "3Q25!".</summary>
    UnexpectedText,

    /// <summary>Every part is known but they are in no accepted order, such as "2025-" or "Q3 H2 2025", or the text is far too long.</summary>
    UnrecognizedForm,

    /// <summary>
    /// A year that is neither four digits nor two, such as "20255" or "225Q3"; or a bare two-digit year such as "25",
    /// which is read only next to a quarter or half ("3Q25"), before 年 ("25 年"), after FY ("FY25") or after an apostrophe ("Q3'25").
    /// </summary>
    MalformedYear,

    /// <summary>A four-digit year outside <see cref="ReportingPeriod.MinYear"/> to <see cref="ReportingPeriod.MaxYear"/>, such as "0999" or "9999".</summary>
    YearOutOfRange,

    /// <summary>The text names a quarter, half or year to date but no year, such as "Q3" or "前三季度".</summary>
    MissingYear,

    /// <summary>A quarter other than 1 to 4, such as "5Q25", "Q0 2025" or "1Q-5Q25".</summary>
    QuarterOutOfRange,

    /// <summary>A half other than 1 or 2, such as "3H25".</summary>
    HalfOutOfRange,

    /// <summary>A range of quarters that is not a year to date: it must start at the first quarter and not end before it, so "3Q-1Q25" and "2Q-3Q25" are errors.</summary>
    InvalidQuarterRange,

    /// <summary>A count of months that is not a whole number of quarters from the start of the year (3, 6, 9 or 12), such as "7M25".</summary>
    InvalidMonthCount,

    /// <summary>A fiscal form such as "FY2Q25" with no fiscal calendar, neither in the text ("@Jul") nor given to the parser; a company's fiscal year is never guessed.</summary>
    FiscalCalendarRequired,

    /// <summary>The text's fiscal calendar ("@Feb") differs from the one given to the parser.</summary>
    FiscalCalendarMismatch,

    /// <summary>What follows "@" is not a fiscal calendar: an English month name, optionally followed by "/start-year" or "/end-year".</summary>
    InvalidFiscalCalendar,

    /// <summary>A fiscal calendar ("@Jul") on a period that is not fiscal, such as "2025-Q3@Jul".</summary>
    UnexpectedFiscalCalendar,

    /// <summary>A fiscal half or fiscal year to date, such as "FY1H26"; only fiscal quarters and fiscal years are supported.</summary>
    UnsupportedFiscalPeriod,
}

/// <summary>
/// Thrown when a text is not a valid <see cref="ReportingPeriod"/>. The message quotes the input, says what is wrong and
/// lists the accepted forms; <see cref="Error"/> says the same for code.
/// </summary>
public sealed class ReportingPeriodFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public ReportingPeriodFormatException(string message, ReportingPeriodParseError error)
        : base(message)
    {
        Error = error;
    }

    /// <summary>What was wrong with the text.</summary>
    public ReportingPeriodParseError Error { get; }
}
