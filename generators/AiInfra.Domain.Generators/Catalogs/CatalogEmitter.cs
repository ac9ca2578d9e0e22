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
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Catalogs;

/// <summary>
/// Turns a *.catalog.json file into static, typed instances: <c>Catalog.Accelerators.NvidiaH100Sxm</c>,
/// <c>Catalog.Accelerators.All</c>, <c>Get(id)</c> and <c>TryGet</c>, so that no JSON is parsed at run time and
/// a broken figure is a compile error at its line.
/// </summary>
internal static class CatalogEmitter
{
    /// <param name="input">The catalogue file.</param>
    /// <param name="set">The project's spec set, whose entity the file holds.</param>
    /// <param name="quantities">Every quantity, for the messages that name the quantity a wrong unit belongs to.</param>
    public static CatalogResult Emit(CatalogFileInput input, SpecSetModel set, QuantityTable quantities)
    {
        var diagnostics = new DiagnosticBag(input.Path);
        var hint = "Catalog." + CatalogRules.FileStem(input.Path) + ".g.cs";
        try
        {
            var source = Build(input, set, quantities, diagnostics, out var registration);
            return diagnostics.Count == 0 && source is not null
                ? new CatalogResult(hint, source, diagnostics.ToEquatableArray(), registration)
                : new CatalogResult(hint, null, diagnostics.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticDescriptors.InternalError, default, exception.GetType().Name + ": " + exception.Message);
            return new CatalogResult(hint, null, diagnostics.ToEquatableArray());
        }
    }

