using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Tests.Schemas;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// Regression tests for the disagreements the conformance corpus found between the generated schemas and the readers
/// (docs/reliability.md, "Bugs found and fixed").
/// </summary>
public class ConformanceRegressionTests
{
    private const string Valid = """{"id":"chip-a","name":"A","tdp":"700 W"}""";

    /// <summary>
    /// Bug 1: the quantity pattern used ECMA-262's \s around the text and allowed only spaces between number and unit,
    /// while the parser trims .NET white space (which has U+0085 and lacks U+FEFF) and double parsing lets U+000A to
    /// U+000D end the number: .NET accepted "700 W\u0085" and "700\nW", which the schema rejected, and the schema accepted
    /// "\uFEFF700 W", which .NET rejected. The pattern now states exactly what the parser accepts; this checks every
    /// white-space or control character, before, after and inside, for every quantity a generated schema uses.
    /// </summary>
    [Fact]
    public void Every_quantity_pattern_accepts_exactly_the_white_space_the_parser_accepts()
    {
        var probes = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\uFEFF' or '\u180E' or '\u200B')
            .ToList();
        var patterns = Entities.All
            .SelectMany(e => QuantityPatterns(e.Schema))
            .DistinctBy(p => p.Quantity)
            .ToList();
        Assert.True(patterns.Count >= 15, $"only {patterns.Count} quantities");
        var mismatches = new List<string>();
        var checkedCount = 0;
        foreach (var (quantity, unit, pattern) in patterns)
        {
            var type = Quantity.ByName[quantity].ValueType;
            // ECMA-262's "$" (without the m flag) matches only at the end, .NET's also before a final line feed.
            var regex = new Regex(pattern.EndsWith('$') ? pattern[..^1] + @"\z" : pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            var number = "12.5";
            var withUnit = unit.Length == 0 ? number : $"{number} {unit}";
            foreach (var c in probes)
            {
                var texts = new List<string> { c + withUnit, withUnit + c };
                if (unit.Length > 0)
                {
                    texts.Add(number + c + unit);
                    texts.Add(number + c + " " + unit);
                }

                foreach (var text in texts)
                {
                    checkedCount++;
                    var schema = regex.IsMatch(text);
                    var parser = Quantity.TryParse(System.Globalization.CultureInfo.InvariantCulture, type, text, out _);
                    if (schema != parser)
                    {
                        mismatches.Add($"{quantity} \"{Regex.Escape(text)}\" (U+{(int)c:X4}): schema {(schema ? "accepts" : "rejects")}, parser {(parser ? "accepts" : "rejects")}");
                    }
                }
            }
        }

        Assert.True(checkedCount > 5000, $"only {checkedCount} strings");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches:{Environment.NewLine}{string.Join(Environment.NewLine, mismatches.Take(40))}");
    }

    /// <summary>The same, judged by ajv rather than .NET's regular expressions, on the documents the corpus first failed on.</summary>
    [RequiresNodeFact]
    public void Ajv_and_the_reader_agree_on_white_space_in_quantity_strings()
    {
        string[] values = ["700 W\u0085", "\u0085700 W", "700\nW", "700\u000B W", "700\u000C\u00A0W", "\uFEFF700 W", "700 W\uFEFF", "700\u2028W", "\u3000700 W\u2029"];
        var documents = values.Select(v => new JsonObject { ["id"] = "chip-a", ["name"] = "A", ["tdp"] = v }.ToJsonString()).ToList();
        var name = typeof(Chip).FullName!;
        var (_, results) = Ajv.Check(new Dictionary<string, string> { [name] = AiInfraSchemas.For<Chip>() }, documents.Select(d => (name, d)).ToList());
        for (var i = 0; i < values.Length; i++)
        {
            var dotnet = AiInfraJson.TryDeserialize<Chip>(documents[i], out _, out var errors);
            Assert.True(dotnet == results[i].Valid, $"\"{Regex.Escape(values[i])}\": ajv {results[i].Valid}, .NET {dotnet} ({string.Join("; ", errors)})");
        }

        Assert.Equal([true, true, true, true, true, false, false, false, true], results.Select(r => r.Valid));
    }

    /// <summary>
    /// Bug 2: an integer written with a zero fraction or an exponent ("2.0", "2e0"), which JSON Schema's "integer"
    /// accepts, was rejected by the reader, with the message "too large for a 64-bit integer".
    /// </summary>
    [Theory]
    [InlineData("2.0", 2)]
    [InlineData("2e0", 2)]
    [InlineData("1.6E1", 16)]
    [InlineData("16.000", 16)]
    public void An_integer_written_with_a_zero_fraction_or_an_exponent_is_read(string written, long expected)
    {
        var chip = AiInfraJson.Deserialize<Chip>(Valid.Replace("}", $",\"dies\":{written}}}", StringComparison.Ordinal));
        Assert.Equal(expected, chip.Dies);
    }

    /// <summary>
    /// A fraction is still rejected, and since issue 12 a whole number written with a fraction or an exponent is read
    /// exactly from its digits at any size a long holds (it was read through a double, so only up to 2^53), or is out of range.
    /// </summary>
    [Theory]
    [InlineData("dies", "2.5", ErrorCodes.WrongType)]
    [InlineData("dies", "17.0", ErrorCodes.OutOfRange)]
    [InlineData("transistors", "1e16", null)]
    [InlineData("transistors", "9007199254740994.0", null)]
    [InlineData("transistors", "9007199254740992.0", null)]
    [InlineData("transistors", "9007199254740993", null)]
    [InlineData("transistors", "9223372036854775807.0", null)]
    [InlineData("transistors", "9223372036854775808.0", ErrorCodes.OutOfRange)]
    [InlineData("transistors", "1e19", ErrorCodes.OutOfRange)]
    [InlineData("transistors", "9007199254740993.5", ErrorCodes.WrongType)]
    public void A_fraction_is_rejected_and_a_whole_number_with_a_fraction_is_read_exactly(string property, string written, string? code)
    {
        var json = Valid.Replace("}", $",\"{property}\":{written}}}", StringComparison.Ordinal);
        var ok = AiInfraJson.TryDeserialize<Chip>(json, out _, out var errors);
        if (code is null)
        {
            Assert.True(ok, string.Join("; ", errors));
            return;
        }

        Assert.False(ok);
        Assert.Equal(code, Assert.Single(errors).Code);
        Assert.Equal("/" + property, errors[0].Path);
    }

    private static IEnumerable<(string Quantity, string Unit, string Pattern)> QuantityPatterns(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["x-aiinfra-quantity"] is JsonValue quantity && obj["oneOf"] is JsonArray branches && branches[1]?["pattern"] is JsonValue pattern)
                {
                    yield return (quantity.GetValue<string>(), obj["x-aiinfra-unit"]!.GetValue<string>(), pattern.GetValue<string>());
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var found in QuantityPatterns(child))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var found in QuantityPatterns(child))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
