namespace AiInfra.Domain.PowerDelivery;

using AiInfra.Domain.Quantities;

/// <summary>The data-centre power architectures the catalogue's <c>PowerArchitectures</c> compare (<c>ups</c>,
/// <c>hvdc</c>, <c>panama</c>, <c>sst</c>; the report's table of them is [s001:1281] to [s001:1285]).</summary>
public enum PowerChainKind
{
    /// <summary>Uninterruptible power supply: AC-DC-AC double conversion.</summary>
    Ups,

    /// <summary>High-voltage DC (240 V, 336 V, ±400 V or 800 V DC): one AC-DC conversion.</summary>
    Hvdc,

    /// <summary>"Panama": a 10 kV medium-voltage supply through a phase-shifting transformer and rectifier, with the
    /// distribution, transformer and UPS integrated ([s001:1275], [s001:1277], [s001:1349]).</summary>
    Panama,

    /// <summary>Solid-state transformer: medium-voltage AC straight to DC through a high-frequency transformer.</summary>
    SolidStateTransformer,
}

/// <summary>One conversion stage of a power chain.</summary>
/// <param name="Name">What the stage is, such as <c>"rectifier"</c> or <c>"800 V DC-DC"</c>.</param>
/// <param name="Efficiency">Output power / input power of the stage; greater than 0 and at most 100 %.</param>
public sealed record PowerChainStage(string Name, Ratio Efficiency);

/// <summary>
/// A power chain from the grid to the IT load: its stages in order, grid side first. The chain's efficiency is
/// the product of the stages' efficiencies, η_chain = Π ηᵢ. Create one with <see cref="For(PowerChainKind)"/> (the
/// catalogue's system efficiency of each architecture),
/// <see cref="Single"/> or <see cref="FromStages(string, PowerChainStage[])"/>.
/// </summary>
public sealed record PowerChain
{
    /// <summary>
    /// The system efficiency of a UPS chain, 92 %: the catalogue's <c>ups</c> power architecture [s001:1282]. The
    /// loss is 1 / 0.92 − 1 = 87 kW per MW of IT.
    /// </summary>
    public static Ratio UpsEfficiency { get; } = Ratio.FromPercent(92);

    /// <summary>
    /// The system efficiency of an HVDC chain, 93 %: the catalogue's <c>hvdc</c> power architecture [s001:1282].
    /// Delta quotes 98 % for its HVDC portfolio [s001:1321], which the entry keeps as another definition: the two
    /// probably bound different parts of the chain. Pass your own figure with <see cref="For(PowerChainKind, Ratio)"/>.
    /// </summary>
    public static Ratio HvdcEfficiency { get; } = Ratio.FromPercent(93);

    /// <summary>
    /// The system efficiency of a Panama chain, 97.5 %: the catalogue's <c>panama</c> power architecture
    /// [s001:1282]. The report's prose says "above 98 %" [s001:1277].
    /// </summary>
    public static Ratio PanamaEfficiency { get; } = Ratio.FromPercent(97.5);

    /// <summary>
    /// The system efficiency of a solid-state-transformer chain, 98.5 %: the catalogue's <c>sst</c> power
    /// architecture [s001:1282]. Vendors quote ≥ 98 % (Delta DP-SST, [s001:1321]) and 98.3 % (Eaton, [s001:1341]).
    /// </summary>
    public static Ratio SolidStateTransformerEfficiency { get; } = Ratio.FromPercent(98.5);

    private PowerChain(string name, IReadOnlyList<PowerChainStage> stages)
    {
        Name = name;
        Stages = stages;
    }

    /// <summary>A label for the chain, such as <c>"UPS"</c>.</summary>
    public string Name { get; }

    /// <summary>The stages, grid side first; at least one.</summary>
    public IReadOnlyList<PowerChainStage> Stages { get; }

    /// <summary>η_chain = Π ηᵢ over <see cref="Stages"/>, as a decimal fraction.</summary>
    public Ratio Efficiency => Ratio.FromDecimalFractions(Stages.Aggregate(1.0, (p, s) => p * s.Efficiency.DecimalFractions));

    /// <summary>A UPS chain at the default efficiency <see cref="UpsEfficiency"/> (92 %), as one stage.</summary>
    public static PowerChain Ups => For(PowerChainKind.Ups);

    /// <summary>An HVDC chain at the default efficiency <see cref="HvdcEfficiency"/> (93 %), as one stage.</summary>
    public static PowerChain Hvdc => For(PowerChainKind.Hvdc);

    /// <summary>A Panama chain at the default efficiency <see cref="PanamaEfficiency"/> (97.5 %), as one stage.</summary>
    public static PowerChain Panama => For(PowerChainKind.Panama);

