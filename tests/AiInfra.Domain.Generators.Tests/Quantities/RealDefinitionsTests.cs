using AiInfra.Domain.Generators.Quantities;
using Microsoft.CodeAnalysis;
using AiInfra.Domain.Generators.Tests.Specs;
using Microsoft.CodeAnalysis.CSharp;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>
/// The whole real definition set generates without a diagnostic, and the generated code compiles, with no error and
/// no warning, together with the library's hand-written quantity runtime.
/// </summary>
/// <remarks>
/// Parsing the generated trees alone would miss most mistakes an emitter can make (a misspelt member, a missing
/// interface member, two operators with one signature), so the test compiles for real. The generated code needs the
/// hand-written runtime (IQuantity, QuantityInfo, QuantityParser, the JSON converter ...); its files are copied next to
/// the tests by the project file and compiled here with the same implicit usings as the library, in C# 12, the
/// language of the oldest SDK the package supports.
/// </remarks>
public class RealDefinitionsTests
{
    private static readonly Lazy<GeneratorRun> s_run = new(() => GeneratorHarness.Run(new QuantityGenerator(), Definitions.All(), RuntimeCompilation()));

    [Fact]
    public void The_real_definitions_are_all_there()
    {
        Assert.Contains("Power.quantity.json", Definitions.FileNames);
        Assert.Contains("Quantities.relations.json", Definitions.FileNames);
        Assert.True(Definitions.FileNames.Count >= 30, string.Join(", ", Definitions.FileNames));
    }

    [Fact]
    public void Generate_without_diagnostics_or_exceptions()
    {
        var run = s_run.Value;
        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
    }

