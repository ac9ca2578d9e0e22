using AiInfra.Domain.Parsing;

namespace AiInfra.Domain.Economics;

/// <summary>A fiscal calendar as a period's text names it: the month the fiscal year starts in (1 to 12) and how years are named.</summary>
internal readonly record struct FiscalCalendarFields(int StartMonth, FiscalYearNaming Naming);

/// <summary>What a period's text names: its kind, year and number (the quarter, half or count of quarters), and the fiscal calendar of a fiscal period.</summary>
internal readonly record struct ReportingPeriodFields(ReportingPeriodKind Kind, int Year, int Number, FiscalCalendarFields? Calendar);

/// <summary>
/// Reads reporting periods as reports write them ("3Q25", "2025 年 Q3", "2026年下半年", "1Q-3Q25", "9M25", "FY2Q25",
/// "FY2026-Q4@Feb"), without allocating.
/// </summary>
/// <remarks>
/// <para>The text is split into tokens: numbers, the Latin words Q, H, M, FY and YTD (case-insensitive, and split where
/// they touch, so "QFY" is Q then FY), the Chinese words 年, 年度, 全年, 财年, 第, 前, 季度, 季, 上半年, 下半年 and the
/// numerals 一 to 九, dashes, "@", "/" and an apostrophe. White space only separates tokens; full-width forms and the
/// dashes "–", "—", "−" and "~" are read as their ASCII counterparts.</para>
/// <para>Then, in order: a fiscal calendar after "@" is taken off the end; an FY, first or just before a final year, marks
/// the period fiscal; a trailing YTD marks it a year to date; the year is the first token when that is a number of more
/// than one digit not followed by M ("2025Q3", "25Q3", "2025 年 Q3", "2025-YTD-Q3"), otherwise the last ("3Q25",
/// "Q3 2025", "Q3'25", "1Q-3Q25", "9M25"); and what remains says which part of the year: nothing (the year), a quarter, a
/// range of quarters, a half, a count of months or a count of quarters after 前.</para>
/// </remarks>
internal static class ReportingPeriodParser
{
    /// <summary>The longest text read, in characters, white space around it excluded; no period is nearly as long.</summary>
    public const int MaxTextLength = 64;

    /// <summary>The accepted forms, for error messages.</summary>
    public const string AcceptedForms =
        "quarters 3Q25, 25Q3, 2025Q3, Q3 2025, 2025-Q3, 2025 年 Q3, 2025年第三季度; " +
        "halves 2H26, 1H2026, 2026 H2, 2026-H2, 2026年下半年; " +
        "years 2025, 2025年, 25 年; " +
        "years to date 1Q-3Q25, Q1-Q3 2025, 2025 年 Q1-Q3, 2025年前三季度, 9M25, 2025-YTD-Q3; " +
        "fiscal quarters and years, with the company's fiscal calendar given or written after @: " +
        "FY2Q25, FY2026 Q4, Q4 FY26, FY2025, FY2026-Q4@Feb, FY2025@Apr/start-year";

    // A valid text has at most about ten tokens ("FY2025-Q1@Apr/start-year" has ten).
    private const int MaxTokens = 16;

    private static readonly string[] s_monthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private enum TokenKind : byte
    {
        Number,
        ChineseNumber,
        Q,
        H,
        M,
        FY,
        Ytd,
        Word,
        Dash,
        At,
        Slash,
        Apostrophe,
        Nian,
        NianDu,
        QuanNian,
        CaiNian,
        Di,
        Qian,
        JiDu,
        FirstHalf,
        SecondHalf,
    }

    private enum SpecKind : byte
    {
        Year,
        Quarter,
        Half,
        YearToDate,
    }

    public static ReportingPeriod Parse(ReadOnlySpan<char> text, FiscalCalendar? calendar) =>
        TryParse(text, calendar, out var period, out var failure) ? period : throw CreateException(text, calendar, failure);

