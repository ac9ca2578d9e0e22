using System;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Specs;
using AiInfra.Domain.Rules;

namespace AiInfra.Domain.Generators.Catalogs;

/// <summary>
/// The registry of a compilation's catalogues, one file per namespace of <c>Catalog</c> classes: <c>Catalog.Sections</c>
/// (every catalogue, for tools) and the record <c>CatalogData</c> (one list per catalogue, and <c>Reference</c> holding
/// every <c>Catalog.*.All</c>), so that no code lists the catalogues by hand.
/// </summary>
internal static class CatalogRegistryEmitter
{
    private const string CatalogClass = CatalogRules.CatalogClass;

    private const string DataRecord = CatalogRules.DataRecord;

    /// <summary>The namespaces that have catalogues, each with its catalogues ordered by kind (ordinal).</summary>
    public static EquatableArray<EquatableArray<CatalogRegistration>> Group(EquatableArray<CatalogRegistration> catalogs) =>
        catalogs
            .GroupBy(c => c.Namespace, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(c => c.Kind, StringComparer.Ordinal).ToEquatableArray())
            .ToEquatableArray();

    public static string HintName(EquatableArray<CatalogRegistration> catalogs) => "CatalogData." + catalogs[0].Namespace + ".g.cs";

    /// <param name="catalogs">The catalogues of one namespace, ordered by kind.</param>
    public static string Emit(EquatableArray<CatalogRegistration> catalogs)
    {
        var w = SpecSources.Begin("the catalogue files of namespace " + catalogs[0].Namespace);
        w.OpenBlock($"namespace {catalogs[0].Namespace}");
        w.Line("/// <summary>The reference catalogue: typed, sourced instances checked at build time.</summary>");
        w.OpenBlock($"public static partial class {CatalogClass}");
        w.Line("/// <summary>Every catalogue of this namespace, ordered by kind (the file's name); listing them initialises none.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{RuntimeNames.CatalogSection}> Sections {{ get; }} =");
        w.Indent++;
        w.Line($"new {RuntimeNames.CatalogSection}[]");
        w.Line("{");
        w.Indent++;
        foreach (var c in catalogs)
        {
            w.Line($"new {RuntimeNames.CatalogSection}<{c.EntityType}>({Identifiers.StringLiteral(c.Kind)}, {Identifiers.StringLiteral(c.ClassName)}, static () => {c.ClassName}.All, static () => {c.ClassName}.Sources),");
        }

        w.Indent--;
        w.Line("};");
        w.Indent--;
        w.CloseBlock();
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Entries of every catalogue of this namespace, one list per catalogue: <see cref=\"Reference\"/> (every <c>Catalog.*.All</c>), or");
        w.Line("/// any data of the same types (your own, or the catalogue with your additions: <c>CatalogData.Reference with { X = [.. Catalog.X.All, mine] }</c>).");
        w.Line("/// Two values are equal when each list is the same list object (record equality).");
        w.Line("/// </summary>");
        w.OpenBlock($"public sealed partial record {DataRecord}");
        foreach (var c in catalogs)
        {
            w.DocSummaryXml($"Entries of <see cref=\"{c.EntityType}\"/>, as <c>Catalog.{c.ClassName}</c> holds those of {SourceWriter.XmlEscape(c.FileName)}; empty by default.");
            w.Line($"public global::System.Collections.Generic.IReadOnlyList<{c.EntityType}> {c.ClassName} {{ get; init; }} = global::System.Array.Empty<{c.EntityType}>();");
            w.Line();
        }

        w.Line("/// <summary>The whole reference catalogue: every <c>Catalog.*.All</c>.</summary>");
        w.Line($"public static {DataRecord} Reference {{ get; }} = new()");
        w.Line("{");
        w.Indent++;
        foreach (var c in catalogs)
        {
            w.Line($"{c.ClassName} = Catalog.{c.ClassName}.All,");
        }

        w.Indent--;
        w.Line("};");
        w.Line();
        w.Line("/// <summary>A copy whose every list is <paramref name=\"transform\"/>'s answer for it, kind by kind.</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"transform\"/> is null.</exception>");
        w.OpenBlock($"public {DataRecord} Select({RuntimeNames.CatalogListTransform} transform)");
        w.Line("global::System.ArgumentNullException.ThrowIfNull(transform);");
        w.Line("return new()");
        w.Line("{");
        w.Indent++;
        foreach (var c in catalogs)
        {
            w.Line($"{c.ClassName} = transform.Apply({c.ClassName}, static entry => entry.Id),");
        }

        w.Indent--;
        w.Line("};");
        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }
}
