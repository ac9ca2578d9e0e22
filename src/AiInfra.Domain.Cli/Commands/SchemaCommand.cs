using System.CommandLine;
using System.Text;
using AiInfra.Domain.Cli.Documents;

namespace AiInfra.Domain.Cli.Commands;

/// <summary><c>aiinfra schema export &lt;dir&gt;</c>: writes every JSON Schema the tool knows to a folder.</summary>
internal static class SchemaCommand
{
    /// <summary>The schemas that ship with the library package as files, embedded in the tool.</summary>
    private static readonly string[] PackagedSchemas = ["aiinfra.spec.schema.json", "quantity.schema.json", "aiinfra.meta.schema.json"];

    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "The folder to write to; created when missing. Existing schema files in it are overwritten." };
        var export = new Command(
            "export",
            "Writes one <Entity>.schema.json (JSON Schema draft 2020-12) per generated record, plus aiinfra.meta.schema.json "
            + "(their $schema: draft 2020-12 with the x-aiinfra-* annotation keywords), aiinfra.spec.schema.json "
            + "(the spec-file format) and quantity.schema.json (the quantity-definition format), and prints each file written.")
        {
            directory,
        };
        export.SetAction(result => Export(result.GetValue(directory)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return new Command("schema", "JSON Schemas of the data the library reads.") { export };
    }

    private static int Export(string directory, TextWriter stdout, TextWriter stderr)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Entities.Known.All.GroupBy(r => r.EntityName, StringComparer.Ordinal))
        {
            // Two records with one entity name (from different namespaces) are told apart by their full type names.
            foreach (var registration in group)
            {
                var name = group.Count() == 1 ? registration.EntityName : registration.Type.FullName;
                files[name + ".schema.json"] = registration.Schema();
            }
        }

        foreach (var name in PackagedSchemas)
        {
            using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream("schemas/" + name)
                ?? throw new InvalidOperationException($"The embedded schema {name} is missing from the tool.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files[name] = reader.ReadToEnd();
        }

        try
        {
            Directory.CreateDirectory(directory);
            foreach (var (name, text) in files)
            {
                var path = Path.Combine(directory, name);
                File.WriteAllText(path, text.EndsWith('\n') ? text : text + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                stdout.WriteLine($"wrote {path}");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"aiinfra: error: cannot write the schemas to '{directory}': {exception.Message}");
            return ExitCodes.Failure;
        }

        stdout.WriteLine($"{files.Count} schemas written to {directory}.");
        return ExitCodes.Success;
    }
}
