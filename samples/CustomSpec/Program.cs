// A project with its own spec file: BatteryStorage.spec.json declares BatteryStorageUnit, and the AiInfra.Domain
// generator turns it into a record, a JSON reader and writer, a validator and a JSON Schema.
using AiInfra.Domain;
using CustomSpec.Storage;

var dataFolder = Path.Combine(AppContext.BaseDirectory, "data");
var schemaFolder = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "aiinfra-custom-spec-schemas");

// 1. Good JSON reads into a typed, valid record; quantities keep their units.
var unit = AiInfraJson.Deserialize<BatteryStorageUnit>(File.ReadAllText(Path.Combine(dataFolder, "good.json")));
Console.WriteLine($"{unit.Id}: {unit.RatedPower} / {unit.EnergyCapacity} ({unit.Chemistry}), efficiency {unit.RoundTripEfficiency}");
Console.WriteLine($"Discharge time at rated power: {(unit.EnergyCapacity / unit.RatedPower).Hours:0.##} h");
Console.WriteLine(AiInfraJson.Serialize(unit));

// 2. Bad JSON gives every error, each with its JSON Pointer, code, and line and column where known.
var badJson = File.ReadAllText(Path.Combine(dataFolder, "bad.json"));
if (!AiInfraJson.TryDeserialize<BatteryStorageUnit>(badJson, out _, out var errors))
{
    Console.WriteLine($"bad.json has {errors.Count} errors:");
    foreach (var error in errors)
    {
        Console.WriteLine("  " + error);
    }
}

// 3. A record built in code is validated the same way.
var invalid = unit with { RoundTripEfficiency = AiInfra.Domain.Quantities.Ratio.FromPercent(40), EnergyCapacity = AiInfra.Domain.Quantities.Energy.FromKilowattHours(100) };
Console.WriteLine("Built in code:");
Console.WriteLine(invalid.Validate());

// 4. The JSON Schema (draft 2020-12) for editors and other languages.
Directory.CreateDirectory(schemaFolder);
var schemaPath = Path.Combine(schemaFolder, "BatteryStorageUnit.schema.json");
File.WriteAllText(schemaPath, AiInfraSchemas.For<BatteryStorageUnit>());
Console.WriteLine($"Schema written ({AiInfraSchemas.For<BatteryStorageUnit>().Length} characters).");
