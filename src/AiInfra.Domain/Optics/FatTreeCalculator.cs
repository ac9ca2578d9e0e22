namespace AiInfra.Domain.Optics;

using AiInfra.Domain.Quantities;

/// <summary>
/// Sizes non-blocking k-ary fat trees (Al-Fares et al.'s construction): switches per tier, links, transceivers
/// by place and kind, fibres, MPO connectors and optics power, with pluggable or co-packaged switch optics.
/// </summary>
/// <remarks>
/// <para>Every switch has k ports at the port rate and uses k/2 down and k/2 up (the top tier uses all k down),
/// which keeps the tree non-blocking (full bisection). With H host ports:</para>
/// <list type="bullet">
/// <item>two tiers: leaves = ⌈H / (k/2)⌉, spines = ⌈leaves × (k/2) / k⌉; at most k²/2 host ports (k leaves, k/2 spines);</item>
/// <item>three tiers: edges = ⌈H / (k/2)⌉, aggregation = edges, core = ⌈aggregation × (k/2) / k⌉; at most
/// k³/4 host ports (k pods of k/2 edge and k/2 aggregation switches, (k/2)² core).</item>
/// </list>
/// <para>Counts are the fewest switches whose ports carry the links; every leaf or edge is cabled with all its k/2
/// uplinks, so a partly filled tree grows without recabling. Links are point to point at one rate: no breakout
/// cables, no oversubscription, no rail optimisation. Switch-to-switch links are optical; host links are optical or
/// copper. Each optical link has fibres = 2 × lanes (catalogue-part1 §5 item 19) and a port at each end: a pluggable
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
    public static long MaxHostPorts(int switchRadix, FatTreeTiers tiers)
    {
        CheckRadix(switchRadix, nameof(switchRadix));
        long k = switchRadix;
        return tiers switch
        {
            FatTreeTiers.Two => k * k / 2,
            FatTreeTiers.Three => k * k * k / 4,
            _ => throw new ArgumentOutOfRangeException(nameof(tiers), tiers, $"tiers must be {nameof(FatTreeTiers.Two)} or {nameof(FatTreeTiers.Three)}; it was {tiers}."),
        };
    }

    /// <summary>The most endpoints a fat tree serves: ⌊max host ports / NICs per endpoint⌋.</summary>
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
        var maxHostPorts = MaxHostPorts(input.SwitchRadix, input.Tiers);

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
            var formula = input.Tiers == FatTreeTiers.Two ? "k²/2" : "k³/4";
            throw new ArgumentOutOfRangeException(nameof(input.Endpoints), input.Endpoints,
                $"{nameof(input.Endpoints)} × {nameof(input.NicsPerEndpoint)} must be at most {formula} = {maxHostPorts} host ports for a {input.Tiers.ToString().ToLowerInvariant()}-tier fat tree of radix {input.SwitchRadix} " +
                $"(at most {maxHostPorts / input.NicsPerEndpoint} endpoints of {input.NicsPerEndpoint} NICs); it was {input.Endpoints} × {input.NicsPerEndpoint} = {hostPorts}. Use more tiers or a larger radix.");
        }

        long k = input.SwitchRadix;
        long half = k / 2;
        long first = CeilDiv(hostPorts, half);
        var switches = new List<(string Name, long Count, long Down, long Up)>();
        var layers = new List<(string Name, long Links, LinkMedium Medium)>();
        long pods = 1;
        if (input.Tiers == FatTreeTiers.Two)
        {
            long spines = CeilDiv(first * half, k);
            switches.Add(("leaf", first, hostPorts, first * half));
            switches.Add(("spine", spines, first * half, 0));
            layers.Add(("host-leaf", hostPorts, input.HostLinks));
            layers.Add(("leaf-spine", first * half, LinkMedium.Optical));
        }
        else
        {
            long aggregation = first;
            long core = CeilDiv(aggregation * half, k);
            pods = CeilDiv(first, half);
            switches.Add(("edge", first, hostPorts, first * half));
            switches.Add(("aggregation", aggregation, first * half, aggregation * half));
            switches.Add(("core", core, aggregation * half, 0));
            layers.Add(("host-edge", hostPorts, input.HostLinks));
            layers.Add(("edge-aggregation", first * half, LinkMedium.Optical));
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
            Power.FromWatts(opticsWatts));
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
