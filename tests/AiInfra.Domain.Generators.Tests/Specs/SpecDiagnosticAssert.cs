using System.Globalization;
using AiInfra.Domain.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Tests.Specs;

/// <summary>
/// Runs the spec generator on small spec and catalogue files and checks each diagnostic's id, file and exact span:
/// zero-based start line and character, the text it covers, and so its end.
/// </summary>
internal static class SpecDiagnosticAssert
{
    public const string SpecPath = "/specs/Racks.spec.json";
    public const string CatalogPath = "/specs/racks.catalog.json";

    /// <summary>
    /// A small valid spec; tests write variants of it with one mistake each. Its lines, zero-based:
    /// <code>
    ///  0 {
    ///  1   "namespace": "Acme.Racks",
    ///  2   "enums": {
    ///  3     "Cooling": { "values": { "air": "Air.", "liquid": "Liquid." } }
    ///  4   },
    ///  5   "entities": {
    ///  6     "Rack": {
    ///  7       "properties": {
    ///  8         "id": { "type": "string", "required": true, "pattern": "^[a-z0-9-]+$" },
    ///  9         "power": { "type": "quantity", "quantity": "Power", "unit": "kW", "minimum": "1 kW", "maximum": "200 kW" },
    /// 10         "cooling": { "type": "enum", "enum": "Cooling", "default": "air" },
    /// 11         "slots": { "type": "integer", "minimum": 1, "maximum": 64 },
    /// 12         "peakPower": { "type": "quantity", "quantity": "Power", "unit": "kW", "figure": true }
    /// 13       }
    /// 14     }
    /// 15   }
    /// 16 }
    /// </code>
    /// </summary>
    public const string ValidSpec = """
        {
          "namespace": "Acme.Racks",
          "enums": {
            "Cooling": { "values": { "air": "Air.", "liquid": "Liquid." } }
          },
          "entities": {
            "Rack": {
              "properties": {
                "id": { "type": "string", "required": true, "pattern": "^[a-z0-9-]+$" },
                "power": { "type": "quantity", "quantity": "Power", "unit": "kW", "minimum": "1 kW", "maximum": "200 kW" },
                "cooling": { "type": "enum", "enum": "Cooling", "default": "air" },
                "slots": { "type": "integer", "minimum": 1, "maximum": 64 },
                "peakPower": { "type": "quantity", "quantity": "Power", "unit": "kW", "figure": true }
              }
            }
          }
        }
        """;

    /// <summary>
    /// A small valid catalogue of <see cref="ValidSpec"/>'s Rack; tests write variants of it. Its lines, zero-based:
    /// <code>
    /// 0 {
    /// 1   "entity": "Rack",
    /// 2   "sources": { "s1": { "title": "A test report" }, "s2": { "title": "Another one" } },
    /// 3   "defaultSource": "s1",
    /// 4   "entries": [
    /// 5     { "id": "rack-a", "power": "120 kW", "cooling": "liquid", "slots": 42, "peakPower": { "value": "130 kW", "source": "s2" } },
    /// 6     { "id": "rack-b", "power": 40 }
    /// 7   ]
    /// 8 }
    /// </code>
    /// </summary>
    public const string ValidCatalog = """
        {
          "entity": "Rack",
          "sources": { "s1": { "title": "A test report" }, "s2": { "title": "Another one" } },
          "defaultSource": "s1",
          "entries": [
            { "id": "rack-a", "power": "120 kW", "cooling": "liquid", "slots": 42, "peakPower": { "value": "130 kW", "source": "s2" } },
            { "id": "rack-b", "power": 40 }
          ]
        }
        """;

