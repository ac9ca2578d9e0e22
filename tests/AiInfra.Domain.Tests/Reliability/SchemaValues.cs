using System.Globalization;
using System.Text.Json.Nodes;
using AiInfra.Domain.Validation;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>Reads the generated schemas: references, accepted JSON kinds, bounds, and values built from them.</summary>
internal static class SchemaValues
{
    public static readonly string[] Kinds = ["boolean", "array", "object", "string", "number"];

    /// <summary>The name (for a "$defs" entry) and schema a "$ref" points at; "#" is the root, named by its title.</summary>
    public static (string? Name, JsonObject Schema) Deref(string reference, JsonObject root)
    {
        if (reference == "#")
        {
            return (root["title"]!.GetValue<string>(), root);
        }

        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Unexpected reference " + reference);
        }

        var name = reference[prefix.Length..];
        return (name, root["$defs"]![name]!.AsObject());
    }

    /// <summary>Follows "$ref" until a schema with content.</summary>
    public static JsonObject Resolve(JsonObject schema, JsonObject root) =>
        schema["$ref"]?.GetValue<string>() is { } reference ? Resolve(Deref(reference, root).Schema, root) : schema;

    /// <summary>The JSON kinds (see <see cref="Kinds"/>, plus "integer" and "null") some value of which the schema accepts.</summary>
    public static HashSet<string> AcceptedKinds(JsonObject schema, JsonObject root)
    {
        schema = Resolve(schema, root);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        switch (schema["type"])
        {
            case JsonValue type:
                kinds.Add(type.GetValue<string>());
                break;
            case JsonArray types:
                kinds.UnionWith(types.Select(t => t!.GetValue<string>()));
                break;
        }

        if (schema["enum"] is JsonArray values)
        {
            kinds.UnionWith(values.Select(v => v!.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.String => "string",
                System.Text.Json.JsonValueKind.Number => "number",
                System.Text.Json.JsonValueKind.Null => "null",
                System.Text.Json.JsonValueKind.Array => "array",
                System.Text.Json.JsonValueKind.Object => "object",
                _ => "boolean",
            }));
        }

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema[keyword] is JsonArray branches)
            {
                foreach (var branch in branches.OfType<JsonObject>())
                {
                    kinds.UnionWith(AcceptedKinds(branch, root));
                }
            }
        }

        return kinds;
    }

    /// <summary>A value of a JSON kind the schema never accepts, and the kind's name.</summary>
    public static (JsonNode Value, string Kind) WrongKind(JsonObject schema, JsonObject root)
    {
        var accepted = AcceptedKinds(schema, root);
        var kind = Kinds.First(k => !accepted.Contains(k));
        JsonNode value = kind switch
        {
            "boolean" => JsonValue.Create(true),
            "array" => new JsonArray(),
            "object" => new JsonObject(),
            "string" => JsonValue.Create("text"),
            _ => JsonValue.Create(12345.5),
        };
        return (value, kind);
    }

    /// <summary>The schema of a quantity inside <paramref name="schema"/> (itself, or a figure's plain value), with the quantity and unit.</summary>
    public static (JsonObject Number, JsonObject String, string Quantity, string Unit)? Quantity(JsonObject schema, JsonObject root)
    {
        schema = Resolve(schema, root);
        if (schema["x-aiinfra-quantity"] is JsonValue quantity && schema["oneOf"] is JsonArray branches)
        {
            return (branches[0]!.AsObject(), branches[1]!.AsObject(), quantity.GetValue<string>(), schema["x-aiinfra-unit"]!.GetValue<string>());
        }

        return IsFigure(schema) ? Quantity(schema["oneOf"]![0]!.AsObject(), root) : null;
    }

    public static bool IsFigure(JsonObject schema) => schema["x-aiinfra-type"]?.GetValue<string>() == "figure";

    /// <summary>The plain value schema of a figure, or the schema itself.</summary>
    public static JsonObject Plain(JsonObject schema, JsonObject root)
    {
        schema = Resolve(schema, root);
        return IsFigure(schema) ? Resolve(schema["oneOf"]![0]!.AsObject(), root) : schema;
    }

    /// <summary>The numeric schema with bounds: a number or integer schema itself, or a quantity's number branch.</summary>
    public static JsonObject? Numeric(JsonObject schema, JsonObject root)
    {
        var plain = Plain(schema, root);
        if (Quantity(plain, root) is { } q)
        {
            return q.Number;
        }

        return plain["type"]?.GetValue<string>() is "number" or "integer" ? plain : null;
    }

    public static double? Number(JsonObject schema, string keyword) =>
        schema[keyword] is JsonValue value ? value.GetValue<double>() : null;

    /// <summary>Whether a JSON Schema pattern (ECMA-262, as ajv reads it) matches the text; true without a pattern.</summary>
    public static bool Matches(string? pattern, string text) =>
        pattern is null || (new JsonSchemaPattern(pattern).TryMatch(text, out var matches) && matches);

    /// <summary>A value the schema accepts, built from its default, examples, enum, bounds or pattern.</summary>
    public static JsonNode? Synthesize(JsonObject schema, JsonObject root, int depth = 0)
    {
        if (schema["default"] is { } fallback)
        {
            return fallback.DeepClone();
        }

        if (schema["examples"] is JsonArray { Count: > 0 } examples)
        {
            return examples[0]!.DeepClone();
        }

        var resolved = Resolve(schema, root);
        if (resolved["enum"] is JsonArray values)
        {
            return values[0]!.DeepClone();
        }

        if (resolved["x-aiinfra-type"]?.GetValue<string>() == "price")
        {
            return JsonValue.Create("1 USD/" + resolved["x-aiinfra-unit"]!.GetValue<string>());
        }

        if (IsFigure(resolved) || resolved["x-aiinfra-quantity"] is not null)
        {
            var numeric = Numeric(resolved, root)!;
            return JsonValue.Create(Number(numeric, "minimum") ?? Math.Min(1, Number(numeric, "maximum") ?? 1));
        }

        switch (resolved["x-aiinfra-type"]?.GetValue<string>())
        {
            case "money":
                return JsonValue.Create("1 USD");
            case "reportingPeriod":
                return JsonValue.Create("3Q25");
            case "period":
                return JsonValue.Create("P4Y");
        }

        switch (resolved["type"]?.GetValue<string>())
        {
            case "object" when resolved["properties"] is JsonObject properties:
                var obj = new JsonObject();
                foreach (var name in resolved["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
                {
                    obj[name] = depth > 8 ? null : Synthesize(properties[name]!.AsObject(), root, depth + 1);
                }

                return obj;
            case "object":
                return new JsonObject();
            case "array":
                var array = new JsonArray();
                var minItems = (int)(Number(resolved, "minItems") ?? 0);
                for (var i = 0; i < minItems; i++)
                {
                    array.Add(Synthesize(resolved["items"]!.AsObject(), root, depth + 1));
                }

                return array;
            case "boolean":
                return JsonValue.Create(true);
            case "integer":
            case "number":
                return JsonValue.Create(Number(resolved, "minimum") ?? Math.Min(1, Number(resolved, "maximum") ?? 1));
            case "string":
                var pattern = resolved["pattern"]?.GetValue<string>();
                var minLength = (int)(Number(resolved, "minLength") ?? 0);
                var maxLength = (int)(Number(resolved, "maxLength") ?? int.MaxValue);
                var candidates = resolved["format"]?.GetValue<string>() == "date"
                    ? new[] { "2025-01-31" }
                    : new[] { "a", "a-b", "2025-01", "2025-01-31", "/a", "x1", "A", "text", "P1Y" };
                return JsonValue.Create(candidates.First(c => c.Length >= minLength && c.Length <= maxLength && Matches(pattern, c)));
            default:
                throw new InvalidOperationException("Cannot build a value for " + resolved.ToJsonString());
        }
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
