namespace AiInfra.Domain.Generators;

/// <summary>The names of the pipeline steps, which tests use to assert what was cached.</summary>
internal static class TrackingNames
{
    public const string QuantityTarget = nameof(QuantityTarget);
    public const string QuantityFiles = nameof(QuantityFiles);
    public const string QuantityModels = nameof(QuantityModels);
    public const string RelationFiles = nameof(RelationFiles);
    public const string QuantitySet = nameof(QuantitySet);
    public const string SpecQuantities = nameof(SpecQuantities);
    public const string SpecUnitsNet = nameof(SpecUnitsNet);
    public const string SpecFiles = nameof(SpecFiles);
    public const string SpecSet = nameof(SpecSet);
    public const string SpecEntities = nameof(SpecEntities);
    public const string SpecEnums = nameof(SpecEnums);
    public const string SpecRegistration = nameof(SpecRegistration);
    public const string CatalogFiles = nameof(CatalogFiles);
    public const string Catalogs = nameof(Catalogs);
    /// <summary>Which checked catalogues are left out or renamed (<see cref="Catalogs.CatalogLayout"/>).</summary>
    public const string CatalogLayout = nameof(CatalogLayout);

    public const string CatalogRegistry = nameof(CatalogRegistry);
    public const string DuplicateQuantityFiles = nameof(DuplicateQuantityFiles);
    public const string EmittedQuantities = nameof(EmittedQuantities);
    public const string UnitsNetReference = nameof(UnitsNetReference);
    public const string UnitsNetConversions = nameof(UnitsNetConversions);
    public const string UnitsNetTable = nameof(UnitsNetTable);
}
