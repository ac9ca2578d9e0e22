using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using AiInfra.Domain.Quantities.Serialization;

namespace AiInfra.Domain.Quantities;

/// <summary>An amount of money: a <see cref="decimal"/> amount in one <see cref="Quantities.Currency"/>, such as 80 bn USD.</summary>
/// <remarks>
/// <para>Not a unit quantity: there is no conversion between currencies, implicit or otherwise. Adding, subtracting,
/// dividing or ordering amounts in different currencies throws <see cref="CurrencyMismatchException"/>; convert one
/// amount explicitly, at a rate you choose, first. Amounts may be negative.</para>
/// <para>Equality: the same currency and numerically equal amounts, so 1.0 USD equals 1.00 USD (and has the same
/// hash), while 1 USD never equals 1 EUR (no exception: they are simply not equal). <see cref="Amount"/> keeps the
/// scale it was given (1.50 stays 1.50), and formatting shows it.</para>
/// <para>Arithmetic is <see cref="decimal"/> arithmetic: + and - are exact, * and / round as decimal does only when the
/// exact result needs more digits than a decimal holds; a result beyond decimal's range throws
/// <see cref="OverflowException"/>, division by zero <see cref="DivideByZeroException"/>.</para>
/// <para><c>default(Money)</c> is zero in <see cref="Currency.None"/>: it cannot be created otherwise, equals only itself,
/// formats as "0" (which does not parse back, as it names no currency), cannot be written as JSON, and mixing it with a
/// real currency throws <see cref="CurrencyMismatchException"/>. Start sums from <see cref="Zero(Quantities.Currency)"/>.</para>
/// <para>Text: <c>ToString()</c> is the invariant amount with all its digits, a space and the code, "80000000000 USD";
/// <c>Parse(m.ToString())</c> equals <c>m</c> and keeps its scale. Parsing also reads scale words and Chinese forms,
/// "80 bn USD", "USD 80bn", "1.5k EUR", "1000亿美元", in the invariant culture unless a culture is given; see
/// <see cref="Parse(string, IFormatProvider?)"/>. JSON: the <c>ToString()</c> form as a string.</para>
/// </remarks>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly struct Money :
    IEquatable<Money>,
    IComparable<Money>,
    IComparable,
    ISpanFormattable,
    ISpanParsable<Money>,
    IComparisonOperators<Money, Money, bool>,
    IAdditionOperators<Money, Money, Money>,
    ISubtractionOperators<Money, Money, Money>,
    IUnaryNegationOperators<Money, Money>,
    IUnaryPlusOperators<Money, Money>,
    IMultiplyOperators<Money, decimal, Money>,
    IDivisionOperators<Money, decimal, Money>,
    IDivisionOperators<Money, Money, decimal>
{
    private readonly decimal _amount;
    private readonly Currency _currency;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">Any decimal, negative included; its scale is kept (1.50 stays 1.50).</param>
    /// <param name="currency">A currency other than <see cref="Currency.None"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <see cref="Currency.None"/>.</exception>
    public Money(decimal amount, Currency currency)
    {
        if (currency.IsNone)
        {
            throw new ArgumentException("Money needs a currency; default(Currency) names none.", nameof(currency));
        }

        _amount = amount;
        _currency = currency;
    }

    // Used by arithmetic, whose currency is already that of a valid operand (or None for default(Money)).
    private Money(decimal amount, Currency currency, bool trusted)
    {
        _ = trusted;
        _amount = amount;
        _currency = currency;
    }

    /// <summary>The amount, in <see cref="Currency"/>, with the scale it was given.</summary>
    public decimal Amount => _amount;

    /// <summary>The currency; <see cref="Currency.None"/> only for <c>default(Money)</c>.</summary>
    public Currency Currency => _currency;

    /// <summary>An amount of money, the same as <c>new Money(amount, currency)</c>.</summary>
    /// <inheritdoc cref="Money(decimal, Quantities.Currency)"/>
    public static Money Of(decimal amount, Currency currency) => new(amount, currency);

    /// <summary>Zero in <paramref name="currency"/>, the start of a sum.</summary>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <see cref="Currency.None"/>.</exception>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Parses an amount such as "80 bn USD" in the invariant culture; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="MoneyFormatException">The text is not an amount of money; the message says why, <see cref="MoneyFormatException.Error"/> says the same for code.</exception>
    public static Money Parse(string s) => Parse(s, null);

    /// <summary>
    /// Parses an amount of money: an optional currency, a number, an optional scale word and an optional currency, with
    /// exactly one currency, such as "80 bn USD", "USD 80bn", "1.5k EUR", "3.5 M USD", "2 tn USD", "1000亿美元",
    /// "3.5万亿元", "120 万 CNY" or "-5 USD".
    /// </summary>
    /// <remarks>
    /// <para>The number is read in <paramref name="provider"/>'s culture (invariant when null): its decimal separator and
    /// signs (ASCII "-", "+" and U+2212 too), an optional exponent ("1.5e9"), and no thousands separators in any culture,
    /// because "1.000" is one in some cultures and a thousand in others.</para>
    /// <para>Scale words: k (10^3), M (10^6), bn (10^9), tn (10^12), case-sensitive ("m" is milli, never million);
    /// thousand, million, billion, trillion in any case; 万 (10^4), 亿 (10^8), 万亿 (10^12), and 萬, 億, 萬億.</para>
    /// <para>Currencies: ISO 4217 codes in upper case, or 美元 (USD), 元 and 人民币 (CNY), 欧元 (EUR), 日元 and 円 (JPY),
    /// 英镑 (GBP), 港元 (HKD), 韩元 (KRW), 新台币 (TWD). Currency symbols such as $ are not read: they are ambiguous.</para>
    /// <para>The amount is exact: the scale word moves the decimal point of the digits as written, so "1.5k EUR" is
    /// 1500 EUR and "1.2345k EUR" is 1234.5 EUR; no floating point is involved. An amount a decimal cannot hold exactly
    /// is an error, never rounded.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="MoneyFormatException">The text is not an amount of money; the message quotes it and says why, <see cref="MoneyFormatException.Error"/> says the same for code.</exception>
    public static Money Parse(string s, IFormatProvider? provider) =>
        MoneyParser.Parse((s ?? throw new ArgumentNullException(nameof(s))).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => MoneyParser.Parse(s, provider);

    /// <summary>Tries to parse an amount of money in the invariant culture; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out Money result) => TryParse(s, null, out result);

    /// <summary>Tries to parse an amount of money as <see cref="Parse(string, IFormatProvider?)"/> does; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result)
    {
        result = default;
        return s is not null && MoneyParser.TryParse(s.AsSpan(), provider, out result, out _);
    }

    /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out Money)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) =>
        MoneyParser.TryParse(s, provider, out result, out _);

    /// <summary>The amount in the invariant culture with all its digits and its scale, a space and the code: "80000000000 USD", "1.50 USD", "-5 USD".</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>The amount in <paramref name="provider"/>'s culture (invariant when null), a space and the code; parses back with the same culture.</summary>
    public string ToString(IFormatProvider? provider) => ToString(null, provider);

    /// <summary>
    /// The amount formatted with a standard or custom numeric <paramref name="format"/> for <see cref="decimal"/> in
    /// <paramref name="provider"/>'s culture (invariant when null), a space and the code, such as "1,234.50 USD" for "N2".
    /// </summary>
    /// <remarks>Only formats without thousands separators or currency symbols ("G", "F2", "0.00", but not "N" or "C") give a text that parses back.</remarks>
    /// <exception cref="FormatException"><paramref name="format"/> is not a numeric format.</exception>
    public string ToString(string? format, IFormatProvider? provider)
    {
        var amount = _amount.ToString(format, provider ?? CultureInfo.InvariantCulture);
        return _currency.IsNone ? amount : string.Concat(amount, " ", _currency.Code);
    }

    /// <summary>Formats like <see cref="ToString(string?, IFormatProvider?)"/> into <paramref name="destination"/> without allocating; false when it does not fit.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (!_amount.TryFormat(destination, out var amountLength, format, provider ?? CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (_currency.IsNone)
        {
            charsWritten = amountLength;
            return true;
        }

        var code = _currency.Code;
        var rest = destination[amountLength..];
        if (rest.Length < code.Length + 1)
        {
            return false;
        }

        rest[0] = ' ';
        code.CopyTo(rest[1..]);
        charsWritten = amountLength + 1 + code.Length;
        return true;
    }

    /// <summary>True for the same currency and numerically equal amounts: 1.0 USD equals 1.00 USD, 1 USD does not equal 1 EUR.</summary>
    public bool Equals(Money other) => _currency == other._currency && _amount == other._amount;

    /// <inheritdoc cref="Equals(Money)"/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <summary>A hash consistent with <see cref="Equals(Money)"/>: <see cref="decimal.GetHashCode"/> ignores the scale, so 1.0 and 1.00 hash alike.</summary>
    public override int GetHashCode() => HashCode.Combine(_currency, _amount);

    /// <summary>Compares this amount with another in the same currency: numerically, so 1.0 and 1.00 compare equal.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        var (a, b) = SameCurrency(this, other, "compare");
        return a.CompareTo(b);
    }

    /// <summary>Compares with another <see cref="Money"/> in the same currency; null orders first.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Money"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a Money with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>True for the same currency and numerically equal amounts; false, not an exception, across currencies.</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>True unless the currencies are the same and the amounts numerically equal.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>True when the left amount is less than the right; both must be in the same currency.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right)
    {
        var (a, b) = SameCurrency(left, right, "compare");
        return a < b;
    }

    /// <summary>True when the left amount is greater than the right; both must be in the same currency.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right)
    {
        var (a, b) = SameCurrency(left, right, "compare");
        return a > b;
    }

    /// <summary>True when the left amount is less than or equal to the right; both must be in the same currency.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right)
    {
        var (a, b) = SameCurrency(left, right, "compare");
        return a <= b;
    }

    /// <summary>True when the left amount is greater than or equal to the right; both must be in the same currency.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right)
    {
        var (a, b) = SameCurrency(left, right, "compare");
        return a >= b;
    }

    /// <summary>The sum of two amounts in the same currency.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is beyond decimal's range.</exception>
    public static Money operator +(Money left, Money right)
    {
        var (a, b) = SameCurrency(left, right, "add");
        return new Money(a + b, left._currency, trusted: true);
    }

    /// <summary>The difference of two amounts in the same currency.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is beyond decimal's range.</exception>
    public static Money operator -(Money left, Money right)
    {
        var (a, b) = SameCurrency(left, right, "subtract");
        return new Money(a - b, left._currency, trusted: true);
    }

    /// <summary>The amount negated, in the same currency.</summary>
    public static Money operator -(Money value) => new(-value._amount, value._currency, trusted: true);

    /// <summary>The amount itself.</summary>
    public static Money operator +(Money value) => value;

    /// <summary>The amount multiplied by a factor, in the same currency.</summary>
    /// <exception cref="OverflowException">The product is beyond decimal's range.</exception>
    public static Money operator *(Money left, decimal right) => new(left._amount * right, left._currency, trusted: true);

    /// <inheritdoc cref="op_Multiply(Money, decimal)"/>
    public static Money operator *(decimal left, Money right) => new(left * right._amount, right._currency, trusted: true);

    /// <summary>The amount divided by a divisor, in the same currency, rounded as decimal division rounds.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is beyond decimal's range.</exception>
    public static Money operator /(Money left, decimal right) => new(left._amount / right, left._currency, trusted: true);

    /// <summary>The ratio of two amounts in the same currency, a plain number.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond decimal's range.</exception>
    public static decimal operator /(Money left, Money right)
    {
        var (a, b) = SameCurrency(left, right, "divide");
        return a / b;
    }

    private static (decimal Left, decimal Right) SameCurrency(Money left, Money right, string operation) =>
        left._currency == right._currency
            ? (left._amount, right._amount)
            : throw new CurrencyMismatchException(left._currency, right._currency, operation);
}
