namespace AiInfra.Domain.Tests.JsonSchemaStrings;

/// <summary>
/// The table of ECMA-262 constructs (u flag, as ajv compiles JSON Schema patterns) with texts it accepts and rejects,
/// most of them where .NET's own regex semantics answer otherwise; and the patterns the translator refuses. The .NET
/// tests run it through <see cref="AiInfra.Domain.Validation.JsonSchemaPattern"/>; the ajv test checks that the
/// expected answers are JavaScript's.
/// </summary>
public static class EcmaPatternCases
{
    /// <summary>A pattern, a text, whether ECMA-262 finds a match in it, and what the row shows.</summary>
    public sealed record Row(string Pattern, string Text, bool Matches, string Shows)
    {
        public override string ToString() => $"{Shows}: /{Escape(Pattern)}/u on \"{Escape(Text)}\" is {(Matches ? "a match" : "no match")}";
    }

    /// <summary>A refused pattern: where (UTF-16 index), which construct, and whether it is valid ECMA-262 that is not supported.</summary>
    public sealed record Refusal(string Pattern, int Index, string Construct, bool Unsupported)
    {
        public override string ToString() => $"/{Escape(Pattern)}/u refused at {Index}: {Construct}";
    }

    public static readonly Row[] Rows =
    [
        // $ is the end of the text; ^ its start (no multiline flag).
        new("^a$", "a", true, "$ at the end"),
        new("^a$", "a\n", false, "$ never matches before a final line feed"),
        new("^nvidia-h100-sxm$", "nvidia-h100-sxm\n", false, "$ never matches before a final line feed"),
        new("a$", "a\r\n", false, "$ is not before \\r\\n"),
        new("^a", "b\na", false, "^ is not after a line feed"),
        new("a", "bab", true, "a pattern is searched anywhere"),
        new("^(a+|){2}", "a/", true, "an empty iteration counts towards a repetition's minimum"),
        new("^(?:a|){3}$", "a", true, "two empty iterations count towards a repetition's count"),
        new("^(a+|){2}", "a\uD800", true, "an empty iteration counts also in text with a lone surrogate"),

        // \d, \w, \s and their negations.
        new(@"^\d$", "7", true, @"\d is an ASCII digit"),
        new(@"^\d$", "\u0663", false, @"\d excludes Arabic-Indic digits"),
        new(@"^\d$", "\uFF13", false, @"\d excludes full-width digits"),
        new(@"^\D$", "\u0663", true, @"\D includes non-ASCII digits"),
        new(@"^\w$", "_", true, @"\w includes _"),
        new(@"^\w$", "\u00E9", false, @"\w excludes é"),
        new(@"^\w$", "\u017F", false, @"\w excludes ſ"),
        new(@"^\w$", "\u212A", false, @"\w excludes the Kelvin sign"),
        new(@"^\W$", "\u00E9", true, @"\W includes é"),
        new(@"^\s$", "\uFEFF", true, @"\s includes U+FEFF"),
        new(@"^\s$", "\u00A0", true, @"\s includes no-break space"),
        new(@"^\s$", "\u1680", true, @"\s includes every Zs"),
        new(@"^\s$", "\u200A", true, @"\s includes every Zs"),
        new(@"^\s$", "\u202F", true, @"\s includes every Zs"),
        new(@"^\s$", "\u3000", true, @"\s includes every Zs"),
        new(@"^\s$", "\u2028", true, @"\s includes the line separator"),
        new(@"^\s$", "\u000B", true, @"\s includes the vertical tab"),
        new(@"^\s$", "\u0085", false, @"\s excludes U+0085"),
        new(@"^\s$", "\u180E", false, @"\s excludes U+180E (not Zs)"),
        new(@"^\s$", "\u200B", false, @"\s excludes the zero-width space"),
        new(@"^\S$", "\u0085", true, @"\S includes U+0085"),

        // . excludes exactly the four line terminators and takes a whole code point.
        new("^.$", "\n", false, ". excludes \\n"),
        new("^.$", "\r", false, ". excludes \\r"),
        new("^.$", "\u2028", false, ". excludes U+2028"),
        new("^.$", "\u2029", false, ". excludes U+2029"),
        new("^.$", "\u0085", true, ". includes U+0085"),
        new("^.$", "\U0001F50C", true, ". takes one emoji whole"),
        new("^..$", "\U0001F50C", false, ". never takes half an emoji"),
        new("^.$", "\uD83D", true, "a lone lead surrogate is one code point"),
        new("^.$", "\uDE00", true, "a lone trail surrogate is one code point"),
        new("^..$", "a\uD83D", true, "a lone surrogate at the end is one code point"),
        new("^.{2}$", "\U0001F50C\U0001F50C", true, "a repeated . counts code points"),

        // \b and \B use [A-Za-z0-9_].
        new(@"\bkW\b", "5 kW", true, @"\b between a space and a letter"),
        new(@"\bkW\b", "kW\u00E9", true, @"é is not a word character for \b"),
        new(@"\b\u00E9", "\u00E9", false, @"no boundary before é"),
        new(@"\B\u00E9", "\u00E9", true, @"\B before é"),
        new(@"\bkW\b", "kWh", false, @"no boundary between W and h"),

        // Classes: code points, escapes inside, negation, ranges.
        new("^[^a]$", "\U0001F50C", true, "a negated class takes a whole emoji"),
        new("^[^a]$", "\uD83D", true, "a negated class takes a lone surrogate"),
        new("^[^a][\\uDC00-\\uDFFF]$", "\U0001F50C", false, "a class never splits a surrogate pair"),
        new("^[\U0001F600-\U0001F64F]$", "\U0001F601", true, "a range of emoji"),
        new(@"^[\u{1F600}-\u{1F64F}]$", "\U0001F601", true, @"a range of \u{...} escapes"),
        new(@"^[\uD83D\uDE00-\uD83D\uDE4F]$", "\U0001F601", true, "a range of surrogate-pair escapes"),
        new(@"^[\u{1F600}-\u{1F64F}]$", "\U0001F650", false, "outside the range of emoji"),
        new("^[a-z]$", "\u00E9", false, "é is not in a-z"),
        new(@"^[\d-]$", "-", true, @"a - after \d is literal"),
        new(@"^[\w]$", "\u00E9", false, @"\w inside a class"),
        new(@"^[^\s]$", "\uFEFF", false, @"\s inside a negated class"),
        new(@"^[\s]$", "\u0085", false, @"\s inside a class excludes U+0085"),
        new("^[.]$", "a", false, ". is literal inside a class"),
        new(@"^[\b]$", "\b", true, @"[\b] is the backspace"),
        new("^[]$", "a", false, "[] matches nothing"),
        new("^[^]$", "\n", true, "[^] matches anything"),
        new("^[--/]$", ".", true, "a range from -"),
        new(@"^[\-]$", "-", true, @"\- inside a class"),
        new(@"^[^\d\s]$", "\u0663", true, "a negated class of escapes"),

        // Literals and escapes.
        new("^\U0001F50C$", "\U0001F50C", true, "a literal emoji"),
        new(@"^\u{1F50C}$", "\U0001F50C", true, @"\u{...}"),
        new(@"^\uD83D\uDD0C$", "\U0001F50C", true, "a surrogate pair of escapes is one code point"),
        new(@"^\uD83D$", "\U0001F50C", false, "a lead surrogate escape does not match half a pair"),
        new(@"\uDD0C", "\U0001F50C", false, "a trail surrogate escape does not match half a pair"),
        new(@"^\uD83D$", "\uD83D", true, "a lone surrogate escape matches a lone surrogate"),
        new(@"^\cJ$", "\n", true, @"\cJ"),
        new(@"^\0$", "\0", true, @"\0"),
        new(@"^\x41$", "A", true, @"\x41"),
        new(@"^\/$", "/", true, @"\/"),
        new(@"^\u{10FFFF}$", "\U0010FFFF", true, "the last code point"),
        new(@"^\t\v\f$", "\t\v\f", true, "control escapes"),

        // Quantifiers on code points.
        new("^\U0001F50C{2}$", "\U0001F50C\U0001F50C", true, "an emoji repeated"),
        new("^a{2,3}$", "aaaa", false, "{2,3}"),
        new("^a*?$", "aaa", true, "a lazy loop still matches"),
        new("^(?:ab)+$", "abab", true, "a group repeated"),
        new("^(a+)+$", "aaaaaaaaaaaaaaaaaaaa!", false, "nested loops (20 a: JavaScript backtracks exponentially)"),

        // Lookarounds and groups.
        new(@"^(?=.*\d)\w+$", "abc1", true, "a lookahead"),
        new(@"^(?!x)\w$", "x", false, "a negative lookahead"),
        new(@"(?<=\$)\d", "$5", true, "a lookbehind"),
        new(@"(?<!\$)\d", "$5", false, "a negative lookbehind"),
        new("(?<=^\U0001F50C)a", "\U0001F50Ca", true, "a lookbehind over an emoji"),
        new(@"^(?<year>\d{4})-(?<month>\d{2})$", "2025-03", true, "named groups"),
        new("^(?:a|b)$", "b", true, "alternatives"),

        // Unicode properties (General_Category), on code points.
        new(@"^\p{L}+$", "a\u00E9\U0001D400", true, @"\p{L} includes letters above U+FFFF"),
        new(@"^\p{Lu}$", "\U0001D400", true, @"\p{Lu} on a mathematical capital"),
        new(@"^\p{Nd}$", "\u0663", true, @"\p{Nd} includes Arabic-Indic digits"),
        new(@"^\P{L}$", "1", true, @"\P{L}"),
        new(@"^\P{L}$", "\n", true, @"\P{L} includes a line feed"),
        new(@"^\p{Any}$", "\U0001F50C", true, @"\p{Any}"),
        new(@"^\p{ASCII}$", "\u00E9", false, @"\p{ASCII}"),
        new(@"^\p{General_Category=Decimal_Number}$", "\u0663", true, "General_Category=..."),
        new(@"^\p{gc=Zs}$", "\u3000", true, "gc=..."),
        new(@"^\p{Assigned}$", "\n", true, @"\p{Assigned} includes controls"),
    ];

