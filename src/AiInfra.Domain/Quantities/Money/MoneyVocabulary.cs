namespace AiInfra.Domain.Quantities;

/// <summary>The scale words and currency words <see cref="MoneyParser"/> reads, and the hints it gives for near misses.</summary>
internal static class MoneyVocabulary
{
    /// <summary>The scale words, for messages.</summary>
    public const string ScaleWords = "k, M, bn, tn, thousand, million, billion, trillion, 万 (萬), 亿 (億), 万亿 (萬億)";

    /// <summary>The currency words, for messages.</summary>
    public const string CurrencyWords = "美元 (USD), 元 and 人民币 (CNY), 欧元 (EUR), 日元 and 円 (JPY), 英镑 (GBP), 港元 (HKD), 韩元 (KRW), 新台币 (TWD)";

    // Chinese (and Japanese) words written without spaces, longest first, so that "万亿" wins over "万" and "美元" over "元".
    private static readonly string[] s_cjkWords = MoneyWords.CaseSensitiveScales.Select(s => s.Word)
        .Concat(MoneyWords.CurrencyWords.Select(c => c.Word))
        .Where(w => !char.IsAsciiLetter(w[0]))
        .OrderByDescending(w => w.Length)
        .ThenBy(w => w, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The power of ten a scale word stands for. Abbreviations are case-sensitive; spelled-out English words are not.</summary>
    public static bool TryGetScale(ReadOnlySpan<char> word, out int exponent)
    {
        foreach (var (scale, power) in MoneyWords.CaseSensitiveScales)
        {
            if (word.SequenceEqual(scale))
            {
                exponent = power;
                return true;
            }
        }

        foreach (var (scale, power) in MoneyWords.SpelledOutScales)
        {
            if (word.Equals(scale, StringComparison.OrdinalIgnoreCase))
            {
                exponent = power;
                return true;
            }
        }

        exponent = 0;
        return false;
    }

    /// <summary>The currency an ISO 4217 code ("USD") or a Chinese currency word ("美元") names.</summary>
    public static bool TryGetCurrency(ReadOnlySpan<char> word, out Currency currency)
    {
        if (Currency.TryParse(word, out currency))
        {
            return true;
        }

        foreach (var (name, code) in MoneyWords.CurrencyWords)
        {
            if (word.SequenceEqual(name))
            {
                return Currency.TryParse(code, out currency);
            }
        }

        return false;
    }

    /// <summary>The length of the longest Chinese scale or currency word at the start of <paramref name="text"/>, or 0.</summary>
    public static int MatchCjkWord(ReadOnlySpan<char> text)
    {
        foreach (var word in s_cjkWords)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>What to write instead of a word that is not a scale word but looks like one, or null.</summary>
    public static string? SuggestScale(ReadOnlySpan<char> word) => word switch
    {
        "m" => "case matters: write M for million (m would mean milli)",
        "K" => "case matters: write k for thousand",
        "BN" or "Bn" or "bN" or "B" or "b" or "bln" or "bil" => "write bn for billion",
        "TN" or "Tn" or "tN" or "T" or "trn" => "write tn for trillion",
        "mn" or "Mn" or "MN" or "mm" or "MM" or "mln" or "mil" => "write M for million",
        "千" => "write k or thousand for a thousand",
        "百万" or "百萬" => "write M or million for a million",
        "十亿" or "十億" => "write bn or billion for a billion",
        "兆" => "兆 is not read because it means 10^12 in Japanese and Taiwanese usage but 10^6 in mainland Chinese technical usage; write 万亿 or tn for 10^12",
        _ => null,
    };

    /// <summary>Why a word is not a currency, with a hint where one helps.</summary>
    public static string DescribeUnknownCurrency(ReadOnlySpan<char> word)
    {
        Span<char> upper = stackalloc char[3];
        if (word.Length == 3 && word.ToUpperInvariant(upper) == 3 && Currency.TryParse(upper, out var currency))
        {
            return $"case matters: currency codes are upper case, write {currency.Code}";
        }

        if (CurrencyCodes.IsWellFormed(word))
        {
            return "it is not an ISO 4217 currency code";
        }

        return "it is neither an ISO 4217 currency code (three upper-case letters, such as USD) nor a known currency word";
    }
}
