using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// The System.Text.Json metadata <see cref="AiInfraJson.Options"/> gives collections of a generated record: lists, arrays
/// and read-only lists, and dictionaries keyed by strings. Each is read by the record's generated reader, item by item,
/// so that an error inside an item carries the item's path (<c>/0/tdp</c>, <c>/h100/tdp</c>); made without reflection.
/// </summary>
internal static class EntityCollections
{
    /// <summary>The metadata of <paramref name="type"/> when it is a collection of <typeparamref name="T"/> this class supports; otherwise null.</summary>
    public static JsonTypeInfo? CreateTypeInfo<T>(Type type, JsonSerializerOptions options)
        where T : class, IAiInfraEntity<T>
    {
        if (type == typeof(T[]))
        {
            return JsonMetadataServices.CreateValueInfo<T[]>(options, new EntityListConverter<T[], T>(static items => items));
        }

        if (type == typeof(List<T>))
        {
            return JsonMetadataServices.CreateValueInfo<List<T>>(options, new EntityListConverter<List<T>, T>(static items => new List<T>(items)));
        }

        if (type == typeof(IReadOnlyList<T>))
        {
            return JsonMetadataServices.CreateValueInfo<IReadOnlyList<T>>(options, new EntityListConverter<IReadOnlyList<T>, T>(static items => items));
        }

        if (type == typeof(IReadOnlyCollection<T>))
        {
            return JsonMetadataServices.CreateValueInfo<IReadOnlyCollection<T>>(options, new EntityListConverter<IReadOnlyCollection<T>, T>(static items => items));
        }

        if (type == typeof(IEnumerable<T>))
        {
            return JsonMetadataServices.CreateValueInfo<IEnumerable<T>>(options, new EntityListConverter<IEnumerable<T>, T>(static items => items));
        }

        if (type == typeof(IList<T>))
        {
            return JsonMetadataServices.CreateValueInfo<IList<T>>(options, new EntityListConverter<IList<T>, T>(static items => new List<T>(items)));
        }

        if (type == typeof(ICollection<T>))
        {
            return JsonMetadataServices.CreateValueInfo<ICollection<T>>(options, new EntityListConverter<ICollection<T>, T>(static items => new List<T>(items)));
        }

        if (type == typeof(Dictionary<string, T>))
        {
            return JsonMetadataServices.CreateValueInfo<Dictionary<string, T>>(options, new EntityMapConverter<Dictionary<string, T>, T>(static map => map));
        }

        if (type == typeof(IReadOnlyDictionary<string, T>))
        {
            return JsonMetadataServices.CreateValueInfo<IReadOnlyDictionary<string, T>>(options, new EntityMapConverter<IReadOnlyDictionary<string, T>, T>(static map => map));
        }

        if (type == typeof(IDictionary<string, T>))
        {
            return JsonMetadataServices.CreateValueInfo<IDictionary<string, T>>(options, new EntityMapConverter<IDictionary<string, T>, T>(static map => map));
        }

        return null;
    }

