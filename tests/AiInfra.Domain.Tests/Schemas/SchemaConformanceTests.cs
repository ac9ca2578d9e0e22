using System.Text.Json.Nodes;
using AiInfra.Domain.Tests.Specs;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Schemas;

/// <summary>
/// The generated schemas judged by an independent draft 2020-12 validator (ajv): each is itself valid, and it
/// agrees with the .NET reader and validator on a corpus of valid and invalid documents, except where the .NET
/// side is stricter by design (listed, with the reason, in <see cref="DotNetStricterByDesign"/> and docs/reliability.md).
/// </summary>
public class SchemaConformanceTests
{
    /// <summary>Cases the schema accepts and .NET rejects, each for a reason a JSON Schema cannot express.</summary>
    private static readonly Dictionary<string, string> DotNetStricterByDesign = new()
    {
        ["out of range high"] = "a bound on a quantity written as a string in another unit (\"6 kW\" against 5 kW): a pattern cannot compare magnitudes",
        ["out of range in another unit"] = "the same, in milliwatts",
        ["nested out of range"] = "the same, \"512 MB\" against 1 GB",
        ["item out of range"] = "the same, \"0.5 MHz\" against 1 MHz",
        ["temperature below minimum"] = "the same, \"30 °F\" against 5 °C",
        ["sparse below dense"] = "a constraint between two properties (atLeastProperty: sparse at least dense)",
        ["huge quantity string"] = "the number in \"1e400 W\" is not a finite double",
        ["duplicate property"] = "JSON parsers used with JSON Schema keep the last of duplicate keys; .NET reports them",
        ["duplicate map key"] = "the same, in a map",
    };

    [RequiresNodeFact]
    public void Every_generated_schema_is_valid_draft_2020_12()
    {
        _ = typeof(Chip); // Loading the test assembly's generated types registers them.
        var schemas = AiInfraSchemas.All.ToDictionary(s => s.Type.FullName!, s => s.Schema);
        Assert.NotEmpty(schemas);
        var (results, _) = Ajv.Check(schemas, []);
        Assert.All(results, r => Assert.True(r.Value.Valid, $"{r.Key}: {string.Join("; ", r.Value.Errors)}"));
    }

    [RequiresNodeFact]
    public void Schema_and_dotnet_agree_on_valid_and_invalid_documents()
    {
        var cases = new List<(string Name, string Json)>
        {
            ("full", AiInfraJson.Serialize(SampleChips.FullChip())),
            ("minimal", AiInfraJson.Serialize(SampleChips.MinimalChip())),
            ("bare numbers and other units", """{"name":"B","id":"chip-b","tdp":700,"clocks":["1.98GHz"," 2100 MHz "],"throughput":{"fp8":5000},"memory":{"capacity":"0.288 TB","bandwidth":8},"efficiency":"0.95"}"""),
            ("case-insensitive unique unit", """{"id":"c","name":"C","tdp":"700 w","clocks":["2 ghz"]}"""),
            ("schema example", """{ "id": "chip-a", "name": "A", "tdp": "700 W" }"""),
        };
        foreach (var row in SpecBadInputTests.Corpus)
        {
            var name = (string)row[0];
            var json = (string)row[1];
            if (IsJsonObject(json))
            {
                cases.Add((name, json));
            }
        }

        var schemaName = typeof(Chip).FullName!;
        var (_, results) = Ajv.Check(
            new Dictionary<string, string> { [schemaName] = AiInfraSchemas.For<Chip>() },
            cases.Select(c => (schemaName, c.Json)).ToList());

        var disagreements = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var dotnet = AiInfraJson.TryDeserialize<Chip>(cases[i].Json, out _, out var errors);
            var ajv = results[i].Valid;
            if (dotnet == ajv)
            {
                if (DotNetStricterByDesign.ContainsKey(cases[i].Name))
                {
                    disagreements.Add($"'{cases[i].Name}' is listed as a disagreement but both now {(dotnet ? "accept" : "reject")} it; remove it from the list.");
                }

                continue;
            }

            if (dotnet)
            {
                disagreements.Add($"{cases[i].Name}: .NET accepts, the schema rejects ({string.Join("; ", results[i].Errors)})");
            }
            else if (!DotNetStricterByDesign.ContainsKey(cases[i].Name))
            {
                disagreements.Add($"{cases[i].Name}: the schema accepts, .NET rejects ({string.Join("; ", errors)})");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
    }

    private static bool IsJsonObject(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
