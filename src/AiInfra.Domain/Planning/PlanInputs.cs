namespace AiInfra.Domain.Planning;

using System.Globalization;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Cooling;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Optics;
using AiInfra.Domain.PowerDelivery;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;
using AiInfra.Domain.Systems;
using NodaTime.Text;
using Power = AiInfra.Domain.Quantities.Power;

/// <summary>A problem of a plan that only the catalogue can reveal, at a JSON Pointer of the plan.</summary>
internal readonly record struct PlanProblem(string Pointer, string Code, string Message);

/// <summary>Where the plan's own values are: its file and the line and column of each JSON Pointer, when read from text.</summary>
internal sealed class PlanSourceMap(string? file, IReadOnlyDictionary<string, (long Line, long Column)>? positions)
{
    public static PlanSourceMap None { get; } = new(null, null);

    public string? File => file;

    public PlanProvenance At(string pointer) =>
        positions is not null && positions.TryGetValue(pointer, out var p) ? new PlanFileProvenance(pointer, file, p.Line, p.Column) : new PlanFileProvenance(pointer, file, null, null);

    /// <summary>The plan file when the value is written there (or, for a plan built in code, when it differs from the default); otherwise the default.</summary>
    public PlanProvenance ValueOrDefault(string pointer, bool equalsDefault, string defaultName, string reason) =>
        (positions is null ? !equalsDefault : positions.ContainsKey(pointer)) ? At(pointer) : new DefaultProvenance(defaultName, pointer, reason);

    public (long Line, long Column)? PositionOf(string pointer)
    {
        if (positions is null)
        {
            return null;
        }

        // A pointer not in the text (a missing property) is placed at the deepest value on its path that is.
        for (var path = pointer; ; path = path[..path.LastIndexOf('/')])
        {
            if (positions.TryGetValue(path, out var p))
            {
                return p;
            }

            if (path.Length == 0)
            {
                return null;
            }
        }
    }
}

/// <summary>A line of a rack's parts, as figures: what it is, how many and the power of one.</summary>
internal sealed record PartInput(ItLoadCategory Category, string Name, PlanFigure Count, PlanFigure Power);

/// <summary>One compute rating of the accelerator, as a figure, with its precision and sparsity.</summary>
internal sealed record RatingInput(NumericPrecision Precision, Sparsity Sparsity, PlanFigure PerAccelerator);

/// <summary>
/// A plan resolved against the catalogue: every input the formulas take, as a figure with its provenance, and the
/// problems found on the way (unknown ids, missing catalogue figures). One place for both the validator's rules and
/// the planner, so the two never disagree on what a plan means.
/// </summary>
internal sealed class PlanInputs
{
    private const string Schema = "ClusterPlan schema";

    private PlanInputs()
    {
    }

    public List<PlanProblem> Problems { get; } = [];

    public string RackName { get; private set; } = string.Empty;

    public string AcceleratorId { get; private set; } = string.Empty;

    public Accelerator? Accelerator { get; private set; }

    public PlanFigure? AcceleratorsPerRack { get; private set; }

    /// <summary>The rack's IT power when stated (by the plan or the catalogue); null when summed from <see cref="RackParts"/>.</summary>
    public PlanFigure? RackPower { get; private set; }

    public List<PartInput> RackParts { get; } = [];

    public PlanFigure? TargetAccelerators { get; private set; }

    public PlanFigure? TargetItPower { get; private set; }

    public PlanFigure? TargetFacilityPower { get; private set; }

    public string ChainName { get; private set; } = string.Empty;

    public List<(string Name, PlanFigure Efficiency)> Stages { get; } = [];

    public PlanFigure? Pue { get; private set; }

    public PlanFigure? CoolingOverhead { get; private set; }

    // Cooling (null when the plan has none).
    public PlanFigure? LiquidShare { get; private set; }

    public Coolant? Coolant { get; private set; }

    public PlanFigure? CoolantDensity { get; private set; }

    public PlanFigure? CoolantSpecificHeat { get; private set; }

    public PlanFigure? TemperatureRise { get; private set; }

    public PlanFigure? CduCapacity { get; private set; }

    public PlanFigure? RedundantCdus { get; private set; }

    // Fabric (null when the plan has none).
    public PlanFabric? Fabric { get; private set; }

    public PlanFigure? SwitchRadix { get; private set; }

    public PlanFigure? PortRate { get; private set; }

    public PlanFigure? LaneRate { get; private set; }

    public PlanFigure? NicsPerAccelerator { get; private set; }

    public PlanFigure? Oversubscription { get; private set; }

    public PlanFigure? FibresPerMpo { get; private set; }

    public PlanFigure? PluggablePortPower { get; private set; }

    public PlanFigure? CoPackagedPortPower { get; private set; }

    public PlanFigure? SwitchPower { get; private set; }

    // Economics.
    public Currency Currency { get; private set; }

    public PlanFigure? CapexPerRack { get; private set; }

    public PlanFigure? CapexPerAccelerator { get; private set; }

