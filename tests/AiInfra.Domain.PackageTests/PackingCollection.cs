namespace AiInfra.Domain.PackageTests;

/// <summary>
/// The package tests pack projects of the repository in Release; two packs building the same project at once would
/// fight over its obj folder, so the tests of this collection run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackingCollection
{
    public const string Name = "Packing";
}
