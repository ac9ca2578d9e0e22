#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
#:project CustomSpec/CustomSpec.csproj
#:property AssemblyName=unitsnet-sample
// (The app gets another assembly name: "unitsnet" would clash with the UnitsNet package and its UnitsNet.dll.)
// For UnitsNet users: catalogue figures handed to code that takes UnitsNet types, UnitsNet quantities in JSON, why
// "1 Gb/s" must be read by this library's parser, and an entity in "unitsNet" mode read from JSON (its spec,
// GridConnection.spec.json, is compiled in the CustomSpec project, as a user's spec is compiled in the user's project).
// UnitsNet 5.75.1 comes with AiInfra.Domain; see docs/unitsnet.md.
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiInfra.Domain;
using AiInfra.Domain.Quantities;
using UN = UnitsNet; // both libraries name their types Power, Information ...: the alias avoids CS0104

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// 1. Catalogue figures into UnitsNet code, exactly: the decimal gets the double's shortest digits.
Console.WriteLine("Catalogue figures as UnitsNet values (a UnitsNet method computes the time to read the memory once):");
foreach (var id in new[] { "nvidia-h100-sxm", "nvidia-h200", "nvidia-b200", "google-tpu-v5p", "huawei-ascend-910c" })
{
    var chip = Catalog.Accelerators.Get(id);
    UN.Power tdp = chip.Tdp!.Value.Value.ToUnitsNet();
    var capacity = (UN.Information)chip.Memory!.Capacity!.Value.Value;
    var bandwidth = (UN.BitRate)chip.Memory.Bandwidth!.Value.Value;
    Console.WriteLine($"  {chip.Name,-24} {tdp.Value,6} {tdp.Unit,-9} {capacity.Value,5} {capacity.Unit,-10} {bandwidth.Value,5} {bandwidth.Unit,-18} {SweepMilliseconds(capacity, bandwidth):F2} ms");
}

// A UnitsNet value back into the library, in the unit it carries; casts work both ways.
Power fromUnitsNet = Power.FromUnitsNet(UN.Power.FromKilowatts(1.2));
Console.WriteLine($"\nPower.FromUnitsNet(UN.Power.FromKilowatts(1.2)) = {fromUnitsNet}; (Duration)UN.Duration.FromHours(2) = {(Duration)UN.Duration.FromHours(2)}");

// 2. UnitsNet quantities in JSON, in this library's wire format: the number, a space, the abbreviation.
var powerJson = (JsonTypeInfo<UN.Power>)AiInfraJson.Options.GetTypeInfo(typeof(UN.Power));
var rateJson = (JsonTypeInfo<UN.BitRate>)AiInfraJson.Options.GetTypeInfo(typeof(UN.BitRate));
Console.WriteLine("\nJSON of UnitsNet values:");
foreach (var power in new[] { UN.Power.FromKilowatts(1.2), UN.Power.FromWatts(700), UN.Power.FromMegawatts(132.5) })
{
    var json = JsonSerializer.Serialize(power, powerJson);
    Console.WriteLine($"  {power.Value,5} {power.Unit,-9} -> {json,-12} -> {JsonSerializer.Deserialize(json, powerJson).Value}");
}

// 3. Why "1 Gb/s" matters: UnitsNet's own parser reads it as gigabytes per second, eight times too much.
Console.WriteLine("\n\"1 Gb/s\", a link rate as data sheets write it:");
var unitsNets = UN.BitRate.Parse("1 Gb/s", CultureInfo.InvariantCulture);
var ours = JsonSerializer.Deserialize("\"1 Gb/s\"", rateJson);
Console.WriteLine($"  UnitsNet's BitRate.Parse:       {unitsNets.Unit,-18} = {unitsNets.BitsPerSecond,13} bit/s");
Console.WriteLine($"  this library's parser (JSON):   {ours.Unit,-18} = {ours.BitsPerSecond,13} bit/s");
Console.WriteLine($"  UnitsNet's BitRate.Parse(\"1 GBps\"): {UN.BitRate.Parse("1 GBps", CultureInfo.InvariantCulture).Unit} (the other way round)");

// 4. What UnitsNet's decimal cannot hold is an error, not a silent 0.
Console.WriteLine($"\nPower.FromWatts(1e-30).TryToUnitsNet: {Power.FromWatts(1e-30).TryToUnitsNet(out _)}; UN.Power.FromWatts(1e-30).Value: {UN.Power.FromWatts(1e-30).Value}");
try
{
    _ = Power.FromWatts(1e30).ToUnitsNet();
}
catch (OverflowException e)
{
    Console.WriteLine($"Power.FromWatts(1e30).ToUnitsNet(): {e.Message[..e.Message.IndexOf(':')]}");
}

// 5. An entity in "unitsNet" mode read from JSON: its properties are UnitsNet types, read by this library's parser.
Console.WriteLine("\nAn entity from a spec file in \"unitsNet\" mode (CustomSpec.Sites.GridConnection):");
var site = AiInfraJson.Deserialize<CustomSpec.Sites.GridConnection>("""
    {"id":"hall-a","importLimit":"2.5 MW","peakDemand":{"value":"2.1 MW","bound":"approximate"},"backhaul":"1 Gb/s","feederLength":"3.2 km","compute":"40 PFLOPS"}
    """);
UN.Power importLimit = site.ImportLimit;
Console.WriteLine($"  importLimit  {importLimit.GetType().FullName,-32} {importLimit.Value} {importLimit.Unit} = {importLimit.Kilowatts} kW");
Console.WriteLine($"  peakDemand   {site.PeakDemand!.Value.GetType().Name + "<" + site.PeakDemand.Value.Value.GetType().FullName + ">",-32} {site.PeakDemand}");
Console.WriteLine($"  backhaul     {site.Backhaul!.Value.GetType().FullName,-32} {site.Backhaul.Value.Value} {site.Backhaul.Value.Unit} = {site.Backhaul.Value.BitsPerSecond} bit/s");
Console.WriteLine($"  feederLength {site.FeederLength!.Value.GetType().FullName,-32} {site.FeederLength.Value.Value} {site.FeederLength.Value.Unit}");
Console.WriteLine($"  compute      {site.Compute!.Value.GetType().FullName,-32} {site.Compute} (UnitsNet has no such quantity)");
Console.WriteLine($"  headroom, computed by UnitsNet: {(importLimit - site.PeakDemand.Value.Value).ToUnit(UN.Units.PowerUnit.Kilowatt).Value} kW");
Console.WriteLine($"  written back: {AiInfraJson.Serialize(site)}");
var tooMuch = site with { ImportLimit = UN.Power.FromWatts(900) };
Console.WriteLine($"  importLimit 900 W: {tooMuch.Validate()}");
Console.WriteLine($"  equal to the same site in watts: {site.Equals(site with { ImportLimit = UN.Power.FromWatts(2_500_000) })}");
Console.WriteLine($"  \"importLimit\":\"1E+30 W\" (beyond UnitsNet's decimal): {(AiInfraJson.TryDeserialize<CustomSpec.Sites.GridConnection>("""{"id":"x","importLimit":"1E+30 W"}""", out _, out var errors) ? "read" : errors[0].ToString())}");

// Any UnitsNet method: here the time to stream the whole memory once at its bandwidth, computed by UnitsNet.
static double SweepMilliseconds(UN.Information capacity, UN.BitRate bandwidth) =>
    (double)(capacity.Bits / bandwidth.BitsPerSecond) * 1000;