    public PlanFigure? CapexPerSwitch { get; private set; }

    public PlanFigure? CapexPerTransceiver { get; private set; }

    public PlanFigure? FacilityCapexPerMegawatt { get; private set; }

    public PlanFigure? Depreciation { get; private set; }

    public PlanFigure? FacilityDepreciation { get; private set; }

    public PlanFigure? ElectricityPrice { get; private set; }

    public PlanFigure? Utilisation { get; private set; }

    // Serving.
    public string ModelName { get; private set; } = string.Empty;

    public PlanFigure? Parameters { get; private set; }

    public PlanFigure? TotalParameters { get; private set; }

    public PlanFigure? BytesPerParameter { get; private set; }

    public PlanFigure? KvCache { get; private set; }

    public PlanFigure? Batch { get; private set; }

    public PlanFigure? AcceleratorsPerReplica { get; private set; }

    public PlanFigure? PrefillShare { get; private set; }

    public PlanFigure? PrefillUtilisation { get; private set; }

    public PlanFigure? MemoryBandwidth { get; private set; }

    public PlanFigure? MemoryCapacity { get; private set; }

    public RatingInput? PrefillRating { get; private set; }

    public List<RatingInput> Ratings { get; } = [];

    /// <summary>Resolves a plan; <see cref="Problems"/> lists what stops it from being planned.</summary>
    public static PlanInputs Resolve(ClusterPlan plan, PlanSourceMap map)
    {
        var inputs = new PlanInputs();
        inputs.ResolveTarget(plan.Target, map);
        inputs.ResolveRack(plan.Rack, map);
        inputs.ResolvePower(plan.Power, map);
        if (plan.Cooling is { } cooling)
        {
            inputs.ResolveCooling(cooling, map);
        }

        if (plan.Fabric is { } fabric)
        {
            inputs.ResolveFabric(fabric, map);
        }

        inputs.ResolveEconomics(plan.Economics, map);
        inputs.ResolveServing(plan.Serving, map);
        return inputs;
    }

    // ---- leaves ----

    internal static PlanFigure Leaf(string id, string label, double value, string unit, PlanProvenance source) =>
        new(id, label, value, value, unit, FigureBound.Exact, false, null, [], source);

    internal static PlanFigure FromCatalog<T>(string id, string label, Figure<T> figure, Func<T, double> convert, string unit, string catalog, string entry, string property)
        where T : struct
    {
        var min = convert(figure.Value);
        var max = figure.Maximum is { } maximum ? convert(maximum) : min;
        // A range whose ends convert to one number is that number: exact, or about it when the source said about.
        var bound = figure.IsRange && min == max ? (figure.Bound == FigureBound.Range ? FigureBound.Exact : FigureBound.Approximate) : figure.Bound;
        return new(id, label, Math.Min(min, max), Math.Max(min, max), unit, bound, figure.IsForecast, null, [],
            new CatalogProvenance(catalog, entry, property, figure.Source, figure.Line, figure.Bound, figure.IsForecast));
    }

    private void Problem(string pointer, string code, string message) => Problems.Add(new PlanProblem(pointer, code, message));

    private static string Ids<T>(IEnumerable<T> entries, Func<T, string> id, string kind)
    {
        var list = entries.Select(id).ToList();
        return list.Count <= 16
            ? $"The catalogue's {kind}: {string.Join(", ", list)}."
            : $"'aiinfra catalog list' lists the catalogue's {list.Count} {kind}.";
    }

    private void Unknown(string pointer, string kind, string id, string known) =>
        Problem(pointer, ErrorCodes.RuleViolation, $"No {kind} in the catalogue has the id '{id}'. {known}");

    // ---- sections ----

    private void ResolveTarget(PlanTarget target, PlanSourceMap map)
    {
        if (target.Accelerators is { } n)
        {
            TargetAccelerators = Leaf("target.accelerators", "target accelerators", n, string.Empty, map.At("/target/accelerators"));
        }

        if (target.ItPower is { } it)
        {
            TargetItPower = Leaf("target.itPower", "target IT power", it.Megawatts, "MW", map.At("/target/itPower"));
        }

        if (target.FacilityPower is { } facility)
        {
            TargetFacilityPower = Leaf("target.facilityPower", "target facility power", facility.Megawatts, "MW", map.At("/target/facilityPower"));
        }
    }

