using AiInfra.Domain.Chips;
using AiInfra.Domain.Memory;
using AiInfra.Domain.Quantities;
using static AiInfra.Domain.Audit.CatalogAudit;

namespace AiInfra.Domain.Audit;

/// <summary>The checks of one accelerator: its compute ratings and its memory.</summary>
internal static class AcceleratorChecks
{
    private const string Kind = nameof(Accelerator);

    /// <summary>Standard HBM stack capacities in GB (4-high to 16-high stacks of 8, 16, 24 and 32 Gb dies).</summary>
    private static readonly double[] StackCapacities = [4, 8, 12, 16, 24, 32, 36, 48, 64];

    public static void Check(Accelerator accelerator, IReadOnlyList<HbmGeneration> generations, List<AuditFinding> findings)
    {
        CheckSparsity(accelerator, findings);
        CheckPrecisionOrder(accelerator, findings);
        CheckMemory(accelerator, generations, findings);
    }

    private static void CheckSparsity(Accelerator a, List<AuditFinding> findings)
    {
        foreach (var group in a.Compute.GroupBy(r => (r.Precision, r.Scope)))
        {
            var dense = group.Where(r => r.Sparsity == Sparsity.Dense).Select(r => r.Throughput.Value).ToList();
            var sparse = group.Where(r => r.Sparsity == Sparsity.Sparse).Select(r => r.Throughput.Value).ToList();
            foreach (var (d, s) in dense.SelectMany(d => sparse.Select(s => (d, s))).Where(p => p.s < p.d))
            {
                findings.Add(Finding(Kind, a.Id, AuditRules.SparseBelowDense, AuditSeverity.Error,
                    $"The sparse {group.Key.Precision} rating is below the dense one.", ("dense", d), ("sparse", s)));
            }
        }
    }

    private static void CheckPrecisionOrder(Accelerator a, List<AuditFinding> findings)
    {
        var ratings = a.Compute
            .Where(r => Width(r.Precision) is not null && r.Sparsity != Sparsity.Sparse)
            .GroupBy(r => r.Scope)
            .SelectMany(g => g)
            .ToList();
        foreach (var narrow in ratings)
        {
            foreach (var wide in ratings.Where(w => w.Scope == narrow.Scope && Width(w.Precision) > Width(narrow.Precision) && narrow.Sparsity == w.Sparsity))
            {
                if (narrow.Throughput.Value < wide.Throughput.Value * 0.999)
                {
                    findings.Add(Finding(Kind, a.Id, AuditRules.NarrowerPrecisionSlower, AuditSeverity.Warning,
                        $"{narrow.Precision} is rated below {wide.Precision}, a wider precision.",
                        (narrow.Precision.ToString(), narrow.Throughput.Value), (wide.Precision.ToString(), wide.Throughput.Value)));
                }
            }
        }
    }

    /// <summary>Bits per value; the order a chip's throughput should not fall along as precision narrows.</summary>
    private static int? Width(NumericPrecision precision) => precision switch
    {
        NumericPrecision.Fp64 => 64,
        NumericPrecision.Fp32 => 32,
        NumericPrecision.Tf32 or NumericPrecision.Hf32 => 19,
        NumericPrecision.Bf16 or NumericPrecision.Fp16 => 16,
        NumericPrecision.Fp8 or NumericPrecision.Mxfp8 or NumericPrecision.Hif8 or NumericPrecision.Int8 => 8,
        NumericPrecision.Fp6 => 6,
        NumericPrecision.Fp4 or NumericPrecision.Mxfp4 or NumericPrecision.Hif4 or NumericPrecision.Int4 => 4,
        _ => null,
    };

    private static void CheckMemory(Accelerator a, IReadOnlyList<HbmGeneration> generations, List<AuditFinding> findings)
    {
        if (a.Memory is not { } memory)
        {
            return;
        }

        if (memory.Capacity is { } capacity && memory.Stacks is { } stacks && stacks.Value > 0)
        {
            var perStack = capacity.Value.Gigabytes / stacks.Value;
            if (!StackCapacities.Any(c => Math.Abs(c - perStack) < 0.01))
            {
                findings.Add(Finding(Kind, a.Id, AuditRules.ImplausibleStackCapacity, AuditSeverity.Warning,
                    $"{capacity.Value} over {stacks.Value} stacks is {perStack:0.###} GB a stack, which no HBM stack holds.",
                    ("capacity", capacity.Value), ("stacks", stacks.Value)));
            }
        }

        if (memory.Bandwidth is { } bandwidth && memory.Stacks is { } count && memory.Type is { } type
            && generations.FirstOrDefault(g => g.Generation == type) is { MaxStackBandwidth: { } limit })
        {
            var ceiling = limit.Value * count.Value;
            if (bandwidth.Value > ceiling * 1.001)
            {
                findings.Add(Finding(Kind, a.Id, AuditRules.BandwidthAboveStackLimit, AuditSeverity.Error,
                    $"{bandwidth.Value} is more than {count.Value} {type} stacks can deliver ({ceiling.ToUnit(bandwidth.Value.Unit)}).",
                    ("bandwidth", bandwidth.Value), ("stacks", count.Value), ("perStackLimit", limit.Value)));
            }
        }

        if (memory.Bandwidth is { } b && memory.Capacity is { } c && c.Value.Bytes > 0 && memory.Type is >= MemoryType.Hbm2 and <= MemoryType.HbmUnspecified)
        {
            var perSecond = b.Value.BytesPerSecond / c.Value.Bytes;
            if (perSecond is < 5 or > 100)
            {
                findings.Add(Finding(Kind, a.Id, AuditRules.ImplausibleBandwidthPerCapacity, AuditSeverity.Warning,
                    $"Bandwidth over capacity is {perSecond:0.#} per second; HBM parts lie near 10 to 60, so a column may be swapped.",
                    ("bandwidth", b.Value), ("capacity", c.Value)));
            }
        }
    }
}
