using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using AiInfra.Domain.Quantities.Serialization;

namespace AiInfra.Domain.Quantities;

/// <summary>A currency, named by its ISO 4217 alphabetic code, such as USD, CNY or EUR.</summary>
/// <remarks>
/// <para>Only the codes of ISO 4217 list one are accepted (national currencies, fund codes, precious metals, XDR, XTS
/// and XXX), plus a few codes replaced since 2016 (ANG, BYR, CUC, HRK, MRO, SLL, STD, VEF, ZWL) so that older data
/// still reads. A code is exactly three upper-case ASCII letters: "usd" and "XYZ" are errors, not new currencies.</para>
/// <para><c>default(Currency)</c> is <see cref="None"/>: no currency at all. Its <see cref="Code"/> is empty, it is not
/// XXX (the ISO code for transactions without a currency), and <see cref="Money"/> refuses to be created with it.</para>
/// <para>Equality and ordering are those of the codes, compared ordinally; <see cref="None"/> orders before every code.
/// JSON: the code as a string, <c>"USD"</c>; a currency may also be a dictionary key.</para>
/// </remarks>
[JsonConverter(typeof(CurrencyJsonConverter))]
public readonly struct Currency :
    IEquatable<Currency>,
    IComparable<Currency>,
    IComparable,
    ISpanFormattable,
    ISpanParsable<Currency>,
    IEqualityOperators<Currency, Currency, bool>
{
    // 0 for None; otherwise one more than the code's position in CurrencyCodes.All, whose order is ordinal.
    private readonly short _index;

    private Currency(int index) => _index = (short)(index + 1);

    /// <summary>No currency: the same as <c>default(Currency)</c>. Not a valid currency for <see cref="Money"/>.</summary>
    public static Currency None => default;

    /// <summary>The United States dollar.</summary>
    public static Currency Usd { get; } = Known("USD");

    /// <summary>The Chinese yuan renminbi.</summary>
    public static Currency Cny { get; } = Known("CNY");

    /// <summary>The euro.</summary>
    public static Currency Eur { get; } = Known("EUR");

    /// <summary>The Japanese yen.</summary>
    public static Currency Jpy { get; } = Known("JPY");

    /// <summary>The pound sterling.</summary>
    public static Currency Gbp { get; } = Known("GBP");

    /// <summary>The South Korean won.</summary>
    public static Currency Krw { get; } = Known("KRW");

    /// <summary>The New Taiwan dollar.</summary>
    public static Currency Twd { get; } = Known("TWD");

    /// <summary>The Hong Kong dollar.</summary>
    public static Currency Hkd { get; } = Known("HKD");

    /// <summary>The Swiss franc.</summary>
    public static Currency Chf { get; } = Known("CHF");

    /// <summary>The Indian rupee.</summary>
    public static Currency Inr { get; } = Known("INR");

    /// <summary>The Singapore dollar.</summary>
    public static Currency Sgd { get; } = Known("SGD");

    /// <summary>Every accepted code, sorted ordinally.</summary>
    public static IReadOnlyList<string> Codes { get; } = Array.AsReadOnly(CurrencyCodes.All.ToArray());

    /// <summary>The ISO 4217 code, such as "USD"; empty for <see cref="None"/>.</summary>
    public string Code => _index == 0 ? string.Empty : CurrencyCodes.At(_index - 1);

    /// <summary>True for <see cref="None"/> (<c>default(Currency)</c>), which names no currency.</summary>
    public bool IsNone => _index == 0;

    /// <summary>The currency with an ISO 4217 code such as "USD": exactly three upper-case ASCII letters, nothing around them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="MoneyFormatException">The text is not an accepted code; <see cref="MoneyFormatException.Error"/> is
    /// <see cref="MoneyParseError.Empty"/> or <see cref="MoneyParseError.UnknownCurrency"/>.</exception>
    public static Currency Parse(string code) => Parse((code ?? throw new ArgumentNullException(nameof(code))).AsSpan());

    /// <inheritdoc cref="Parse(string)"/>
    public static Currency Parse(ReadOnlySpan<char> code) =>
        TryParse(code, out var currency) ? currency : throw CreateException(code);

    /// <summary>Tries to find the currency with an ISO 4217 code such as "USD"; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, out Currency currency)
    {
        currency = default;
        return code is not null && TryParse(code.AsSpan(), out currency);
    }

    /// <inheritdoc cref="TryParse(string?, out Currency)"/>
    public static bool TryParse(ReadOnlySpan<char> code, out Currency currency)
    {
        var index = CurrencyCodes.IndexOf(code);
        currency = index < 0 ? default : new Currency(index);
        return index >= 0;
    }

    /// <summary>Parses a code as <see cref="Parse(string)"/> does; a code does not depend on culture, so <paramref name="provider"/> is ignored.</summary>
    /// <inheritdoc cref="Parse(string)"/>
    public static Currency Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static Currency Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a code as <see cref="TryParse(string?, out Currency)"/> does; <paramref name="provider"/> is ignored. Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Currency result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out Currency)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Currency result) => TryParse(s, out result);

    /// <summary>The code, such as "USD"; empty for <see cref="None"/>.</summary>
    public override string ToString() => Code;

    /// <summary>The code. The only formats are null, empty and "G"; <paramref name="formatProvider"/> is ignored.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format);
        return Code;
    }

    /// <summary>Writes the code into <paramref name="destination"/> without allocating; false when it does not fit.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty or "G".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        var code = Code;
        charsWritten = code.TryCopyTo(destination) ? code.Length : 0;
        return charsWritten == code.Length;
    }

    /// <summary>True when both name the same currency (or both are <see cref="None"/>).</summary>
    public bool Equals(Currency other) => _index == other._index;

    /// <inheritdoc cref="Equals(Currency)"/>
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <summary>A hash consistent with <see cref="Equals(Currency)"/>.</summary>
    public override int GetHashCode() => _index;

    /// <summary>Compares the codes ordinally; <see cref="None"/> orders first.</summary>
    public int CompareTo(Currency other) => _index.CompareTo(other._index);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Currency other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a Currency with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>True when both name the same currency.</summary>
    public static bool operator ==(Currency left, Currency right) => left._index == right._index;

    /// <summary>True when they name different currencies.</summary>
    public static bool operator !=(Currency left, Currency right) => left._index != right._index;

    /// <summary>The exception <see cref="Parse(string)"/> throws for a text that is not an accepted code.</summary>
    internal static MoneyFormatException CreateException(ReadOnlySpan<char> code)
    {
        if (code.IsEmpty)
        {
            return new MoneyFormatException("\"\" is not a currency: it is empty. Expected an ISO 4217 code, three upper-case letters such as USD, CNY or EUR.", MoneyParseError.Empty);
        }

        return new MoneyFormatException(
            $"\"{code.ToString()}\" is not a currency: {MoneyVocabulary.DescribeUnknownCurrency(code)}. Expected an ISO 4217 code, three upper-case letters such as USD, CNY or EUR.",
            MoneyParseError.UnknownCurrency);
    }

    private static Currency Known(string code) => new(CurrencyCodes.IndexOf(code));

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!(format.IsEmpty || format is "G" or "g"))
        {
            throw new FormatException($"\"{format.ToString()}\" is not a format of Currency; the only format is \"G\", the code.");
        }
    }
}
