using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace AiInfra.Domain.Quantities;

/// <summary>
/// Equality, ordering and hashing of two quantities in different units (in one unit the values compare as doubles).
/// Every amount has a key: its value in the base unit rounded to a double, <c>b = RN(value × factor + offset)</c>, and
/// a position within the amounts that round to <c>b</c>. Keys are compared in that order, so equality is transitive,
/// the hash (of <c>b</c>) agrees with it, and distinct values of one unit are never equal.
/// </summary>
/// <remarks>
/// <para>The position: in each unit, at most one value that rounds to <c>b</c> is the unit's <em>canonical</em> value
/// for <c>b</c>, with position 0, so all canonical values of <c>b</c> are equal to each other (1.2 kW, 1200 W and
/// 0.0012 MW all round to 1200 W and are equal). Canonical is the value whose exact amount is <c>b</c>; otherwise one
/// of the two values next to <c>b</c> (just below, just above) that round to it: the one with the shorter shortest
/// round-trip decimal, then the nearer, then the lower. Any other value that rounds to <c>b</c> (there is one only
/// when a unit's doubles are denser than the base unit's there) has the position <c>exact amount − b</c>, which is never
/// 0, so it equals only values with exactly the same amount. Before this, such neighbours merged: 1000000.1230000033 kW
/// and the next double, 1000000.1230000034 kW, both convert to 1000000123.0000033 W and were equal.</para>
/// <para>The fast path, <c>b</c> unequal, is a multiplication (a fused multiply-add for affine units) per operand. Only a
/// tie looks at the positions, with error-free transformations; amounts beyond 2^1000 or whose products are below
/// 2^-968 are compared with integers, which allocates (no physical value gets there).</para>
/// <para>NaN follows <see cref="double"/>: <c>==</c> and the ordering operators are false for it, <c>Equals</c> treats
/// two NaNs as equal, and <c>CompareTo</c> puts NaN below everything.</para>
/// <para>Part of the contract between the quantity generator and this library: every generated quantity's equality and
/// ordering (the library's and a project's own) call it with each operand's value, its unit's factor to the base unit
/// (and offset, for an affine unit); other code compares the quantities themselves.</para>
/// </remarks>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Advanced)]
public static class AmountOrder
{
    /// <summary>2^-968: a product at least this large in magnitude has an exactly representable rounding error.</summary>
    private const double ExactErrorThreshold = 4.008336720017946e-292;

    /// <summary>2^1000: sums of a few terms this large cannot overflow.</summary>
    private const double SafeSumLimit = 1.0715086071862673e301;

    /// <summary>
    /// Equality of two values in one unit as <see cref="double.Equals(double)"/> has it (NaN equals NaN). A static method,
    /// so that a quantity's <c>Equals</c> does not take the address of its value, which would keep the JIT from holding
    /// the quantity in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SameValue(double x, double y) => x == y || (double.IsNaN(x) && double.IsNaN(y));

    /// <summary>The order of two values in one unit as <see cref="double.CompareTo(double)"/> has it (NaN first and equal to NaN), for the same reason as <see cref="SameValue"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CompareValues(double x, double y) => x < y ? -1 : x > y ? 1 : x == y ? 0 : NaNOrder(x, y);

    /// <summary>IEEE equality of the amounts <c>x1 × f1</c> and <c>x2 × f2</c> (NaN is equal to nothing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(double x1, double f1, double x2, double f2)
    {
        var b1 = x1 * f1;
        var b2 = x2 * f2;
        return b1 == b2 && Tie(x1, f1, 0, x2, f2, 0, b1) == 0;
    }

    /// <summary>Equality as <see cref="double.Equals(double)"/> has it: NaN equals NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqualOrBothNaN(double x1, double f1, double x2, double f2)
    {
        var b1 = x1 * f1;
        var b2 = x2 * f2;
        return b1 == b2 ? Tie(x1, f1, 0, x2, f2, 0, b1) == 0 : double.IsNaN(b1) && double.IsNaN(b2);
    }

    /// <summary>True when the amount <c>x1 × f1</c> is below <c>x2 × f2</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(double x1, double f1, double x2, double f2)
    {
        var b1 = x1 * f1;
        var b2 = x2 * f2;
        return b1 < b2 || (b1 == b2 && Tie(x1, f1, 0, x2, f2, 0, b1) < 0);
    }

    /// <summary>True when the amount <c>x1 × f1</c> is at most <c>x2 × f2</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessOrEqual(double x1, double f1, double x2, double f2)
    {
        var b1 = x1 * f1;
        var b2 = x2 * f2;
        return b1 < b2 || (b1 == b2 && Tie(x1, f1, 0, x2, f2, 0, b1) <= 0);
    }

    /// <summary>The order of the amounts as <see cref="double.CompareTo(double)"/> has it: NaN first and equal to NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(double x1, double f1, double x2, double f2)
    {
        var b1 = x1 * f1;
        var b2 = x2 * f2;
        return b1 < b2 ? -1 : b1 > b2 ? 1 : b1 == b2 ? Tie(x1, f1, 0, x2, f2, 0, b1) : NaNOrder(b1, b2);
    }

