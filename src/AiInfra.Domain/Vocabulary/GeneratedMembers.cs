using System;
using System.Collections.Generic;

namespace AiInfra.Domain;

/// <summary>
/// The members the generator writes into a record made from a spec file, besides its properties: the ones every
/// record has, and the ones named after each property (its checker methods). This one file is compiled into the
/// library and into the build-time generator (a linked Compile item): the emitters name the members with it and the
/// spec parser reports a property whose C# name would collide with one of them (AIINFRA209), so the two cannot drift.
/// </summary>
internal static class GeneratedMembers
{
    /// <summary>The public method that validates a record and returns the result.</summary>
    public const string Validate = "Validate";

    /// <summary>The private method that validates a record into a scope (the interface's <c>ValidateInto</c> calls it).</summary>
    public const string ValidateCore = "ValidateCore";

    /// <summary>The partial method in which a hand-written part of the record states the rules across properties.</summary>
    public const string ValidateRules = "ValidateRules";

    /// <summary>The private method that reads a record from JSON.</summary>
    public const string ReadJsonCore = "ReadJsonCore";

    /// <summary>The private method that writes a record as JSON.</summary>
    public const string WriteJsonCore = "WriteJsonCore";

    /// <summary>The constant that holds the record's JSON Schema.</summary>
    public const string SchemaText = "SchemaText";

    /// <summary>The private method that gives the index of the JSON property a reader is on (the reader's name dispatch).</summary>
    public const string PropertyIndexOf = "PropertyIndexOf";

    /// <summary>What a checker's name starts with: <c>CheckTdp</c> checks the constraints of property <c>Tdp</c>.</summary>
    public const string CheckerPrefix = "Check";

    /// <summary>What a validator's name starts with: <c>ValidateTdp</c> checks that <c>Tdp</c> can be written, then its constraints.</summary>
    public const string ValidatorPrefix = "Validate";

    private static readonly HashSet<string> s_fixed = new(StringComparer.Ordinal)
    {
        Validate, ValidateCore, ValidateRules, ReadJsonCore, WriteJsonCore, SchemaText, PropertyIndexOf,
        "Equals", "GetHashCode", "ToString", "GetType", "EqualityContract", "PrintMembers", "MemberwiseClone", "Finalize", "Deconstruct",
    };

    /// <summary>The members every record has: the generator's own, and those the compiler gives a record and object.</summary>
    public static IReadOnlyCollection<string> Fixed => s_fixed;

    /// <summary>The method that checks the constraints of a property's value: the reader calls it on each value it reads.</summary>
    public static string Checker(string property) => CheckerPrefix + property;

    /// <summary>The method that checks that a property's value can be written, then its constraints: <c>Validate()</c> calls it.</summary>
    public static string Validator(string property) => ValidatorPrefix + property;

    /// <summary>
    /// The generated member that a property named <paramref name="property"/> would collide with, among the record's
    /// members and those named after <paramref name="properties"/> (every property of the record, this one included);
    /// null when there is none.
    /// </summary>
    public static string? Collision(string property, IEnumerable<string> properties)
    {
        if (s_fixed.Contains(property))
        {
            return property;
        }

        foreach (var own in new[] { Checker(property), Validator(property) })
        {
            if (s_fixed.Contains(own))
            {
                return own;
            }
        }

        foreach (var other in properties)
        {
            if (property == Checker(other) || property == Validator(other))
            {
                return property;
            }
        }

        return null;
    }
}
