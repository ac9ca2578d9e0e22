using System.Collections;
using System.Globalization;
using AiInfra.Domain.Generators.Quantities;
using AiInfra.Domain.Generators.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>
/// The diagnostics of one generator run, ordered by file and position, with the text of every input file, so that an
/// assertion can read back what a diagnostic's span covers. Its default file is the first file of the run.
/// </summary>
internal sealed class GeneratorDiagnostics : IReadOnlyList<Diagnostic>
{
    private readonly IReadOnlyList<Diagnostic> _diagnostics;
    private readonly IReadOnlyDictionary<string, string> _texts;

    public GeneratorDiagnostics(IEnumerable<Diagnostic> diagnostics, IReadOnlyList<AdditionalText> files)
    {
        _diagnostics = diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        _texts = files.ToDictionary(f => f.Path, f => f.GetText()?.ToString() ?? string.Empty, StringComparer.Ordinal);
        DefaultPath = files.Count > 0 ? files[0].Path : string.Empty;
    }

    /// <summary>The file an assertion expects a diagnostic in when it names none: the first file of the run.</summary>
    public string DefaultPath { get; }

    public int Count => _diagnostics.Count;

    public Diagnostic this[int index] => _diagnostics[index];

    /// <summary>The text of the input file a diagnostic is in.</summary>
    public string TextOf(Diagnostic diagnostic)
    {
        var path = diagnostic.Location.GetLineSpan().Path;
        Assert.True(_texts.TryGetValue(path, out var text), $"{diagnostic.Id} is in '{path}', which is not an input of the run");
        return text!;
    }

    /// <summary>The text a diagnostic's span covers, or a note saying why there is none, for a failure message.</summary>
    public string DescribeCovered(Diagnostic diagnostic) =>
        _texts.TryGetValue(diagnostic.Location.GetLineSpan().Path, out var text) ? DiagnosticAssert.Covered(diagnostic, text) : "(not in an input file)";

    public IEnumerator<Diagnostic> GetEnumerator() => _diagnostics.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// The one way the generator tests check a diagnostic: its id, its file, its severity and its span, given as the
/// zero-based start (Roslyn's <see cref="LinePosition"/>: line and character) and, where a test says it, the exact text
/// the span covers, which fixes its end too. It runs the quantity and the spec generator on small files; every
/// diagnostic of a run must have an AIINFRA id other than AIINFRA007 (an internal error), a message with no
/// unfilled placeholder, a description and a place in a file.
/// </summary>
internal static class DiagnosticAssert
{
    /// <summary>The path <see cref="RunQuantity"/> gives its file.</summary>
    public const string WidgetPath = "/specs/Widget.quantity.json";

    /// <summary>The path <see cref="RunSpec"/> and <see cref="RunCatalog"/> give the spec file.</summary>
    public const string SpecPath = "/specs/Racks.spec.json";

    /// <summary>The path <see cref="RunCatalog"/> gives the catalogue file.</summary>
    public const string CatalogPath = "/specs/racks.catalog.json";

    /// <summary>
    /// A small valid quantity; tests write their own variants of it with one mistake each. Its lines, zero-based:
    /// <code>
    /// 0 {
    /// 1   "name": "Widget",
    /// 2   "description": "A test quantity.",
    /// 3   "dimensions": { "length": 1 },
    /// 4   "baseUnit": "Meter",
    /// 5   "units": [
    /// 6     { "singular": "Meter", "plural": "Meters", "abbreviations": ["m"], "factor": 1, "prefixes": ["Kilo"] },
    /// 7     { "singular": "Foot", "plural": "Feet", "abbreviations": ["ft"], "factor": 0.3048 }
    /// 8   ]
    /// 9 }
    /// </code>
    /// </summary>
    public const string ValidWidget = """
        {
          "name": "Widget",
          "description": "A test quantity.",
          "dimensions": { "length": 1 },
          "baseUnit": "Meter",
          "units": [
            { "singular": "Meter", "plural": "Meters", "abbreviations": ["m"], "factor": 1, "prefixes": ["Kilo"] },
            { "singular": "Foot", "plural": "Feet", "abbreviations": ["ft"], "factor": 0.3048 }
          ]
        }
        """;

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

    /// <summary>The diagnostics of the quantity generator over these files; each must be an error.</summary>
    public static GeneratorDiagnostics RunQuantities(params (string Path, string Text)[] files) =>
        Errors(Run(new QuantityGenerator(), files));

