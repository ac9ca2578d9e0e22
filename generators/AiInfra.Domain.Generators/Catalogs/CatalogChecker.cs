using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Diagnostics;
using AiInfra.Domain.Generators.Json;
using AiInfra.Domain.Generators.Quantities;
using AiInfra.Domain.Generators.Specs;
using AiInfra.Domain.Rules;

namespace AiInfra.Domain.Generators.Catalogs;

/// <summary>
/// Checks a parsed catalogue file against the project's spec set: the entity it names (declared, with a required
/// string id), every entry's values as the runtime reader would read them (quantities, money, periods, prices, figures
/// and their sources), and the ids. What it finds is located at the value; what it builds is the model to emit.
/// </summary>
internal static class CatalogChecker
{
    /// <param name="file">The file as <see cref="CatalogFileParser"/> read it.</param>
    /// <param name="set">The project's spec set, whose entity the file holds.</param>
    /// <param name="quantities">Every quantity, for the messages that name the quantity a wrong unit belongs to.</param>
    public static CatalogCheckResult Check(CatalogFileModel file, SpecSetModel set, QuantityTable quantities)
    {
        var diagnostics = new DiagnosticBag(file.Path);
        try
        {
            var model = Build(file, set, quantities, diagnostics);
            return new CatalogCheckResult(diagnostics.Count == 0 ? model : null, diagnostics.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticDescriptors.InternalError, default, exception.GetType().Name + ": " + exception.Message);
            return new CatalogCheckResult(null, diagnostics.ToEquatableArray());
        }
    }

    private static CatalogEmitModel? Build(CatalogFileModel file, SpecSetModel set, QuantityTable quantities, DiagnosticBag diagnostics)
    {
        var entity = file.EntityIn(set);
        if (entity is null)
        {
            diagnostics.Add(DiagnosticDescriptors.CatalogUnknownEntity, file.Entity.Range, file.Entity.Value, string.Join(", ", set.Entities.Select(e => e.Entity.Name)));
            return null;
        }

        var idProperty = entity.Properties.FirstOrDefault(p => p.JsonName == CatalogRules.IdKey);
        if (idProperty is not { Required: true, Value.Kind: ValueKind.String })
        {
            diagnostics.Add(DiagnosticDescriptors.CatalogNoId, file.Entity.Range, entity.Name);
            return null;
        }

        var ns = file.NamespaceWith(entity);
        foreach (var taken in CatalogRules.TypeNames)
        {
            if (set.Entities.Any(e => e.Entity.Name == taken && e.Entity.Namespace == ns) || set.Enums.Any(e => e.Name == taken && e.Namespace == ns))
            {
                diagnostics.Add(
                    DiagnosticDescriptors.DuplicateName,
                    file.Entity.Range,
                    "The type",
                    taken,
                    $" in namespace {ns}: a spec file declares it, and this catalogue's namespace gets the generated classes {string.Join(" and ", CatalogRules.TypeNames)}; rename the type or give the catalogue another \"namespace\"");
                return null;
            }
        }

        var sourceIds = new HashSet<string>(file.Sources.Select(s => s.Id), StringComparer.Ordinal);
        var entries = new List<CatalogEntryModel>();
        var ids = new CatalogIds(file.ClassName);

        // One builder (and its tables of the set's entities and enums) for the file; its messages name the entry being built.
        var id = string.Empty;
        var builder = new CatalogExpressionBuilder(set, quantities, sourceIds, file.DefaultSource, (pointer, range, message) =>
            diagnostics.Add(DiagnosticDescriptors.CatalogInvalidEntry, range, id, pointer.Length == 0 ? "(the entry)" : pointer, message));
        for (var i = 0; i < file.Entries.Count; i++)
        {
            var item = file.Entries[i];
            var idNode = (item as LocatedObject)?.Find(CatalogRules.IdKey)?.Value;
            id = CatalogRules.EntryName((idNode as LocatedString)?.Value, i);
            var expression = builder.Entity(entity, item, string.Empty);
            if (ids.Add(id, i, out var member) is { } duplicate)
            {
                diagnostics.Add(DiagnosticDescriptors.CatalogDuplicateId, (idNode ?? item).Range, duplicate);
                continue;
            }

            var name = (item as LocatedObject)?.Find("name")?.Value is LocatedString n ? n.Value : id;
            entries.Add(new CatalogEntryModel(id, member, name, expression));
        }

        var fileName = Path.GetFileName(file.Path);
        return new CatalogEmitModel(
            fileName,
            file.Path,
            ns,
            file.ClassName,
            entity.FullName,
            file.Description ?? $"The {CatalogRules.FileStem(file.Path)} catalogue.",
            file.Sources,
            entries.ToEquatableArray());
    }
}
