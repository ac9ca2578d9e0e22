namespace AiInfra.Domain.PowerDelivery;

using AiInfra.Domain.Quantities;

/// <summary>The kinds of part whose electrical power adds up to a rack's IT load.</summary>
public enum ItLoadCategory
{
    /// <summary>GPUs, TPUs, NPUs and other accelerator packages.</summary>
    Accelerators,

    /// <summary>Host CPUs.</summary>
    Cpus,

    /// <summary>Network switches (scale-up and scale-out), counted at their own power, optics excluded.</summary>
    Switches,

    /// <summary>Network interface cards and DPUs.</summary>
    Nics,

    /// <summary>Optical transceivers, co-packaged optical engines and external laser sources.</summary>
    Optics,

    /// <summary>Fans, pumps and other cooling parts powered from the IT supply.</summary>
    FansAndPumps,

    /// <summary>Anything else on the IT supply: memory, storage, boards, management controllers.</summary>
    Other,
}

/// <summary>
/// One line of an IT-load bill: <see cref="Count"/> parts of one <see cref="Category"/>, each drawing
/// <see cref="PowerPerUnit"/>. Checked when it is used: the count must be 0 or more and the power finite and
/// 0 or more.
/// </summary>
/// <param name="Category">What kind of part this is; lines of one category add up in the breakdown.</param>
/// <param name="Count">How many of the part; 0 or more.</param>
/// <param name="PowerPerUnit">The electrical power of one part at the load being planned for (TDP for peak
/// planning); finite and 0 or more.</param>
/// <param name="Name">An optional label for the line, such as <c>"B200"</c>.</param>
public sealed record ComponentLoad(ItLoadCategory Category, int Count, Power PowerPerUnit, string? Name = null)
{
    /// <summary>Count × power per unit. Not checked: <see cref="RackPowerCalculator.ItLoad(IEnumerable{ComponentLoad})"/> checks it.</summary>
    public Power Total => PowerPerUnit * Count;
}

/// <summary>The IT load of one category of part.</summary>
/// <param name="Category">The category.</param>
/// <param name="Count">How many parts of the category, summed over its lines.</param>
/// <param name="Power">Σ count × power per unit over the category's lines.</param>
/// <param name="Share">This category's share of the total IT load (0 when the total is 0).</param>
public sealed record ItLoadCategoryShare(ItLoadCategory Category, long Count, Power Power, Ratio Share);

/// <summary>An IT load and what it is made of.</summary>
/// <param name="Total">Σ count × power per unit over every line.</param>
/// <param name="ByCategory">One entry per category that has at least one line, in the order of
/// <see cref="ItLoadCategory"/>.</param>
/// <param name="Lines">The lines as given (multiplied out when the load was scaled to a cluster).</param>
public sealed record ItLoadBreakdown(Power Total, IReadOnlyList<ItLoadCategoryShare> ByCategory, IReadOnlyList<ComponentLoad> Lines)
{
    /// <summary>The load of one category, or zero when the breakdown has none of it.</summary>
    /// <param name="category">The category to look up.</param>
    public Power Of(ItLoadCategory category) =>
        ByCategory.FirstOrDefault(c => c.Category == category)?.Power ?? Power.Zero;
}
