namespace AiInfra.Domain.Optics;

using AiInfra.Domain.Quantities;

/// <summary>
/// Sizes k-ary fat trees (Al-Fares et al.'s construction), non-blocking or oversubscribed at the leaves: switches per
/// tier, links, transceivers by place and kind, fibres, MPO connectors and optics power, with pluggable or
/// co-packaged switch optics.
/// </summary>
/// <remarks>
/// <para>Every switch has k ports at the port rate. A leaf (edge) switch uses d ports down and u = k − d up, where
/// d = ⌊k × n / (n + 1)⌋ for an oversubscription of n:1 (<see cref="FatTreeInput.Oversubscription"/>); n = 1 gives
/// d = u = k/2, the non-blocking tree (full bisection). Switches above the leaves use k/2 down and k/2 up (the top
/// tier all k down): the tree is non-blocking above its leaves. With H host ports:</para>
/// <list type="bullet">
/// <item>two tiers: leaves = ⌈H / d⌉, spines = ⌈leaves × u / k⌉; at most k × d host ports (k leaves), k²/2 when
/// non-blocking;</item>
/// <item>three tiers: edges = ⌈H / d⌉, aggregation = ⌈edges × u / (k/2)⌉, core = ⌈aggregation × (k/2) / k⌉; at most
/// k × (k/2) × d host ports (k pods of k/2 edge and u aggregation switches, u × k/2 core), k³/4 when non-blocking.</item>
/// </list>
/// <para>Counts are the fewest switches whose ports carry the links; every leaf or edge is cabled with all its u
/// uplinks, so a partly filled tree grows without recabling. Links are point to point at one rate: no breakout
/// cables, no rail optimisation. Switch-to-switch links are optical; host links are optical or
/// copper. Each optical link has fibres = 2 × lanes (one fibre each way per lane: 512 lanes, 1024 fibres in
/// [s001:762]) and a port at each end: a pluggable
/// transceiver at a NIC, and a pluggable transceiver or a co-packaged port at a switch. Patch panels, trunks and
/// shuffles between the ends are not counted.</para>
/// </remarks>
public static class FatTreeCalculator
{
    /// <summary>The most host ports a non-blocking k-ary fat tree reaches: k²/2 for two tiers, k³/4 for three.</summary>
    /// <param name="switchRadix">Ports per switch, k; an even number from 2 to 65,536.</param>
    /// <param name="tiers">Two or three tiers.</param>
    /// <returns>The limit: 2,048 and 65,536 for k = 64.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="switchRadix"/> is odd or outside 2 to 65,536, or <paramref name="tiers"/> is undefined.</exception>
    public static long MaxHostPorts(int switchRadix, FatTreeTiers tiers) => MaxHostPorts(switchRadix, tiers, 1);

    /// <summary>
    /// The most host ports a k-ary fat tree oversubscribed n:1 at its leaves reaches: k × d for two tiers,
    /// k × (k/2) × d for three, with d = ⌊k × n / (n + 1)⌋ down ports per leaf (<see cref="LeafPorts"/>).
    /// </summary>
    /// <param name="switchRadix">Ports per switch, k; an even number from 2 to 65,536.</param>
    /// <param name="tiers">Two or three tiers.</param>
    /// <param name="oversubscription">Leaf downlink / uplink bandwidth, n for n:1; finite, from 1 to <see cref="MaxOversubscription"/>.</param>
    /// <returns>The limit: for k = 64 at 3:1, 3,072 and 98,304.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range, or <paramref name="tiers"/> is undefined.</exception>
    public static long MaxHostPorts(int switchRadix, FatTreeTiers tiers, double oversubscription)
    {
        var (down, _) = LeafPorts(switchRadix, oversubscription);
        return HostPortLimit(switchRadix, tiers, down);
    }

    /// <summary>k × d host ports for two tiers, k × (k/2) × d for three, given d down ports per leaf.</summary>
    private static long HostPortLimit(long k, FatTreeTiers tiers, int down) => tiers switch
    {
        FatTreeTiers.Two => k * down,
        FatTreeTiers.Three => k * (k / 2) * down,
        _ => throw new ArgumentOutOfRangeException(nameof(tiers), tiers, $"tiers must be {nameof(FatTreeTiers.Two)} or {nameof(FatTreeTiers.Three)}; it was {tiers}."),
    };

