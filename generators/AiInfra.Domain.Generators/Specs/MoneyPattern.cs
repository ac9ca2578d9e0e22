using System.Linq;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// The JSON Schema pattern (ECMA-262) of the money texts the library's reader accepts ("80 bn USD", "USD 80bn",
/// "1000亿美元"), made from the words the reader reads with (<see cref="MoneyWords"/>, the same source file), following
/// its tokenizer: an optional currency, a number, an optional scale word and a currency, exactly one currency, white
/// space between the parts optional except between two ASCII words (which would run together into one word).
/// </summary>
/// <remarks>
/// One thing only the reader checks: that <see cref="decimal"/> holds the amount exactly (at most 28 decimal places,
/// at most 79228162514264337593543950335 either side of zero). Whether "1000…0e-n" fits depends on the count of zeros
/// against the value of n, which no regular expression can compare, so the pattern accepts every number of the
/// reader's shape and the reader reports an amount a decimal cannot hold.
/// </remarks>
internal static class MoneyPattern
{
    private const string Sign = @"[+\-\u2212]";

    // The number as the reader reads it in the invariant culture: a sign, digits with an optional '.', an exponent.
    private const string Number = Sign + @"?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE]" + Sign + @"?[0-9]+)?";

    private static readonly string s_body = BuildBody();

    private static readonly string s_pattern = $"^{QuantityPattern.WhiteSpace}*{s_body}{QuantityPattern.WhiteSpace}*$";

    public static string Pattern => s_pattern;

    /// <summary>The money text without its anchors and surrounding white space, for patterns that contain money (a price).</summary>
    public static string Body => s_body;

    private static string BuildBody()
    {
        var w = QuantityPattern.WhiteSpace;
        var codes = (MoneyWords.CurrentCodes + " " + MoneyWords.ReplacedCodes).Split(' ').OrderBy(c => c, System.StringComparer.Ordinal);
        var asciiCurrency = "(?:" + string.Join("|", codes) + ")";
        var cjkCurrency = Alternatives(MoneyWords.CurrencyWords.Select(c => c.Word));
        var asciiScale = Alternatives(
            MoneyWords.CaseSensitiveScales.Select(s => s.Word).Where(IsAscii).Select(QuantityPattern.Escape)
                .Concat(MoneyWords.SpelledOutScales.Select(s => AnyAsciiCase(s.Word))),
            escape: false);
        var cjkScale = Alternatives(MoneyWords.CaseSensitiveScales.Select(s => s.Word).Where(word => !IsAscii(word)));
        var currency = $"(?:{asciiCurrency}|{cjkCurrency})";

        // After a number: a scale word then a currency, where an ASCII scale word and an ASCII code need white space
        // between them; or a currency alone.
        var scaleThenCurrency = $"(?:{asciiScale}(?:{w}+{asciiCurrency}|{w}*{cjkCurrency})|{cjkScale}{w}*{currency})";
        var suffixed = $"{Number}{w}*(?:{scaleThenCurrency}|{currency})";
        var prefixed = $"{currency}{w}*{Number}(?:{w}*(?:{asciiScale}|{cjkScale}))?";
        return $"(?:{prefixed}|{suffixed})";
    }

    private static bool IsAscii(string word) => word.All(c => c < 0x80);

    private static string AnyAsciiCase(string word) =>
        string.Concat(word.Select(c => $"[{char.ToLowerInvariant(c)}{char.ToUpperInvariant(c)}]"));

    // Longest first: ECMA-262 tries alternatives in order, and the pattern must not stop at "万" when "万亿" follows.
    private static string Alternatives(System.Collections.Generic.IEnumerable<string> words, bool escape = true) =>
        "(?:" + string.Join("|", words.Distinct().OrderByDescending(x => x.Length).ThenBy(x => x, System.StringComparer.Ordinal).Select(x => escape ? QuantityPattern.Escape(x) : x)) + ")";
}
