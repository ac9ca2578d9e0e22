namespace AiInfra.Domain.Tests.Calculators;

using AiInfra.Domain.Optics;
using AiInfra.Domain.Quantities;

public class FatTreeCalculatorTests
{
    // The example of docs/calculators.md: 1,024 GPUs with one 800G NIC each on radix-64 switches.
    internal static FatTreeInput DocFabric() => new()
    {
        Endpoints = 1024,
        NicsPerEndpoint = 1,
        PortRate = BitRate.FromGigabitsPerSecond(800),
        SwitchRadix = 64,
        Tiers = FatTreeTiers.Two,
        HostLinks = LinkMedium.Optical,
        SwitchOptics = SwitchOptics.Pluggable,
        LaneRate = BitRate.FromGigabitsPerSecond(100),
        FibresPerMpo = 16,
        PluggablePortPower = Power.FromWatts(15),
    };

    [Fact]
    public void Radix_64_limits_are_2048_and_65536_host_ports()
    {
        Assert.Equal(2048, FatTreeCalculator.MaxHostPorts(64, FatTreeTiers.Two));
        Assert.Equal(65536, FatTreeCalculator.MaxHostPorts(64, FatTreeTiers.Three));
        Assert.Equal(256, FatTreeCalculator.MaxEndpoints(64, FatTreeTiers.Two, 8));
        Assert.Equal(8, FatTreeCalculator.MaxHostPorts(4, FatTreeTiers.Two));
        Assert.Equal(16, FatTreeCalculator.MaxHostPorts(4, FatTreeTiers.Three));
    }

    [Fact]
    public void A_full_two_tier_tree_has_k_leaves_and_k_over_2_spines()
    {
        var full = FatTreeCalculator.Calculate(DocFabric() with { Endpoints = 2048 });
        Assert.Equal([("leaf", 64L), ("spine", 32L)], full.Switches.Select(s => (s.Name, s.Count)));
        Assert.All(full.Switches, s => Assert.Equal(s.Count * 64, s.PortsInUse));
    }

    [Fact]
    public void A_full_three_tier_tree_has_five_k_squared_over_4_switches()
    {
        var full = FatTreeCalculator.Calculate(DocFabric() with { Endpoints = 65536, Tiers = FatTreeTiers.Three });
        Assert.Equal([("edge", 2048L), ("aggregation", 2048L), ("core", 1024L)], full.Switches.Select(s => (s.Name, s.Count)));
        Assert.Equal(5 * 64 * 64 / 4, full.TotalSwitches);
        Assert.Equal(64, full.Pods);
        Assert.All(full.Switches, s => Assert.Equal(s.Count * 64, s.PortsInUse));
    }

    [Fact]
    public void Endpoints_above_the_limit_are_rejected_with_the_limit_in_the_message()
    {
        Approx.Throws<ArgumentOutOfRangeException>(
            () => FatTreeCalculator.Calculate(DocFabric() with { Endpoints = 2049 }),
            "Endpoints", "k²/2 = 2048", "radix 64", "2049");
        Approx.Throws<ArgumentOutOfRangeException>(
            () => FatTreeCalculator.Calculate(DocFabric() with { Endpoints = 300, NicsPerEndpoint = 8 }),
            "Endpoints", "at most 256 endpoints");
        Approx.Throws<ArgumentOutOfRangeException>(
            () => FatTreeCalculator.Calculate(DocFabric() with { Endpoints = 65537, Tiers = FatTreeTiers.Three }),
            "Endpoints", "k³/4 = 65536");
    }