    /// <summary>
    /// How a leaf (edge) switch splits its ports for an oversubscription of n:1: d = ⌊k × n / (n + 1)⌋ down to hosts
    /// and u = k − d up, so that d / u is n where the ports allow and just below it where they do not (k = 64 at 2:1
    /// gives 42 down and 22 up, 1.91:1).
    /// </summary>
    /// <param name="switchRadix">Ports per switch, k; an even number from 2 to 65,536.</param>
    /// <param name="oversubscription">Downlink / uplink bandwidth, n for n:1; finite, from 1 (non-blocking: k/2 and k/2) to <see cref="MaxOversubscription"/>.</param>
    /// <returns>Down and up ports, each at least 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static (int Down, int Up) LeafPorts(int switchRadix, double oversubscription)
    {
        CheckRadix(switchRadix, nameof(switchRadix));
        CheckOversubscription(oversubscription, nameof(oversubscription));
        var down = (int)Math.Floor((switchRadix * oversubscription / (oversubscription + 1)) + 1e-9);
        down = Math.Min(down, switchRadix - 1);
        return (down, switchRadix - down);
    }

    /// <summary>The most endpoints a non-blocking fat tree serves: ⌊max host ports / NICs per endpoint⌋.</summary>
    /// <param name="switchRadix">Ports per switch, k; an even number from 2 to 65,536.</param>
    /// <param name="tiers">Two or three tiers.</param>
    /// <param name="nicsPerEndpoint">NIC ports per endpoint; 1 or more.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static long MaxEndpoints(int switchRadix, FatTreeTiers tiers, int nicsPerEndpoint)
    {
        ArgumentChecks.Positive(nicsPerEndpoint, nameof(nicsPerEndpoint));
        return MaxHostPorts(switchRadix, tiers) / nicsPerEndpoint;
    }

