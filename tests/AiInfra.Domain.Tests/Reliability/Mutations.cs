using System.Text.Json.Nodes;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// One document of the conformance corpus: an entity, what was done to a valid document, and the result; for some, the
/// JSON Pointer of a value where .NET must report an error at the line and column an editor shows (<see cref="ErrorAt"/>).
/// </summary>
internal sealed record CorpusCase(EntityInfo Entity, string Category, string Property, string Description, string Json, string? ErrorAt = null);

/// <summary>
/// Systematic mutations of valid documents, derived from each entity's schema alone (so a new spec property is covered
/// with no new test code): each required property removed, each bound reached and crossed (as a number, and as a
/// quantity string in the schema's unit and in another unit), units of another dimension, odd white space in quantity
/// strings, misspelled enum values and map keys, an unknown property, each property given a JSON type its schema never
/// accepts or null, wrong items, duplicate items where items are unique, strings against their pattern (including the
/// characters where ECMA-262 and .NET regex semantics differ) and lengths (in code points, with astral characters),
/// impossible dates, integers written with a fraction, and empty nested objects. Mutations whose error is at a known
/// value (a wrong type, for a property, an item or a map value; an item or map value past its bound) come again
/// with astral and multi-byte characters ("🔌", "𝄞", "°C", "m³") before them on their line and the line above, to check
/// that the error's column is the editor's (UTF-16 code units).
/// </summary>
internal static class Mutations
{
    /// <summary>The category of the documents with astral characters before their error.</summary>
    public const string AstralBeforeError = "astral characters before an error";

