using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace AiInfra.Domain.Benchmarks;

/// <summary>
/// The default job of the steady-state benchmarks: one launch, 3 warm-up and 8 measured iterations, so the whole
/// suite runs in minutes on a shared two-core machine. Ratios against the baseline of the same run are what count.
/// Pass BenchmarkDotNet's own options (for example <c>--job medium</c>) for a longer run.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ShortJobAttribute : Attribute, IConfigSource
{
    public ShortJobAttribute() =>
        Config = ManualConfig.CreateEmpty().AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8).WithId("Short"));

    public IConfig Config { get; }
}

/// <summary>Long operations (a whole generator run): one invocation per iteration, 1 warm-up and 5 measured iterations.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MonitoringJobAttribute : Attribute, IConfigSource
{
    public MonitoringJobAttribute() =>
        Config = ManualConfig.CreateEmpty().AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithId("Monitoring"));

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
        Config = ManualConfig.CreateEmpty().AddJob(Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(12).WithWarmupCount(0).WithIterationCount(1).WithInvocationCount(1).WithUnrollFactor(1).WithId("ColdStart"));

    public IConfig Config { get; }
}
