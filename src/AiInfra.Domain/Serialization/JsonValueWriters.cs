using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using AiInfra.Domain.Quantities;
using NodaTime;
using NodaTime.Text;

namespace AiInfra.Domain.Serialization;

/// <summary>Writes one value; used by generated writers.</summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public delegate void JsonValueWriter<in T>(Utf8JsonWriter writer, T value);

/// <summary>
/// The value writers that generated code calls. Output is deterministic and culture-independent. A value that JSON
/// cannot carry so that it reads back equal (a null where a value is needed, a number that is not finite, an undefined
/// enum value, <c>default(Money)</c>, <c>ReportingPeriod.None</c>, a date outside the ISO calendar, text with half of a
/// surrogate pair, nesting deeper than 1000) is never written: the writer throws an <see cref="AiInfraJsonException"/>
/// whose one error names the value's JSON Pointer, with the code and message <c>Validate()</c> reports for it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static partial class JsonValueWriters
{
    /// <summary>Writes a quantity as "700 W", in the unit it carries.</summary>
    /// <exception cref="AiInfraJsonException">The value, or its value in the base unit, is not finite.</exception>
    public static void WriteQuantity<TQuantity, TUnit>(Utf8JsonWriter writer, TQuantity value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        ThrowIfUnwritable(JsonWritability.OfQuantity<TQuantity, TUnit>(value));
        Span<char> buffer = stackalloc char[64];
        if (value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Writes a UnitsNet quantity as its library counterpart is written ("700 W"), in the unit it carries where the library has it.</summary>
    /// <exception cref="AiInfraJsonException">The value has no library counterpart (beyond a double), or that is not finite.</exception>
    public static void WriteUnitsNetQuantity<TQuantity, TUnit, TUnitsNet>(Utf8JsonWriter writer, TUnitsNet value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>, IUnitsNetConvertible<TQuantity, TUnitsNet>
        where TUnit : struct, Enum
        where TUnitsNet : struct, global::UnitsNet.IQuantity
    {
        ThrowIfUnwritable(JsonWritability.OfUnitsNet<TQuantity, TUnit, TUnitsNet>(value, out var quantity));
        WriteQuantity<TQuantity, TUnit>(writer, quantity);
    }

    /// <summary>Writes an ISO 8601 date, "2025-03-18".</summary>
    /// <exception cref="AiInfraJsonException">The date is in a calendar other than ISO.</exception>
    public static void WriteLocalDate(Utf8JsonWriter writer, LocalDate value)
    {
        ThrowIfUnwritable(JsonWritability.OfDate(value));
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }

    /// <summary>Writes a period of whole years, months, weeks and days, "P4Y" (see <see cref="Parsing.IsoPeriodText"/>).</summary>
    /// <exception cref="AiInfraJsonException">The period has a time part or a field below 0 or above its limit.</exception>
    public static void WritePeriod(Utf8JsonWriter writer, Period value)
    {
        ThrowIfUnwritable(JsonWritability.OfPeriod(value));
        writer.WriteStringValue(Parsing.IsoPeriodText.Format(value.Years, value.Months, value.Weeks, value.Days));
    }

    /// <summary>Writes an ISO 8601 year and month, "2025-03".</summary>
    /// <exception cref="AiInfraJsonException">The year and month are in a calendar other than ISO.</exception>
    public static void WriteYearMonth(Utf8JsonWriter writer, YearMonth value)
    {
        ThrowIfUnwritable(JsonWritability.OfYearMonth(value));
        writer.WriteStringValue(YearMonthPattern.Iso.Format(value));
    }

    /// <summary>Writes a string.</summary>
    /// <exception cref="AiInfraJsonException">The string is null, longer than 166,666,666 characters, or holds half of a surrogate pair.</exception>
    public static void WriteString(Utf8JsonWriter writer, string value)
    {
        ThrowIfUnwritable(JsonWritability.OfText(value));
        writer.WriteStringValue(value);
    }

    /// <summary>Writes true or false.</summary>
    public static void WriteBoolean(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    /// <summary>Writes a whole number.</summary>
    public static void WriteInt64(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <summary>Writes a number with the shortest text that reads back to the same double.</summary>
    /// <exception cref="AiInfraJsonException">The number is NaN or infinite.</exception>
    public static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        ThrowIfUnwritable(JsonWritability.OfNumber(value));
        writer.WriteNumberValue(value);
    }

    /// <summary>Writes an array of items; a failure names the item's index in its path.</summary>
    /// <exception cref="AiInfraJsonException">The list is null, too deep, or an item cannot be written.</exception>
    public static void WriteList<T>(Utf8JsonWriter writer, IReadOnlyList<T> items, JsonValueWriter<T> writeItem)
    {
        if (items is null)
        {
            throw NullItem();
        }

        WriteStartArray(writer);
        var i = 0;
        try
        {
            for (; i < items.Count; i++)
            {
                writeItem(writer, items[i]);
            }
        }
        catch (AiInfraJsonException exception) when (Locate(exception, i.ToString(CultureInfo.InvariantCulture)))
        {
            throw;
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes a map as an object, keys in the order of <paramref name="keyOrder"/> (so output is deterministic); a
    /// failure names the key in its path.
    /// </summary>
    /// <exception cref="AiInfraJsonException">The map is null, too deep, has a key its enum does not define, or a value that cannot be written.</exception>
    public static void WriteMap<TKey, TValue>(Utf8JsonWriter writer, IReadOnlyDictionary<TKey, TValue> map, Func<TKey, string> keyName, Comparison<TKey> keyOrder, JsonValueWriter<TValue> writeValue)
        where TKey : struct, Enum
    {
        if (map is null)
        {
            throw NullItem();
        }

        WriteStartObject(writer);
        var keys = new TKey[map.Count];
        var i = 0;
        foreach (var key in map.Keys)
        {
            keys[i++] = key;
        }

        Array.Sort(keys, keyOrder);
        foreach (var key in keys)
        {
            var name = keyName(key);
            try
            {
                ThrowIfUnwritable(Enum.IsDefined(key) ? null : JsonWritability.UndefinedEnum(name, typeof(TKey).Name));
                writer.WritePropertyName(name);
                writeValue(writer, map[key]);
            }
            catch (AiInfraJsonException exception) when (Locate(exception, name))
            {
                throw;
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a nested entity with its generated writer.</summary>
    /// <exception cref="AiInfraJsonException">The entity is null, too deep, or holds a value that cannot be written.</exception>
    public static void WriteEntity<T>(Utf8JsonWriter writer, T value)
        where T : class, IAiInfraEntity<T>
    {
        if (value is null)
        {
            throw NullItem();
        }

        T.WriteJson(writer, value);
    }

    /// <summary>Starts an object, unless the writer is already 1000 levels deep (or at its own smaller limit), or the thread's stack nearly full.</summary>
    /// <exception cref="AiInfraJsonException">The object would be deeper than the writer allows.</exception>
    public static void WriteStartObject(Utf8JsonWriter writer)
    {
        ThrowIfTooDeep(writer);
        writer.WriteStartObject();
    }

    /// <summary>Starts an array, unless the writer is already 1000 levels deep (or at its own smaller limit), or the thread's stack nearly full.</summary>
    /// <exception cref="AiInfraJsonException">The array would be deeper than the writer allows.</exception>
    public static void WriteStartArray(Utf8JsonWriter writer)
    {
        ThrowIfTooDeep(writer);
        writer.WriteStartArray();
    }

    /// <summary>The exception for a value that cannot be written, at the value being written (callers add the path).</summary>
    /// <param name="code">A code from <see cref="ErrorCodes"/>.</param>
    /// <param name="message">What cannot be written and why.</param>
    public static AiInfraJsonException CannotWrite(string code, string message) => AiInfraJsonException.CannotWrite(code, message);

    /// <summary>The exception for a required property, or a list or map property, that is null (the caller adds the property's name).</summary>
    public static AiInfraJsonException NullProperty(bool isCollection)
    {
        var problem = JsonWritability.NullProperty(isCollection);
        return CannotWrite(problem.Code, problem.Message);
    }

    /// <summary>The exception for an enum value that its enum does not define.</summary>
    public static AiInfraJsonException UndefinedEnum(string enumName, int value)
    {
        var problem = JsonWritability.UndefinedEnum(value.ToString(CultureInfo.InvariantCulture), enumName);
        return CannotWrite(problem.Code, problem.Message);
    }

    /// <summary>
    /// Adds <paramref name="token"/> (the property name, list index or map key being written; none when null) to the
    /// path of a value the writer refused, as the exception passes out through it, and returns false: used as an
    /// exception filter, <c>catch (AiInfraJsonException e) when (Locate(e, token))</c>, so nothing catches the
    /// exception on its way out and the stack does not grow, however deep the value.
    /// </summary>
    public static bool Locate(AiInfraJsonException exception, string? token)
    {
        if (token is not null)
        {
            exception.AddOuterToken(token);
        }

        return false;
    }

    /// <summary>
    /// Writes the value with its generated writer, turning a refusal on the way out into the exception a caller gets: the
    /// whole path in <see cref="AiInfraJsonException.Errors"/> and in <see cref="JsonException.Path"/>.
    /// </summary>
    internal static void WriteRoot<T>(Utf8JsonWriter writer, T value)
        where T : class, IAiInfraEntity<T>
    {
        try
        {
            T.WriteJson(writer, value);
        }
        catch (AiInfraJsonException exception) when (exception.IsWriteFailure)
        {
            throw exception.Completed();
        }
    }

    private static AiInfraJsonException NullItem()
    {
        var problem = JsonWritability.NullItem();
        return CannotWrite(problem.Code, problem.Message);
    }

    internal static void ThrowIfUnwritable(Unwritable? problem)
    {
        if (problem is { } found)
        {
            throw CannotWrite(found.Code, found.Message);
        }
    }

    private static void ThrowIfTooDeep(Utf8JsonWriter writer)
    {
        var limit = writer.Options.MaxDepth is > 0 and var own ? Math.Min(own, JsonWritability.MaxDepth) : JsonWritability.MaxDepth;
        if (writer.CurrentDepth >= limit)
        {
            ThrowIfUnwritable(JsonWritability.TooDeep(writer.CurrentDepth + 1, limit, possibly: false));
        }

        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ThrowIfUnwritable(JsonWritability.TooDeepForStack());
        }
    }
}
