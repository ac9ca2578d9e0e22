namespace AiInfra.Domain.Tests.Calculators;

using AiInfra.Domain.Cooling;
using AiInfra.Domain.Quantities;

public class CoolingCalculatorTests
{
    // The glycol example of docs/calculators.md: example inputs, not library defaults.
    internal static readonly Coolant Pg25 = new("PG25", Density.FromKilogramsPerCubicMeter(1020), SpecificHeatCapacity.FromKilojoulesPerKilogramKelvin(3.75));

    [Fact]
    public void One_megawatt_into_water_at_a_10_kelvin_rise_needs_about_1435_litres_per_minute()
    {
        var flow = CoolingCalculator.CoolantFlow(Power.FromMegawatts(1), Coolant.Water, TemperatureDelta.FromKelvins(10));

        // Hand calculation with the library's water (997 kg/m³, 4.18 kJ/(kg·K)): 1e6 / (997 × 4180 × 10) m³/s × 60,000 L/min per m³/s.
        Approx.Equal(1e6 / (997 * 4180 * 10.0) * 60_000, flow.LitersPerMinute);
        Approx.Within(1439.7, flow.LitersPerMinute, 0.05);

        // The brief's "about 1,435 L/min" takes ρ as 1,000 kg/m³; 997 kg/m³ gives 0.3 % more, inside ± 0.5 %.
        Approx.Equal(1435, flow.LitersPerMinute, 0.005);
        Assert.Equal(AiInfra.Domain.Quantities.Units.VolumeFlowUnit.LiterPerMinute, flow.Unit);
    }

    [Fact]
    public void Glycol_needs_more_flow_than_water_for_the_same_heat()
    {
        var flow = CoolingCalculator.CoolantFlow(Power.FromMegawatts(1), Pg25, TemperatureDelta.FromKelvins(10));
        Approx.Equal(1e6 / (1020 * 3750 * 10.0) * 60_000, flow.LitersPerMinute);
        Assert.True(flow > CoolingCalculator.CoolantFlow(Power.FromMegawatts(1), Coolant.Water, TemperatureDelta.FromKelvins(10)));
    }

    [Fact]
    public void Flow_halves_when_the_rise_doubles_and_the_rise_inverts_the_flow()
    {
        var heat = Power.FromKilowatts(132);
        var at10 = CoolingCalculator.CoolantFlow(heat, Coolant.Water, TemperatureDelta.FromKelvins(10));
        var at20 = CoolingCalculator.CoolantFlow(heat, Coolant.Water, TemperatureDelta.FromDegreesCelsius(20));
        Approx.Equal(at10.LitersPerMinute / 2, at20.LitersPerMinute);
        Approx.Equal(10, CoolingCalculator.TemperatureRise(heat, Coolant.Water, at10).Kelvins);

        var rise = Temperature.FromDegreesCelsius(45) - Temperature.FromDegreesCelsius(35);
        Approx.Equal(at10.LitersPerMinute, CoolingCalculator.CoolantFlow(heat, Coolant.Water, rise).LitersPerMinute);
        Approx.Equal(heat.Watts / (4180 * 10.0), CoolingCalculator.CoolantMassFlow(heat, Coolant.Water, rise).KilogramsPerSecond);
    }

    [Fact]
    public void Heat_splits_by_the_liquid_share()
    {
        var split = CoolingCalculator.SplitHeat(Power.FromKilowatts(172.8), Ratio.FromPercent(70));
        Approx.Equal(120.96, split.ToLiquid.Kilowatts);
        Approx.Equal(51.84, split.ToAir.Kilowatts, 1e-9);
        Assert.Equal(Power.Zero, CoolingCalculator.SplitHeat(Power.FromKilowatts(10), Ratio.FromPercent(100)).ToAir);
        Assert.Equal(Power.Zero, CoolingCalculator.SplitHeat(Power.FromKilowatts(10), Ratio.Zero).ToLiquid);
    }

    [Theory]
    [InlineData(0, 350, 0)]
    [InlineData(1, 350, 1)]
    [InlineData(350, 350, 1)]
    [InlineData(350.001, 350, 2)]
    [InlineData(700, 350, 2)]
    [InlineData(1000, 350, 3)]
    public void Cdu_count_is_the_ceiling(double heatKw, double capacityKw, int expected) =>
        Assert.Equal(expected, CoolingCalculator.CduCount(Power.FromKilowatts(heatKw), Power.FromKilowatts(capacityKw)));

    [Fact]
    public void Cdu_count_ignores_floating_point_noise()
    {
        // 0.7 × 1 MW is 700000.0000000001 W in double; it must still fit on two 350 kW CDUs.
        var toLiquid = CoolingCalculator.SplitHeat(Power.FromMegawatts(1), Ratio.FromPercent(70)).ToLiquid;
        Assert.Equal(2, CoolingCalculator.CduCount(toLiquid, Power.FromKilowatts(350)));
    }