    /// <summary>The diagnostics of the quantity generator over these files, on a compilation that references UnitsNet.</summary>
    public static GeneratorDiagnostics RunQuantitiesWithUnitsNet(params (string Path, string Text)[] files) =>
        Errors(Run(new QuantityGenerator(), files, GeneratorHarness.CreateCompilation().AddReferences(GeneratorHarness.UnitsNetReference)));

    /// <summary>The diagnostics of one quantity file at <see cref="WidgetPath"/>.</summary>
    public static GeneratorDiagnostics RunQuantity(string text) => RunQuantities((WidgetPath, text));

    /// <summary>The diagnostics of the spec generator over these spec and catalogue files; each must be an error.</summary>
    public static GeneratorDiagnostics RunSpecs(params (string Path, string Text)[] files) =>
        Errors(Run(new SpecGenerator(), files));

    /// <summary>The diagnostics of one spec file at <see cref="SpecPath"/>.</summary>
    public static GeneratorDiagnostics RunSpec(string spec) => RunSpecs((SpecPath, spec));

    /// <summary>The diagnostics of <see cref="ValidSpec"/> (or another spec) at <see cref="SpecPath"/> with one catalogue file at <see cref="CatalogPath"/>.</summary>
    public static GeneratorDiagnostics RunCatalog(string catalog, string spec = ValidSpec) => RunSpecs((SpecPath, spec), (CatalogPath, catalog));

    /// <summary>The diagnostics of <paramref name="generator"/> over these files, on <paramref name="compilation"/> or an empty one.</summary>
    public static GeneratorDiagnostics Run(IIncrementalGenerator generator, (string Path, string Text)[] files, Compilation? compilation = null)
    {
        var additionalTexts = GeneratorHarness.Files(files);
        return Of(GeneratorHarness.Run(generator, additionalTexts, compilation), additionalTexts);
    }

    /// <summary>
    /// The diagnostics of a run already made (of one generator or of several, as a project's build runs them) over
    /// <paramref name="files"/>; the generators must not have thrown, and every diagnostic must be well formed.
    /// </summary>
    public static GeneratorDiagnostics Of(GeneratorRun run, IReadOnlyList<AdditionalText> files)
    {
        Assert.True(run.Exception is null, $"a generator threw {run.Exception}");
        foreach (var diagnostic in run.Diagnostics)
        {
            Assert.StartsWith("AIINFRA", diagnostic.Id, StringComparison.Ordinal);
            Assert.NotEqual("AIINFRA007", diagnostic.Id);
            var message = Message(diagnostic);
            Assert.DoesNotContain("{0}", message, StringComparison.Ordinal);
            Assert.DoesNotContain("{1}", message, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Descriptor.Description.ToString(CultureInfo.InvariantCulture)));
            Assert.True(diagnostic.Location.IsInSource || diagnostic.Location.Kind == LocationKind.ExternalFile, $"{diagnostic} has no location in a file");
        }

        return new GeneratorDiagnostics(run.Diagnostics, files);
    }

    /// <summary>
    /// Asserts there is exactly one diagnostic, and that it is <paramref name="id"/> at zero-based
    /// <paramref name="line"/> and <paramref name="column"/>, covering exactly <paramref name="covered"/> if given; see <see cref="At"/>.
    /// </summary>
    public static Diagnostic Single(GeneratorDiagnostics diagnostics, string id, int line, int column, string? covered = null, string? path = null, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        Assert.True(diagnostics.Count == 1, "expected one diagnostic, got: " + Describe(diagnostics, diagnostics));
        return At(diagnostics, diagnostics[0], id, line, column, covered, path, severity);
    }

    /// <summary>Asserts that one of the diagnostics is <paramref name="id"/> starting at this place, that it is as <see cref="At"/> says, and returns it.</summary>
    public static Diagnostic Contains(GeneratorDiagnostics diagnostics, string id, int line, int column, string? covered = null, string? path = null, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        path ??= diagnostics.DefaultPath;
        var start = new LinePosition(line, column);
        var match = diagnostics.FirstOrDefault(d => d.Id == id && d.Location.GetLineSpan().Path == path && d.Location.GetLineSpan().StartLinePosition == start);
        Assert.True(match is not null, $"expected {id} at {start} in {path}, got: " + Describe(diagnostics, diagnostics));
        return At(diagnostics, match!, id, line, column, covered, path, severity);
    }

