namespace AiInfra.Domain.Quantities;

/// <summary>
/// The words money text is made of: ISO 4217 codes, scale words and Chinese currency words. Compiled into the library,
/// where <see cref="MoneyParser"/> reads with them, and into the generator, where the JSON Schema pattern of a money
/// property is made from them, so that the schema and the reader cannot disagree on a word.
/// </summary>
internal static class MoneyWords
{
    /// <summary>
    /// ISO 4217 list one: national currencies, fund codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW), precious metals,
    /// special drawing rights and the X codes for testing (XTS) and "no currency" transactions (XXX).
    /// </summary>
    public const string CurrentCodes =
        "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
        "CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP " +
        "GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY " +
        "KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD " +
        "MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR " +
        "PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL " +
        "THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST " +
        "XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG";

    /// <summary>
    /// Codes replaced since 2016, still accepted so that older reports and data read: ANG (by XCG), BYR (by BYN), CUC,
    /// HRK (by EUR), MRO (by MRU), SLL (by SLE), STD (by STN), VEF (by VES), ZWL (by ZWG).
    /// </summary>
    public const string ReplacedCodes = "ANG BYR CUC HRK MRO SLL STD VEF ZWL";

    /// <summary>The scale words read exactly as written (case carries meaning: "M" is million, "m" would be milli), with their power of ten.</summary>
    public static readonly (string Word, int Exponent)[] CaseSensitiveScales =
    [
        ("k", 3), ("M", 6), ("bn", 9), ("tn", 12),
        ("万", 4), ("萬", 4), ("亿", 8), ("億", 8), ("万亿", 12), ("萬億", 12),
    ];

    /// <summary>The scale words spelled out in English, read in any case of their ASCII letters.</summary>
    public static readonly (string Word, int Exponent)[] SpelledOutScales =
    [
        ("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12),
    ];

    /// <summary>The Chinese (and Japanese) currency words and the code each stands for; 元 alone is CNY.</summary>
    public static readonly (string Word, string Code)[] CurrencyWords =
    [
        ("美元", "USD"),
        ("元", "CNY"), ("人民币", "CNY"), ("人民幣", "CNY"),
        ("欧元", "EUR"), ("歐元", "EUR"),
        ("日元", "JPY"), ("日圆", "JPY"), ("日圓", "JPY"), ("円", "JPY"),
        ("英镑", "GBP"), ("英鎊", "GBP"),
        ("港元", "HKD"), ("港币", "HKD"), ("港幣", "HKD"),
        ("韩元", "KRW"), ("韓元", "KRW"),
        ("新台币", "TWD"), ("新台幣", "TWD"), ("新臺幣", "TWD"),
    ];
}
