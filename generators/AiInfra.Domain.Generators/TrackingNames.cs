namespace AiInfra.Domain.Generators;

/// <summary>The names of the pipeline steps, which tests use to assert what was cached.</summary>
internal static class TrackingNames
{
    public const string QuantityFiles = nameof(QuantityFiles);
    public const string QuantityModels = nameof(QuantityModels);
    public const string RelationFiles = nameof(RelationFiles);
    public const string QuantitySet = nameof(QuantitySet);
    public const string DuplicateQuantityFiles = nameof(DuplicateQuantityFiles);
    public const string EmittedQuantities = nameof(EmittedQuantities);
}