    /// <summary>IEEE equality of the affine amounts <c>x1 × f1 + o1</c> and <c>x2 × f2 + o2</c>.</summary>
    public static bool Equal(double x1, double f1, double o1, double x2, double f2, double o2)
    {
        var b1 = Math.FusedMultiplyAdd(x1, f1, o1);
        var b2 = Math.FusedMultiplyAdd(x2, f2, o2);
        return b1 == b2 && Tie(x1, f1, o1, x2, f2, o2, b1) == 0;
    }

    /// <summary>Equality of affine amounts as <see cref="double.Equals(double)"/> has it: NaN equals NaN.</summary>
    public static bool EqualOrBothNaN(double x1, double f1, double o1, double x2, double f2, double o2)
    {
        var b1 = Math.FusedMultiplyAdd(x1, f1, o1);
        var b2 = Math.FusedMultiplyAdd(x2, f2, o2);
        return b1 == b2 ? Tie(x1, f1, o1, x2, f2, o2, b1) == 0 : double.IsNaN(b1) && double.IsNaN(b2);
    }

    /// <summary>True when the affine amount <c>x1 × f1 + o1</c> is below <c>x2 × f2 + o2</c>.</summary>
    public static bool Less(double x1, double f1, double o1, double x2, double f2, double o2)
    {
        var b1 = Math.FusedMultiplyAdd(x1, f1, o1);
        var b2 = Math.FusedMultiplyAdd(x2, f2, o2);
        return b1 < b2 || (b1 == b2 && Tie(x1, f1, o1, x2, f2, o2, b1) < 0);
    }

    /// <summary>True when the affine amount <c>x1 × f1 + o1</c> is at most <c>x2 × f2 + o2</c>.</summary>
    public static bool LessOrEqual(double x1, double f1, double o1, double x2, double f2, double o2)
    {
        var b1 = Math.FusedMultiplyAdd(x1, f1, o1);
        var b2 = Math.FusedMultiplyAdd(x2, f2, o2);
        return b1 < b2 || (b1 == b2 && Tie(x1, f1, o1, x2, f2, o2, b1) <= 0);
    }

    /// <summary>The order of two affine amounts as <see cref="double.CompareTo(double)"/> has it.</summary>
    public static int Compare(double x1, double f1, double o1, double x2, double f2, double o2)
    {
        var b1 = Math.FusedMultiplyAdd(x1, f1, o1);
        var b2 = Math.FusedMultiplyAdd(x2, f2, o2);
        return b1 < b2 ? -1 : b1 > b2 ? 1 : b1 == b2 ? Tie(x1, f1, o1, x2, f2, o2, b1) : NaNOrder(b1, b2);
    }

    private static int NaNOrder(double a, double b) => double.IsNaN(a) ? (double.IsNaN(b) ? 0 : -1) : 1;

    /// <summary>The order of two amounts in different units whose rounded base values tie at <paramref name="b"/> (not NaN).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Tie(double x1, double f1, double o1, double x2, double f2, double o2, double b)
    {
        var canonical1 = IsCanonical(x1, f1, o1, b);
        var canonical2 = IsCanonical(x2, f2, o2, b);
        if (canonical1 && canonical2)
        {
            return 0;
        }

        // Positions: 0 for a canonical value, else the exact amount minus b (never 0 then).
        if (canonical1)
        {
            return -SignOfResidual(x2, f2, o2, b);
        }

        if (canonical2)
        {
            return SignOfResidual(x1, f1, o1, b);
        }

        if (IsSafe(x1, f1, o1, b) && IsSafe(x2, f2, o2, b))
        {
            Span<double> terms = stackalloc double[6];
            WriteProduct(terms, x1, f1);
            WriteProduct(terms[3..], -x2, f2);
            terms[2] = o1;
            terms[5] = -o2;
            return SignOfSum(terms);
        }

        return Slow(x1, f1, o1, x2, f2, o2);
    }

    /// <summary>True when <paramref name="x"/> is its unit's canonical value among those whose amounts round to <paramref name="b"/>.</summary>
    private static bool IsCanonical(double x, double f, double o, double b)
    {
        if (double.IsInfinity(x))
        {
            return true;
        }

        var side = SignOfResidual(x, f, o, b);
        if (side == 0)
        {
            return true;
        }

        // The neighbour towards b: nearer to b on the same side means x is not next to b; exactly at b, it wins.
        var neighbour = side < 0 ? Math.BitIncrement(x) : Math.BitDecrement(x);
        if (!IsSafe(x, f, o, b) || !IsSafe(neighbour, f, o, b))
        {
            // Far outside physical magnitudes only the exact value is canonical.
            return false;
        }

        var neighbourSide = SignOfResidual(neighbour, f, o, b);
        if (neighbourSide == side || neighbourSide == 0)
        {
            return false;
        }

        // The neighbour is on the other side of b: if it rounds to b too, one of the two is canonical.
        if (Math.FusedMultiplyAdd(neighbour, f, o) != b)
        {
            return true;
        }

        var length = ShortestLength(x);
        var neighbourLength = ShortestLength(neighbour);
        if (length != neighbourLength)
        {
            return length < neighbourLength;
        }

        // |D(x)| - |D(n)| = side × (D(x) + D(n)), where D(y) = y × f + o - b exactly.
        Span<double> terms = stackalloc double[8];
        WriteProduct(terms, x, f);
        WriteProduct(terms[2..], neighbour, f);
        terms[4] = o;
        terms[5] = o;
        terms[6] = -b;
        terms[7] = -b;
        var nearer = side * SignOfSum(terms);
        return nearer != 0 ? nearer < 0 : x < neighbour;
    }

