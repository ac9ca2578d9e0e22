namespace AiInfra.Domain.Cooling;

using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

/// <summary>Heat split between a liquid loop and air.</summary>
/// <param name="Heat">All the heat: the IT load, since the IT equipment turns all its electrical power into heat.</param>
/// <param name="LiquidShare">The share of the heat that the liquid loop (cold plates) takes.</param>
/// <param name="ToLiquid">Heat × liquid share.</param>
/// <param name="ToAir">Heat − heat to liquid: what fans, rear-door exchangers or room air must remove.</param>
public sealed record HeatSplit(Power Heat, Ratio LiquidShare, Power ToLiquid, Power ToAir);

/// <summary>What a liquid-cooling plan needs: the heat, how it splits, the coolant, its temperature rise and the CDU size.</summary>
/// <remarks>None of these has a default: the catalogue's sources give no coolant temperatures, ΔT or kW per CDU.
/// Their one liquid share, 70 % for CloudMatrix 384 [s001:1770], describes one system, not a default.</remarks>
public sealed record LiquidCoolingInput
{
    /// <summary>Heat to remove, normally the IT load; finite and 0 or more.</summary>
    public required Power Heat { get; init; }

    /// <summary>Share of the heat taken by the liquid loop; 0 % to 100 %.</summary>
    public required Ratio LiquidShare { get; init; }

    /// <summary>The coolant in the loop, such as <see cref="Coolant.Water"/>.</summary>
    public required Coolant Coolant { get; init; }

    /// <summary>Return minus supply temperature of the coolant across the load; greater than 0. From two
    /// temperatures: <c>returnTemperature - supplyTemperature</c>.</summary>
    public required TemperatureDelta TemperatureRise { get; init; }

    /// <summary>Heat one CDU can move at this coolant and temperature rise (its datasheet rating); greater than 0.</summary>
    public required Power CduCapacity { get; init; }

    /// <summary>Spare CDUs on top of those the load needs (N+1 is 1); 0 or more. Default 0.</summary>
    public int RedundantCdus { get; init; }
}

/// <summary>A liquid-cooling plan.</summary>
/// <param name="Heat">The heat and how it splits between liquid and air.</param>
/// <param name="MassFlow">Coolant mass flow for the liquid share, ṁ = Q / (c_p × ΔT).</param>
/// <param name="VolumeFlow">Coolant volume flow, V̇ = ṁ / ρ, in litres per minute.</param>
/// <param name="CdusForLoad">⌈heat to liquid / CDU capacity⌉.</param>
/// <param name="RedundantCdus">The spares asked for.</param>
/// <param name="CduLoading">Heat to liquid / (CDUs for load × capacity): how full the working CDUs run (0 when there is no load).</param>
public sealed record LiquidCoolingResult(
    HeatSplit Heat,
    MassFlow MassFlow,
    VolumeFlow VolumeFlow,
    int CdusForLoad,
    int RedundantCdus,
    Ratio CduLoading)
{
    /// <summary>CDUs for the load plus the spares.</summary>
    public int TotalCdus => CdusForLoad + RedundantCdus;
}

/// <summary>
/// Liquid-cooling sizing: the split of heat between liquid and air, the coolant flow that carries the liquid's
/// share at a temperature rise, and the number of CDUs.
/// </summary>
/// <remarks>
/// The flow follows from the steady-state energy balance Q = ṁ × c_p × ΔT, so
/// V̇ = Q / (ρ × c_p × ΔT) (textbook physics, not from the catalogue's sources; the properties are taken as
/// constant over the rise, and no heat is lost from the loop). Example: 1 MW into water (997 kg/m³, 4.18 kJ/(kg·K)) at a 10 K rise needs
/// 1,000,000 / (997 × 4,180 × 10) = 0.02400 m³/s = 1,439.7 L/min.
/// </remarks>
public static class CoolingCalculator
{
    /// <summary>Splits heat between the liquid loop and air: to liquid = heat × share; to air = heat − to liquid.</summary>
    /// <param name="heat">All the heat, normally the IT load; finite and 0 or more.</param>
    /// <param name="liquidShare">The liquid loop's share; 0 % to 100 %.</param>
    /// <returns>Both parts, in the unit of <paramref name="heat"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="heat"/> is negative, or <paramref name="liquidShare"/> is outside [0, 100 %].</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static HeatSplit SplitHeat(Power heat, Ratio liquidShare)
    {
        ArgumentChecks.NonNegative(heat, nameof(heat));
        ArgumentChecks.Fraction(liquidShare, nameof(liquidShare));
        var toLiquid = heat * liquidShare.DecimalFractions;
        return new HeatSplit(heat, liquidShare, toLiquid, heat - toLiquid);
    }

