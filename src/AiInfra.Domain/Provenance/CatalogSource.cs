namespace AiInfra.Domain.Provenance;

/// <summary>
/// A document that catalogue figures cite: a report, a datasheet, a filing. Figures name it by <see cref="Id"/>.
/// Two sources are equal when every member is.
/// </summary>
/// <param name="Id">The short id figures use, such as "s001".</param>
/// <param name="Title">The document's title (in English; the original title may follow).</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Date">When it was published, as written (ISO date, year-month or year).</param>
/// <param name="Document">The file or address of the document, when there is one.</param>
public sealed record CatalogSource(string Id, string Title, string? Publisher, string? Date, string? Document);
