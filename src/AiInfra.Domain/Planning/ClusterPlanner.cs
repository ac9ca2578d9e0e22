namespace AiInfra.Domain.Planning;

using System.Globalization;
using AiInfra.Domain.Cooling;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Optics;
using AiInfra.Domain.PowerDelivery;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Validation;
using Power = AiInfra.Domain.Quantities.Power;

/// <summary>The part of a report a figure belongs to.</summary>
public enum PlanSection
{
    /// <summary>Racks, accelerators, switches, transceivers, fibres and connectors.</summary>
    Counts,

    /// <summary>IT load, the power chain and the facility.</summary>
    Power,

    /// <summary>Heat to liquid and air, coolant flow, CDUs.</summary>
    Cooling,

    /// <summary>Peak compute at each precision the accelerator rates.</summary>
    Compute,

    /// <summary>Tokens per second, per day, per MW, and energy per token.</summary>
    Serving,

    /// <summary>Capex by category, energy cost, cost per million tokens.</summary>
    Economics,
}

/// <summary>
/// Plans a cluster from a <see cref="ClusterPlan"/>: racks, accelerators and fabric; IT, chain and facility power;
/// cooling; peak compute; serving throughput; capex and cost per million tokens. Every figure is computed by the
/// library's calculators (<see cref="RackPowerCalculator"/>, <see cref="PowerChainCalculator"/>,
/// <see cref="FacilityPowerCalculator"/>, <see cref="CoolingCalculator"/>, <see cref="FatTreeCalculator"/>,
/// <see cref="ServingThroughput"/>, <see cref="ServingCost"/>) through a formula of <see cref="PlanFormulas"/>, and
/// carries that formula and its inputs down to catalogue figures, plan values and named defaults.
/// </summary>
/// <remarks>
/// <para><b>Ranges.</b> A catalogue figure that is a range (GB200 NVL72's 120–140 kW) makes every figure computed from
/// it a range, by interval arithmetic: each formula is monotone in each input, as <see cref="PlanFormula.Inputs"/>
/// states, so its ends are its values at the inputs' ends. No midpoint is ever chosen.</para>
/// <para><b>Bounds and forecasts.</b> A result is exact when its inputs are; "at least" or "at most" when every
/// inexact input pushes it one way; "about" otherwise; a forecast when any input is.</para>
/// </remarks>
public static class ClusterPlanner
{
    /// <summary>Plans a cluster.</summary>
    /// <param name="plan">The plan; it must be valid (<see cref="ClusterPlan.Validate"/>).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="AiInfraValidationException">The plan is not valid; the exception lists every error.</exception>
    /// <exception cref="PlanException">The plan is valid but cannot be planned (see <see cref="PlanException"/>).</exception>
    public static PlanReport Plan(ClusterPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Plan(plan, PlanSourceMap.None);
    }

    /// <summary>Plans a cluster read from a plan file, so that each plan value's provenance and each error names its line.</summary>
    /// <param name="document">The plan document.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="PlanException">The plan cannot be planned; each error has its line and column.</exception>
    public static PlanReport Plan(ClusterPlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Plan(document.Plan, document.Map);
    }

    internal static PlanReport Plan(ClusterPlan plan, PlanSourceMap map)
    {
        var validation = plan.Validate();
        if (!validation.IsValid)
        {
            throw new AiInfraValidationException(validation.Errors);
        }

        var inputs = PlanInputs.Resolve(plan, map);
        if (inputs.Problems.Count > 0)
        {
            // Validate() reports the same problems, so this is reached only if the two disagree (a bug).
            throw new InvalidOperationException("The plan was valid but does not resolve: " + inputs.Problems[0].Message);
        }

        try
        {
            return new Builder(plan, inputs).Build();
        }
        catch (PlanException e)
        {
            throw new PlanException(e.Errors.Select(error => Located(error, map)).ToList());
        }
        catch (Exception e) when (Derivation.IsBeyondAFormula(e))
        {
            // A calculator outside any one figure's formula.
            throw new PlanException([Located(Derivation.BeyondTheFormula(null, null, [], e), map)]);
        }
    }

    /// <summary>The error with the line and column of its plan value, when the plan was read from text.</summary>
    private static AiInfraError Located(AiInfraError error, PlanSourceMap map) =>
        map.PositionOf(error.Path) is { } p ? error with { Line = p.Line, Column = p.Column } : error;

    private static PlanException Problem(string pointer, string message) => new([new AiInfraError(pointer, ErrorCodes.RuleViolation, message)]);

    private sealed class Builder(ClusterPlan plan, PlanInputs inputs)
    {
        private readonly List<(PlanSection Section, PlanFigure Figure)> _figures = [];