    public static readonly Refusal[] Refusals =
    [
        // Not ECMA-262 (most of them .NET syntax).
        new("(?i)abc", 0, "(?i", false),
        new("(?i:a)", 0, "(?i", false),
        new(@"\Aabc", 0, @"\A", false),
        new(@"^a\Z", 2, @"\Z", false),
        new(@"^a\z", 2, @"\z", false),
        new("(?>a)", 0, "(?>", false),
        new("(?#note)a", 0, "(?#", false),
        new("(?(a)b|c)", 0, "(?(", false),
        new("(?'n'a)", 0, "(?'", false),
        new("a++", 2, "+", false),
        new(@"\p{IsGreek}", 0, @"\p{IsGreek}", false),
        new(@"\p{L&}", 0, @"\p{L&}", false),
        new(@"\e", 0, @"\e", false),
        new(@"\-", 0, @"\-", false),
        new("a{", 1, "{", false),
        new("]", 0, "]", false),
        new("}", 0, "}", false),
        new("(?<a>x)(?<a>y)", 10, "a", false),
        new("a{3,2}", 1, "{3,2}", false),
        new("[z-a]", 1, "z-a", false),
        new(@"[a-\d]", 1, @"a-\d", false),
        new("(?=a)*", 0, "(?=a)*", false),
        new("^*", 0, "^*", false),
        new(@"\01", 0, @"\01", false),
        new(@"\c1", 0, @"\c", false),
        new(@"\x4", 0, @"\x", false),
        new(@"\u{110000}", 0, @"\u{110000}", false),
        new(@"[\B]", 1, @"\B", false),
        new("(a", 0, "(", false),
        new("a)", 1, ")", false),
        new("[a", 0, "[", false),
        new(@"a\", 1, @"\", false),

        // ECMA-262, but its meaning cannot be kept in .NET.
        new(@"(a)\1", 3, @"\1", true),
        new(@"(?<n>a)\k<n>", 7, @"\k<n>", true),
        new(@"\p{Script=Greek}", 0, @"\p{Script=Greek}", true),
        new(@"\p{scx=Latn}", 0, @"\p{scx=Latn}", true),
        new(@"\p{Alphabetic}", 0, @"\p{Alphabetic}", true),
        new("a{2147483648}", 1, "{2147483648}", true),
    ];

    public static TheoryData<Row> RowData() => [.. Rows];

    public static TheoryData<Refusal> RefusalData() => [.. Refusals];

    public static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
