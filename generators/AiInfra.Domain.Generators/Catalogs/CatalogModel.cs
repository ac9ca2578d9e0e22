using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Catalogs;

/// <summary>One *.catalog.json file, as text: it is read together with the resolved spec set it depends on.</summary>
internal sealed record CatalogFileInput(string Path, string Content);

/// <summary>The C# source for one catalogue file (null when it had errors) and its diagnostics.</summary>
internal sealed record CatalogResult(string HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics);
