using AiInfra.Domain.Rules;
using Microsoft.CodeAnalysis.CSharp;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>
/// The shared, compiler-free name rules (linked into the aiinfra tool as well) say what Roslyn says: every UTF-16
/// code unit as an identifier's first or later character, every reserved keyword, and names made of them.
/// </summary>
public class CSharpNamesTests
{
    [Fact]
    public void Every_character_is_an_identifier_start_or_part_exactly_when_Roslyn_says_so()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            Assert.True(SyntaxFacts.IsIdentifierStartCharacter(c) == CSharpNames.IsIdentifierStart(c), $"start U+{code:X4}");
            Assert.True(SyntaxFacts.IsIdentifierPartCharacter(c) == CSharpNames.IsIdentifierPart(c), $"part U+{code:X4}");
        }
    }

    [Fact]
    public void The_keywords_are_Roslyns_reserved_keywords()
    {
        var roslyn = SyntaxFacts.GetKeywordKinds().Where(SyntaxFacts.IsReservedKeyword).Select(SyntaxFacts.GetText).ToHashSet(StringComparer.Ordinal);
        foreach (var keyword in roslyn)
        {
            Assert.True(CSharpNames.IsKeyword(keyword), keyword);
        }

        foreach (var word in new[] { "var", "record", "async", "await", "value", "nameof", "Class", "__arglist", "@class" })
        {
            Assert.Equal(SyntaxFacts.GetKeywordKind(word) != SyntaxKind.None, CSharpNames.IsKeyword(word));
        }
    }

    [Theory]
    [InlineData("Accelerator")]
    [InlineData("HostCpus")]
    [InlineData("X_1")]
    [InlineData("Ünits")]
    [InlineData("Éclair")]
    [InlineData("A\u0301")]
    [InlineData("A\u200D")]
    [InlineData("Tier2")]
    [InlineData("chips")]
    [InlineData("1Chips")]
    [InlineData("Chip list")]
    [InlineData("Chip-list")]
    [InlineData("_Chips")]
    [InlineData("@Chips")]
    [InlineData("Chips\uD83D\uDD0C")]
    [InlineData("")]
    public void Names_are_identifiers_namespaces_and_pascal_names_exactly_as_Roslyn_says(string name)
    {
        Assert.Equal(SyntaxFacts.IsValidIdentifier(name), CSharpNames.IsIdentifier(name));
        var pascal = name.Length > 0 && name[0] is >= 'A' and <= 'Z' && SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;
        Assert.Equal(pascal, CSharpNames.IsPascalIdentifier(name));
        foreach (var ns in new[] { name, "Acme." + name, name + ".Chips", "Acme.class", "Acme..Chips", "Acme." })
        {
            var roslyn = ns.Length > 0 && ns.Split('.').All(p => SyntaxFacts.IsValidIdentifier(p) && SyntaxFacts.GetKeywordKind(p) == SyntaxKind.None);
            Assert.Equal(roslyn, CSharpNames.IsNamespace(ns));
        }
    }

    [Theory]
    [InlineData("nvidia-h100-sxm", "NvidiaH100Sxm")]
    [InlineData("host_cpus", "HostCpus")]
    [InlineData("a.b c", "ABC")]
    [InlineData("FP8", "FP8")]
    [InlineData("--x", "X")]
    public void Kebab_names_become_pascal_names(string json, string expected) => Assert.Equal(expected, CSharpNames.PascalName(json));
}