    [Fact]
    public void The_documented_two_tier_fabric_with_pluggable_optics()
    {
        var r = FatTreeCalculator.Calculate(DocFabric());

        // Hand count: 1,024 / 32 = 32 leaves; 32 × 32 / 64 = 16 spines; 1,024 host links; 32 × 32 = 1,024 leaf-spine links.
        Assert.Equal([("leaf", 32L), ("spine", 16L)], r.Switches.Select(s => (s.Name, s.Count)));
        Assert.Equal([("host-leaf", 1024L), ("leaf-spine", 1024L)], r.Links.Select(l => (l.Name, l.Links)));
        Assert.Equal(8, r.LanesPerPort);
        Assert.Equal(16, r.FibresPerLink);
        Assert.Equal(2048 * 16, r.Fibres);

        // Transceivers: 1,024 at NICs, 1,024 + 2 × 1,024 at switches.
        Assert.Equal(4096, r.PluggableTransceivers);
        Assert.Equal(0, r.CoPackagedPorts);
        Assert.Equal(1024, r.OpticalPorts.Where(p => p.Location == OpticsLocation.Nic).Sum(p => p.Count));
        Assert.Equal(3072, r.OpticalPorts.Where(p => p.Location == OpticsLocation.Switch).Sum(p => p.Count));
        Assert.Equal(4096, r.MpoConnectors);
        Approx.Equal(4096 * 15, r.OpticsPower.Watts);
    }

    [Fact]
    public void Co_packaged_optics_against_pluggable()
    {
        var c = FatTreeCalculator.CompareOptics(DocFabric(), Power.FromWatts(10.5));

        Approx.Equal(61_440, c.Pluggable.OpticsPower.Watts);
        Approx.Equal(1024 * 15 + 3072 * 10.5, c.CoPackaged.OpticsPower.Watts);
        Approx.Equal(61_440 - 47_616, c.PowerSaving.Watts);
        Approx.Equal(13_824.0 / 61_440, c.PowerSavingShare.DecimalFractions);
        Assert.Equal(1024, c.CoPackaged.PluggableTransceivers);
        Assert.Equal(3072, c.CoPackaged.CoPackagedPorts);

        // Each leaf and spine has 64 optical ports × 16 fibres = 1,024 fibres = 64 MPO-16, as in [s001:762].
        Assert.Equal(48 * 64, c.CoPackaged.MpoConnectorsAtSwitches);
    }

    [Fact]
    public void Co_packaged_switches_share_mpo_connectors_between_ports()
    {
        // 400G ports of 4 × 100G lanes: 8 fibres per port; a pluggable end needs a whole MPO-16, a co-packaged
        // switch fills each MPO-16 with two ports.
        var input = DocFabric() with { PortRate = BitRate.FromGigabitsPerSecond(400) };
        var c = FatTreeCalculator.CompareOptics(input, Power.FromWatts(6));
        Assert.Equal(3072, c.Pluggable.MpoConnectorsAtSwitches);
        Assert.Equal(3072 / 2, c.CoPackaged.MpoConnectorsAtSwitches);
        Assert.Equal(1024, c.CoPackaged.MpoConnectorsAtNics);
    }

    [Fact]
    public void A_partly_filled_three_tier_tree()
    {
        var r = FatTreeCalculator.Calculate(DocFabric() with { Endpoints = 4096, Tiers = FatTreeTiers.Three });
        Assert.Equal([("edge", 128L), ("aggregation", 128L), ("core", 64L)], r.Switches.Select(s => (s.Name, s.Count)));
        Assert.Equal(4, r.Pods);
        Assert.Equal([4096L, 4096L, 4096L], r.Links.Select(l => l.Links));
        Assert.Equal(4096 + 4096 + 2 * 4096 * 2, r.PluggableTransceivers);
    }

    [Fact]
    public void Uneven_counts_round_up()
    {
        var r = FatTreeCalculator.Calculate(DocFabric() with { Endpoints = 33 });
        Assert.Equal([("leaf", 2L), ("spine", 1L)], r.Switches.Select(s => (s.Name, s.Count)));
        Assert.Equal([33L, 64L], r.Links.Select(l => l.Links));
    }

    [Fact]
    public void Copper_host_links_carry_no_optics()
    {
        var r = FatTreeCalculator.Calculate(DocFabric() with { HostLinks = LinkMedium.Copper });
        Assert.Equal(0, r.Links[0].Fibres);
        Assert.Equal(2048, r.PluggableTransceivers);
        Assert.Equal(0, r.MpoConnectorsAtNics);
        Approx.Equal(2048 * 15, r.OpticsPower.Watts);
    }

