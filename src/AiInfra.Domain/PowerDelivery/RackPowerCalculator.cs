namespace AiInfra.Domain.PowerDelivery;

using AiInfra.Domain.Quantities;

/// <summary>
/// Rack and cluster IT load from parts: IT load = Σ count × power per unit, with a per-category breakdown
/// (accelerators, CPUs, switches, NICs, optics, fans and pumps, other).
/// Facility power from an IT load is <see cref="FacilityPowerCalculator"/>.
/// </summary>
/// <remarks>
/// Assumptions: every part draws its stated power at once (peak planning when the stated powers are TDPs;
/// synchronous AI load swings between 30 % and 100 % of peak within milliseconds, [s001:1256], so size supply for
/// the peak). All electrical power taken by the IT equipment ends as heat.
/// </remarks>
public static class RackPowerCalculator
{
    /// <summary>The IT load of a set of parts.</summary>
    /// <param name="components">The lines of the bill; none may be null; counts 0 or more; powers finite and 0 or more.
    /// An empty bill has a zero load.</param>
    /// <returns>The total in watts and its breakdown by <see cref="ItLoadCategory"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="components"/> or one of its lines is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or a power is negative, or a category is undefined.</exception>
    /// <exception cref="ArgumentException">A power is not finite.</exception>
    public static ItLoadBreakdown ItLoad(IEnumerable<ComponentLoad> components)
    {
        ArgumentChecks.NotNull(components, nameof(components));
        var lines = components.ToArray();
        var counts = new long[Enum.GetValues<ItLoadCategory>().Length];
        var watts = new double[counts.Length];
        var present = new bool[counts.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i] ?? throw new ArgumentNullException(nameof(components), $"components[{i}] is null.");
            var where = $"{nameof(components)}[{i}]";
            if (!Enum.IsDefined(line.Category))
            {
                throw new ArgumentOutOfRangeException(where + ".Category", line.Category,
                    $"{where}.Category must be one of {string.Join(", ", Enum.GetNames<ItLoadCategory>())}; it was {line.Category}.");
            }

            ArgumentChecks.NonNegative(line.Count, where + ".Count");
            ArgumentChecks.NonNegative(line.PowerPerUnit, where + ".PowerPerUnit");
            var c = (int)line.Category;
            counts[c] += line.Count;
            watts[c] += line.PowerPerUnit.Watts * line.Count;
            present[c] = true;
        }

        var total = watts.Sum();
        var byCategory = new List<ItLoadCategoryShare>();
        for (var c = 0; c < counts.Length; c++)
        {
            if (present[c])
            {
                byCategory.Add(new ItLoadCategoryShare((ItLoadCategory)c, counts[c], Power.FromWatts(watts[c]),
                    Ratio.FromDecimalFractions(total > 0 ? watts[c] / total : 0)));
            }
        }

        return new ItLoadBreakdown(Power.FromWatts(total), byCategory.AsReadOnly(), Array.AsReadOnly(lines));
    }

    /// <summary>The IT load of a set of parts.</summary>
    /// <param name="components">The lines of the bill.</param>
    /// <returns>The total and its breakdown, as <see cref="ItLoad(IEnumerable{ComponentLoad})"/>.</returns>
    /// <exception cref="ArgumentException">As <see cref="ItLoad(IEnumerable{ComponentLoad})"/>.</exception>
    public static ItLoadBreakdown ItLoad(params ComponentLoad[] components) =>
        ItLoad((IEnumerable<ComponentLoad>)components);

    /// <summary>
    /// The IT load of a cluster of identical racks plus parts outside the racks (such as spine switches and
    /// their optics): cluster = rackCount × rack + Σ shared parts. Every line of <paramref name="rack"/> is
    /// multiplied by <paramref name="rackCount"/>, so the breakdown stays per category.
    /// </summary>
    /// <param name="rack">One rack's IT load, from <see cref="ItLoad(IEnumerable{ComponentLoad})"/>.</param>
    /// <param name="rackCount">How many such racks; 0 or more.</param>
    /// <param name="shared">Parts outside the racks, counted once for the cluster.</param>
    /// <returns>The cluster's IT load and breakdown.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rackCount"/> is negative, or a count times
    /// <paramref name="rackCount"/> exceeds <see cref="int.MaxValue"/>.</exception>
    public static ItLoadBreakdown Cluster(ItLoadBreakdown rack, int rackCount, params ComponentLoad[] shared)
    {
        ArgumentChecks.NotNull(rack, nameof(rack));
        ArgumentChecks.NonNegative(rackCount, nameof(rackCount));
        ArgumentChecks.NotNull(shared, nameof(shared));
        var lines = new List<ComponentLoad>(rack.Lines.Count + shared.Length);
        foreach (var line in rack.Lines)
        {
            var count = (long)line.Count * rackCount;
            if (count > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(rackCount), rackCount,
                    $"{nameof(rackCount)} × the count of '{line.Name ?? line.Category.ToString()}' ({line.Count}) must be at most {int.MaxValue}; it was {count}.");
            }

            lines.Add(line with { Count = (int)count });
        }

        lines.AddRange(shared);
        return ItLoad(lines);
    }
}
