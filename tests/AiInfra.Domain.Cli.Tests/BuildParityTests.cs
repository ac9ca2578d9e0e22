using AiInfra.Domain.Generators.Specs;
using AiInfra.Domain.Generators.Tests;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Cli.Tests;

/// <summary>
/// <c>aiinfra validate</c> checks a catalogue file exactly as the build does: the build's generator runs here, in
/// process, on the library's spec files and the same broken catalogue files (the kinds of mistake of the generator's
/// own CatalogDiagnosticTests, on the library's Accelerator), and the tool must reject each file the build rejects, with
/// an error at the place of each of the build's diagnostics, and accept each file the build accepts.
/// </summary>
public class BuildParityTests
{
    /// <summary>
    /// A valid catalogue: lines, one-based, 1 "{", 2 entity, 3 sources, 4 defaultSource, 5 entries, 6 the first entry
    /// (its tdp a figure citing s2), 7 the second (its tdp a plain value, so from the default source), 8 "]", 9 "}".
    /// </summary>
    private const string Valid = """
        {
          "entity": "Accelerator",
          "sources": { "s1": { "title": "A report" }, "s2": { "title": "Another one" } },
          "defaultSource": "s1",
          "entries": [
            { "id": "acme-a", "vendor": "nvidia", "name": "A", "kind": "gpu", "tdp": { "value": "700 W", "source": "s2" } },
            { "id": "acme-b", "vendor": "nvidia", "name": "B", "kind": "gpu", "tdp": "500 W" }
          ]
        }
        """;

