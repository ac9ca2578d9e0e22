namespace AiInfra.Domain.Quantities;

/// <summary>
/// The ISO 4217 alphabetic codes <see cref="Currency"/> accepts, sorted ordinally, with a lookup that does not allocate.
/// </summary>
internal static class CurrencyCodes
{
    // ISO 4217 list one: national currencies, fund codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW), precious
    // metals, special drawing rights and the X codes for testing (XTS) and "no currency" transactions (XXX).
    private const string Current =
        "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
        "CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP " +
        "GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY " +
        "KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD " +
        "MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR " +
        "PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL " +
        "THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST " +
        "XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG";

    // Codes replaced since 2016, still accepted so that older reports and data read: ANG (by XCG), BYR (by BYN),
    // CUC, HRK (by EUR), MRO (by MRU), SLL (by SLE), STD (by STN), VEF (by VES), ZWL (by ZWG).
    private const string Replaced = "ANG BYR CUC HRK MRO SLL STD VEF ZWL";

    private static readonly string[] s_codes = CreateCodes();
    private static readonly int[] s_keys = Array.ConvertAll(s_codes, code => KeyOf(code));

    /// <summary>Every accepted code, sorted ordinally; a <see cref="Currency"/> stores its position here plus one.</summary>
    public static ReadOnlySpan<string> All => s_codes;

    /// <summary>The code at a position of <see cref="All"/>.</summary>
    public static string At(int index) => s_codes[index];

    /// <summary>The position of <paramref name="code"/> in <see cref="All"/>, or -1 when it is not an accepted code.</summary>
    public static int IndexOf(ReadOnlySpan<char> code)
    {
        if (!IsWellFormed(code))
        {
            return -1;
        }

        var index = Array.BinarySearch(s_keys, KeyOf(code));
        return index >= 0 ? index : -1;
    }

    /// <summary>True for exactly three upper-case ASCII letters, the shape of every ISO 4217 alphabetic code.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> code) =>
        code.Length == 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);

    // Ordered as the codes are ordered ordinally, so a binary search over the keys finds a code's position.
    private static int KeyOf(ReadOnlySpan<char> code) => (code[0] << 16) | (code[1] << 8) | code[2];

    private static string[] CreateCodes()
    {
        var codes = (Current + " " + Replaced).Split(' ');
        Array.Sort(codes, StringComparer.Ordinal);
        return codes;
    }
}
