namespace AiInfra.Domain.Planning;

using static Monotonicity;

/// <summary>
/// Every formula the planner uses, with its id, text, the calculator that evaluates it and its monotonicity in each
/// input. docs/planner.md lists the same table. Formulas whose inputs depend on the plan (a rack's parts, a chain's
/// stages, what the target is) are made by the methods here, always with the same id and text.
/// </summary>
public static class PlanFormulas
{
    private static PlanFormula F(string id, string text, string calculator, params (string, Monotonicity)[] inputs) => new(id, text, calculator, inputs);

    /// <summary>radix = ⌊switch capacity / port rate⌋.</summary>
    public static PlanFormula SwitchRadix { get; } = F("fabric.switchRadix", "radix = ⌊switch capacity / port rate⌋", string.Empty, ("switch capacity", Increasing), ("port rate", Decreasing));

    /// <summary>Rack IT load = Σ count × power per unit over the rack's lines.</summary>
    /// <param name="lines">How many lines (accelerators first).</param>
    /// <returns>The formula, with a count and a power input per line.</returns>
    public static PlanFormula RackItLoad(int lines) => F("rack.itLoad", "rack IT load = Σ count × power per unit (accelerators × TDP + parts)", "RackPowerCalculator.ItLoad",
        Enumerable.Range(0, lines).SelectMany(i => new[] { ($"count {i + 1}", Increasing), ($"power {i + 1}", Increasing) }).ToArray());

    /// <summary>η = Π ηᵢ.</summary>
    /// <param name="stages">How many stages.</param>
    /// <returns>The formula, increasing in every stage's efficiency.</returns>
    public static PlanFormula ChainEfficiency(int stages) => F("power.chainEfficiency", "η = Π ηᵢ over the chain's stages", "PowerChain.Efficiency",
        Enumerable.Range(0, stages).Select(i => ($"η{i + 1}", Increasing)).ToArray());

    /// <summary>PUE = 1 / η + cooling overhead.</summary>
    public static PlanFormula PueFromOverhead { get; } = F("pue", "PUE = 1 / η + cooling overhead", string.Empty, ("η", Decreasing), ("cooling overhead", Increasing));

    /// <summary>racks = ⌈target accelerators / accelerators per rack⌉.</summary>
    public static PlanFormula RacksForAccelerators { get; } = F("racks", "racks = ⌈target accelerators / accelerators per rack⌉", string.Empty, ("target accelerators", Increasing), ("accelerators per rack", Decreasing));

    /// <summary>The most racks whose IT load (or facility power) fits the target.</summary>
    /// <param name="facility">True for a facility-power target (the PUE or cooling overhead is then an input).</param>
    /// <param name="overhead">True when the plan gives a cooling overhead rather than a PUE.</param>
    /// <param name="fabric">True when the plan has a fabric (its power is then part of the IT load).</param>
    /// <returns>The formula.</returns>
    public static PlanFormula RacksForPower(bool facility, bool overhead, bool fabric)
    {
        var inputs = new List<(string, Monotonicity)> { (facility ? "target facility power" : "target IT power", Increasing), ("rack IT load", Decreasing) };
        if (facility)
        {
            inputs.Add(("η", Increasing));
            inputs.Add(overhead ? ("cooling overhead", Decreasing) : ("PUE", Decreasing));
        }

        if (fabric)
        {
            inputs.AddRange([("accelerators per rack", Decreasing), ("NICs per accelerator", Decreasing), ("switch radix", None), ("port rate", None), ("lane rate", None),
                ("pluggable port power", Decreasing), ("co-packaged port power", Decreasing), ("switch power", Decreasing), ("leaf oversubscription", None)]);
        }

        var text = facility
            ? "racks = the most n with (n × rack IT load + fabric power(n)) × PUE ≤ target facility power"
            : "racks = the most n with n × rack IT load + fabric power(n) ≤ target IT power";
        return F("racks", text, "RackPowerCalculator.Cluster, FatTreeCalculator.Calculate, FacilityPowerCalculator.Calculate", inputs.ToArray());
    }

    /// <summary>accelerators = racks × accelerators per rack.</summary>
    public static PlanFormula Accelerators { get; } = F("accelerators", "accelerators = racks × accelerators per rack", string.Empty, ("racks", Increasing), ("accelerators per rack", Increasing));

    private static readonly (string, Monotonicity)[] FatTreeInputs =
    [
        ("accelerators", Increasing), ("NICs per accelerator", Increasing), ("switch radix", None), ("port rate", None), ("lane rate", None), ("fibres per MPO", None),
        ("pluggable port power", Increasing), ("co-packaged port power", Increasing), ("leaf oversubscription", None),
    ];

