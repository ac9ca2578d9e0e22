using System.Diagnostics;

namespace AiInfra.Domain.Tests;

/// <summary>Measures what code allocates once it runs as it will for the rest of the process.</summary>
internal static class SteadyState
{
    /// <summary>
    /// The bytes one batch of 1,000 calls of <paramref name="action"/> allocates on this thread, once warm: batches run
    /// until one allocates nothing or 10 seconds have passed, and the last batch counts. The first calls allocate: the JIT
    /// runs unoptimised code at first (the optimised code keeps short-lived objects on the stack), and the
    /// NonBacktracking regex engine builds its automaton as it meets new characters.
    /// </summary>
    public static long AllocatedBytes(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                action();
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (allocated == 0 || stopwatch.Elapsed > TimeSpan.FromSeconds(10))
            {
                return allocated;
            }

            Thread.Sleep(20);
        }
    }
}
