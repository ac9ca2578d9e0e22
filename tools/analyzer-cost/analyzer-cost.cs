#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false
#:package Microsoft.CodeAnalysis.CSharp@5.9.0
// The time one analyzer of a compile spends on each source file, to find what makes a Release compile of the library
// slow (docs/performance.md, "Build time"). Roslyn 5.9, the compiler of the .NET 10.0.401 SDK, so that the SDK's own
// analyzers (ILLink 10) load. It replays the compile from its command line:
//   dotnet build src/AiInfra.Domain -c Release -f net10.0 --no-incremental -v:d > build.log
//   dotnet run tools/analyzer-cost/analyzer-cost.cs -- build.log src/AiInfra.Domain net10.0 DynamicallyAccessedMembersAnalyzer
// A file's time includes binding its method bodies for the analyzer; run it again with COMAnalyzer (which asks for the
// same operation trees and does next to nothing with them) to see the binding alone. The first file also carries the
// warm-up of the process.
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

if (args.Length < 4)
{
    Console.Error.WriteLine("usage: analyzer-cost.cs <detailed build log> <project directory> <target framework> <analyzer type name> [files to list]");
    return 2;
}

var projectDirectory = Path.GetFullPath(args[1]);
var output = $"/out:obj/Release/{args[2]}/";
var commandLine = File.ReadLines(args[0]).Select(line => line.Trim())
    .FirstOrDefault(line => line.Contains("/noconfig ", StringComparison.Ordinal) && line.Contains(output, StringComparison.Ordinal));
if (commandLine is null)
{
    Console.Error.WriteLine($"no compiler command line with {output} in {args[0]} (build with -c Release -v:d)");
    return 2;
}

// A log replayed from a binary log ends each line with the task's id.
commandLine = System.Text.RegularExpressions.Regex.Replace(commandLine[commandLine.IndexOf("/noconfig ", StringComparison.Ordinal)..], @"\s*\(TaskId:\d+\)$", "");
var arguments = CSharpCommandLineParser.Default.Parse(CommandLineParser.SplitCommandLineIntoArguments(commandLine, removeHashComments: false), projectDirectory, sdkDirectory: null);
var generated = Path.Combine(projectDirectory, "obj", "Release", args[2], "generated");
var files = arguments.SourceFiles.Select(f => f.Path).Concat(Directory.EnumerateFiles(generated, "*.cs", SearchOption.AllDirectories)).ToList();
var trees = files.Select(path => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(path), System.Text.Encoding.UTF8), arguments.ParseOptions, path)).ToList();
var references = arguments.MetadataReferences.Select(r => (MetadataReference)MetadataReference.CreateFromFile(r.Reference));
var compilation = CSharpCompilation.Create("replay", trees, references, arguments.CompilationOptions);

// A replay that does not compile (a stale generated folder, a command line read wrong) would time the wrong work.
var problems = arguments.Errors.Concat(compilation.GetParseDiagnostics()).Concat(compilation.GetDeclarationDiagnostics())
    .Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
if (problems.Count > 0)
{
    problems.ForEach(d => Console.Error.WriteLine(d));
    Console.Error.WriteLine("the replayed compile has errors; build again with the command in this file's header");
    return 2;
}

var analyzers = arguments.AnalyzerReferences
    .SelectMany(r => new AnalyzerFileReference(Path.GetFullPath(r.FilePath, projectDirectory), new DefaultLoader()).GetAnalyzers(LanguageNames.CSharp))
    .Where(a => a.GetType().Name == args[3])
    .ToImmutableArray();
if (analyzers.IsEmpty)
{
    Console.Error.WriteLine($"no analyzer {args[3]} among the compile's analyzers");
    return 2;
}

// The analyzers read MSBuild properties (build_property.EnableTrimAnalyzer and the like) from the compile's global configs.
var properties = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var path in arguments.AnalyzerConfigPaths)
{
    foreach (var line in File.ReadLines(Path.GetFullPath(path, projectDirectory)).Select(l => l.Trim()))
    {
        var equals = line.IndexOf('=');
        if (equals > 0 && line[0] is not ('#' or '['))
        {
            properties[line[..equals].Trim()] = line[(equals + 1)..].Trim();
        }
    }
}

var options = new AnalyzerOptions([], new GlobalOnly(properties));
var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
var times = new List<(double Milliseconds, string Path)>();
var total = Stopwatch.StartNew();
foreach (var tree in trees)
{
    var clock = Stopwatch.StartNew();
    await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);
    times.Add((clock.Elapsed.TotalMilliseconds, tree.FilePath));
}

Console.WriteLine($"{args[3]}: {total.Elapsed.TotalSeconds:F1} s over {trees.Count} files, one thread");
foreach (var group in times.GroupBy(t => Kind(t.Path)).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {group.Key}: {group.Sum(t => t.Milliseconds) / 1000:F1} s, {group.Count()} files");
}

foreach (var (milliseconds, path) in times.OrderByDescending(t => t.Milliseconds).Take(args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 25))
{
    Console.WriteLine($"{milliseconds,8:F0} ms  {Path.GetFileName(path)} ({new FileInfo(path).Length / 1024} KB)");
}

return 0;

static string Kind(string path) =>
    !path.Contains("/generated/", StringComparison.Ordinal) ? "hand-written"
    : path.Contains("QuantityGenerator", StringComparison.Ordinal) ? "generated quantities"
    : Path.GetFileName(path).StartsWith("Catalog", StringComparison.Ordinal) ? "generated catalogues"
    : "generated specs, readers, writers, validators";

sealed class DefaultLoader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath)
    {
    }

    public System.Reflection.Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
}

sealed class GlobalOnly(Dictionary<string, string> properties) : AnalyzerConfigOptionsProvider
{
    private readonly Options _options = new(properties);

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    private sealed class Options(Dictionary<string, string> properties) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => properties.TryGetValue(key, out value!);
    }
}
