using System.Text.Json;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Validation;

namespace AiInfra.Domain;

/// <summary>
/// Implemented by every record the generator emits from a spec file, in this library or in a user's project.
/// It lets <see cref="AiInfraJson"/>, <see cref="AiInfraSchemas"/> and validation work for any such type with
/// no registration and no reflection.
/// </summary>
/// <typeparam name="TSelf">The generated record.</typeparam>
public interface IAiInfraEntity<TSelf>
    where TSelf : class, IAiInfraEntity<TSelf>
{
    /// <summary>The entity's name in its spec file, such as "Accelerator".</summary>
    static abstract string EntityName { get; }

    /// <summary>The entity's JSON Schema (draft 2020-12), as indented JSON text.</summary>
    static abstract string JsonSchema { get; }

    /// <summary>
    /// Reads the object at the reader's current token (a StartObject), recording every problem in
    /// <paramref name="context"/>. Returns null when any problem was found in the object.
    /// </summary>
    static abstract TSelf? ReadJson(ref Serialization.AiInfraJsonReader reader, JsonReadContext context);

    /// <summary>Writes the value as a JSON object (<see cref="AiInfraJson.Serialize{T}(Utf8JsonWriter, T)"/> calls it).</summary>
    /// <exception cref="AiInfraJsonException">A value cannot be written as JSON; its error names the value's JSON Pointer (see <see cref="AiInfraJson.Serialize{T}(T, bool)"/>).</exception>
    static abstract void WriteJson(Utf8JsonWriter writer, TSelf value);

    /// <summary>Checks every constraint of the spec, and the hand-written rules, reporting into <paramref name="scope"/>.</summary>
    static abstract void ValidateInto(TSelf value, ref ValidationScope scope);

    /// <summary>
    /// Checks that every value can be written as JSON and read back equal, every constraint of the spec, and the
    /// hand-written rules (which run only when every value can be written). A valid value is written by
    /// <see cref="AiInfraJson.Serialize{T}(T, bool)"/>, and reading that text gives back an equal value.
    /// </summary>
    /// <returns><see cref="ValidationResult.Valid"/> (no allocation) when valid, or every error with its JSON Pointer path.</returns>
    ValidationResult Validate();
}
