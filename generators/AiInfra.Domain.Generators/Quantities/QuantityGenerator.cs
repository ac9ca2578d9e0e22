using System;
using System.Collections.Immutable;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>
/// Turns *.quantity.json definitions into quantity structs and unit enums, and *.relations.json files into the
/// operators between quantities. Each file is parsed on its own, so editing one regenerates only what depends on it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class QuantityGenerator : IIncrementalGenerator
{
    private const string RelationsExtension = ".relations.json";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var target = CompilationQuantities.Target(context).WithTrackingName(TrackingNames.QuantityTarget);
        var quantityFiles = CompilationQuantities.Files(context).WithTrackingName(TrackingNames.QuantityFiles);

        var relationFiles = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(RelationsExtension, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, token) => RelationFileParser.Parse(file.Path, file.GetText(token)))
            .WithTrackingName(TrackingNames.RelationFiles);

        context.RegisterSourceOutput(quantityFiles.Select(static (r, _) => r.Diagnostics), ReportAll);
        context.RegisterSourceOutput(relationFiles.Select(static (r, _) => r.Diagnostics), ReportAll);

        var models = quantityFiles
            .Where(static r => r.Model is not null)
            .Combine(target)
            .Select(static (pair, _) => CompilationQuantities.Place(pair.Left.Model!, pair.Right))
            .WithTrackingName(TrackingNames.QuantityModels);

        // A quantity that is not generated (defined twice, named like a library quantity, or without a namespace) is
        // reported by the set below. The list of such files is empty unless something is wrong, so editing one file
        // leaves the other files' outputs cached.
        var excludedFiles = models.Collect()
            .Combine(target)
            .Select(static (pair, _) => CompilationQuantities.ExcludedFiles(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.DuplicateQuantityFiles);
        var emitted = models.Combine(excludedFiles)
            .Where(static pair => !pair.Right.Contains(pair.Left.FilePath))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.EmittedQuantities);

        context.RegisterSourceOutput(emitted, static (spc, model) => GeneratedSources.Add(spc, QuantityEmitter.HintName(model), () => QuantityEmitter.Emit(model)));

        // UnitsNet: the quantities of the referenced UnitsNet (none when the compilation does not reference it), read into
        // strings; each emitted quantity's declaration checked against them; its conversions, and the JSON table of them all.
        var unitsNet = context.CompilationProvider
            .Select(static (compilation, token) => UnitsNetIndex.Read(compilation, token))
            .WithTrackingName(TrackingNames.UnitsNetReference);
        var conversions = emitted.Combine(unitsNet)
            .Select(static (pair, _) => UnitsNetMappingCheck.Check(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.UnitsNetConversions);
        context.RegisterSourceOutput(conversions, static (spc, conversion) =>
        {
            foreach (var diagnostic in conversion.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (conversion.Target is { } target)
            {
                GeneratedSources.Add(spc, UnitsNetEmitter.HintName(conversion.Quantity), () => UnitsNetEmitter.Emit(conversion.Quantity, target));
            }
        });

        var unitsNetTable = conversions.Collect()
            .Combine(unitsNet)
            .Select(static (pair, _) => UnitsNetEmitter.Table(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.UnitsNetTable);
        context.RegisterSourceOutput(unitsNetTable, static (spc, table) =>
        {
            if (table.IsWanted)
            {
                GeneratedSources.Add(spc, UnitsNetEmitter.TableHintName, () => UnitsNetEmitter.EmitTable(table));
            }
        });

        var set = models.Collect()
            .Combine(relationFiles.Collect())
            .Combine(target)
            .Select(static (pair, _) => QuantitySetResolver.Resolve(pair.Left.Left, pair.Left.Right.SelectMany(r => r.Relations), pair.Right))
            .WithTrackingName(TrackingNames.QuantitySet);

        context.RegisterSourceOutput(set, static (spc, result) =>
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (result.Model.Quantities.Count == 0)
            {
                return;
            }

            GeneratedSources.Add(spc, QuantityRegistryEmitter.HintName, () => QuantityRegistryEmitter.Emit(result.Model));
            if (result.Model.Operators.Count > 0)
            {
                GeneratedSources.Add(spc, OperatorEmitter.HintName, () => OperatorEmitter.Emit(result.Model));
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
