using System.ComponentModel;

namespace AiInfra.Domain.Validation;

/// <summary>The constraint checks that generated validators call. None allocates when the value is valid.</summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static partial class ValidationChecks
{
    /// <summary>Reports a value below <paramref name="minimum"/> (text for messages: <paramref name="minimumText"/>).</summary>
    public static void Minimum<T>(ref ValidationScope scope, T value, T minimum, string minimumText)
        where T : IComparable<T>
    {
        if (value.CompareTo(minimum) < 0)
        {
            scope.Report(ErrorCodes.OutOfRange, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value} is below the minimum of {minimumText}."));
        }
    }

    /// <summary>Reports a value above <paramref name="maximum"/>.</summary>
    public static void Maximum<T>(ref ValidationScope scope, T value, T maximum, string maximumText)
        where T : IComparable<T>
    {
        if (value.CompareTo(maximum) > 0)
        {
            scope.Report(ErrorCodes.OutOfRange, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value} is above the maximum of {maximumText}."));
        }
    }

    /// <summary>Reports a range whose maximum is below its minimum.</summary>
    public static void FigureRange<T>(ref ValidationScope scope, Provenance.Figure<T> figure)
        where T : struct, IComparable<T>
    {
        if (figure.Maximum is { } maximum && figure.Value.CompareTo(maximum) > 0)
        {
            scope.Report(ErrorCodes.OutOfRange, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The range's minimum {figure.Value} is above its maximum {maximum}."));
        }
    }

    /// <summary>
    /// Reports a string in which <paramref name="pattern"/> matches nowhere (<see cref="ErrorCodes.PatternMismatch"/>), or
    /// for which the match could not be decided in <see cref="JsonSchemaPattern.MatchTimeout"/> (<see cref="ErrorCodes.PatternTimeout"/>).
    /// </summary>
    public static void Pattern(ref ValidationScope scope, string value, JsonSchemaPattern pattern)
    {
        if (!pattern.TryMatch(value, out var matches))
        {
            scope.Report(ErrorCodes.PatternTimeout, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The pattern {pattern} could not be checked on {QuotedInput.Quote(value)} within {JsonSchemaPattern.MatchTimeout.TotalSeconds} s, so the text is rejected; a pattern without lookarounds, \\b or \\B is matched in linear time."));
        }
        else if (!matches)
        {
            scope.Report(ErrorCodes.PatternMismatch, $"{QuotedInput.Quote(value)} does not match the pattern {pattern}.");
        }
    }

    /// <summary>
    /// Reports a string shorter than <paramref name="minLength"/> or longer than <paramref name="maxLength"/> (-1: no
    /// limit), counted in Unicode code points as JSON Schema counts them: a surrogate pair (one emoji) is one character.
    /// </summary>
    public static void Length(ref ValidationScope scope, string value, int minLength, int maxLength)
    {
        if (minLength < 0 && maxLength < 0)
        {
            return;
        }

        var count = JsonSchemaStrings.CodePoints.Count(value);
        if (minLength >= 0 && count < minLength)
        {
            scope.Report(ErrorCodes.TooShort, "The text " + JsonSchemaStrings.CodePoints.TooShort(count, minLength) + ".");
        }

        if (maxLength >= 0 && count > maxLength)
        {
            scope.Report(ErrorCodes.TooLong, "The text " + JsonSchemaStrings.CodePoints.TooLong(count, maxLength) + ".");
        }
    }

    /// <summary>Reports a list with too few or too many items (-1: no limit), or with equal items when they must be unique.</summary>
    public static void Items<T>(ref ValidationScope scope, IReadOnlyList<T> items, int minItems, int maxItems, bool unique)
    {
        ItemCount(ref scope, items.Count, minItems, maxItems);

        if (unique && FirstDuplicate(items) is var (first, second) && second > 0)
        {
            scope.Enter(second);
            scope.Report(ErrorCodes.DuplicateItem, $"Item {second} equals item {first}; the items must be unique.");
            scope.Exit();
        }
    }

    /// <summary>Reports a collection with fewer than <paramref name="minItems"/> or more than <paramref name="maxItems"/> items (-1: no limit).</summary>
    public static void ItemCount(ref ValidationScope scope, int count, int minItems, int maxItems)
    {
        if (minItems >= 0 && count < minItems)
        {
            scope.Report(ErrorCodes.TooFewItems, $"There are {count} items; at least {minItems} are required.");
        }

        if (maxItems >= 0 && count > maxItems)
        {
            scope.Report(ErrorCodes.TooManyItems, $"There are {count} items; at most {maxItems} are allowed.");
        }
    }

    /// <summary>Validates a nested entity held by a property, at the scope's current path; null is reported.</summary>
    public static void Nested<T>(ref ValidationScope scope, T value)
        where T : class, IAiInfraEntity<T> => Nested(ref scope, value, 1);

    /// <summary>Checks each value of a map under its key's JSON name, without allocating for the usual dictionary types.</summary>
    public static void EachMapValue<TKey, TValue>(ref ValidationScope scope, IReadOnlyDictionary<TKey, TValue> map, Func<TKey, string> keyName, Serialization.ValueCheck<TValue> check)
        where TKey : notnull
    {
        if (map.Count == 0)
        {
            return;
        }

        if (map is Dictionary<TKey, TValue> dictionary)
        {
            foreach (var (key, value) in dictionary)
            {
                CheckEntry(ref scope, keyName(key), value, check);
            }
        }
        else if (map is System.Collections.Immutable.ImmutableDictionary<TKey, TValue> immutable)
        {
            foreach (var (key, value) in immutable)
            {
                CheckEntry(ref scope, keyName(key), value, check);
            }
        }
        else
        {
            foreach (var (key, value) in map)
            {
                CheckEntry(ref scope, keyName(key), value, check);
            }
        }
    }

    private static void CheckEntry<TValue>(ref ValidationScope scope, string key, TValue value, Serialization.ValueCheck<TValue> check)
    {
        if (scope.ShouldStop)
        {
            return;
        }

        scope.Enter(key);
        check(value, ref scope);
        scope.Exit();
    }

    /// <summary>Validates each item of a list of entities held by a property; a null item is reported.</summary>
    public static void EachEntity<T>(ref ValidationScope scope, IReadOnlyList<T> items)
        where T : class, IAiInfraEntity<T>
    {
        for (var i = 0; i < items.Count && !scope.ShouldStop; i++)
        {
            scope.Enter(i);
            Nested(ref scope, items[i], 2);
            scope.Exit();
        }
    }

    /// <summary>Validates an optional nested entity under its property name (nothing when it is null).</summary>
    public static void Entity<T>(ref ValidationScope scope, string propertyName, T? value)
        where T : class, IAiInfraEntity<T>
    {
        if (value is null || scope.ShouldStop)
        {
            return;
        }

        scope.Enter(propertyName);
        Nested(ref scope, value, 1);
        scope.Exit();
    }

    private static (int First, int Second) FirstDuplicate<T>(IReadOnlyList<T> items)
    {
        var comparer = EqualityComparer<T>.Default;
        if (items.Count <= 32)
        {
            for (var j = 1; j < items.Count; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    if (comparer.Equals(items[i], items[j]))
                    {
                        return (i, j);
                    }
                }
            }

            return (0, 0);
        }

        var seen = new Dictionary<object, int>();
        int? firstNull = null;
        for (var j = 0; j < items.Count; j++)
        {
            if (items[j] is not { } item)
            {
                if (firstNull is { } i)
                {
                    return (i, j);
                }

                firstNull = j;
            }
            else if (!seen.TryAdd(item, j))
            {
                return (seen[item], j);
            }
        }

        return (0, 0);
    }
}
