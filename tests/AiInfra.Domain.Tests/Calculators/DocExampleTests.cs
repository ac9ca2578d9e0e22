namespace AiInfra.Domain.Tests.Calculators;

using System.Globalization;
using System.Runtime.CompilerServices;
using AiInfra.Domain.Cooling;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Optics;
using AiInfra.Domain.PowerDelivery;
using AiInfra.Domain.Quantities;
using NodaTime;

/// <summary>
/// Runs every worked example of docs/calculators.md through the calculators and checks that the page shows the
/// numbers they return, formatted as the page prints them (bold). A change of formula, default or page fails here.
/// </summary>
public class DocExampleTests
{
    private static readonly string Doc = File.ReadAllText(DocPath());

    private static string DocPath([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "docs", "calculators.md"));

    private static string N(double value, int decimals) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    private static void Shows(string text) =>
        Assert.True(Doc.Contains("**" + text + "**", StringComparison.Ordinal), $"docs/calculators.md does not show **{text}**.");

    [Fact]
    public void Rack_and_facility_power()
    {
        var rack = RackPowerCalculator.ItLoad(PowerCalculatorTests.DocRack());
        var site = FacilityPowerCalculator.Calculate(rack, PowerChain.Hvdc, 1.25);

        Shows($"IT load** | | **{N(rack.Total.Kilowatts, 2)} kW");
        Shows($"{N(rack.ByCategory[0].Share.Percent, 1)} %");
        Shows($"{N(site.PowerChain.InputPower.Kilowatts, 2)} kW");
        Shows($"{N(site.PowerChainLoss.Kilowatts, 2)} kW");
        Shows($"{N(site.FacilityPower.Kilowatts, 1)} kW");
        Shows($"{N(site.OtherOverhead.Kilowatts, 2)} kW");
    }

