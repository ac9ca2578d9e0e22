#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
// Quickstart: typed quantities, the reference catalogue and the calculators answer everyday questions about an AI rack.
using System.Globalization;
using AiInfra.Domain;
using AiInfra.Domain.Cooling;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;
using AiInfra.Domain.Systems;
using NodaTime;
using Duration = AiInfra.Domain.Quantities.Duration;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var cited = new SortedSet<string>(StringComparer.Ordinal);

// 1. Pick a rack from the catalogue. Every figure carries its bound and its source: [s004:611] is line 611 of source s004.
var rack = Catalog.Racks.NvidiaGb200Nvl72;
var chip = Catalog.Accelerators.Get(rack.Accelerator!);
var rackPower = rack.RackPower!.Value;
Console.WriteLine($"{rack.Name}: {Cite(rack.AcceleratorPackages!.Value)} x {chip.Name} at {Cite(chip.Tdp!.Value)}; rack power {Cite(rackPower)}.");

// 2. What does it use in a day at the top of that range, and what does that cost at 0.08 USD per kWh?
var power = rackPower.Maximum ?? rackPower.Value;
var perDay = power * Duration.FromDays(1);
var pricePerKilowattHour = Money.Parse("0.08 USD");
var cost = pricePerKilowattHour * (decimal)perDay.KilowattHours;
Console.WriteLine($"At {power} it uses {perDay.ToUnit(EnergyUnit.MegawattHour):0.###} a day, which costs {cost:0.00} at {pricePerKilowattHour} per kWh (assumed).");

// 3. Cooling: how much water carries that heat away at a 10 K rise, if all of it goes to the cold plates?
var flow = CoolingCalculator.CoolantFlow(power, Coolant.Water, TemperatureDelta.FromKelvins(10));
Console.WriteLine($"Water ({Coolant.Water.Density}, {Coolant.Water.SpecificHeatCapacity}) at a 10 K rise (assumed) needs {flow.ToUnit(VolumeFlowUnit.LiterPerMinute):0.#}.");

// 4. Serving: streaming a 70 B-parameter FP8 model (an example) and a batch's KV cache once bounds each decode step.
var bandwidth = chip.Memory!.Bandwidth!.Value;
var decode = ServingThroughput.Decode(new DecodeInput
{
    Parameters = 70e9,
    BytesPerParameter = WeightPrecision.Fp8.BytesPerParameter(),
    MemoryBandwidth = bandwidth.Value,
    KvCacheBytesPerSequence = Information.FromGigabytes(1),   // assumed
    BatchSize = 32,                                            // assumed
});
var perRack = decode.Total * rack.AcceleratorPackages.Value.Value;
Console.WriteLine($"Streaming {decode.BytesPerStep.ToUnit(InformationUnit.Gigabyte)} at {Cite(bandwidth)} takes {decode.StepTime.ToUnit(DurationUnit.Millisecond):0.##}: " +
                  $"{decode.Total:0} per GPU, {perRack.ToUnit(TokenThroughputUnit.KilotokenPerSecond):0.#} per rack (batch 32, 1 GB KV each, assumed).");
var serving = ServingCost.PerMillionTokens(new ServingCostInput
{
    Capex = Money.Parse("3.5 M USD"),                                                    // assumed price of the rack
    DepreciationPeriod = ServingCost.DepreciationPeriod(Period.FromYears(4), new LocalDate(2026, 1, 1)),
    Power = power,
    ElectricityPricePerKilowattHour = pricePerKilowattHour,
    Throughput = perRack,
    Utilisation = Ratio.FromPercent(50),                                                 // assumed
});
Console.WriteLine($"At 3.5 M USD over 4 years and 50 % utilisation (assumed), a million tokens cost {serving.TotalPerMillionTokens:0.0000} " +
                  $"({serving.CapexPerMillionTokens:0.0000} capex + {serving.EnergyCostPerMillionTokens:0.0000} energy).");

// 5. Units keep their meaning: bits are not bytes, mW is not MW, and 0 dBm is 1 mW.
Console.WriteLine($"{BitRate.Parse("800 Gbit/s")} is {BitRate.Parse("800 Gbit/s").ToUnit(BitRateUnit.GigabytePerSecond)}; " +
                  $"{Power.Parse("5 mW")} < {Power.Parse("5 MW")}: {Power.Parse("5 mW") < Power.Parse("5 MW")}; " +
                  $"{PowerRatio.FromDecibelMilliwatts(0)} = {PowerRatio.FromDecibelMilliwatts(0).ToPower().ToUnit(PowerUnit.Milliwatt)}.");

// 6. Money keeps its currency and reads the scale words of industry reports.
var capex = Money.Parse("1000亿美元");
Console.WriteLine($"1000亿美元 is {capex:#,0} ({capex.Amount / 1_000_000_000m} bn USD).");

// 7. The JSON Schemas come from the same spec files as the records: src/AiInfra.Domain/Systems/Rack.spec.json gives
//    the Rack record, its JSON reader and writer, its validator and AiInfraSchemas.For<Rack>().
Console.WriteLine($"AiInfraSchemas.All holds {AiInfraSchemas.All.Count} schemas (draft 2020-12); Rack's begins:");
Console.WriteLine(string.Join('\n', AiInfraSchemas.For<Rack>().Split('\n').Skip(1).Take(3).Select(line => "  " + line.TrimEnd())));

foreach (var id in cited)
{
    var source = Catalog.Racks.Sources.TryGetValue(id, out var s) ? s : Catalog.Accelerators.Sources[id];
    Console.WriteLine($"[{id}] {source.Title}, {source.Publisher}, {source.Date}.");
}

string Cite<T>(Figure<T> figure)
    where T : struct
{
    cited.Add(figure.Source!);
    return $"{figure} [{figure.Source}{(figure.Line is { } line ? $":{line}" : "")}]";
}
