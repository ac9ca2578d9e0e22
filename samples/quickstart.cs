#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
// Quickstart: typed quantities and money answer everyday questions about an AI rack.
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

// 1. What does a 132 kW rack use in a day, and what does that cost at 0.08 USD per kWh?
var rackPower = Power.FromKilowatts(132);
var perDay = rackPower * Duration.FromDays(1);
var pricePerKilowattHour = Money.Parse("0.08 USD");
var cost = pricePerKilowattHour * (decimal)perDay.KilowattHours;
Console.WriteLine($"A {rackPower} rack uses {perDay.ToUnit(EnergyUnit.MegawattHour):0.###} a day,");
Console.WriteLine($"which costs {cost:0.00} at {pricePerKilowattHour} per kWh.");

// 2. How long does it take to stream 288 GB of HBM once at 8 TB/s (the floor on one decode step)?
var hbm = Information.FromGigabytes(288);
var bandwidth = BitRate.FromTerabytesPerSecond(8);
var streamTime = hbm / bandwidth;
Console.WriteLine($"Streaming {hbm} at {bandwidth} takes {streamTime.ToUnit(DurationUnit.Millisecond)}.");

// 3. Units keep their meaning: bits are not bytes, mW is not MW, and 0 dBm is 1 mW.
Console.WriteLine($"{BitRate.Parse("800 Gbit/s")} is {BitRate.Parse("800 Gbit/s").ToUnit(BitRateUnit.GigabytePerSecond)}; " +
                  $"{Power.Parse("5 mW")} < {Power.Parse("5 MW")}: {Power.Parse("5 mW") < Power.Parse("5 MW")}; " +
                  $"{PowerRatio.FromDecibelMilliwatts(0)} = {PowerRatio.FromDecibelMilliwatts(0).ToPower().ToUnit(PowerUnit.Milliwatt)}.");

// 4. Money keeps its currency and reads the scale words of industry reports.
var capex = Money.Parse("1000亿美元");
Console.WriteLine($"1000亿美元 is {capex:#,0} ({capex.Amount / 1_000_000_000m} bn USD).");