    /// <summary>The record type a collection type holds, when it has the shape of one <see cref="CreateTypeInfo{T}"/> may support.</summary>
    public static Type? ItemTypeOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetArrayRank() == 1 ? type.GetElementType() : null;
        }

        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        if (arguments.Length == 1)
        {
            return definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
                || definition == typeof(IEnumerable<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>)
                ? arguments[0]
                : null;
        }

        return arguments.Length == 2 && arguments[0] == typeof(string)
            && (definition == typeof(Dictionary<,>) || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>))
            ? arguments[1]
            : null;
    }

    /// <summary>Prefixes the paths of an item's errors with the item's own.</summary>
    private static void AddItemErrors(List<AiInfraError> errors, string itemPath, IReadOnlyList<AiInfraError> itemErrors)
    {
        foreach (var error in itemErrors)
        {
            errors.Add(error with { Path = itemPath + error.Path });
        }
    }

    /// <summary>What a converter of a collection of records does around its own reading, checking and writing.</summary>
    private abstract class CollectionConverter<TCollection> : JsonConverter<TCollection>
        where TCollection : class
    {
        private readonly string _description;
        private readonly JsonValueReader<TCollection> _read;
        private readonly JsonValueValidator<TCollection> _validate;
        private readonly JsonValueWriter<TCollection> _write;

        protected CollectionConverter(string description)
        {
            _description = description;
            _read = ReadItems;
            _validate = ValidateItems;
            _write = WriteItems;
        }

        public override bool HandleNull => true;

        public override TCollection? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializerBridge.ReadsNull(ref reader) ? null : JsonSerializerBridge.Read(ref reader, _read, _validate, _description);

        public override void Write(Utf8JsonWriter writer, TCollection value, JsonSerializerOptions options) =>
            JsonSerializerBridge.Write(writer, value, _write, _description);

        protected abstract bool ReadItems(ref AiInfraJsonReader reader, JsonReadContext context, out TCollection value);

        protected abstract IReadOnlyList<AiInfraError> ValidateItems(TCollection value, JsonReadContext context);

        protected abstract void WriteItems(Utf8JsonWriter writer, TCollection value);
    }

    /// <summary>Reads and writes a JSON array of records as <typeparamref name="TCollection"/>.</summary>
    private sealed class EntityListConverter<TCollection, T>(Func<T[], TCollection> create) : CollectionConverter<TCollection>($"an array of {T.EntityName} objects")
        where TCollection : class, IEnumerable<T>
        where T : class, IAiInfraEntity<T>
    {
        protected override bool ReadItems(ref AiInfraJsonReader reader, JsonReadContext context, out TCollection value)
        {
            var read = JsonValueReaders.TryReadList<T>(ref reader, context, JsonValueReaders.TryReadEntity<T>, out var items);
            value = create(items as T[] ?? items.ToArray());
            return read;
        }

        protected override IReadOnlyList<AiInfraError> ValidateItems(TCollection items, JsonReadContext context)
        {
            var errors = new List<AiInfraError>();
            var index = 0;
            foreach (var item in items)
            {
                AddItemErrors(errors, "/" + index++, JsonDocumentReader.ValidateRead(item, context).Errors);
            }

            return errors;
        }

        protected override void WriteItems(Utf8JsonWriter writer, TCollection items)
        {
            var isDocument = writer.CurrentDepth == 0;
            writer.WriteStartArray();
            var index = 0;
            foreach (var item in items)
            {
                var path = "/" + index++;
                if (item is null)
                {
                    throw new AiInfraJsonException([new AiInfraError(path, ErrorCodes.NullValue, "The item is null; a list holds no nulls.")], isDocument);
                }

                try
                {
                    T.WriteJson(writer, item);
                }
                catch (Exception exception) when (JsonSerializerBridge.ToWriteError(exception, path, isDocument) is { } error)
                {
                    throw error;
                }
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>Reads and writes a JSON object whose values are records as <typeparamref name="TMap"/>; written in ordinal order of the keys.</summary>
    private sealed class EntityMapConverter<TMap, T>(Func<Dictionary<string, T>, TMap> create) : CollectionConverter<TMap>($"an object whose values are {T.EntityName} objects")
        where TMap : class, IEnumerable<KeyValuePair<string, T>>
        where T : class, IAiInfraEntity<T>
    {
        protected override bool ReadItems(ref AiInfraJsonReader reader, JsonReadContext context, out TMap value)
        {
            var read = JsonValueReaders.TryReadMap<string, T>(ref reader, context, AnyKey, "any string", JsonValueReaders.TryReadEntity<T>, out var map);
            value = create(map as Dictionary<string, T> ?? new Dictionary<string, T>(map, StringComparer.Ordinal));
            return read;
        }

        private static bool AnyKey(string key, out string value)
        {
            value = key;
            return true;
        }

        protected override IReadOnlyList<AiInfraError> ValidateItems(TMap map, JsonReadContext context)
        {
            var errors = new List<AiInfraError>();
            foreach (var (key, item) in Ordered(map))
            {
                AddItemErrors(errors, "/" + JsonReadContext.EscapePointerToken(key), JsonDocumentReader.ValidateRead(item, context).Errors);
            }

            return errors;
        }

        protected override void WriteItems(Utf8JsonWriter writer, TMap map)
        {
            var isDocument = writer.CurrentDepth == 0;
            writer.WriteStartObject();
            foreach (var (key, item) in Ordered(map))
            {
                var path = "/" + JsonReadContext.EscapePointerToken(key);
                if (item is null)
                {
                    throw new AiInfraJsonException([new AiInfraError(path, ErrorCodes.NullValue, "The value is null; a map holds no nulls.")], isDocument);
                }

                try
                {
                    writer.WritePropertyName(key);
                    T.WriteJson(writer, item);
                }
                catch (Exception exception) when (JsonSerializerBridge.ToWriteError(exception, path, isDocument) is { } error)
                {
                    throw error;
                }
            }

            writer.WriteEndObject();
        }

        private static KeyValuePair<string, T>[] Ordered(TMap map)
        {
            var entries = map.ToArray();
            Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            return entries;
        }
    }
}
