namespace AiInfra.Domain.Tests.Calculators;

using AiInfra.Domain.PowerDelivery;
using AiInfra.Domain.Quantities;

public class PowerCalculatorTests
{
    internal static ComponentLoad[] DocRack() =>
    [
        new(ItLoadCategory.Accelerators, 72, Power.FromWatts(1200), "GB200"),
        new(ItLoadCategory.Cpus, 36, Power.FromWatts(300)),
        new(ItLoadCategory.Switches, 9, Power.FromWatts(1500)),
        new(ItLoadCategory.Nics, 72, Power.FromWatts(25)),
        new(ItLoadCategory.Optics, 72, Power.FromWatts(15)),
        new(ItLoadCategory.FansAndPumps, 1, Power.FromKilowatts(3)),
    ];

    [Fact]
    public void It_load_is_the_sum_of_count_times_unit_power_with_a_breakdown()
    {
        var load = RackPowerCalculator.ItLoad(DocRack());

        // 86.4 + 10.8 + 13.5 + 1.8 + 1.08 + 3 kW, summed by hand.
        Approx.Equal(116_580, load.Total.Watts);
        Assert.Equal(6, load.ByCategory.Count);
        Approx.Equal(86_400, load.Of(ItLoadCategory.Accelerators).Watts);
        Approx.Equal(1_080, load.Of(ItLoadCategory.Optics).Watts);
        Assert.Equal(Power.Zero, load.Of(ItLoadCategory.Other));
        Assert.Equal(72, load.ByCategory[0].Count);
        Approx.Equal(86_400.0 / 116_580, load.ByCategory[0].Share.DecimalFractions);
        Approx.Equal(1, load.ByCategory.Sum(c => c.Share.DecimalFractions));
    }

    [Fact]
    public void Lines_of_one_category_add_up_and_categories_keep_enum_order()
    {
        var load = RackPowerCalculator.ItLoad(
            new ComponentLoad(ItLoadCategory.Optics, 2, Power.FromWatts(10)),
            new ComponentLoad(ItLoadCategory.Accelerators, 4, Power.FromWatts(700)),
            new ComponentLoad(ItLoadCategory.Optics, 3, Power.FromWatts(20)));

        Assert.Equal([ItLoadCategory.Accelerators, ItLoadCategory.Optics], load.ByCategory.Select(c => c.Category));
        Assert.Equal(5, load.ByCategory[1].Count);
        Approx.Equal(80, load.Of(ItLoadCategory.Optics).Watts);
        Approx.Equal(2_880, load.Total.Watts);
    }

    [Fact]
    public void An_empty_bill_is_zero_and_zero_counts_are_allowed()
    {
        Assert.Equal(Power.Zero, RackPowerCalculator.ItLoad().Total);
        var zero = RackPowerCalculator.ItLoad(new ComponentLoad(ItLoadCategory.Cpus, 0, Power.FromWatts(300)));
        Assert.Equal(Power.Zero, zero.Total);
        Assert.Equal(0, zero.ByCategory[0].Share.DecimalFractions);
    }

    [Fact]
    public void A_cluster_multiplies_every_rack_line_and_adds_shared_parts()
    {
        var rack = RackPowerCalculator.ItLoad(DocRack());
        var cluster = RackPowerCalculator.Cluster(rack, 100, new ComponentLoad(ItLoadCategory.Switches, 16, Power.FromWatts(2000), "spine"));

        Approx.Equal(100 * 116_580 + 32_000, cluster.Total.Watts);
        Assert.Equal(7200, cluster.ByCategory.Single(c => c.Category == ItLoadCategory.Accelerators).Count);
        Assert.Equal(900 + 16, cluster.ByCategory.Single(c => c.Category == ItLoadCategory.Switches).Count);
    }

    [Fact]
    public void Default_chains_use_table_17_and_lose_1_over_the_efficiency_less_1()
    {
        // Loss per MW of IT, 1 / η − 1 at the efficiencies of [s001:1282]: UPS 87 kW, HVDC 75 kW, Panama 26 kW, SST 15 kW (rounded to 1 kW).
        var it = Power.FromMegawatts(1);
        Approx.Within(87, PowerChainCalculator.Calculate(PowerChainKind.Ups, it).Loss.Kilowatts, 0.5);
        Approx.Within(75, PowerChainCalculator.Calculate(PowerChainKind.Hvdc, it).Loss.Kilowatts, 0.5);
        Approx.Within(26, PowerChainCalculator.Calculate(PowerChainKind.Panama, it).Loss.Kilowatts, 0.5);
        Approx.Within(15, PowerChainCalculator.Calculate(PowerChainKind.SolidStateTransformer, it).Loss.Kilowatts, 0.5);
        Assert.Equal(Ratio.FromPercent(92), PowerChain.Ups.Efficiency);
        Assert.Equal(PowerChain.Ups, PowerChain.For(PowerChainKind.Ups));
    }

