using System;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Quantities;
using AiInfra.Domain.Generators.Specs;
using AiInfra.Domain.Rules;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Catalogs;

/// <summary>
/// The catalogue pipeline: each *.catalog.json file is read on its own (<see cref="CatalogFileParser"/>), checked against
/// the spec set (<see cref="CatalogChecker"/>) and written (<see cref="CatalogEmitter"/>); the checked catalogues' names
/// make the registry (<see cref="CatalogRegistryEmitter"/>). Each step is cached on its own: an edit of a spec file
/// reads no catalogue file again, and an edit of an entry leaves the registry as it was.
/// </summary>
/// <remarks>
/// Registered by <see cref="SpecGenerator"/> with the spec set it resolved, rather than as a second
/// <c>[Generator]</c>: generators cannot share pipeline steps, and a second one would read and resolve every spec file again.
/// </remarks>
internal static class CatalogGenerator
{
    /// <param name="context">The spec generator's context.</param>
    /// <param name="specSet">The resolved spec set, or null while any spec file has an error (no catalogue is then checked).</param>
    /// <param name="quantities">Every quantity the specs may name.</param>
    public static void Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<SpecSetModel?> specSet,
        IncrementalValueProvider<QuantityTable> quantities)
    {
        var files = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(CatalogRules.Extension, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, token) => CatalogFileParser.Parse(file.Path, file.GetText(token)))
            .WithTrackingName(TrackingNames.CatalogFiles);

        context.RegisterSourceOutput(files.Select(static (f, _) => f.Diagnostics), ReportAll);

        // A file whose header has an error still has its entries checked (every mistake is reported at once), but is not written.
        var checkedCatalogs = files
            .Combine(specSet)
            .Combine(quantities)
            .Select(static (pair, _) => pair.Left.Left.Model is { } file && pair.Left.Right is { } set
                ? Writable(CatalogChecker.Check(file, set, pair.Right), pair.Left.Left)
                : null)
            .WithTrackingName(TrackingNames.Catalogs);

        // Which files are left out (a class declared twice) and which take another hint name (a file name used twice).
        var layout = files
            .Combine(specSet)
            .Select(static (pair, _) => pair.Left.Model is { } file && pair.Right is { } set ? CatalogPlacement.Of(file, set) : null)
            .Where(static p => p is not null)
            .Collect()
            .Select(static (placements, _) => CatalogLayout.Of(placements.Select(static p => p!)))
            .WithTrackingName(TrackingNames.CatalogLayout);
        context.RegisterSourceOutput(layout, static (spc, l) => ReportAll(spc, l.Diagnostics));

        context.RegisterSourceOutput(checkedCatalogs.Combine(layout), static (spc, pair) =>
        {
            if (pair.Left is not { } result)
            {
                return;
            }

            ReportAll(spc, result.Diagnostics);
            if (result.Model is { } model && !pair.Right.Excludes(model))
            {
                GeneratedSources.Add(spc, pair.Right.HintNameOf(model), () => CatalogEmitter.Emit(model));
            }
        });

        // Only names: an edit of an entry leaves the registry cached.
        var registry = checkedCatalogs
            .Combine(layout)
            .Select(static (pair, _) => pair.Left?.Model is { } model && !pair.Right.Excludes(model) ? model.Registration : null)
            .Where(static r => r is not null)
            .Collect()
            .SelectMany(static (registrations, _) => CatalogRegistryEmitter.Group(registrations.Select(static r => r!).ToEquatableArray()))
            .WithTrackingName(TrackingNames.CatalogRegistry);

        context.RegisterSourceOutput(registry, static (spc, catalogsOfNamespace) =>
            GeneratedSources.Add(spc, CatalogRegistryEmitter.HintName(catalogsOfNamespace), () => CatalogRegistryEmitter.Emit(catalogsOfNamespace)));
    }

    private static CatalogCheckResult Writable(CatalogCheckResult result, CatalogFileParse file) =>
        file.Diagnostics.Any(static d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error) ? result with { Model = null } : result;

    private static void ReportAll(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
