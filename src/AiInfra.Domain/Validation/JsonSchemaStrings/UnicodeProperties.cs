using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AiInfra.Domain.Validation.JsonSchemaStrings;

/// <summary>
/// The Unicode properties of ECMA-262's <c>\p{...}</c> that can be matched here: every General_Category value
/// (by its short or long name or alias, alone or as <c>gc=</c>/<c>General_Category=</c>), and the binary properties
/// <c>Any</c>, <c>ASCII</c>, <c>ASCII_Hex_Digit</c> (<c>AHex</c>) and <c>Assigned</c>. Categories come from the
/// Unicode data of the .NET runtime in use. Scripts and the other binary properties need data .NET does not have.
/// </summary>
internal static class UnicodeProperties
{
    private static readonly Dictionary<string, UnicodeCategory[]> GeneralCategories = BuildGeneralCategories();

    /// <summary>The binary properties ECMA-262 defines that are not supported here (their names and aliases).</summary>
    private static readonly HashSet<string> OtherBinaryProperties = new(StringComparer.Ordinal)
    {
        "Alphabetic", "Alpha", "Bidi_Control", "Bidi_C", "Bidi_Mirrored", "Bidi_M", "Case_Ignorable", "CI", "Cased",
        "Changes_When_Casefolded", "CWCF", "Changes_When_Casemapped", "CWCM", "Changes_When_Lowercased", "CWL",
        "Changes_When_NFKC_Casefolded", "CWKCF", "Changes_When_Titlecased", "CWT", "Changes_When_Uppercased", "CWU",
        "Dash", "Default_Ignorable_Code_Point", "DI", "Deprecated", "Dep", "Diacritic", "Dia", "Emoji", "Emoji_Component",
        "EComp", "Emoji_Modifier", "EMod", "Emoji_Modifier_Base", "EBase", "Emoji_Presentation", "EPres",
        "Extended_Pictographic", "ExtPict", "Extender", "Ext", "Grapheme_Base", "Gr_Base", "Grapheme_Extend", "Gr_Ext",
        "Hex_Digit", "Hex", "IDS_Binary_Operator", "IDSB", "IDS_Trinary_Operator", "IDST", "ID_Continue", "IDC", "ID_Start",
        "IDS", "Ideographic", "Ideo", "Join_Control", "Join_C", "Logical_Order_Exception", "LOE", "Lowercase", "Lower",
        "Math", "Noncharacter_Code_Point", "NChar", "Pattern_Syntax", "Pat_Syn", "Pattern_White_Space", "Pat_WS",
        "Quotation_Mark", "QMark", "Radical", "Regional_Indicator", "RI", "Sentence_Terminal", "STerm", "Soft_Dotted", "SD",
        "Terminal_Punctuation", "Term", "Unified_Ideograph", "UIdeo", "Uppercase", "Upper", "Variation_Selector", "VS",
        "White_Space", "space", "XID_Continue", "XIDC", "XID_Start", "XIDS",
    };

    private static readonly Lazy<CodePointSet[]> ByCategory = new(ComputeCategories);

    /// <summary>
    /// The code points of <c>\p{<paramref name="text"/>}</c>; null with the reason when the name is unknown to
    /// ECMA-262 (<paramref name="unsupported"/> false) or known but not supported (true).
    /// </summary>
    public static CodePointSet? Resolve(string text, out string? reason, out bool unsupported)
    {
        reason = null;
        unsupported = false;
        var equals = text.IndexOf('=');
        if (equals >= 0)
        {
            var name = text.Substring(0, equals);
            var value = text.Substring(equals + 1);
            if (name is "General_Category" or "gc")
            {
                if (GeneralCategories.TryGetValue(value, out var categories))
                {
                    return Categories(categories);
                }

                reason = $"'{value}' is not a General_Category value (such as L, Letter, Lu, Nd, P, Zs)";
                return null;
            }

            if (name is "Script" or "sc" or "Script_Extensions" or "scx")
            {
                unsupported = true;
                reason = "Unicode scripts cannot be matched here (.NET has no script data); list the characters or ranges in [...] instead";
                return null;
            }

            reason = $"'{name}' is not a Unicode property ECMA-262 knows; it knows General_Category (gc), Script (sc) and Script_Extensions (scx)";
            return null;
        }

        if (GeneralCategories.TryGetValue(text, out var general))
        {
            return Categories(general);
        }

        switch (text)
        {
            case "Any":
                return CodePointSet.All;
            case "ASCII":
                return CodePointSet.Range(0, 0x7F);
            case "ASCII_Hex_Digit" or "AHex":
                return CodePointSet.FromRanges(new[] { (0x30, 0x39), (0x41, 0x46), (0x61, 0x66) });
            case "Assigned":
                return Categories(new[] { UnicodeCategory.OtherNotAssigned }).Complement();
        }

        if (OtherBinaryProperties.Contains(text))
        {
            unsupported = true;
            reason = $"the binary property {text} cannot be matched here (.NET has no data for it); the supported ones are General_Category values, Any, ASCII, ASCII_Hex_Digit and Assigned";
            return null;
        }

        reason = $"'{text}' is not a Unicode property or General_Category value ECMA-262 knows (names are case-sensitive: L, Letter, Lu, Nd, ...)";
        return null;
    }

