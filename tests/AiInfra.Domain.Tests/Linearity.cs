using System.Diagnostics;

namespace AiInfra.Domain.Tests;

/// <summary>
/// Time on hostile input, judged by ratio rather than absolute time (the machine may be slow or loaded): the time for
/// an input of 8n over the time for n. Linear work gives about 8, quadratic 64; tests assert a generous bound such as 20.
/// </summary>
internal static class Linearity
{
    /// <summary>How many timed runs of each size; the fastest counts (the machine is shared, and a run can be preempted).</summary>
    public const int Runs = 7;

    /// <summary>
    /// The time <paramref name="run"/> takes on <paramref name="input"/>(8n) over the time on <paramref name="input"/>(n),
    /// each the best of <see cref="Runs"/> runs after one warm-up run and a full garbage collection, so that neither a pause of the
    /// machine nor another run's garbage counts.
    /// </summary>
    /// <remarks>
    /// The default n, 16 Ki, keeps the larger input (128 Ki characters, 256 KB as UTF-16) within a core's cache: past it,
    /// the time on a shared, loaded machine depends on what other processes do to the memory bus, not on the algorithm.
    /// </remarks>
    public static double Ratio<T>(Func<int, T> input, Action<T> run, int n = 16 * 1024)
    {
        var small = input(n);
        var large = input(8 * n);
        run(small);
        run(large);
        return Best(() => run(large)) / Math.Max(Best(() => run(small)), 0.05);
    }

    private static double Best(Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < Runs; i++)
        {
            // Large inputs and results live on the large object heap: collect first, so that no run pays for another's garbage.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var stopwatch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