    private void ResolveRack(PlanRack rack, PlanSourceMap map)
    {
        Rack? entry = null;
        if (rack.CatalogId is { } rackId)
        {
            if (!Catalog.Racks.TryGet(rackId, out entry))
            {
                Unknown("/rack/catalogId", "rack", rackId, Ids(Catalog.Racks.All, r => r.Id, "racks"));
                return;
            }
        }
        else if (rack.Accelerator is null || rack.Accelerators is null)
        {
            Problem("/rack", ErrorCodes.RuleViolation,
                "An inline rack needs accelerator (a catalogue accelerator id) and accelerators (how many per rack); or name a catalogue rack with catalogId.");
        }

        RackName = rack.Name ?? entry?.Name ?? rack.Accelerator ?? "rack";
        var acceleratorId = rack.Accelerator ?? entry?.Accelerator;
        if (acceleratorId is null)
        {
            if (entry is not null)
            {
                Problem("/rack/accelerator", ErrorCodes.RuleViolation,
                    $"The catalogue rack '{entry.Id}' names no accelerator; give accelerator (a catalogue accelerator id).");
            }

            return;
        }

        AcceleratorId = acceleratorId;
        if (!Catalog.Accelerators.TryGet(acceleratorId, out var accelerator))
        {
            Unknown(rack.Accelerator is null ? "/rack/catalogId" : "/rack/accelerator", "accelerator", acceleratorId, Ids(Catalog.Accelerators.All, a => a.Id, "accelerators"));
            return;
        }

        Accelerator = accelerator;
        if (rack.Accelerators is { } count)
        {
            AcceleratorsPerRack = Leaf("rack.accelerators", "accelerators per rack", count, string.Empty, map.At("/rack/accelerators"));
        }
        else if (entry?.AcceleratorPackages is { } packages)
        {
            AcceleratorsPerRack = FromCatalog("rack.accelerators", "accelerators per rack", packages, p => p, string.Empty, "Rack", entry.Id, "/acceleratorPackages");
        }
        else if (entry is not null)
        {
            Problem("/rack/accelerators", ErrorCodes.RuleViolation,
                $"The catalogue rack '{entry.Id}' gives no acceleratorPackages; give accelerators (how many per rack).");
            return;
        }

        if (AcceleratorsPerRack is { Min: < 1 })
        {
            Problem(rack.Accelerators is null ? "/rack/catalogId" : "/rack/accelerators", ErrorCodes.RuleViolation, "A rack needs at least one accelerator.");
        }

        if (rack.Power is { } power)
        {
            if (power.Watts <= 0)
            {
                Problem("/rack/power", ErrorCodes.RuleViolation, $"A rack's power must be above 0 W; it was {power}.");
            }

            RackPower = Leaf("rack.power", "rack IT power", power.Kilowatts, "kW", map.At("/rack/power"));
            return;
        }

        if (entry?.RackPower is { } rackPower)
        {
            RackPower = FromCatalog("rack.power", "rack IT power", rackPower, p => p.Kilowatts, "kW", "Rack", entry.Id, "/rackPower");
            return;
        }

        if (accelerator.Tdp is not { } tdp)
        {
            Problem("/rack/power", ErrorCodes.RuleViolation,
                $"The rack has no power figure: the plan gives no rack power, {(entry is null ? "it names no catalogue rack" : $"the catalogue rack '{entry.Id}' has no rackPower")}, " +
                $"and the accelerator '{accelerator.Id}' has no TDP to sum from. Give power (the IT power of one rack).");
            return;
        }

        if (AcceleratorsPerRack is { } perRack)
        {
            RackParts.Add(new PartInput(ItLoadCategory.Accelerators, accelerator.Name, perRack,
                FromCatalog("accelerator.tdp", accelerator.Name + " TDP", tdp, p => p.Watts, "W", "Accelerator", accelerator.Id, "/tdp")));
        }

        for (var i = 0; i < rack.Parts.Count; i++)
        {
            var part = rack.Parts[i];
            var at = "/rack/parts/" + i.ToString(CultureInfo.InvariantCulture);
            var name = part.Name ?? part.Category.ToString();
            RackParts.Add(new PartInput(
                Category(part.Category),
                name,
                Leaf($"rack.parts.{i}.count", name + " per rack", part.Count, string.Empty, map.At(at + "/count")),
                Leaf($"rack.parts.{i}.power", name + " power each", part.Power.Watts, "W", map.At(at + "/power"))));
        }
    }

    private static ItLoadCategory Category(PlanPartCategory category) => category switch
    {
        PlanPartCategory.Accelerators => ItLoadCategory.Accelerators,
        PlanPartCategory.Cpus => ItLoadCategory.Cpus,
        PlanPartCategory.Switches => ItLoadCategory.Switches,
        PlanPartCategory.Nics => ItLoadCategory.Nics,
        PlanPartCategory.Optics => ItLoadCategory.Optics,
        PlanPartCategory.FansAndPumps => ItLoadCategory.FansAndPumps,
        _ => ItLoadCategory.Other,
    };