    [Fact]
    public void Oversubscription_splits_a_leafs_ports_n_to_1_as_near_as_the_ports_allow()
    {
        Assert.Equal((32, 32), FatTreeCalculator.LeafPorts(64, 1));
        Assert.Equal((48, 16), FatTreeCalculator.LeafPorts(64, 3));      // 64 × 3/4
        Assert.Equal((42, 22), FatTreeCalculator.LeafPorts(64, 2));      // ⌊64 × 2/3⌋ = 42: 1.91:1, the nearest below 2:1
        Assert.Equal((63, 1), FatTreeCalculator.LeafPorts(64, 64));      // ⌊64 × 64/65⌋ = 63
        Assert.Equal((1, 1), FatTreeCalculator.LeafPorts(2, 5));         // a leaf keeps one uplink
        Assert.Equal(3072, FatTreeCalculator.MaxHostPorts(64, FatTreeTiers.Two, 3));       // 64 leaves × 48
        Assert.Equal(98304, FatTreeCalculator.MaxHostPorts(64, FatTreeTiers.Three, 3));    // 64 pods × 32 edges × 48
        Assert.Equal(FatTreeCalculator.MaxHostPorts(64, FatTreeTiers.Three), FatTreeCalculator.MaxHostPorts(64, FatTreeTiers.Three, 1));
    }

    [Fact]
    public void A_two_tier_fabric_oversubscribed_3_to_1_by_hand()
    {
        var r = FatTreeCalculator.Calculate(DocFabric() with { Oversubscription = 3 });

        // Hand count: 1,024 / 48 → 22 leaves; 22 × 16 = 352 uplinks; 352 / 64 → 6 spines.
        Assert.Equal((48, 16, 3.0), (r.LeafDownPorts, r.LeafUpPorts, r.LeafOversubscription));
        Assert.Equal([("leaf", 22L), ("spine", 6L)], r.Switches.Select(s => (s.Name, s.Count)));
        Assert.Equal([("host-leaf", 1024L), ("leaf-spine", 352L)], r.Links.Select(l => (l.Name, l.Links)));
        Assert.Equal([1024 + 352L, 352 + 0L], r.Switches.Select(s => s.PortsInUse));

        // Transceivers: 1,024 at NICs, 1,024 + 2 × 352 at switches; fibres 16 per optical link.
        Assert.Equal(1024 + 1024 + (2 * 352), r.PluggableTransceivers);
        Assert.Equal((1024 + 352) * 16, r.Fibres);
        Assert.Equal((1024 + 1024 + (2 * 352)) * 15, r.OpticsPower.Watts, 9);

        // Against the non-blocking tree (32 leaves, 16 spines, 4,096 transceivers): fewer of everything.
        var blocking = FatTreeCalculator.Calculate(DocFabric());
        Assert.Equal((32, 32, 1.0), (blocking.LeafDownPorts, blocking.LeafUpPorts, blocking.LeafOversubscription));
        Assert.True(r.TotalSwitches < blocking.TotalSwitches && r.PluggableTransceivers < blocking.PluggableTransceivers);
    }

    [Fact]
    public void Full_oversubscribed_trees_use_every_port()
    {
        var two = FatTreeCalculator.Calculate(DocFabric() with { Endpoints = 3072, Oversubscription = 3 });
        Assert.Equal([("leaf", 64L), ("spine", 16L)], two.Switches.Select(s => (s.Name, s.Count)));
        Assert.All(two.Switches, s => Assert.Equal(s.Count * 64, s.PortsInUse));

        // 64 pods of 32 edges and 16 aggregation switches; 16 × 32 = 512 core switches.
        var three = FatTreeCalculator.Calculate(DocFabric() with { Endpoints = 98304, Tiers = FatTreeTiers.Three, Oversubscription = 3 });
        Assert.Equal([("edge", 2048L), ("aggregation", 1024L), ("core", 512L)], three.Switches.Select(s => (s.Name, s.Count)));
        Assert.Equal(64, three.Pods);
        Assert.All(three.Switches, s => Assert.Equal(s.Count * 64, s.PortsInUse));
        Approx.Throws<ArgumentOutOfRangeException>(
            () => FatTreeCalculator.Calculate(DocFabric() with { Endpoints = 3073, Oversubscription = 3 }),
            "Endpoints", "k × d (d = 48 down ports per leaf at 3:1) = 3072", "3073");
    }

