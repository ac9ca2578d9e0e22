using System.Text.Json;
using AiInfra.Domain.Provenance;

namespace AiInfra.Domain.Tests.Docs.CatalogPage;

/// <summary>
/// Every source an entry cites, shown or not: the "source" of each figure, reference, claim, doubt and reported figure
/// anywhere in the entry, read from its JSON (<see cref="CatalogSection.SerializeEntry"/>), so no kind of citation is missed.
/// </summary>
internal static class EntrySources
{
    public static string Of(CatalogSection section, int index)
    {
        var cited = new SortedSet<string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(section.SerializeEntry(index, indented: false));
        Collect(document.RootElement, cited);
        return string.Join(", ", cited);
    }

    private static void Collect(JsonElement element, SortedSet<string> cited)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, cited);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals("source") && property.Value.ValueKind == JsonValueKind.String)
                {
                    cited.Add(property.Value.GetString()!);
                }
                else
                {
                    Collect(property.Value, cited);
                }
            }
        }
    }
}
