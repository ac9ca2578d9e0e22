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

/// <summary>The value writers that generated code calls. Output is deterministic and culture-independent.</summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static partial class JsonValueWriters
{
    /// <summary>Writes a quantity as "700 W", in the unit it carries.</summary>
    public static void WriteQuantity<TQuantity, TUnit>(Utf8JsonWriter writer, TQuantity value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
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

    /// <summary>Writes an ISO 8601 date, "2025-03-18".</summary>
    public static void WriteLocalDate(Utf8JsonWriter writer, LocalDate value) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));

    /// <summary>Writes an ISO 8601 year and month, "2025-03".</summary>
    public static void WriteYearMonth(Utf8JsonWriter writer, YearMonth value) =>
        writer.WriteStringValue(YearMonthPattern.Iso.Format(value));

    /// <summary>Writes a string.</summary>
    public static void WriteString(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    /// <summary>Writes true or false.</summary>
    public static void WriteBoolean(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    /// <summary>Writes a whole number.</summary>
    public static void WriteInt64(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <summary>Writes a number with the shortest text that reads back to the same double.</summary>
    public static void WriteDouble(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

    /// <summary>Writes an array of items.</summary>
    public static void WriteList<T>(Utf8JsonWriter writer, IReadOnlyList<T> items, JsonValueWriter<T> writeItem)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a map as an object, keys in the order of <paramref name="keyOrder"/> (so output is deterministic).</summary>
    public static void WriteMap<TKey, TValue>(Utf8JsonWriter writer, IReadOnlyDictionary<TKey, TValue> map, Func<TKey, string> keyName, Comparison<TKey> keyOrder, JsonValueWriter<TValue> writeValue)
        where TKey : notnull
    {
        writer.WriteStartObject();
        var keys = new TKey[map.Count];
        var i = 0;
        foreach (var key in map.Keys)
        {
            keys[i++] = key;
        }

        Array.Sort(keys, keyOrder);
        foreach (var key in keys)
        {
            writer.WritePropertyName(keyName(key));
            writeValue(writer, map[key]);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a nested entity with its generated writer.</summary>
    public static void WriteEntity<T>(Utf8JsonWriter writer, T value)
        where T : class, IAiInfraEntity<T> => T.WriteJson(writer, value);
}