    private void ResolvePower(PlanPower power, PlanSourceMap map)
    {
        if ((power.Architecture is null) == (power.Stages.Count == 0))
        {
            Problem(power.Architecture is null ? "/power" : "/power/stages", ErrorCodes.RuleViolation,
                "The power chain needs exactly one of architecture (a catalogue power architecture id) and stages; " + (power.Architecture is null ? "neither is given." : "both are given."));
        }
        else if (power.Architecture is { } id)
        {
            if (!Catalog.PowerArchitectures.TryGet(id, out var architecture))
            {
                Unknown("/power/architecture", "power architecture", id, Ids(Catalog.PowerArchitectures.All, a => a.Id, "power architectures"));
            }
            else if (architecture.SystemEfficiency is not { } efficiency)
            {
                Problem("/power/architecture", ErrorCodes.RuleViolation,
                    $"The catalogue power architecture '{id}' has no systemEfficiency; give the chain as stages instead.");
            }
            else
            {
                ChainName = architecture.Name;
                Stages.Add((architecture.Name, FromCatalog("power.stages.0.efficiency", architecture.Name + " efficiency", efficiency, e => e.Percent, "%", "PowerArchitecture", id, "/systemEfficiency")));
            }
        }
        else
        {
            ChainName = string.Join(" + ", power.Stages.Select(s => s.Name));
            for (var i = 0; i < power.Stages.Count; i++)
            {
                var stage = power.Stages[i];
                var at = "/power/stages/" + i.ToString(CultureInfo.InvariantCulture) + "/efficiency";
                if (stage.Efficiency.DecimalFractions <= 0)
                {
                    Problem(at, ErrorCodes.RuleViolation, $"A stage's efficiency must be above 0 %; it was {stage.Efficiency}.");
                }

                Stages.Add((stage.Name, Leaf($"power.stages.{i}.efficiency", stage.Name + " efficiency", stage.Efficiency.Percent, "%", map.At(at))));
            }
        }

        if ((power.Pue is null) == (power.CoolingOverhead is null))
        {
            Problem(power.Pue is null ? "/power" : "/power/coolingOverhead", ErrorCodes.RuleViolation,
                "The facility overhead needs exactly one of pue and coolingOverhead; " + (power.Pue is null ? "neither is given." : "both are given."));
        }
        else if (power.Pue is { } pue)
        {
            Pue = Leaf("pue", "PUE", pue, string.Empty, map.At("/power/pue"));
            var lowest = Stages.Count == 0 ? 1 : Stages.Aggregate(1.0, (p, s) => p * s.Efficiency.Min / 100);
            if (lowest > 0 && pue < 1 / lowest)
            {
                Problem("/power/pue", ErrorCodes.RuleViolation,
                    $"pue must be at least {1 / lowest:R} (1 / the chain's efficiency {lowest * 100:R} %, since PUE includes the chain's loss); it was {pue:R}.");
            }
        }
        else if (power.CoolingOverhead is { } overhead)
        {
            CoolingOverhead = Leaf("power.coolingOverhead", "cooling and other overhead (share of IT power)", overhead.Percent, "%", map.At("/power/coolingOverhead"));
        }
    }

    private void ResolveCooling(PlanCooling cooling, PlanSourceMap map)
    {
        LiquidShare = Leaf("cooling.liquidShare", "liquid share of heat", cooling.LiquidShare.Percent, "%", map.At("/cooling/liquidShare"));
        Coolant = Cooling.Coolant.Water;
        var coolant = map.ValueOrDefault("/cooling/coolant", cooling.Coolant == PlanCoolant.Water, "water", Schema + ": Coolant.Water, textbook values near 25 °C (docs/calculators.md §3)");
        CoolantDensity = Leaf("coolant.density", "coolant density (water)", Coolant.Density.KilogramsPerCubicMeter, "kg/m³", coolant);
        CoolantSpecificHeat = Leaf("coolant.specificHeat", "coolant specific heat (water)", Coolant.SpecificHeatCapacity.KilojoulesPerKilogramKelvin, "kJ/(kg·K)", coolant);
        if (cooling.TemperatureRise.Kelvins <= 0)
        {
            Problem("/cooling/temperatureRise", ErrorCodes.RuleViolation, $"The temperature rise must be above 0 K; it was {cooling.TemperatureRise}.");
        }

        TemperatureRise = Leaf("cooling.temperatureRise", "coolant temperature rise", cooling.TemperatureRise.Kelvins, "K", map.At("/cooling/temperatureRise"));
        RedundantCdus = Leaf("cooling.redundantCdus", "redundant CDUs", cooling.RedundantCdus, string.Empty,
            map.ValueOrDefault("/cooling/redundantCdus", cooling.RedundantCdus == 0, "0", Schema));
        Cdu? cdu = null;
        if (cooling.Cdu is { } cduId && !Catalog.Cdus.TryGet(cduId, out cdu))
        {
            Unknown("/cooling/cdu", "CDU", cduId, Ids(Catalog.Cdus.All, c => c.Id, "CDUs"));
            return;
        }

        if (cooling.CduCapacity is { } capacity)
        {
            if (capacity.Watts <= 0)
            {
                Problem("/cooling/cduCapacity", ErrorCodes.RuleViolation, $"A CDU's capacity must be above 0 W; it was {capacity}.");
            }

            CduCapacity = Leaf("cooling.cduCapacity", "CDU capacity", capacity.Kilowatts, "kW", map.At("/cooling/cduCapacity"));
        }
        else if (cdu?.CoolingCapacity is { } catalogCapacity)
        {
            CduCapacity = FromCatalog("cooling.cduCapacity", "CDU capacity", catalogCapacity, p => p.Kilowatts, "kW", "Cdu", cdu.Id, "/coolingCapacity");
        }
        else
        {
            Problem("/cooling/cduCapacity", ErrorCodes.RuleViolation, cdu is null
                ? "Cooling needs cduCapacity (the heat one CDU moves) or cdu (a catalogue CDU with a coolingCapacity)."
                : $"The catalogue CDU '{cdu.Id}' has no coolingCapacity; give cduCapacity.");
        }
    }

