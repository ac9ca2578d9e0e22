using System.Numerics;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Tests.Quantities;

public class MoneyArithmeticTests
{
    private static readonly Money FiveUsd = Money.Of(5m, Currency.Usd);
    private static readonly Money ThreeEur = Money.Of(3m, Currency.Eur);

    [Fact]
    public void Addition_and_subtraction_stay_in_the_currency_and_are_exact()
    {
        Assert.Equal(Money.Of(3.75m, Currency.Usd), Money.Of(1.5m, Currency.Usd) + Money.Of(2.25m, Currency.Usd));
        Assert.Equal(Money.Of(-0.75m, Currency.Usd), Money.Of(1.5m, Currency.Usd) - Money.Of(2.25m, Currency.Usd));
        Assert.Equal(Money.Of(0.3m, Currency.Usd), Money.Of(0.1m, Currency.Usd) + Money.Of(0.2m, Currency.Usd));
        Assert.Equal("3.75 USD", (Money.Of(1.50m, Currency.Usd) + Money.Of(2.25m, Currency.Usd)).ToString());
    }

    [Fact]
    public void Scaling_by_a_decimal_and_negation()
    {
        Assert.Equal(Money.Of(15m, Currency.Usd), FiveUsd * 3m);
        Assert.Equal(Money.Of(15m, Currency.Usd), 3m * FiveUsd);
        Assert.Equal(Money.Of(10m, Currency.Usd), FiveUsd * 2);
        Assert.Equal(Money.Of(2.5m, Currency.Usd), FiveUsd / 2m);
        Assert.Equal(Money.Of(-5m, Currency.Usd), -FiveUsd);
        Assert.Equal(FiveUsd, +FiveUsd);
        Assert.Equal(Currency.Usd, (FiveUsd * 0.1m).Currency);
    }

    [Fact]
    public void Money_divided_by_money_in_one_currency_is_a_number()
    {
        Assert.Equal(2.5m, FiveUsd / Money.Of(2m, Currency.Usd));
        Assert.Equal(0.5m, Money.Parse("40 bn USD") / Money.Parse("80bn USD"));
    }

    [Fact]
    public void Zero_is_the_identity_of_addition()
    {
        var zero = Money.Zero(Currency.Cny);

        Assert.Equal(0m, zero.Amount);
        Assert.Equal(Currency.Cny, zero.Currency);
        Assert.Equal(Money.Of(7m, Currency.Cny), zero + Money.Of(7m, Currency.Cny));
        Assert.Equal(Money.Of(6m, Currency.Cny), new[] { 1m, 2m, 3m }.Select(a => Money.Of(a, Currency.Cny)).Aggregate(zero, (sum, m) => sum + m));
    }

    [Fact]
    public void Decimal_overflow_and_division_by_zero_are_decimal_exceptions()
    {
        var max = Money.Of(decimal.MaxValue, Currency.Usd);

        Assert.Throws<OverflowException>(() => max + Money.Of(1m, Currency.Usd));
        Assert.Throws<OverflowException>(() => max * 2m);
        Assert.Throws<DivideByZeroException>(() => FiveUsd / 0m);
        Assert.Throws<DivideByZeroException>(() => FiveUsd / Money.Zero(Currency.Usd));
    }

    public static TheoryData<string, Func<Money, Money, object>> MixedOperations => new()
    {
        { "add", (a, b) => a + b },
        { "subtract", (a, b) => a - b },
        { "compare", (a, b) => a < b },
        { "compare", (a, b) => a > b },
        { "compare", (a, b) => a <= b },
        { "compare", (a, b) => a >= b },
        { "compare", (a, b) => a.CompareTo(b) },
        { "compare", (a, b) => ((IComparable)a).CompareTo(b) },
        { "divide", (a, b) => a / b },
    };

    [Theory]
    [MemberData(nameof(MixedOperations))]
    public void Mixing_currencies_throws_naming_both(string verb, Func<Money, Money, object> operation)
    {
        var exception = Assert.Throws<CurrencyMismatchException>(() => operation(FiveUsd, ThreeEur));

        Assert.IsAssignableFrom<InvalidOperationException>(exception);
        Assert.Equal(Currency.Usd, exception.Left);
        Assert.Equal(Currency.Eur, exception.Right);
        Assert.Contains($"Cannot {verb}", exception.Message);
        Assert.Contains("USD", exception.Message);
        Assert.Contains("EUR", exception.Message);
    }