    /// <summary>The sign of <c>x × f + o - b</c>, exactly.</summary>
    private static int SignOfResidual(double x, double f, double o, double b)
    {
        if (!IsSafe(x, f, o, b))
        {
            return Slow(x, f, o, b, 1, 0);
        }

        Span<double> terms = stackalloc double[4];
        WriteProduct(terms, x, f);
        terms[2] = o;
        terms[3] = -b;
        return SignOfSum(terms);
    }

    /// <summary>Writes <c>x × f</c> exactly, as its rounded value and its rounding error, into the first two terms.</summary>
    private static void WriteProduct(Span<double> terms, double x, double f)
    {
        var product = x * f;
        terms[0] = product;
        terms[1] = Math.FusedMultiplyAdd(x, f, -product);
    }

    /// <summary>True when the product's rounding error is exact and the terms are small enough to add without overflow.</summary>
    private static bool IsSafe(double x, double f, double o, double b)
    {
        var p = Math.Abs(x * f);
        return Math.Abs(b) <= SafeSumLimit && Math.Abs(o) <= SafeSumLimit && (x == 0 || (p >= ExactErrorThreshold && p <= SafeSumLimit));
    }

    /// <summary>The length of the shortest decimal that reads back as <paramref name="value"/>.</summary>
    private static int ShortestLength(double value)
    {
        Span<char> buffer = stackalloc char[32];
        return value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture) ? written : buffer.Length;
    }

    /// <summary>
    /// The sign of the exact sum of <paramref name="terms"/>, none of whose partial sums overflows: the terms are
    /// added into a nonoverlapping expansion (Shewchuk's Grow-Expansion, built on the exact Two-Sum), whose most
    /// significant nonzero component has the sign of the sum.
    /// </summary>
    private static int SignOfSum(Span<double> terms)
    {
        Span<double> expansion = stackalloc double[terms.Length];
        var length = 0;
        foreach (var term in terms)
        {
            var carry = term;
            for (var i = 0; i < length; i++)
            {
                var sum = carry + expansion[i];
                var virtualCarry = sum - carry;
                var error = (carry - (sum - virtualCarry)) + (expansion[i] - virtualCarry);
                expansion[i] = error;
                carry = sum;
            }

            expansion[length++] = carry;
        }

        for (var i = length - 1; i >= 0; i--)
        {
            if (expansion[i] != 0)
            {
                return Math.Sign(expansion[i]);
            }
        }

        return 0;
    }

    /// <summary>The exact order of <c>x1 × f1 + o1</c> and <c>x2 × f2 + o2</c> for any values, infinities included (not NaN), with integers.</summary>
    private static int Slow(double x1, double f1, double o1, double x2, double f2, double o2)
    {
        if (double.IsInfinity(x1) || double.IsInfinity(x2))
        {
            // The factors are positive and the offsets finite, so an infinite value is an infinite amount of its sign.
            var s1 = double.IsInfinity(x1) ? Math.Sign(x1) * 2 : 0;
            var s2 = double.IsInfinity(x2) ? Math.Sign(x2) * 2 : 0;
            return Math.Sign(s1 - s2);
        }

        // Every term is an integer times a power of two; scale all of them to the smallest power and add them up.
        var terms = new[] { Product(x1, f1), Split(o1), Negate(Product(x2, f2)), Negate(Split(o2)) };
        var lowest = int.MaxValue;
        foreach (var (mantissa, exponent) in terms)
        {
            if (!mantissa.IsZero)
            {
                lowest = Math.Min(lowest, exponent);
            }
        }

        var total = BigInteger.Zero;
        foreach (var (mantissa, exponent) in terms)
        {
            if (!mantissa.IsZero)
            {
                total += mantissa << (exponent - lowest);
            }
        }

        return total.Sign;
    }

    private static (BigInteger Mantissa, int Exponent) Product(double x, double f)
    {
        var (mx, ex) = Split(x);
        var (mf, ef) = Split(f);
        return (mx * mf, ex + ef);
    }

    private static (BigInteger Mantissa, int Exponent) Negate((BigInteger Mantissa, int Exponent) term) => (-term.Mantissa, term.Exponent);

    /// <summary>A finite double as an integer mantissa and a power of two: <c>value = mantissa × 2^exponent</c>.</summary>
    private static (BigInteger Mantissa, int Exponent) Split(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xF_FFFF_FFFF_FFFF;
        var mantissa = biased == 0 ? fraction : fraction | (1L << 52);
        var exponent = (biased == 0 ? 1 : biased) - 1075;
        return (value < 0 ? -mantissa : mantissa, exponent);
    }
}
