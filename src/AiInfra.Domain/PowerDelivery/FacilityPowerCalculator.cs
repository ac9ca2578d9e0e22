namespace AiInfra.Domain.PowerDelivery;

using AiInfra.Domain.Quantities;

/// <summary>A facility's power and where it goes.</summary>
/// <param name="ItLoad">Power delivered to the IT equipment.</param>
/// <param name="PowerChain">The power chain at that load: its input is the IT supply's draw from the grid.</param>
/// <param name="Pue">Power usage effectiveness: facility power / IT load.</param>
/// <param name="FacilityPower">IT load × PUE: everything the site draws.</param>
/// <param name="PowerChainLoss">The power chain's conversion loss, part of the overhead.</param>
/// <param name="OtherOverhead">Facility power − power-chain input: cooling, lighting and the rest of the overhead.</param>
public sealed record FacilityPowerResult(
    Power ItLoad,
    PowerChainResult PowerChain,
    double Pue,
    Power FacilityPower,
    Power PowerChainLoss,
    Power OtherOverhead)
{
    /// <summary>All overhead: facility power − IT load = power-chain loss + other overhead.</summary>
    public Power Overhead => FacilityPower - ItLoad;
}

/// <summary>
/// Facility power from an IT load, a power chain and a PUE.
/// <para>
/// PUE (The Green Grid's definition) is total facility power / IT equipment power, so it already contains the
/// power chain's loss. This calculator therefore never multiplies the two: facility power = IT load × PUE, and the
/// result splits the overhead into the chain's loss (IT / η_chain − IT, as <see cref="PowerChainCalculator"/>
/// computes it) and the rest
/// (cooling, lighting, ...). A PUE below 1 / η_chain cannot contain the chain's loss, and is rejected.
/// </para>
/// <para>There is no default PUE: the catalogue's sources give none.</para>
/// </summary>
public static class FacilityPowerCalculator
{
    /// <summary>
    /// 1e-14: how far, relative, a PUE may be below 1 / η_chain and still be that lowest PUE. Written two ways,
    /// 100 / η(%) and 1 / η as a fraction round a few ulps apart (100 / 97.5 is 1.0256410256410255, 1 / 0.975 is
    /// 1.0256410256410258), so a PUE with no overhead beyond the chain's loss, computed either way, is accepted.
    /// </summary>
    public const double LowestPueRounding = 1e-14;

    /// <summary>Facility power and its breakdown.</summary>
    /// <param name="itLoad">Power delivered to the IT equipment; finite and 0 or more.</param>
    /// <param name="chain">The power chain from grid to IT, such as <see cref="PowerChain.Hvdc"/>.</param>
    /// <param name="pue">
    /// Power usage effectiveness, dimensionless; finite and at least 1 / η_chain (so at least 1). A PUE at most
    /// <see cref="LowestPueRounding"/> (relative) below 1 / η_chain is taken as that lowest PUE: its other overhead is 0.
    /// </param>
    /// <returns>Facility power = IT × PUE, with the chain's loss and the other overhead.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chain"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itLoad"/> is negative, or <paramref name="pue"/> is below 1 / η_chain by more than <see cref="LowestPueRounding"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="itLoad"/> or <paramref name="pue"/> is not finite.</exception>
    public static FacilityPowerResult Calculate(Power itLoad, PowerChain chain, double pue)
    {
        var chainResult = PowerChainCalculator.Calculate(chain, itLoad);
        var minimum = 1 / chain.Efficiency.DecimalFractions;
        if (ArgumentChecks.Finite(pue, nameof(pue)) < minimum * (1 - LowestPueRounding))
        {
            ArgumentChecks.AtLeast(pue, minimum, nameof(pue),
                $" (1 / the {chain.Name} chain's efficiency {chain.Efficiency.Percent.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} %, since PUE includes the chain's loss)");
        }

        var facility = itLoad.Watts * pue;
        return new FacilityPowerResult(
            itLoad,
            chainResult,
            pue,
            Power.FromWatts(facility),
            chainResult.Loss,
            Power.FromWatts(Math.Max(0, facility - chainResult.InputPower.Watts)));
    }

    /// <summary>Facility power of a rack or cluster whose IT load came from <see cref="RackPowerCalculator"/>.</summary>
    /// <param name="itLoad">The IT load and its breakdown.</param>
    /// <param name="chain">The power chain.</param>
    /// <param name="pue">Power usage effectiveness; at least 1 / η_chain.</param>
    /// <returns>As <see cref="Calculate(Power, PowerChain, double)"/>.</returns>
    /// <exception cref="ArgumentException">As <see cref="Calculate(Power, PowerChain, double)"/>.</exception>
    public static FacilityPowerResult Calculate(ItLoadBreakdown itLoad, PowerChain chain, double pue) =>
        Calculate(ArgumentChecks.NotNull(itLoad, nameof(itLoad)).Total, chain, pue);
}