    /// <summary>A solid-state-transformer chain at the default efficiency <see cref="SolidStateTransformerEfficiency"/> (98.5 %), as one stage.</summary>
    public static PowerChain SolidStateTransformer => For(PowerChainKind.SolidStateTransformer);

    /// <summary>
    /// The chain of an architecture at its default system efficiency (the catalogue's, [s001:1282]), as one
    /// stage: the source gives one figure per architecture, not per stage.
    /// </summary>
    /// <param name="architecture">The architecture.</param>
    /// <returns>A one-stage chain named after the architecture.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="architecture"/> is not defined.</exception>
    public static PowerChain For(PowerChainKind architecture) => For(architecture, DefaultEfficiency(architecture));

    /// <summary>The chain of an architecture at an efficiency of the caller's (a vendor's or a measured figure), as one stage.</summary>
    /// <param name="architecture">The architecture, which names the chain.</param>
    /// <param name="efficiency">The system efficiency; greater than 0 and at most 100 %.</param>
    /// <returns>A one-stage chain.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="architecture"/> is not defined, or
    /// <paramref name="efficiency"/> is outside (0, 100 %].</exception>
    public static PowerChain For(PowerChainKind architecture, Ratio efficiency) =>
        Single(Label(architecture), efficiency);

    /// <summary>The default system efficiency of an architecture (see <see cref="UpsEfficiency"/> and its siblings for the sources).</summary>
    /// <param name="architecture">The architecture.</param>
    /// <returns>92 %, 93 %, 97.5 % or 98.5 %.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="architecture"/> is not defined.</exception>
    public static Ratio DefaultEfficiency(PowerChainKind architecture) => architecture switch
    {
        PowerChainKind.Ups => UpsEfficiency,
        PowerChainKind.Hvdc => HvdcEfficiency,
        PowerChainKind.Panama => PanamaEfficiency,
        PowerChainKind.SolidStateTransformer => SolidStateTransformerEfficiency,
        _ => throw UndefinedArchitecture(architecture),
    };

    /// <summary>A chain of one stage.</summary>
    /// <param name="name">The chain's label (also the stage's).</param>
    /// <param name="efficiency">The efficiency; greater than 0 and at most 100 %.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="efficiency"/> is outside (0, 100 %].</exception>
    /// <exception cref="ArgumentException"><paramref name="efficiency"/> is not finite.</exception>
    public static PowerChain Single(string name, Ratio efficiency) =>
        FromStages(name, new PowerChainStage(name, efficiency));

    /// <summary>A chain of several stages, grid side first.</summary>
    /// <param name="name">The chain's label.</param>
    /// <param name="stages">At least one stage; each efficiency greater than 0 and at most 100 %.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="ArgumentException"><paramref name="stages"/> is empty, a stage is null, or an efficiency is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An efficiency is outside (0, 100 %].</exception>
    public static PowerChain FromStages(string name, params PowerChainStage[] stages)
    {
        ArgumentChecks.NotNull(name, nameof(name));
        ArgumentChecks.NotNull(stages, nameof(stages));
        if (stages.Length == 0)
        {
            throw new ArgumentException($"{nameof(stages)} must hold at least one stage; it was empty.", nameof(stages));
        }

        for (var i = 0; i < stages.Length; i++)
        {
            var stage = stages[i] ?? throw new ArgumentNullException(nameof(stages), $"stages[{i}] is null.");
            ArgumentChecks.Efficiency(stage.Efficiency, $"{nameof(stages)}[{i}].Efficiency");
        }

        return new PowerChain(name, Array.AsReadOnly((PowerChainStage[])stages.Clone()));
    }

    /// <summary>Two chains are equal when their names and their stages, in order, are equal.</summary>
    /// <param name="other">The other chain.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(PowerChain? other) =>
        other is not null && Name == other.Name && Stages.SequenceEqual(other.Stages);

    /// <summary>A hash that agrees with <see cref="Equals(PowerChain)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name);
        foreach (var stage in Stages)
        {
            hash.Add(stage);
        }

        return hash.ToHashCode();
    }

    private static string Label(PowerChainKind architecture) => architecture switch
    {
        PowerChainKind.Ups => "UPS",
        PowerChainKind.Hvdc => "HVDC",
        PowerChainKind.Panama => "Panama",
        PowerChainKind.SolidStateTransformer => "SST",
        _ => throw UndefinedArchitecture(architecture),
    };

    private static ArgumentOutOfRangeException UndefinedArchitecture(PowerChainKind architecture) =>
        new(nameof(architecture), architecture,
            $"architecture must be one of {string.Join(", ", Enum.GetNames<PowerChainKind>())}; it was {architecture}.");
}