    /// <summary>A figure of the fat tree over the accelerators' NICs, oversubscribed n:1 at its leaves or not (docs/calculators.md §4).</summary>
    /// <param name="id">The figure's id, such as <c>fabric.switches.leaf</c>.</param>
    /// <param name="text">The figure's formula.</param>
    /// <returns>The formula, with the fat tree's inputs.</returns>
    public static PlanFormula FatTree(string id, string text) => F(id, text, "FatTreeCalculator.Calculate", FatTreeInputs);

    /// <summary>fabric switch power = switches × switch power.</summary>
    public static PlanFormula FabricSwitchPower { get; } = F("fabric.switchPower", "fabric switch power = switches × switch power", string.Empty, ("switches", Increasing), ("switch power", Increasing));

    /// <summary>IT load = racks × rack IT load + fabric optics power + fabric switch power.</summary>
    public static PlanFormula ItPower { get; } = F("itPower", "IT load = racks × rack IT load + fabric optics power + fabric switch power", "RackPowerCalculator.Cluster",
        ("racks", Increasing), ("rack IT load", Increasing), ("fabric optics power", Increasing), ("fabric switch power", Increasing));

    /// <summary>
    /// IT load under a power target: min(racks × rack IT load + fabric power, target IT power, or target facility power / PUE).
    /// The racks were chosen to fit the target, so whatever a ranged input is, the load is at most the target: taking the
    /// minimum keeps that fact, which interval arithmetic over racks and rack power alone (one input reaching the result two
    /// ways) would lose.
    /// </summary>
    /// <param name="facility">True for a facility-power target (then the PUE, or η and the cooling overhead, are inputs).</param>
    /// <param name="overhead">True when the plan gives a cooling overhead rather than a PUE.</param>
    /// <returns>The formula.</returns>
    public static PlanFormula ItPowerUnderTarget(bool facility, bool overhead)
    {
        var inputs = new List<(string, Monotonicity)> { ("racks", Increasing), ("rack IT load", Increasing), ("fabric optics power", Increasing), ("fabric switch power", Increasing) };
        inputs.Add(facility ? ("target facility power", Increasing) : ("target IT power", Increasing));
        if (facility)
        {
            inputs.AddRange(overhead ? [("η", Increasing), ("cooling overhead", Decreasing)] : [("PUE", Decreasing)]);
        }

        return F("itPower", facility
                ? "IT load = min(racks × rack IT load + fabric optics power + fabric switch power, target facility power / PUE)"
                : "IT load = min(racks × rack IT load + fabric optics power + fabric switch power, target IT power)",
            "RackPowerCalculator.Cluster", inputs.ToArray());
    }

    /// <summary>Facility power under a facility-power target: min(IT load × PUE, target), for the reason <see cref="ItPowerUnderTarget"/> gives.</summary>
    /// <param name="overhead">True when the plan gives a cooling overhead rather than a PUE.</param>
    /// <returns>The formula.</returns>
    public static PlanFormula FacilityUnderTarget(bool overhead) => overhead
        ? F("facilityPower", "facility power = min(IT load × PUE, target facility power), PUE = 1 / η + cooling overhead", "FacilityPowerCalculator.Calculate",
            ("IT load", Increasing), ("η", Decreasing), ("cooling overhead", Increasing), ("target facility power", Increasing))
        : F("facilityPower", "facility power = min(IT load × PUE, target facility power)", "FacilityPowerCalculator.Calculate",
            ("IT load", Increasing), ("PUE", Increasing), ("η", Decreasing), ("target facility power", Increasing));

    /// <summary>Chain input = IT load / η.</summary>
    public static PlanFormula ChainInput { get; } = F("power.chainInput", "chain input = IT load / η", "PowerChainCalculator.Calculate", ("IT load", Increasing), ("η", Decreasing));

    /// <summary>Chain loss = IT load / η − IT load.</summary>
    public static PlanFormula ChainLoss { get; } = F("power.chainLoss", "chain loss = IT load / η − IT load", "PowerChainCalculator.Calculate", ("IT load", Increasing), ("η", Decreasing));

    /// <summary>A stage's loss: its output / ηᵢ − its output, its output being the next stage's input (the IT load for the last).</summary>
    /// <param name="stages">How many stages the chain has.</param>
    /// <returns>The formula, increasing in the IT load and decreasing in every stage's efficiency.</returns>
    public static PlanFormula StageLoss(int stages) => F("power.stageLoss", "stage loss = stage output / ηᵢ − stage output, working back from the IT load", "PowerChainCalculator.Calculate",
        new[] { ("IT load", Increasing) }.Concat(Enumerable.Range(0, stages).Select(i => ($"η{i + 1}", Decreasing))).ToArray());

