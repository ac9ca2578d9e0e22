using System.ComponentModel;
using System.Numerics;

namespace AiInfra.Domain.Quantities;

/// <summary>
/// Sum, Average, Min and Max over sequences of quantities. Part of the contract between the quantity generator and this
/// library: every generated quantity's <c>QuantityEnumerable</c> extension methods (<c>powers.Sum()</c>) call it; other
/// code calls those.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static class QuantityAggregation
{
    /// <summary>The sum, in the first value's unit (each addition keeps the left operand's unit); zero in the base unit for an empty sequence.</summary>
    /// <param name="source">The values.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static TQuantity Sum<TQuantity, TUnit>(IEnumerable<TQuantity> source)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>, IAdditionOperators<TQuantity, TQuantity, TQuantity>
        where TUnit : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(source);
        using var e = source.GetEnumerator();
        if (!e.MoveNext())
        {
            return TQuantity.Zero;
        }

        var sum = e.Current;
        while (e.MoveNext())
        {
            sum += e.Current;
        }

        return sum;
    }

    /// <summary>The sum, in <paramref name="unit"/>; zero in that unit for an empty sequence.</summary>
    /// <param name="source">The values.</param>
    /// <param name="unit">The unit of the result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
    public static TQuantity Sum<TQuantity, TUnit>(IEnumerable<TQuantity> source, TUnit unit)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>, IAdditionOperators<TQuantity, TQuantity, TQuantity>
        where TUnit : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(source);
        var sum = TQuantity.From(0, unit);
        foreach (var value in source)
        {
            sum += value;
        }

        return sum;
    }

    /// <summary>The mean, in the first value's unit.</summary>
    /// <param name="source">The values.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static TQuantity Average<TQuantity, TUnit>(IEnumerable<TQuantity> source)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>, IAdditionOperators<TQuantity, TQuantity, TQuantity>, IDivisionOperators<TQuantity, double, TQuantity>
        where TUnit : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(source);
        using var e = source.GetEnumerator();
        if (!e.MoveNext())
        {
            throw EmptySequence(nameof(Average));
        }

        var sum = e.Current;
        long count = 1;
        while (e.MoveNext())
        {
            sum += e.Current;
            count++;
        }

        return sum / count;
    }

    /// <summary>The mean, in <paramref name="unit"/>.</summary>
    /// <param name="source">The values.</param>
    /// <param name="unit">The unit of the result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static TQuantity Average<TQuantity, TUnit>(IEnumerable<TQuantity> source, TUnit unit)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>, IAdditionOperators<TQuantity, TQuantity, TQuantity>, IDivisionOperators<TQuantity, double, TQuantity>
        where TUnit : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(source);
        var sum = TQuantity.From(0, unit);
        long count = 0;
        foreach (var value in source)
        {
            sum += value;
            count++;
        }

        return count == 0 ? throw EmptySequence(nameof(Average)) : sum / count;
    }

    /// <summary>The smallest value as <c>CompareTo</c> orders them (NaN first), in its own unit; the first of equal values.</summary>
    /// <param name="source">The values.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static TQuantity Min<TQuantity, TUnit>(IEnumerable<TQuantity> source)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum => Extreme<TQuantity, TUnit>(source, -1, nameof(Min));

    /// <summary>The largest value as <c>CompareTo</c> orders them, in its own unit; the first of equal values.</summary>
    /// <param name="source">The values.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
    public static TQuantity Max<TQuantity, TUnit>(IEnumerable<TQuantity> source)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum => Extreme<TQuantity, TUnit>(source, 1, nameof(Max));

    /// <summary>The values <paramref name="selector"/> gives, checking both arguments first (for the generated selector overloads).</summary>
    /// <param name="source">The items.</param>
    /// <param name="selector">What to take of each item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is null.</exception>
    public static IEnumerable<TResult> Select<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return source.Select(selector);
    }

    private static TQuantity Extreme<TQuantity, TUnit>(IEnumerable<TQuantity> source, int sign, string name)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(source);
        using var e = source.GetEnumerator();
        if (!e.MoveNext())
        {
            throw EmptySequence(name);
        }

        var best = e.Current;
        while (e.MoveNext())
        {
            if (Math.Sign(e.Current.CompareTo(best)) == sign)
            {
                best = e.Current;
            }
        }

        return best;
    }

    private static InvalidOperationException EmptySequence(string operation) =>
        new($"The sequence is empty: {operation} of no quantities is undefined.");
}