    private static string? Build(CatalogFileInput input, SpecSetModel set, QuantityTable quantities, DiagnosticBag diagnostics, out CatalogRegistration? registration)
    {
        registration = null;
        if (JsonFileReader.ReadRootObject(SourceText.From(input.Content), diagnostics) is not { } root)
        {
            return null;
        }

        var keys = new LocatedObjectReader(root, diagnostics, "the catalogue file", CatalogRules.FileKeys);
        var entityNode = keys.String("entity", required: true);
        var entries = keys.Array("entries", required: true);
        if (entityNode is null || entries is null)
        {
            return null;
        }

        var entity = set.Entities.Select(e => e.Entity).FirstOrDefault(e => e.Name == entityNode.Value);
        if (entity is null)
        {
            diagnostics.Add(DiagnosticDescriptors.CatalogUnknownEntity, entityNode.Range, entityNode.Value, string.Join(", ", set.Entities.Select(e => e.Entity.Name)));
            return null;
        }

        var idProperty = entity.Properties.FirstOrDefault(p => p.JsonName == CatalogRules.IdKey);
        if (idProperty is not { Required: true, Value.Kind: ValueKind.String })
        {
            diagnostics.Add(DiagnosticDescriptors.CatalogNoId, entityNode.Range, entity.Name);
            return null;
        }

        var fileStem = CatalogRules.FileStem(input.Path);
        var className = CatalogRules.ClassName(keys.String("name")?.Value, input.Path);
        if (!CSharpNames.IsPascalIdentifier(className))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, keys.Property("name")?.Value.Range ?? entityNode.Range, className, CatalogRules.ClassNameRole);
            return null;
        }

        var namespaceNode = keys.String("namespace");
        var ns = namespaceNode?.Value ?? entity.Namespace;
        if (namespaceNode is not null && !CSharpNames.IsNamespace(ns))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidIdentifier, namespaceNode.Range, ns, CatalogRules.NamespaceRole);
            return null;
        }

        var description = keys.String("description")?.Value ?? $"The {fileStem} catalogue.";
        var sources = ReadSources(keys.Object("sources"), diagnostics);
        var sourceIds = new HashSet<string>(sources.Select(s => s.Id), StringComparer.Ordinal);
        var defaultSource = keys.String("defaultSource");
        if (defaultSource is not null && CatalogRules.DefaultSourceProblem(defaultSource.Value, sourceIds) is not null)
        {
            diagnostics.Add(DiagnosticDescriptors.CatalogUnknownSource, defaultSource.Range, defaultSource.Value, CatalogRules.Listed(sourceIds));
        }

        var built = new List<(string Id, string Member, string Name, CatalogCode Expression)>();
        var ids = new CatalogIds(className);
        for (var i = 0; i < entries.Items.Count; i++)
        {
            var item = entries.Items[i];
            var idNode = (item as LocatedObject)?.Find(CatalogRules.IdKey)?.Value;
            var id = CatalogRules.EntryName((idNode as LocatedString)?.Value, i);
            var builder = new CatalogExpressionBuilder(set, quantities, sourceIds, defaultSource?.Value, (pointer, range, message) =>
                diagnostics.Add(DiagnosticDescriptors.CatalogInvalidEntry, range, id, pointer.Length == 0 ? "(the entry)" : pointer, message));
            var expression = builder.Entity(entity, item, string.Empty);
            if (ids.Add(id, i, out var member) is { } duplicate)
            {
                diagnostics.Add(DiagnosticDescriptors.CatalogDuplicateId, (idNode ?? item).Range, duplicate);
                continue;
            }

            var name = (item as LocatedObject)?.Find("name")?.Value is LocatedString n ? n.Value : id;
            built.Add((id, member, name, expression));
        }

        if (diagnostics.Count > 0)
        {
            return null;
        }

        registration = new CatalogRegistration(ns, fileStem, className, entity.FullName, Path.GetFileName(input.Path));
        return Write(input, entity, ns, className, description, sources, built);
    }

    private sealed record CatalogSourceModel(string Id, string Title, string? OriginalTitle, string? Kind, string? Publisher, string? Date, string? Document, string? Note);

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

    private static string Write(
        CatalogFileInput input,
        EntityModel entity,
        string ns,
        string className,
        string description,
        List<CatalogSourceModel> sources,
        List<(string Id, string Member, string Name, CatalogCode Expression)> entries)
    {
        var type = entity.FullName;
        var w = SpecSources.Begin(Path.GetFileName(input.Path));
        w.OpenBlock($"namespace {ns}");
        w.Line("/// <summary>The reference catalogue: typed, sourced instances checked at build time.</summary>");
        w.OpenBlock("public static partial class Catalog");
        w.DocSummaryXml($"{SourceWriter.XmlEscape(description)} {entries.Count} entries of <see cref=\"{type}\"/>, from {SourceWriter.XmlEscape(Path.GetFileName(input.Path))}.");
        w.OpenBlock($"public static class {className}");
        foreach (var entry in entries)
        {
            w.DocSummary($"{entry.Name} (id \"{entry.Id}\").");
            w.Line($"public static {type} {entry.Member} {{ get; }} = {CatalogRules.FactoryClass}.{entry.Member}();");
            w.Line();
        }

        w.Line("/// <summary>Every entry, in the order of the catalogue file.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{type}> All {{ get; }} = new {type}[] {{ {string.Join(", ", entries.Select(e => e.Member))} }};");
        w.Line();
        w.Line("/// <summary>The documents this catalogue's figures cite, by id.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyDictionary<string, {RuntimeNames.CatalogSource}> Sources {{ get; }} =");
        w.Indent++;
        w.Line($"new global::System.Collections.Generic.Dictionary<string, {RuntimeNames.CatalogSource}>");
        w.Line("{");
        w.Indent++;
        foreach (var s in sources)
        {
            var extras = new[] { ("OriginalTitle", s.OriginalTitle), ("Kind", s.Kind), ("Note", s.Note) }
                .Where(e => e.Item2 is not null)
                .Select(e => $"{e.Item1} = {Nullable(e.Item2)}")
                .ToList();
            var initializer = extras.Count == 0 ? string.Empty : " { " + string.Join(", ", extras) + " }";
            w.Line($"[{Identifiers.StringLiteral(s.Id)}] = new({Identifiers.StringLiteral(s.Id)}, {Identifiers.StringLiteral(s.Title)}, {Nullable(s.Publisher)}, {Nullable(s.Date)}, {Nullable(s.Document)}){initializer},");
        }

        w.Indent--;
        w.Line("};");
        w.Indent--;
        w.Line();
        w.Line("/// <summary>The entry with this id.</summary>");
        w.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No entry has the id.</exception>");
        w.Line($"public static {type} Get(string id) => TryGet(id, out var value) ? value : throw new global::System.Collections.Generic.KeyNotFoundException($\"No entry of the {className} catalogue has the id '{{id}}'.\");");
        w.Line();
        w.Line("/// <summary>Finds the entry with this id; false when there is none.</summary>");
        w.OpenBlock($"public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {type}? value)");
        w.OpenBlock("value = id switch");
        foreach (var entry in entries)
        {
            w.Line($"{Identifiers.StringLiteral(entry.Id)} => {entry.Member},");
        }

        w.Line("_ => null,");
        w.CloseBlock("};");
        w.Line("return value is not null;");
        w.CloseBlock();
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// One method per entry, called once each by the static initialiser: no method is larger than one entry, so the");
        w.Line("/// compiler, the JIT and the trim and AOT analyzers each see many small methods, not one initialiser of the whole file.");
        w.Line("/// </summary>");
        w.OpenBlock($"private static class {CatalogRules.FactoryClass}");
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (i > 0)
            {
                w.Line();
            }

            entry.Expression.Write(w, $"public static {type} {entry.Member}() => ", ";");
        }

        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    private static string Nullable(string? text) => text is null ? "null" : Identifiers.StringLiteral(text);
}