    /// <summary>Coolant mass flow to carry <paramref name="heat"/> at a temperature rise: ṁ = Q / (c_p × ΔT).</summary>
    /// <param name="heat">Heat into the coolant; finite and 0 or more.</param>
    /// <param name="coolant">The coolant.</param>
    /// <param name="temperatureRise">Return minus supply temperature; greater than 0.</param>
    /// <returns>The mass flow, in kg/s.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coolant"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="heat"/> is negative, or <paramref name="temperatureRise"/> is 0 or negative.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static MassFlow CoolantMassFlow(Power heat, Coolant coolant, TemperatureDelta temperatureRise)
    {
        ArgumentChecks.NonNegative(heat, nameof(heat));
        ArgumentChecks.NotNull(coolant, nameof(coolant));
        ArgumentChecks.Positive(temperatureRise, nameof(temperatureRise));
        return heat / (coolant.SpecificHeatCapacity * temperatureRise);
    }

    /// <summary>Coolant volume flow to carry <paramref name="heat"/> at a temperature rise: V̇ = Q / (ρ × c_p × ΔT).</summary>
    /// <param name="heat">Heat into the coolant; finite and 0 or more.</param>
    /// <param name="coolant">The coolant, such as <see cref="Coolant.Water"/>.</param>
    /// <param name="temperatureRise">Return minus supply temperature; greater than 0.</param>
    /// <returns>The volume flow, in litres per minute.</returns>
    /// <exception cref="ArgumentException">As <see cref="CoolantMassFlow"/>.</exception>
    public static VolumeFlow CoolantFlow(Power heat, Coolant coolant, TemperatureDelta temperatureRise) =>
        (CoolantMassFlow(heat, coolant, temperatureRise) / coolant.Density).ToUnit(VolumeFlowUnit.LiterPerMinute);

    /// <summary>The temperature rise of a coolant carrying <paramref name="heat"/> at a given flow: ΔT = Q / (ρ × c_p × V̇).</summary>
    /// <param name="heat">Heat into the coolant; finite and 0 or more.</param>
    /// <param name="coolant">The coolant.</param>
    /// <param name="flow">The volume flow; greater than 0.</param>
    /// <returns>The rise, in kelvins.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coolant"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="heat"/> is negative, or <paramref name="flow"/> is 0 or negative.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static TemperatureDelta TemperatureRise(Power heat, Coolant coolant, VolumeFlow flow)
    {
        ArgumentChecks.NonNegative(heat, nameof(heat));
        ArgumentChecks.NotNull(coolant, nameof(coolant));
        ArgumentChecks.Positive(flow, nameof(flow));
        return heat / (flow * coolant.Density) / coolant.SpecificHeatCapacity;
    }

    /// <summary>
    /// CDUs needed for a heat load: ⌈heat / capacity⌉. A quotient within 1e-9 (relative) of a whole number counts
    /// as that number, so 700 kW on 350 kW units is 2 even when 700 kW came out of floating-point arithmetic a hair high.
    /// </summary>
    /// <param name="heatToLiquid">Heat the CDUs must move; finite and 0 or more.</param>
    /// <param name="cduCapacity">Heat one CDU moves; greater than 0.</param>
    /// <returns>The count; 0 for no heat.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="heatToLiquid"/> is negative, <paramref name="cduCapacity"/> is 0 or
    /// negative, or the count exceeds <see cref="int.MaxValue"/>.</exception>
    /// <exception cref="ArgumentException">A value is not finite.</exception>
    public static int CduCount(Power heatToLiquid, Power cduCapacity)
    {
        ArgumentChecks.NonNegative(heatToLiquid, nameof(heatToLiquid));
        ArgumentChecks.Positive(cduCapacity, nameof(cduCapacity));
        return Counting.Ceiling(heatToLiquid.Watts / cduCapacity.Watts, nameof(cduCapacity));
    }

    /// <summary>A liquid-cooling plan: heat split, coolant flow for the liquid share, and CDU count.</summary>
    /// <param name="input">The plan's inputs.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or its coolant is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An input is outside its range (see <see cref="LiquidCoolingInput"/>).</exception>
    /// <exception cref="ArgumentException">An input is not finite.</exception>
    public static LiquidCoolingResult Calculate(LiquidCoolingInput input)
    {
        ArgumentChecks.NotNull(input, nameof(input));
        ArgumentChecks.NonNegative(input.RedundantCdus, nameof(input.RedundantCdus));
        var split = SplitHeat(input.Heat, input.LiquidShare);
        var massFlow = CoolantMassFlow(split.ToLiquid, input.Coolant, input.TemperatureRise);
        var volumeFlow = (massFlow / input.Coolant.Density).ToUnit(VolumeFlowUnit.LiterPerMinute);
        var cdus = CduCount(split.ToLiquid, input.CduCapacity);
        var loading = cdus == 0 ? 0 : split.ToLiquid.Watts / (cdus * input.CduCapacity.Watts);
        return new LiquidCoolingResult(split, massFlow, volumeFlow, cdus, input.RedundantCdus, Ratio.FromDecimalFractions(loading));
    }
}
