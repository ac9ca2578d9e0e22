using System.Text.Json;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// Thrown when JSON cannot be read as a valid value (<see cref="Errors"/> lists every problem found), and when a value
/// cannot be written as JSON that reads back equal (<see cref="Errors"/> holds the one value at fault, with its JSON
/// Pointer and the code and message <c>Validate()</c> reports for it). <see cref="JsonException.Path"/> is the first
/// error's JSON Pointer.
/// </summary>
public sealed class AiInfraJsonException : JsonException
{
    private const string ReadSummary = "The JSON is not a valid value";
    private const string WriteSummary = "The value cannot be written as JSON";

    private readonly IReadOnlyList<AiInfraError> _errors;

    // For a value the writer refuses, while the exception passes out through the objects, lists and maps around it:
    // their property names, indexes and keys, innermost first (see JsonValueWriters.Locate). Null otherwise.
    private readonly List<string>? _outerTokens;

    /// <summary>Creates the exception for <paramref name="errors"/> found while reading.</summary>
    public AiInfraJsonException(IReadOnlyList<AiInfraError> errors)
        : this(ReadSummary, errors, null, null)
    {
    }

    private AiInfraJsonException(string summary, IReadOnlyList<AiInfraError> errors, Exception? innerException, List<string>? outerTokens)
        : base(ErrorListing.Describe(summary, errors), FirstPath(errors), FirstLine(errors), FirstColumn(errors), innerException)
    {
        _errors = errors;
        _outerTokens = outerTokens;
        Summary = summary;
    }

    /// <summary>
    /// Creates the exception for <paramref name="errors"/> found in a value that <see cref="JsonSerializer"/> read or
    /// wrote: when the value is the whole document, <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/>
    /// and <see cref="JsonException.BytePositionInLine"/> are the first error's; when it lies inside the caller's own
    /// types they are left unset, for <see cref="JsonSerializer"/> to fill in with where the value is.
    /// </summary>
    /// <remarks>The headline is that of <paramref name="innerException"/> when it is a value the writer refused.</remarks>
    internal AiInfraJsonException(IReadOnlyList<AiInfraError> errors, bool isDocument, Exception? innerException = null)
        : base(
            ErrorListing.Describe(SummaryOf(innerException), errors),
            isDocument ? FirstPath(errors) : null,
            isDocument ? FirstLine(errors) : null,
            isDocument ? FirstColumn(errors) : null,
            innerException)
    {
        _errors = errors;
        Summary = SummaryOf(innerException);
    }

    /// <summary>Every problem found, each with its JSON Pointer, code and message.</summary>
    public IReadOnlyList<AiInfraError> Errors => _outerTokens is { Count: > 0 } ? [_errors[0] with { Path = OuterPath() + _errors[0].Path }] : _errors;

    /// <inheritdoc />
    public override string Message => _outerTokens is { Count: > 0 } ? ErrorListing.Describe(Summary, Errors) : base.Message;

    /// <summary>The headline of the message, without the errors.</summary>
    internal string Summary { get; }

    /// <summary>True for a value the writer refused, on its way out to <see cref="Completed"/>.</summary>
    internal bool IsWriteFailure => _outerTokens is not null;

    /// <summary>The exception for a value the writer cannot write, at that value; the path around it is added on the way out.</summary>
    internal static AiInfraJsonException CannotWrite(string code, string message) =>
        new(WriteSummary, [new AiInfraError(string.Empty, code, message)], null, []);

    /// <summary>Puts the property name, index or key of an enclosing value in front of a refused value's path.</summary>
    internal void AddOuterToken(string token) => _outerTokens?.Add(token);

    /// <summary>The exception a writer's caller gets: the whole path, also as <see cref="JsonException.Path"/>; this one as its inner exception.</summary>
    internal AiInfraJsonException Completed() => new(Summary, Errors, this, null);

    private string OuterPath()
    {
        var builder = new System.Text.StringBuilder();
        for (var i = _outerTokens!.Count - 1; i >= 0; i--)
        {
            builder.Append('/').Append(JsonReadContext.EscapePointerToken(_outerTokens[i]));
        }

        return builder.ToString();
    }

    private static string SummaryOf(Exception? innerException) =>
        innerException is AiInfraJsonException { IsWriteFailure: true } refused ? refused.Summary : ReadSummary;

    private static string? FirstPath(IReadOnlyList<AiInfraError> errors) => errors.Count > 0 ? errors[0].Path : null;

    private static long? FirstLine(IReadOnlyList<AiInfraError> errors) => errors.Count > 0 && errors[0].Line is { } line ? line - 1 : null;

    private static long? FirstColumn(IReadOnlyList<AiInfraError> errors) => errors.Count > 0 && errors[0].Column is { } column ? column - 1 : null;
}
