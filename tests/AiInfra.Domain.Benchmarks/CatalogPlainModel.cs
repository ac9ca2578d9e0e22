namespace AiInfra.Domain.Benchmarks;

// Plain classes for every member that the reference catalogue's accelerators and racks use, shaped like their JSON and
// in the order AiInfraJson writes the members, for CatalogJsonBenchmarks' System.Text.Json baseline. Written from the
// catalogue's JSON (each object's members, merged over all entries); CatalogJsonBenchmarks' global setup checks that
// System.Text.Json writes the arrays back byte for byte, so a member the catalogue adds later fails the benchmark
// instead of being skipped. Quantities, periods and enums are strings, as in PlainModel.cs. Entities both use
// (ReportedFigure, RelativeClaim, SourceRef) are one class each, as in the library, holding every member either uses.

/// <summary>A figure of the catalogue: every member any figure of an accelerator or rack uses, in the order AiInfraJson writes them.</summary>
public sealed class PlainCatalogFigure<T>
{
    // Value, or min and max, then bound: the writer's order for both a single value and a range.
    public T? Value { get; set; }

    public T? Min { get; set; }

    public T? Max { get; set; }

    public string? Bound { get; set; }

    public string? Source { get; set; }

    public long? Line { get; set; }

    public bool? Forecast { get; set; }

    public string? Note { get; set; }

    public PlainCatalogCorrection? Corrected { get; set; }
}

public sealed class PlainCatalogCorrection
{
    public string? Original { get; set; }

    public string? Reason { get; set; }
}

public sealed class PlainCatalogAccelerator
{
    public string? Id { get; set; }

    public string? Vendor { get; set; }

    public string? Name { get; set; }

    public string? Codename { get; set; }

    public string? NameOriginal { get; set; }

    public string? Family { get; set; }

    public string? Architecture { get; set; }

    public string? Kind { get; set; }

    public string? Role { get; set; }

    public string? Status { get; set; }

    public PlainCatalogFigure<string>? LaunchPeriod { get; set; }

    public PlainCatalogFigure<string>? MassProductionPeriod { get; set; }

    public PlainCatalogFigure<string>? ProcessNode { get; set; }

    public string? ProcessName { get; set; }

    public PlainCatalogFigure<long>? DieCount { get; set; }

    public PlainCatalogFigure<string>? DieArea { get; set; }

    public PlainCatalogFigure<string>? OnChipMemory { get; set; }

    public PlainCatalogFigure<string>? Clock { get; set; }

    public PlainCatalogFigure<long>? IoDieCount { get; set; }

    public PlainCatalogFigure<string>? Tdp { get; set; }

    public PlainCatalogFigure<string>? Announced { get; set; }

    public PlainCatalogFigure<long>? Transistors { get; set; }

    public List<PlainCatalogAcceleratorComputeItem>? Compute { get; set; }

    public List<PlainCatalogAcceleratorSupportedPrecisionsItem>? SupportedPrecisions { get; set; }

    public PlainCatalogAcceleratorMemory? Memory { get; set; }

    public PlainCatalogAcceleratorScaleUp? ScaleUp { get; set; }

    public PlainCatalogFigure<long>? ChipsPerHost { get; set; }

    public PlainCatalogFigure<string>? SerdesLaneRate { get; set; }

    public string? Packaging { get; set; }

    public string? HostCpu { get; set; }

    public string? ExecutionModel { get; set; }

    public List<PlainCatalogAcceleratorMeasuredThroughputItem>? MeasuredThroughput { get; set; }

    public List<PlainCatalogClaim>? Claims { get; set; }

    public List<PlainCatalogReportedFigure>? AlsoReported { get; set; }

    public List<PlainCatalogAcceleratorDoubtsItem>? Doubts { get; set; }

    public List<PlainSourceRef>? Refs { get; set; }

    public List<string>? Notes { get; set; }
}

public sealed class PlainCatalogAcceleratorComputeItem
{
    public string? Precision { get; set; }

    public string? Sparsity { get; set; }

    public PlainCatalogFigure<string>? Throughput { get; set; }

    public string? Scope { get; set; }
}

public sealed class PlainCatalogAcceleratorSupportedPrecisionsItem
{
    public string? Precision { get; set; }

    public string? Support { get; set; }

    public PlainSourceRef? Ref { get; set; }
}

public sealed class PlainCatalogAcceleratorMemory
{
    public string? Type { get; set; }

