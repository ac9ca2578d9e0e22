using System.Text.Json;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Systems;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AiInfra.Domain.Benchmarks;

/// <summary>
/// Reading (with validation) and writing two catalogue entries, the H100 SXM accelerator and the GB200 NVL72 rack,
/// against System.Text.Json on plain classes holding the same data: source-generated (the baseline) and reflection.
/// All read and write UTF-8 bytes. The global setup checks that the three produce the same JSON.
/// </summary>
[MemoryDiagnoser]
[ShortJob(launchCount: 2)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonBenchmarks
{
    private byte[] _acceleratorJson = [];
    private byte[] _rackJson = [];
    private Accelerator _accelerator = null!;
    private Rack _rack = null!;
    private PlainAccelerator _plainAccelerator = null!;
    private PlainRack _plainRack = null!;

    [GlobalSetup]
    public void Setup()
    {
        _accelerator = Catalog.Accelerators.NvidiaH100Sxm;
        _rack = Catalog.Racks.NvidiaGb200Nvl72;
        _acceleratorJson = CatalogueData.AcceleratorJson();
        _rackJson = CatalogueData.RackJson();
        _plainAccelerator = JsonSerializer.Deserialize(_acceleratorJson, PlainJson.Accelerator)!;
        _plainRack = JsonSerializer.Deserialize(_rackJson, PlainJson.Rack)!;
        SameJson(_acceleratorJson, JsonSerializer.SerializeToUtf8Bytes(_plainAccelerator, PlainJson.Accelerator), "accelerator, source-generated");
        SameJson(_acceleratorJson, JsonSerializer.SerializeToUtf8Bytes(_plainAccelerator, PlainJson.Reflection), "accelerator, reflection");
        SameJson(_rackJson, JsonSerializer.SerializeToUtf8Bytes(_plainRack, PlainJson.Rack), "rack, source-generated");
        SameJson(_rackJson, JsonSerializer.SerializeToUtf8Bytes(_plainRack, PlainJson.Reflection), "rack, reflection");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read Accelerator")]
    public PlainAccelerator? ReadAccelerator_StjSourceGen() => JsonSerializer.Deserialize(_acceleratorJson, PlainJson.Accelerator);

    [Benchmark]
    [BenchmarkCategory("Read Accelerator")]
    public PlainAccelerator? ReadAccelerator_StjReflection() => JsonSerializer.Deserialize<PlainAccelerator>(_acceleratorJson, PlainJson.Reflection);

    [Benchmark]
    [BenchmarkCategory("Read Accelerator")]
    public Accelerator ReadAccelerator_AiInfraJsonValidated() => AiInfraJson.Deserialize<Accelerator>(_acceleratorJson);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write Accelerator")]
    public byte[] WriteAccelerator_StjSourceGen() => JsonSerializer.SerializeToUtf8Bytes(_plainAccelerator, PlainJson.Accelerator);

    [Benchmark]
    [BenchmarkCategory("Write Accelerator")]
    public byte[] WriteAccelerator_StjReflection() => JsonSerializer.SerializeToUtf8Bytes(_plainAccelerator, PlainJson.Reflection);

    [Benchmark]
    [BenchmarkCategory("Write Accelerator")]
    public byte[] WriteAccelerator_AiInfraJson() => AiInfraJson.SerializeToUtf8Bytes(_accelerator);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read Rack")]
    public PlainRack? ReadRack_StjSourceGen() => JsonSerializer.Deserialize(_rackJson, PlainJson.Rack);

    [Benchmark]
    [BenchmarkCategory("Read Rack")]
    public PlainRack? ReadRack_StjReflection() => JsonSerializer.Deserialize<PlainRack>(_rackJson, PlainJson.Reflection);

    [Benchmark]
    [BenchmarkCategory("Read Rack")]
    public Rack ReadRack_AiInfraJsonValidated() => AiInfraJson.Deserialize<Rack>(_rackJson);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write Rack")]
    public byte[] WriteRack_StjSourceGen() => JsonSerializer.SerializeToUtf8Bytes(_plainRack, PlainJson.Rack);

    [Benchmark]
    [BenchmarkCategory("Write Rack")]
    public byte[] WriteRack_StjReflection() => JsonSerializer.SerializeToUtf8Bytes(_plainRack, PlainJson.Reflection);

    [Benchmark]
    [BenchmarkCategory("Write Rack")]
    public byte[] WriteRack_AiInfraJson() => AiInfraJson.SerializeToUtf8Bytes(_rack);

    private static void SameJson(byte[] expected, byte[] actual, string what)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            throw new InvalidOperationException($"System.Text.Json ({what}) does not write the same JSON as AiInfraJson:\n{System.Text.Encoding.UTF8.GetString(expected)}\n{System.Text.Encoding.UTF8.GetString(actual)}");
        }
    }
}