    private static readonly Dictionary<string, (string File, string Text)> Cases = new(StringComparer.Ordinal)
    {
        ["valid"] = ("valid.catalog.json", Valid),
        ["schema keys are allowed"] = ("schema.catalog.json", Valid
            .Replace("\"entity\": \"Accelerator\",", "\"$schema\": \"x\", \"entity\": \"Accelerator\",", StringComparison.Ordinal)
            .Replace("{ \"title\": \"A report\" }", "{ \"$schema\": 1, \"title\": \"A report\", \"url\": \"u\" }", StringComparison.Ordinal)),
        ["figure source not listed"] = ("fig.catalog.json", Valid.Replace("\"source\": \"s2\"", "\"source\": \"s9\"", StringComparison.Ordinal)),
        ["nested figure source not listed"] = ("nested.catalog.json", Valid.Replace("\"tdp\": \"500 W\"", "\"tdp\": \"500 W\", \"memory\": { \"capacity\": { \"value\": \"80 GB\", \"source\": \"s7\" } }", StringComparison.Ordinal)),
        ["default source not listed"] = ("default.catalog.json", Valid.Replace("\"defaultSource\": \"s1\"", "\"defaultSource\": \"s3\"", StringComparison.Ordinal)),
        ["plain figure without a default source"] = ("plain.catalog.json", Valid.Replace("  \"defaultSource\": \"s1\",\n", "\n", StringComparison.Ordinal)),
        ["figure object without a source or default"] = ("object.catalog.json", Valid
            .Replace("  \"defaultSource\": \"s1\",\n", "\n", StringComparison.Ordinal)
            .Replace("\"tdp\": \"500 W\"", "\"tdp\": { \"value\": \"500 W\", \"bound\": \"approximate\" }", StringComparison.Ordinal)),
        ["duplicate id"] = ("dup.catalog.json", Valid.Replace("\"acme-b\"", "\"acme-a\"", StringComparison.Ordinal)),
        ["ids with one C# name"] = ("names.catalog.json", Valid.Replace("\"acme-a\"", "\"all-entry\"", StringComparison.Ordinal).Replace("\"acme-b\"", "\"all\"", StringComparison.Ordinal)),
        ["id that is the class name"] = ("chips.catalog.json", Valid.Replace("\"acme-a\"", "\"chips-entry\"", StringComparison.Ordinal).Replace("\"acme-b\"", "\"chips\"", StringComparison.Ordinal)),
        ["unknown entity"] = ("unknown.catalog.json", Valid.Replace("\"Accelerator\"", "\"Accelerators\"", StringComparison.Ordinal)),
        ["entity in another case"] = ("case.catalog.json", Valid.Replace("\"Accelerator\"", "\"accelerator\"", StringComparison.Ordinal)),
        ["entity without an id"] = ("refs.catalog.json", """{ "entity": "SourceRef", "sources": { "s1": { "title": "T" } }, "entries": [] }"""),
        ["class name that is no identifier"] = ("named.catalog.json", Valid.Replace("\"entity\": \"Accelerator\",", "\"entity\": \"Accelerator\", \"name\": \"chip list\",", StringComparison.Ordinal)),
        ["file name that is no identifier"] = ("1-chips.catalog.json", Valid),
        ["class name the generated Catalog takes"] = ("sections-named.catalog.json", Valid.Replace("\"entity\": \"Accelerator\",", "\"entity\": \"Accelerator\", \"name\": \"Sections\",", StringComparison.Ordinal)),
        ["file name the generated CatalogData takes"] = ("reference.catalog.json", Valid),
        ["namespace with a space"] = ("space.catalog.json", Valid.Replace("\"entity\": \"Accelerator\",", "\"entity\": \"Accelerator\", \"namespace\": \"Acme Chips\",", StringComparison.Ordinal)),
        ["namespace with a keyword"] = ("keyword.catalog.json", Valid.Replace("\"entity\": \"Accelerator\",", "\"entity\": \"Accelerator\", \"namespace\": \"Acme.class\",", StringComparison.Ordinal)),
        ["valid name and namespace"] = ("ns.catalog.json", Valid.Replace("\"entity\": \"Accelerator\",", "\"entity\": \"Accelerator\", \"name\": \"MyChips\", \"namespace\": \"Acme.Chips\", \"description\": \"Ours.\",", StringComparison.Ordinal)),
        ["unknown key"] = ("key.catalog.json", Valid.Replace("\"defaultSource\"", "\"defaultSauce\"", StringComparison.Ordinal)),
        ["unknown key of a source"] = ("sourcekey.catalog.json", Valid.Replace("{ \"title\": \"A report\" }", "{ \"title\": \"A report\", \"publishr\": \"P\" }", StringComparison.Ordinal)),
        ["source that is no object"] = ("sourcetype.catalog.json", Valid.Replace("{ \"title\": \"Another one\" }", "\"Another one\"", StringComparison.Ordinal)),
        ["source without a title"] = ("title.catalog.json", Valid.Replace("{ \"title\": \"Another one\" }", "{ \"publisher\": \"Another one\" }", StringComparison.Ordinal)),
        ["title that is no string"] = ("titletype.catalog.json", Valid.Replace("\"title\": \"A report\"", "\"title\": 5", StringComparison.Ordinal)),
        ["sources that are no object"] = ("sources.catalog.json", Valid.Replace("\"sources\": { \"s1\": { \"title\": \"A report\" }, \"s2\": { \"title\": \"Another one\" } }", "\"sources\": []", StringComparison.Ordinal)),
        ["description that is no string"] = ("desc.catalog.json", Valid.Replace("\"entity\": \"Accelerator\",", "\"entity\": \"Accelerator\", \"description\": 5,", StringComparison.Ordinal)),
        ["default source that is no string"] = ("defaulttype.catalog.json", Valid.Replace("\"defaultSource\": \"s1\"", "\"defaultSource\": [\"s1\"]", StringComparison.Ordinal)),
        ["entity that is no string"] = ("entitytype.catalog.json", Valid.Replace("\"Accelerator\"", "5", StringComparison.Ordinal)),
        ["entries that are no array"] = ("entries.catalog.json", """{ "entity": "Accelerator", "entries": {} }"""),
        ["no entries"] = ("none.catalog.json", """{ "entity": "Accelerator" }"""),
        ["duplicate key"] = ("twice.catalog.json", Valid.Replace("\"defaultSource\": \"s1\",", "\"defaultSource\": \"s1\", \"defaultSource\": \"s2\",", StringComparison.Ordinal)),
        ["figure without source when the default is not listed"] = ("unlisted.catalog.json", Valid.Replace("\"defaultSource\": \"s1\"", "\"defaultSource\": \"s8\"", StringComparison.Ordinal).Replace(", \"source\": \"s2\"", string.Empty, StringComparison.Ordinal)),
    };

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>>> s_build = new(RunBuild);

