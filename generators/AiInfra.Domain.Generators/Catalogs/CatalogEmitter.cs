using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Specs;
using AiInfra.Domain.Rules;

namespace AiInfra.Domain.Generators.Catalogs;

/// <summary>
/// Writes a checked catalogue (<see cref="CatalogEmitModel"/>) as static, typed instances: <c>Catalog.Accelerators.NvidiaH100Sxm</c>,
/// <c>Catalog.Accelerators.All</c>, <c>Get(id)</c> and <c>TryGet</c>, so that no JSON is parsed at run time. Pure: the
/// model in, C# out; reading and checking are <see cref="CatalogFileParser"/>'s and <see cref="CatalogChecker"/>'s.
/// </summary>
internal static class CatalogEmitter
{
    public static string Emit(CatalogEmitModel model)
    {
        var type = model.EntityType;
        var className = model.ClassName;
        var entries = model.Entries;
        var w = SpecSources.Begin(model.FileName);
        w.OpenBlock($"namespace {model.Namespace}");
        w.Line("/// <summary>The reference catalogue: typed, sourced instances checked at build time.</summary>");
        w.OpenBlock($"public static partial class {CatalogRules.CatalogClass}");
        w.DocSummaryXml($"{SourceWriter.XmlEscape(model.Description)} {entries.Count} entries of <see cref=\"{type}\"/>, from {SourceWriter.XmlEscape(model.FileName)}.");
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
        foreach (var s in model.Sources)
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