    /// <summary>Two undeclared properties put first, on two lines, full of characters of two, three and four bytes.</summary>
    private const string AstralPrefix = "\"zz\U0001F50C°C\":\"m³ \U0001D11E \U0001F600\",\n  \"zz\U0001F600\":\"°C \U0001F50C\", ";
    /// <summary>Categories where the schema cannot say what .NET checks, so only .NET rejects: each with its reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> DotNetStricterByDesign = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bound crossed, quantity string in the schema's unit"] = "a bound on a quantity written as a string (\"0.5 W\"): a JSON Schema pattern cannot compare magnitudes",
        ["bound crossed, quantity string in another unit"] = "the same, in another unit (\"500 mW\" against 1 W)",
        ["money beyond a decimal"] = "an amount a decimal cannot hold exactly (\"1e29 USD\", \"1e-29 USD\"): whether digits and an exponent fit is arithmetic, which no pattern can do (MoneyPattern)",
    };

    /// <summary>Whitespace characters tried around and inside a quantity string.</summary>
    private static readonly char[] Spaces = ['\u0085', '\u000B', '\u000C', '\n', '\u2028', '\uFEFF', '\u3000', '\u00A0', '\u1680', '\u001F'];

    public static IEnumerable<CorpusCase> For(EntityInfo entity, IReadOnlyList<ValidDocument> valid)
    {
        var cases = Cases(entity, valid).ToList();
        return cases.Concat(cases.Select(WithAstralCharactersBefore).OfType<CorpusCase>());
    }

    /// <summary>
    /// The case again, with <see cref="AstralPrefix"/> before its first property, when its error is at a known value:
    /// the mutated property, its first item, or its map's first value.
    /// </summary>
    private static CorpusCase? WithAstralCharactersBefore(CorpusCase c)
    {
        var errorAt = c.Category switch
        {
            "wrong JSON type" => c.Property,
            "wrong item type" or "item: bound crossed, as a number" => c.Property + "/0",
            "map value wrong type" or "map value: bound crossed, as a number" =>
                JsonNode.Parse(c.Json)![c.Property[1..]] is JsonObject map && map.Count > 0 ? c.Property + "/" + map.First().Key : null,
            _ => null,
        };

        if (errorAt is null || !c.Json.StartsWith("{\"", StringComparison.Ordinal))
        {
            return null;
        }

        return c with { Category = AstralBeforeError, Description = $"{c.Category}: {c.Description}", Json = "{" + AstralPrefix + c.Json[1..], ErrorAt = errorAt };
    }

    private static IEnumerable<CorpusCase> Cases(EntityInfo entity, IReadOnlyList<ValidDocument> valid)
    {
        var root = entity.Schema;
        var docs = valid.Select(v => JsonNode.Parse(v.Json)!.AsObject()).OrderBy(d => d.ToJsonString().Length).ToList();
        var shortest = docs[0];
        var properties = root["properties"]!.AsObject();
        var required = root["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];

        foreach (var doc in valid)
        {
            yield return new CorpusCase(entity, "valid", "", doc.Origin, doc.Json);
        }

        var extra = shortest.DeepClone().AsObject();
        extra["zzUnknownProperty"] = 1;
        yield return new CorpusCase(entity, "unknown property", "/zzUnknownProperty", "an undeclared property", extra.ToJsonString());

        var firstQuantity = true;
        foreach (var (name, node) in properties)
        {
            var schema = node!.AsObject();
            var pointer = "/" + name;
            var baseDoc = docs.FirstOrDefault(d => d[name] is not null) ?? shortest;
            var existing = baseDoc[name];

            CorpusCase With(string category, string description, JsonNode? value)
            {
                var doc = baseDoc.DeepClone().AsObject();
                doc[name] = value;
                return new CorpusCase(entity, category, pointer, description, doc.ToJsonString());
            }

            if (required.Contains(name))
            {
                var doc = baseDoc.DeepClone().AsObject();
                doc.Remove(name);
                yield return new CorpusCase(entity, "required property removed", pointer, "removed", doc.ToJsonString());
            }

            var (wrong, kind) = SchemaValues.WrongKind(schema, root);
            yield return With("wrong JSON type", kind, wrong);
            yield return With("null", "null", null);

            var plain = SchemaValues.Plain(schema, root);
            foreach (var c in ValueMutations(entity, plain, root, existing, SchemaValues.IsFigure(SchemaValues.Resolve(schema, root)), firstQuantity))
            {
                yield return With(c.Category, c.Description, c.Value);
            }

            if (SchemaValues.Quantity(schema, root) is not null)
            {
                firstQuantity = false;
            }

            switch (plain["type"]?.GetValue<string>())
            {
                case "array":
                    var items = plain["items"]!.AsObject();
                    var sample = docs.Select(d => d[name]).OfType<JsonArray>().FirstOrDefault(a => a.Count > 0);
                    var good = sample?[0]?.DeepClone() ?? SchemaValues.Synthesize(items, root);
                    JsonArray Items(JsonNode? bad)
                    {
                        var array = sample is null ? new JsonArray() : sample.DeepClone().AsArray();
                        if (array.Count == 0)
                        {
                            array.Add(bad);
                        }
                        else
                        {
                            array[0] = bad;
                        }

                        return array;
                    }

                    var (wrongItem, itemKind) = SchemaValues.WrongKind(items, root);
                    yield return With("wrong item type", itemKind, Items(wrongItem));
                    yield return With("null item", "null", Items(null));
                    foreach (var c in ValueMutations(entity, SchemaValues.Plain(items, root), root, good, false, false))
                    {
                        yield return With("item: " + c.Category, c.Description, Items(c.Value));
                    }

                    if (plain["uniqueItems"]?.GetValue<bool>() == true && good is not null)
                    {
                        var array = sample is null ? new JsonArray(good.DeepClone()) : sample.DeepClone().AsArray();
                        array.Add(array[0]!.DeepClone());
                        yield return With("duplicate items", "the first item twice", array);
                    }

                    if (SchemaValues.Number(plain, "minItems") is { } minItems && minItems >= 1)
                    {
                        yield return With("too few items", "[]", new JsonArray());
                    }

                    if (SchemaValues.Number(plain, "maxItems") is { } maxItems && good is not null)
                    {
                        var array = new JsonArray();
                        for (var i = 0; i <= maxItems; i++)
                        {
                            array.Add(good.DeepClone());
                        }

                        yield return With("too many items", $"{maxItems + 1} items", array);
                    }

                    break;
                case "object" when plain["propertyNames"] is JsonObject keys:
                    var keyValues = SchemaValues.Resolve(keys, root)["enum"]!.AsArray();
                    var valueSchema = plain["additionalProperties"]!.AsObject();
                    var entry = (existing as JsonObject)?.FirstOrDefault();
                    var entryValue = entry?.Value?.DeepClone() ?? SchemaValues.Synthesize(valueSchema, root);
                    var key = keyValues[0]!.GetValue<string>();
                    yield return With("map key misspelled", key + "x", new JsonObject { [key + "x"] = entryValue?.DeepClone() });
                    yield return With("map key case changed", key.ToUpperInvariant(), key.ToUpperInvariant() == key ? new JsonObject { [key + "!"] = entryValue?.DeepClone() } : new JsonObject { [key.ToUpperInvariant()] = entryValue?.DeepClone() });
                    var (wrongValue, valueKind) = SchemaValues.WrongKind(valueSchema, root);
                    yield return With("map value wrong type", valueKind, new JsonObject { [key] = wrongValue });
                    foreach (var c in ValueMutations(entity, SchemaValues.Plain(valueSchema, root), root, entryValue, false, false))
                    {
                        yield return With("map value: " + c.Category, c.Description, new JsonObject { [key] = c.Value });
                    }

                    break;
                case "object" when plain["properties"] is not null:
                    yield return With("empty nested object", "{}", new JsonObject());
                    break;
            }
        }
    }

    private readonly record struct ValueCase(string Category, string Description, JsonNode? Value);

    /// <summary>Mutations of one value (a property's, an item's or a map value's), from its plain schema.</summary>
    private static IEnumerable<ValueCase> ValueMutations(EntityInfo entity, JsonObject plain, JsonObject root, JsonNode? existing, bool figure, bool whitespace)
    {
        if (plain["enum"] is JsonArray values && values.Count > 0 && values[0]!.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            var first = values[0]!.GetValue<string>();
            var all = values.Select(v => v!.ToJsonString()).ToHashSet(StringComparer.Ordinal);
            yield return new("enum misspelled", first + "x", JsonValue.Create(first + "x"));
            var upper = first.ToUpperInvariant();
            if (!all.Contains(JsonValue.Create(upper).ToJsonString()))
            {
                yield return new("enum case changed", upper, JsonValue.Create(upper));
            }

            yield break;
        }

        if (SchemaValues.Quantity(plain, root) is { } quantity)
        {
            foreach (var c in QuantityMutations(plain, quantity, existing, figure, whitespace))
            {
                yield return c;
            }

            yield break;
        }

        switch (plain["x-aiinfra-type"]?.GetValue<string>())
        {
            case "money":
                yield return new("malformed money", "12 dollars-ish", JsonValue.Create("12 dollars-ish"));
                yield return new("malformed money", "two ASCII words run together", JsonValue.Create("80 bnUSD"));
                yield return new("malformed money", "a scale word in the wrong case", JsonValue.Create("80 BN USD"));
                yield return new("malformed money", "a currency code in lower case", JsonValue.Create("80 usd"));
                yield return new("malformed money", "two currencies", JsonValue.Create("USD 80 EUR"));
                yield return new("malformed money", "a thousands separator", JsonValue.Create("1,000 USD"));
                yield return new("malformed money", "non-ASCII digits", JsonValue.Create("\u0668\u0660 USD"));
                yield return new("malformed money", "a NUL after the currency", JsonValue.Create("80 USD\n\u0000"));
                yield return new("money beyond a decimal", "more than a decimal holds", JsonValue.Create("1e29 USD"));
                yield return new("money beyond a decimal", "more decimal places than a decimal holds", JsonValue.Create("1e-29 USD"));
                yield break;
            case "reportingPeriod":
                yield return new("malformed reporting period", "Q5 2025", JsonValue.Create("Q5 2025"));
                yield return new("malformed reporting period", "a year out of range", JsonValue.Create("9999-Q1"));
                yield return new("malformed reporting period", "a two-digit year alone", JsonValue.Create("25"));
                yield return new("malformed reporting period", "a fiscal period without its calendar", JsonValue.Create("FY2Q25"));
                yield return new("malformed reporting period", "a calendar on a calendar period", JsonValue.Create("2025-Q3@Feb"));
                yield return new("malformed reporting period", "two numbers run together", JsonValue.Create("Q32025"));
                yield return new("malformed reporting period", "a half year to date", JsonValue.Create("2H26 YTD"));
                yield return new("malformed reporting period", "longer than 64 characters", JsonValue.Create("2025" + new string(' ', 61) + "Q3"));
                yield break;
        }

        switch (plain["type"]?.GetValue<string>())
        {
            case "integer":
            case "number":
                foreach (var c in BoundMutations(plain, figure))
                {
                    yield return c;
                }

                if (plain["type"]!.GetValue<string>() == "integer")
                {
                    var n = existing is JsonValue v && v.TryGetValue<long>(out var l) ? l : (long)(SchemaValues.Number(plain, "minimum") ?? 1);
                    yield return new("integer written with a zero fraction", $"{n}.0", JsonNode.Parse($"{n}.0"));
                    yield return new("integer written with an exponent", $"{n}e0", JsonNode.Parse($"{n}e0"));
                    yield return new("fraction for an integer", $"{n}.5", JsonNode.Parse($"{n}.5"));
                }

                break;
            case "string":
                var pattern = plain["pattern"]?.GetValue<string>();
                if (plain["format"]?.GetValue<string>() == "date")
                {
                    yield return new("impossible date", "2025-02-30", JsonValue.Create("2025-02-30"));
                }

                if (pattern is not null && new[] { "Not Valid!", "A B", "-", "" }.FirstOrDefault(s => !SchemaValues.Matches(pattern, s)) is { } bad)
                {
                    yield return new("pattern mismatch", bad, JsonValue.Create(bad));
                }

                if (pattern is not null && (existing as JsonValue)?.GetValue<string>() is { } good)
                {
                    foreach (var c in PatternSemanticsMutations(good))
                    {
                        yield return c;
                    }
                }

                if (SchemaValues.Number(plain, "maxLength") is { } max)
                {
                    yield return new("too long", $"{max + 1} characters", JsonValue.Create(new string('a', (int)max + 1)));
                    yield return new("astral characters at the maximum length", $"{max} code points of U+1F600", JsonValue.Create(string.Concat(Enumerable.Repeat("\U0001F600", (int)max))));
                    yield return new("astral characters above the maximum length", $"{max + 1} code points of U+1F600", JsonValue.Create(string.Concat(Enumerable.Repeat("\U0001F600", (int)max + 1))));
                }

                if (SchemaValues.Number(plain, "minLength") is { } min && min >= 1)
                {
                    yield return new("too short", $"{min - 1} characters", JsonValue.Create(new string('a', (int)min - 1)));
                    if (min >= 2)
                    {
                        yield return new("astral characters below the minimum length", $"{min - 1} code points of U+1F600", JsonValue.Create(string.Concat(Enumerable.Repeat("\U0001F600", (int)min - 1))));
                    }
                }

                break;
        }
    }

    /// <summary>
    /// Characters on which ECMA-262 (JSON Schema) and .NET's regex semantics disagree: line terminators for $ and ., digits
    /// and letters outside ASCII for \d and \w, white space for \s, and a code point above U+FFFF for . and classes.
    /// </summary>
    private static readonly (string Category, string Name, string Text)[] PatternProbes =
    [
        ("pattern: newline", "\\n", "\n"),
        ("pattern: newline", "\\r\\n", "\r\n"),
        ("pattern: line separators", "\\r", "\r"),
        ("pattern: line separators", "U+2028", "\u2028"),
        ("pattern: line separators", "U+2029", "\u2029"),
        ("pattern: line separators", "U+0085", "\u0085"),
        ("pattern: white space", "U+FEFF", "\uFEFF"),
        ("pattern: white space", "U+3000", "\u3000"),
        ("pattern: white space", "U+180E", "\u180E"),
        ("pattern: non-ASCII digits", "U+0663 ARABIC-INDIC DIGIT THREE", "\u0663"),
        ("pattern: non-ASCII digits", "U+FF13 FULLWIDTH DIGIT THREE", "\uFF13"),
        ("pattern: non-ASCII letters", "U+00E9 e with acute", "\u00E9"),
        ("pattern: non-ASCII letters", "U+017F long s", "\u017F"),
        ("pattern: non-ASCII letters", "U+212A Kelvin sign", "\u212A"),
        ("pattern: astral characters", "U+1F50C", "\U0001F50C"),
    ];

    /// <summary>
    /// A valid string with each of <see cref="PatternProbes"/> appended, put first, and in place of its first ASCII digit
    /// (or, without one, its last character): whether each is valid is for ajv to say, and .NET must agree.
    /// </summary>
    private static IEnumerable<ValueCase> PatternSemanticsMutations(string good)
    {
        var digit = good.IndexOfAny("0123456789".ToCharArray());
        var at = digit >= 0 ? digit : good.Length - 1;
        foreach (var (category, name, text) in PatternProbes)
        {
            yield return new(category, name + " appended", JsonValue.Create(good + text));
            yield return new(category, name + " first", JsonValue.Create(text + good));
            if (at >= 0)
            {
                yield return new(category, $"{name} in place of character {at}", JsonValue.Create(string.Concat(good.AsSpan(0, at), text, good.AsSpan(at + 1))));
            }
        }
    }

    private static IEnumerable<ValueCase> BoundMutations(JsonObject numeric, bool figure)
    {
        foreach (var (keyword, step) in new[] { ("minimum", -1.0), ("maximum", 1.0) })
        {
            if (SchemaValues.Number(numeric, keyword) is not { } bound)
            {
                continue;
            }

            yield return new("at a bound", $"{keyword} {bound}", JsonValue.Create(bound));
            yield return new("bound crossed, as a number", $"{keyword} {bound} crossed: {bound + step}", JsonValue.Create(bound + step));
            if (figure)
            {
                yield return new("bound crossed, in a figure object", $"{{\"value\": {bound + step}}}", new JsonObject { ["value"] = bound + step });
            }
        }
    }

    private static IEnumerable<ValueCase> QuantityMutations(JsonObject plain, (JsonObject Number, JsonObject String, string Quantity, string Unit) quantity, JsonNode? existing, bool figure, bool whitespace)
    {
        var info = Quantity.ByName[quantity.Quantity];
        var unit = info.UnitInfos.First(u => u.Abbreviations.Contains(quantity.Unit, StringComparer.Ordinal));
        var other = info.UnitInfos.FirstOrDefault(u => u.Name != unit.Name && u.Abbreviation.Length > 0 && (u.ConversionFactor != unit.ConversionFactor || u.ConversionOffset != unit.ConversionOffset));
        var pattern = quantity.String["pattern"]!.GetValue<string>();
        string Text(double value, string abbreviation) => abbreviation.Length == 0 ? SchemaValues.Format(value) : $"{SchemaValues.Format(value)} {abbreviation}";

        foreach (var c in BoundMutations(quantity.Number, figure))
        {
            yield return c;
        }

        foreach (var (keyword, step) in new[] { ("minimum", -1.0), ("maximum", 1.0) })
        {
            if (SchemaValues.Number(quantity.Number, keyword) is not { } bound)
            {
                continue;
            }

            var crossed = bound + step;
            yield return new("bound crossed, quantity string in the schema's unit", Text(crossed, quantity.Unit), JsonValue.Create(Text(crossed, quantity.Unit)));
            yield return new("at a bound, quantity string in the schema's unit", Text(bound, quantity.Unit), JsonValue.Create(Text(bound, quantity.Unit)));
            if (other is not null)
            {
                var converted = UnitConverter.Convert(crossed, unit.UntypedValue, other.UntypedValue);
                yield return new("bound crossed, quantity string in another unit", Text(converted, other.Abbreviation), JsonValue.Create(Text(converted, other.Abbreviation)));
            }
        }

        var foreign = Quantity.Infos
            .Where(q => q.Name != info.Name && q.BaseDimensions != info.BaseDimensions)
            .SelectMany(q => q.UnitInfos.SelectMany(u => u.Abbreviations))
            .FirstOrDefault(a => a.Length > 0 && !SchemaValues.Matches(pattern, "1 " + a));
        if (foreign is not null)
        {
            yield return new("unit of another dimension", "1 " + foreign, JsonValue.Create("1 " + foreign));
        }

        yield return new("no number", quantity.Unit.Length == 0 ? "%" : quantity.Unit, JsonValue.Create(quantity.Unit.Length == 0 ? "%" : quantity.Unit));

        if (!whitespace)
        {
            yield break;
        }

        // A value the schema accepts, in its unit, around which white space is tried.
        var number = existing is JsonValue v && v.TryGetValue<double>(out var d) ? d
            : SchemaValues.Number(quantity.Number, "minimum") ?? Math.Min(1, SchemaValues.Number(quantity.Number, "maximum") ?? 1);
        var text = SchemaValues.Format(number);
        foreach (var space in Spaces)
        {
            var name = $"U+{(int)space:X4}";
            yield return new("white space in a quantity string", $"{name} before", JsonValue.Create(space + Text(number, quantity.Unit)));
            yield return new("white space in a quantity string", $"{name} after", JsonValue.Create(Text(number, quantity.Unit) + space));
            if (quantity.Unit.Length > 0)
            {
                yield return new("white space in a quantity string", $"{name} between", JsonValue.Create(text + space + quantity.Unit));
                yield return new("white space in a quantity string", $"{name} and a space between", JsonValue.Create(text + space + " " + quantity.Unit));
            }
        }
    }
}
