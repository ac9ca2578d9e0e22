using AiInfra.Domain.Chips;
using AiInfra.Domain.Systems;
using BenchmarkDotNet.Attributes;

namespace AiInfra.Domain.Benchmarks;

/// <summary>
/// A cold start: the first use of the catalogue's accelerators and racks in a fresh process, against reading and
/// validating the same entries from JSON in a fresh process (JIT, type loading and static initialisation included in
/// both). BenchmarkDotNet's ColdStart strategy: 12 launches, one measured call each. The JSON is read from disk in
/// the global setup, outside the measurement, and never through the catalogue.
/// </summary>
[MemoryDiagnoser]
[ColdStartJob]
public class CatalogueColdStartBenchmarks
{
    private List<byte[]> _accelerators = [];
    private List<byte[]> _racks = [];

    [GlobalSetup(Target = nameof(Json_ParseAndValidate))]
    public void ReadFiles()
    {
        _accelerators = CatalogueData.ReadEntries(CatalogueData.AcceleratorsFile);
        _racks = CatalogueData.ReadEntries(CatalogueData.RacksFile);
    }

    [Benchmark(Baseline = true)]
    public int Json_ParseAndValidate()
    {
        var count = 0;
        foreach (var entry in _accelerators)
        {
            count += AiInfraJson.Deserialize<Accelerator>(entry).Id.Length > 0 ? 1 : 0;
        }

        foreach (var entry in _racks)
        {
            count += AiInfraJson.Deserialize<Rack>(entry).Id.Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int Catalogue_FirstAccess() => Catalog.Accelerators.All.Count + Catalog.Racks.All.Count;
}
