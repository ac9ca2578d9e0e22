using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AiInfra.Domain.Benchmarks;

// Plain classes holding the same data as the catalogue's H100 SXM and GB200 NVL72 entries, shaped like their JSON,
// for System.Text.Json's reflection and source-generated serializers. Quantities, periods and enums are plain strings
// here: STJ reads them as text, while AiInfraJson parses each into its typed value and validates it.

/// <summary>A figure as its JSON object: a value (or min and max) with its provenance.</summary>
public sealed class PlainFigure<T>
{
    public T? Value { get; set; }

    public T? Min { get; set; }

    public T? Max { get; set; }

    public string? Bound { get; set; }

    public string? Source { get; set; }

    public int? Line { get; set; }

    public bool Forecast { get; set; }

    public string? Note { get; set; }
}

public sealed class PlainSourceRef
{
    public string? Source { get; set; }

    public long? Line { get; set; }

    public long? LineEnd { get; set; }

    public string? Note { get; set; }
}

public sealed class PlainComputeRating
{
    public string? Precision { get; set; }

    public string? Sparsity { get; set; }

    public PlainFigure<string>? Throughput { get; set; }

    public string? Scope { get; set; }
}

public sealed class PlainMemory
{
    public string? Type { get; set; }

    public PlainFigure<string>? Capacity { get; set; }

    public PlainFigure<string>? Bandwidth { get; set; }

    public PlainFigure<long>? Stacks { get; set; }
}

/// <summary>The accelerator's properties that the H100 SXM entry uses; the top level carries DataAnnotations for the validation baseline.</summary>
public sealed class PlainAccelerator
{
    [Required]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public string? Id { get; set; }

    [Required]
    public string? Vendor { get; set; }

    [Required]
    public string? Name { get; set; }

    public string? Family { get; set; }

    public string? Architecture { get; set; }

    public string? Kind { get; set; }

    public string? Role { get; set; }

    public string? Status { get; set; }

    public PlainFigure<string>? LaunchPeriod { get; set; }

    public string? ProcessName { get; set; }

    public PlainFigure<string>? Tdp { get; set; }

    public List<PlainComputeRating>? Compute { get; set; }

    public PlainMemory? Memory { get; set; }

    public PlainFigure<string>? SerdesLaneRate { get; set; }

    public string? Packaging { get; set; }

    public string? HostCpu { get; set; }

    public List<PlainDoubt>? Doubts { get; set; }

    public List<PlainSourceRef>? Refs { get; set; }

    public List<string>? Notes { get; set; }
}

public sealed class PlainDoubt
{
    public string? Path { get; set; }

    public string? Expected { get; set; }

    public string? Source { get; set; }

    public string? Reason { get; set; }
}

public sealed class PlainTrayCount
{
    public string? Tray { get; set; }

    public PlainFigure<long>? Count { get; set; }
}

public sealed class PlainClaim
{
    public string? Metric { get; set; }

    public string? Baseline { get; set; }

    public PlainFigure<string>? Factor { get; set; }

    public string? Semantics { get; set; }

    public string? Scope { get; set; }

    public string? Statement { get; set; }
}

/// <summary>The rack's properties that the GB200 NVL72 entry uses.</summary>
public sealed class PlainRack
{
    [Required]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public string? Id { get; set; }

    [Required]
    public string? Vendor { get; set; }

    [Required]
    public string? Name { get; set; }

    public string? Architecture { get; set; }

    [Range(1, 100_000)]
    public long? NvlLabel { get; set; }

    public string? Accelerator { get; set; }

    public PlainFigure<long>? AcceleratorPackages { get; set; }

    public string? HostCpu { get; set; }

    public PlainFigure<long>? Cpus { get; set; }

    public List<PlainTrayCount>? Trays { get; set; }

    public string? ScaleUpDomain { get; set; }

    public string? ScaleUpMedium { get; set; }

    public PlainFigure<string>? RackPower { get; set; }

    public PlainFigure<long>? ColdPlates { get; set; }

    public string? Cooling { get; set; }

    public PlainFigure<string>? LaunchPeriod { get; set; }

    public List<PlainClaim>? Claims { get; set; }

    public List<PlainSourceRef>? Refs { get; set; }

    public List<string>? Notes { get; set; }
}

/// <summary>System.Text.Json's source generator for the plain classes: camelCase names, unset values omitted, as AiInfraJson writes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(PlainAccelerator))]
[JsonSerializable(typeof(PlainRack))]
[JsonSerializable(typeof(List<PlainCatalogAccelerator>))]
[JsonSerializable(typeof(List<PlainCatalogRack>))]
public sealed partial class PlainJsonContext : JsonSerializerContext;

/// <summary>The options of both System.Text.Json baselines; the same encoder as AiInfraJson, so the bytes compare.</summary>
public static class PlainJson
{
    public static JsonSerializerOptions SourceGenerated { get; } = Create(PlainJsonContext.Default);

    public static JsonSerializerOptions Reflection { get; } = Create(new DefaultJsonTypeInfoResolver());

    public static JsonTypeInfo<PlainAccelerator> Accelerator { get; } = (JsonTypeInfo<PlainAccelerator>)SourceGenerated.GetTypeInfo(typeof(PlainAccelerator));

    public static JsonTypeInfo<PlainRack> Rack { get; } = (JsonTypeInfo<PlainRack>)SourceGenerated.GetTypeInfo(typeof(PlainRack));

    public static JsonTypeInfo<List<PlainCatalogAccelerator>> Accelerators { get; } = (JsonTypeInfo<List<PlainCatalogAccelerator>>)SourceGenerated.GetTypeInfo(typeof(List<PlainCatalogAccelerator>));

    public static JsonTypeInfo<List<PlainCatalogRack>> Racks { get; } = (JsonTypeInfo<List<PlainCatalogRack>>)SourceGenerated.GetTypeInfo(typeof(List<PlainCatalogRack>));

    private static JsonSerializerOptions Create(IJsonTypeInfoResolver resolver)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = resolver,
        };
        options.MakeReadOnly();
        return options;
    }
}
