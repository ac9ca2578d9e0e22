using System;
using System.Collections.Generic;

namespace AiInfra.Domain.Validation.JsonSchemaStrings;

/// <summary>
/// An immutable set of Unicode code points (0 to 0x10FFFF, surrogates included, since ECMA-262 treats a lone
/// surrogate as a code point of its own), held as sorted, disjoint, non-adjacent inclusive ranges.
/// Shared by the runtime and the generator (compiled into both).
/// </summary>
internal sealed class CodePointSet
{
    /// <summary>The largest code point.</summary>
    public const int MaxCodePoint = 0x10FFFF;

    /// <summary>The empty set.</summary>
    public static readonly CodePointSet Empty = new(Array.Empty<int>());

    /// <summary>Every code point.</summary>
    public static readonly CodePointSet All = Range(0, MaxCodePoint);

    // Flat pairs: start0, end0, start1, end1, ... (inclusive ends).
    private readonly int[] _bounds;

    private CodePointSet(int[] bounds) => _bounds = bounds;

    /// <summary>How many ranges the set has.</summary>
    public int RangeCount => _bounds.Length / 2;

    /// <summary>True when the set has no code point.</summary>
    public bool IsEmpty => _bounds.Length == 0;

    /// <summary>The first code point of range <paramref name="index"/>.</summary>
    public int Start(int index) => _bounds[2 * index];

    /// <summary>The last code point (inclusive) of range <paramref name="index"/>.</summary>
    public int End(int index) => _bounds[(2 * index) + 1];

    /// <summary>The set of one code point.</summary>
    public static CodePointSet Single(int codePoint) => Range(codePoint, codePoint);

    /// <summary>The code points from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static CodePointSet Range(int first, int last) => new(new[] { first, last });

    /// <summary>A set of the given inclusive ranges, in any order, possibly overlapping.</summary>
    public static CodePointSet FromRanges(IEnumerable<(int First, int Last)> ranges)
    {
        var list = new List<(int First, int Last)>(ranges);
        list.Sort((a, b) => a.First.CompareTo(b.First));
        var bounds = new List<int>(list.Count * 2);
        foreach (var (first, last) in list)
        {
            if (bounds.Count > 0 && first <= bounds[bounds.Count - 1] + 1)
            {
                bounds[bounds.Count - 1] = Math.Max(bounds[bounds.Count - 1], last);
            }
            else
            {
                bounds.Add(first);
                bounds.Add(last);
            }
        }

        return new CodePointSet(bounds.ToArray());
    }

    /// <summary>True when the set holds <paramref name="codePoint"/>.</summary>
    public bool Contains(int codePoint)
    {
        int low = 0, high = RangeCount - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (codePoint < Start(middle))
            {
                high = middle - 1;
            }
            else if (codePoint > End(middle))
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The code points in this set or in <paramref name="other"/>.</summary>
    public CodePointSet Union(CodePointSet other)
    {
        if (other.IsEmpty)
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        var ranges = new List<(int, int)>(RangeCount + other.RangeCount);
        for (var i = 0; i < RangeCount; i++)
        {
            ranges.Add((Start(i), End(i)));
        }

        for (var i = 0; i < other.RangeCount; i++)
        {
            ranges.Add((other.Start(i), other.End(i)));
        }

        return FromRanges(ranges);
    }

    /// <summary>The code points (0 to 0x10FFFF) not in this set.</summary>
    public CodePointSet Complement()
    {
        var bounds = new List<int>(_bounds.Length + 2);
        var next = 0;
        for (var i = 0; i < RangeCount; i++)
        {
            if (Start(i) > next)
            {
                bounds.Add(next);
                bounds.Add(Start(i) - 1);
            }

            next = End(i) + 1;
        }

        if (next <= MaxCodePoint)
        {
            bounds.Add(next);
            bounds.Add(MaxCodePoint);
        }

        return new CodePointSet(bounds.ToArray());
    }

    /// <summary>The code points in both this set and <paramref name="other"/>.</summary>
    public CodePointSet Intersect(CodePointSet other) => Complement().Union(other.Complement()).Complement();

    /// <summary>The code points of this set from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public CodePointSet Within(int first, int last) => Intersect(Range(first, last));
}
