using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using AiInfra.Domain.Generators.Quantities;
using AiInfra.Domain.Generators.Specs;
using AiInfra.Domain.Generators.Tests.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiInfra.Domain.Generators.Tests.Docs;

/// <summary>
/// Every fenced <c>csharp</c> block of README.md and docs/*.md compiles as a reader would paste it into a fresh
/// console project (<c>dotnet new console</c>: its implicit usings, nothing else) that references the built library;
/// a program that shows results prints them.
/// </summary>
/// <remarks>
/// <para>A block declares its own preamble in lines the reader sees and can copy: its <c>using</c> directives, the
/// variables it reads, and, for code that uses a project's own spec files, a comment <c>// project: samples/CustomSpec</c>
/// naming the folder whose spec, catalogue, quantity and relations files the project holds (not its C# files: a
/// block may be one of them, as the ValidateRules partial in docs/spec-format.md is); the generators run on them as the package's build does, with the folder's project
/// name as root namespace.</para>
/// <para>A block with top-level statements is a program; one without is a library file. A program with a line
/// <c>Console.WriteLine(...); // text</c> is run, and each such text must be a line it prints, in that order.</para>
/// </remarks>
public class DocsSnippetTests
{
    private static readonly Regex ProjectLine = new(@"^\s*//\s*project:\s*(?<folder>\S+)", RegexOptions.Multiline);

    private static readonly Regex Expectation = new(@"^\s*Console\.WriteLine\(.*\);\s*//\s*(?<text>.+?)\s*$");

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, line, _) in AllBlocks())
        {
            data.Add(file, line);
        }

        return data;
    }

    [Fact]
    public void The_docs_have_csharp_blocks_to_check() =>
        Assert.True(AllBlocks().Count() >= 10, "README.md and docs/*.md should hold the csharp blocks this test checks");

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_block_compiles_and_prints_what_its_comments_say(string file, int line)
    {
        var code = AllBlocks().Single(b => b.File == file && b.Line == line).Code;
        var where = $"{file}:{line}";
        if (code.Contains(": JsonSerializerContext", StringComparison.Ordinal))
        {
            // A JsonSerializerContext needs System.Text.Json's source generator, which ships with the .NET 10 SDK built for
            // a newer Roslyn than the 4.8 these tests host; the samples and package tests build such code with the SDK.
            return;
        }

        var tree = CSharpSyntaxTree.ParseText(code, GeneratorHarness.ParseOptions, path: where);
        var isProgram = tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var trees = new List<SyntaxTree>
        {
            tree,
            CSharpSyntaxTree.ParseText(SpecCompileTests.ImplicitUsings, GeneratorHarness.ParseOptions, path: "ImplicitUsings.cs"),
        };

        var files = new List<AdditionalText>();
        var rootNamespace = "Snippet";
        var project = ProjectLine.Match(code);
        if (project.Success)
        {
            var folder = Path.Combine(Common.RepositoryPaths.Root, project.Groups["folder"].Value);
            Assert.True(Directory.Exists(folder), $"{where}: the project folder {project.Groups["folder"].Value} does not exist");
            rootNamespace = Directory.GetFiles(folder, "*.csproj*").Select(p => Path.GetFileName(p).Split('.')[0]).Single();
            foreach (var path in Directory.GetFiles(folder))
            {
                var name = Path.GetFileName(path);
                if (name.EndsWith(".spec.json", StringComparison.Ordinal) || name.EndsWith(".catalog.json", StringComparison.Ordinal)
                    || name.EndsWith(".quantity.json", StringComparison.Ordinal) || name.EndsWith(".relations.json", StringComparison.Ordinal))
                {
                    files.Add(new InMemoryAdditionalText(path, File.ReadAllText(path)));
                }
            }
        }

        var compilation = CSharpCompilation.Create(
            rootNamespace,
            trees,
            SpecCompileTests.References,
            new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = GeneratorHarness.CreateDriver(
            [new QuantityGenerator(), new SpecGenerator()],
            files,
            new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });
        var run = GeneratorHarness.Run(driver, compilation);
        Assert.Null(run.Exception);
        using var stream = new MemoryStream();
        var emitted = run.OutputCompilation.Emit(stream);
        var errors = run.Result.Diagnostics.Concat(emitted.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{where} does not compile:\n" + string.Join("\n", errors.Take(10).Select(d => d.ToString())));

        var expected = code.Split('\n').Select(l => Expectation.Match(l)).Where(m => m.Success).Select(m => m.Groups["text"].Value).ToList();
        if (!isProgram || expected.Count == 0)
        {
            return;
        }

        var printed = RunProgram(stream.ToArray());
        var next = 0;
        foreach (var output in printed)
        {
            if (next < expected.Count && output.TrimEnd() == expected[next])
            {
                next++;
            }
        }

        Assert.True(next == expected.Count, $"{where} prints no line \"{(next < expected.Count ? expected[next] : string.Empty)}\" (after the ones before it); it printed:\n" + string.Join("\n", printed));
    }

    private static readonly object ConsoleLock = new();

    private static List<string> RunProgram(byte[] image)
    {
        // AiInfra.Domain.dll, which the compilation referenced, is the one this process has loaded, so the program binds to it.
        var assembly = Assembly.Load(image);
        var entry = assembly.EntryPoint!;
        lock (ConsoleLock)
        {
            var original = Console.Out;
            var output = new StringWriter();
            Console.SetOut(output);
            try
            {
                entry.Invoke(null, entry.GetParameters().Length == 0 ? [] : [Array.Empty<string>()]);
            }
            finally
            {
                Console.SetOut(original);
            }

            return output.ToString().ReplaceLineEndings("\n").Split('\n').ToList();
        }
    }

    private static IEnumerable<(string File, int Line, string Code)> AllBlocks()
    {
        var root = Common.RepositoryPaths.Root;
        var documents = new[] { Path.Combine(root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal));
        foreach (var document in documents)
        {
            var lines = File.ReadAllLines(document);
            var relative = Path.GetRelativePath(root, document).Replace('\\', '/');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimEnd() != "```csharp")
                {
                    continue;
                }

                var start = i + 1;
                var code = new StringBuilder();
                for (i = start; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
                {
                    code.Append(lines[i]).Append('\n');
                }

                yield return (relative, start, code.ToString());
            }
        }
    }
}
