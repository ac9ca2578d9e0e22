namespace AiInfra.Domain;

/// <summary>Whole-number helpers for the calculators.</summary>
internal static class Counting
{
    /// <summary>
    /// ⌈x⌉ for a count of things, where x came out of floating-point arithmetic: a value within 1e-9 (relative)
    /// of a whole number is taken as that number, so 2.0000000000000004 is 2, not 3.
    /// </summary>
    public static int Ceiling(double x, string name)
    {
        var nearest = Math.Round(x);
        var count = Math.Abs(x - nearest) <= 1e-9 * Math.Max(1, nearest) ? nearest : Math.Ceiling(x);
        return count <= int.MaxValue
            ? (int)count
            : throw new ArgumentOutOfRangeException(name, $"The count for {name} must be at most {int.MaxValue}; it was {count:R}.");
    }
}