        private static PlanFigure Default(string id, string label, double value, string unit, string name, string pointer, string reason) =>
            new(id, label, value, value, unit, FigureBound.Exact, false, null, [], new DefaultProvenance(name, pointer, reason));

        private PlanFigure Add(PlanSection section, PlanFigure figure)
        {
            _figures.Add((section, figure));
            return figure;
        }

        private static PlanFigure D(string id, string label, string unit, PlanFormula formula, IReadOnlyList<PlanFigure> inputs, Func<double[], double> evaluate) =>
            Derivation.Derive(id, label, unit, formula, inputs, evaluate);

        private PowerChain Chain(double[] efficienciesPercent) => efficienciesPercent.Length == 1
            ? PowerChain.Single(inputs.ChainName, Ratio.FromPercent(efficienciesPercent[0]))
            : PowerChain.FromStages(inputs.ChainName, inputs.Stages.Select((s, i) => new PowerChainStage(s.Name, Ratio.FromPercent(efficienciesPercent[i]))).ToArray());

        private PowerChain Single(double efficiencyPercent) => PowerChain.Single(inputs.ChainName, Ratio.FromPercent(efficiencyPercent));

        /// <summary>The plan's target (accelerators, IT power or facility power), which the counts of racks and accelerators come from.</summary>
        private PlanFigure? Target => inputs.TargetAccelerators ?? inputs.TargetItPower ?? inputs.TargetFacilityPower;

        /// <summary>
        /// A count for a calculator. Beyond int.MaxValue, a PlanException at the plan value it is or comes from
        /// (<paramref name="from"/>: the value itself, or the target for racks and accelerators).
        /// </summary>
        private static int Int(double value, string name, PlanFigure? from) => value is >= 0 and <= int.MaxValue
            ? (int)Math.Round(value)
            : throw Problem(
                from?.Source switch { PlanFileProvenance written => written.Pointer, DefaultProvenance assumed => assumed.Pointer, _ => "/target" },
                $"The {name} ({value.ToString("R", CultureInfo.InvariantCulture)}) is more than the calculators count ({int.MaxValue}).");

