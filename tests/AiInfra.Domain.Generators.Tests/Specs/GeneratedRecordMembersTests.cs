using AiInfra.Domain.Generators.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiInfra.Domain.Generators.Tests.Specs;

/// <summary>
/// The spec parser reports a property whose C# name would collide with a member the generator writes into every
/// record (<see cref="GeneratedMembers"/>, AIINFRA209). That list must name every such member, or a property of that
/// name compiles into two members of one name inside the generated file: every member of the records generated from
/// the real spec files that is not a spec property or named after one (its checker and validator) must be in it.
/// </summary>
public class GeneratedRecordMembersTests
{
    public static TheoryData<string> Runs() => new() { "all", "unitsNet" };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Every_member_a_record_has_besides_its_properties_is_in_the_generated_members_list(string which)
    {
        var run = which == "all" ? SpecInputs.Run(SpecInputs.All()) : SpecInputs.Run(SpecInputs.UnitsNetSample(), SpecInputs.WithUnitsNet());
        Assert.Empty(run.Diagnostics);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        // An entity's record is written in several partial parts; the one with the base list is the entity's.
        var parts = run.GeneratedTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<RecordDeclarationSyntax>()).ToLookup(r => r.Identifier.ValueText);
        var entities = parts.Where(g => g.Any(r => r.BaseList?.ToString().Contains("IAiInfraEntity", StringComparison.Ordinal) == true)).ToList();
        Assert.NotEmpty(entities);
        foreach (var entity in entities)
        {
            var members = entity.SelectMany(r => r.Members).ToList();
            var properties = members.OfType<PropertyDeclarationSyntax>()
                .Where(p => p.Modifiers.Any(SyntaxKind.PublicKeyword) && !p.Modifiers.Any(SyntaxKind.StaticKeyword) && p.ExplicitInterfaceSpecifier is null)
                .Select(p => p.Identifier.ValueText)
                .ToList();
            var named = properties.SelectMany(p => new[] { p, GeneratedMembers.Checker(p), GeneratedMembers.Validator(p) }).ToHashSet(StringComparer.Ordinal);
            foreach (var name in members.SelectMany(DeclaredNames.Of).Where(n => Identifiers.IsPascalIdentifier(n) && !named.Contains(n)))
            {
                if (!GeneratedMembers.Fixed.Contains(name))
                {
                    missing.Add($"{entity.Key}.{name}");
                }
            }
        }

