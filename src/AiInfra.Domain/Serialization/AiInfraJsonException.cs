using System.Text.Json;

namespace AiInfra.Domain.Serialization;

/// <summary>Thrown when JSON cannot be read as a valid value; <see cref="Errors"/> lists every problem found.</summary>
public sealed class AiInfraJsonException : JsonException
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public AiInfraJsonException(IReadOnlyList<AiInfraError> errors)
        : base(ErrorListing.Describe("The JSON is not a valid value", errors), FirstPath(errors), FirstLine(errors), FirstColumn(errors)) =>
        Errors = errors;

    /// <summary>
    /// Creates the exception for <paramref name="errors"/> found in a value that <see cref="JsonSerializer"/> read or
    /// wrote: when the value is the whole document, <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/>
    /// and <see cref="JsonException.BytePositionInLine"/> are the first error's; when it lies inside the caller's own
    /// types they are left unset, for <see cref="JsonSerializer"/> to fill in with where the value is.
    /// </summary>
    internal AiInfraJsonException(IReadOnlyList<AiInfraError> errors, bool isDocument, Exception? innerException = null)
        : base(
            ErrorListing.Describe("The JSON is not a valid value", errors),
            isDocument ? FirstPath(errors) : null,
            isDocument ? FirstLine(errors) : null,
            isDocument ? FirstColumn(errors) : null,
            innerException) =>
        Errors = errors;

    /// <summary>Every problem found, each with its JSON Pointer, code and message.</summary>
    public IReadOnlyList<AiInfraError> Errors { get; }

    private static string? FirstPath(IReadOnlyList<AiInfraError> errors) => errors.Count > 0 ? errors[0].Path : null;

    private static long? FirstLine(IReadOnlyList<AiInfraError> errors) => errors.Count > 0 && errors[0].Line is { } line ? line - 1 : null;

    private static long? FirstColumn(IReadOnlyList<AiInfraError> errors) => errors.Count > 0 && errors[0].Column is { } column ? column - 1 : null;
}
