using System;
using System.Collections.Generic;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Diagnostics;
using AiInfra.Domain.Generators.Json;
using AiInfra.Domain.Rules;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Catalogs;

/// <summary>
/// Reads one *.catalog.json file on its own: the JSON, the header's keys against <see cref="CatalogRules.FileKeyRules"/>,
/// the class name and namespace, the sources and the default source. Needs no spec file, so that an edit of a spec
/// reuses what it read; the entries are kept as located JSON for <see cref="CatalogChecker"/>.
/// </summary>
internal static class CatalogFileParser
{
    public static CatalogFileParse Parse(string path, SourceText? text)
    {
        var diagnostics = new DiagnosticBag(path);
        try
        {
            var model = Read(path, text ?? SourceText.From(string.Empty), diagnostics);
            return new CatalogFileParse(path, model, diagnostics.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticDescriptors.InternalError, default, exception.GetType().Name + ": " + exception.Message);
            return new CatalogFileParse(path, null, diagnostics.ToEquatableArray());
        }
    }

    private static CatalogFileModel? Read(string path, SourceText text, DiagnosticBag diagnostics)
    {
        if (JsonFileReader.ReadRootObject(text, diagnostics) is not { } root)
        {
            return null;
        }

        var keys = new LocatedObjectReader(root, diagnostics, "the catalogue file", CatalogRules.FileKeys);
        var values = CatalogRules.FileKeyRules.ToDictionary(k => k.Name, k => keys.Value(k.Name, Kind(k.Shape), k.Required), StringComparer.Ordinal);
        var entity = values[CatalogRules.EntityKey] as LocatedString;
        var entries = values[CatalogRules.EntriesKey] as LocatedArray;
        var named = values["name"] as LocatedString;
        var className = CatalogRules.ClassName(named?.Value, path);
        var valid = entity is not null && entries is not null;
        if (!CSharpNames.IsPascalIdentifier(className))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, (named ?? entity ?? (LocatedNode)root).Range, className, CatalogRules.ClassNameRole);
            valid = false;
        }
        else if (CatalogRules.IsTakenClassName(className))
        {
            diagnostics.Add(DiagnosticDescriptors.NameTakenByGeneratedCode, (named ?? entity ?? (LocatedNode)root).Range, className, CatalogRules.ClassNameRole, CatalogRules.TakenClassNameReason);
            valid = false;
        }

        var ns = values["namespace"] as LocatedString;
        if (ns is not null && !CSharpNames.IsNamespace(ns.Value))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, ns.Range, ns.Value, CatalogRules.NamespaceRole);
            valid = false;
        }

        var sources = ReadSources(values[CatalogRules.SourcesKey] as LocatedObject, diagnostics);
        var defaultSource = values["defaultSource"] as LocatedString;
        if (defaultSource is not null && CatalogRules.DefaultSourceProblem(defaultSource.Value, sources.Select(s => s.Id).ToList()) is not null)
        {
            diagnostics.Add(DiagnosticDescriptors.CatalogUnknownSource, defaultSource.Range, defaultSource.Value, CatalogRules.Listed(sources.Select(s => s.Id)));
        }

        return valid
            ? new CatalogFileModel(path, entity!, className, (named ?? entity!).Range, ns?.Value, (values["description"] as LocatedString)?.Value, sources.ToEquatableArray(), defaultSource?.Value, entries!.Items.ToEquatableArray())
            : null;
    }

    private static JsonKind Kind(CatalogValueShape shape) => shape switch
    {
        CatalogValueShape.Object => JsonKind.Object,
        CatalogValueShape.Array => JsonKind.Array,
        _ => JsonKind.String,
    };

    private static List<CatalogSourceModel> ReadSources(LocatedObject? node, DiagnosticBag diagnostics)
    {
        var result = new List<CatalogSourceModel>();
        foreach (var property in node?.Properties ?? Array.Empty<LocatedProperty>())
        {
            if (property.Value is not LocatedObject source)
            {
                diagnostics.Add(DiagnosticDescriptors.WrongJsonType, property.Value.Range, property.Name, "object", property.Value.KindWithArticle);
                continue;
            }

            var keys = new LocatedObjectReader(source, diagnostics, $"source '{property.Name}'", CatalogRules.SourceKeys);
            var title = keys.String(CatalogRules.TitleKey, required: true)?.Value ?? string.Empty;
            var document = keys.String("document")?.Value ?? keys.String("seed")?.Value ?? keys.String("url")?.Value;
            result.Add(new CatalogSourceModel(property.Name, title, keys.String("titleOriginal")?.Value, keys.String("kind")?.Value, keys.String("publisher")?.Value, keys.String("date")?.Value, document, keys.String("note")?.Value));
        }

        return result;
    }
}
