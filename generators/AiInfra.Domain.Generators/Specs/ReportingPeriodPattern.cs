using System.Linq;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// The JSON Schema pattern (ECMA-262) of the reporting periods the library's JSON reader accepts: the grammar of
/// <c>ReportingPeriodParser</c> with no fiscal calendar given, written out token by token. Its tokens are numbers, the
/// Latin words Q, H, M, FY and YTD (any case, full-width too), Chinese words and numerals, dashes, "@", "/" and an
/// apostrophe, with optional white space between them; full-width forms and the other dashes read as their ASCII
/// counterparts. Then: a year first or last, what part of the year, a fiscal form only with its calendar after "@", and
/// at most 64 characters once the white space around is trimmed.
/// </summary>
/// <remarks>
/// White space between tokens is optional, except that two numbers written together are one number: every number
/// token ends with <c>(?![0-9０-９])</c>, so the next token cannot be a number without white space between.
/// <c>PatternAgreementTests</c> (in the library's tests) compares the pattern (in ajv) with the parser on a large table
/// of texts.
/// </remarks>
internal static class ReportingPeriodPattern
{
    private static readonly string s_pattern = Build();

    public static string Pattern => s_pattern;

    private static string Build()
    {
        var s = QuantityPattern.WhiteSpace + "*";
        const string NumberEnd = "(?![0-9\uFF10-\uFF19])";
        const string Letter = "[A-Za-z\uFF21-\uFF3A\uFF41-\uFF5A]";

        // Numbers (ASCII or full-width digits).
        var year4 = $"(?:{Digits('1', '8')}{D}{D}{D}|{Digits('9', '9')}(?:{Digits('0', '8')}{D}{D}|{Digits('9', '9')}(?:{Digits('0', '8')}{D}|{Digits('9', '9')}{Digits('0', '8')}))){NumberEnd}";
        var year2 = $"{D}{D}{NumberEnd}";
        var year = $"(?:{year4}|{year2})";
        var quarterDigit = $"{Digits('1', '4')}{NumberEnd}";
        var firstQuarterDigit = $"{Digits('1', '1')}{NumberEnd}";
        var halfDigit = $"{Digits('1', '2')}{NumberEnd}";
        var months = $"(?:{Digits('0', '0')}?[369\uFF13\uFF16\uFF19]|{Digits('1', '1')}{Digits('2', '2')}){NumberEnd}";
        var quarter = $"(?:{quarterDigit}|[一二两三四])";
        var firstQuarter = $"(?:{firstQuarterDigit}|一)";

        // Words and symbols.
        var q = Word("q");
        var h = Word("h");
        var m = Word("m");
        var fy = Word("fy");
        var ytd = Word("ytd");
        const string Dash = "[\\-\u2010-\u2014\u2212~\uFF0D\uFF5E]";
        const string At = "[@\uFF20]";
        const string Slash = "[/\uFF0F]";
        const string Apostrophe = "['\u2018\u2019\uFF07]";
        const string Nian = "年";
        const string NianDu = "年度";
        const string CaiNian = "[财財]年";
        const string JiDu = "(?:季度|季)";
        const string WholeOrHalf = "(?:全年|上半年|下半年)";
        const string WholeYear = "全年";

        // A quarter: [第] then Q n, n Q, n 季度 (marked), or a bare n (one end of a range whose other end is marked).
        string Marked(string n) => $"(?:第{s})?(?:{q}{s}{n}|{n}{s}(?:{q}|{JiDu}))";
        string Unmarked(string n) => $"(?:第{s})?{n}";
        var single = Marked(quarter);
        var range = $"(?:{Marked(firstQuarter)}{s}{Dash}{s}(?:{Marked(quarter)}|{Unmarked(quarter)})|{Unmarked(firstQuarter)}{s}{Dash}{s}{Marked(quarter)})";
        var countOfQuarters = $"前{s}{quarter}{s}{JiDu}";
        var halfForm = $"(?:{h}{s}{halfDigit}|{halfDigit}{s}{h})";
        var monthsForm = $"{months}{s}{m}";

        // What follows or precedes the year: year to date (yearToDate), or anything (spec), or what a fiscal period may be.
        var toDate = $"(?:{countOfQuarters}|{monthsForm}|{single}|{range})";
        var spec = $"(?:{ytd}(?:{s}{Dash})?{s}{toDate}|{WholeOrHalf}|{countOfQuarters}|{halfForm}|{monthsForm}|{single}|{range})";
        var fiscalSpec = $"(?:{WholeYear}|{single})";

        // Calendar periods: the year first (alone only with four digits) or last, and a trailing YTD.
        // With a trailing YTD something must say which part of the year: "2025 YTD" and "2025年 YTD" are not periods.
        string YearFirst(string part, bool trailingYtd) => trailingYtd
            ? $"{year}{s}(?:{Nian}{s}{part}|{Dash}{s}{part}|{part})"
            : $"(?:{year}{s}(?:{Nian}(?:{s}{part})?|{NianDu}|{Dash}{s}{part}|{part})|{year4})";
        string YearLast(string part) => $"{part}{s}(?:{Apostrophe}{s}{year2}|{year})";
        var calendar = $"(?:{YearFirst(spec, trailingYtd: false)}|{YearLast(spec)}|(?:{YearFirst(toDate, trailingYtd: true)}|{YearLast(toDate)}){s}{ytd})";

        // Fiscal periods: FY first, or FY just before a final number, or 财年 after the year; then the calendar after "@".
        var fiscalCore = $"(?:{year}(?:{s}(?:(?:{Nian}|{CaiNian})(?:{s}{fiscalSpec})?|{NianDu}|{Dash}{s}{fiscalSpec}|{fiscalSpec}))?|{YearLast(fiscalSpec)})";
        var fiscalByCaiNian = $"{year}{s}{CaiNian}(?:{s}{fiscalSpec})?";
        var fyBeforeLast =
            $"(?:{year}{s}(?:(?:{Nian}|{CaiNian}|{Dash}){s})?(?:第{s})?{q}{s}{fy}{s}{quarterDigit}" +
            $"|{fiscalSpec}{s}(?:{Apostrophe}{s}{fy}{s}{year2}|{fy}{s}{year}))";
        var fiscal = $"(?:{fy}{s}{fiscalCore}|{fyBeforeLast}|{fiscalByCaiNian})";
        var monthNames = new[] { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December" };
        var month = "(?:" + string.Join("|", monthNames.OrderByDescending(n => n.Length).Select(Word)) + $")(?!{Letter})";
        var fiscalCalendar = $"{At}{s}{month}(?:{s}{Slash}{s}(?:{Word("start")}|{Word("end")})(?!{Letter}){s}{Dash}{s}{Word("year")}(?!{Letter}))?";

        var body = $"(?:{calendar}|{fiscal}{s}{fiscalCalendar})";
        var w = QuantityPattern.WhiteSpace;
        return $"^{w}*(?=[\\s\\S]{{1,64}}{w}*$)(?:{body}){w}*$";
    }

    private const string D = "[0-9\uFF10-\uFF19]";

    /// <summary>The digits from <paramref name="low"/> to <paramref name="high"/>, ASCII or full-width.</summary>
    private static string Digits(char low, char high) =>
        low == high ? $"[{low}{(char)(low + 0xFEE0)}]" : $"[{low}-{high}{(char)(low + 0xFEE0)}-{(char)(high + 0xFEE0)}]";

    /// <summary>A Latin word in any case, each letter also full-width.</summary>
    private static string Word(string word) =>
        string.Concat(word.Select(c =>
        {
            var lower = char.ToLowerInvariant(c);
            var upper = char.ToUpperInvariant(c);
            return $"[{lower}{upper}{(char)(lower + 0xFEE0)}{(char)(upper + 0xFEE0)}]";
        }));
}