    [Fact]
    public void One_megawatt_through_a_92_percent_chain_draws_about_1_087_megawatts()
    {
        var result = PowerChainCalculator.Calculate(PowerChain.Ups, Power.FromMegawatts(1));

        // The brief's 1.087 MW is 1 / 0.92 = 1.08696 rounded to three decimals, hence ± 0.0005 MW.
        Approx.Within(1.087, result.InputPower.Megawatts, 0.0005);
        Approx.Equal(1 / 0.92, result.InputPower.Megawatts);
        Approx.Equal(1 / 0.92 - 1, result.Loss.Megawatts);
        Assert.Single(result.Stages);
        Assert.Equal(result.InputPower, result.Stages[0].Input);
    }

    [Fact]
    public void A_caller_can_override_a_default_efficiency()
    {
        var result = PowerChainCalculator.Calculate(PowerChain.For(PowerChainKind.Panama, Ratio.FromPercent(98)), Power.FromMegawatts(2.4));
        Approx.Equal(2.4 / 0.98, result.InputPower.Megawatts);
        Assert.Equal("Panama", result.Chain.Name);
    }

    [Fact]
    public void A_multi_stage_chain_breaks_the_loss_down_by_stage()
    {
        var chain = PowerChain.FromStages("SST + DC-DC",
            new PowerChainStage("SST", Ratio.FromPercent(98.5)),
            new PowerChainStage("800 V DC-DC", Ratio.FromPercent(98)));
        var result = PowerChainCalculator.Calculate(chain, Power.FromMegawatts(1));

        Approx.Equal(0.985 * 0.98, result.Efficiency.DecimalFractions);
        Approx.Equal(1 / 0.98, result.Stages[1].Input.Megawatts);
        Approx.Equal(1, result.Stages[1].Output.Megawatts);
        Approx.Equal(1 / 0.98 / 0.985, result.Stages[0].Input.Megawatts);
        Assert.Equal(result.Stages[1].Input, result.Stages[0].Output);
        Approx.Equal(result.Loss.Watts, result.Stages.Sum(s => s.Loss.Watts), 1e-9);
        Approx.Equal(result.InputPower.Watts, result.Stages[0].Input.Watts);
    }

    [Fact]
    public void Facility_power_is_it_times_pue_and_the_chain_loss_is_part_of_the_overhead()
    {
        var result = FacilityPowerCalculator.Calculate(Power.FromKilowatts(116.58), PowerChain.Hvdc, 1.25);

        Approx.Equal(116.58 * 1.25, result.FacilityPower.Kilowatts);
        Approx.Equal(116.58 / 0.93 - 116.58, result.PowerChainLoss.Kilowatts, 1e-9);
        Approx.Equal(116.58 * 1.25 - 116.58 / 0.93, result.OtherOverhead.Kilowatts, 1e-9);
        Approx.Equal(result.Overhead.Watts, result.PowerChainLoss.Watts + result.OtherOverhead.Watts, 1e-9);
    }

    [Fact]
    public void A_pue_exactly_one_over_the_chain_efficiency_leaves_no_other_overhead()
    {
        var result = FacilityPowerCalculator.Calculate(Power.FromMegawatts(1), PowerChain.Ups, 1 / 0.92);
        Approx.Within(0, result.OtherOverhead.Watts, 1e-6);
    }

