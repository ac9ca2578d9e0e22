namespace AiInfra.Domain.Optics;

using AiInfra.Domain.Quantities;

/// <summary>How many switch tiers a fat tree has.</summary>
public enum FatTreeTiers
{
    /// <summary>Leaf and spine. A non-blocking k-ary two-tier tree reaches k²/2 host ports.</summary>
    Two = 2,

    /// <summary>Edge, aggregation and core. A non-blocking k-ary three-tier tree reaches k³/4 host ports.</summary>
    Three = 3,
}

/// <summary>The medium of a link.</summary>
public enum LinkMedium
{
    /// <summary>Fibre, with a transceiver or co-packaged optical port at each end.</summary>
    Optical,

    /// <summary>Copper cable (DAC/ACC/AEC): no transceivers, fibres or MPO connectors.</summary>
    Copper,
}

/// <summary>How the switches' optical ports are built.</summary>
public enum SwitchOptics
{
    /// <summary>A pluggable transceiver in every optical switch port.</summary>
    Pluggable,

    /// <summary>Co-packaged optics: optical engines beside the switch ASIC, fibres to the faceplate.
    /// NICs keep pluggable transceivers.</summary>
    CoPackaged,
}

/// <summary>Where an optical port sits.</summary>
public enum OpticsLocation
{
    /// <summary>In a NIC, at the endpoint's end of a host link.</summary>
    Nic,

    /// <summary>In a switch.</summary>
    Switch,
}

/// <summary>
/// A k-ary fat tree to size, non-blocking unless <see cref="Oversubscription"/> says otherwise. Every value is required except <see cref="CoPackagedPortPower"/>,
/// which is required when <see cref="SwitchOptics"/> is <see cref="Optics.SwitchOptics.CoPackaged"/>: the
/// catalogue's sources give no module or optical-engine power, lane counts or MPO sizes to default to.
/// </summary>
public sealed record FatTreeInput
{
    /// <summary>Endpoints (servers or accelerators) to connect; 1 or more.</summary>
    public required int Endpoints { get; init; }

    /// <summary>NIC ports per endpoint, each a host link to a leaf switch; 1 or more.</summary>
    public required int NicsPerEndpoint { get; init; }

    /// <summary>The rate of every port and link (NIC and switch), such as 800 Gbit/s; greater than 0.</summary>
    public required BitRate PortRate { get; init; }

    /// <summary>Switch radix k: ports per switch at <see cref="PortRate"/>; an even number from 2 to 65,536.</summary>
    public required int SwitchRadix { get; init; }

    /// <summary>Two or three tiers.</summary>
    public required FatTreeTiers Tiers { get; init; }

    /// <summary>The medium of the NIC-to-leaf links. Switch-to-switch links are always optical.</summary>
    public required LinkMedium HostLinks { get; init; }

    /// <summary>Pluggable or co-packaged optics in the switches.</summary>
    public required SwitchOptics SwitchOptics { get; init; }

    /// <summary>
    /// The rate one fibre carries in one direction: the lane rate of parallel optics (an 800G DR8 port has
    /// 8 × 100 Gbit/s lanes), or the port rate for a duplex WDM optic. <see cref="PortRate"/> must be a whole
    /// multiple of it. Fibres per link = 2 × port rate / lane rate (one fibre each way per lane, as in [s001:762]).
    /// </summary>
    public required BitRate LaneRate { get; init; }

    /// <summary>Fibres per MPO connector (8, 12, 24 and 72 occur in [s001:751], 16 in [s001:762]); 1 or more.</summary>
    public required int FibresPerMpo { get; init; }

    /// <summary>Power of one pluggable transceiver at <see cref="PortRate"/>; finite and 0 or more. Used at NIC ends,
    /// and at switch ends when the switches are pluggable.</summary>
    public required Power PluggablePortPower { get; init; }

    /// <summary>Power of one co-packaged optical port at <see cref="PortRate"/>, laser included; finite and 0 or
    /// more. Required when the switches are co-packaged; ignored otherwise.</summary>
    public Power? CoPackagedPortPower { get; init; }

    /// <summary>
    /// Oversubscription at the leaf (edge) switches: host-facing bandwidth / uplink bandwidth, n for n:1; finite, from 1
    /// to <see cref="FatTreeCalculator.MaxOversubscription"/>. Default 1: non-blocking. A leaf uses
    /// d = ⌊k × n / (n + 1)⌋ ports down and k − d up (<see cref="FatTreeCalculator.LeafPorts"/>); the tiers above the
    /// leaves stay non-blocking.
    /// </summary>
    public double Oversubscription { get; init; } = 1;
}

/// <summary>One tier of switches.</summary>
/// <param name="Name">"leaf", "spine", "edge", "aggregation" or "core".</param>
/// <param name="Count">Switches in the tier.</param>
/// <param name="PortsInUse">Ports cabled across the tier (down plus up).</param>
public sealed record SwitchTier(string Name, long Count, long PortsInUse);

/// <summary>One layer of links.</summary>
/// <param name="Name">"host-leaf", "leaf-spine", "host-edge", "edge-aggregation" or "aggregation-core".</param>
/// <param name="Links">Links in the layer.</param>
/// <param name="Medium">Their medium.</param>
/// <param name="Fibres">Fibres in the layer: links × fibres per link, or 0 for copper.</param>
public sealed record LinkLayer(string Name, long Links, LinkMedium Medium, long Fibres);

