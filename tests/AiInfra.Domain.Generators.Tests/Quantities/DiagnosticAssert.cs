using System.Globalization;
using AiInfra.Domain.Generators.Quantities;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Tests.Diagnostics;

/// <summary>Runs the quantity generator on small files and checks each diagnostic's id, file, line and column.</summary>
internal static class DiagnosticAssert
{
    /// <summary>A small valid quantity; tests write their own variants of it with one mistake each.</summary>
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

    /// <summary>The diagnostics of one run over these files; the generator must not throw.</summary>
    public static IReadOnlyList<Diagnostic> Run(params (string Path, string Text)[] files)
    {
        var run = GeneratorHarness.Run(new QuantityGenerator(), GeneratorHarness.Files(files));
        Assert.Null(run.Exception);
        foreach (var diagnostic in run.Diagnostics)
        {
            Assert.StartsWith("AIINFRA", diagnostic.Id, StringComparison.Ordinal);
            Assert.NotEqual("AIINFRA007", diagnostic.Id);
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            Assert.DoesNotContain("{0}", message, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Descriptor.Description.ToString(CultureInfo.InvariantCulture)));
        }

        return run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
    }

    /// <summary>The diagnostics of one run over these files on a compilation that references UnitsNet.</summary>
    public static IReadOnlyList<Diagnostic> RunWithUnitsNet(params (string Path, string Text)[] files)
    {
        var run = GeneratorHarness.Run(new QuantityGenerator(), GeneratorHarness.Files(files), GeneratorHarness.CreateCompilation().AddReferences(GeneratorHarness.UnitsNetReference));
        Assert.Null(run.Exception);
        Assert.All(run.Diagnostics, d => Assert.NotEqual("AIINFRA007", d.Id));
        return run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
    }

    /// <summary>The zero-based line and column where <paramref name="snippet"/> first occurs in <paramref name="text"/>, after <paramref name="after"/> if given.</summary>
    public static (int Line, int Column) Find(string text, string snippet, string? after = null)
    {
        text = text.Replace("\r\n", "\n");
        var from = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{after}' is not in the text");
        var index = text.IndexOf(snippet, from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{snippet}' is not in the text");
        var line = text.Take(index).Count(c => c == '\n');
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1);
        return (line, column);
    }

    /// <summary>The diagnostics of one quantity file, "Widget.quantity.json".</summary>
    public static IReadOnlyList<Diagnostic> RunQuantity(string text) => Run(("/specs/Widget.quantity.json", text));

    /// <summary>Asserts there is exactly one diagnostic, and that it is this one.</summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string id, int line, int column, string path = "/specs/Widget.quantity.json")
    {
        Assert.True(diagnostics.Count == 1, "expected one diagnostic, got: " + Describe(diagnostics));
        return At(diagnostics[0], id, line, column, path);
    }

    /// <summary>Asserts that one of the diagnostics is this one, and returns it.</summary>
    public static Diagnostic Contains(IReadOnlyList<Diagnostic> diagnostics, string id, int line, int column, string path = "/specs/Widget.quantity.json")
    {
        var match = diagnostics.FirstOrDefault(d => d.Id == id && Position(d) == (line, column) && d.Location.GetLineSpan().Path == path);
        Assert.True(match is not null, $"expected {id} at {line}:{column} in {path}, got: " + Describe(diagnostics));
        return match!;
    }

    /// <summary>Asserts a diagnostic's id, file and zero-based start line and column.</summary>
    public static Diagnostic At(Diagnostic diagnostic, string id, int line, int column, string path = "/specs/Widget.quantity.json")
    {
        Assert.True(
            diagnostic.Id == id && Position(diagnostic) == (line, column) && diagnostic.Location.GetLineSpan().Path == path,
            $"expected {id} at {line}:{column} in {path}, got {Describe([diagnostic])}");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        return diagnostic;
    }

    /// <summary>The text a diagnostic's span covers in <paramref name="text"/>.</summary>
    public static string Covered(Diagnostic diagnostic, string text) => text.Replace("\r\n", "\n").Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line, start.Character);
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("; ", diagnostics.Select(d => $"{d.Id} at {Position(d).Line}:{Position(d).Column} in {d.Location.GetLineSpan().Path}: {Message(d)}"));
}