        public PlanReport Build()
        {
            var fabric = inputs.Fabric;
            var rack = RackPower();
            var stages = inputs.Stages.Select(s => s.Efficiency).ToArray();
            var eta = D("power.chainEfficiency", $"power chain efficiency ({inputs.ChainName})", "%", PlanFormulas.ChainEfficiency(stages.Length), stages, v => Chain(v).Efficiency.Percent);
            var overhead = inputs.CoolingOverhead;
            var pue = inputs.Pue ?? D("pue", "PUE", string.Empty, PlanFormulas.PueFromOverhead, [eta, overhead!], v => (100 / v[0]) + (v[1] / 100));
            var perRack = inputs.AcceleratorsPerRack!;

            // Fabric inputs, fixed for the plan.
            var cpo = inputs.CoPackagedPortPower ?? Default("fabric.coPackagedPortPower", "co-packaged port power", 0, "W", "not used", "/fabric/coPackagedPortPower", "pluggable switch optics");
            var zeroFabric = fabric is null;
            var noFabric = "the plan has no fabric";

            // Racks.
            PlanFigure racks;
            if (inputs.TargetAccelerators is { } target)
            {
                racks = D("racks", "racks", string.Empty, PlanFormulas.RacksForAccelerators, [target, perRack], v => Math.Ceiling((v[0] / v[1]) - 1e-9));
            }
            else
            {
                var facility = inputs.TargetFacilityPower is not null;
                var targetPower = inputs.TargetFacilityPower ?? inputs.TargetItPower!;
                var formula = PlanFormulas.RacksForPower(facility, overhead is not null, !zeroFabric);
                var list = new List<PlanFigure> { targetPower, rack };
                if (facility)
                {
                    list.Add(eta);
                    list.Add(overhead ?? pue);
                }

                if (!zeroFabric)
                {
                    list.AddRange([perRack, inputs.NicsPerAccelerator!, inputs.SwitchRadix!, inputs.PortRate!, inputs.LaneRate!, inputs.PluggablePortPower!, cpo, inputs.SwitchPower!, inputs.Oversubscription!]);
                }

                racks = D("racks", "racks", string.Empty, formula, list, v => RacksForPower(v, facility, overhead is not null, !zeroFabric));
                if (racks.Min < 1)
                {
                    throw Problem(facility ? "/target/facilityPower" : "/target/itPower",
                        $"Not one rack fits in the target: one rack alone needs {rack.FormatValue()} of IT load{(facility ? " before the facility overhead" : string.Empty)}.");
                }
            }

            Add(PlanSection.Counts, racks);
            var accelerators = Add(PlanSection.Counts, D("accelerators", "accelerators", string.Empty, PlanFormulas.Accelerators, [racks, perRack], v => v[0] * v[1]));

            // Fabric.
            PlanFigure opticsPower, switchPower, switches, pluggable;
            if (fabric is not null)
            {
                var fatInputs = new[] { accelerators, inputs.NicsPerAccelerator!, inputs.SwitchRadix!, inputs.PortRate!, inputs.LaneRate!, inputs.FibresPerMpo!, inputs.PluggablePortPower!, cpo, inputs.Oversubscription! };
                PlanFigure Tree(string id, string label, string unit, string text, Func<FatTreeResult, double> pick) =>
                    D(id, label, unit, PlanFormulas.FatTree(id, text), fatInputs, v => pick(FatTree(v)));

                var probe = Derivation.Evaluate("fabric", "fat-tree fabric", fatInputs, () => FatTree(fatInputs.Select(f => f.Min).ToArray()));
                Add(PlanSection.Counts, Tree("fabric.hostPorts", "fabric host ports", string.Empty, "H = accelerators × NICs per accelerator", r => r.HostPorts));
                for (var t = 0; t < probe.Switches.Count; t++)
                {
                    var tier = probe.Switches[t].Name;
                    var index = t;
                    var text = tier switch
                    {
                        "leaf" or "edge" => $"{tier} switches = ⌈H / d⌉, d = ⌊k × n / (n + 1)⌋ down ports each (k/2 when non-blocking, n = 1)",
                        "aggregation" => "aggregation switches = ⌈edge switches × (k − d) / (k/2)⌉ (= edge switches when non-blocking)",
                        "spine" => "spine switches = ⌈leaf switches × (k − d) / k⌉",
                        _ => $"{tier} switches = ⌈switches below × (k/2) / k⌉",
                    };
                    Add(PlanSection.Counts, Tree("switches." + tier, tier + " switches", string.Empty, text, r => r.Switches[index].Count));
                }

                switches = Add(PlanSection.Counts, Tree("switches", "fabric switches", string.Empty, "switches = Σ over the tiers", r => r.TotalSwitches));
                Add(PlanSection.Counts, Tree("transceivers.nic", "pluggable transceivers at NICs", string.Empty, "one per optical host link",
                    r => r.OpticalPorts.Where(p => p.Location == OpticsLocation.Nic).Sum(p => p.Count)));
                Add(PlanSection.Counts, Tree("transceivers.switch", "pluggable transceivers at switches", string.Empty, "one per pluggable switch port on an optical link",
                    r => r.OpticalPorts.Where(p => p.Location == OpticsLocation.Switch && p.Kind == SwitchOptics.Pluggable).Sum(p => p.Count)));
                pluggable = Add(PlanSection.Counts, Tree("transceivers", "pluggable transceivers", string.Empty, "transceivers = NIC + switch pluggable ports", r => r.PluggableTransceivers));
                if (fabric.SwitchOptics == PlanSwitchOptics.CoPackaged)
                {
                    Add(PlanSection.Counts, Tree("fabric.coPackagedPorts", "co-packaged optical ports", string.Empty, "one per switch port on an optical link", r => r.CoPackagedPorts));
                }

                Add(PlanSection.Counts, Tree("fabric.fibres", "fibres", string.Empty, "fibres = optical links × 2 × port rate / lane rate", r => r.Fibres));
                Add(PlanSection.Counts, Tree("fabric.mpoConnectors", "MPO connectors", string.Empty, "⌈fibres per link / fibres per MPO⌉ per transceiver; a co-packaged switch's faceplate fibres / fibres per MPO", r => r.MpoConnectors));
                opticsPower = Add(PlanSection.Power, Tree("fabric.opticsPower", "fabric optics power", "kW", "optics power = Σ ports × power per port", r => r.OpticsPower.Kilowatts));
                switchPower = Add(PlanSection.Power, D("fabric.switchPower", "fabric switch power", "kW", PlanFormulas.FabricSwitchPower, [switches, inputs.SwitchPower!], v => v[0] * Power.FromWatts(v[1]).Kilowatts));
            }
            else
            {
                opticsPower = Default("fabric.opticsPower", "fabric optics power", 0, "kW", "0 kW", "/fabric", noFabric);
                switchPower = Default("fabric.switchPower", "fabric switch power", 0, "kW", "0 kW", "/fabric", noFabric);
                switches = Default("switches", "fabric switches", 0, string.Empty, "0", "/fabric", noFabric);
                pluggable = Default("transceivers", "pluggable transceivers", 0, string.Empty, "0", "/fabric", noFabric);
            }

            // Power.
            Add(PlanSection.Power, rack);
            var facilityTarget = inputs.TargetFacilityPower;
            var powerTarget = facilityTarget ?? inputs.TargetItPower;
            PlanFigure it;
            if (powerTarget is null)
            {
                it = D("itPower", "IT load", "MW", PlanFormulas.ItPower, [racks, rack, opticsPower, switchPower], v => ItLoad(Int(v[0], "racks", Target), v[1], v[2], v[3]).Megawatts);
            }
            else
            {
                var list = new List<PlanFigure> { racks, rack, opticsPower, switchPower, powerTarget };
                if (facilityTarget is not null)
                {
                    list.AddRange(overhead is null ? [pue] : [eta, overhead]);
                }

                it = D("itPower", "IT load", "MW", PlanFormulas.ItPowerUnderTarget(facilityTarget is not null, overhead is not null), list, v =>
                {
                    var sum = ItLoad(Int(v[0], "racks", Target), v[1], v[2], v[3]).Megawatts;
                    var cap = facilityTarget is null ? v[4] : v[4] / (overhead is null ? v[5] : (100 / v[5]) + (v[6] / 100));
                    return Math.Min(sum, cap);
                });
            }

            Add(PlanSection.Power, it);
            Add(PlanSection.Power, eta);
            Add(PlanSection.Power, D("power.chainInput", "power chain input", "MW", PlanFormulas.ChainInput, [it, eta],
                v => PowerChainCalculator.Calculate(Single(v[1]), Power.FromMegawatts(v[0])).InputPower.Megawatts));
            Add(PlanSection.Power, D("power.chainLoss", "power chain loss", "MW", PlanFormulas.ChainLoss, [it, eta],
                v => PowerChainCalculator.Calculate(Single(v[1]), Power.FromMegawatts(v[0])).Loss.Megawatts));
            if (stages.Length > 1)
            {
                for (var s = 0; s < stages.Length; s++)
                {
                    var index = s;
                    Add(PlanSection.Power, D($"power.stageLoss.{s + 1}", $"loss in {inputs.Stages[s].Name}", "MW", PlanFormulas.StageLoss(stages.Length), [it, .. stages],
                        v => PowerChainCalculator.Calculate(Chain(v[1..]), Power.FromMegawatts(v[0])).Stages[index].Loss.Megawatts));
                }
            }

            if (overhead is not null)
            {
                Add(PlanSection.Power, pue);
            }

            var facilityPower = (overhead is null, facilityTarget is null) switch
            {
                (true, true) => D("facilityPower", "facility power", "MW", PlanFormulas.FacilityFromPue, [it, pue, eta], v => Facility(v[0], v[1], v[2]).FacilityPower.Megawatts),
                (false, true) => D("facilityPower", "facility power", "MW", PlanFormulas.FacilityFromOverhead, [it, eta, overhead!], v => Facility(v[0], (100 / v[1]) + (v[2] / 100), v[1]).FacilityPower.Megawatts),
                (true, false) => D("facilityPower", "facility power", "MW", PlanFormulas.FacilityUnderTarget(false), [it, pue, eta, facilityTarget!],
                    v => Math.Min(Facility(v[0], v[1], v[2]).FacilityPower.Megawatts, v[3])),
                _ => D("facilityPower", "facility power", "MW", PlanFormulas.FacilityUnderTarget(true), [it, eta, overhead!, facilityTarget!],
                    v => Math.Min(Facility(v[0], (100 / v[1]) + (v[2] / 100), v[1]).FacilityPower.Megawatts, v[3])),
            };
            Add(PlanSection.Power, facilityPower);
            Add(PlanSection.Power, overhead is null
                ? D("power.otherOverhead", "cooling and other overhead", "MW", PlanFormulas.OtherOverheadFromPue, [it, pue, eta], v => Facility(v[0], v[1], v[2]).OtherOverhead.Megawatts)
                : D("power.otherOverhead", "cooling and other overhead", "MW", PlanFormulas.OtherOverheadFromOverhead, [it, eta, overhead], v => Facility(v[0], (100 / v[1]) + (v[2] / 100), v[1]).OtherOverhead.Megawatts));

            // Cooling.
            if (inputs.LiquidShare is { } share && inputs.CduCapacity is { } cduCapacity)
            {
                Add(PlanSection.Cooling, D("cooling.heatToLiquid", "heat to liquid", "MW", PlanFormulas.HeatToLiquid, [it, share],
                    v => CoolingCalculator.SplitHeat(Power.FromMegawatts(v[0]), Ratio.FromPercent(v[1])).ToLiquid.Megawatts));
                Add(PlanSection.Cooling, D("cooling.heatToAir", "heat to air", "MW", PlanFormulas.HeatToAir, [it, share],
                    v => CoolingCalculator.SplitHeat(Power.FromMegawatts(v[0]), Ratio.FromPercent(v[1])).ToAir.Megawatts));
                Add(PlanSection.Cooling, D("cooling.coolantFlow", "coolant flow", "L/min", PlanFormulas.CoolantFlow, [it, share, inputs.CoolantDensity!, inputs.CoolantSpecificHeat!, inputs.TemperatureRise!],
                    v => CoolingCalculator.CoolantFlow(
                        CoolingCalculator.SplitHeat(Power.FromMegawatts(v[0]), Ratio.FromPercent(v[1])).ToLiquid,
                        new Coolant(inputs.Coolant!.Name, Density.FromKilogramsPerCubicMeter(v[2]), SpecificHeatCapacity.FromKilojoulesPerKilogramKelvin(v[3])),
                        TemperatureDelta.FromKelvins(v[4])).LitersPerMinute));
                Add(PlanSection.Cooling, D("cooling.cdus", "CDUs", string.Empty, PlanFormulas.Cdus, [it, share, cduCapacity, inputs.RedundantCdus!],
                    v => CoolingCalculator.Calculate(new LiquidCoolingInput
                    {
                        Heat = Power.FromMegawatts(v[0]),
                        LiquidShare = Ratio.FromPercent(v[1]),
                        Coolant = inputs.Coolant!,
                        TemperatureRise = TemperatureDelta.FromKelvins(inputs.TemperatureRise!.Min),
                        CduCapacity = Power.FromKilowatts(v[2]),
                        RedundantCdus = Int(v[3], "redundant CDUs", inputs.RedundantCdus),
                    }).TotalCdus));
            }

            // Compute.
            foreach (var rating in inputs.Ratings)
            {
                var name = PlanInputs.Json(rating.Precision) + (rating.Sparsity == Chips.Sparsity.Unspecified ? string.Empty : "." + PlanInputs.Json(rating.Sparsity));
                var label = $"peak {PlanInputs.Json(rating.Precision)} compute" + rating.Sparsity switch
                {
                    Chips.Sparsity.Dense => " (dense)",
                    Chips.Sparsity.Sparse => " (sparse)",
                    _ => " (dense or sparse not stated)",
                };
                Add(PlanSection.Compute, D("compute." + name, label, "EFLOPS", PlanFormulas.PeakCompute, [accelerators, rating.PerAccelerator], v => v[0] * v[1] / 1000));
            }

            // Serving.
            var parameters = inputs.Parameters!;
            var bytes = inputs.BytesPerParameter!;
            var batch = inputs.Batch!;
            var kv = inputs.KvCache!;
            var replicaSize = Add(PlanSection.Serving, inputs.AcceleratorsPerReplica ?? D("serving.acceleratorsPerReplica", "accelerators per model replica", string.Empty, PlanFormulas.ReplicaSize,
                [inputs.TotalParameters!, bytes, batch, kv, inputs.MemoryCapacity!],
                v => Math.Max(1, Math.Ceiling((((v[0] * v[1]) + (v[2] * Information.FromGigabytes(v[3]).Bytes)) / Information.FromGigabytes(v[4]).Bytes) - 1e-9))));
            var replicas = Add(PlanSection.Serving, D("serving.replicas", "model replicas", string.Empty, PlanFormulas.Replicas, [accelerators, replicaSize], v => Math.Floor((v[0] / v[1]) + 1e-9)));
            if (replicas.Min < 1)
            {
                throw Problem(inputs.AcceleratorsPerReplica is null ? "/serving/parameters" : "/serving/acceleratorsPerReplica",
                    $"The cluster has {accelerators.FormatValue()} accelerators, fewer than one replica of the model needs ({replicaSize.FormatValue()}).");
            }

            var decode = Add(PlanSection.Serving, D("serving.decodeTokensPerSecond", "decode tokens/s (memory-bandwidth bound)", "tokens/s", PlanFormulas.Decode,
                [replicas, replicaSize, inputs.MemoryBandwidth!, parameters, bytes, batch, kv],
                v => v[0] * ServingThroughput.Decode(new DecodeInput
                {
                    Parameters = v[3],
                    BytesPerParameter = Information.FromBytes(v[4]),
                    MemoryBandwidth = BitRate.FromTerabytesPerSecond(v[1] * v[2]),
                    KvCacheBytesPerSequence = Information.FromGigabytes(v[6]),
                    BatchSize = Int(v[5], "batch", batch),
                }).Total.TokensPerSecond));
            var prefill = Add(PlanSection.Serving, D("serving.prefillTokensPerSecond", "prefill tokens/s (compute bound)", "tokens/s", PlanFormulas.Prefill,
                [replicas, replicaSize, inputs.PrefillRating!.PerAccelerator, inputs.PrefillUtilisation!, parameters],
                v => ServingThroughput.Prefill(v[4], ComputeThroughput.FromPetaoperationsPerSecond(v[0] * v[1] * v[2]), Ratio.FromPercent(v[3])).Throughput.TokensPerSecond));
            var tokens = Add(PlanSection.Serving, D("tokensPerSecond", "tokens/s (prefill and decode mixed)", "tokens/s", PlanFormulas.TokensPerSecond, [prefill, decode, inputs.PrefillShare!],
                v => 1 / ((v[2] / 100 / v[0]) + ((1 - (v[2] / 100)) / v[1]))));

            // Economics inputs, needed by tokens per day too.
            var utilisation = inputs.Utilisation!;
            var currency = inputs.Currency.ToString();
            var notGiven = "not given in the plan: counted as zero";
            PlanFigure Category(string id, string label, PlanFigure count, PlanFigure? price, string pointer) => price is null
                ? Default(id, label, 0, currency, "0", pointer, notGiven)
                : D(id, label, currency, PlanFormulas.CapexCategory, [count, price], v => v[0] * v[1]);

            var capexRacks = Add(PlanSection.Economics, inputs.CapexPerRack is { } perRackCapex
                ? D("capex.racks", "capex: racks", currency, PlanFormulas.CapexCategory, [racks, perRackCapex], v => v[0] * v[1])
                : D("capex.racks", "capex: racks", currency, PlanFormulas.CapexCategory, [accelerators, inputs.CapexPerAccelerator!], v => v[0] * v[1]));
            var capexSwitches = Add(PlanSection.Economics, Category("capex.switches", "capex: fabric switches", switches, fabric is null ? null : inputs.CapexPerSwitch, "/economics/capexPerSwitch"));
            var capexTransceivers = Add(PlanSection.Economics, Category("capex.transceivers", "capex: transceivers", pluggable, fabric is null ? null : inputs.CapexPerTransceiver, "/economics/capexPerTransceiver"));
            var capexFacility = Add(PlanSection.Economics, inputs.FacilityCapexPerMegawatt is { } perMw
                ? D("capex.facility", "capex: facility", currency, PlanFormulas.FacilityCapex, [it, perMw], v => v[0] * v[1])
                : Default("capex.facility", "capex: facility", 0, currency, "0", "/economics/facilityCapexPerMegawatt", notGiven));
            var capexIt = Add(PlanSection.Economics, D("capex.it", "capex: IT (racks, switches, transceivers)", currency, PlanFormulas.Sum("capex.it", "IT capex = racks + switches + transceivers", 3),
                [capexRacks, capexSwitches, capexTransceivers], v => v.Sum()));
            Add(PlanSection.Economics, D("capex", "capex", currency, PlanFormulas.Sum("capex", "capex = IT capex + facility capex", 2), [capexIt, capexFacility], v => v.Sum()));

            var cost = new CostInputs(inputs.Currency, capexIt, inputs.Depreciation!, capexFacility, inputs.FacilityDepreciation!, facilityPower, inputs.ElectricityPrice!, tokens, utilisation);
            Add(PlanSection.Serving, D("tokensPerDay", "tokens/day (at the utilisation)", "tokens/day", PlanFormulas.TokensPerDay, [tokens, utilisation],
                v => cost.Evaluate(tokensPerSecond: v[0], utilisation: v[1]).TokensPerHour * 24));
            Add(PlanSection.Serving, D("joulesPerToken", "energy per token (facility)", "J", PlanFormulas.JoulesPerToken, [facilityPower, tokens],
                v => ServingThroughput.EnergyPerToken(TokenThroughput.FromTokensPerSecond(v[1]), Power.FromMegawatts(v[0])).Joules));
            Add(PlanSection.Serving, D("tokensPerSecondPerMegawatt", "tokens/s per MW of facility power", "tokens/s/MW", PlanFormulas.TokensPerMegawatt, [tokens, facilityPower],
                v => ServingThroughput.PerMegawatt(TokenThroughput.FromTokensPerSecond(v[0]), Power.FromMegawatts(v[1])).TokensPerSecond));

            var hours = Default("hoursPerYear", "hours per year", 8760, "h", "8,760 h", "/economics", "a year of 365 days");
            Add(PlanSection.Economics, D("energyCostPerYear", "energy cost per year", currency, PlanFormulas.EnergyCostPerYear, [facilityPower, inputs.ElectricityPrice!, hours],
                v => (double)cost.Evaluate(facilityMegawatts: v[0], price: v[1]).EnergyCostPerHour * v[2]));
            var capexPerMillion = Add(PlanSection.Economics, D("capexPerMillionTokens", "capex per million tokens", currency, PlanFormulas.CapexPerMillionTokens,
                [capexIt, inputs.Depreciation!, capexFacility, inputs.FacilityDepreciation!, tokens, utilisation],
                v => (double)cost.Evaluate(itCapex: v[0], itDays: v[1], facilityCapex: v[2], facilityDays: v[3], tokensPerSecond: v[4], utilisation: v[5]).CapexPerMillion));
            var energyPerMillion = Add(PlanSection.Economics, D("energyCostPerMillionTokens", "energy cost per million tokens", currency, PlanFormulas.EnergyCostPerMillionTokens,
                [facilityPower, inputs.ElectricityPrice!, tokens, utilisation],
                v => (double)cost.Evaluate(facilityMegawatts: v[0], price: v[1], tokensPerSecond: v[2], utilisation: v[3]).EnergyPerMillion));
            Add(PlanSection.Economics, D("costPerMillionTokens", "cost per million tokens", currency, PlanFormulas.CostPerMillionTokens, [capexPerMillion, energyPerMillion],
                v => (double)(Money.Of((decimal)v[0], inputs.Currency) + Money.Of((decimal)v[1], inputs.Currency)).Amount));

            return new PlanReport(plan, inputs.RackName, inputs.AcceleratorId, _figures);
        }

