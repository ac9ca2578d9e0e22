using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Catalogs;

/// <summary>One *.catalog.json file, as text: it is read together with the resolved spec set it depends on.</summary>
internal sealed record CatalogFileInput(string Path, string Content);

/// <summary>The C# source for one catalogue file (null when it had errors), its diagnostics, and what the registry says of it (null when it had errors).</summary>
internal sealed record CatalogResult(string HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics, CatalogRegistration? Registration = null);

/// <summary>
/// What the registry of catalogues (<see cref="CatalogRegistryEmitter"/>) needs of one catalogue: only names, so that an
/// edit of an entry leaves the registry cached.
/// </summary>
/// <param name="Namespace">The namespace of its <c>Catalog</c> class.</param>
/// <param name="Kind">The file's name without ".catalog.json" ("host-cpus").</param>
/// <param name="ClassName">Its class in <c>Catalog</c> ("HostCpus").</param>
/// <param name="EntityType">The entity's full C# name, with "global::".</param>
/// <param name="FileName">The file's name, for docs.</param>
internal sealed record CatalogRegistration(string Namespace, string Kind, string ClassName, string EntityType, string FileName);
