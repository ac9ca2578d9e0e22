using System;
using System.Linq;
using AiInfra.Domain.Generators.Catalogs;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Quantities;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// Turns *.spec.json files into records, JSON readers and writers, validators and JSON Schemas. Each file is
/// parsed on its own; names across files are then resolved together, and each entity's output depends only on
/// what its own code and schema use.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SpecGenerator : IIncrementalGenerator
{
    private const string SpecExtension = ".spec.json";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The quantities a spec file may name: the library's, and the ones this compilation generates from its own
        // *.quantity.json files (the quantity generator reports what is wrong with those).
        var target = CompilationQuantities.Target(context);
        var quantities = CompilationQuantities.Files(context)
            .Where(static r => r.Model is not null)
            .Combine(target)
            .Select(static (pair, _) => CompilationQuantities.Place(pair.Left.Model!, pair.Right))
            .Collect()
            .Combine(target)
            .Select(static (pair, _) => QuantityTable.Create(CompilationQuantities.Generated(pair.Left, pair.Right)))
            .WithTrackingName(TrackingNames.SpecQuantities);

        // The quantities of the referenced UnitsNet, for files in "quantityTypes": "unitsNet" mode: read into strings, so
        // that an edit of C# gives an equal index and reparses nothing.
        var unitsNet = context.CompilationProvider
            .Select(static (compilation, token) => UnitsNetIndex.Read(compilation, token))
            .WithTrackingName(TrackingNames.SpecUnitsNet);

        var files = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(SpecExtension, StringComparison.OrdinalIgnoreCase))
            .Combine(quantities.Combine(unitsNet))
            .Select(static (pair, token) => SpecFileParser.Parse(pair.Left.Path, pair.Left.GetText(token), pair.Right.Left, pair.Right.Right))
            .WithTrackingName(TrackingNames.SpecFiles);

        context.RegisterSourceOutput(files.Select(static (r, _) => r.Diagnostics), ReportAll);

        var set = files
            .Where(static r => r.Model is not null)
            .Select(static (r, _) => r.Model!)
            .Collect()
            .Select(static (models, _) => SpecSetResolver.Resolve(models))
            .WithTrackingName(TrackingNames.SpecSet);

        context.RegisterSourceOutput(set.Select(static (r, _) => r.Diagnostics), ReportAll);

        // Nothing is generated while any spec file has a mistake (an error; a warning such as AIINFRA217 leaves the code right): code from a half-read file (an invalid name, a
        // dropped property) would add C# errors of its own, and catalogues checked against it would report cascades.
        var anyFileError = files
            .Select(static (r, _) => r.Diagnostics.Any(static d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error))
            .Collect()
            .Select(static (errors, _) => errors.Contains(true));
        var emittable = set
            .Combine(anyFileError)
            .Select(static (pair, _) => pair.Left.Diagnostics.Count == 0 && !pair.Right ? pair.Left.Model : null);

        var entities = emittable
            .SelectMany(static (m, _) => m?.Entities ?? EquatableArray<EntityEmitModel>.Empty)
            .WithTrackingName(TrackingNames.SpecEntities);

        context.RegisterSourceOutput(entities, static (spc, model) =>
        {
            GeneratedSources.Add(spc, EntityFileEmitter.HintName(model.Entity), () => EntityFileEmitter.Emit(model));
        });

        var enums = emittable
            .SelectMany(static (m, _) => m?.Enums ?? EquatableArray<EnumModel>.Empty)
            .WithTrackingName(TrackingNames.SpecEnums);

        context.RegisterSourceOutput(enums, static (spc, model) => GeneratedSources.Add(spc, EnumEmitter.HintName(model), () => EnumEmitter.Emit(model)));

        // Only the records' names: a description or constraint does not change the registration.
        var registration = emittable
            .Select(static (m, _) => m is null ? EquatableArray<string>.Empty : m.Entities.Select(e => e.Entity.FullName).ToEquatableArray())
            .WithTrackingName(TrackingNames.SpecRegistration);

        CatalogGenerator.Register(context, emittable, quantities);

        context.RegisterSourceOutput(registration, static (spc, entityNames) =>
        {
            if (entityNames.Count > 0)
            {
                GeneratedSources.Add(spc, EntityRegistrationEmitter.HintName, () => EntityRegistrationEmitter.Emit(entityNames));
            }
        });
    }

    private static void ReportAll(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
