using System.Globalization;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Audit;

/// <summary>What the audit knows about numeric precisions: their width, and which names denote the same format.</summary>
internal static class Precisions
{
    /// <summary>Bits per value; the order a chip's throughput should not fall along as precision narrows. Null when unknown.</summary>
    public static int? Width(NumericPrecision precision) => precision switch
    {
        NumericPrecision.Fp64 => 64,
        NumericPrecision.Fp32 => 32,
        NumericPrecision.Tf32 or NumericPrecision.Hf32 or NumericPrecision.Tf32OrFp32 => 19,
        NumericPrecision.Bf16 or NumericPrecision.Fp16 or NumericPrecision.Bf16OrFp16 => 16,
        NumericPrecision.Fp8 or NumericPrecision.Mxfp8 or NumericPrecision.Hif8 or NumericPrecision.Int8 or NumericPrecision.Int8OrFp8 => 8,
        NumericPrecision.Fp6 => 6,
        NumericPrecision.Fp4 or NumericPrecision.Mxfp4 or NumericPrecision.Hif4 or NumericPrecision.Int4 => 4,
        _ => null,
    };

    /// <summary>
    /// The plain formats a precision name stands for: a combined column ("INT8/FP8") stands for both, a block-scaled or
    /// vendor variant (MXFP8, HiF8) for the plain float of its width.
    /// </summary>
    public static IReadOnlyList<NumericPrecision> Canon(NumericPrecision precision) => precision switch
    {
        NumericPrecision.Int8OrFp8 => [NumericPrecision.Int8, NumericPrecision.Fp8],
        NumericPrecision.Bf16OrFp16 => [NumericPrecision.Bf16, NumericPrecision.Fp16],
        NumericPrecision.Tf32OrFp32 => [NumericPrecision.Tf32, NumericPrecision.Fp32],
        NumericPrecision.Mxfp8 or NumericPrecision.Hif8 => [NumericPrecision.Fp8],
        NumericPrecision.Mxfp4 or NumericPrecision.Hif4 => [NumericPrecision.Fp4],
        NumericPrecision.Hf32 => [NumericPrecision.Tf32],
        _ => [precision],
    };

    /// <summary>True when the two names can denote the same format (unspecified matches anything).</summary>
    public static bool Compatible(NumericPrecision a, NumericPrecision b) =>
        a == NumericPrecision.Unspecified || b == NumericPrecision.Unspecified || Canon(a).Intersect(Canon(b)).Any();

    /// <summary>True when two sparsity tags can describe the same rating (unspecified matches anything).</summary>
    public static bool Compatible(Sparsity a, Sparsity b) => a == b || a == Sparsity.Unspecified || b == Sparsity.Unspecified;

    /// <summary>
    /// Precisions an architecture has no hardware for: Hopper has no FP4 tensor cores (outside knowledge; the
    /// H100 and H200 columns of [s004:545] give 4 FP4 PFLOPS, which this rule reports). Matched on the
    /// accelerator's <c>architecture</c>, ignoring case.
    /// </summary>
    public static IReadOnlyList<NumericPrecision> LackedBy(string? architecture) =>
        string.Equals(architecture, "Hopper", StringComparison.OrdinalIgnoreCase)
            ? [NumericPrecision.Fp4, NumericPrecision.Mxfp4, NumericPrecision.Hif4]
            : [];

    /// <summary>True for floating-point formats (FP4 to FP64, BF16, TF32 and their vendor variants), whose rates read in FLOPS.</summary>
    public static bool IsFloat(NumericPrecision precision) => precision is not (NumericPrecision.Unspecified or NumericPrecision.Int8
        or NumericPrecision.Int4 or NumericPrecision.Int8OrFp8) && Width(precision) is not null;

    /// <summary>
    /// A rating as a reader expects it: "2.5 PFLOPS" at a floating-point precision, "394 TOPS" at an integer,
    /// combined or unstated one. The quantity's unit is the same (operations per second); only the name differs.
    /// </summary>
    public static string Rated(ComputeThroughput value, NumericPrecision precision, string? format = null)
    {
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return IsFloat(precision) && text.EndsWith("OPS", StringComparison.Ordinal) ? string.Concat(text.AsSpan(0, text.Length - 3), "FLOPS") : text;
    }
}
