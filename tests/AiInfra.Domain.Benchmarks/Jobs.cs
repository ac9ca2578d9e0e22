using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AiInfra.Domain.Benchmarks;

/// <summary>What every job's configuration shares.</summary>
internal static class Jobs
{
    /// <summary>
    /// BenchmarkDotNet builds its own copy of the project, the library and its generator included; on a busy machine
    /// that takes longer than its default limit of two minutes, so the limit here is ten.
    /// </summary>
    /// <remarks>
    /// With the environment variable <c>AIINFRA_BENCH_INPROCESS=1</c> the job runs in the host process
    /// (BenchmarkDotNet's in-process toolchain) instead of a copy of the project that BenchmarkDotNet builds first: no
    /// build of minutes on a loaded machine, for quick comparisons while changing code. Cold-start jobs need fresh
    /// processes and ignore it.
    /// </remarks>
    public static ManualConfig Config(Job job) => ManualConfig.CreateEmpty().WithBuildTimeout(TimeSpan.FromMinutes(10)).AddJob(
        InProcess && job.Run.RunStrategy != RunStrategy.ColdStart ? job.WithToolchain(InProcessEmitToolchain.Instance) : job);

    private static bool InProcess => Environment.GetEnvironmentVariable("AIINFRA_BENCH_INPROCESS") == "1";
}

/// <summary>
/// The default job of the steady-state benchmarks: 3 warm-up and 8 measured iterations in one launch (a process per
/// benchmark), so the whole suite runs in minutes on a shared two-core machine. Ratios against the baseline of the
/// same run are what count. Pass BenchmarkDotNet's own options (for example <c>--job medium</c>) for a longer run.
/// </summary>
/// <param name="launchCount">
/// Processes per benchmark. A row moved by about 10 % between runs of one launch on the shared machine (the JSON
/// section of docs/performance.md), so a class whose ratio is a target measures in two and reports their mean.
/// </param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShortJobAttribute(int launchCount = 1) : Attribute, IConfigSource
{
    public IConfig Config { get; } =
        Jobs.Config(Job.Default.WithLaunchCount(launchCount).WithWarmupCount(3).WithIterationCount(8).WithId("Short"));
}

/// <summary>
/// Long operations (a whole generator run): one invocation per iteration, 30 warm-up and 10 measured iterations. The
/// warm-up is long enough for the runtime to compile the code of each scenario fully optimised (tiered compilation
/// optimises a method after about 30 calls): an edit is rerun incrementally only in a long-lived process (an IDE),
/// where the generator's code is long past its first calls, so a few warm-up calls would measure the JIT instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MonitoringJobAttribute : Attribute, IConfigSource
{
    public MonitoringJobAttribute() =>
        Config = Jobs.Config(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(30).WithIterationCount(10).WithId("Monitoring"));

    public IConfig Config { get; }
}

/// <summary>
/// Cold start: each launch is a fresh process that measures one first call (JIT, type loading and static
/// initialisation included), 12 launches per benchmark.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ColdStartJobAttribute : Attribute, IConfigSource
{
    public ColdStartJobAttribute() =>
        Config = Jobs.Config(Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(12).WithWarmupCount(0).WithIterationCount(1).WithInvocationCount(1).WithUnrollFactor(1).WithId("ColdStart"));

    public IConfig Config { get; }
}
