namespace AiInfra.Domain.Validation;

/// <summary>The outcome of validating a value: valid, or every error found with its path.</summary>
public sealed class ValidationResult
{
    internal ValidationResult(IReadOnlyList<AiInfraError> errors) => Errors = errors;

    /// <summary>The result for a valid value (one shared instance).</summary>
    public static ValidationResult Valid { get; } = new(Array.Empty<AiInfraError>());

    /// <summary>True when no error was found.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Every error found, in the order of the value's properties.</summary>
    public IReadOnlyList<AiInfraError> Errors { get; }

    /// <summary>Throws an <see cref="AiInfraValidationException"/> listing the errors when the value is invalid.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new AiInfraValidationException(Errors);
        }
    }

    /// <summary>"valid", or one error per line.</summary>
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Errors);
}
