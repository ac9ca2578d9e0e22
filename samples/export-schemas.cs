#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
// Export schemas: write the JSON Schema (draft 2020-12) of every generated record to a folder, one file per entity,
// for validators and editors outside .NET. Usage: dotnet run samples/export-schemas.cs -- <folder>
using System.Globalization;
using System.Text;
using System.Text.Json;
using AiInfra.Domain;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length != 1)
{
    Console.Error.WriteLine("Usage: dotnet run samples/export-schemas.cs -- <folder>");
    return 1;
}

var folder = Path.GetFullPath(args[0]);
var rows = new List<string[]> { new[] { "entity", "file", "properties", "required" } };
foreach (var (entityName, type, schema) in AiInfraSchemas.All.OrderBy(s => s.Type.FullName, StringComparer.Ordinal))
{
    // One folder per area of the model (Chips, Systems, ...), the last part of the record's namespace.
    var area = type.Namespace!.Split('.')[^1];
    var file = Path.Combine(area, entityName + ".schema.json");
    Directory.CreateDirectory(Path.Combine(folder, area));
    File.WriteAllText(Path.Combine(folder, file), schema, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    using var document = JsonDocument.Parse(schema);
    var root = document.RootElement;
    rows.Add(new[]
    {
        entityName,
        file.Replace('\\', '/'),
        root.TryGetProperty("properties", out var properties) ? $"{properties.EnumerateObject().Count()}" : "0",
        root.TryGetProperty("required", out var required) ? $"{required.GetArrayLength()}" : "0",
    });
}

// Every schema names the library's dialect as its $schema; a validator outside .NET loads this file to resolve it.
const string MetaSchemaFile = "aiinfra.meta-schema.json";
File.WriteAllText(Path.Combine(folder, MetaSchemaFile), AiInfraSchemas.MetaSchema, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

Console.WriteLine($"Wrote {rows.Count - 1} JSON Schemas (draft 2020-12) from AiInfraSchemas.All to {Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}/:");
Console.WriteLine();
Print(rows);
Console.WriteLine();
Console.WriteLine("Each schema comes from a *.spec.json file under src/AiInfra.Domain, turned into C# records and schemas at build time by");
Console.WriteLine("the source generator; AiInfraSchemas.For<T>() returns one. Your own spec files add theirs to AiInfraSchemas.All.");
Console.WriteLine($"Their $schema is {AiInfraSchemas.MetaSchemaId}, draft 2020-12 with the x-aiinfra annotations, written to {MetaSchemaFile}");
Console.WriteLine("for validators that resolve $schema (Ajv: addMetaSchema).");
return 0;

static void Print(List<string[]> rows, int leftAligned = 2)
{
    var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
    rows.Insert(1, widths.Select(w => new string('-', w)).ToArray());
    rows.ForEach(row => Console.WriteLine(string.Join("  ", row.Select((cell, c) => c < leftAligned ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd()));
}
