using System.Collections.Generic;
using System.Linq;
using AiInfra.Domain.Generators.Diagnostics;

namespace AiInfra.Domain.Generators.Json;

/// <summary>
/// Strict, diagnostic-reporting access to the keys of one JSON object: unknown keys, missing required keys
/// and values of the wrong JSON type are each reported at their own position.
/// </summary>
internal readonly struct LocatedObjectReader
{
    private readonly LocatedObject _object;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _context;

    /// <param name="context">How a message names this object, for example "quantity 'Power'".</param>
    public LocatedObjectReader(LocatedObject obj, DiagnosticBag diagnostics, string context, params string[] allowedKeys)
    {
        _object = obj;
        _diagnostics = diagnostics;
        _context = context;
        var allowed = new HashSet<string>(allowedKeys);
        foreach (var property in obj.Properties)
        {
            if (!allowed.Contains(property.Name) && property.Name != "$schema")
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownKey, property.NameRange, property.Name, context, string.Join(", ", allowedKeys.OrderBy(k => k, System.StringComparer.Ordinal)));
            }
        }
    }

    public LocatedObject Source => _object;

    public LocatedProperty? Property(string key) => _object.Find(key);

    public LocatedNode? Value(string key, JsonKind kind, bool required)
    {
        var property = _object.Find(key);
        if (property is null)
        {
            if (required)
            {
                _diagnostics.Add(DiagnosticDescriptors.MissingKey, _object.Range, Capitalize(_context), key);
            }

            return null;
        }

        var actual = property.Value.Kind;
        var matches = kind == JsonKind.True ? actual is JsonKind.True or JsonKind.False : actual == kind;
        if (!matches)
        {
            _diagnostics.Add(DiagnosticDescriptors.WrongJsonType, property.Value.Range, key, LocatedNode.KindDisplayName(kind), property.Value.KindWithArticle);
            return null;
        }

        return property.Value;
    }

    public LocatedString? String(string key, bool required = false) => Value(key, JsonKind.String, required) as LocatedString;

    public LocatedNumber? Number(string key, bool required = false) => Value(key, JsonKind.Number, required) as LocatedNumber;

    public LocatedObject? Object(string key, bool required = false) => Value(key, JsonKind.Object, required) as LocatedObject;

    public LocatedArray? Array(string key, bool required = false) => Value(key, JsonKind.Array, required) as LocatedArray;

    public bool? Boolean(string key) => Value(key, JsonKind.True, required: false)?.Kind switch
    {
        JsonKind.True => true,
        JsonKind.False => false,
        _ => null,
    };

    /// <summary>An array of strings; items of another type are reported and skipped.</summary>
    public IReadOnlyList<LocatedString> Strings(string key, bool required = false)
    {
        var array = Array(key, required);
        if (array is null)
        {
            return System.Array.Empty<LocatedString>();
        }

        var result = new List<LocatedString>();
        foreach (var item in array.Items)
        {
            if (item is LocatedString s)
            {
                result.Add(s);
            }
            else
            {
                _diagnostics.Add(DiagnosticDescriptors.WrongJsonType, item.Range, key + "[]", "string", item.KindWithArticle);
            }
        }

        return result;
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
