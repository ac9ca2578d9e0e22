using AiInfra.Domain.Quantities;
using AiInfra.Domain.Tests.Specs.Fixtures;
using NodaTime;

namespace AiInfra.Domain.Tests.Specs;

/// <summary>Values of the test spec's entities, with every property set.</summary>
internal static class SampleChips
{
    public static Chip FullChip() => new()
    {
        Id = "chip-a",
        Name = "Chip A",
        Tdp = Power.FromKilowatts(1.2),
        IsShipping = true,
        Dies = 2,
        Yield = 0.85,
        Released = new LocalDate(2025, 3, 18),
        RampPeriod = new YearMonth(2025, 9),
        BestPrecision = Precision.Fp8,
        Memory = new Fixtures.Memory { Capacity = Information.FromGigabytes(288), Bandwidth = BitRate.FromTerabytesPerSecond(8), Stacks = 8 },
        Host = "grace-cpu",
        Ratings =
        [
            new Rating { Precision = Precision.Bf16, Dense = ComputeThroughput.FromTeraoperationsPerSecond(2500), Sparse = ComputeThroughput.FromPetaoperationsPerSecond(5) },
            new Rating { Precision = Precision.Fp8, Dense = ComputeThroughput.FromTeraoperationsPerSecond(5000) },
        ],
        Aliases = ["A", "chip-a-rev1"],
        Clocks = [Frequency.FromMegahertz(1980), Frequency.FromGigahertz(2.1)],
        Throughput = new Dictionary<Precision, ComputeThroughput>
        {
            [Precision.Fp8] = ComputeThroughput.FromTeraoperationsPerSecond(5000),
            [Precision.Bf16] = ComputeThroughput.FromTeraoperationsPerSecond(2500),
        },
        CoolantInlet = Temperature.FromDegreesCelsius(45),
        Efficiency = Ratio.FromPercent(92.5),
    };

    public static Chip MinimalChip() => new() { Id = "chip-b", Name = "B", Tdp = Power.FromWatts(700) };
}