        private PlanFigure RackPower()
        {
            if (inputs.RackPower is { } stated)
            {
                return stated with { Id = "rackPower", Label = $"rack IT load ({inputs.RackName})" };
            }

            var parts = inputs.RackParts;
            return D("rackPower", $"rack IT load ({inputs.RackName}, summed from parts)", "kW", PlanFormulas.RackItLoad(parts.Count), parts.SelectMany(p => new[] { p.Count, p.Power }).ToArray(),
                v => RackPowerCalculator.ItLoad(parts.Select((p, i) => new ComponentLoad(p.Category, Int(v[2 * i], "part count", p.Count), Power.FromWatts(v[(2 * i) + 1]), p.Name))).Total.Kilowatts);
        }

        private FacilityPowerResult Facility(double itMegawatts, double pue, double etaPercent) =>
            FacilityPowerCalculator.Calculate(Power.FromMegawatts(itMegawatts), Single(etaPercent), pue);

        private static Power ItLoad(int racks, double rackKilowatts, double opticsKilowatts, double switchKilowatts) =>
            RackPowerCalculator.Cluster(
                RackPowerCalculator.ItLoad(new ComponentLoad(ItLoadCategory.Other, 1, Power.FromKilowatts(rackKilowatts), "rack")),
                racks,
                new ComponentLoad(ItLoadCategory.Optics, 1, Power.FromKilowatts(opticsKilowatts), "fabric optics"),
                new ComponentLoad(ItLoadCategory.Switches, 1, Power.FromKilowatts(switchKilowatts), "fabric switches")).Total;

