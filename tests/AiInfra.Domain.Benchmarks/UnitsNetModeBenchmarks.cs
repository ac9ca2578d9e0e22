using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using AiInfraLoad = AiInfra.Domain.Tests.Specs.AiInfraMode.RackLoad;
using UnitsNetLoad = AiInfra.Domain.Tests.Specs.UnitsNetMode.UnitsNetRackLoad;

namespace AiInfra.Domain.Benchmarks;

/// <summary>
/// An entity of a spec in <c>"quantityTypes": "unitsNet"</c> mode read from and written to JSON, against the same entity
/// with the library's types (the runtime tests' UnitsNetMode.spec.json and AiInfraMode.spec.json, compiled into this
/// project by the generator): the baseline of each category. The document has eleven quantities, seven of them of
/// decimal-backed UnitsNet types (Power, BitRate, Information), a figure, a map and a list of figures. Target: at most 1.2×.
/// </summary>
[MemoryDiagnoser]
[ShortJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class UnitsNetModeBenchmarks
{
    private const string Document = """{"id":"r1","itPower":"40 kW","breakerRating":"50 kW","tdp":{"value":"700 W","bound":"approximate","source":"datasheet","line":3},"inletTemperature":"27 °C","uplink":"400 Gb/s","memory":"80 GB","cableLength":"2.5 m","heatFlux":"50 W/m²","peakCompute":"989 TFLOPS","feedPower":{"a":"20 kW","b":"20000 W"},"readings":["650 W",{"min":"600 W","max":"0.7 kW","bound":"range"}]}""";

    private readonly byte[] _json = Encoding.UTF8.GetBytes(Document);
    private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(1024);
    private Utf8JsonWriter _writer = null!;
    private AiInfraLoad _aiInfra = null!;
    private UnitsNetLoad _unitsNet = null!;

    [GlobalSetup]
    public void Setup()
    {
        _aiInfra = AiInfraJson.Deserialize<AiInfraLoad>(_json);
        _unitsNet = AiInfraJson.Deserialize<UnitsNetLoad>(_json);
        _writer = new Utf8JsonWriter(_buffer);
        if (AiInfraJson.Serialize(_aiInfra) != AiInfraJson.Serialize(_unitsNet))
        {
            throw new InvalidOperationException("The two modes must write the same JSON for the comparison to mean anything.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read")]
    public AiInfraLoad Read_AiInfraMode() => AiInfraJson.Deserialize<AiInfraLoad>(_json);

    [Benchmark]
    [BenchmarkCategory("Read")]
    public UnitsNetLoad Read_UnitsNetMode() => AiInfraJson.Deserialize<UnitsNetLoad>(_json);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write")]
    public int Write_AiInfraMode()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        AiInfraJson.Serialize(_writer, _aiInfra);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    [BenchmarkCategory("Write")]
    public int Write_UnitsNetMode()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        AiInfraJson.Serialize(_writer, _unitsNet);
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}