    private void ResolveFabric(PlanFabric fabric, PlanSourceMap map)
    {
        Fabric = fabric;
        OpticalModule? module = null;
        if (fabric.OpticalModule is { } moduleId && !Catalog.OpticalModules.TryGet(moduleId, out module))
        {
            Unknown("/fabric/opticalModule", "optical module", moduleId, Ids(Catalog.OpticalModules.All, m => m.Id, "optical modules"));
        }

        if (fabric.PortRate is { } rate)
        {
            PortRate = Leaf("fabric.portRate", "port rate", rate.GigabitsPerSecond, "Gbit/s", map.At("/fabric/portRate"));
        }
        else if (module?.Rate is { } moduleRate)
        {
            PortRate = FromCatalog("fabric.portRate", "port rate", moduleRate, r => r.GigabitsPerSecond, "Gbit/s", "OpticalModule", module.Id, "/rate");
        }
        else if (fabric.OpticalModule is null || module is not null)
        {
            Problem("/fabric/portRate", ErrorCodes.RuleViolation, module is null
                ? "The fabric needs portRate, or opticalModule (a catalogue optical module with a rate)."
                : $"The catalogue optical module '{module.Id}' has no rate; give portRate.");
        }

        if (PortRate is { Min: <= 0 })
        {
            Problem("/fabric/portRate", ErrorCodes.RuleViolation, "The port rate must be above 0 bit/s.");
        }

        SwitchAsic? asic = null;
        if (fabric.SwitchAsic is { } asicId && !Catalog.SwitchAsics.TryGet(asicId, out asic))
        {
            Unknown("/fabric/switchAsic", "switch", asicId, Ids(Catalog.SwitchAsics.All, s => s.Id, "switches"));
        }

        if (fabric.SwitchRadix is { } radix)
        {
            SwitchRadix = Leaf("fabric.switchRadix", "switch radix (ports)", radix, string.Empty, map.At("/fabric/switchRadix"));
        }
        else if (asic?.Ports is { } ports)
        {
            SwitchRadix = FromCatalog("fabric.switchRadix", "switch radix (ports)", ports, p => p, string.Empty, "SwitchAsic", asic.Id, "/ports");
        }
        else if (asic?.Capacity is { } capacity && PortRate is { } portRate && portRate.Min > 0)
        {
            var capacityFigure = FromCatalog("switch.capacity", asic.Name + " capacity", capacity, c => c.GigabitsPerSecond, "Gbit/s", "SwitchAsic", asic.Id, "/capacity");
            SwitchRadix = Derivation.Derive("fabric.switchRadix", "switch radix (ports)", string.Empty, PlanFormulas.SwitchRadix, [capacityFigure, portRate],
                v => Math.Floor((v[0] / v[1]) + 1e-9));
        }
        else if (fabric.SwitchAsic is null || asic is not null)
        {
            Problem("/fabric/switchRadix", ErrorCodes.RuleViolation, asic is null
                ? "The fabric needs switchRadix, or switchAsic (a catalogue switch with ports or a capacity)."
                : $"The catalogue switch '{asic.Id}' gives neither ports nor capacity; give switchRadix.");
        }

        if (SwitchRadix is { } k && (k.IsRange || k.Min < 2 || k.Min > FatTreeCalculator.MaxRadix || k.Min % 2 != 0))
        {
            Problem(fabric.SwitchRadix is null ? "/fabric/switchAsic" : "/fabric/switchRadix", ErrorCodes.RuleViolation,
                $"The switch radix must be one even number of ports from 2 to {FatTreeCalculator.MaxRadix}; it is {k.FormatValue()}.");
        }

        var lane = fabric.LaneRate ?? BitRate.FromGigabitsPerSecond(100);
        LaneRate = Leaf("fabric.laneRate", "optical lane rate", lane.GigabitsPerSecond, "Gbit/s",
            map.ValueOrDefault("/fabric/laneRate", fabric.LaneRate is null, "100 Gbit/s", Schema + ": 100G lanes, as the 800G and 1.6T modules of docs/calculators.md §4"));
        if (lane.BitsPerSecond <= 0)
        {
            Problem("/fabric/laneRate", ErrorCodes.RuleViolation, "The lane rate must be above 0 bit/s.");
        }
        else if (PortRate is { } p && !p.IsRange && (p.Min / lane.GigabitsPerSecond is var lanes && (lanes < 1 || Math.Abs(lanes - Math.Round(lanes)) > 1e-9 * lanes)))
        {
            Problem(fabric.LaneRate is null ? "/fabric" : "/fabric/laneRate", ErrorCodes.RuleViolation,
                $"The port rate ({PlanFigure.Number(p.Min)} Gbit/s) must be a whole number of lanes of {PlanFigure.Number(lane.GigabitsPerSecond)} Gbit/s; set laneRate.");
        }

        NicsPerAccelerator = Leaf("fabric.nicsPerAccelerator", "scale-out NICs per accelerator", fabric.NicsPerAccelerator, string.Empty,
            map.ValueOrDefault("/fabric/nicsPerAccelerator", fabric.NicsPerAccelerator == 1, "1", Schema));
        Oversubscription = Leaf("fabric.oversubscription", "leaf oversubscription (n for n:1)", fabric.Oversubscription, string.Empty,
            map.ValueOrDefault("/fabric/oversubscription", fabric.Oversubscription == 1, "1 (non-blocking)", Schema));
        FibresPerMpo = Leaf("fabric.fibresPerMpo", "fibres per MPO connector", fabric.FibresPerMpo, string.Empty,
            map.ValueOrDefault("/fabric/fibresPerMpo", fabric.FibresPerMpo == 16, "16 (MPO-16)", Schema));
        PluggablePortPower = Leaf("fabric.pluggablePortPower", "pluggable transceiver power", fabric.PluggablePortPower.Watts, "W", map.At("/fabric/pluggablePortPower"));
        if (fabric.SwitchOptics == PlanSwitchOptics.CoPackaged)
        {
            if (fabric.CoPackagedPortPower is { } cpo)
            {
                CoPackagedPortPower = Leaf("fabric.coPackagedPortPower", "co-packaged port power", cpo.Watts, "W", map.At("/fabric/coPackagedPortPower"));
            }
            else
            {
                Problem("/fabric/coPackagedPortPower", ErrorCodes.RuleViolation, "Co-packaged switch optics need coPackagedPortPower (the power of one co-packaged optical port).");
            }

            if (fabric.HostLinks == PlanHostLinks.Copper)
            {
                Problem("/fabric/hostLinks", ErrorCodes.RuleViolation,
                    "Host links must be optical when the switches' optics are co-packaged: a co-packaged switch's ports are all optical.");
            }
        }

        SwitchPower = Leaf("fabric.switchPower", "switch power (without pluggable optics)", fabric.SwitchPower.Watts, "W",
            map.ValueOrDefault("/fabric/switchPower", fabric.SwitchPower.Watts == 0, "0 W", Schema + ": the catalogue has no switch power, so switches add none unless the plan says"));
    }