    [Theory]
    [InlineData(PowerChainKind.Ups)]
    [InlineData(PowerChainKind.Hvdc)]
    [InlineData(PowerChainKind.Panama)]
    [InlineData(PowerChainKind.SolidStateTransformer)]
    public void Power_chain_defaults(PowerChainKind architecture)
    {
        var result = PowerChainCalculator.Calculate(architecture, Power.FromMegawatts(1));
        Shows($"{N(result.InputPower.Kilowatts, 2)} kW");
        Shows($"{N(result.Loss.Kilowatts, 2)} kW");
        Assert.Contains($"| {N(PowerChain.DefaultEfficiency(architecture).Percent, 1).Replace(".0", string.Empty, StringComparison.Ordinal)} % |", Doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_chain_with_stages()
    {
        var chain = PowerChain.FromStages("SST + DC-DC",
            new PowerChainStage("SST", Ratio.FromPercent(98.5)),
            new PowerChainStage("800 V DC-DC", Ratio.FromPercent(98)));
        var result = PowerChainCalculator.Calculate(chain, Power.FromMegawatts(1));

        Shows($"{N(result.Efficiency.Percent, 2)} %");
        Shows($"{N(result.Stages[1].Input.Kilowatts, 2)} kW");
        Shows($"{N(result.Stages[1].Loss.Kilowatts, 2)} kW");
        Shows($"{N(result.Stages[0].Input.Kilowatts, 2)} kW");
        Shows($"{N(result.Stages[0].Loss.Kilowatts, 2)} kW");
    }

    [Fact]
    public void Cooling()
    {
        var rise = TemperatureDelta.FromKelvins(10);
        Shows($"ρ = {N(Coolant.Water.Density.KilogramsPerCubicMeter, 0)} kg/m³, c_p = {N(Coolant.Water.SpecificHeatCapacity.KilojoulesPerKilogramKelvin, 2)} kJ/(kg·K)");
        Shows($"{N(CoolingCalculator.CoolantMassFlow(Power.FromMegawatts(1), Coolant.Water, rise).KilogramsPerSecond, 2)} kg/s");
        Shows($"{N(CoolingCalculator.CoolantFlow(Power.FromMegawatts(1), Coolant.Water, rise).LitersPerMinute, 1)} L/min");
        Shows($"{N(CoolingCalculator.CoolantFlow(Power.FromMegawatts(1), CoolingCalculatorTests.Pg25, rise).LitersPerMinute, 1)} L/min");

        var plan = CoolingCalculator.Calculate(new LiquidCoolingInput
        {
            Heat = Power.FromMegawatts(1),
            LiquidShare = Ratio.FromPercent(70),
            Coolant = Coolant.Water,
            TemperatureRise = rise,
            CduCapacity = Power.FromKilowatts(350),
            RedundantCdus = 1,
        });
        Shows($"{N(plan.Heat.ToLiquid.Kilowatts, 0)} kW");
        Shows($"{N(plan.Heat.ToAir.Kilowatts, 0)} kW");
        Shows($"{N(plan.VolumeFlow.LitersPerMinute, 1)} L/min");
        Shows($"{plan.CdusForLoad}");
        Assert.Contains($"{plan.TotalCdus} with one spare", Doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Fabric()
    {
        Shows(N(FatTreeCalculator.MaxHostPorts(64, FatTreeTiers.Two), 0));
        Shows(N(FatTreeCalculator.MaxHostPorts(64, FatTreeTiers.Three), 0));

        var both = FatTreeCalculator.CompareOptics(FatTreeCalculatorTests.DocFabric(), Power.FromWatts(10.5));
        var p = both.Pluggable;
        Shows(N(p.Switches[0].Count, 0));
        Shows(N(p.Switches[1].Count, 0));
        Shows(N(p.Fibres, 0));
        Shows(N(p.PluggableTransceivers, 0) + "** transceivers, **" + N(p.MpoConnectors, 0));
        Shows($"{N(p.OpticsPower.Kilowatts, 2)} kW");
        Shows($"{N(both.CoPackaged.OpticsPower.Kilowatts, 2)} kW");
        Shows($"{N(both.PowerSaving.Kilowatts, 2)} kW");
        Shows($"{N(both.PowerSavingShare.Percent, 1)} %");
    }

    [Fact]
    public void Serving_throughput()
    {
        var decode = ServingThroughput.Decode(70e9, WeightPrecision.Fp8, BitRate.FromTerabytesPerSecond(3.35));
        Shows($"{N(decode.TokensPerSecond, 2)} tokens/s");
        Shows($"{N(ServingThroughput.PerMegawatt(decode, Power.FromWatts(700)).TokensPerSecond, 0)} tokens/s per MW");
        Shows($"{N(ServingThroughput.EnergyPerToken(decode, Power.FromWatts(700)).Joules, 2)} J");

        var batch = ServingThroughput.Decode(new DecodeInput
        {
            Parameters = 70e9,
            BytesPerParameter = WeightPrecision.Fp8.BytesPerParameter(),
            MemoryBandwidth = BitRate.FromTerabytesPerSecond(3.35),
            KvCacheBytesPerSequence = Information.FromGigabytes(1),
            BatchSize = 32,
        });
        Shows($"{N(batch.StepTime.Milliseconds, 2)} ms");
        Shows($"{N(batch.PerSequence.TokensPerSecond, 2)} tokens/s");
        Shows($"{N(batch.Total.TokensPerSecond, 2)} tokens/s");
        Shows($"{N(ServingThroughput.Prefill(70e9, ComputeThroughput.FromPetaoperationsPerSecond(1)).Throughput.TokensPerSecond, 1)} tokens/s");
    }

    [Fact]
    public void Serving_cost()
    {
        var input = ServingEconomicsTests.DocCost();
        Assert.Contains($"({N(input.DepreciationPeriod.Days, 0)} days = {N(input.DepreciationPeriod.Hours, 0)} h)", Doc, StringComparison.Ordinal);
        var cost = ServingCost.PerMillionTokens(input);
        Shows($"USD {Math.Round(cost.CapexPerHour.Amount, 6).ToString(CultureInfo.InvariantCulture)}");
        Shows($"USD {Math.Round(cost.CapexPerMillionTokens.Amount, 4).ToString(CultureInfo.InvariantCulture)}");
        Shows($"USD {Math.Round(cost.EnergyCostPerMillionTokens.Amount, 4).ToString(CultureInfo.InvariantCulture)}");
        Shows($"USD {Math.Round(cost.TotalPerMillionTokens.Amount, 4).ToString(CultureInfo.InvariantCulture)} per million tokens");
        Shows($"{N(cost.EnergyPerMillionTokens.KilowattHours, 4)} kWh");
    }

    [Fact]
    public void The_error_message_quoted_on_the_page_is_the_real_one()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FacilityPowerCalculator.Calculate(Power.FromMegawatts(1), PowerChain.Ups, 1.05));
        var firstLine = e.Message.Split(" (Parameter", StringSplitOptions.None)[0];
        Assert.Contains(firstLine, Doc, StringComparison.Ordinal);
    }
}
