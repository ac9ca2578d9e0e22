namespace AiInfra.Domain.PowerDelivery;

using AiInfra.Domain.Quantities;

/// <summary>One stage of a power chain at a given load.</summary>
/// <param name="Name">The stage's name.</param>
/// <param name="Efficiency">The stage's efficiency.</param>
/// <param name="Input">Power into the stage = <paramref name="Output"/> / <paramref name="Efficiency"/>.</param>
/// <param name="Output">Power out of the stage: the IT load for the last stage, else the next stage's input.</param>
/// <param name="Loss">Input − output, given off as heat in the power room.</param>
public sealed record PowerStageResult(string Name, Ratio Efficiency, Power Input, Power Output, Power Loss);

/// <summary>A power chain at a given IT load.</summary>
/// <param name="Chain">The chain.</param>
/// <param name="ItLoad">The power delivered to the IT equipment.</param>
/// <param name="InputPower">Power drawn from the grid = IT load / η_chain.</param>
/// <param name="Loss">Input − IT load, lost in conversion.</param>
/// <param name="Efficiency">η_chain = Π ηᵢ.</param>
/// <param name="Stages">Each stage's input, output and loss, grid side first; a one-stage chain has one entry.</param>
public sealed record PowerChainResult(
    PowerChain Chain,
    Power ItLoad,
    Power InputPower,
    Power Loss,
    Ratio Efficiency,
    IReadOnlyList<PowerStageResult> Stages);

/// <summary>
/// Losses of a power chain at a given IT load: η_chain = Π ηᵢ,
/// input = IT load / η_chain, loss = input − IT load. Working back from the load, stage i's input is its
/// output / ηᵢ. Efficiencies are taken as constant over the load (no part-load curve).
/// </summary>
/// <example>1 MW of IT through a UPS chain at 92 % draws 1 MW / 0.92 = 1.0870 MW and loses 87.0 kW.</example>
public static class PowerChainCalculator
{
    /// <summary>The input power, the loss and the per-stage breakdown of a chain at an IT load.</summary>
    /// <param name="chain">The chain, such as <see cref="PowerChain.Ups"/>.</param>
    /// <param name="itLoad">The power delivered to the IT equipment; finite and 0 or more.</param>
    /// <returns>Input, loss and stages, each in watts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chain"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itLoad"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="itLoad"/> is not finite.</exception>
    public static PowerChainResult Calculate(PowerChain chain, Power itLoad)
    {
        ArgumentChecks.NotNull(chain, nameof(chain));
        ArgumentChecks.NonNegative(itLoad, nameof(itLoad));
        var stages = new PowerStageResult[chain.Stages.Count];
        var output = itLoad.Watts;
        for (var i = stages.Length - 1; i >= 0; i--)
        {
            var stage = chain.Stages[i];
            var input = output / stage.Efficiency.DecimalFractions;
            stages[i] = new PowerStageResult(stage.Name, stage.Efficiency, Power.FromWatts(input), Power.FromWatts(output), Power.FromWatts(input - output));
            output = input;
        }

        var total = output;
        return new PowerChainResult(chain, itLoad, Power.FromWatts(total), Power.FromWatts(total - itLoad.Watts), chain.Efficiency, Array.AsReadOnly(stages));
    }

    /// <summary>The chain of an architecture at its default efficiency (<see cref="PowerChain.For(PowerChainKind)"/>) at an IT load.</summary>
    /// <param name="architecture">The architecture.</param>
    /// <param name="itLoad">The power delivered to the IT equipment; finite and 0 or more.</param>
    /// <returns>As <see cref="Calculate(PowerChain, Power)"/>.</returns>
    /// <exception cref="ArgumentException">As <see cref="Calculate(PowerChain, Power)"/>, or the architecture is undefined.</exception>
    public static PowerChainResult Calculate(PowerChainKind architecture, Power itLoad) =>
        Calculate(PowerChain.For(architecture), itLoad);
}
