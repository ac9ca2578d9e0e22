using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AiInfra.Domain.Tests.Schemas;

/// <summary>
/// Runs ajv (the reference draft 2020-12 validator for JavaScript, installed from npm into tools/schema-check)
/// on schemas and documents: an independent judge of the schemas this project generates.
/// </summary>
internal static class Ajv
{
    private static readonly Lazy<string> s_toolFolder = new(Install);

    public static bool IsAvailable => Run("node", "--version", null, Environment.CurrentDirectory).ExitCode == 0;

    /// <summary>Checks each schema against the meta-schema, then each document against its schema.</summary>
    public static (Dictionary<string, (bool Valid, string[] Errors)> Schemas, (bool Valid, string[] Errors)[] Documents) Check(
        IReadOnlyDictionary<string, string> schemas,
        IReadOnlyList<(string Schema, string Document)> documents)
    {
        var request = new JsonObject
        {
            ["schemas"] = new JsonObject(schemas.Select(s => KeyValuePair.Create(s.Key, JsonNode.Parse(s.Value)))),
            ["documents"] = new JsonArray(documents.Select(d => (JsonNode)new JsonObject { ["schema"] = d.Schema, ["document"] = JsonNode.Parse(d.Document) }).ToArray()),
        };
        var (exitCode, output, error) = Run("node", "check.mjs", request.ToJsonString(), s_toolFolder.Value);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"ajv failed ({exitCode}): {error}");
        }

        var response = JsonNode.Parse(output)!;
        var schemaResults = response["schemas"]!.AsObject().ToDictionary(
            p => p.Key,
            p => (p.Value!["valid"]!.GetValue<bool>(), p.Value["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray()));
        var documentResults = response["documents"]!.AsArray()
            .Select(d => (d!["valid"]!.GetValue<bool>(), d["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray()))
            .ToArray();
        return (schemaResults, documentResults);
    }

    private static string Install()
    {
        var folder = Path.Combine(Paths.RepositoryRoot(), "tools", "schema-check");
        // Installed again when any dependency of package.json is missing (one added since the last install, say).
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "package.json")));
        var dependencies = package.RootElement.GetProperty("dependencies").EnumerateObject().Select(p => p.Name);
        if (!dependencies.All(name => Directory.Exists(Path.Combine(folder, "node_modules", name))))
        {
            var (exitCode, _, error) = Run("npm", "ci --no-audit --no-fund", null, folder);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {folder} failed ({exitCode}): {error}");
            }
        }

        return folder;
    }

    private static (int ExitCode, string Output, string Error) Run(string fileName, string arguments, string? input, string workingDirectory)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(fileName, arguments)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardInput = input is not null,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }

            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, string.Empty, $"{fileName} {arguments} timed out");
            }

            return (process.ExitCode, output.Result, error.Result);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (-1, string.Empty, exception.Message);
        }
    }
}

/// <summary>
/// A fact that needs Node.js. Skipped where node is not installed (a machine with only the .NET SDK), but never
/// skipped in CI, where a missing node must fail the run rather than hide the check.
/// </summary>
public sealed class RequiresNodeFactAttribute : FactAttribute
{
    public RequiresNodeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") is not ("true" or "1") && !Ajv.IsAvailable)
        {
            Skip = "Node.js is not installed; the independent schema checks need it (they always run in CI).";
        }
    }
}
