using System.Text;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Provenance;

namespace AiInfra.Domain.Tests.Docs.CatalogPage;

/// <summary>
/// docs/catalogue.md: an index, then per catalogue (<c>Catalog.Sections</c>) a table of the figures an expert reads
/// first (<see cref="KindTables"/>, <see cref="TokenPriceTables"/>, else <see cref="GenericColumns"/>) and its sources.
/// </summary>
internal static class CatalogPageWriter
{
    public static string Render()
    {
        var sections = Catalog.Sections.Where(s => s.Entries.Count > 0).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var page = new StringBuilder();
        page.Append("# The reference catalogue\n\n");
        page.Append("Generated from `src/AiInfra.Domain/*/*.catalog.json` by `CatalogueDocTests`; do not edit by hand.\n\n");
        page.Append("Each figure is shown with its bound (`~` about, `≥` at least, `≤` at most, `a–b` a range), `(forecast)` where it\n");
        page.Append("is one, and in a readable unit; a column header says what the figure is per (chip, rack, pod, module). A\n");
        page.Append("throughput is the dense rating where the source states one; `(sparse)` marks a sparse one and `†` one whose\n");
        page.Append("source does not say whether it is dense or sparse. The\n");
        page.Append("sources column lists every source the entry cites, also for figures not shown. Every figure, shown or not, is\n");
        page.Append("retrievable in code with `Catalog.<Kind>.Get(id)`, for example `Catalog.Accelerators.Get(\"nvidia-b200\").Tdp` or\n");
        page.Append("`Catalog.SuperPods.Get(\"huawei-cloudmatrix-384\").Power`. Inconsistencies the sources contain are reported by `CatalogAudit`.\n\n");
        page.Append(string.Join(" · ", sections.Select(s => $"[{s.Name}](#{s.Name.ToLowerInvariant()}) ({s.Entries.Count})")));
        page.Append(" · [Charts](#charts)\n");
        foreach (var section in sections)
        {
            page.Append($"\n## {section.Name}\n\n");
            page.Append($"{section.Entries.Count} entries; `Catalog.{section.Name}.Get(id)`.\n");
            if (section.EntityType == typeof(TokenPrice))
            {
                TokenPriceTables.Write(page, section);
            }
            else
            {
                page.Append('\n');
                var columns = KindTables.ColumnsOf(section.EntityType) ?? GenericColumns.Of(section.EntityType, section.Entries);
                PageTable.Write(page, section, columns, Enumerable.Range(0, section.Entries.Count));
            }

            page.Append("\nSources: ");
            page.Append(string.Join("; ", section.Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
                $"`{s.Key}` {s.Value.Title}" + (s.Value.Publisher is null ? string.Empty : $", {s.Value.Publisher}") + (s.Value.Date is null ? string.Empty : $", {s.Value.Date}"))));
            page.Append(".\n");
        }

        ChartSection.Write(page);
        return page.ToString();
    }
}