        // values: accelerators, NICs, radix, port rate (Gbit/s), lane rate (Gbit/s), fibres per MPO, pluggable W, co-packaged W, oversubscription.
        private FatTreeResult FatTree(double[] v)
        {
            var fabric = inputs.Fabric!;
            try
            {
                return FatTreeCalculator.Calculate(new FatTreeInput
                {
                    Endpoints = Int(v[0], "accelerators", Target),
                    NicsPerEndpoint = Int(v[1], "NICs per accelerator", inputs.NicsPerAccelerator),
                    SwitchRadix = Int(v[2], "switch radix", inputs.SwitchRadix),
                    PortRate = BitRate.FromGigabitsPerSecond(v[3]),
                    LaneRate = BitRate.FromGigabitsPerSecond(v[4]),
                    FibresPerMpo = Int(v[5], "fibres per MPO", inputs.FibresPerMpo),
                    PluggablePortPower = Power.FromWatts(v[6]),
                    CoPackagedPortPower = fabric.SwitchOptics == PlanSwitchOptics.CoPackaged ? Power.FromWatts(v[7]) : null,
                    Tiers = fabric.Tiers == PlanFabricTiers.Two ? FatTreeTiers.Two : FatTreeTiers.Three,
                    HostLinks = fabric.HostLinks == PlanHostLinks.Copper ? LinkMedium.Copper : LinkMedium.Optical,
                    SwitchOptics = fabric.SwitchOptics == PlanSwitchOptics.CoPackaged ? SwitchOptics.CoPackaged : SwitchOptics.Pluggable,
                    Oversubscription = v[8],
                });
            }
            catch (ArgumentOutOfRangeException e) when (e.ParamName == "Endpoints")
            {
                throw Problem("/fabric/tiers", "The fabric cannot join the cluster: " + Derivation.CalculatorMessage(e));
            }
        }

