using System.Text.Json;
using AiInfra.Domain.Cli.Documents;

namespace AiInfra.Domain.Cli.Tests;

/// <summary><c>aiinfra schema export</c>.</summary>
public class SchemaExportTests
{
    [Fact]
    public void Export_writes_one_parsable_schema_per_entity_and_the_packaged_schemas()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "schemas", "nested");
        var result = Cli.Run("schema", "export", target);
        Assert.True(result.Code == 0, result.ToString());

        var files = Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Entities.Known.All.Count + 3, files.Length);
        Assert.Contains("Accelerator.schema.json", files);
        Assert.Contains("Bess.schema.json", files);
        Assert.Contains("aiinfra.spec.schema.json", files);
        Assert.Contains("quantity.schema.json", files);
        Assert.Contains("aiinfra.meta.schema.json", files);
        foreach (var file in Directory.GetFiles(target))
        {
            // Entity schemas name the library's dialect, which is itself draft 2020-12, as the format schemas are.
            using var schema = JsonDocument.Parse(File.ReadAllText(file));
            var expected = file.EndsWith(".schema.json", StringComparison.Ordinal) && char.IsUpper(Path.GetFileName(file)[0])
                ? AiInfraSchemas.MetaSchemaId
                : "https://json-schema.org/draft/2020-12/schema";
            Assert.Equal(expected, schema.RootElement.GetProperty("$schema").GetString());
        }

        using var accelerator = JsonDocument.Parse(File.ReadAllText(Path.Combine(target, "Accelerator.schema.json")));
        Assert.Equal("urn:aiinfra:schema:AiInfra.Domain.Chips.Accelerator", accelerator.RootElement.GetProperty("$id").GetString());

        Assert.Equal(files.Select(f => "wrote " + Path.Combine(target, f!)), result.OutLines[..^1]);
        Assert.Equal($"{files.Length} schemas written to {target}.", result.OutLines[^1]);
    }

    [Fact]
    public void A_target_that_cannot_be_a_folder_is_exit_code_1_without_a_stack_trace()
    {
        using var temp = new TempFolder();
        var file = temp.File("taken", "a file, not a folder");
        var result = Cli.Run("schema", "export", file);
        Assert.True(result.Code == 1, result.ToString());
        Assert.StartsWith($"aiinfra: error: cannot write the schemas to '{file}':", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_without_a_folder_is_a_usage_error()
    {
        Assert.Equal(2, Cli.Run("schema", "export").Code);
        Assert.Equal(2, Cli.Run("schema").Code);
    }
}