    /// <summary>True when <paramref name="codePoint"/> may start a group name (ECMA-262's ID_Start, $ or _).</summary>
    public static bool IsGroupNameStart(int codePoint) =>
        codePoint is '$' or '_' or 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C
        || Category(codePoint) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    /// <summary>True when <paramref name="codePoint"/> may continue a group name (ID_Continue, $, ZWNJ, ZWJ).</summary>
    public static bool IsGroupNamePart(int codePoint) =>
        IsGroupNameStart(codePoint)
        || codePoint is 0x200C or 0x200D or 0x00B7 or 0x0387 or 0x19DA or 0x30FB or 0xFF65 or (>= 0x1369 and <= 0x1371)
        || Category(codePoint) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;

    private static CodePointSet Categories(UnicodeCategory[] categories)
    {
        var set = CodePointSet.Empty;
        foreach (var category in categories)
        {
            set = set.Union(ByCategory.Value[(int)category]);
        }

        return set;
    }

    private static UnicodeCategory Category(int codePoint)
    {
#if NET
        return CharUnicodeInfo.GetUnicodeCategory(codePoint);
#else
        return codePoint < 0x10000
            ? CharUnicodeInfo.GetUnicodeCategory((char)codePoint)
            : CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(codePoint), 0);
#endif
    }

    private static CodePointSet[] ComputeCategories()
    {
        var ranges = new List<(int, int)>[(int)UnicodeCategory.OtherNotAssigned + 1];
        for (var i = 0; i < ranges.Length; i++)
        {
            ranges[i] = new List<(int, int)>();
        }

        var start = 0;
        var current = Category(0);
        for (var codePoint = 1; codePoint <= CodePointSet.MaxCodePoint + 1; codePoint++)
        {
            var category = codePoint <= CodePointSet.MaxCodePoint ? Category(codePoint) : (UnicodeCategory)(-1);
            if (category != current)
            {
                ranges[(int)current].Add((start, codePoint - 1));
                start = codePoint;
                current = category;
            }
        }

        return ranges.Select(CodePointSet.FromRanges).ToArray();
    }

    private static Dictionary<string, UnicodeCategory[]> BuildGeneralCategories()
    {
        var single = new Dictionary<string, UnicodeCategory>(StringComparer.Ordinal)
        {
            ["Lu"] = UnicodeCategory.UppercaseLetter,
            ["Ll"] = UnicodeCategory.LowercaseLetter,
            ["Lt"] = UnicodeCategory.TitlecaseLetter,
            ["Lm"] = UnicodeCategory.ModifierLetter,
            ["Lo"] = UnicodeCategory.OtherLetter,
            ["Mn"] = UnicodeCategory.NonSpacingMark,
            ["Mc"] = UnicodeCategory.SpacingCombiningMark,
            ["Me"] = UnicodeCategory.EnclosingMark,
            ["Nd"] = UnicodeCategory.DecimalDigitNumber,
            ["Nl"] = UnicodeCategory.LetterNumber,
            ["No"] = UnicodeCategory.OtherNumber,
            ["Zs"] = UnicodeCategory.SpaceSeparator,
            ["Zl"] = UnicodeCategory.LineSeparator,
            ["Zp"] = UnicodeCategory.ParagraphSeparator,
            ["Cc"] = UnicodeCategory.Control,
            ["Cf"] = UnicodeCategory.Format,
            ["Cs"] = UnicodeCategory.Surrogate,
            ["Co"] = UnicodeCategory.PrivateUse,
            ["Cn"] = UnicodeCategory.OtherNotAssigned,
            ["Pc"] = UnicodeCategory.ConnectorPunctuation,
            ["Pd"] = UnicodeCategory.DashPunctuation,
            ["Ps"] = UnicodeCategory.OpenPunctuation,
            ["Pe"] = UnicodeCategory.ClosePunctuation,
            ["Pi"] = UnicodeCategory.InitialQuotePunctuation,
            ["Pf"] = UnicodeCategory.FinalQuotePunctuation,
            ["Po"] = UnicodeCategory.OtherPunctuation,
            ["Sm"] = UnicodeCategory.MathSymbol,
            ["Sc"] = UnicodeCategory.CurrencySymbol,
            ["Sk"] = UnicodeCategory.ModifierSymbol,
            ["So"] = UnicodeCategory.OtherSymbol,
        };

        // Short name, long name and aliases (Unicode's PropertyValueAliases.txt), then the members.
        var names = new (string[] Names, string Members)[]
        {
            (new[] { "Lu", "Uppercase_Letter" }, "Lu"),
            (new[] { "Ll", "Lowercase_Letter" }, "Ll"),
            (new[] { "Lt", "Titlecase_Letter" }, "Lt"),
            (new[] { "Lm", "Modifier_Letter" }, "Lm"),
            (new[] { "Lo", "Other_Letter" }, "Lo"),
            (new[] { "LC", "Cased_Letter" }, "Lu Ll Lt"),
            (new[] { "L", "Letter" }, "Lu Ll Lt Lm Lo"),
            (new[] { "Mn", "Nonspacing_Mark" }, "Mn"),
            (new[] { "Mc", "Spacing_Mark" }, "Mc"),
            (new[] { "Me", "Enclosing_Mark" }, "Me"),
            (new[] { "M", "Mark", "Combining_Mark" }, "Mn Mc Me"),
            (new[] { "Nd", "Decimal_Number", "digit" }, "Nd"),
            (new[] { "Nl", "Letter_Number" }, "Nl"),
            (new[] { "No", "Other_Number" }, "No"),
            (new[] { "N", "Number" }, "Nd Nl No"),
            (new[] { "Pc", "Connector_Punctuation" }, "Pc"),
            (new[] { "Pd", "Dash_Punctuation" }, "Pd"),
            (new[] { "Ps", "Open_Punctuation" }, "Ps"),
            (new[] { "Pe", "Close_Punctuation" }, "Pe"),
            (new[] { "Pi", "Initial_Punctuation" }, "Pi"),
            (new[] { "Pf", "Final_Punctuation" }, "Pf"),
            (new[] { "Po", "Other_Punctuation" }, "Po"),
            (new[] { "P", "Punctuation", "punct" }, "Pc Pd Ps Pe Pi Pf Po"),
            (new[] { "Sm", "Math_Symbol" }, "Sm"),
            (new[] { "Sc", "Currency_Symbol" }, "Sc"),
            (new[] { "Sk", "Modifier_Symbol" }, "Sk"),
            (new[] { "So", "Other_Symbol" }, "So"),
            (new[] { "S", "Symbol" }, "Sm Sc Sk So"),
            (new[] { "Zs", "Space_Separator" }, "Zs"),
            (new[] { "Zl", "Line_Separator" }, "Zl"),
            (new[] { "Zp", "Paragraph_Separator" }, "Zp"),
            (new[] { "Z", "Separator" }, "Zs Zl Zp"),
            (new[] { "Cc", "Control", "cntrl" }, "Cc"),
            (new[] { "Cf", "Format" }, "Cf"),
            (new[] { "Cs", "Surrogate" }, "Cs"),
            (new[] { "Co", "Private_Use" }, "Co"),
            (new[] { "Cn", "Unassigned" }, "Cn"),
            (new[] { "C", "Other" }, "Cc Cf Cs Co Cn"),
        };

        var table = new Dictionary<string, UnicodeCategory[]>(StringComparer.Ordinal);
        foreach (var (aliases, members) in names)
        {
            var categories = members.Split(' ').Select(m => single[m]).ToArray();
            foreach (var alias in aliases)
            {
                table.Add(alias, categories);
            }
        }

        return table;
    }
}