    /// <summary>Facility power = IT load × PUE.</summary>
    public static PlanFormula FacilityFromPue { get; } = F("facilityPower", "facility power = IT load × PUE", "FacilityPowerCalculator.Calculate", ("IT load", Increasing), ("PUE", Increasing), ("η", Decreasing));

    /// <summary>Facility power = IT load × (1 / η + cooling overhead).</summary>
    public static PlanFormula FacilityFromOverhead { get; } = F("facilityPower", "facility power = IT load × PUE, PUE = 1 / η + cooling overhead", "FacilityPowerCalculator.Calculate",
        ("IT load", Increasing), ("η", Decreasing), ("cooling overhead", Increasing));

    /// <summary>Other overhead = facility power − IT load / η.</summary>
    public static PlanFormula OtherOverheadFromPue { get; } = F("power.otherOverhead", "other overhead = facility power − IT load / η", "FacilityPowerCalculator.Calculate", ("IT load", Increasing), ("PUE", Increasing), ("η", Increasing));

    /// <summary>Other overhead = IT load × cooling overhead.</summary>
    public static PlanFormula OtherOverheadFromOverhead { get; } = F("power.otherOverhead", "other overhead = facility power − IT load / η = IT load × cooling overhead", "FacilityPowerCalculator.Calculate",
        ("IT load", Increasing), ("η", Decreasing), ("cooling overhead", Increasing));

    /// <summary>Heat to liquid = IT load × liquid share.</summary>
    public static PlanFormula HeatToLiquid { get; } = F("cooling.heatToLiquid", "heat to liquid = IT load × liquid share", "CoolingCalculator.SplitHeat", ("IT load", Increasing), ("liquid share", Increasing));

    /// <summary>Heat to air = IT load − heat to liquid.</summary>
    public static PlanFormula HeatToAir { get; } = F("cooling.heatToAir", "heat to air = IT load × (1 − liquid share)", "CoolingCalculator.SplitHeat", ("IT load", Increasing), ("liquid share", Decreasing));

    /// <summary>V̇ = heat to liquid / (ρ × c_p × ΔT).</summary>
    public static PlanFormula CoolantFlow { get; } = F("cooling.coolantFlow", "coolant flow = heat to liquid / (ρ × c_p × ΔT)", "CoolingCalculator.CoolantFlow",
        ("IT load", Increasing), ("liquid share", Increasing), ("ρ", Decreasing), ("c_p", Decreasing), ("ΔT", Decreasing));

    /// <summary>CDUs = ⌈heat to liquid / CDU capacity⌉ + redundant CDUs.</summary>
    public static PlanFormula Cdus { get; } = F("cooling.cdus", "CDUs = ⌈heat to liquid / CDU capacity⌉ + redundant CDUs", "CoolingCalculator.Calculate",
        ("IT load", Increasing), ("liquid share", Increasing), ("CDU capacity", Decreasing), ("redundant CDUs", Increasing));

    /// <summary>Peak compute = accelerators × the accelerator's rating.</summary>
    public static PlanFormula PeakCompute { get; } = F("compute.peak", "peak compute = accelerators × rating per accelerator", string.Empty, ("accelerators", Increasing), ("rating per accelerator", Increasing));

    /// <summary>Accelerators per replica = ⌈(P_total × b + B × KV) / memory per accelerator⌉.</summary>
    public static PlanFormula ReplicaSize { get; } = F("serving.acceleratorsPerReplica", "accelerators per replica = ⌈(P_total × b + B × KV) / memory per accelerator⌉", string.Empty,
        ("parameters held in memory", Increasing), ("bytes per parameter", Increasing), ("batch", Increasing), ("KV cache per sequence", Increasing), ("memory per accelerator", Decreasing));

    /// <summary>Replicas = ⌊accelerators / accelerators per replica⌋.</summary>
    public static PlanFormula Replicas { get; } = F("serving.replicas", "replicas = ⌊accelerators / accelerators per replica⌋", string.Empty, ("accelerators", Increasing), ("accelerators per replica", Decreasing));

    /// <summary>Decode tokens per second = replicas × B × (R × BW) / (P × b + B × KV).</summary>
    public static PlanFormula Decode { get; } = F("serving.decodeTokensPerSecond", "decode tokens/s = replicas × B × (R × BW) / (P × b + B × KV), the memory-bandwidth bound", "ServingThroughput.Decode",
        ("replicas", Increasing), ("accelerators per replica", Increasing), ("memory bandwidth", Increasing), ("parameters", Decreasing), ("bytes per parameter", Decreasing),
        ("batch", Increasing), ("KV cache per sequence", Decreasing));