    /// <summary>Sizes a fat tree.</summary>
    /// <param name="input">The fabric to size.</param>
    /// <returns>Switches, links, optical ports, fibres, MPO connectors and optics power.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is below its minimum, the radix is odd, the host ports exceed the
    /// topology's limit, the port rate is not a whole multiple of the lane rate, or a rate or power is out of range.</exception>
    /// <exception cref="ArgumentException">A quantity is not finite, <see cref="FatTreeInput.CoPackagedPortPower"/> is missing
    /// for co-packaged switches, or copper host links are asked of co-packaged switches (whose ports are all optical).</exception>
    public static FatTreeResult Calculate(FatTreeInput input)
    {
        ArgumentChecks.NotNull(input, nameof(input));
        ArgumentChecks.Positive(input.Endpoints, nameof(input.Endpoints));
        ArgumentChecks.Positive(input.NicsPerEndpoint, nameof(input.NicsPerEndpoint));
        CheckRadix(input.SwitchRadix, nameof(input.SwitchRadix));
        CheckDefined(input.Tiers, nameof(input.Tiers));
        ArgumentChecks.Positive(input.PortRate, nameof(input.PortRate));
        ArgumentChecks.Positive(input.LaneRate, nameof(input.LaneRate));
        ArgumentChecks.Positive(input.FibresPerMpo, nameof(input.FibresPerMpo));
        ArgumentChecks.NonNegative(input.PluggablePortPower, nameof(input.PluggablePortPower));
        CheckDefined(input.HostLinks, nameof(input.HostLinks));
        CheckDefined(input.SwitchOptics, nameof(input.SwitchOptics));
        CheckOversubscription(input.Oversubscription, nameof(input.Oversubscription));
        var (leafDown, leafUp) = LeafPorts(input.SwitchRadix, input.Oversubscription);
        var maxHostPorts = HostPortLimit(input.SwitchRadix, input.Tiers, leafDown);

        var switchPortPower = input.PluggablePortPower;
        if (input.SwitchOptics == SwitchOptics.CoPackaged)
        {
            switchPortPower = input.CoPackagedPortPower is { } cpo
                ? ArgumentChecks.NonNegative(cpo, nameof(input.CoPackagedPortPower))
                : throw new ArgumentException($"{nameof(input.CoPackagedPortPower)} is required when {nameof(input.SwitchOptics)} is {nameof(SwitchOptics.CoPackaged)}.", nameof(input.CoPackagedPortPower));
            if (input.HostLinks == LinkMedium.Copper)
            {
                throw new ArgumentException(
                    $"{nameof(input.HostLinks)} must be {nameof(LinkMedium.Optical)} when {nameof(input.SwitchOptics)} is {nameof(SwitchOptics.CoPackaged)}: a co-packaged switch's ports are all optical, so copper host links cannot reach it.",
                    nameof(input.HostLinks));
            }
        }

        var lanesExact = input.PortRate.BitsPerSecond / input.LaneRate.BitsPerSecond;
        var lanes = Math.Round(lanesExact);
        if (lanes < 1 || Math.Abs(lanesExact - lanes) > 1e-9 * lanes || lanes > int.MaxValue / 2)
        {
            throw new ArgumentOutOfRangeException(nameof(input.LaneRate), input.LaneRate.ToString(),
                $"{nameof(input.PortRate)} / {nameof(input.LaneRate)} must be a whole number of lanes, 1 or more; it was {input.PortRate} / {input.LaneRate} = {lanesExact:R}.");
        }

        var lanesPerPort = (int)lanes;
        var fibresPerLink = 2 * lanesPerPort;
        var mpoPerPluggable = (fibresPerLink + input.FibresPerMpo - 1) / input.FibresPerMpo;

        long hostPorts = (long)input.Endpoints * input.NicsPerEndpoint;
        if (hostPorts > maxHostPorts)
        {
            var ratio = input.Oversubscription.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            var formula = leafDown * 2 == input.SwitchRadix
                ? (input.Tiers == FatTreeTiers.Two ? "k²/2" : "k³/4")
                : (input.Tiers == FatTreeTiers.Two ? $"k × d (d = {leafDown} down ports per leaf at {ratio}:1)" : $"k × (k/2) × d (d = {leafDown} down ports per edge at {ratio}:1)");
            throw new ArgumentOutOfRangeException(nameof(input.Endpoints), input.Endpoints,
                $"{nameof(input.Endpoints)} × {nameof(input.NicsPerEndpoint)} must be at most {formula} = {maxHostPorts} host ports for a {input.Tiers.ToString().ToLowerInvariant()}-tier fat tree of radix {input.SwitchRadix} " +
                $"(at most {maxHostPorts / input.NicsPerEndpoint} endpoints of {input.NicsPerEndpoint} NICs); it was {input.Endpoints} × {input.NicsPerEndpoint} = {hostPorts}. Use more tiers or a larger radix.");
        }

        long k = input.SwitchRadix;
        long half = k / 2;
        long first = CeilDiv(hostPorts, leafDown);
        long uplinks = first * leafUp;
        var switches = new List<(string Name, long Count, long Down, long Up)>();
        var layers = new List<(string Name, long Links, LinkMedium Medium)>();
        long pods = 1;
        if (input.Tiers == FatTreeTiers.Two)
        {
            long spines = CeilDiv(uplinks, k);
            switches.Add(("leaf", first, hostPorts, uplinks));
            switches.Add(("spine", spines, uplinks, 0));
            layers.Add(("host-leaf", hostPorts, input.HostLinks));
            layers.Add(("leaf-spine", uplinks, LinkMedium.Optical));
        }
        else
        {
            long aggregation = CeilDiv(uplinks, half);
            long core = CeilDiv(aggregation * half, k);
            pods = CeilDiv(first, half);
            switches.Add(("edge", first, hostPorts, uplinks));
            switches.Add(("aggregation", aggregation, uplinks, aggregation * half));
            switches.Add(("core", core, aggregation * half, 0));
            layers.Add(("host-edge", hostPorts, input.HostLinks));
            layers.Add(("edge-aggregation", uplinks, LinkMedium.Optical));
            layers.Add(("aggregation-core", aggregation * half, LinkMedium.Optical));
        }

        var ports = new List<OpticalPortCount>();
        long mpoAtNics = 0;
        long mpoAtPluggableSwitchPorts = 0;
        for (var i = 0; i < layers.Count; i++)
        {
            var (name, links, medium) = layers[i];
            if (medium == LinkMedium.Copper)
            {
                continue;
            }

            // The host layer has a NIC at one end; the others have switches at both ends.
            var switchEnds = i == 0 ? links : 2 * links;
            if (i == 0)
            {
                ports.Add(Port(name, OpticsLocation.Nic, SwitchOptics.Pluggable, input.PortRate, links, input.PluggablePortPower));
                mpoAtNics += links * mpoPerPluggable;
            }

            ports.Add(Port(name, OpticsLocation.Switch, input.SwitchOptics, input.PortRate, switchEnds, switchPortPower));
            if (input.SwitchOptics == SwitchOptics.Pluggable)
            {
                mpoAtPluggableSwitchPorts += switchEnds * mpoPerPluggable;
            }
        }

        long mpoAtSwitches = mpoAtPluggableSwitchPorts;
        if (input.SwitchOptics == SwitchOptics.CoPackaged)
        {
            // A co-packaged switch brings all its fibres to its faceplate, so its MPOs hold fibres of many ports.
            foreach (var (_, count, down, up) in switches)
            {
                mpoAtSwitches += FaceplateMpos(down + up, count, fibresPerLink, input.FibresPerMpo);
            }
        }

        var linkLayers = layers.Select(l => new LinkLayer(l.Name, l.Links, l.Medium, l.Medium == LinkMedium.Optical ? l.Links * fibresPerLink : 0)).ToArray();
        var opticsWatts = ports.Sum(p => p.Power.Watts);
        return new FatTreeResult(
            input,
            hostPorts,
            maxHostPorts,
            maxHostPorts / input.NicsPerEndpoint,
            pods,
            Array.AsReadOnly(switches.Select(s => new SwitchTier(s.Name, s.Count, s.Down + s.Up)).ToArray()),
            Array.AsReadOnly(linkLayers),
            ports.AsReadOnly(),
            lanesPerPort,
            fibresPerLink,
            linkLayers.Sum(l => l.Fibres),
            mpoAtNics,
            mpoAtSwitches,
            Power.FromWatts(opticsWatts))
        {
            LeafDownPorts = leafDown,
            LeafUpPorts = leafUp,
        };
    }

