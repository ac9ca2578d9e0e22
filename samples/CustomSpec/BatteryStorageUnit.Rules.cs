using AiInfra.Domain;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Validation;

namespace CustomSpec.Storage;

/// <summary>Rules across properties, which a spec file cannot state.</summary>
public sealed partial record BatteryStorageUnit
{
    static partial void ValidateRules(BatteryStorageUnit value, ref ValidationScope scope)
    {
        if (value.EnergyCapacity / value.RatedPower < Duration.FromMinutes(15))
        {
            scope.ReportProperty("energyCapacity", ErrorCodes.RuleViolation, "A BESS must hold at least 15 minutes at rated power.");
        }
    }
}