    public bool? VendorCustom { get; set; }

    public PlainCatalogFigure<string>? Capacity { get; set; }

    public PlainCatalogFigure<string>? Bandwidth { get; set; }

    public PlainCatalogFigure<long>? Stacks { get; set; }
}

public sealed class PlainCatalogAcceleratorDoubtsItem
{
    public string? Path { get; set; }

    public string? Expected { get; set; }

    public string? Source { get; set; }

    public string? Reason { get; set; }
}

public sealed class PlainCatalogAcceleratorScaleUp
{
    public string? Technology { get; set; }

    public PlainCatalogFigure<string>? Bandwidth { get; set; }

    public string? Direction { get; set; }
}

/// <summary>A RelativeClaim of either entity: every member either uses.</summary>
public sealed class PlainCatalogClaim
{
    public string? Metric { get; set; }

    public string? Baseline { get; set; }

    public string? BaselineText { get; set; }

    public PlainCatalogFigure<string>? Factor { get; set; }

    public string? Semantics { get; set; }

    public string? Precision { get; set; }

    public string? Scope { get; set; }

    public string? Statement { get; set; }
}

/// <summary>A ReportedFigure of either entity (alsoReported): every member either uses.</summary>
public sealed class PlainCatalogReportedFigure
{
    public string? Path { get; set; }

    public string? Value { get; set; }

    public string? Bound { get; set; }

    public string? Source { get; set; }

    public long? Line { get; set; }

    public bool? Forecast { get; set; }

    public string? Note { get; set; }

    public string? Relation { get; set; }

    public string? Definition { get; set; }
}

public sealed class PlainCatalogAcceleratorMeasuredThroughputItem
{
    public string? Model { get; set; }

    public string? Phase { get; set; }

    public PlainCatalogFigure<string>? Throughput { get; set; }
}

public sealed class PlainCatalogRack
{
    public string? Id { get; set; }

    public string? Vendor { get; set; }

    public string? Name { get; set; }

    public string? Architecture { get; set; }

    public long? NvlLabel { get; set; }

    public string? Accelerator { get; set; }

    public PlainCatalogFigure<long>? AcceleratorPackages { get; set; }

    public PlainCatalogFigure<long>? DiesPerPackage { get; set; }

    public PlainCatalogFigure<long>? AcceleratorDies { get; set; }

    public string? HostCpu { get; set; }

    public PlainCatalogFigure<long>? Cpus { get; set; }

    public List<PlainCatalogRackTraysItem>? Trays { get; set; }

    public PlainCatalogFigure<long>? Canisters { get; set; }

    public PlainCatalogFigure<long>? LayersPerCanister { get; set; }

    public PlainCatalogFigure<long>? BladesPerLayer { get; set; }

    public PlainCatalogFigure<long>? AcceleratorsPerCanister { get; set; }

    public PlainCatalogFigure<long>? CpusPerCanister { get; set; }

    public string? ScaleUpDomain { get; set; }

    public string? ScaleUpMedium { get; set; }

    public PlainCatalogFigure<string>? RackPower { get; set; }

    public PlainCatalogFigure<long>? ColdPlates { get; set; }

    public string? Cooling { get; set; }

    public List<PlainCatalogRackAiComputeItem>? AiCompute { get; set; }

    public PlainCatalogFigure<string>? FastMemory { get; set; }

    public PlainCatalogFigure<string>? HbmCapacity { get; set; }

    public PlainCatalogFigure<string>? LpddrCapacity { get; set; }

    public PlainCatalogFigure<string>? MemoryBandwidth { get; set; }

    public PlainCatalogFigure<string>? LaunchPeriod { get; set; }

    public List<PlainCatalogClaim>? Claims { get; set; }

    public PlainCatalogFigure<long>? PowerShelves { get; set; }

    public bool? Bbu { get; set; }

    public PlainCatalogFigure<long>? TorSwitches { get; set; }

    public List<PlainCatalogReportedFigure>? AlsoReported { get; set; }

    public List<PlainSourceRef>? Refs { get; set; }

    public List<string>? Notes { get; set; }
}

public sealed class PlainCatalogRackTraysItem
{
    public string? Tray { get; set; }

    public PlainCatalogFigure<long>? Count { get; set; }
}

public sealed class PlainCatalogRackAiComputeItem
{
    public string? Precision { get; set; }

    public string? Sparsity { get; set; }

    public PlainCatalogFigure<string>? Throughput { get; set; }
}