    /// <summary>Reads a period: its syntax (<see cref="TryReadFields"/>), then the period those fields name.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, FiscalCalendar? calendar, out ReportingPeriod result, out ParseFailure<ReportingPeriodParseError> failure)
    {
        result = default;
        if (!TryReadFields(text, calendar is { } given ? new FiscalCalendarFields(given.StartMonth, given.Naming) : null, out var fields, out failure))
        {
            return false;
        }

        var fiscalCalendar = fields.Calendar is { } c ? new FiscalCalendar(c.StartMonth, c.Naming) : default;
        result = ReportingPeriod.Create(fields.Kind, fields.Year, fields.Number, fiscalCalendar);
        return true;
    }

    /// <summary>
    /// The syntax of a period, with no NodaTime type: tokens, then the fiscal calendar after "@", the FY marker, a trailing
    /// YTD, where the year is, the year, what part of the year, and the fiscal calendar that applies.
    /// </summary>
    /// <param name="text">The text, white space around it included.</param>
    /// <param name="calendar">The fiscal calendar given by the caller, or null.</param>
    /// <param name="fields">What the text names.</param>
    /// <param name="failure">Why and where it names nothing.</param>
    public static bool TryReadFields(ReadOnlySpan<char> text, FiscalCalendarFields? calendar, out ReportingPeriodFields fields, out ParseFailure<ReportingPeriodParseError> failure)
    {
        failure = default;
        return TryReadCanonicalCalendarPeriod(text, out fields) || TryReadFieldsInFull(text, calendar, out fields, out failure);
    }

    /// <summary>
    /// A calendar period in the form this library writes (<see cref="ReportingPeriodFormatter"/>): "2022", "2025-Q3",
    /// "2024-H2", ASCII only, read without tokens; it means what <see cref="TryReadFieldsInFull"/> reads from the same
    /// text. Anything else, a year or a number out of range included, is left to it (for its error).
    /// </summary>
    private static bool TryReadCanonicalCalendarPeriod(ReadOnlySpan<char> text, out ReportingPeriodFields fields)
    {
        fields = default;
        if (text.Length is not (4 or 7) || !TryReadFourDigits(text, out var year) || year is < ReportingPeriod.MinYear or > ReportingPeriod.MaxYear)
        {
            return false;
        }

        if (text.Length == 4)
        {
            fields = new ReportingPeriodFields(ReportingPeriodKind.CalendarYear, year, 0, null);
            return true;
        }

        // The part of the year and how many of it a year has; none for any other letter.
        var (kind, partsInYear) = text[5] switch
        {
            'Q' => (ReportingPeriodKind.CalendarQuarter, 4),
            'H' => (ReportingPeriodKind.CalendarHalf, 2),
            _ => (default(ReportingPeriodKind), 0),
        };
        var number = text[6] - '0';
        if (text[4] != '-' || number < 1 || number > partsInYear)
        {
            return false;
        }

        fields = new ReportingPeriodFields(kind, year, number, null);
        return true;
    }

    private static bool TryReadFourDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        for (var i = 0; i < 4; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }

    /// <summary>The syntax of a period, read token by token (see <see cref="TryReadFields"/>).</summary>
    internal static bool TryReadFieldsInFull(ReadOnlySpan<char> text, FiscalCalendarFields? calendar, out ReportingPeriodFields fields, out ParseFailure<ReportingPeriodParseError> failure)
    {
        fields = default;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return Fail(out failure, ReportingPeriodParseError.Empty, 0, text.Length);
        }