        Assert.True(missing.Count == 0, "generated into a record but not in GeneratedMembers.Fixed: " + string.Join(", ", missing));
    }

    [Fact]
    public void AIINFRA209_a_property_named_as_the_readers_name_dispatch()
    {
        var spec = """
            { "namespace": "Contoso.Things", "entities": { "Thing": { "properties": { "propertyIndexOf": { "type": "string" } } } } }
            """;
        var run = SpecInputs.Run([new InMemoryAdditionalText("/repo/consumer/Thing.spec.json", spec)]);
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("AIINFRA209", d.Id);
        Assert.Contains("'PropertyIndexOf'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("entities", "\"KindJson\": { \"properties\": { \"name\": { \"type\": \"string\" } } }")]
    [InlineData("enums", "\"KindJson\": { \"values\": { \"c\": \"C.\" } }")]
    public void AIINFRA207_a_type_named_as_an_enums_generated_helper_in_its_namespace_at_the_name(string section, string declaration)
    {
        var kind = "\"Kind\": { \"values\": { \"a\": \"A.\", \"b\": \"B.\" } }";
        var spec = section == "enums"
            ? $$"""{ "namespace": "Contoso.Things", "enums": { {{kind}}, {{declaration}} } }"""
            : $$"""{ "namespace": "Contoso.Things", "enums": { {{kind}} }, "entities": { {{declaration}} } }""";
        var files = GeneratorHarness.Files(("/repo/consumer/Thing.spec.json", spec));
        var d = DiagnosticAssert.Single(DiagnosticAssert.Of(SpecInputs.Run(files), files), "AIINFRA207", line: 0, column: spec.IndexOf("\"KindJson\"", StringComparison.Ordinal), covered: "\"KindJson\"");
        Assert.Contains("the enum 'Kind' generates a helper class of that name", DiagnosticAssert.Message(d), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "namespace": "Contoso.Things", "entities": { "Thing": { "properties": { "name": { "type": "string" } } }, "THING": { "properties": { "name": { "type": "string" } } } } }""", null)]
    [InlineData("""{ "namespace": "Contoso.Things", "enums": { "Kind": { "values": { "a": "A." } }, "KIND": { "values": { "a": "A." } } } }""", null)]
    [InlineData("""{ "namespace": "Contoso.Things", "entities": { "Thing": { "properties": { "name": { "type": "string" } } } } }""", """{ "namespace": "contoso.things", "entities": { "THING": { "properties": { "name": { "type": "string" } } } } }""")]
    public void AIINFRA207_type_names_differing_only_by_case_count_as_one_and_the_generator_does_not_throw(string spec, string? second)
    {
        var files = second is null
            ? GeneratorHarness.Files(("/repo/a.spec.json", spec))
            : GeneratorHarness.Files(("/repo/a.spec.json", spec), ("/repo/b.spec.json", second));
        var run = SpecInputs.Run(files);
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("AIINFRA207", d.Id);
        Assert.Contains("names that differ only by case count as one", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(run.Sources.Count, run.Sources.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void A_type_named_as_an_enums_generated_helper_in_another_namespace_is_no_collision()
    {
        var files = GeneratorHarness.Files(
            ("/repo/consumer/Kind.spec.json", """{ "namespace": "Contoso.Kinds", "enums": { "Kind": { "values": { "a": "A." } } } }"""),
            ("/repo/consumer/Thing.spec.json", """{ "namespace": "Contoso.Things", "entities": { "KindJson": { "properties": { "name": { "type": "string" } } } } }"""));
        Assert.Empty(SpecInputs.Run(files).Diagnostics);
    }

    [Theory]
    [InlineData("Catalog", "entities", "{ \"properties\": { \"name\": { \"type\": \"string\" } } }")]
    [InlineData("CatalogData", "enums", "{ \"values\": { \"a\": \"A.\" } }")]
    public void AIINFRA207_a_spec_type_named_as_a_class_the_catalogues_of_its_namespace_get_at_the_catalogues_entity(string name, string section, string declaration)
    {
        var spec = $$"""{ "namespace": "Consumer.Data", "{{section}}": { "{{name}}": {{declaration}} } }""";
        var files = OwnQuantities.OwnQuantityProject.Files().Append(new InMemoryAdditionalText("/repo/consumer/Taken.spec.json", spec)).ToArray();
        var run = OwnQuantities.OwnQuantityProject.Run(files);
        var catalog = files.Single(f => f.Path.EndsWith(OwnQuantities.OwnQuantityProject.CpoEngines, StringComparison.Ordinal)).GetText()!.ToString();
        var line = catalog.Split('\n').Select((text, i) => (text, i)).First(l => l.text.Contains("\"entity\"", StringComparison.Ordinal));
        var d = DiagnosticAssert.Single(DiagnosticAssert.Of(run, files), "AIINFRA207", line: line.i, column: line.text.IndexOf("\"CpoEngine\"", StringComparison.Ordinal), covered: "\"CpoEngine\"", path: files.Single(f => f.Path.EndsWith(OwnQuantities.OwnQuantityProject.CpoEngines, StringComparison.Ordinal)).Path);
        Assert.Contains($"'{name}' is declared more than once in namespace Consumer.Data", DiagnosticAssert.Message(d), StringComparison.Ordinal);
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(e => e.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_spec_type_named_Catalog_in_a_namespace_without_catalogues_compiles()
    {
        var spec = """{ "namespace": "Consumer.Other", "entities": { "Catalog": { "properties": { "name": { "type": "string" } } } } }""";
        var files = OwnQuantities.OwnQuantityProject.Files().Append(new InMemoryAdditionalText("/repo/consumer/Taken.spec.json", spec)).ToArray();
        var run = OwnQuantities.OwnQuantityProject.Run(files);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(e => e.Severity == DiagnosticSeverity.Error));
    }
}
