#:project ../src/AiInfra.Domain/AiInfra.Domain.csproj
// Quickstart: typed quantities answer two everyday questions about an AI rack.
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

// 1. What does a 132 kW rack use in a day, and what does that cost at 0.08 USD per kWh?
var rackPower = Power.FromKilowatts(132);
var perDay = rackPower * Duration.FromDays(1);
const decimal pricePerKilowattHour = 0.08m;
var cost = (decimal)perDay.KilowattHours * pricePerKilowattHour;
Console.WriteLine($"A {rackPower} rack uses {perDay.ToUnit(EnergyUnit.MegawattHour):0.###} a day,");
Console.WriteLine($"which costs {cost:0.00} USD at {pricePerKilowattHour} USD/kWh.");

// 2. How long does it take to stream 288 GB of HBM once at 8 TB/s (the floor on one decode step)?
var hbm = Information.FromGigabytes(288);
var bandwidth = BitRate.FromTerabytesPerSecond(8);
var streamTime = hbm / bandwidth;
Console.WriteLine($"Streaming {hbm} at {bandwidth} takes {streamTime.ToUnit(DurationUnit.Millisecond)}.");