    [Fact]
    public void Bad_inputs_name_the_parameter_and_the_range()
    {
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.Calculate(DocFabric() with { Oversubscription = 0.5 }), "Oversubscription", "from 1", "0.5");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.Calculate(DocFabric() with { Oversubscription = double.NaN }), "Oversubscription", "NaN");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.LeafPorts(64, 65), "oversubscription", "to 64");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.MaxHostPorts(64, FatTreeTiers.Two, double.PositiveInfinity), "oversubscription");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.MaxHostPorts(0, FatTreeTiers.Two), "switchRadix", "even", "2 to 65536");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.MaxHostPorts(63, FatTreeTiers.Two), "switchRadix", "even");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.MaxHostPorts(64, (FatTreeTiers)4), "tiers", "Two or Three");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.Calculate(DocFabric() with { SwitchRadix = 0 }), "SwitchRadix", "even");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.Calculate(DocFabric() with { Endpoints = -1 }), "Endpoints", "1 or more");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.Calculate(DocFabric() with { NicsPerEndpoint = 0 }), "NicsPerEndpoint", "1 or more");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.Calculate(DocFabric() with { FibresPerMpo = 0 }), "FibresPerMpo", "1 or more");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.Calculate(DocFabric() with { PortRate = BitRate.Zero }), "PortRate", "greater than 0");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.Calculate(DocFabric() with { LaneRate = BitRate.FromGigabitsPerSecond(300) }), "LaneRate", "whole number of lanes");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.Calculate(DocFabric() with { LaneRate = BitRate.FromGigabitsPerSecond(1600) }), "LaneRate", "whole number of lanes");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.Calculate(DocFabric() with { PluggablePortPower = Power.FromWatts(-1) }), "PluggablePortPower", "0 or more");
        Approx.Throws<ArgumentException>(() => FatTreeCalculator.Calculate(DocFabric() with { SwitchOptics = SwitchOptics.CoPackaged }), "CoPackagedPortPower", "required");
        Approx.Throws<ArgumentException>(
            () => FatTreeCalculator.Calculate(DocFabric() with { SwitchOptics = SwitchOptics.CoPackaged, CoPackagedPortPower = Power.FromWatts(10), HostLinks = LinkMedium.Copper }),
            "HostLinks", "Optical");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.Calculate(DocFabric() with { HostLinks = (LinkMedium)9 }), "HostLinks", "Optical, Copper");
        Approx.Throws<ArgumentOutOfRangeException>(() => FatTreeCalculator.CompareOptics(DocFabric(), Power.FromWatts(-2)), "coPackagedPortPower", "0 or more");
        var infinite = Power.FromWatts(1e308) * 10;
        Approx.Throws<ArgumentException>(() => FatTreeCalculator.Calculate(DocFabric() with { PluggablePortPower = infinite }), "PluggablePortPower", "finite");
        Approx.Throws<ArgumentException>(() => FatTreeCalculator.CompareOptics(DocFabric(), infinite - infinite), "coPackagedPortPower", "finite", "NaN");
        Approx.Throws<ArgumentException>(() => FatTreeCalculator.Calculate(DocFabric() with { LaneRate = BitRate.FromGigabitsPerSecond(1e298) * 1e20 }), "LaneRate", "finite");
        Assert.Throws<ArgumentNullException>(() => FatTreeCalculator.Calculate(null!));
    }
}