    [Fact]
    public void A_plan_combines_split_flow_and_cdus()
    {
        var plan = CoolingCalculator.Calculate(new LiquidCoolingInput
        {
            Heat = Power.FromMegawatts(1),
            LiquidShare = Ratio.FromPercent(70),
            Coolant = Coolant.Water,
            TemperatureRise = TemperatureDelta.FromKelvins(10),
            CduCapacity = Power.FromKilowatts(350),
            RedundantCdus = 1,
        });

        Approx.Equal(700, plan.Heat.ToLiquid.Kilowatts, 1e-12);
        Approx.Equal(300, plan.Heat.ToAir.Kilowatts, 1e-12);
        Approx.Equal(7e5 / (997 * 4180 * 10.0) * 60_000, plan.VolumeFlow.LitersPerMinute, 1e-12);
        Assert.Equal(2, plan.CdusForLoad);
        Assert.Equal(3, plan.TotalCdus);
        Approx.Equal(1, plan.CduLoading.DecimalFractions, 1e-12);
    }

    [Fact]
    public void Bad_inputs_name_the_parameter_and_the_range()
    {
        var heat = Power.FromMegawatts(1);
        var rise = TemperatureDelta.FromKelvins(10);
        Approx.Throws<ArgumentOutOfRangeException>(() => CoolingCalculator.CoolantFlow(heat, Coolant.Water, TemperatureDelta.Zero), "temperatureRise", "greater than 0");
        Approx.Throws<ArgumentOutOfRangeException>(() => CoolingCalculator.CoolantFlow(heat, Coolant.Water, TemperatureDelta.FromKelvins(-5)), "temperatureRise", "greater than 0", "-5 K");
        Approx.Throws<ArgumentOutOfRangeException>(() => CoolingCalculator.CoolantFlow(Power.FromWatts(-1), Coolant.Water, rise), "heat", "0 or more");
        Approx.Throws<ArgumentException>(() => CoolingCalculator.CoolantFlow(Power.FromWatts(1e308) * 10, Coolant.Water, rise), "heat", "finite");
        var infinite = Power.FromWatts(1e308) * 10;
        Approx.Throws<ArgumentException>(() => CoolingCalculator.CoolantFlow(infinite - infinite, Coolant.Water, rise), "heat", "finite", "NaN");
        Approx.Throws<ArgumentException>(() => CoolingCalculator.SplitHeat(heat, Ratio.FromDecimalFractions(1e308) * 10), "liquidShare", "finite");
        Assert.Throws<ArgumentNullException>(() => CoolingCalculator.CoolantFlow(heat, null!, rise));
        Approx.Throws<ArgumentOutOfRangeException>(() => CoolingCalculator.SplitHeat(heat, Ratio.FromPercent(101)), "liquidShare", "from 0 % to 100 %");
        Approx.Throws<ArgumentOutOfRangeException>(() => CoolingCalculator.SplitHeat(heat, Ratio.FromPercent(-1)), "liquidShare", "from 0 % to 100 %");
        Approx.Throws<ArgumentOutOfRangeException>(() => CoolingCalculator.CduCount(heat, Power.Zero), "cduCapacity", "greater than 0");
        Approx.Throws<ArgumentOutOfRangeException>(() => CoolingCalculator.CduCount(Power.FromGigawatts(1e6), Power.FromWatts(1)), "cduCapacity", "at most");
        Approx.Throws<ArgumentOutOfRangeException>(() => CoolingCalculator.TemperatureRise(heat, Coolant.Water, VolumeFlow.Zero), "flow", "greater than 0");
        Approx.Throws<ArgumentOutOfRangeException>(() => new Coolant("x", Density.Zero, SpecificHeatCapacity.FromJoulesPerKilogramKelvin(4180)), "density", "greater than 0");
        Approx.Throws<ArgumentOutOfRangeException>(() => new Coolant("x", Density.FromKilogramsPerCubicMeter(997), SpecificHeatCapacity.FromJoulesPerKilogramKelvin(-1)), "specificHeatCapacity", "greater than 0");
        Approx.Throws<ArgumentOutOfRangeException>(
            () => CoolingCalculator.Calculate(new LiquidCoolingInput
            {
                Heat = heat, LiquidShare = Ratio.FromPercent(70), Coolant = Coolant.Water, TemperatureRise = rise, CduCapacity = Power.FromKilowatts(350), RedundantCdus = -1,
            }),
            "RedundantCdus", "0 or more");
    }
}
