namespace AiInfra.Domain.Provenance;

/// <summary>
/// A document that catalogue figures cite: a report, a datasheet, a filing. Figures name it by <see cref="Id"/>.
/// Two sources are equal when every member is.
/// </summary>
/// <param name="Id">The short id figures use, such as "s001".</param>
/// <param name="Title">The document's title, in English.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Date">When it was published, as written (ISO date, year-month or year).</param>
/// <param name="Document">The file or address of the document, when there is one.</param>
public sealed record CatalogSource(string Id, string Title, string? Publisher, string? Date, string? Document)
{
    /// <summary>The title in the document's own language, when it is not English.</summary>
    public string? OriginalTitle { get; init; }

    /// <summary>What kind of document it is (research report, datasheet, filing, ...), as the catalogue says.</summary>
    public string? Kind { get; init; }

    /// <summary>A note about the source, such as how reliable it is.</summary>
    public string? Note { get; init; }
}
