using AiInfra.Domain.Chips;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Systems;

namespace AiInfra.Domain.Tests.Docs.CatalogPage;

/// <summary>
/// The throughput of one precision group (BF16/FP16, FP8, FP4) in a cell: the dense rating first, else one whose
/// sparsity is not stated (marked †), else the sparse one (marked sparse); a variant format (MXFP8, HiF8) and a scope other than the
/// column's are written after the value.
/// </summary>
internal static class ComputeCell
{
    public static readonly NumericPrecision[] Bf16 = [NumericPrecision.Bf16, NumericPrecision.Fp16, NumericPrecision.Bf16OrFp16];
    public static readonly NumericPrecision[] Fp8 = [NumericPrecision.Fp8, NumericPrecision.Mxfp8, NumericPrecision.Hif8, NumericPrecision.Int8OrFp8];
    public static readonly NumericPrecision[] Fp4 = [NumericPrecision.Fp4, NumericPrecision.Mxfp4, NumericPrecision.Hif4];

    public static string Of(IEnumerable<ComputeRating> ratings, NumericPrecision[] group) =>
        Pick(ratings.Where(r => group.Contains(r.Precision)), r => r.Sparsity, r => r.Precision, r => r.Throughput,
            r => r.Scope == RatingScope.Chip ? null : "per " + r.Scope.ToString().ToLowerInvariant(), group[0]);

    public static string Of(IEnumerable<AggregateCompute> ratings, NumericPrecision[] group) =>
        Pick(ratings.Where(r => group.Contains(r.Precision)), r => r.Sparsity, r => r.Precision, r => r.Throughput, _ => null, group[0]);

    /// <summary>Every aggregate rating at its stated precision, dense first: "300 PFLOPS BF16", "16 EOPS FP4 †", "10 EOPS (precision not stated)".</summary>
    public static string All(IEnumerable<AggregateCompute> ratings) => string.Join("; ", ratings
        .OrderBy(r => r.Sparsity == Sparsity.Sparse).ThenBy(r => r.Precision)
        .Select(r => PageColumn.Text(r.Throughput)
            + (r.Precision == NumericPrecision.Unspecified ? " (precision not stated)" : " " + (Name(r.Precision) ?? "BF16/FP16"))
            + r.Sparsity switch { Sparsity.Sparse => " (sparse)", Sparsity.Unspecified => " †", _ => string.Empty }));

    private static string Pick<T>(IEnumerable<T> ratings, Func<T, Sparsity> sparsity, Func<T, NumericPrecision> precision,
        Func<T, Figure<ComputeThroughput>> throughput, Func<T, string?> scope, NumericPrecision usual)
    {
        var chosen = ratings.OrderBy(r => sparsity(r) switch { Sparsity.Dense => 0, Sparsity.Unspecified => 1, _ => 2 }).FirstOrDefault();
        if (chosen is null)
        {
            return string.Empty;
        }

        var marks = new List<string>();
        if (Name(precision(chosen)) is { } variant && precision(chosen) != usual)
        {
            marks.Add(variant);
        }

        marks.AddRange(sparsity(chosen) switch { Sparsity.Sparse => ["sparse"], Sparsity.Unspecified => ["†"], _ => [] });
        if (scope(chosen) is { } other)
        {
            marks.Add(other);
        }

        return PageColumn.Text(throughput(chosen)) + (marks.Count == 0 ? string.Empty : $" ({string.Join(", ", marks)})");
    }

    /// <summary>The name of a format a column's heading does not already say, or null: FP16 and BF16-or-FP16 read as BF16/FP16.</summary>
    private static string? Name(NumericPrecision precision) => precision switch
    {
        NumericPrecision.Fp16 or NumericPrecision.Bf16OrFp16 => null,
        NumericPrecision.Int8OrFp8 => "INT8/FP8",
        NumericPrecision.Mxfp8 => "MXFP8",
        NumericPrecision.Hif8 => "HiF8",
        NumericPrecision.Mxfp4 => "MXFP4",
        NumericPrecision.Hif4 => "HiF4",
        _ => precision.ToString().ToUpperInvariant(),
    };
}