        if (trimmed.Length > MaxTextLength)
        {
            return Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, 0, text.Length);
        }

        Span<Token> buffer = stackalloc Token[MaxTokens];
        if (!Tokenize(text, buffer, out var count, out failure))
        {
            return false;
        }

        var tokens = buffer[..count];
        var whole = new Part(tokens[0].Start, tokens[^1].End - tokens[0].Start);
        if (!TryTakeWrittenCalendar(text, ref tokens, out var written, out var calendarPart, out failure) ||
            !TryTakeFiscalMarker(ref tokens, out var fiscal, out failure))
        {
            return false;
        }

        // A trailing YTD, as in "3Q25 YTD".
        var yearToDate = false;
        if (tokens.Length > 1 && tokens[^1].Kind == TokenKind.Ytd)
        {
            yearToDate = true;
            tokens = tokens[..^1];
        }

        if (tokens.IsEmpty)
        {
            return Fail(out failure, ReportingPeriodParseError.MissingYear, whole);
        }

        if (!TryLocateYear(tokens, yearToDate, whole, ref fiscal, out var yearToken, out var twoDigitYearAllowed, out var specStart, out var specLength, out failure) ||
            !TryReadYear(yearToken, twoDigitYearAllowed, out var year, out failure) ||
            !TryReadSpec(tokens.Slice(specStart, specLength), yearToDate, whole, out var kind, out var number, out failure) ||
            !TryResolveCalendar(kind, fiscal, written, calendarPart, calendar, whole, out var applied, out failure))
        {
            return false;
        }

        var periodKind = (kind, fiscal) switch
        {
            (SpecKind.Quarter, false) => ReportingPeriodKind.CalendarQuarter,
            (SpecKind.Half, _) => ReportingPeriodKind.CalendarHalf,
            (SpecKind.YearToDate, _) => ReportingPeriodKind.YearToDate,
            (SpecKind.Quarter, true) => ReportingPeriodKind.FiscalQuarter,
            (SpecKind.Year, true) => ReportingPeriodKind.FiscalYear,
            _ => ReportingPeriodKind.CalendarYear,
        };

        fields = new ReportingPeriodFields(periodKind, year, number, applied);
        return true;
    }

    // A fiscal calendar written after "@", taken off the end of the tokens.
    private static bool TryTakeWrittenCalendar(ReadOnlySpan<char> text, ref Span<Token> tokens, out FiscalCalendarFields? written, out Part part, out ParseFailure<ReportingPeriodParseError> failure)
    {
        written = null;
        part = default;
        failure = default;
        var at = IndexOf(tokens, TokenKind.At);
        if (at < 0)
        {
            return true;
        }

        part = new Part(tokens[at].Start, tokens[^1].End - tokens[at].Start);
        if (!TryReadCalendar(text, tokens[(at + 1)..], out var read))
        {
            return Fail(out failure, ReportingPeriodParseError.InvalidFiscalCalendar, part);
        }

        written = read;
        tokens = tokens[..at];
        return true;
    }

    // FY, first or just before a final year, taken out of the tokens.
    private static bool TryTakeFiscalMarker(ref Span<Token> tokens, out bool fiscal, out ParseFailure<ReportingPeriodParseError> failure)
    {
        fiscal = false;
        failure = default;
        var fy = IndexOf(tokens, TokenKind.FY);
        if (fy < 0)
        {
            return true;
        }

        var beforeFinalYear = fy == tokens.Length - 2 && tokens[^1].Kind == TokenKind.Number;
        if ((fy != 0 && !beforeFinalYear) || IndexOf(tokens[(fy + 1)..], TokenKind.FY) >= 0)
        {
            return Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, tokens[fy].Start, tokens[fy].Length);
        }

        fiscal = true;
        if (fy == 0)
        {
            tokens = tokens[1..];
        }
        else
        {
            tokens[^2] = tokens[^1];
            tokens = tokens[..^1];
        }

        return true;
    }

    // The year: first ("2025Q3", "2025 年 Q3") or last ("3Q25", "Q3 2025", "9M25"); the rest (the spec) is given as a slice.
    private static bool TryLocateYear(
        ReadOnlySpan<Token> tokens,
        bool yearToDate,
        Part whole,
        ref bool fiscal,
        out Token yearToken,
        out bool twoDigitYearAllowed,
        out int specStart,
        out int specLength,
        out ParseFailure<ReportingPeriodParseError> failure)
    {
        failure = default;
        var first = tokens[0];
        if (first.Kind == TokenKind.Number && (tokens.Length == 1 || (first.Length != 1 && tokens[1].Kind != TokenKind.M)))
        {
            yearToken = first;
            specStart = 1;
            specLength = tokens.Length - 1;
            var marked = false;
            if (specLength > 0)
            {
                var next = tokens[1];
                switch (next.Kind)
                {
                    case TokenKind.Nian:
                        marked = true;
                        specStart++;
                        specLength--;
                        break;
                    case TokenKind.NianDu:
                        marked = true;
                        specStart++;
                        specLength--;
                        if (specLength > 0)
                        {
                            twoDigitYearAllowed = false;
                            return Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, tokens[specStart].Start, tokens[^1].End - tokens[specStart].Start);
                        }

                        break;
                    case TokenKind.CaiNian:
                        marked = true;
                        fiscal = true;
                        specStart++;
                        specLength--;
                        break;
                    case TokenKind.Dash:
                        if (specLength == 1)
                        {
                            twoDigitYearAllowed = false;
                            return Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, next.Start, next.Length);
                        }

                        specStart++;
                        specLength--;
                        break;
                }
            }

            // A bare "25" could be anything; "25 年", "FY25" and "25Q3" say it is a year.
            twoDigitYearAllowed = marked || fiscal || tokens.Length > 1;
            return true;
        }

        yearToken = tokens[^1];
        specStart = 0;
        specLength = tokens.Length - 1;
        twoDigitYearAllowed = true;
        if (yearToken.Kind != TokenKind.Number)
        {
            // A number that could be a year but is not at either end is out of place; otherwise there is no year.
            return Fail(out failure, HasYearLikeNumber(tokens) ? ReportingPeriodParseError.UnrecognizedForm : ReportingPeriodParseError.MissingYear, whole);
        }

        // "Q3", "H2", "Q1-Q3": the last number belongs to the quarter or half, and no year follows.
        if (yearToken.Length == 1 && TryReadSpec(tokens, yearToDate, whole, out _, out _, out _))
        {
            return Fail(out failure, ReportingPeriodParseError.MissingYear, whole);
        }

        if (specLength > 0 && tokens[specLength - 1].Kind == TokenKind.Apostrophe)
        {
            var apostrophe = tokens[specLength - 1];
            if (yearToken.Length != 2)
            {
                return Fail(out failure, ReportingPeriodParseError.MalformedYear, apostrophe.Start, yearToken.End - apostrophe.Start);
            }

            specLength--;
        }

        return true;
    }

    // The fiscal calendar a fiscal period takes (written after "@", or given), and the errors of calendars where they do not belong.
    private static bool TryResolveCalendar(
        SpecKind kind,
        bool fiscal,
        FiscalCalendarFields? written,
        Part calendarPart,
        FiscalCalendarFields? given,
        Part whole,
        out FiscalCalendarFields? applied,
        out ParseFailure<ReportingPeriodParseError> failure)
    {
        applied = null;
        failure = default;
        if (!fiscal)
        {
            return written is null || Fail(out failure, ReportingPeriodParseError.UnexpectedFiscalCalendar, calendarPart);
        }

        if (kind is SpecKind.Half or SpecKind.YearToDate)
        {
            return Fail(out failure, ReportingPeriodParseError.UnsupportedFiscalPeriod, whole);
        }

        if (written is { } w && given is { } g && !w.Equals(g))
        {
            return Fail(out failure, ReportingPeriodParseError.FiscalCalendarMismatch, calendarPart);
        }

        applied = written ?? given;
        return applied is not null || Fail(out failure, ReportingPeriodParseError.FiscalCalendarRequired, whole);
    }

    /// <summary>The exception for a failure of <see cref="TryParse"/>: the input quoted, what is wrong, and the accepted forms.</summary>
    public static ReportingPeriodFormatException CreateException(ReadOnlySpan<char> text, FiscalCalendar? calendar, ParseFailure<ReportingPeriodParseError> failure)
    {
        var part = QuotedInput.Quote(failure.PartOf(text));
        var reason = failure.Error switch
        {
            ReportingPeriodParseError.Empty => "it is empty",
            ReportingPeriodParseError.UnexpectedText => $"{part} is part of no accepted form",
            ReportingPeriodParseError.UnrecognizedForm when text.Trim().Length > MaxTextLength =>
                $"it is longer than {MaxTextLength} characters, which no reporting period is",
            ReportingPeriodParseError.UnrecognizedForm => $"{part} is not where an accepted form has it",
            ReportingPeriodParseError.MalformedYear =>
                $"{part} is not a year; a year has four digits, or two (meaning 2000 to 2099) next to a quarter or half, before 年 or after FY",
            ReportingPeriodParseError.YearOutOfRange => $"{part} is not a year from {ReportingPeriod.MinYear} to {ReportingPeriod.MaxYear}",
            ReportingPeriodParseError.MissingYear => "it has no year",
            ReportingPeriodParseError.QuarterOutOfRange => $"{part} is not a quarter; a quarter is 1 to 4",
            ReportingPeriodParseError.HalfOutOfRange => $"{part} is not a half; a half is 1 or 2",
            ReportingPeriodParseError.InvalidQuarterRange =>
                $"{part} is not a year to date; a range of quarters starts at the first quarter and does not end before it, as in 1Q-3Q25",
            ReportingPeriodParseError.InvalidMonthCount => $"{part} is not a year to date; a count of months is 3, 6, 9 or 12",
            ReportingPeriodParseError.FiscalCalendarRequired =>
                "it is a fiscal period and no fiscal calendar was given; fiscal years differ between companies and are never guessed, " +
                "so pass the company's FiscalCalendar or write it after @, as in FY2026-Q4@Feb",
            ReportingPeriodParseError.FiscalCalendarMismatch => $"its fiscal calendar {part} differs from the one given, @{calendar}",
            ReportingPeriodParseError.InvalidFiscalCalendar =>
                $"{part} is not a fiscal calendar; write @ and the English month the fiscal year starts in, then /start-year if fiscal years are named by the year they start in, as in @Jul or @Apr/start-year",
            ReportingPeriodParseError.UnexpectedFiscalCalendar => $"{part} is a fiscal calendar, and only a fiscal period (FY...) has one",
            ReportingPeriodParseError.UnsupportedFiscalPeriod => "fiscal halves and fiscal years to date are not supported, only fiscal quarters and fiscal years",
            _ => "it is not valid",
        };

        return new ReportingPeriodFormatException($"{QuotedInput.Quote(text)} is not a reporting period: {reason}. Accepted forms: {AcceptedForms}.", failure.Error);
    }

    private static bool Tokenize(ReadOnlySpan<char> text, Span<Token> tokens, out int count, out ParseFailure<ReportingPeriodParseError> failure)
    {
        count = 0;
        failure = default;
        var afterAt = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = Normalize(text[i]);
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c))
            {
                var value = 0;
                while (i < text.Length && char.IsAsciiDigit(Normalize(text[i])))
                {
                    // Capped: a number this long is an error whatever its value.
                    value = value < 100_000_000 ? (value * 10) + (Normalize(text[i]) - '0') : value;
                    i++;
                }

                if (!Add(tokens, ref count, new Token(TokenKind.Number, start, i - start, value), out failure))
                {
                    return false;
                }

                continue;
            }

            if (char.IsAsciiLetter(c))
            {
                var end = i;
                while (end < text.Length && char.IsAsciiLetter(Normalize(text[end])))
                {
                    end++;
                }

                if (afterAt)
                {
                    // A month name or "start", "end", "year": read whole.
                    if (!Add(tokens, ref count, new Token(TokenKind.Word, start, end - start, 0), out failure))
                    {
                        return false;
                    }

                    i = end;
                    continue;
                }

                while (i < end)
                {
                    var (kind, length) = LatinWord(text[i..end]);
                    if (length == 0)
                    {
                        return Fail(out failure, ReportingPeriodParseError.UnexpectedText, start, end - start);
                    }

                    if (!Add(tokens, ref count, new Token(kind, i, length, 0), out failure))
                    {
                        return false;
                    }

                    i += length;
                }

                continue;
            }

            var (symbol, symbolLength, number) = Symbol(text[i..]);
            if (symbolLength == 0)
            {
                var unknownLength = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                return Fail(out failure, ReportingPeriodParseError.UnexpectedText, i, unknownLength);
            }

            afterAt |= symbol == TokenKind.At;
            if (!Add(tokens, ref count, new Token(symbol, i, symbolLength, number), out failure))
            {
                return false;
            }

            i += symbolLength;
        }

        return true;
    }

    private static bool Add(Span<Token> tokens, ref int count, Token token, out ParseFailure<ReportingPeriodParseError> failure)
    {
        if (count == tokens.Length)
        {
            return Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, token.Start, token.Length);
        }

        tokens[count++] = token;
        failure = default;
        return true;
    }

    // The Latin word at the start of a run of letters, or length 0.
    private static (TokenKind Kind, int Length) LatinWord(ReadOnlySpan<char> letters)
    {
        if (StartsWith(letters, "YTD"))
        {
            return (TokenKind.Ytd, 3);
        }

        if (StartsWith(letters, "FY"))
        {
            return (TokenKind.FY, 2);
        }

        return char.ToUpperInvariant(Normalize(letters[0])) switch
        {
            'Q' => (TokenKind.Q, 1),
            'H' => (TokenKind.H, 1),
            'M' => (TokenKind.M, 1),
            _ => (TokenKind.Q, 0),
        };
    }

    // A symbol, Chinese word or Chinese numeral at the start of the text, or length 0.
    private static (TokenKind Kind, int Length, int Number) Symbol(ReadOnlySpan<char> text)
    {
        if (StartsWith(text, "上半年"))
        {
            return (TokenKind.FirstHalf, 3, 0);
        }

        if (StartsWith(text, "下半年"))
        {
            return (TokenKind.SecondHalf, 3, 0);
        }

        if (StartsWith(text, "季度"))
        {
            return (TokenKind.JiDu, 2, 0);
        }

        if (StartsWith(text, "财年"))
        {
            return (TokenKind.CaiNian, 2, 0);
        }

        if (StartsWith(text, "年度"))
        {
            return (TokenKind.NianDu, 2, 0);
        }

        if (StartsWith(text, "全年"))
        {
            return (TokenKind.QuanNian, 2, 0);
        }

        return Normalize(text[0]) switch
        {
            '-' => (TokenKind.Dash, 1, 0),
            '@' => (TokenKind.At, 1, 0),
            '/' => (TokenKind.Slash, 1, 0),
            '\'' => (TokenKind.Apostrophe, 1, 0),
            '年' => (TokenKind.Nian, 1, 0),
            '第' => (TokenKind.Di, 1, 0),
            '前' => (TokenKind.Qian, 1, 0),
            '季' => (TokenKind.JiDu, 1, 0),
            '零' or '〇' => (TokenKind.ChineseNumber, 1, 0),
            '一' => (TokenKind.ChineseNumber, 1, 1),
            '二' or '两' => (TokenKind.ChineseNumber, 1, 2),
            '三' => (TokenKind.ChineseNumber, 1, 3),
            '四' => (TokenKind.ChineseNumber, 1, 4),
            '五' => (TokenKind.ChineseNumber, 1, 5),
            '六' => (TokenKind.ChineseNumber, 1, 6),
            '七' => (TokenKind.ChineseNumber, 1, 7),
            '八' => (TokenKind.ChineseNumber, 1, 8),
            '九' => (TokenKind.ChineseNumber, 1, 9),
            _ => (TokenKind.Word, 0, 0),
        };
    }

    // Full-width ASCII as ASCII; every dash, the minus sign and the tilde as "-"; curly apostrophes as "'"; 財 as 财.
    private static char Normalize(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        return c switch
        {
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '~' => '-',
            '\u2018' or '\u2019' => '\'',
            '財' => '财',
            _ => c,
        };
    }

    // Case-insensitive for Latin letters, after Normalize.
    private static bool StartsWith(ReadOnlySpan<char> text, string word)
    {
        if (text.Length < word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (char.ToUpperInvariant(Normalize(text[i])) != char.ToUpperInvariant(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WordIs(ReadOnlySpan<char> text, Token token, string word) =>
        token.Kind == TokenKind.Word && token.Length == word.Length && StartsWith(text[token.Start..], word);

    // "@" taken off already: a month name, then optionally "/start-year" or "/end-year".
    private static bool TryReadCalendar(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, out FiscalCalendarFields calendar)
    {
        calendar = default;
        if (tokens.IsEmpty || tokens[0].Kind != TokenKind.Word)
        {
            return false;
        }

        var month = 0;
        for (var m = 0; m < 12 && month == 0; m++)
        {
            if (WordIs(text, tokens[0], FiscalCalendar.MonthAbbreviations[m]) || WordIs(text, tokens[0], s_monthNames[m]) || (m == 8 && WordIs(text, tokens[0], "Sept")))
            {
                month = m + 1;
            }
        }

        if (month == 0)
        {
            return false;
        }

        var naming = FiscalYearNaming.EndYear;
        if (tokens.Length > 1)
        {
            var named = tokens.Length == 5 && tokens[1].Kind == TokenKind.Slash && tokens[3].Kind == TokenKind.Dash && WordIs(text, tokens[4], "year");
            if (named && WordIs(text, tokens[2], "start"))
            {
                naming = FiscalYearNaming.StartYear;
            }
            else if (!(named && WordIs(text, tokens[2], "end")))
            {
                return false;
            }
        }

        // January names a fiscal year the same either way, and keeps the end year, as FiscalCalendar does.
        calendar = new FiscalCalendarFields(month, month == 1 ? FiscalYearNaming.EndYear : naming);
        return true;
    }

    private static bool TryReadYear(Token token, bool twoDigitYearAllowed, out int year, out ParseFailure<ReportingPeriodParseError> failure)
    {
        year = 0;
        failure = default;
        switch (token.Length)
        {
            case 4:
                year = token.Value;
                return year is >= ReportingPeriod.MinYear and <= ReportingPeriod.MaxYear
                    || Fail(out failure, ReportingPeriodParseError.YearOutOfRange, token.Start, token.Length);
            case 2 when twoDigitYearAllowed:
                year = 2000 + token.Value;
                return true;
            default:
                return Fail(out failure, ReportingPeriodParseError.MalformedYear, token.Start, token.Length);
        }
    }

    // What follows or precedes the year: nothing, a quarter, a range of quarters, a half, months, 前 n 季度, YTD and a quarter.
    private static bool TryReadSpec(ReadOnlySpan<Token> tokens, bool yearToDate, Part whole, out SpecKind kind, out int number, out ParseFailure<ReportingPeriodParseError> failure)
    {
        kind = SpecKind.Year;
        number = 0;
        failure = default;
        if (!tokens.IsEmpty && tokens[0].Kind == TokenKind.Ytd)
        {
            if (yearToDate)
            {
                return Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, tokens[0].Start, tokens[0].Length);
            }

            yearToDate = true;
            tokens = tokens[1..];
            if (!tokens.IsEmpty && tokens[0].Kind == TokenKind.Dash)
            {
                tokens = tokens[1..];
            }
        }

        if (tokens.IsEmpty)
        {
            return !yearToDate || Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, whole.Start, whole.Length);
        }

        var span = (Start: tokens[0].Start, Length: tokens[^1].End - tokens[0].Start);
        var first = tokens[0];
        var second = tokens.Length > 1 ? tokens[1].Kind : (TokenKind?)null;

        // 全年 (the whole year), 上半年 and 下半年.
        if (tokens.Length == 1 && first.Kind is TokenKind.QuanNian or TokenKind.FirstHalf or TokenKind.SecondHalf)
        {
            if (yearToDate)
            {
                return Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, span.Start, span.Length);
            }

            kind = first.Kind == TokenKind.QuanNian ? SpecKind.Year : SpecKind.Half;
            number = first.Kind switch
            {
                TokenKind.FirstHalf => 1,
                TokenKind.SecondHalf => 2,
                _ => 0,
            };
            return true;
        }

        // 前三季度: a count of quarters from the first.
        if (first.Kind == TokenKind.Qian)
        {
            if (tokens.Length != 3 || !IsNumeral(tokens[1]) || tokens[2].Kind != TokenKind.JiDu)
            {
                return Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, span.Start, span.Length);
            }

            kind = SpecKind.YearToDate;
            return TryReadQuarter(tokens[1], out number, out failure);
        }

        // H2, 2H.
        if (first.Kind == TokenKind.H || second == TokenKind.H)
        {
            var digit = tokens.Length != 2 ? default : first.Kind == TokenKind.H ? tokens[1] : first;
            if (tokens.Length != 2 || yearToDate || digit.Kind != TokenKind.Number)
            {
                return Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, span.Start, span.Length);
            }

            kind = SpecKind.Half;
            number = digit.Value;
            return (digit.Length == 1 && number is 1 or 2) || Fail(out failure, ReportingPeriodParseError.HalfOutOfRange, digit.Start, digit.Length);
        }

        // 9M: a count of months that is whole quarters.
        if (second == TokenKind.M)
        {
            if (tokens.Length != 2 || first.Kind != TokenKind.Number)
            {
                return Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, span.Start, span.Length);
            }

            kind = SpecKind.YearToDate;
            number = first.Value / 3;
            return (first.Value is 3 or 6 or 9 or 12 && first.Length <= 2) || Fail(out failure, ReportingPeriodParseError.InvalidMonthCount, span.Start, span.Length);
        }

        // A quarter (Q3, 3Q, 第三季度) or a range of quarters (1Q-3Q, Q1-Q3, 1-3Q, 1-3季度).
        var index = 0;
        if (!TryReadQuarterItem(tokens, ref index, out var from, out var fromMarked) ||
            (index < tokens.Length && tokens[index].Kind != TokenKind.Dash))
        {
            return Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, span.Start, span.Length);
        }

        if (index == tokens.Length)
        {
            if (!fromMarked)
            {
                return Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, span.Start, span.Length);
            }

            kind = yearToDate ? SpecKind.YearToDate : SpecKind.Quarter;
            return TryReadQuarter(from, out number, out failure);
        }

        index++;
        if (!TryReadQuarterItem(tokens, ref index, out var to, out var toMarked) || index != tokens.Length || !(fromMarked || toMarked))
        {
            return Fail(out failure, ReportingPeriodParseError.UnrecognizedForm, span.Start, span.Length);
        }

        if (!TryReadQuarter(from, out var fromQuarter, out failure) || !TryReadQuarter(to, out number, out failure))
        {
            return false;
        }

        kind = SpecKind.YearToDate;
        return (fromQuarter == 1 && number >= fromQuarter) || Fail(out failure, ReportingPeriodParseError.InvalidQuarterRange, span.Start, span.Length);
    }

    // [第] then Q n, n Q, n 季度, n 季 or a bare n (allowed only as one end of a range whose other end is marked).
    private static bool TryReadQuarterItem(ReadOnlySpan<Token> tokens, ref int index, out Token number, out bool marked)
    {
        number = default;
        marked = false;
        if (index < tokens.Length && tokens[index].Kind == TokenKind.Di)
        {
            index++;
        }

        if (index < tokens.Length && tokens[index].Kind == TokenKind.Q)
        {
            marked = true;
            index++;
        }

        if (index == tokens.Length || !IsNumeral(tokens[index]))
        {
            return false;
        }

        number = tokens[index++];
        if (!marked && index < tokens.Length && tokens[index].Kind is TokenKind.Q or TokenKind.JiDu)
        {
            marked = true;
            index++;
        }

        return true;
    }

    private static bool TryReadQuarter(Token token, out int quarter, out ParseFailure<ReportingPeriodParseError> failure)
    {
        quarter = token.Value;
        failure = default;
        return (token.Length == 1 && quarter is >= 1 and <= 4) || Fail(out failure, ReportingPeriodParseError.QuarterOutOfRange, token.Start, token.Length);
    }

    private static bool HasYearLikeNumber(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Number && token.Length > 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumeral(Token token) => token.Kind is TokenKind.Number or TokenKind.ChineseNumber;

    private static int IndexOf(ReadOnlySpan<Token> tokens, TokenKind kind)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Fail(out ParseFailure<ReportingPeriodParseError> failure, ReportingPeriodParseError error, int start, int length) =>
        ParseFailure<ReportingPeriodParseError>.Fail(out failure, error, start, length);

    private static bool Fail(out ParseFailure<ReportingPeriodParseError> failure, ReportingPeriodParseError error, Part part) =>
        ParseFailure<ReportingPeriodParseError>.Fail(out failure, error, part.Start, part.Length);

    // A part of the text: start and length in UTF-16 code units.
    private readonly record struct Part(int Start, int Length);

    private readonly record struct Token(TokenKind Kind, int Start, int Length, int Value)
    {
        public int End => Start + Length;
    }
}