    private void ResolveEconomics(PlanEconomics economics, PlanSourceMap map)
    {
        if ((economics.CapexPerRack is null) == (economics.CapexPerAccelerator is null))
        {
            Problem(economics.CapexPerRack is null ? "/economics" : "/economics/capexPerAccelerator", ErrorCodes.RuleViolation,
                "Economics needs exactly one of capexPerRack and capexPerAccelerator; " + (economics.CapexPerRack is null ? "neither is given." : "both are given."));
        }

        Currency = economics.ElectricityPrice.Amount.Currency;
        CapexPerRack = Money(economics.CapexPerRack, "/economics/capexPerRack", "economics.capexPerRack", "capex per rack", map);
        CapexPerAccelerator = Money(economics.CapexPerAccelerator, "/economics/capexPerAccelerator", "economics.capexPerAccelerator", "capex per accelerator", map);
        CapexPerSwitch = Money(economics.CapexPerSwitch, "/economics/capexPerSwitch", "economics.capexPerSwitch", "capex per switch", map);
        CapexPerTransceiver = Money(economics.CapexPerTransceiver, "/economics/capexPerTransceiver", "economics.capexPerTransceiver", "capex per transceiver", map);
        FacilityCapexPerMegawatt = Money(economics.FacilityCapexPerMegawatt, "/economics/facilityCapexPerMegawatt", "economics.facilityCapexPerMegawatt", "facility capex per MW of IT power", map);
        // The formulas take the price of one kWh; a price written per MWh (or any unit of energy) is converted exactly.
        ElectricityPrice = PricePerKilowattHour(economics.ElectricityPrice) is { } perKilowattHour
            ? Money(perKilowattHour, "/economics/electricityPrice", "economics.electricityPrice", "electricity price per kWh", map)
            : null;
        if (economics.Utilisation.DecimalFractions <= 0)
        {
            Problem("/economics/utilisation", ErrorCodes.RuleViolation, $"Utilisation must be above 0 %: a cluster that never serves makes no tokens to charge; it was {economics.Utilisation}.");
        }

        Utilisation = Leaf("economics.utilisation", "utilisation", economics.Utilisation.Percent, "%", map.At("/economics/utilisation"));
        Depreciation = Period(economics.Depreciation, economics.DepreciationStart, "/economics/depreciation", "economics.depreciation", "IT depreciation period", map.At("/economics/depreciation"));
        var facility = economics.FacilityDepreciation ?? economics.Depreciation;
        FacilityDepreciation = Period(facility, economics.DepreciationStart, "/economics/facilityDepreciation", "economics.facilityDepreciation", "facility depreciation period",
            economics.FacilityDepreciation is null ? new DefaultProvenance("the IT depreciation period", "/economics/facilityDepreciation", Schema) : map.At("/economics/facilityDepreciation"));
    }

