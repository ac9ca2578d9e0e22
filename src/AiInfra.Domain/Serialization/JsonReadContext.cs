using System.ComponentModel;
using System.Text.Json;
using AiInfra.Domain.Validation;

namespace AiInfra.Domain.Serialization;

/// <summary>Checks the constraints of one value, reporting into <paramref name="scope"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public delegate void ValueCheck<in T>(T value, ref ValidationScope scope);

/// <summary>
/// Collects every error found while reading one JSON document, each with the JSON Pointer of the value being
/// read. Used by generated readers; a document is accepted only when no error was collected.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed class JsonReadContext
{
    private readonly List<PathSegment> _path = new();
    private List<PendingError>? _errors;

    /// <summary>Creates a context that enforces <paramref name="limits"/>.</summary>
    public JsonReadContext(AiInfraJsonLimits? limits = null) => Limits = limits ?? AiInfraJsonLimits.Default;

    /// <summary>The limits this read enforces.</summary>
    public AiInfraJsonLimits Limits { get; }

    /// <summary>How many errors were collected so far; a reader compares counts to tell whether its value failed.</summary>
    public int ErrorCount => _errors?.Count ?? 0;

    /// <summary>Enters a property of the current object.</summary>
    public void PushProperty(string name) => _path.Add(new PathSegment(name, -1));

    /// <summary>Enters an item of the current array.</summary>
    public void PushIndex(int index) => _path.Add(new PathSegment(null, index));

    /// <summary>Leaves the innermost property or item.</summary>
    public void Pop() => _path.RemoveAt(_path.Count - 1);

    /// <summary>Records an error at the current path, at the reader's current token.</summary>
    public void AddError(ref Utf8JsonReader reader, string code, string message) =>
        Add(CurrentPointer(), code, message, reader.TokenStartIndex);

    /// <summary>Records an error at a property of the current object (for a missing or unknown property).</summary>
    public void AddPropertyError(string propertyName, string code, string message, long? byteOffset) =>
        Add(CurrentPointer() + "/" + EscapePointerToken(propertyName), code, message, byteOffset);

    /// <summary>
    /// Applies a property's constraints to a value just read, so that a document's every problem is found in one
    /// pass, including values that are well-formed but out of range. Allocates nothing when the value is valid.
    /// </summary>
    public void Check<T>(T value, ValueCheck<T> check, long byteOffset)
    {
        var fast = ValidationScope.FailFast();
        check(value, ref fast);
        if (fast.IsValid)
        {
            return;
        }

        var full = ValidationScope.Collecting();
        check(value, ref full);
        var prefix = CurrentPointer();
        foreach (var error in full.ToResult().Errors)
        {
            Add(prefix + error.Path, error.Code, error.Message, byteOffset);
        }
    }

    /// <summary>Records that the text is not well-formed JSON, where the reader stopped.</summary>
    public void AddMalformed(JsonException exception)
    {
        var code = exception.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) ? ErrorCodes.DepthExceeded : ErrorCodes.MalformedJson;
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut > 0 ? message[..cut] : message).TrimEnd(' ', '|', '.') + ".";
        _errors ??= new List<PendingError>();
        _errors.Add(new PendingError(CurrentPointer(), code, message, null, exception.LineNumber + 1, exception.BytePositionInLine + 1));
    }

    internal void Add(string pointer, string code, string message, long? byteOffset)
    {
        _errors ??= new List<PendingError>();
        _errors.Add(new PendingError(pointer, code, message, byteOffset, null, null));
    }

    /// <summary>The errors, with line and column worked out from <paramref name="source"/> when it is the document that was read.</summary>
    public IReadOnlyList<AiInfraError> GetErrors(ReadOnlySpan<byte> source = default)
    {
        if (_errors is null)
        {
            return Array.Empty<AiInfraError>();
        }

        var result = new AiInfraError[_errors.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var e = _errors[i];
            var (line, column) = e.Line is not null ? (e.Line, e.Column) : Position(source, e.ByteOffset);
            result[i] = new AiInfraError(e.Pointer, e.Code, e.Message, line, column);
        }

        return result;
    }

    private static (long?, long?) Position(ReadOnlySpan<byte> source, long? byteOffset)
    {
        if (byteOffset is not { } offset || source.IsEmpty || offset < 0 || offset > source.Length)
        {
            return (null, null);
        }

        var before = source[..(int)offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, offset - lineStart + 1);
    }

    /// <summary>The JSON Pointer of the value being read.</summary>
    public string Pointer => CurrentPointer();

    private string CurrentPointer()
    {
        if (_path.Count == 0)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var segment in _path)
        {
            builder.Append('/');
            if (segment.Name is null)
            {
                builder.Append(segment.Index);
            }
            else
            {
                builder.Append(EscapePointerToken(segment.Name));
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes a JSON Pointer reference token: "~" becomes "~0" and "/" becomes "~1".</summary>
    public static string EscapePointerToken(string token) =>
        token.Contains('~') || token.Contains('/') ? token.Replace("~", "~0").Replace("/", "~1") : token;

    private readonly record struct PathSegment(string? Name, int Index);

    private sealed record PendingError(string Pointer, string Code, string Message, long? ByteOffset, long? Line, long? Column);
}
