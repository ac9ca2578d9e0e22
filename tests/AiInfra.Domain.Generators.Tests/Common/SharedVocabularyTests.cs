extern alias AiInfraDomainLibrary;

using System.Reflection;
using System.Text.Json;
using AiInfra.Domain.Generators.Specs;

namespace AiInfra.Domain.Generators.Tests.Common;

/// <summary>
/// The names generated code and the runtime share (<see cref="RuntimeNames"/>, <see cref="GeneratedMembers"/>, the
/// error codes), read from the generator's copy of the linked files, name what the library really has; and the spec's
/// type names form one table with <see cref="ValueKind"/>, which the spec-format schema lists.
/// </summary>
public class SharedVocabularyTests
{
    private static readonly Assembly Library = typeof(AiInfraDomainLibrary::AiInfra.Domain.ErrorCodes).Assembly;

    public static TheoryData<string, string> RuntimeTypeNames()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in typeof(RuntimeNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add(field.Name, (string)field.GetRawConstantValue()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuntimeTypeNames))]
    public void Every_runtime_name_names_a_type_or_namespace_of_the_library(string constant, string name)
    {
        var fullName = name.StartsWith("global::", StringComparison.Ordinal) ? name["global::".Length..] : name;
        var types = Library.GetTypes();
        var found = types.Any(t => (t.FullName ?? string.Empty).Split('`')[0] == fullName) || types.Any(t => t.Namespace == fullName);
        Assert.True(found, $"RuntimeNames.{constant} = \"{name}\" names no type or namespace of {Library.GetName().Name}");
    }

    [Fact]
    public void The_error_codes_the_generator_sees_are_the_librarys()
    {
        static Dictionary<string, object?> Codes(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static).ToDictionary(f => f.Name, f => f.GetRawConstantValue());
        Assert.Equal(Codes(typeof(AiInfraDomainLibrary::AiInfra.Domain.ErrorCodes)), Codes(typeof(ErrorCodes)));
    }

    [Fact]
    public void A_generated_record_of_the_library_has_every_generated_member_the_vocabulary_names()
    {
        var record = typeof(AiInfraDomainLibrary::AiInfra.Domain.Planning.ClusterPlan);
        var members = record.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        string[] own = [GeneratedMembers.Validate, GeneratedMembers.ValidateCore, GeneratedMembers.ValidateRules, GeneratedMembers.ReadJsonCore, GeneratedMembers.WriteJsonCore, GeneratedMembers.SchemaText];
        Assert.All(own, name => Assert.Contains(name, members));
        Assert.All(own, name => Assert.Contains(name, GeneratedMembers.Fixed));
    }

    [Fact]
    public void Checker_names_are_made_from_the_property_and_collisions_are_named()
    {
        Assert.Equal("CheckTdp", GeneratedMembers.Checker("Tdp"));
        Assert.Equal("ValidateTdp", GeneratedMembers.Validator("Tdp"));
        Assert.Null(GeneratedMembers.Collision("Tdp", ["Tdp", "Name"]));
        Assert.Equal("CheckTdp", GeneratedMembers.Collision("CheckTdp", ["Tdp", "CheckTdp"]));
        Assert.Equal("ValidateCore", GeneratedMembers.Collision("Core", ["Core"]));
        Assert.Equal("ToString", GeneratedMembers.Collision("ToString", []));
    }

    [Fact]
    public void Every_value_kind_has_one_name_and_the_spec_schema_lists_exactly_those()
    {
        var names = Enum.GetValues<ValueKind>().Select(ValueKinds.Name).ToArray();
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Enum.GetValues<ValueKind>(), kind => Assert.True(ValueKinds.TryParse(ValueKinds.Name(kind), out var parsed) && parsed == kind));
        Assert.False(ValueKinds.TryParse("String", out _));
        Assert.Equal(string.Join(", ", names), ValueKinds.Listed);

        var schemaPath = Path.Combine(RepositoryPaths.Root, "generators", "AiInfra.Domain.Generators", "Schemas", "aiinfra.spec.schema.json");
        using var schema = JsonDocument.Parse(File.ReadAllText(schemaPath));
        var listed = new List<string[]>();
        Collect(schema.RootElement, listed);
        Assert.NotEmpty(listed);
        Assert.All(listed, list => Assert.Equal(names.Order(StringComparer.Ordinal), list.Order(StringComparer.Ordinal)));
    }

    /// <summary>Every "enum" of a schema object whose values include "reportingPeriod": the lists of type names.</summary>
    private static void Collect(JsonElement element, List<string[]> lists)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "enum" && property.Value.ValueKind == JsonValueKind.Array && property.Value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == "reportingPeriod"))
                {
                    lists.Add(property.Value.EnumerateArray().Select(e => e.GetString()!).ToArray());
                }
                else
                {
                    Collect(property.Value, lists);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, lists);
            }
        }
    }
}
