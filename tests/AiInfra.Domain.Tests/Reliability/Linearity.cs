using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// Asserts that work grows linearly with its input, by ratio rather than by absolute time (which depends on the
/// machine and its load): the time for an input of size 8n over the time for size n is about 8 when linear and 64 when
/// quadratic, so a bound of 20 tolerates noise and still catches a quadratic step. Both sizes run once to warm up, then
/// in turns, several times, and the fastest run of each counts, so that a pause of a busy, shared machine (which only
/// ever adds time) does not decide the result. The small size is timed over 8 runs in a row, so that both timings span
/// about the same wall time and see the same load: a short run timed alone can fall between the other programs' time
/// slices and look faster than the machine is. Where the system measures a thread's CPU time (Linux), that is the
/// time taken, so that waiting for a core on a machine shared by many builds does not count at all.
/// </summary>
internal static class Linearity
{
    /// <summary>The test collection of timing tests: run alone, after the others, not in parallel with them or each other.</summary>
    public const string Collection = "Timing";

    /// <summary>The default bound on time(8n) / time(n): between linear (8) and quadratic (64).</summary>
    public const double DefaultBound = 20;

    /// <summary>
    /// Times <paramref name="prepare"/>(n)'s action against <paramref name="prepare"/>(8n)'s (inputs are built before
    /// timing) and fails when the ratio is not below <paramref name="bound"/>.
    /// </summary>
    /// <returns>A line for the test output: sizes, times and ratio.</returns>
    public static string AssertLinear(string what, int n, Func<int, Action> prepare, double bound = DefaultBound, int runs = 3)
    {
        var small = prepare(n);
        var large = prepare(8 * n);
        small(); // Warm-up: JIT, caches, pools.
        large();
        var smallTime = TimeSpan.MaxValue;
        var largeTime = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            smallTime = Min(smallTime, Time(small, 8) / 8);
            largeTime = Min(largeTime, Time(large, 1));
        }

        var ratio = largeTime.TotalMilliseconds / Math.Max(smallTime.TotalMilliseconds, 0.001);
        var line = string.Create(CultureInfo.InvariantCulture, $"{what}: n = {n}: {smallTime.TotalMilliseconds:F1} ms, 8n: {largeTime.TotalMilliseconds:F1} ms, ratio {ratio:F1} (bound {bound})");
        Assert.True(ratio < bound, line);
        return line;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Time(Action action, int times)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var start = Now();
        for (var i = 0; i < times; i++)
        {
            action();
        }

        return Now() - start;
    }

    /// <summary>The CPU time of this thread where the system has it, otherwise the time elapsed.</summary>
    private static TimeSpan Now() =>
        OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out var time) == 0
            ? TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100))
            : Stopwatch.GetElapsedTime(0);

    /// <summary>CLOCK_THREAD_CPUTIME_ID.</summary>
    private const int ThreadCpuTimeClock = 3;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

/// <summary>Timing tests (<see cref="Linearity.Collection"/>) run with nothing else running in this process.</summary>
[CollectionDefinition(Linearity.Collection, DisableParallelization = true)]
public sealed class TimingCollection;
