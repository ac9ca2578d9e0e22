using AiInfra.Domain.Quantities;
using AiInfra.Domain.Validation;

namespace AiInfra.Domain.Cli.Tests.Storage;

/// <summary>A rule the library checks after reading, so its error has a JSON Pointer but no line: the tool must locate it.</summary>
public sealed partial record Bess
{
    static partial void ValidateRules(Bess value, ref ValidationScope scope)
    {
        if (value.EnergyCapacity / value.RatedPower < Duration.FromMinutes(15))
        {
            scope.ReportProperty("energyCapacity", ErrorCodes.RuleViolation, "A BESS must hold at least 15 minutes at rated power.");
        }
    }
}
