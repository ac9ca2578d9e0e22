using System.Text;
using AiInfra.Domain.Provenance;

namespace AiInfra.Domain.Tests.Docs.CatalogPage;

/// <summary>A Markdown table of a catalogue's entries: the id, the given columns, and every source the entry cites.</summary>
internal static class PageTable
{
    public static void Write(StringBuilder page, CatalogSection section, IReadOnlyList<PageColumn> columns, IEnumerable<int> indexes)
    {
        page.Append("| id |").Append(string.Concat(columns.Select(c => $" {c.Header} |"))).Append(" sources (all the entry cites) |\n");
        page.Append("|---|").Append(string.Concat(columns.Select(_ => "---|"))).Append("---|\n");
        foreach (var index in indexes)
        {
            var entry = section.Entries[index];
            page.Append($"| `{entry.GetType().GetProperty("Id")!.GetValue(entry)}` |");
            foreach (var column in columns)
            {
                page.Append($" {column.Cell(entry)} |");
            }

            page.Append($" {EntrySources.Of(section, index)} |\n");
        }
    }
}
