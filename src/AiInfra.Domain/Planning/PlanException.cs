namespace AiInfra.Domain.Planning;

/// <summary>
/// A plan that passed validation but cannot be planned: the cluster is too small for one model replica, the fabric
/// cannot join that many accelerators, no rack fits in the target power, or a non-monotone formula was given a range.
/// Each error names the plan value to change by its JSON Pointer, with its line and column when the plan was read
/// from text. Values each valid can also take a formula past what it computes (numbers near the limits of a double or
/// a decimal); no one value is then at fault, and the error is at the plan itself (the pointer "") with the formula's
/// message.
/// </summary>
public sealed class PlanException : Exception
{
    /// <summary>Creates the exception from its errors.</summary>
    /// <param name="errors">At least one error.</param>
    public PlanException(IReadOnlyList<AiInfraError> errors)
        : base(ErrorListing.Describe("The plan cannot be planned", errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem, each at the plan value to change.</summary>
    public IReadOnlyList<AiInfraError> Errors { get; }
}