    /// <summary>
    /// Sizes the same fat tree twice, with pluggable and with co-packaged switch optics, for a like-for-like
    /// comparison of optics power and MPO counts. The host links must be optical.
    /// </summary>
    /// <param name="input">The fabric; its <see cref="FatTreeInput.SwitchOptics"/> is ignored.</param>
    /// <param name="coPackagedPortPower">Power of one co-packaged optical port, laser included; finite and 0 or more.</param>
    /// <returns>Both sizings and the saving.</returns>
    /// <exception cref="ArgumentException">As <see cref="Calculate"/>.</exception>
    public static OpticsComparison CompareOptics(FatTreeInput input, Power coPackagedPortPower)
    {
        ArgumentChecks.NotNull(input, nameof(input));
        ArgumentChecks.NonNegative(coPackagedPortPower, nameof(coPackagedPortPower));
        return new OpticsComparison(
            Calculate(input with { SwitchOptics = SwitchOptics.Pluggable }),
            Calculate(input with { SwitchOptics = SwitchOptics.CoPackaged, CoPackagedPortPower = coPackagedPortPower }));
    }

    private static OpticalPortCount Port(string layer, OpticsLocation location, SwitchOptics kind, BitRate rate, long count, Power each) =>
        new(layer, location, kind, rate, count, each, Power.FromWatts(each.Watts * count));

    // Σ over the switches of ⌈ports on that switch × fibres per port / fibres per MPO⌉, with the tier's ports
    // spread as evenly as they go (some switches one port more than others).
    private static long FaceplateMpos(long ports, long switches, int fibresPerPort, int fibresPerMpo)
    {
        if (switches == 0)
        {
            return 0;
        }

        long few = ports / switches;
        long more = ports % switches;
        return (more * CeilDiv((few + 1) * fibresPerPort, fibresPerMpo)) + ((switches - more) * CeilDiv(few * fibresPerPort, fibresPerMpo));
    }

    /// <summary>The largest radix accepted, 65,536: far above any switch ASIC, and k³/4 stays well inside a <see cref="long"/>.</summary>
    public const int MaxRadix = 65_536;

    /// <summary>The largest oversubscription accepted, 64:1: far above the 2:1 to 5:1 of practice (outside knowledge, not from the catalogue's sources).</summary>
    public const double MaxOversubscription = 64;

    private static void CheckOversubscription(double value, string name)
    {
        if (!(value >= 1 && value <= MaxOversubscription))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a number from 1 (non-blocking) to {MaxOversubscription} (n for n:1); it was {value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.");
        }
    }

    private static long CeilDiv(long a, long b) => (a + b - 1) / b;

    private static void CheckRadix(int radix, string name)
    {
        if (radix < 2 || radix > MaxRadix || radix % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(name, radix, $"{name} must be an even number of ports from 2 to {MaxRadix}; it was {radix}.");
        }
    }

    private static void CheckDefined<T>(T value, string name)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be one of {string.Join(", ", Enum.GetNames<T>())}; it was {value}.");
        }
    }
}