    /// <summary>Prefill tokens per second = replicas × R × peak × utilisation / (2 × P).</summary>
    public static PlanFormula Prefill { get; } = F("serving.prefillTokensPerSecond", "prefill tokens/s = replicas × R × peak × prefill utilisation / (2 × P), the compute bound", "ServingThroughput.Prefill",
        ("replicas", Increasing), ("accelerators per replica", Increasing), ("peak per accelerator", Increasing), ("prefill utilisation", Increasing), ("parameters", Decreasing));

    /// <summary>Tokens per second = 1 / (s / T_prefill + (1 − s) / T_decode).</summary>
    public static PlanFormula TokensPerSecond { get; } = F("tokensPerSecond", "tokens/s = 1 / (s / prefill tokens/s + (1 − s) / decode tokens/s), s the prefill share", string.Empty,
        ("prefill tokens/s", Increasing), ("decode tokens/s", Increasing), ("prefill share", None));

    /// <summary>Tokens per day = tokens per second × 86,400 s × utilisation.</summary>
    public static PlanFormula TokensPerDay { get; } = F("tokensPerDay", "tokens/day = tokens/s × 3,600 s × utilisation × 24", "ServingCost.PerMillionTokens (TokensPerHour)", ("tokens/s", Increasing), ("utilisation", Increasing));

    /// <summary>Joules per token = facility power / tokens per second.</summary>
    public static PlanFormula JoulesPerToken { get; } = F("joulesPerToken", "energy per token = facility power / tokens/s", "ServingThroughput.EnergyPerToken", ("facility power", Increasing), ("tokens/s", Decreasing));

    /// <summary>Tokens per second per MW = tokens per second × 1 MW / facility power.</summary>
    public static PlanFormula TokensPerMegawatt { get; } = F("tokensPerSecondPerMegawatt", "tokens/s per MW = tokens/s × 1 MW / facility power", "ServingThroughput.PerMegawatt", ("tokens/s", Increasing), ("facility power", Decreasing));

    /// <summary>A capex category = how many × capex of one.</summary>
    public static PlanFormula CapexCategory { get; } = F("capex.category", "capex of a category = count × capex of one", string.Empty, ("count", Increasing), ("capex of one", Increasing));

    /// <summary>Facility capex = IT load (MW) × facility capex per MW.</summary>
    public static PlanFormula FacilityCapex { get; } = F("capex.facility", "facility capex = IT load (MW) × facility capex per MW", string.Empty, ("IT load", Increasing), ("capex per MW", Increasing));

    /// <summary>A sum of parts.</summary>
    /// <param name="id">The sum's id.</param>
    /// <param name="text">The sum's formula.</param>
    /// <param name="parts">How many parts.</param>
    /// <returns>The formula, increasing in every part.</returns>
    public static PlanFormula Sum(string id, string text, int parts) => F(id, text, string.Empty, Enumerable.Range(0, parts).Select(i => ($"part {i + 1}", Increasing)).ToArray());

    /// <summary>Energy cost per year = facility power (kW) × price per kWh × hours per year.</summary>
    public static PlanFormula EnergyCostPerYear { get; } = F("energyCostPerYear", "energy cost per year = facility power (kW) × price per kWh × hours per year", "ServingCost.PerMillionTokens (EnergyCostPerHour)",
        ("facility power", Increasing), ("price per kWh", Increasing), ("hours per year", Increasing));

    /// <summary>Capex per million tokens = (IT capex / IT period + facility capex / facility period) / tokens per hour × 10⁶.</summary>
    public static PlanFormula CapexPerMillionTokens { get; } = F("capexPerMillionTokens", "capex per million tokens = (IT capex / IT period (h) + facility capex / facility period (h)) / (tokens/s × 3,600 × utilisation) × 10⁶",
        "ServingCost.PerMillionTokens", ("IT capex", Increasing), ("IT period", Decreasing), ("facility capex", Increasing), ("facility period", Decreasing), ("tokens/s", Decreasing), ("utilisation", Decreasing));

    /// <summary>Energy cost per million tokens = facility power (kW) × price / tokens per hour × 10⁶.</summary>
    public static PlanFormula EnergyCostPerMillionTokens { get; } = F("energyCostPerMillionTokens", "energy cost per million tokens = facility power (kW) × price per kWh / (tokens/s × 3,600 × utilisation) × 10⁶",
        "ServingCost.PerMillionTokens", ("facility power", Increasing), ("price per kWh", Increasing), ("tokens/s", Decreasing), ("utilisation", Decreasing));

    /// <summary>Cost per million tokens = capex + energy per million tokens.</summary>
    public static PlanFormula CostPerMillionTokens { get; } = F("costPerMillionTokens", "cost per million tokens = capex per million tokens + energy cost per million tokens", "ServingCostResult.TotalPerMillionTokens",
        ("capex per million tokens", Increasing), ("energy cost per million tokens", Increasing));
}