    /// <summary>The diagnostics of one run over these files, ordered by file and position; the generator must not throw.</summary>
    public static IReadOnlyList<Diagnostic> Run(params (string Path, string Text)[] files)
    {
        var run = GeneratorHarness.Run(new SpecGenerator(), GeneratorHarness.Files(files));
        Assert.True(run.Exception is null, $"the generator threw {run.Exception}");
        foreach (var diagnostic in run.Diagnostics)
        {
            Assert.StartsWith("AIINFRA", diagnostic.Id, StringComparison.Ordinal);
            Assert.NotEqual("AIINFRA007", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            var message = Message(diagnostic);
            Assert.DoesNotContain("{0}", message, StringComparison.Ordinal);
            Assert.DoesNotContain("{1}", message, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Descriptor.Description.ToString(CultureInfo.InvariantCulture)));
            Assert.True(diagnostic.Location.IsInSource || diagnostic.Location.Kind == LocationKind.ExternalFile, $"{diagnostic} has no location in a file");
        }

        return run.Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
    }

    /// <summary>The diagnostics of one spec file.</summary>
    public static IReadOnlyList<Diagnostic> RunSpec(string spec) => Run((SpecPath, spec));

    /// <summary>The diagnostics of <see cref="ValidSpec"/> (or another spec) with one catalogue file.</summary>
    public static IReadOnlyList<Diagnostic> RunCatalog(string catalog, string spec = ValidSpec) => Run((SpecPath, spec), (CatalogPath, catalog));

    /// <summary>
    /// Asserts there is exactly one diagnostic and that it is <paramref name="id"/>, starting at zero-based
    /// <paramref name="line"/> and <paramref name="column"/> of <paramref name="text"/> and covering exactly <paramref name="covered"/>.
    /// </summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string id, string text, int line, int column, string covered, string path = SpecPath)
    {
        Assert.True(diagnostics.Count == 1, "expected one diagnostic, got: " + Describe(diagnostics, text));
        return At(diagnostics[0], id, text, line, column, covered, path);
    }

    /// <summary>Asserts that one of the diagnostics is this one, and returns it.</summary>
    public static Diagnostic Contains(IReadOnlyList<Diagnostic> diagnostics, string id, string text, int line, int column, string covered, string path = SpecPath)
    {
        var match = diagnostics.FirstOrDefault(d => d.Id == id && d.Location.GetLineSpan().Path == path && d.Location.GetLineSpan().StartLinePosition == new LinePosition(line, column));
        Assert.True(match is not null, $"expected {id} at {line}:{column} in {path}, got: " + Describe(diagnostics, text));
        return At(match!, id, text, line, column, covered, path);
    }

    /// <summary>Asserts a diagnostic's id, file, start, covered text and end.</summary>
    public static Diagnostic At(Diagnostic diagnostic, string id, string text, int line, int column, string covered, string path = SpecPath)
    {
        var span = diagnostic.Location.GetLineSpan();
        var endLine = line + covered.Count(c => c == '\n');
        var endColumn = covered.Contains('\n', StringComparison.Ordinal) ? covered.Length - covered.LastIndexOf('\n') - 1 : column + covered.Length;
        var expected = new LinePositionSpan(new LinePosition(line, column), new LinePosition(endLine, endColumn));
        Assert.True(
            diagnostic.Id == id && span.Path == path && span.Span == expected && Covered(diagnostic, text) == covered,
            $"expected {id} at {expected} in {path} covering «{covered}», got {Describe([diagnostic], text)}");
        return diagnostic;
    }

    /// <summary>The text a diagnostic's span covers.</summary>
    public static string Covered(Diagnostic diagnostic, string text)
    {
        var span = diagnostic.Location.SourceSpan;
        return span.End <= text.Length ? text.Substring(span.Start, span.Length) : $"(beyond the end: {span})";
    }

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static string Describe(IEnumerable<Diagnostic> diagnostics, string text) =>
        string.Join("; ", diagnostics.Select(d => $"{d.Id} at {d.Location.GetLineSpan().Span} in {d.Location.GetLineSpan().Path} covering «{Covered(d, text)}»: {Message(d)}"));
}
