using System.Text.Json;
using AiInfra.Domain.Provenance;

namespace AiInfra.Domain.Cli.Catalogue;

/// <summary>One entry of the reference catalogue, as the tool shows it.</summary>
/// <param name="Kind">Its section ("accelerators").</param>
/// <param name="EntityName">Its entity ("Accelerator").</param>
/// <param name="Id">Its id.</param>
/// <param name="Label">Its name, model or product, for lists; empty when it has none.</param>
/// <param name="Json">The entry as indented JSON, figures with their bounds and sources.</param>
internal sealed record CatalogueEntry(string Kind, string EntityName, string Id, string Label, string Json);

/// <summary>One section of the reference catalogue: one *.catalog.json file of the library, one <c>Catalog.*</c> class.</summary>
internal sealed class CatalogueSection
{
    /// <summary>The properties that label an entry in a list, in order of preference.</summary>
    private static readonly string[] LabelProperties = ["name", "model", "product", "subject", "groupName", "company", "provider"];

    private readonly Lazy<IReadOnlyList<CatalogueEntry>> _entries;

    private CatalogueSection(string kind, string entityName, IReadOnlyDictionary<string, CatalogSource> sources, Func<string, IReadOnlyList<CatalogueEntry>> entries)
    {
        Kind = kind;
        EntityName = entityName;
        Sources = sources;
        _entries = new Lazy<IReadOnlyList<CatalogueEntry>>(() => entries(kind));
    }

    /// <summary>The section's name, that of its catalogue file ("accelerators", "host-cpus").</summary>
    public string Kind { get; }

    /// <summary>The entity of its entries ("Accelerator").</summary>
    public string EntityName { get; }

    /// <summary>The documents its figures cite, by id.</summary>
    public IReadOnlyDictionary<string, CatalogSource> Sources { get; }

    /// <summary>Its entries, in the order of the catalogue file.</summary>
    public IReadOnlyList<CatalogueEntry> Entries => _entries.Value;

    /// <summary>A section over a generated <c>Catalog.*</c> class; entries are written with the library's own JSON writer.</summary>
    public static CatalogueSection Create<T>(string kind, IReadOnlyList<T> all, IReadOnlyDictionary<string, CatalogSource> sources)
        where T : class, IAiInfraEntity<T> =>
        new(kind, T.EntityName, sources, k => all.Select(entry => Describe(k, T.EntityName, AiInfraJson.Serialize(entry, indented: true))).ToArray());

    /// <summary>A section over one catalogue of the generated registry (<c>Catalog.Sections</c>).</summary>
    public static CatalogueSection From(CatalogSection section) =>
        new(section.Kind, section.EntityName, section.Sources, k => Enumerable.Range(0, section.Entries.Count).Select(i => Describe(k, section.EntityName, section.SerializeEntry(i, indented: true))).ToArray());

    private static CatalogueEntry Describe(string kind, string entityName, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : string.Empty;
        var label = LabelProperties
            .Select(p => root.TryGetProperty(p, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
            .FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? string.Empty;
        return new CatalogueEntry(kind, entityName, id, label, json);
    }
}

/// <summary>The sections of the reference catalogue, by kind.</summary>
internal static class CatalogueSections
{
    /// <summary>Every section, ordered by kind (ordinal): the catalogues the generator lists in <c>Catalog.Sections</c>.</summary>
    public static IReadOnlyList<CatalogueSection> All { get; } = Catalog.Sections.Select(CatalogueSection.From).ToArray();

    /// <summary>Finds a section of <paramref name="sections"/> by kind ("accelerators"), class name ("HostCpus") or entity name ("Accelerator"), in any case.</summary>
    public static CatalogueSection? Find(IReadOnlyList<CatalogueSection> sections, string name) =>
        sections.FirstOrDefault(s => string.Equals(s.Kind, name, StringComparison.OrdinalIgnoreCase))
        ?? sections.FirstOrDefault(s => string.Equals(s.Kind.Replace("-", string.Empty, StringComparison.Ordinal), name, StringComparison.OrdinalIgnoreCase))
        ?? sections.FirstOrDefault(s => string.Equals(s.EntityName, name, StringComparison.OrdinalIgnoreCase));
}
