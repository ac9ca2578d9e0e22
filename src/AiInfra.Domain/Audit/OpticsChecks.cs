using AiInfra.Domain.Optics;
using AiInfra.Domain.Quantities;
using static System.FormattableString;
using static AiInfra.Domain.Audit.CatalogAudit;

namespace AiInfra.Domain.Audit;

/// <summary>The checks of switches: capacities built from whole SerDes blocks, and ports that add up to the capacity.</summary>
internal static class OpticsChecks
{
    /// <summary>32 lanes of 100 Gbit/s: the step every switch capacity since the 3.2T generation is a multiple of.</summary>
    private static readonly BitRate CapacityStep = BitRate.FromTerabitsPerSecond(3.2);

    public static void Check(IReadOnlyList<SwitchAsic> switches, List<AuditFinding> findings)
    {
        foreach (var s in switches)
        {
            if (s.Capacity is { } capacity && capacity.Value >= CapacityStep)
            {
                var steps = capacity.Value / CapacityStep;
                if (Math.Abs(steps - Math.Round(steps)) > 1e-6)
                {
                    findings.Add(Finding(nameof(SwitchAsic), s.Id, AuditRules.SwitchCapacityStep, AuditSeverity.Warning,
                        Invariant($"{capacity.Value} is {Number(steps)} × 3.2 Tbit/s, not a whole number: no power-of-two lane count at a standard lane rate gives it."),
                        ("capacity", capacity.Value), ("step", CapacityStep)));
                }
            }

            if (s.Capacity is { } total && s.Ports?.Value is { } ports && s.PortRate is { } rate)
            {
                var product = rate.Value * ports;
                if (Math.Abs(product.BitsPerSecond - total.Value.BitsPerSecond) > 1e-6 * total.Value.BitsPerSecond)
                {
                    findings.Add(Finding(nameof(SwitchAsic), s.Id, AuditRules.SwitchPortArithmetic, AuditSeverity.Error,
                        Invariant($"{ports} ports × {rate.Value} are {QuantityRange.InUnitIfExpressible(product, total.Value.Unit)}, not the {total.Value} stated."),
                        ("ports", ports), ("portRate", rate.Value), ("capacity", total.Value)));
                }
            }
        }
    }
}
