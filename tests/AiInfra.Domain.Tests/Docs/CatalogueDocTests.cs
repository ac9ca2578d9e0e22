using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace AiInfra.Domain.Tests.Docs;

/// <summary>
/// docs/catalogue.md is generated from the catalogue: one table per kind, each figure with its bound and source.
/// This test regenerates it and fails when the committed file is stale; set AIINFRA_UPDATE_DOCS=1 to rewrite it.
/// </summary>
public class CatalogueDocTests
{
    private const int MaxFigureColumns = 8;

    [Fact]
    public void The_catalogue_document_is_up_to_date()
    {
        var path = Path.Combine(Paths.RepositoryRoot(), "docs", "catalogue.md");
        var expected = Render();
        if (Environment.GetEnvironmentVariable("AIINFRA_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/catalogue.md is missing; run the tests with AIINFRA_UPDATE_DOCS=1 to write it.");
        Assert.True(File.ReadAllText(path) == expected, "docs/catalogue.md is stale; run the tests with AIINFRA_UPDATE_DOCS=1 to rewrite it.");
    }

    internal static string Render()
    {
        var builder = new StringBuilder();
        builder.Append("# The reference catalogue\n\n");
        builder.Append("Generated from `src/AiInfra.Domain/*/*.catalog.json` by `CatalogueDocTests`; do not edit by hand. Each figure is shown\n");
        builder.Append("with its bound (`~` about, `≥` at least, `≤` at most, `a–b` a range), `(forecast)` where it is one, and its scope\n");
        builder.Append("where the entry states one (`172.8 kW (per cabinet)`); the\n");
        builder.Append("sources column lists the documents the entry's figures cite. Only the first few figures of each kind are shown;\n");
        builder.Append("`Catalog.<Kind>.Get(id)` has them all. Inconsistencies the sources contain are reported by `CatalogAudit`.\n");
        foreach (var catalogue in typeof(Catalog).GetNestedTypes().OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var all = ((IEnumerable)catalogue.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
            var sources = (IDictionary)catalogue.GetProperty("Sources")!.GetValue(null)!;
            if (all.Count == 0)
            {
                continue;
            }

            var type = all[0].GetType();
            var figures = type.GetProperties()
                .Where(p => p.PropertyType.IsGenericType && Nullable.GetUnderlyingType(p.PropertyType) is { IsGenericType: true } inner && inner.GetGenericTypeDefinition() == typeof(Provenance.Figure<>)
                    || p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Provenance.Figure<>))
                .Where(p => all.Any(e => p.GetValue(e) is not null))
                .Take(MaxFigureColumns)
                .ToList();
            var name = type.GetProperty("Name");
            builder.Append($"\n## {catalogue.Name} ({all.Count})\n\n");
            builder.Append("| id |" + (name is null ? string.Empty : " name |") + string.Concat(figures.Select(f => $" {f.Name} |")) + " sources |\n");
            builder.Append("|---|" + (name is null ? string.Empty : "---|") + string.Concat(figures.Select(_ => "---|")) + "---|\n");
            foreach (var entry in all)
            {
                var cited = new SortedSet<string>(StringComparer.Ordinal);
                builder.Append($"| `{type.GetProperty("Id")!.GetValue(entry)}` |");
                if (name is not null)
                {
                    builder.Append($" {Cell(name.GetValue(entry))} |");
                }

                foreach (var figure in figures)
                {
                    var value = figure.GetValue(entry);
                    if (value?.GetType().GetProperty("Source")?.GetValue(value) is string source)
                    {
                        cited.Add(source);
                    }

                    // A figure with a scope beside it (SuperPod.Power and PowerScope) shows the scope, so a per-cabinet
                    // power does not read as the whole pod's.
                    var scope = value is null ? null : type.GetProperty(figure.Name + "Scope")?.GetValue(entry);
                    scope = scope?.ToString() == "Unspecified" ? null : scope;
                    builder.Append($" {Cell(value)}{(scope is null ? string.Empty : " (" + Words(scope.ToString()!) + ")")} |");
                }

                builder.Append($" {string.Join(", ", cited)} |\n");
            }

            builder.Append("\nSources: ");
            builder.Append(string.Join("; ", sources.Keys.Cast<string>().OrderBy(k => k, StringComparer.Ordinal).Select(k =>
            {
                var source = (Provenance.CatalogSource)sources[k]!;
                return $"`{k}` {source.Title}" + (source.Publisher is null ? string.Empty : $", {source.Publisher}") + (source.Date is null ? string.Empty : $", {source.Date}");
            })));
            builder.Append(".\n");
        }

        return builder.ToString();
    }

    /// <summary>An enum member's name as words: PerCabinet → "per cabinet".</summary>
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture).Replace("|", "\\|"),
        _ => (value.ToString() ?? string.Empty).Replace("|", "\\|"),
    };
}
