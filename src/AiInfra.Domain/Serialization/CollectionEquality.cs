using System.ComponentModel;

namespace AiInfra.Domain.Serialization;

/// <summary>Value equality for the lists and maps of generated records: same items in the same order, same entries.</summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static class CollectionEquality
{
    /// <summary>True when both lists have equal items in the same order (or both are null).</summary>
    public static bool ListEquals<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right) => ListEquals(left, right, EqualityComparer<T>.Default);

    /// <summary>True when both lists have items that <paramref name="comparer"/> finds equal, in the same order (or both are null).</summary>
    public static bool ListEquals<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right, IEqualityComparer<T> comparer)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when both maps have the same keys with equal values (or both are null).</summary>
    public static bool MapEquals<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? left, IReadOnlyDictionary<TKey, TValue>? right) =>
        MapEquals(left, right, EqualityComparer<TValue>.Default);

    /// <summary>True when both maps have the same keys with values that <paramref name="comparer"/> finds equal (or both are null).</summary>
    public static bool MapEquals<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? left, IReadOnlyDictionary<TKey, TValue>? right, IEqualityComparer<TValue> comparer)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        foreach (var (key, value) in left)
        {
            if (!right.TryGetValue(key, out var other) || !comparer.Equals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the list's items, consistent with <see cref="ListEquals{T}(IReadOnlyList{T}?, IReadOnlyList{T}?)"/>.</summary>
    public static int ListHash<T>(IReadOnlyList<T>? items) => ListHash(items, EqualityComparer<T>.Default);

    /// <summary>A hash of the list's items, consistent with <see cref="ListEquals{T}(IReadOnlyList{T}?, IReadOnlyList{T}?, IEqualityComparer{T})"/> with the same <paramref name="comparer"/>.</summary>
    public static int ListHash<T>(IReadOnlyList<T>? items, IEqualityComparer<T> comparer)
    {
        if (items is null)
        {
            return 0;
        }

        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item, comparer);
        }

        return hash.ToHashCode();
    }

    /// <summary>A hash of the map's entries, independent of their order, consistent with <see cref="MapEquals{TKey, TValue}(IReadOnlyDictionary{TKey, TValue}?, IReadOnlyDictionary{TKey, TValue}?)"/>.</summary>
    public static int MapHash<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? map) => MapHash(map, EqualityComparer<TValue>.Default);

    /// <summary>A hash of the map's entries, independent of their order, consistent with <see cref="MapEquals{TKey, TValue}(IReadOnlyDictionary{TKey, TValue}?, IReadOnlyDictionary{TKey, TValue}?, IEqualityComparer{TValue})"/> with the same <paramref name="comparer"/>.</summary>
    public static int MapHash<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? map, IEqualityComparer<TValue> comparer)
    {
        if (map is null)
        {
            return 0;
        }

        var hash = 0;
        foreach (var (key, value) in map)
        {
            hash ^= HashCode.Combine(key, value is null ? 0 : comparer.GetHashCode(value));
        }

        return HashCode.Combine(map.Count, hash);
    }
}