    [Fact]
    public void Sorting_amounts_in_different_currencies_throws()
    {
        var amounts = new List<Money> { FiveUsd, ThreeEur };

        var exception = Assert.Throws<InvalidOperationException>(() => amounts.Sort());

        Assert.IsType<CurrencyMismatchException>(exception.InnerException);
    }

    [Fact]
    public void Ordering_within_a_currency()
    {
        var one = Money.Of(1m, Currency.Usd);

        Assert.True(one < FiveUsd);
        Assert.True(FiveUsd > one);
        Assert.True(one <= Money.Of(1.00m, Currency.Usd));
        Assert.True(one >= Money.Of(1.00m, Currency.Usd));
        Assert.False(FiveUsd < one);
        Assert.Equal(0, one.CompareTo(Money.Of(1.000m, Currency.Usd)));
        Assert.True(one.CompareTo(FiveUsd) < 0);
        Assert.Equal(1, ((IComparable)one).CompareTo(null));
        Assert.Throws<ArgumentException>(() => ((IComparable)one).CompareTo(1m));

        var sorted = new[] { FiveUsd, -FiveUsd, one }.Order().ToArray();
        Assert.Equal(new[] { -FiveUsd, one, FiveUsd }, sorted);
    }

    [Theory]
    [InlineData("1.0", "1.00")]
    [InlineData("1", "1.000000")]
    [InlineData("0", "0.00")]
    [InlineData("0", "-0.0")]
    [InlineData("-2.50", "-2.5")]
    [InlineData("1234567890123456789012345678", "1234567890123456789012345678.0")]
    [InlineData("0.1000000000000000000000000000", "0.1")]
    [InlineData("80000000000", "80000000000.000")]
    public void Equal_amounts_with_different_scales_are_equal_and_hash_alike(string left, string right)
    {
        var a = Money.Of(decimal.Parse(left, System.Globalization.CultureInfo.InvariantCulture), Currency.Usd);
        var b = Money.Of(decimal.Parse(right, System.Globalization.CultureInfo.InvariantCulture), Currency.Usd);

        Assert.NotEqual(a.ToString(), b.ToString());
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Single(new HashSet<Money> { a, b });
    }

    [Fact]
    public void Amounts_in_different_currencies_are_not_equal_and_do_not_throw()
    {
        var oneUsd = Money.Of(1m, Currency.Usd);
        var oneEur = Money.Of(1m, Currency.Eur);

        Assert.False(oneUsd == oneEur);
        Assert.True(oneUsd != oneEur);
        Assert.False(oneUsd.Equals(oneEur));
        Assert.NotEqual(oneUsd, oneEur);
        Assert.False(oneUsd.Equals((object)1m));
        Assert.NotEqual(Money.Of(1m, Currency.Usd), Money.Of(2m, Currency.Usd));
    }

    [Fact]
    public void Creating_money_without_a_currency_throws()
    {
        Assert.Throws<ArgumentException>(() => new Money(1m, Currency.None));
        Assert.Throws<ArgumentException>(() => Money.Of(1m, default));
        Assert.Throws<ArgumentException>(() => Money.Zero(default));
    }

    [Fact]
    public void Default_money_has_no_currency_and_does_not_mix_with_real_ones()
    {
        var none = default(Money);

        Assert.True(none.Currency.IsNone);
        Assert.Equal(0m, none.Amount);
        Assert.Equal(default, none + default(Money));
        Assert.NotEqual(Money.Zero(Currency.Usd), none);
        var exception = Assert.Throws<CurrencyMismatchException>(() => none + FiveUsd);
        Assert.Contains("no currency", exception.Message);
    }

    [Fact]
    public void Generic_math_sees_the_operators()
    {
        Assert.Equal(Money.Of(8m, Currency.Usd), Add(FiveUsd, Money.Of(3m, Currency.Usd)));
        Assert.Throws<CurrencyMismatchException>(() => Add(FiveUsd, ThreeEur));

        static T Add<T>(T a, T b)
            where T : IAdditionOperators<T, T, T> => a + b;
    }
}
