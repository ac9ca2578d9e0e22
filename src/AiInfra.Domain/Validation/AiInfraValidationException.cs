namespace AiInfra.Domain.Validation;

/// <summary>Thrown by <see cref="ValidationResult.ThrowIfInvalid"/>; lists every error.</summary>
public sealed class AiInfraValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public AiInfraValidationException(IReadOnlyList<AiInfraError> errors)
        : base(ErrorListing.Describe("The value is invalid", errors)) => Errors = errors;

    /// <summary>Every error.</summary>
    public IReadOnlyList<AiInfraError> Errors { get; }
}