    [Fact]
    public void Bad_inputs_name_the_parameter_and_the_range()
    {
        Approx.Throws<ArgumentOutOfRangeException>(
            () => RackPowerCalculator.ItLoad(new ComponentLoad(ItLoadCategory.Cpus, -1, Power.FromWatts(300))),
            "components[0].Count", "0 or more", "-1");
        Approx.Throws<ArgumentOutOfRangeException>(
            () => RackPowerCalculator.ItLoad(new ComponentLoad(ItLoadCategory.Cpus, 1, Power.FromWatts(-300))),
            "components[0].PowerPerUnit", "0 or more");
        Approx.Throws<ArgumentException>(
            () => RackPowerCalculator.ItLoad(new ComponentLoad(ItLoadCategory.Cpus, 1, Power.FromWatts(1e308) * 10)),
            "components[0].PowerPerUnit", "finite");
        Approx.Throws<ArgumentOutOfRangeException>(
            () => RackPowerCalculator.ItLoad(new ComponentLoad((ItLoadCategory)99, 1, Power.FromWatts(1))),
            "components[0].Category", "Accelerators");
        Assert.Throws<ArgumentNullException>(() => RackPowerCalculator.ItLoad((IEnumerable<ComponentLoad>)null!));
        Approx.Throws<ArgumentOutOfRangeException>(
            () => RackPowerCalculator.Cluster(RackPowerCalculator.ItLoad(DocRack()), -2),
            "rackCount", "0 or more");
        Approx.Throws<ArgumentOutOfRangeException>(
            () => RackPowerCalculator.Cluster(RackPowerCalculator.ItLoad(DocRack()), int.MaxValue),
            "rackCount", "at most");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.01)]
    [InlineData(250)]
    public void Efficiencies_outside_zero_to_100_percent_are_rejected(double percent)
    {
        Approx.Throws<ArgumentOutOfRangeException>(
            () => PowerChain.For(PowerChainKind.Ups, Ratio.FromPercent(percent)),
            "stages[0].Efficiency", "greater than 0 %", "at most 100 %");
        Approx.Throws<ArgumentOutOfRangeException>(
            () => PowerChain.FromStages("x", new PowerChainStage("a", Ratio.FromPercent(99)), new PowerChainStage("b", Ratio.FromPercent(percent))),
            "stages[1].Efficiency", "at most 100 %");
    }

    /// <summary>
    /// The lowest PUE, 1 / η, written as 100 / η(%) (as a plan's cooling overhead of 0 % gives it) or as 1 / η: every
    /// efficiency from 50 % to 100 % in steps of 0.01 %, of one stage and of two stages, is accepted with no other
    /// overhead beyond rounding, whichever way it rounds; a PUE clearly below it (a relative 1e-13 less) is still rejected.
    /// </summary>
    [Fact]
    public void The_lowest_pue_is_accepted_however_it_rounds_and_nothing_below_it()
    {
        var it = Power.FromMegawatts(1.8);
        for (var hundredths = 5_000; hundredths <= 10_000; hundredths++)
        {
            var percent = hundredths / 100.0;
            foreach (var chain in new[] { PowerChain.Single("one", Ratio.FromPercent(percent)), PowerChain.FromStages("two", new("a", Ratio.FromPercent(percent)), new("b", Ratio.FromPercent(99))) })
            {
                foreach (var lowest in new[] { 100 / chain.Efficiency.Percent, 1 / chain.Efficiency.DecimalFractions })
                {
                    var result = FacilityPowerCalculator.Calculate(it, chain, lowest);
                    Assert.InRange(result.OtherOverhead.Watts, 0, it.Watts * 1e-14);
                    Assert.Throws<ArgumentOutOfRangeException>(() => FacilityPowerCalculator.Calculate(it, chain, lowest * (1 - 1e-13)));
                }
            }
        }
    }

    [Fact]
    public void Other_bad_chain_and_facility_inputs_are_rejected()
    {
        Approx.Throws<ArgumentException>(() => PowerChain.FromStages("empty"), "stages", "at least one stage");
        Approx.Throws<ArgumentOutOfRangeException>(() => PowerChain.For((PowerChainKind)7), "architecture", "Ups, Hvdc, Panama, SolidStateTransformer");
        Approx.Throws<ArgumentOutOfRangeException>(() => PowerChainCalculator.Calculate(PowerChain.Ups, Power.FromWatts(-1)), "itLoad", "0 or more");
        Approx.Throws<ArgumentOutOfRangeException>(
            () => FacilityPowerCalculator.Calculate(Power.FromMegawatts(1), PowerChain.Ups, 1.05),
            "pue", "at least 1.0869565217391304", "UPS");
        Approx.Throws<ArgumentOutOfRangeException>(() => FacilityPowerCalculator.Calculate(Power.FromMegawatts(1), PowerChain.Single("ideal", Ratio.FromPercent(100)), 0.9), "pue", "at least 1");
        Approx.Throws<ArgumentException>(() => FacilityPowerCalculator.Calculate(Power.FromMegawatts(1), PowerChain.Ups, double.NaN), "pue", "finite");
        var infinite = Power.FromWatts(1e308) * 10;
        Approx.Throws<ArgumentException>(() => PowerChainCalculator.Calculate(PowerChain.Ups, infinite - infinite), "itLoad", "finite", "NaN");
        Approx.Throws<ArgumentException>(() => PowerChain.Single("x", Ratio.FromDecimalFractions(1e308) * 10), "stages[0].Efficiency", "finite");
        Approx.Throws<ArgumentException>(() => FacilityPowerCalculator.Calculate(Power.FromMegawatts(1), PowerChain.Ups, double.PositiveInfinity), "pue", "finite");
    }
}
