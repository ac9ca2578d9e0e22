using System.Text.Json.Nodes;
using AiInfra.Domain.Tests.Schemas;
using AiInfra.Domain.Validation.JsonSchemaStrings;

namespace AiInfra.Domain.Tests.JsonSchemaStrings;

/// <summary>
/// The expected answers of <see cref="EcmaPatternCases"/> are JavaScript's: ajv (which compiles a pattern with
/// <c>new RegExp(pattern, "u")</c>) gives each row's answer, fails to compile every pattern refused as not ECMA-262, and
/// compiles every pattern refused as unsupported.
/// </summary>
public class EcmaPatternAjvTests
{
    [RequiresNodeFact]
    public void Ajv_agrees_with_the_table()
    {
        // A lone surrogate cannot travel in the JSON that goes to node; those rows are checked by the .NET tests alone.
        var rows = EcmaPatternCases.Rows.Where(r => !CodePoints.HasLoneSurrogate(r.Text) && !CodePoints.HasLoneSurrogate(r.Pattern)).ToList();
        var patterns = rows.Select(r => r.Pattern).Concat(EcmaPatternCases.Refusals.Select(r => r.Pattern)).Distinct(StringComparer.Ordinal).ToList();
        var names = patterns.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => "p" + x.i, StringComparer.Ordinal);
        var (schemas, documents) = Ajv.Check(
            patterns.ToDictionary(p => names[p], p => new JsonObject { ["type"] = "string", ["pattern"] = p }.ToJsonString()),
            rows.Select(r => (names[r.Pattern], JsonValue.Create(r.Text).ToJsonString())).ToList());

        var failures = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (documents[i].Valid != rows[i].Matches)
            {
                failures.Add($"{rows[i]}, but ajv says {(documents[i].Valid ? "valid" : "invalid")}");
            }
        }

        foreach (var refusal in EcmaPatternCases.Refusals)
        {
            if (schemas[names[refusal.Pattern]].Valid != refusal.Unsupported)
            {
                failures.Add($"{refusal} ({(refusal.Unsupported ? "unsupported" : "not ECMA-262")}), but ajv {(schemas[names[refusal.Pattern]].Valid ? "compiles" : "rejects")} it");
            }
        }

        Assert.True(rows.Count > 80, $"only {rows.Count} rows");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