    /// <summary>
    /// Every member the generator writes into the library's quantities (UnitsNet's conversions included) that a unit's
    /// plural could name, is named after one of the quantity's units or is in the list the parser checks plurals against; and every name of that
    /// list is such a member or object's: the list and the emitters cannot drift apart.
    /// </summary>
    [Fact]
    public void The_members_not_named_after_a_unit_are_exactly_the_fixed_members()
    {
        var plurals = Definitions.FileNames
            .Where(f => f.EndsWith(".quantity.json", StringComparison.Ordinal))
            .Select(f => QuantityFileParser.Parse(Definitions.PathOf(f), Microsoft.CodeAnalysis.Text.SourceText.From(Definitions.Read(f))).Model!)
            .ToDictionary(q => q.Name, q => q.Units.SelectMany(u => new[] { u.PluralName, QuantityMembers.Factory(u.PluralName) }).ToHashSet(StringComparer.Ordinal));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var declaration in s_run.Value.GeneratedTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.StructDeclarationSyntax>()))
        {
            var quantity = declaration.Identifier.ValueText;
            Assert.True(plurals.ContainsKey(quantity), $"the generated struct {quantity} is no quantity of the definitions");
            foreach (var name in declaration.Members.SelectMany(DeclaredNames.Of).Where(n => AiInfra.Domain.Generators.Common.Identifiers.IsPascalIdentifier(n) && !plurals[quantity].Contains(n)))
            {
                seen.Add(name);
                if (!QuantityMembers.Fixed.Contains(name))
                {
                    missing.Add($"{quantity}.{name}");
                }
            }
        }

        Assert.True(missing.Count == 0, "generated but not in QuantityMembers.Fixed: " + string.Join(", ", missing));

        var objects = typeof(object).GetMembers(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance)
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);
        var stale = QuantityMembers.Fixed.Where(name => !seen.Contains(name) && !objects.Contains(name)).ToList();
        Assert.True(stale.Count == 0, "QuantityMembers.Fixed names members no generated quantity has: " + string.Join(", ", stale));
        Assert.Contains("Value", seen);
        Assert.Contains("FromUnitsNet", seen);
    }

    /// <summary>
    /// Every type the code generated into the quantities' namespaces names without its namespace, other than the
    /// quantities and unit enums being generated, is a name a project's quantity may not take: a quantity of that name would hide the type. Only
    /// non-generic types count: a quantity (never generic) does not hide <c>Func&lt;T, TResult&gt;</c>.
    /// </summary>
    [Fact]
    public void Every_type_the_generated_code_names_unqualified_is_a_reserved_quantity_name()
    {
        var run = s_run.Value;
        // The files that declare (parts of) quantity structs: they are in the quantities' namespaces, where a project's
        // quantity could hide a type (the registry and the UnitsNet table are in namespaces of their own).
        var generatedFiles = run.GeneratedTrees
            .Where(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.StructDeclarationSyntax>().Any())
            .Select(t => t.FilePath)
            .ToHashSet(StringComparer.Ordinal);
        var own = run.OutputCompilation.SyntaxTrees
            .Where(t => generatedFiles.Contains(t.FilePath))
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>())
            .Select(d => d.Identifier.ValueText)
            .ToHashSet(StringComparer.Ordinal);
        var unqualified = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var insideStructs = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in run.OutputCompilation.SyntaxTrees.Where(t => generatedFiles.Contains(t.FilePath)))
        {
            var model = run.OutputCompilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax>())
            {
                var qualified = name.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.QualifiedNameSyntax q && q.Right == name
                    || name.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax m && m.Name == name
                    || name.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.AliasQualifiedNameSyntax
                    || name is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax { IsVar: true }
                    || name.Ancestors().Any(a => a is Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax n && n.Name.Span.Contains(name.Span));
                var symbol = qualified ? null : model.GetSymbolInfo(name).Symbol;
                if (symbol is INamespaceSymbol { IsGlobalNamespace: false } || (symbol is INamedTypeSymbol { Arity: 0 } type && !own.Contains(type.Name)))
                {
                    if (name.Ancestors().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.StructDeclarationSyntax>().Any())
                    {
                        insideStructs.Add(symbol.Name);
                    }

                    unqualified.TryAdd(symbol.Name, $"{System.IO.Path.GetFileName(tree.FilePath)}:{name.GetLocation().GetLineSpan().StartLinePosition.Line + 1}");
                }
            }
        }

        Assert.Contains("QuantityInfo", unqualified.Keys);
        // The first identifier of the quantities' own namespace is refused by its own rule (NamesItsNamespacesRoot).
        var missing = unqualified.Where(n => !QuantityFileParser.IsReservedName(n.Key) && n.Key != "AiInfra").Select(n => $"{n.Key} ({n.Value})").ToList();
        Assert.True(missing.Count == 0, "named without a namespace by generated code, but not reserved: " + string.Join(", ", missing));

        // Inside a struct a member comes first in lookup: a unit's plural (a property) must not take these either.
        var pluralsMissing = insideStructs.Where(n => !QuantityFileParser.IsNameUsedUnqualified(n)).ToList();
        Assert.True(pluralsMissing.Count == 0, "named without a namespace inside a quantity struct, but allowed as a plural: " + string.Join(", ", pluralsMissing));
    }

    [Fact]
    public void Generate_one_file_per_quantity_plus_the_registry_and_the_operators()
    {
        var quantities = Definitions.FileNames.Where(f => f.EndsWith(".quantity.json", StringComparison.Ordinal)).ToList();
        var sources = s_run.Value.Sources;
        var unitsNet = sources.Keys.Count(k => k.EndsWith(".UnitsNet.g.cs", StringComparison.Ordinal));
        Assert.Equal(quantities.Count + 2 + unitsNet + 1, sources.Count);
        Assert.Contains("QuantityUnitsNetJson.g.cs", sources.Keys);
        foreach (var file in quantities)
        {
            Assert.Contains("Quantities." + file[..^".quantity.json".Length] + ".g.cs", sources.Keys);
        }
    }

    [Fact]
    public void With_UnitsNet_referenced_every_mapped_quantity_gets_its_conversions()
    {
        var sources = s_run.Value.Sources;
        foreach (var file in Definitions.FileNames.Where(f => f.EndsWith(".quantity.json", StringComparison.Ordinal)))
        {
            var name = file[..^".quantity.json".Length];
            using var json = System.Text.Json.JsonDocument.Parse(Definitions.Read(file), new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var mapped = json.RootElement.GetProperty("unitsNet").ValueKind == System.Text.Json.JsonValueKind.String;
            Assert.Equal(mapped, sources.ContainsKey("Quantities." + name + ".UnitsNet.g.cs"));
        }

        Assert.Contains("public static Power FromUnitsNet(global::UnitsNet.Power value)", sources["Quantities.Power.UnitsNet.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_UnitsNet_referenced_nothing_about_UnitsNet_is_generated()
    {
        var run = GeneratorHarness.Run(new QuantityGenerator(), Definitions.All());
        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain(run.Sources.Keys, k => k.Contains("UnitsNet", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generated_trees_parse_without_errors()
    {
        foreach (var tree in s_run.Value.GeneratedTrees)
        {
            Assert.Empty(tree.GetDiagnostics());
        }
    }

    [Fact]
    public void The_generated_code_compiles_with_the_runtime_without_errors_or_warnings()
    {
        var diagnostics = s_run.Value.OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
        Assert.True(diagnostics.Count == 0, string.Join(Environment.NewLine, diagnostics.Take(20)));
    }

    [Fact]
    public void The_output_is_deterministic()
    {
        var again = GeneratorHarness.Run(new QuantityGenerator(), Definitions.All().AsEnumerable().Reverse(), RuntimeCompilation());
        var first = s_run.Value.Sources;
        var second = again.Sources;
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (hint, text) in first)
        {
            Assert.Equal(text, second[hint]);
        }
    }

    /// <summary>The library's hand-written quantity code, as the generated code's compilation.</summary>
    /// <param name="withExtras">
    /// Whether to include Extras/, the hand-written members of particular quantities (PowerRatio.ToPower ...), which
    /// compile only with the real definitions.
    /// </param>
    internal static CSharpCompilation RuntimeCompilation(bool withExtras = true)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Runtime");
        var extras = Path.Combine(folder, "Extras") + Path.DirectorySeparatorChar;
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => withExtras || !f.StartsWith(extras, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains(files, f => f.EndsWith("QuantityParser.cs", StringComparison.Ordinal));
        var trees = files
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), GeneratorHarness.ParseOptions, path: f))
            .Append(CSharpSyntaxTree.ParseText(SpecCompileTests.ImplicitUsings, GeneratorHarness.ParseOptions, path: "ImplicitUsings.cs"));
        // The runtime's UnitsNet interop needs UnitsNet, which the library references; with it the generator also emits
        // the conversions to UnitsNet, so they are compiled here too.
        return GeneratorHarness.CreateCompilation(trees, "AiInfra.Domain").AddReferences(GeneratorHarness.UnitsNetReference);
    }
}