    /// <summary>
    /// Asserts one diagnostic of <paramref name="diagnostics"/>: its id, its severity, its file (the run's first file
    /// unless <paramref name="path"/> says another), its zero-based start line and column, and, if
    /// <paramref name="covered"/> is given, its whole span: the text it covers and so where it ends.
    /// </summary>
    public static Diagnostic At(GeneratorDiagnostics diagnostics, Diagnostic diagnostic, string id, int line, int column, string? covered = null, string? path = null, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        path ??= diagnostics.DefaultPath;
        var span = diagnostic.Location.GetLineSpan();
        var start = new LinePosition(line, column);
        var ok = diagnostic.Id == id && diagnostic.Severity == severity && span.Path == path && span.StartLinePosition == start;
        var expected = $"{severity} {id} at {start} in {path}";
        if (covered is not null)
        {
            var endLine = line + covered.Count(c => c == '\n');
            var endColumn = covered.Contains('\n', StringComparison.Ordinal) ? covered.Length - covered.LastIndexOf('\n') - 1 : column + covered.Length;
            var expectedSpan = new LinePositionSpan(start, new LinePosition(endLine, endColumn));
            ok = ok && span.Span == expectedSpan && Covered(diagnostic, diagnostics.TextOf(diagnostic)) == covered;
            expected = $"{severity} {id} at {expectedSpan} in {path} covering «{covered}»";
        }

        Assert.True(ok, $"expected {expected}, got {Describe([diagnostic], diagnostics)}");
        return diagnostic;
    }

    /// <summary>The text a diagnostic's span covers in <paramref name="text"/>, the text of its file.</summary>
    public static string Covered(Diagnostic diagnostic, string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var span = diagnostic.Location.SourceSpan;
        return span.End <= text.Length ? text.Substring(span.Start, span.Length) : $"(beyond the end: {span})";
    }

    /// <summary>The zero-based line and column where <paramref name="snippet"/> first occurs in <paramref name="text"/>, after <paramref name="after"/> if given.</summary>
    public static (int Line, int Column) Find(string text, string snippet, string? after = null)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var from = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{after}' is not in the text");
        var index = text.IndexOf(snippet, from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{snippet}' is not in the text");
        var line = text.Take(index).Count(c => c == '\n');
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1);
        return (line, column);
    }

    /// <summary>A valid file with one mistake: <paramref name="find"/>, which must occur in it, replaced everywhere by <paramref name="replace"/>.</summary>
    public static string WithMistake(string valid, string find, string replace)
    {
        Assert.True(valid.Contains(find, StringComparison.Ordinal), $"'{find}' is not in the valid file");
        return valid.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>
    /// One row of a table of mistakes: its description <paramref name="mistake"/> starts with the id it expects, and the
    /// run has exactly that diagnostic at its place (see <see cref="Single"/>), its message equal to <paramref name="message"/>
    /// and containing <paramref name="messagePart"/> where they are given.
    /// </summary>
    public static Diagnostic OneMistake(string mistake, GeneratorDiagnostics diagnostics, string id, int line, int column, string? covered, string? path = null, string? message = null, string? messagePart = null)
    {
        Assert.StartsWith(id + " ", mistake, StringComparison.Ordinal);
        var diagnostic = Single(diagnostics, id, line, column, covered, path);
        if (message is not null)
        {
            Assert.Equal(message, Message(diagnostic));
        }

        if (messagePart is not null)
        {
            Assert.Contains(messagePart, Message(diagnostic), StringComparison.Ordinal);
        }

        return diagnostic;
    }

    /// <summary>A diagnostic's message in the invariant culture.</summary>
    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorDiagnostics Errors(GeneratorDiagnostics diagnostics)
    {
        Assert.All(diagnostics, d => Assert.True(d.Severity == DiagnosticSeverity.Error, $"{d} is not an error"));
        return diagnostics;
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics, GeneratorDiagnostics run) =>
        string.Join("; ", diagnostics.Select(d => $"{d.Severity} {d.Id} at {d.Location.GetLineSpan().Span} in {d.Location.GetLineSpan().Path} covering «{run.DescribeCovered(d)}»: {Message(d)}"));
}