    /// <summary>The price of one kWh; null, with the problem recorded, when it is beyond what a decimal holds (a large price per joule).</summary>
    private Money? PricePerKilowattHour(UnitPrice<Energy, EnergyUnit> price)
    {
        try
        {
            return price.ToUnit(EnergyUnit.KilowattHour).Amount;
        }
        catch (OverflowException)
        {
            Problem("/economics/electricityPrice", ErrorCodes.RuleViolation, $"The electricity price {price} is beyond what a price per kWh can hold (a decimal amount, up to about 7.9e28).");
            return null;
        }
    }

    private PlanFigure? Money(Money? money, string pointer, string id, string label, PlanSourceMap map)
    {
        if (money is not { } amount)
        {
            return null;
        }

        if (amount.Currency != Currency)
        {
            Problem(pointer, ErrorCodes.RuleViolation,
                $"Every amount of the plan must be in one currency, the electricity price's ({Currency}); this one is in {amount.Currency}. The library never exchanges currencies.");
        }

        if (amount.Amount < 0)
        {
            Problem(pointer, ErrorCodes.RuleViolation, $"{label} must be 0 or more; it was {amount}.");
        }

        return Leaf(id, label, (double)amount.Amount, amount.Currency.ToString(), map.At(pointer));
    }

    private PlanFigure? Period(NodaTime.Period period, NodaTime.LocalDate start, string pointer, string id, string label, PlanProvenance source)
    {
        // The property's own checks (Validate) refuse a period that has a time part or a negative field; this rule
        // refuses the one they let through, a period of no length.
        if (!period.HasDateComponent || period.HasTimeComponent || period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0)
        {
            Problem(pointer, ErrorCodes.RuleViolation, $"The depreciation period must be longer than zero, in whole years, months, weeks and days; it was {period}.");
            return null;
        }

        var text = Parsing.IsoPeriodText.Format(period.Years, period.Months, period.Weeks, period.Days);

        // The length comes from ServingCost, the one place that measures a period for depreciation.
        if (!ServingCost.TryDepreciationPeriod(period, start, out var length))
        {
            Problem(pointer, ErrorCodes.RuleViolation, $"The depreciation period {text} from {start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} {ServingCost.OutsideCalendar}.");
            return null;
        }

        return new PlanFigure(id, $"{label} ({text} from {start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)})", length.Days, length.Days, "days",
            FigureBound.Exact, false, null, [], source);
    }

