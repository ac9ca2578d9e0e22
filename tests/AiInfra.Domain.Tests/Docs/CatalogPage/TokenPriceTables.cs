using System.Text;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Provenance;

namespace AiInfra.Domain.Tests.Docs.CatalogPage;

/// <summary>
/// Token and service prices, one table per unit (per million tokens, per minute and per month are different units and
/// are never in one column), the unit in the table's heading.
/// </summary>
internal static class TokenPriceTables
{
    private static readonly PageColumn[] Columns =
    [
        PageColumn.Of<TokenPrice>("provider", p => p.Provider),
        PageColumn.Of<TokenPrice>("product", p => p.Product),
        PageColumn.Of<TokenPrice>("input", p => p.InputPrice),
        PageColumn.Of<TokenPrice>("output", p => p.OutputPrice),
        new("single price (direction)", p => Single((TokenPrice)p)),
    ];

    public static void Write(StringBuilder page, CatalogSection section)
    {
        var entries = section.Entries.Select((entry, index) => (Price: (TokenPrice)entry, Index: index)).ToList();
        foreach (var unit in entries.Select(e => e.Price.Unit).Distinct().Order())
        {
            page.Append($"\n### Prices {PageColumn.Words(unit.ToString())}\n\n");
            PageTable.Write(page, section, Columns, entries.Where(e => e.Price.Unit == unit).Select(e => e.Index));
        }
    }

    private static string Single(TokenPrice price) => price.Price is null ? string.Empty
        : PageColumn.Text(price.Price) + (price.Direction == TokenDirection.Unspecified ? string.Empty : $" ({price.Direction.ToString().ToLowerInvariant()})");
}
