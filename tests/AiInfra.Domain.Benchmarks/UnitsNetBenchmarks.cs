using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiInfra.Domain.Quantities.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using UN = UnitsNet;

namespace AiInfra.Domain.Benchmarks;

/// <summary>
/// A <c>UnitsNet.Power</c> read from and written to text: this library's converter (<see cref="UnitsNetJsonConverterFactory"/>,
/// the library's parser and formatter, then the exact conversion to UnitsNet's decimal) against UnitsNet's own
/// <c>Power.Parse</c> and <c>ToString</c>, the baseline of each category. Each benchmark loops over 100 values, so a row
/// is the cost of one; UnitsNet's parser is slow enough that more would make the short job long.
/// </summary>
[MemoryDiagnoser]
[ShortJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class UnitsNetBenchmarks
{
    private const int Count = 100;

    private static readonly JsonConverter<UN.Power> s_converter =
        (JsonConverter<UN.Power>)new UnitsNetJsonConverterFactory().CreateConverter(typeof(UN.Power), AiInfraJson.Options);

    private readonly string[] _texts = new string[Count];
    private readonly byte[][] _json = new byte[Count][];
    private readonly UN.Power[] _powers = new UN.Power[Count];
    private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(256);
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(13);
        for (var i = 0; i < Count; i++)
        {
            var watts = Math.Round(random.NextDouble() * 2000, 1);
            _texts[i] = watts.ToString(CultureInfo.InvariantCulture) + " W";
            _json[i] = Encoding.UTF8.GetBytes("\"" + _texts[i] + "\"");
            _powers[i] = UN.Power.FromKilowatts(watts / 1000);
        }

        _writer = new Utf8JsonWriter(_buffer);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Read")]
    public decimal Read_UnitsNetParse()
    {
        var sum = 0m;
        foreach (var text in _texts)
        {
            sum += UN.Power.Parse(text, CultureInfo.InvariantCulture).Value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Read")]
    public decimal Read_AiInfraConverter()
    {
        var sum = 0m;
        foreach (var json in _json)
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            sum += s_converter.Read(ref reader, typeof(UN.Power), AiInfraJson.Options).Value;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Write")]
    public int Write_UnitsNetToString()
    {
        var length = 0;
        foreach (var power in _powers)
        {
            length += power.ToString(CultureInfo.InvariantCulture).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Write")]
    public int Write_AiInfraConverter()
    {
        var length = 0;
        foreach (var power in _powers)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset();
            s_converter.Write(_writer, power, AiInfraJson.Options);
            _writer.Flush();
            length += _buffer.WrittenCount;
        }

        return length;
    }
}
