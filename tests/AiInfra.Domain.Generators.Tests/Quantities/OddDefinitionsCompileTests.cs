using AiInfra.Domain.Generators.Quantities;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>
/// Definitions that are valid but unusual (line breaks and XML in descriptions, quotes and backslashes in
/// abbreviations, names that become C# keywords once lower-cased) generate code that compiles without a warning.
/// </summary>
public class OddDefinitionsCompileTests
{
    private const string Odd = """
        {
          "name": "Oddity",
          "description": "Line one\rline two\u2028line three\u0085line four\u2029line five\r\nline six\n<b>not bold</b> & done",
          "dimensions": { "length": 1, "tokens": 0 },
          "baseUnit": "Base",
          "units": [
            { "singular": "Base", "plural": "Base", "abbreviations": ["\"q\"", "b\\s", "<&>"], "factor": 1, "description": "Ends\ra line </summary> early?" },
            { "singular": "Class", "plural": "Classes", "abbreviations": ["cls"], "factor": 1e-300, "prefixes": ["Micro", "Yotta", "Exbi"] },
            { "singular": "Event", "plural": "Events", "abbreviations": ["ev", "Ev"], "factor": 1.7976931348623157e308 }
          ]
        }
        """;

    private const string Affine = """
        {
          "name": "Elevation",
          "description": "An affine quantity whose name starts with a vowel.",
          "dimensions": { "length": 1 },
          "baseUnit": "Meter",
          "differenceQuantity": "Oddity",
          "units": [
            { "singular": "Meter", "plural": "Meters", "abbreviations": ["m"], "factor": 1 },
            { "singular": "Foot", "plural": "Feet", "abbreviations": ["ft"], "factor": 0.3048, "offset": -1e-300 }
          ]
        }
        """;

    [Fact]
    public void Unusual_but_valid_definitions_compile_without_warnings()
    {
        var run = GeneratorHarness.Run(
            new QuantityGenerator(),
            GeneratorHarness.Files(("/specs/Oddity.quantity.json", Odd), ("/specs/Elevation.quantity.json", Affine)),
            RealDefinitionsTests.RuntimeCompilation(withExtras: false));
        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(20)));

        var oddity = run.Sources["Quantities.Oddity.g.cs"];
        Assert.Contains("FromBase(double @base)", oddity, StringComparison.Ordinal);
        Assert.Contains("/// &lt;b&gt;not bold&lt;/b&gt; &amp; done", oddity, StringComparison.Ordinal);
        Assert.Contains("/// The units of <see cref=\"AiInfra.Domain.Quantities.Oddity\"/>.", oddity, StringComparison.Ordinal);
    }
}