/// <summary>Optical ports of one kind in one place.</summary>
/// <param name="LinkLayer">The link layer they terminate.</param>
/// <param name="Location">NIC or switch.</param>
/// <param name="Kind">Pluggable transceivers or co-packaged optical ports.</param>
/// <param name="Rate">The port rate.</param>
/// <param name="Count">How many.</param>
/// <param name="PowerPerPort">The power of one.</param>
/// <param name="Power">Count × power per port.</param>
public sealed record OpticalPortCount(string LinkLayer, OpticsLocation Location, SwitchOptics Kind, BitRate Rate, long Count, Power PowerPerPort, Power Power);

/// <summary>A sized fat tree.</summary>
/// <param name="Input">What was sized.</param>
/// <param name="HostPorts">Endpoints × NICs per endpoint: the leaf ports taken by hosts.</param>
/// <param name="MaxHostPorts">The most host ports the topology reaches at this radix and oversubscription (k × d or k × (k/2) × d; k²/2 or k³/4 non-blocking).</param>
/// <param name="MaxEndpoints">⌊max host ports / NICs per endpoint⌋.</param>
/// <param name="Pods">Pods of a three-tier tree (⌈edges / (k/2)⌉); 1 for two tiers.</param>
/// <param name="Switches">Switch tiers, host side first.</param>
/// <param name="Links">Link layers, host side first.</param>
/// <param name="OpticalPorts">Transceivers and co-packaged ports by layer, place and kind.</param>
/// <param name="LanesPerPort">Port rate / lane rate.</param>
/// <param name="FibresPerLink">2 × lanes per port.</param>
/// <param name="Fibres">Σ fibres over the optical link layers.</param>
/// <param name="MpoConnectorsAtNics">MPO connectors on NIC transceivers: ⌈fibres per link / fibres per MPO⌉ each.</param>
/// <param name="MpoConnectorsAtSwitches">MPO connectors on switches: per pluggable port as at NICs; per co-packaged
/// switch ⌈that switch's optical fibres / fibres per MPO⌉ (as in [s001:762]: 1024 fibres, 64 MPO of 16).</param>
/// <param name="OpticsPower">Σ power over <paramref name="OpticalPorts"/>.</param>
public sealed record FatTreeResult(
    FatTreeInput Input,
    long HostPorts,
    long MaxHostPorts,
    long MaxEndpoints,
    long Pods,
    IReadOnlyList<SwitchTier> Switches,
    IReadOnlyList<LinkLayer> Links,
    IReadOnlyList<OpticalPortCount> OpticalPorts,
    int LanesPerPort,
    int FibresPerLink,
    long Fibres,
    long MpoConnectorsAtNics,
    long MpoConnectorsAtSwitches,
    Power OpticsPower)
{
    /// <summary>Ports of each leaf (edge) switch facing hosts, d = ⌊k × n / (n + 1)⌋ for n:1 oversubscription; k/2 when non-blocking.</summary>
    public int LeafDownPorts { get; init; }

    /// <summary>Ports of each leaf (edge) switch facing up, u = k − d.</summary>
    public int LeafUpPorts { get; init; }

    /// <summary>The oversubscription the leaves have, d / u: the one asked where the ports allow it, just below where they do not.</summary>
    public double LeafOversubscription => LeafUpPorts > 0 ? (double)LeafDownPorts / LeafUpPorts : double.NaN;

    /// <summary>Σ switches over the tiers.</summary>
    public long TotalSwitches => Switches.Sum(s => s.Count);

    /// <summary>Σ pluggable transceivers (NIC and switch ends).</summary>
    public long PluggableTransceivers => OpticalPorts.Where(p => p.Kind == SwitchOptics.Pluggable).Sum(p => p.Count);

    /// <summary>Σ co-packaged optical ports.</summary>
    public long CoPackagedPorts => OpticalPorts.Where(p => p.Kind == SwitchOptics.CoPackaged).Sum(p => p.Count);

    /// <summary>MPO connectors at NICs and switches.</summary>
    public long MpoConnectors => MpoConnectorsAtNics + MpoConnectorsAtSwitches;
}

/// <summary>The same fat tree with pluggable and with co-packaged switch optics.</summary>
/// <param name="Pluggable">Sized with pluggable transceivers in the switches.</param>
/// <param name="CoPackaged">Sized with co-packaged optics in the switches.</param>
public sealed record OpticsComparison(FatTreeResult Pluggable, FatTreeResult CoPackaged)
{
    /// <summary>Optics power saved by co-packaging: pluggable − co-packaged (negative if co-packaging costs more).</summary>
    public Power PowerSaving => Pluggable.OpticsPower - CoPackaged.OpticsPower;

    /// <summary>The saving as a share of the pluggable optics power (0 when that is 0).</summary>
    public Ratio PowerSavingShare => Ratio.FromDecimalFractions(
        Pluggable.OpticsPower.Watts > 0 ? PowerSaving.Watts / Pluggable.OpticsPower.Watts : 0);
}
