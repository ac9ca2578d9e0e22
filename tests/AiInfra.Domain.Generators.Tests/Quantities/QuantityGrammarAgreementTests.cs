extern alias AiInfraDomainLibrary;

using System.Globalization;
using AiInfra.Domain.Generators.Quantities;
using AiInfra.Domain.Generators.Specs;
using AiInfra.Domain.Validation.JsonSchemaStrings;
using Runtime = AiInfraDomainLibrary::AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>
/// One quantity grammar (issue 14.4): on one shared table of texts, the runtime's parser (what a JSON document and
/// <c>aiinfra validate</c> read), the catalogue build (a catalogue entry's value) and the schema's pattern (the
/// ECMA-262 translation the library and ajv share; PatternAgreementTests holds ajv to it) accept exactly the same texts.
/// </summary>
public class QuantityGrammarAgreementTests
{
    private const string Spec = """
        {
          "namespace": "Acme.Grammar",
          "entities": {
            "Probe": {
              "properties": {
                "id": { "type": "string", "required": true },
                "power": { "type": "quantity", "quantity": "Power", "unit": "W" }
              }
            }
          }
        }
        """;

    /// <summary>Texts a user writes or mistypes: spacing, letter case, signs, exponents, separators, units of other quantities.</summary>
    public static readonly string[] Table =
    [
        "700 W", "700W", "1.2kW", "1.2 kW", "1.2 kw", "1.2 KW", "700 w", "5 MW", "5 mW", "5 mw", "5 Mw", " 700 W ", "700\u00A0W",
        "700\u202FW", "700\tW", "700  W", "700\nW", "+700 W", "-700 W", "7e2 W", "7E+2 W", ".5 kW", "5. kW", "1,200 W",
        "1 200 W", "700", "W", "", " ", "700 V", "700 kWh", "700 BTU/h", "700 btu/h", "NaN W", "Infinity W", "1e400 W",
        "0x10 W", "７００ W", "700 Ｗ", "700 W W", "W 700", "700 watts", "1.2.3 kW", "--1 W", "1e W", "700 \u2009W",
        "\u3000700 W\u3000", "700 GW", "700 TW", "1 kilowatt",
    ];

    [Fact]
    public void The_runtime_parser_the_catalogue_build_and_the_schema_pattern_accept_the_same_texts()
    {
        var catalog = "{ \"entity\": \"Probe\", \"sources\": { \"s1\": { \"title\": \"t\" } }, \"defaultSource\": \"s1\", \"entries\": [\n"
            + string.Join(",\n", Table.Select((text, i) => $"  {{ \"id\": \"e{i}\", \"power\": {System.Text.Json.JsonSerializer.Serialize(text)} }}"))
            + "\n] }";
        var diagnostics = DiagnosticAssert.RunSpecs(("/specs/Probe.spec.json", Spec), ("/specs/probes.catalog.json", catalog));
        Assert.DoesNotContain(diagnostics, d => !d.GetMessage(CultureInfo.InvariantCulture).Contains("Entry 'e", StringComparison.Ordinal));

        var power = QuantityTable.Create([]).TryGet("Power", out var model) ? model : throw new InvalidOperationException("no Power");
        var pattern = EcmaRegex.TryCreate(QuantityPattern.For(power), out _)!;

        var disagreements = new List<string>();
        for (var i = 0; i < Table.Length; i++)
        {
            var runtime = Runtime.Power.TryParse(Table[i], CultureInfo.InvariantCulture, out _);
            var build = !diagnostics.Any(d => d.GetMessage(CultureInfo.InvariantCulture).Contains($"Entry 'e{i}' ", StringComparison.Ordinal));
            var schema = pattern.Match(Table[i]) == EcmaMatch.Match;
            // A number beyond double's range has the grammar's shape, so the pattern admits it; both readers refuse it
            // (docs/reliability.md lists it among what a schema cannot tell).
            var beyondDouble = !runtime && schema && BeyondDouble(Table[i]);
            if (runtime != build || (runtime != schema && !beyondDouble))
            {
                disagreements.Add($"\"{Table[i]}\": runtime {runtime}, catalogue build {build}, schema {schema}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.InRange(Table.Count(t => Runtime.Power.TryParse(t, CultureInfo.InvariantCulture, out _)), 15, Table.Length - 15);
    }

    private static bool BeyondDouble(string text)
    {
        var number = System.Text.RegularExpressions.Regex.Match(text, @"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?").Value;
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsInfinity(value);
    }
}
