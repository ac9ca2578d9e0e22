using System.ComponentModel;

namespace AiInfra.Domain.Serialization;

/// <summary>Value equality for the lists and maps of generated records: same items in the same order, same entries.</summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static class CollectionEquality
{
    /// <summary>True when both lists have equal items in the same order (or both are null).</summary>
    public static bool ListEquals<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
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
    public static bool MapEquals<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? left, IReadOnlyDictionary<TKey, TValue>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in left)
        {
            if (!right.TryGetValue(key, out var other) || !comparer.Equals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the list's items, consistent with <see cref="ListEquals{T}"/>.</summary>
    public static int ListHash<T>(IReadOnlyList<T>? items)
    {
        if (items is null)
        {
            return 0;
        }

        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>A hash of the map's entries, independent of their order, consistent with <see cref="MapEquals{TKey, TValue}"/>.</summary>
    public static int MapHash<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? map)
    {
        if (map is null)
        {
            return 0;
        }

        var hash = 0;
        foreach (var (key, value) in map)
        {
            hash ^= HashCode.Combine(key, value);
        }

        return HashCode.Combine(map.Count, hash);
    }
}