        // v: target, rack kW, [η, PUE or overhead], [accelerators per rack, NICs, radix, port rate, lane rate, pluggable W, co-packaged W, switch W, oversubscription].
        private double RacksForPower(double[] v, bool facility, bool overhead, bool fabric)
        {
            var target = v[0];
            var rackKilowatts = v[1];
            var at = facility ? 4 : 2;
            double Fabric(int racks)
            {
                if (!fabric || racks == 0)
                {
                    return 0;
                }

                var tree = FatTree([racks * v[at], v[at + 1], v[at + 2], v[at + 3], v[at + 4], inputs.FibresPerMpo!.Min, v[at + 5], v[at + 6], v[at + 8]]);
                return tree.OpticsPower.Kilowatts + (tree.TotalSwitches * Power.FromWatts(v[at + 7]).Kilowatts);
            }

            bool Fits(int racks)
            {
                var it = ItLoad(racks, rackKilowatts, Fabric(racks), 0).Megawatts;
                if (!facility)
                {
                    return it <= target * (1 + 1e-12);
                }

                var pue = overhead ? (100 / v[2]) + (v[3] / 100) : v[3];
                return Facility(it, pue, v[2]).FacilityPower.Megawatts <= target * (1 + 1e-12);
            }

            // The IT load grows with the racks, so the answer is the last n that fits: a binary search.
            var upper = (long)Math.Floor(Power.FromMegawatts(target).Kilowatts / rackKilowatts) + 1;
            long low = 0, high = Math.Min(upper, int.MaxValue - 1L);
            while (low < high)
            {
                var middle = (int)((low + high + 1) / 2);
                if (Fits(middle))
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return low;
        }
    }

