using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiInfra.Domain.Validation;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// The generated records of every loaded assembly, registered by a module initializer that the generator emits,
/// so that <see cref="AiInfraJson.Options"/> and <see cref="AiInfraSchemas.All"/> know them with no reflection.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static class AiInfraTypeRegistry
{
    private static readonly ConcurrentDictionary<Type, Registration> s_types = new();

    /// <summary>Registers a generated record. Called by generated module initializers; calling it twice is harmless.</summary>
    public static void Register<T>()
        where T : class, IAiInfraEntity<T> =>
        s_types.TryAdd(typeof(T), new Registration(
            typeof(T),
            T.EntityName,
            static () => T.JsonSchema,
            static options => JsonMetadataServices.CreateValueInfo<T>(options, new AiInfraEntityConverter<T>()))
        {
            Untyped = UntypedAccess.For<T>(),
            CreateCollectionTypeInfo = EntityCollections.CreateTypeInfo<T>,
        });

    /// <summary>Every registered record, ordered by full type name.</summary>
    public static IReadOnlyList<Registration> Types =>
        s_types.Values.OrderBy(r => r.Type.FullName, StringComparer.Ordinal).ToArray();

    internal static bool TryGet(Type type, out Registration registration) => s_types.TryGetValue(type, out registration!);

    /// <summary>One registered record.</summary>
    /// <param name="Type">The record type.</param>
    /// <param name="EntityName">Its name in the spec file.</param>
    /// <param name="Schema">Gets its JSON Schema text.</param>
    /// <param name="CreateTypeInfo">Creates its System.Text.Json metadata for a set of options.</param>
    public sealed record Registration(Type Type, string EntityName, Func<string> Schema, Func<JsonSerializerOptions, JsonTypeInfo> CreateTypeInfo)
    {
        /// <summary>Reads, writes and validates the record without naming its type; set by <see cref="Register{T}"/>.</summary>
        internal UntypedAccess? Untyped { get; init; }

        /// <summary>
        /// Creates the System.Text.Json metadata of a collection of the record (a list, an array, a string-keyed
        /// dictionary; see <see cref="EntityCollections"/>), or null for another type; set by <see cref="Register{T}"/>.
        /// </summary>
        internal Func<Type, JsonSerializerOptions, JsonTypeInfo?>? CreateCollectionTypeInfo { get; init; }

        /// <summary>
        /// Reads and validates one <see cref="Type"/> from UTF-8 JSON, exactly as
        /// <see cref="AiInfraJson.TryDeserialize{T}(ReadOnlySpan{byte}, out T, out IReadOnlyList{AiInfraError}, AiInfraJsonLimits?)"/>
        /// does, for callers that know the record only at run time, such as a tool given an entity name. No reflection.
        /// </summary>
        /// <param name="utf8Json">The document: one JSON object.</param>
        /// <param name="value">The record, an instance of <see cref="Type"/>, when the document is valid; otherwise null.</param>
        /// <param name="errors">Every error found, each with its JSON Pointer (and its line and column when the text was at fault); empty when valid.</param>
        /// <param name="limits">The size and depth limits; <see cref="AiInfraJsonLimits.Default"/> when null.</param>
        /// <returns>True when the document is a valid <see cref="Type"/>.</returns>
        /// <exception cref="NotSupportedException">The registration was not made by <see cref="Register{T}"/>, so it has no reader.</exception>
        public bool TryDeserialize(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? value, out IReadOnlyList<AiInfraError> errors, AiInfraJsonLimits? limits = null) =>
            Untyped is { } untyped
                ? untyped.TryRead(utf8Json, out value, out errors, limits)
                : throw new NotSupportedException($"The registration of {Type.FullName} was not made by AiInfraTypeRegistry.Register<T>(), so it cannot read JSON.");
    }

    /// <summary>
    /// <see cref="AiInfraJson"/>'s reading, writing and validation of one record type, for callers that hold a
    /// <see cref="Type"/> rather than a type argument (tests that run every registered record through the same checks).
    /// </summary>
    internal sealed class UntypedAccess
    {
        private UntypedAccess(TryReadUntyped tryRead, Func<object, bool, byte[]> write, Func<object, ValidationResult> validate)
        {
            TryRead = tryRead;
            Write = write;
            Validate = validate;
        }

        /// <summary>Reads a document exactly as <see cref="AiInfraJson.TryDeserialize{T}(ReadOnlySpan{byte}, out T, out IReadOnlyList{AiInfraError}, AiInfraJsonLimits?)"/> does.</summary>
        public TryReadUntyped TryRead { get; }

        /// <summary>Writes a value (of the record type) as <see cref="AiInfraJson.SerializeToUtf8Bytes{T}(T, bool)"/> does; the flag asks for indentation.</summary>
        public Func<object, bool, byte[]> Write { get; }

        /// <summary>Validates a value of the record type.</summary>
        public Func<object, ValidationResult> Validate { get; }

        public static UntypedAccess For<T>()
            where T : class, IAiInfraEntity<T> =>
            new(
                static (ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? value, out IReadOnlyList<AiInfraError> errors, AiInfraJsonLimits? limits) =>
                {
                    if (AiInfraJson.TryDeserialize<T>(utf8Json, out var typed, out errors, limits))
                    {
                        value = typed;
                        return true;
                    }

                    value = null;
                    return false;
                },
                static (value, indented) => AiInfraJson.SerializeToUtf8Bytes((T)value, indented),
                static value => ((T)value).Validate());
    }

    /// <summary>The shape of <see cref="UntypedAccess.TryRead"/>.</summary>
    internal delegate bool TryReadUntyped(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out object? value, out IReadOnlyList<AiInfraError> errors, AiInfraJsonLimits? limits);
}
