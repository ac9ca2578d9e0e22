using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiInfra.Domain.Cli.Documents;

namespace AiInfra.Domain.Cli.Reports;

/// <summary>
/// The SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format) of one run of <c>aiinfra validate</c> or
/// <c>aiinfra audit</c> with <c>--format sarif</c>: one run whose tool is aiinfra with its rules (every code the command
/// can report), the files checked as artifacts, one result per error or finding (ruleId = the error code or audit rule,
/// the file as a relative or <c>file:</c> URI, line and column), and the invocation's exit code and notifications (files
/// not read). Columns count UTF-16 code units, as in the text form; the run says so in <c>columnKind</c>.
/// </summary>
internal sealed class SarifLog
{
    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>The URI of the SARIF 2.1.0 schema (OASIS errata 01), written as the log's <c>$schema</c>.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private readonly List<Rule> _rules = [];
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly List<string> _artifacts = [];
    private readonly Dictionary<string, int> _artifactIndex = new(StringComparer.Ordinal);
    private readonly List<Result> _results = [];
    private readonly List<Notification> _notifications = [];

    /// <summary>A log whose driver declares <paramref name="rules"/>, in that order (each id once).</summary>
    /// <param name="rules">The rule ids, each with its default level ("error", "warning", "note"), or null for none.</param>
    public SarifLog(IEnumerable<(string Id, string? Level)> rules)
    {
        foreach (var (id, level) in rules)
        {
            RuleIndex(id, level);
        }
    }

    /// <summary>Names a file that the run checked (read, valid or not); returns its index among the artifacts.</summary>
    public int AddArtifact(string path)
    {
        if (!_artifactIndex.TryGetValue(path, out var index))
        {
            index = _artifacts.Count;
            _artifacts.Add(path);
            _artifactIndex.Add(path, index);
        }

        return index;
    }

    /// <summary>An error in a data file: a result of level error, at its place and JSON Pointer.</summary>
    public void Add(FileError error) =>
        Add(error.Code, "error", error.Text, error.File, error.Line, error.Column, error.Pointer.Length == 0 ? null : error.Pointer, null, null);

    /// <summary>A result.</summary>
    /// <param name="ruleId">The rule (an error code or an audit rule).</param>
    /// <param name="level">"error", "warning" or "note".</param>
    /// <param name="message">What is wrong, in plain text.</param>
    /// <param name="file">The file, as named on the command line; null for a result that has no file.</param>
    /// <param name="line">The 1-based line, when known.</param>
    /// <param name="column">The 1-based column in UTF-16 code units, when known.</param>
    /// <param name="logicalName">The logical location: a JSON Pointer within the file, or "Entity/id" for an entry without a file.</param>
    /// <param name="logicalKind">The SARIF kind of the logical location ("object"), or null.</param>
    /// <param name="properties">Further facts, as a property bag of strings; nested under "values" when given.</param>
    /// <param name="severity">A severity finer than the level (the audit's "info" or "doubt"), written in the property bag.</param>
    public void Add(string ruleId, string level, string message, string? file, long? line, long? column, string? logicalName, string? logicalKind, IReadOnlyDictionary<string, string>? properties, string? severity = null) =>
        _results.Add(new Result(RuleIndex(ruleId, null), ruleId, level, message, file is null ? null : AddArtifact(file), file, line, column, logicalName, logicalKind, properties, severity));

    /// <summary>A note or error about the run rather than the data (a file not read), on the file when there is one.</summary>
    public void AddNotification(string level, string message, string? file) => _notifications.Add(new Notification(level, message, file));

    /// <summary>Writes the log as indented JSON (UTF-8 text, "\n" line ends) to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the log goes.</param>
    /// <param name="exitCode">The command's exit code: below 2 the execution was successful, whatever the data held.</param>
    public void Write(TextWriter writer, int exitCode)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", Version);
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            WriteInvocation(json, exitCode);
            json.WriteStartArray("artifacts");
            foreach (var path in _artifacts)
            {
                json.WriteStartObject();
                json.WriteStartObject("location");
                json.WriteString("uri", Uri(path));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var result in _results)
            {
                WriteResult(json, result);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Write('\n');
    }

    /// <summary>
    /// A file named on the command line as a SARIF URI: a relative path stays relative (to the folder the tool ran in,
    /// which code scanning takes for the repository's root), with "/" between segments and each segment percent-encoded;
    /// an absolute path is a <c>file:</c> URI.
    /// </summary>
    internal static string Uri(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        var separators = Path.DirectorySeparatorChar == '/' ? new[] { '/' } : new[] { '/', Path.DirectorySeparatorChar };
        var segments = path.Split(separators).Where(s => s is not ("" or ".")).Select(System.Uri.EscapeDataString);
        return string.Join('/', segments);
    }

    private int RuleIndex(string id, string? level)
    {
        if (!_ruleIndex.TryGetValue(id, out var index))
        {
            index = _rules.Count;
            _rules.Add(new Rule(id, level));
            _ruleIndex.Add(id, index);
        }

        return index;
    }

    private void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "aiinfra");
        json.WriteString("fullName", "aiinfra, the command-line tool of AiInfra.Domain");
        json.WriteString("version", CliApp.Version);
        json.WriteString("semanticVersion", CliApp.Version.Split('+')[0]);
        json.WriteStartArray("rules");
        foreach (var rule in _rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            if (rule.Level is { } level)
            {
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", level);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteInvocation(Utf8JsonWriter json, int exitCode)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", exitCode is ExitCodes.Success or ExitCodes.Failure);
        json.WriteNumber("exitCode", exitCode);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var notification in _notifications)
        {
            json.WriteStartObject();
            json.WriteString("level", notification.Level);
            WriteMessage(json, notification.Message);
            if (notification.File is { } file)
            {
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", Uri(file));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Result result)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", result.RuleId);
        json.WriteNumber("ruleIndex", result.RuleIndex);
        json.WriteString("level", result.Level);
        WriteMessage(json, result.Message);
        if (result.File is null && result.LogicalName is null)
        {
            WriteProperties(json, result);
            json.WriteEndObject();
            return;
        }

        json.WriteStartArray("locations");
        json.WriteStartObject();
        if (result.File is { } file)
        {
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", Uri(file));
            json.WriteNumber("index", result.ArtifactIndex!.Value);
            json.WriteEndObject();
            if (result.Line is { } line)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", line);
                if (result.Column is { } column)
                {
                    json.WriteNumber("startColumn", column);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        if (result.LogicalName is { } name)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", name);
            if (result.LogicalKind is { } kind)
            {
                json.WriteString("kind", kind);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        WriteProperties(json, result);
        json.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter json, Result result)
    {
        if (result.Severity is not null || result.Properties is { Count: > 0 })
        {
            json.WriteStartObject("properties");
            if (result.Severity is { } severity)
            {
                json.WriteString("severity", severity);
            }

            if (result.Properties is { Count: > 0 } values)
            {
                json.WriteStartObject("values");
                foreach (var (key, value) in values)
                {
                    json.WriteString(key, value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }
    }

    private static void WriteMessage(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private sealed record Rule(string Id, string? Level);

    private sealed record Result(
        int RuleIndex,
        string RuleId,
        string Level,
        string Message,
        int? ArtifactIndex,
        string? File,
        long? Line,
        long? Column,
        string? LogicalName,
        string? LogicalKind,
        IReadOnlyDictionary<string, string>? Properties,
        string? Severity);

    private sealed record Notification(string Level, string Message, string? File);
}
