using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AiInfra.Domain.Quantities;

/// <summary>
/// A price per unit of a quantity: <see cref="Amount"/> for one <see cref="Unit"/> of <typeparamref name="TQuantity"/>,
/// such as 0.12 USD per kWh of <see cref="Energy"/>. Multiplied by a quantity it gives <see cref="Money"/>.
/// </summary>
/// <typeparam name="TQuantity">The quantity priced, such as <see cref="Energy"/>.</typeparam>
/// <typeparam name="TUnit">Its unit enum, such as <see cref="Units.EnergyUnit"/>.</typeparam>
/// <remarks>
/// <para>Arithmetic: <c>price * quantity</c> (and <c>quantity * price</c>) is <see cref="Amount"/> times the quantity's
/// value in <see cref="Unit"/>, as <see cref="decimal"/>; the quantity's <see cref="double"/> value is converted to
/// decimal as <see cref="decimal"/>'s conversion from double does (15 significant digits), so 1000 kWh at 0.12 USD/kWh
/// is exactly 120.00 USD. Only the quantity's conversion into <see cref="Unit"/> is binary floating point.</para>
/// <para>Equality: the price as written, that is the same unit and equal <see cref="Amount"/> (Money equality: same
/// currency, numerically equal amounts). 0.12 USD/kWh does not equal 120 USD/MWh; compare
/// <see cref="PriceOf"/> a common amount of the quantity when the unit should not matter.</para>
/// <para>Text: the money's text, a slash and the unit's abbreviation, "0.12 USD/kWh"; <see cref="Parse(string, IFormatProvider?)"/>
/// reads any text <see cref="Money"/> parses, then the last '/' and a unit abbreviation of <typeparamref name="TQuantity"/>.</para>
/// <para><c>default</c> is not a price: its amount is <c>default(Money)</c>, with no currency, and its unit the enum's value 0; it formats as "0/…", which does not parse back. The constructor refuses an amount with no currency.</para>
/// </remarks>
public readonly struct UnitPrice<TQuantity, TUnit> :
    IEquatable<UnitPrice<TQuantity, TUnit>>,
    IFormattable
    where TQuantity : struct, IQuantity<TQuantity, TUnit>
    where TUnit : struct, Enum
{
    /// <summary>Creates a price: <paramref name="amount"/> for one <paramref name="unit"/> of the quantity.</summary>
    /// <param name="amount">Any amount of money other than <c>default</c> (its currency is not <see cref="Currency.None"/>).</param>
    /// <param name="unit">The unit the price is written per, such as <see cref="Units.EnergyUnit.KilowattHour"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has no currency.</exception>
    public UnitPrice(Money amount, TUnit unit)
    {
        if (amount.Currency.IsNone)
        {
            throw new ArgumentException("A price needs a currency; default(Money) has none.", nameof(amount));
        }

        Amount = amount;
        Unit = unit;
    }

    /// <summary>The money paid for one <see cref="Unit"/> of the quantity.</summary>
    public Money Amount { get; }

    /// <summary>The unit the price is written per.</summary>
    public TUnit Unit { get; }

    /// <summary>What <paramref name="quantity"/> costs at this price: <see cref="Amount"/> times its value in <see cref="Unit"/>.</summary>
    /// <exception cref="OverflowException">The result is beyond <see cref="decimal"/>'s range, or the quantity's value is.</exception>
    public Money PriceOf(TQuantity quantity) => Amount * (decimal)quantity.As(Unit);

    /// <summary>The same price written per <paramref name="unit"/>: the amount for one <paramref name="unit"/>.</summary>
    /// <remarks>Exact only when the conversion factor between the units is exact in <see cref="double"/> and <see cref="decimal"/> (kWh to MWh is, 1000).</remarks>
    public UnitPrice<TQuantity, TUnit> ToUnit(TUnit unit) => new(PriceOf(TQuantity.From(1, unit)), unit);

    /// <summary>The price of <paramref name="total"/> spread over <paramref name="quantity"/>, per <paramref name="unit"/>.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="quantity"/> is zero.</exception>
    public static UnitPrice<TQuantity, TUnit> Of(Money total, TQuantity quantity, TUnit unit) =>
        new(total / (decimal)quantity.As(unit), unit);

    /// <summary>What <paramref name="quantity"/> costs at <paramref name="price"/>; see <see cref="PriceOf"/>.</summary>
    public static Money operator *(UnitPrice<TQuantity, TUnit> price, TQuantity quantity) => price.PriceOf(quantity);

    /// <summary>What <paramref name="quantity"/> costs at <paramref name="price"/>; see <see cref="PriceOf"/>.</summary>
    public static Money operator *(TQuantity quantity, UnitPrice<TQuantity, TUnit> price) => price.PriceOf(quantity);

    /// <summary>The price scaled by <paramref name="factor"/>, in the same unit.</summary>
    public static UnitPrice<TQuantity, TUnit> operator *(UnitPrice<TQuantity, TUnit> price, decimal factor) => new(price.Amount * factor, price.Unit);

    /// <summary>True for the same unit and equal amounts (see the remarks: the price as written).</summary>
    public bool Equals(UnitPrice<TQuantity, TUnit> other) => Amount == other.Amount && EqualityComparer<TUnit>.Default.Equals(Unit, other.Unit);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnitPrice<TQuantity, TUnit> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Unit);

    /// <summary>True for the same unit and equal amounts.</summary>
    public static bool operator ==(UnitPrice<TQuantity, TUnit> left, UnitPrice<TQuantity, TUnit> right) => left.Equals(right);

    /// <summary>False for the same unit and equal amounts.</summary>
    public static bool operator !=(UnitPrice<TQuantity, TUnit> left, UnitPrice<TQuantity, TUnit> right) => !left.Equals(right);

    /// <summary>The invariant text, "0.12 USD/kWh", which <see cref="Parse(string, IFormatProvider?)"/> reads back equal.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>The money formatted with <paramref name="format"/> (see <see cref="Money.ToString(string?, IFormatProvider?)"/>), a slash and the unit's abbreviation.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        string.Concat(Amount.ToString(format, formatProvider), "/", TQuantity.GetAbbreviation(Unit));

    /// <summary>Reads "0.12 USD/kWh": money as <see cref="Money"/> parses it, the first '/', a unit abbreviation of the quantity.</summary>
    /// <exception cref="FormatException">The text is not a price of this quantity; the message says which part is wrong.</exception>
    public static UnitPrice<TQuantity, TUnit> Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, provider, out var price, out var reason) ? price : throw new FormatException($"{QuotedInput.Quote(s)} is not a price of {TQuantity.Info.Name}: {reason}.");
    }

    /// <summary>Reads a price like <see cref="Parse(string, IFormatProvider?)"/>; false, without throwing, when the text is not one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out UnitPrice<TQuantity, TUnit> result) =>
        TryParse(s, provider, out result, out _);

    /// <summary>
    /// Reads a price; on failure <paramref name="reason"/> says which part is wrong, in words that follow
    /// "is not a price of Energy: ". The money is everything before the first '/' (money text has none), so a unit
    /// with a slash of its own ("Gbit/s") is read whole.
    /// </summary>
    internal static bool TryParse(string? s, IFormatProvider? provider, out UnitPrice<TQuantity, TUnit> result, out string reason)
    {
        result = default;
        if (s is null)
        {
            reason = "there is no text";
            return false;
        }

        var slash = s.IndexOf('/');
        if (slash < 0)
        {
            reason = $"expected money, '/' and a unit of {TQuantity.Info.Name}, such as \"{Example()}\"";
            return false;
        }

        var unitText = s.AsSpan(slash + 1).Trim();
        if (unitText.IsEmpty || !TQuantity.TryParseUnit(unitText, provider, out var unit))
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"{QuotedInput.Quote(unitText)} after the '/' at {slash} is not a unit of {TQuantity.Info.Name}");
            return false;
        }

        if (!MoneyParser.TryParse(s.AsSpan(0, slash), provider, out var amount, out var failure))
        {
            reason = "before the '/', " + MoneyParser.CreateException(s.AsSpan(0, slash), provider, failure).Message.TrimEnd('.');
            return false;
        }

        result = new UnitPrice<TQuantity, TUnit>(amount, unit);
        reason = string.Empty;
        return true;
    }

    /// <summary>An example price text for messages: "1 USD/" and the base unit's abbreviation.</summary>
    internal static string Example() => "1 USD/" + TQuantity.GetAbbreviation(TQuantity.BaseUnit);
}
