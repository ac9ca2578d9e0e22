namespace AiInfra.Domain.Quantities;

/// <summary>
/// Thrown when two amounts of <see cref="Money"/> in different currencies are added, subtracted, divided or ordered.
/// <see cref="Money"/> never converts between currencies: convert one amount explicitly, at a rate you choose, first.
/// </summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception for an operation, such as "add", on amounts in <paramref name="left"/> and <paramref name="right"/>.</summary>
    public CurrencyMismatchException(Currency left, Currency right, string operation)
        : base($"Cannot {operation} an amount in {Describe(left)} and an amount in {Describe(right)}: the currencies differ, and Money never converts between currencies. Convert one amount explicitly first.")
    {
        Left = left;
        Right = right;
    }

    /// <summary>The currency of the left operand.</summary>
    public Currency Left { get; }

    /// <summary>The currency of the right operand.</summary>
    public Currency Right { get; }

    private static string Describe(Currency currency) => currency.IsNone ? "no currency (default Money)" : currency.Code;
}