    public static TheoryData<string> Names => new(Cases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Names))]
    public void The_tool_rejects_what_the_build_rejects_where_the_build_does(string name)
    {
        var (file, text) = Cases[name];
        var build = s_build.Value[file];
        using var temp = new TempFolder();
        var path = temp.File(file, text);
        var tool = Cli.Run("validate", path);
        var buildSays = string.Join("\n", build.Select(d => d.ToString()));
        Assert.True(build.Count == 0 == (tool.Code == 0), $"the build said:\n{buildSays}\nthe tool said:\n{tool}");
        var positions = tool.OutLines
            .Where(l => l.StartsWith(path + "(", StringComparison.Ordinal))
            .Select(l => l[(path.Length + 1)..l.IndexOf(')', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);
        foreach (var diagnostic in build)
        {
            var start = diagnostic.Location.GetLineSpan().StartLinePosition;
            Assert.True(positions.Contains($"{start.Line + 1},{start.Character + 1}"), $"no error of the tool at the build's {diagnostic}\nthe tool said:\n{tool}");
        }
    }

    [Fact]
    public void Each_case_is_checked_and_the_build_rejects_all_but_the_valid_ones()
    {
        var build = s_build.Value;
        Assert.Equal(Cases.Count, build.Count);
        Assert.Equal(["ns.catalog.json", "schema.catalog.json", "valid.catalog.json"], build.Where(b => b.Value.Count == 0).Select(b => b.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_tool_words_the_shared_rules_as_the_build_does()
    {
        var build = s_build.Value;
        foreach (var (file, id) in new[] { ("default.catalog.json", "AIINFRA304"), ("dup.catalog.json", "AIINFRA303"), ("unknown.catalog.json", "AIINFRA301"), ("refs.catalog.json", "AIINFRA305"), ("named.catalog.json", "AIINFRA006") })
        {
            var diagnostic = Assert.Single(build[file], d => d.Id == id);
            using var temp = new TempFolder();
            var tool = Cli.Run("validate", temp.File(file, Cases.Values.Single(c => c.File == file).Text));
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

            // The entities declared are listed from what each knows: the tool also knows this project's own Bess.
            message = message.Split("; declared: ")[0];
            Assert.True(tool.Out.Contains(message, StringComparison.Ordinal), $"'{message}' is not in:\n{tool}");
        }
    }

    /// <summary>One run of the build's generator over the library's spec files and every case's catalogue file.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> RunBuild()
    {
        var specs = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "LibrarySpecs"), "*.spec.json", SearchOption.AllDirectories)
            .Select(p => (p, File.ReadAllText(p)));
        var catalogues = Cases.Values.Select(c => ("/catalogues/" + c.File, c.Text));
        var run = GeneratorHarness.Run(new SpecGenerator(), GeneratorHarness.Files([.. specs, .. catalogues]));
        Assert.Null(run.Exception);
        var byFile = run.Diagnostics.ToLookup(d => Path.GetFileName(d.Location.GetLineSpan().Path), StringComparer.Ordinal);
        Assert.DoesNotContain(run.Diagnostics, d => !d.Location.GetLineSpan().Path.StartsWith("/catalogues/", StringComparison.Ordinal));
        return Cases.Values.ToDictionary(c => c.File, c => (IReadOnlyList<Diagnostic>)byFile[c.File].ToArray(), StringComparer.Ordinal);
    }
}
