using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Systems;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AiInfra.Domain.Benchmarks;

/// <summary>
/// Validating a valid catalogue entry (the target is no allocation) against the usual .NET way, DataAnnotations'
/// <see cref="Validator.TryValidateObject(object, ValidationContext, ICollection{ValidationResult}?, bool)"/> on the
/// plain class, which checks only the top level's few annotated properties while the generated validator checks every
/// constraint of the spec, nested entities and figures included.
/// </summary>
[MemoryDiagnoser]
[ShortJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValidationBenchmarks
{
    private Accelerator _accelerator = null!;
    private Rack _rack = null!;
    private PlainAccelerator _plainAccelerator = null!;
    private PlainRack _plainRack = null!;

    [GlobalSetup]
    public void Setup()
    {
        _accelerator = Catalog.Accelerators.NvidiaH100Sxm;
        _rack = Catalog.Racks.NvidiaGb200Nvl72;
        _plainAccelerator = JsonSerializer.Deserialize(CatalogueData.AcceleratorJson(), PlainJson.Accelerator)!;
        _plainRack = JsonSerializer.Deserialize(CatalogueData.RackJson(), PlainJson.Rack)!;
        if (!_accelerator.Validate().IsValid || !_rack.Validate().IsValid || !DataAnnotations(_plainAccelerator) || !DataAnnotations(_plainRack))
        {
            throw new InvalidOperationException("The benchmark's entries must be valid.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Accelerator")]
    public bool Accelerator_DataAnnotations() => DataAnnotations(_plainAccelerator);

    [Benchmark]
    [BenchmarkCategory("Accelerator")]
    public bool Accelerator_Validate() => _accelerator.Validate().IsValid;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Rack")]
    public bool Rack_DataAnnotations() => DataAnnotations(_plainRack);

    [Benchmark]
    [BenchmarkCategory("Rack")]
    public bool Rack_Validate() => _rack.Validate().IsValid;

    private static bool DataAnnotations(object value) =>
        Validator.TryValidateObject(value, new ValidationContext(value), validationResults: null, validateAllProperties: true);
}
