namespace AiInfra.Domain.Planning;

using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Validation;

/// <summary>
/// A <see cref="ClusterPlan"/> read from a <c>*.plan.json</c> text, with the line and column of each of its values,
/// so that a report names the plan line each input came from and every error is located.
/// </summary>
public sealed class ClusterPlanDocument
{
    private ClusterPlanDocument(ClusterPlan plan, string? file, IReadOnlyDictionary<string, (long Line, long Column)> positions)
    {
        Plan = plan;
        File = file;
        Map = new PlanSourceMap(file, positions);
    }

    /// <summary>The plan.</summary>
    public ClusterPlan Plan { get; }

    /// <summary>The file's name as given (for reports and errors); null when the text came from elsewhere.</summary>
    public string? File { get; }

    internal PlanSourceMap Map { get; }

    /// <summary>The 1-based line and column (UTF-16 code units) of the value at a JSON Pointer, or of the deepest value on its path that the text has.</summary>
    /// <param name="pointer">A JSON Pointer into the plan, such as <c>/economics/utilisation</c>.</param>
    /// <returns>The position, or null when not even the document's root is known.</returns>
    public (long Line, long Column)? PositionOf(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        return Map.PositionOf(pointer);
    }

    /// <summary>Reads a plan, reporting every error with its JSON Pointer, line and column instead of throwing.</summary>
    /// <param name="json">The plan's JSON text.</param>
    /// <param name="file">The file's name, for reports; may be null.</param>
    /// <param name="document">The document when the plan is valid; otherwise null.</param>
    /// <param name="errors">Every error (malformed JSON, schema violations, unknown catalogue ids, missing figures), each located; empty when valid.</param>
    /// <returns>True when the plan is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryParse(string json, string? file, [NotNullWhen(true)] out ClusterPlanDocument? document, out IReadOnlyList<AiInfraError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        document = null;
        if (!AiInfraJson.TryDeserialize<ClusterPlan>(json, out var plan, out errors))
        {
            return false;
        }

        var utf8 = Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json);
        document = new ClusterPlanDocument(plan, file, Positions(utf8));
        return true;
    }

    /// <summary>Reads a plan.</summary>
    /// <param name="json">The plan's JSON text.</param>
    /// <param name="file">The file's name, for reports; may be null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AiInfraValidationException">The plan is not valid; the exception lists every error, located.</exception>
    public static ClusterPlanDocument Parse(string json, string? file = null) =>
        TryParse(json, file, out var document, out var errors) ? document : throw new AiInfraValidationException(errors);

    /// <summary>Reads a plan file (UTF-8).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The document, its <see cref="File"/> the path as given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="AiInfraValidationException">The plan is not valid.</exception>
    public static ClusterPlanDocument Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(System.IO.File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <summary>The line and column of every value of a well-formed document, by JSON Pointer.</summary>
    private static Dictionary<string, (long Line, long Column)> Positions(byte[] utf8)
    {
        var pointers = new List<string>();
        var offsets = new List<long>();
        var path = new List<string>();
        var index = new Stack<int>(); // -1 in an object; the next item's index in an array.
        string? property = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = AiInfraJsonLimits.Default.MaxDepth });
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                property = JsonReadContext.EscapePointerToken(reader.GetString()!);
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                index.Pop();
                if (path.Count > 0)
                {
                    path.RemoveAt(path.Count - 1);
                }

                continue;
            }

            // A value: name it by its property or its index in the enclosing array.
            string? token = null;
            if (index.Count > 0)
            {
                if (index.Peek() >= 0)
                {
                    var i = index.Pop();
                    index.Push(i + 1);
                    token = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    token = property;
                }
            }

            var pointer = token is null ? string.Empty : "/" + string.Join("/", path.Append(token));
            pointers.Add(pointer);
            offsets.Add(reader.TokenStartIndex);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                if (token is not null)
                {
                    path.Add(token);
                }

                index.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
            }
        }

        var positions = new (long Line, long Column)[offsets.Count];
        TextPositions.LinesAndColumns(utf8, offsets.ToArray(), positions);
        var map = new Dictionary<string, (long Line, long Column)>(StringComparer.Ordinal);
        for (var i = 0; i < pointers.Count; i++)
        {
            map[pointers[i]] = positions[i];
        }

        return map;
    }
}
