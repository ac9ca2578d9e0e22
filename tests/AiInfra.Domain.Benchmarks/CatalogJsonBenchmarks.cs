using System.Text.Json;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Systems;
using BenchmarkDotNet.Attributes;

namespace AiInfra.Domain.Benchmarks;

/// <summary>
/// Throughput on a larger document: every accelerator and every rack of the reference catalogue, each list serialized
/// as one JSON array (CatalogPlainModel.cs has plain classes for every member they use), read and validated with
/// <see cref="AiInfraJson.Options"/> against System.Text.Json's source generator on the plain classes (the baseline).
/// One operation reads both arrays; MB/s is <see cref="TotalBytes"/> over the mean (the global setup prints the size).
/// The global setup checks that System.Text.Json writes the same bytes from the plain classes.
/// </summary>
[MemoryDiagnoser]
[ShortJob(launchCount: 2)]
public class CatalogJsonBenchmarks
{
    private byte[] _accelerators = [];
    private byte[] _racks = [];

    /// <summary>The bytes one operation reads: both arrays.</summary>
    public long TotalBytes => _accelerators.LongLength + _racks.LongLength;

    [GlobalSetup]
    public void Setup()
    {
        _accelerators = JsonSerializer.SerializeToUtf8Bytes(Catalog.Accelerators.All.ToList(), AiInfraJson.Options);
        _racks = JsonSerializer.SerializeToUtf8Bytes(Catalog.Racks.All.ToList(), AiInfraJson.Options);
        var plainAccelerators = JsonSerializer.Deserialize(_accelerators, PlainJson.Accelerators)!;
        var plainRacks = JsonSerializer.Deserialize(_racks, PlainJson.Racks)!;
        SameJson(_accelerators, JsonSerializer.SerializeToUtf8Bytes(plainAccelerators, PlainJson.Accelerators), "accelerators");
        SameJson(_racks, JsonSerializer.SerializeToUtf8Bytes(plainRacks, PlainJson.Racks), "racks");
        Console.WriteLine($"// CatalogJsonBenchmarks: {Catalog.Accelerators.All.Count} accelerators ({_accelerators.Length} B) and {Catalog.Racks.All.Count} racks ({_racks.Length} B), {TotalBytes} B per operation");
    }

    [Benchmark(Baseline = true)]
    public int ReadCatalog_StjSourceGen() =>
        JsonSerializer.Deserialize(_accelerators, PlainJson.Accelerators)!.Count + JsonSerializer.Deserialize(_racks, PlainJson.Racks)!.Count;

    [Benchmark]
    public int ReadCatalog_AiInfraJsonValidated() =>
        JsonSerializer.Deserialize<List<Accelerator>>(_accelerators, AiInfraJson.Options)!.Count + JsonSerializer.Deserialize<List<Rack>>(_racks, AiInfraJson.Options)!.Count;

    private static void SameJson(byte[] expected, byte[] actual, string what)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            var at = expected.AsSpan().CommonPrefixLength(actual);
            var context = System.Text.Encoding.UTF8.GetString(expected, Math.Max(0, at - 60), Math.Min(120, expected.Length - Math.Max(0, at - 60)));
            throw new InvalidOperationException($"System.Text.Json ({what}) does not write the same JSON as AiInfraJson.Options: they part at byte {at}, in ...{context}...");
        }
    }
}
