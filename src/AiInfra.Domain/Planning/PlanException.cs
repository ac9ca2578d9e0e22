namespace AiInfra.Domain.Planning;

/// <summary>
/// A plan that passed validation but cannot be planned: the cluster is too small for one model replica, the fabric
/// cannot join that many accelerators, no rack fits in the target power, or a non-monotone formula was given a range.
/// Each error names the plan value to change by its JSON Pointer, with its line and column when the plan was read
/// from text. Values each valid can also take a formula past what it computes (numbers near the limits of a double or
/// a decimal): the error, in the calculator's words, is at the one plan value the figure was computed from when there is
/// one, and otherwise at the plan itself (the pointer ""), naming the figure and the figures it was computed from.
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
