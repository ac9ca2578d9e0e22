namespace AiInfra.Domain.Planning;

using AiInfra.Domain.Validation;

/// <summary>The rules of a plan that its properties alone cannot state (see the spec's description).</summary>
public sealed partial record ClusterPlan
{
    static partial void ValidateRules(ClusterPlan value, ref ValidationScope scope)
    {
        // Resolving against the catalogue finds unknown ids, missing figures and the cross-property rules, each at its pointer.
        foreach (var problem in PlanInputs.Resolve(value, PlanSourceMap.None).Problems)
        {
            var tokens = problem.Pointer.Split('/')[1..];
            for (var i = 0; i < tokens.Length - 1; i++)
            {
                scope.Enter(tokens[i]);
            }

            if (tokens.Length == 0)
            {
                scope.Report(problem.Code, problem.Message);
            }
            else
            {
                scope.ReportProperty(tokens[^1], problem.Code, problem.Message);
            }

            for (var i = 0; i < tokens.Length - 1; i++)
            {
                scope.Exit();
            }

            if (scope.ShouldStop)
            {
                return;
            }
        }
    }
}

/// <summary>A plan's target: exactly one of its properties.</summary>
public sealed partial record PlanTarget
{
    static partial void ValidateRules(PlanTarget value, ref ValidationScope scope)
    {
        var given = new List<string>();
        if (value.Accelerators is not null)
        {
            given.Add("accelerators");
        }

        if (value.ItPower is not null)
        {
            given.Add("itPower");
        }

        if (value.FacilityPower is not null)
        {
            given.Add("facilityPower");
        }

        if (given.Count == 0)
        {
            scope.Report(ErrorCodes.RuleViolation, "A target needs exactly one of accelerators, itPower and facilityPower; none is given.");
        }
        else if (given.Count > 1)
        {
            scope.ReportProperty(given[1], ErrorCodes.RuleViolation,
                $"A target needs exactly one of accelerators, itPower and facilityPower; this plan gives {string.Join(" and ", given)}. Keep one.");
        }

        if (value.ItPower is { Watts: <= 0 } it)
        {
            scope.ReportProperty("itPower", ErrorCodes.RuleViolation, $"The target IT power must be above 0 W; it was {it}.");
        }

        if (value.FacilityPower is { Watts: <= 0 } facility)
        {
            scope.ReportProperty("facilityPower", ErrorCodes.RuleViolation, $"The target facility power must be above 0 W; it was {facility}.");
        }
    }
}