    private void ResolveServing(PlanServing serving, PlanSourceMap map)
    {
        ModelName = serving.Model ?? "model";
        if (serving.Parameters <= 0 || !double.IsFinite(serving.Parameters))
        {
            Problem("/serving/parameters", ErrorCodes.RuleViolation, $"parameters must be above 0; it was {serving.Parameters.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        Parameters = Leaf("serving.parameters", "parameters read per token", serving.Parameters, string.Empty, map.At("/serving/parameters"));
        if (serving.TotalParameters is { } total)
        {
            if (total < serving.Parameters || !double.IsFinite(total))
            {
                Problem("/serving/totalParameters", ErrorCodes.RuleViolation,
                    $"totalParameters must be at least parameters ({serving.Parameters.ToString("R", CultureInfo.InvariantCulture)}), the ones read per token; it was {total.ToString("R", CultureInfo.InvariantCulture)}.");
            }

            TotalParameters = Leaf("serving.totalParameters", "parameters held in memory", total, string.Empty, map.At("/serving/totalParameters"));
        }
        else
        {
            TotalParameters = Parameters with { Id = "serving.totalParameters", Label = "parameters held in memory (= parameters read per token)" };
        }
        var precisionSource = map.ValueOrDefault("/serving/precision", serving.Precision == NumericPrecision.Fp8, "fp8", Schema);
        if (WeightPrecisionOf(serving.Precision) is { } weights)
        {
            BytesPerParameter = new PlanFigure("serving.bytesPerParameter", $"bytes per parameter ({Json(serving.Precision)}, WeightPrecision.BytesPerParameter)",
                weights.BytesPerParameter().Bytes, weights.BytesPerParameter().Bytes, "B", FigureBound.Exact, false, null, [], precisionSource);
        }
        else
        {
            Problem("/serving/precision", ErrorCodes.RuleViolation,
                $"The weights' precision must be one with a known size (fp32, fp16, bf16, fp8, int8, fp4, int4); it was {Json(serving.Precision)}.");
        }

        KvCache = Leaf("serving.kvCachePerSequence", "KV cache per sequence", serving.KvCachePerSequence.Gigabytes, "GB",
            map.ValueOrDefault("/serving/kvCachePerSequence", serving.KvCachePerSequence.Bytes == 0, "0 GB", Schema));
        Batch = Leaf("serving.batch", "batch (sequences per replica)", serving.Batch, string.Empty, map.ValueOrDefault("/serving/batch", serving.Batch == 1, "1", Schema));
        PrefillShare = Leaf("serving.prefillShare", "prefill share of tokens", serving.PrefillShare.Percent, "%",
            map.ValueOrDefault("/serving/prefillShare", serving.PrefillShare.DecimalFractions == 0, "0 %", Schema));
        if (serving.PrefillUtilisation.DecimalFractions <= 0)
        {
            Problem("/serving/prefillUtilisation", ErrorCodes.RuleViolation, $"prefillUtilisation must be above 0 %; it was {serving.PrefillUtilisation}.");
        }

        PrefillUtilisation = Leaf("serving.prefillUtilisation", "prefill utilisation of peak compute", serving.PrefillUtilisation.Percent, "%",
            map.ValueOrDefault("/serving/prefillUtilisation", serving.PrefillUtilisation.DecimalFractions == 1, "100 % (the bound itself)", Schema));
        if (serving.AcceleratorsPerReplica is { } replica)
        {
            AcceleratorsPerReplica = Leaf("serving.acceleratorsPerReplica", "accelerators per model replica", replica, string.Empty, map.At("/serving/acceleratorsPerReplica"));
        }

        if (Accelerator is not { } chip)
        {
            return;
        }

        if (chip.Memory?.Bandwidth is { } bandwidth)
        {
            MemoryBandwidth = FromCatalog("accelerator.memoryBandwidth", chip.Name + " memory bandwidth", bandwidth, b => b.TerabytesPerSecond, "TB/s", "Accelerator", chip.Id, "/memory/bandwidth");
        }
        else
        {
            Problem("/serving", ErrorCodes.RuleViolation, $"The accelerator '{chip.Id}' has no memory bandwidth in the catalogue, which bounds decoding.");
        }

        if (chip.Memory?.Capacity is { } capacity)
        {
            MemoryCapacity = FromCatalog("accelerator.memoryCapacity", chip.Name + " memory capacity", capacity, c => c.Gigabytes, "GB", "Accelerator", chip.Id, "/memory/capacity");
        }
        else if (serving.AcceleratorsPerReplica is null)
        {
            Problem("/serving/acceleratorsPerReplica", ErrorCodes.RuleViolation,
                $"The accelerator '{chip.Id}' has no memory capacity in the catalogue to size a replica with; give acceleratorsPerReplica.");
        }

        for (var i = 0; i < chip.Compute.Count; i++)
        {
            var rating = chip.Compute[i];
            var name = Json(rating.Precision) + (rating.Sparsity == Sparsity.Unspecified ? string.Empty : " " + Json(rating.Sparsity));
            Ratings.Add(new RatingInput(rating.Precision, rating.Sparsity,
                FromCatalog($"accelerator.compute.{i}", $"{chip.Name} {name} peak", rating.Throughput, t => t.PetaoperationsPerSecond, "PFLOPS", "Accelerator", chip.Id,
                    "/compute/" + i.ToString(CultureInfo.InvariantCulture) + "/throughput")));
        }

        var wanted = serving.ComputePrecision ?? serving.Precision;
        var candidates = Ratings.Where(r => r.Precision == wanted).ToList();
        PrefillRating = candidates.FirstOrDefault(r => r.Sparsity == Sparsity.Dense) ?? candidates.FirstOrDefault(r => r.Sparsity == Sparsity.Unspecified) ?? candidates.FirstOrDefault();
        if (PrefillRating is null)
        {
            var rated = Ratings.Count == 0 ? "none" : string.Join(", ", Ratings.Select(r => Json(r.Precision)).Distinct());
            Problem(serving.ComputePrecision is null ? "/serving/precision" : "/serving/computePrecision", ErrorCodes.RuleViolation,
                $"The accelerator '{chip.Id}' has no {Json(wanted)} compute rating in the catalogue, which bounds prefill; it rates: {rated}. Set computePrecision to one of them.");
        }
    }

    internal static WeightPrecision? WeightPrecisionOf(NumericPrecision precision) => precision switch
    {
        NumericPrecision.Fp32 => WeightPrecision.Fp32,
        NumericPrecision.Fp16 => WeightPrecision.Fp16,
        NumericPrecision.Bf16 => WeightPrecision.Bf16,
        NumericPrecision.Fp8 => WeightPrecision.Fp8,
        NumericPrecision.Int8 => WeightPrecision.Int8,
        NumericPrecision.Fp4 => WeightPrecision.Fp4,
        NumericPrecision.Int4 => WeightPrecision.Int4,
        _ => null,
    };

    internal static string Json(NumericPrecision precision) => NumericPrecisionJson.ToJson(precision);

    internal static string Json(Sparsity sparsity) => SparsityJson.ToJson(sparsity);
}