    /// <summary>The cost formulas' inputs, evaluated through <see cref="ServingCost.PerMillionTokens"/> with any of them replaced.</summary>
    private sealed class CostInputs(Currency currency, PlanFigure baseItCapex, PlanFigure baseItDays, PlanFigure baseFacilityCapex, PlanFigure baseFacilityDays, PlanFigure facilityPower, PlanFigure basePrice, PlanFigure tokens, PlanFigure baseUtilisation)
    {
        public (decimal CapexPerMillion, decimal EnergyPerMillion, decimal EnergyCostPerHour, double TokensPerHour) Evaluate(
            double? itCapex = null, double? itDays = null, double? facilityCapex = null, double? facilityDays = null, double? facilityMegawatts = null,
            double? price = null, double? tokensPerSecond = null, double? utilisation = null)
        {
            var throughput = TokenThroughput.FromTokensPerSecond(tokensPerSecond ?? tokens.Min);
            var share = Ratio.FromPercent(utilisation ?? baseUtilisation.Min);
            var it = ServingCost.PerMillionTokens(new ServingCostInput
            {
                Capex = Money.Of((decimal)(itCapex ?? baseItCapex.Min), currency),
                DepreciationPeriod = Duration.FromDays(itDays ?? baseItDays.Min),
                Power = Power.FromMegawatts(facilityMegawatts ?? facilityPower.Min),
                ElectricityPricePerKilowattHour = Money.Of((decimal)(price ?? basePrice.Min), currency),
                Throughput = throughput,
                Utilisation = share,
            });
            var site = ServingCost.PerMillionTokens(new ServingCostInput
            {
                Capex = Money.Of((decimal)(facilityCapex ?? baseFacilityCapex.Min), currency),
                DepreciationPeriod = Duration.FromDays(facilityDays ?? baseFacilityDays.Min),
                Power = Power.Zero,
                ElectricityPricePerKilowattHour = Money.Of(0, currency),
                Throughput = throughput,
                Utilisation = share,
            });
            return ((it.CapexPerMillionTokens + site.CapexPerMillionTokens).Amount, it.EnergyCostPerMillionTokens.Amount, it.EnergyCostPerHour.Amount, it.TokensPerHour);
        }
    }
}
