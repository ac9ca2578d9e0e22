using AiInfra.Domain.PowerDelivery;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Shared;
using static System.FormattableString;
using static AiInfra.Domain.Audit.CatalogAudit;

namespace AiInfra.Domain.Audit;

/// <summary>
/// The checks of power architectures and systems: no efficiency above 100 %, efficiencies that rise as conversion
/// stages go, maturity labels that keep up with the products, and same-copper gains that the voltages give.
/// </summary>
internal static class PowerChecks
{
    /// <summary>Architectures from most to fewest conversion stages; system efficiency should rise along it.</summary>
    private static readonly PowerArchitectureKind[] EfficiencyLadder = [PowerArchitectureKind.Ups, PowerArchitectureKind.Hvdc, PowerArchitectureKind.Panama, PowerArchitectureKind.Sst];

    /// <summary>Statuses that mean a product exists beyond a lab: announced, sampling or in production.</summary>
    private static readonly ProductStatus[] Products = [ProductStatus.Announced, ProductStatus.Sampling, ProductStatus.PilotProduction, ProductStatus.MassProduction];

    /// <summary>The stated gain is written to a whole per cent; allow one point either way.</summary>
    private const double GainRounding = 0.01;

    public static void Check(IReadOnlyList<PowerArchitecture> architectures, IReadOnlyList<PowerSystem> systems, List<AuditFinding> findings)
    {
        foreach (var architecture in architectures)
        {
            CheckEfficiency(nameof(PowerArchitecture), architecture.Id, architecture.SystemEfficiency?.Value, findings);
            CheckMaturity(architecture, systems, findings);
            CheckSameCopperGain(architecture, findings);
        }

        foreach (var system in systems)
        {
            CheckEfficiency(nameof(PowerSystem), system.Id, system.Efficiency?.Value, findings);
        }

        CheckEfficiencyOrder(architectures, findings);
    }

    private static void CheckEfficiency(string kind, string id, Ratio? efficiency, List<AuditFinding> findings)
    {
        if (efficiency is { } e && e.DecimalFractions > 1)
        {
            findings.Add(Finding(kind, id, AuditRules.EfficiencyAboveOne, AuditSeverity.Error,
                Invariant($"An efficiency of {e} would create energy."), ("efficiency", e)));
        }
    }

    private static void CheckEfficiencyOrder(IReadOnlyList<PowerArchitecture> architectures, List<AuditFinding> findings)
    {
        var rungs = EfficiencyLadder
            .Select(kind => architectures.FirstOrDefault(a => a.Kind == kind && a.SystemEfficiency is not null))
            .OfType<PowerArchitecture>()
            .ToList();
        for (var i = 1; i < rungs.Count; i++)
        {
            var (before, after) = (rungs[i - 1], rungs[i]);
            if (after.SystemEfficiency!.Value.Value < before.SystemEfficiency!.Value.Value)
            {
                findings.Add(Finding(nameof(PowerArchitecture), after.Id, AuditRules.EfficiencyOrder, AuditSeverity.Warning,
                    Invariant($"A system efficiency of {after.SystemEfficiency.Value.Value} is below {before.Id}'s {before.SystemEfficiency.Value.Value}, though it has fewer conversion stages."),
                    ("efficiency", after.SystemEfficiency.Value.Value), ("previous", before.Id), ("previousEfficiency", before.SystemEfficiency.Value.Value)));
            }
        }
    }

    private static void CheckMaturity(PowerArchitecture architecture, IReadOnlyList<PowerSystem> systems, List<AuditFinding> findings)
    {
        if (architecture.Maturity != TechMaturity.Research)
        {
            return;
        }

        var products = systems.Where(s => s.Architecture == architecture.Id && Products.Contains(s.Status)).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        if (products.Count > 0)
        {
            findings.Add(Finding(nameof(PowerArchitecture), architecture.Id, AuditRules.MaturityLagsProducts, AuditSeverity.Warning,
                Invariant($"Rated 'research' while {string.Join(", ", products)} {(products.Count == 1 ? "is" : "are")} announced or in production."),
                ("maturity", "research"), ("products", string.Join(", ", products))));
        }
    }

    private static void CheckSameCopperGain(PowerArchitecture architecture, List<AuditFinding> findings)
    {
        if (architecture.SameCopperPowerGain is not { } gain || architecture.BusVoltage is not { } bus || architecture.ReplacesAcVoltages.Count == 0)
        {
            return;
        }

        // Equal current in every conductor and unity power factor: DC carries V·I over 2 conductors, three-phase AC
        // carries √3·U·I over 3 conductors (no neutral) or 4 (with one).
        var ac = architecture.ReplacesAcVoltages[0].Value;
        if (ac.Volts <= 0 || bus.Value.Volts <= 0)
        {
            return;
        }

        var dcPerConductor = bus.Value.Volts / 2;
        var threeWire = dcPerConductor / (Math.Sqrt(3) * ac.Volts / 3) - 1;
        var fourWire = dcPerConductor / (Math.Sqrt(3) * ac.Volts / 4) - 1;
        var stated = gain.Value.DecimalFractions;
        if (stated < threeWire - GainRounding || stated > fourWire + GainRounding)
        {
            findings.Add(Finding(nameof(PowerArchitecture), architecture.Id, AuditRules.SameCopperGain, AuditSeverity.Warning,
                Invariant($"{bus.Value} DC against {ac} three-phase AC carries {Percent(threeWire)} (3 wires) to {Percent(fourWire)} (4 wires) more power through the same copper, not the {gain.Value} stated."),
                ("stated", gain.Value), ("busVoltage", bus.Value), ("acVoltage", ac), ("threeWire", Percent(threeWire)), ("fourWire", Percent(fourWire))));
        }
    }
}
