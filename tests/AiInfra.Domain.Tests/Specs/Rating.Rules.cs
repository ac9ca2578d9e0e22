using AiInfra.Domain.Validation;

namespace AiInfra.Domain.Tests.Specs.Fixtures;

public sealed partial record Rating
{
    static partial void ValidateRules(Rating value, ref ValidationScope scope)
    {
        if (value.Sparse is { } sparse && sparse < value.Dense)
        {
            scope.ReportProperty("sparse", ErrorCodes.RuleViolation, "Sparse throughput is at least dense throughput.");
        }
    }
}
