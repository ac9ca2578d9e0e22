#:package UnitsNet
#:project ../../src/AiInfra.Domain/AiInfra.Domain.csproj
#:property PublishAot=false
// UnitsNet 5.75.1, the version Directory.Packages.props pins. Reproduces the facts about UnitsNet 5.75.1 that docs/unitsnet.md states, as a user of UnitsNet would meet them:
// dotnet run tools/unitsnet-facts/facts.cs     (run it as the first thing in a process: it times UnitsNet's first calls)
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using UN = UnitsNet;
using UnitsNet.Units;

var invariant = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");

var clock = Stopwatch.StartNew();
_ = UN.Power.FromWatts(700).ToString();
Console.WriteLine($"first ToString in the process: {clock.Elapsed.TotalMilliseconds:F0} ms");
clock.Restart();
_ = UN.Length.Parse("5 m", invariant);
Console.WriteLine($"first Parse in the process: {clock.Elapsed.TotalMilliseconds:F0} ms");

Console.WriteLine("\n1. Power, Information and BitRate store decimal");
Console.WriteLine($"   Power.Value is {typeof(UN.Power).GetProperty("Value")!.PropertyType.Name}, Information.Value {typeof(UN.Information).GetProperty("Value")!.PropertyType.Name}, BitRate.Value {typeof(UN.BitRate).GetProperty("Value")!.PropertyType.Name}");
Console.WriteLine($"   Power.FromWatts(1e29): {Try(() => UN.Power.FromWatts(1e29).Value.ToString(invariant))}");
Console.WriteLine($"   Power.FromWatts(1e-29).Value: {UN.Power.FromWatts(1e-29).Value.ToString(invariant)}");
var random = new Random(1);
var changed = 0;
for (var i = 0; i < 100_000; i++)
{
    var x = random.NextDouble() * Math.Pow(10, random.Next(-6, 12));
    changed += (double)UN.Power.FromWatts(x).Value == x ? 0 : 1;
}
Console.WriteLine($"   random doubles changed by a round trip through Power: {changed:N0} of 100,000");

Console.WriteLine("\n2. The parser");
Console.WriteLine($"   BitRate.Parse(\"1 Gb/s\"): {UN.BitRate.Parse("1 Gb/s", invariant).Unit}");
Console.WriteLine($"   BitRate.Parse(\"1 GBps\"): {UN.BitRate.Parse("1 GBps", invariant).Unit}");
Console.WriteLine($"   Power.Parse(\"700,5 W\", invariant): {UN.Power.Parse("700,5 W", invariant).Value.ToString(invariant)} W");
Console.WriteLine($"   Power.TryParse(\"NaN W\"): {Try(() => UN.Power.TryParse("NaN W", invariant, out _).ToString())}");
Console.WriteLine($"   Power.TryParse(\"1e29 W\"): {Try(() => UN.Power.TryParse("1e29 W", invariant, out _).ToString())}");
Console.WriteLine($"   Duration.Parse(\"5 m\"): {UN.Duration.Parse("5 m", invariant).Unit}");

Console.WriteLine("\n3. Equality and formatting");
#pragma warning disable CS0618 // the operator is obsolete, which is the point
Console.WriteLine($"   Power.FromKilowatts(1) == Power.FromWatts(1000): {UN.Power.FromKilowatts(1) == UN.Power.FromWatts(1000)}");
#pragma warning restore CS0618
Console.WriteLine($"   Power.FromWatts(700.125).ToString(): {UN.Power.FromWatts(700.125)}");
Console.WriteLine($"   Power.FromWatts(4000).ToString(): {UN.Power.FromWatts(4000)}");
var notBack = 0;
for (var i = 0; i < 300; i++)
{
    var p = UN.Power.FromWatts(Math.Round(random.NextDouble() * Math.Pow(10, random.Next(0, 7)), random.Next(0, 5)));
    notBack += UN.Power.TryParse(p.ToString(), out var back) && back.Value == p.Value && back.Unit == p.Unit ? 0 : 1;
}
Console.WriteLine($"   values whose ToString() does not parse back equal: {notBack} of 300");

Console.WriteLine("\n4. Speed, one thread, after warm-up (per call)");
Measure("UnitsNet Power.Parse(\"700 W\")", () => UN.Power.Parse("700 W", invariant).Value.GetHashCode());
Measure("AiInfra Power.Parse(\"700 W\")", () => AiInfra.Domain.Quantities.Power.Parse("700 W", invariant).Value.GetHashCode());

Console.WriteLine("\n5. What UnitsNet lacks");
foreach (var name in new[] { "ComputeThroughput", "ComputeWork", "TokenThroughput", "SpecificHeatCapacity" })
{
    Console.WriteLine($"   UnitsNet.{name}: {(typeof(UN.Power).Assembly.GetType("UnitsNet." + name) is null ? "none" : "exists")}");
}
Console.WriteLine($"   DurationUnit.Picosecond: {Enum.IsDefined(typeof(DurationUnit), "Picosecond")}; HeatFluxUnit.WattPerSquareCentimeter: {Enum.IsDefined(typeof(HeatFluxUnit), "WattPerSquareCentimeter")}");
Console.WriteLine($"   ThermalResistance's base unit: {UN.ThermalResistance.BaseUnit}, dimensions {UN.ThermalResistance.BaseDimensions}");
Console.WriteLine($"   SpecificEntropy's dimensions: {UN.SpecificEntropy.BaseDimensions}");

Console.WriteLine("\n6. System.Text.Json without help");
Console.WriteLine($"   JsonSerializer.Serialize(Power.FromWatts(700)): {Try(() => JsonSerializer.Serialize(UN.Power.FromWatts(700)))}");
Console.WriteLine($"   JsonSerializer.Deserialize<Power>(\"\\\"700 W\\\"\"): {Try(() => JsonSerializer.Deserialize<UN.Power>("\"700 W\"").ToString())}");

static string Try(Func<string> f)
{
    try
    {
        return f();
    }
    catch (Exception e)
    {
        var message = e.Message.Split('\n')[0];
        return e.GetType().Name + ": " + (message.Length > 140 ? message[..140] + " ..." : message);
    }
}

static void Measure(string what, Func<int> work)
{
    for (var i = 0; i < 200; i++)
    {
        work();
    }

    const int n = 2000;
    var before = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < n; i++)
    {
        work();
    }

    var elapsed = clock.Elapsed.TotalMicroseconds / n;
    var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / n;
    Console.WriteLine($"   {what}: {elapsed:F2} µs, {bytes:N0} bytes");
}
