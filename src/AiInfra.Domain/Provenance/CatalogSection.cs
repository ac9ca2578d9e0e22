namespace AiInfra.Domain.Provenance;

/// <summary>
/// One catalogue of an assembly: one <c>*.catalog.json</c> file, one generated <c>Catalog.*</c> class. The generator
/// lists every catalogue of the assembly in <c>Catalog.Sections</c>, so that tools go over them without a list of their
/// own. Two sections are equal only when they are the same object.
/// </summary>
public abstract class CatalogSection
{
    private protected CatalogSection(string kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>The catalogue file's name without ".catalog.json", such as "accelerators" or "host-cpus".</summary>
    public string Kind { get; }

    /// <summary>The generated class's name, such as "Accelerators" (<c>Catalog.Accelerators</c>).</summary>
    public string Name { get; }

    /// <summary>The entity of the entries, as its spec file names it ("Accelerator").</summary>
    public abstract string EntityName { get; }

    /// <summary>The entity's record type.</summary>
    public abstract Type EntityType { get; }

    /// <summary>The entries, in the order of the catalogue file. The catalogue class is initialised on first use.</summary>
    public abstract IReadOnlyList<object> Entries { get; }

    /// <summary>The documents the catalogue's figures cite, by id.</summary>
    public abstract IReadOnlyDictionary<string, CatalogSource> Sources { get; }

    /// <summary>Writes the entry at <paramref name="index"/> (0 to <c>Entries.Count - 1</c>) as JSON, figures with their bounds and sources.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the entries.</exception>
    /// <exception cref="Serialization.AiInfraJsonException">The entry holds a value JSON cannot carry (never for a generated catalogue, whose entries are checked at build time).</exception>
    public abstract string SerializeEntry(int index, bool indented);
}

/// <summary>One catalogue whose entries are <typeparamref name="T"/>; see <see cref="CatalogSection"/>.</summary>
/// <typeparam name="T">The entity's record type.</typeparam>
public sealed class CatalogSection<T> : CatalogSection
    where T : class, IAiInfraEntity<T>
{
    private readonly Func<IReadOnlyList<T>> _all;
    private readonly Func<IReadOnlyDictionary<string, CatalogSource>> _sources;

    /// <summary>A section over a generated catalogue class, read through delegates so that listing sections initialises no catalogue.</summary>
    /// <param name="kind">The file's name without ".catalog.json".</param>
    /// <param name="name">The generated class's name.</param>
    /// <param name="all">The class's <c>All</c>.</param>
    /// <param name="sources">The class's <c>Sources</c>.</param>
    public CatalogSection(string kind, string name, Func<IReadOnlyList<T>> all, Func<IReadOnlyDictionary<string, CatalogSource>> sources)
        : base(kind ?? throw new ArgumentNullException(nameof(kind)), name ?? throw new ArgumentNullException(nameof(name)))
    {
        _all = all ?? throw new ArgumentNullException(nameof(all));
        _sources = sources ?? throw new ArgumentNullException(nameof(sources));
    }

    /// <summary>The entries, typed, in the order of the catalogue file.</summary>
    public IReadOnlyList<T> All => _all();

    /// <inheritdoc />
    public override string EntityName => T.EntityName;

    /// <inheritdoc />
    public override Type EntityType => typeof(T);

    /// <inheritdoc />
    public override IReadOnlyList<object> Entries => _all();

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, CatalogSource> Sources => _sources();

    /// <inheritdoc />
    public override string SerializeEntry(int index, bool indented)
    {
        var all = _all();
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, all.Count);
        return AiInfraJson.Serialize(all[index], indented);
    }
}

/// <summary>
/// A function over every list of a generated <c>CatalogData</c>, kind by kind (<c>CatalogData.Select</c>): keep some
/// entries, add others. Lets code treat every catalogue alike without listing them.
/// </summary>
public interface ICatalogListTransform
{
    /// <summary>The list that replaces <paramref name="entries"/> (null when the data holds none of the kind).</summary>
    /// <typeparam name="T">The entity's record type.</typeparam>
    /// <param name="entries">The data's list of the kind (null only when the data was built with a null list).</param>
    /// <param name="id">An entry's id (every catalogue entity has one).</param>
    IReadOnlyList<T> Apply<T>(IReadOnlyList<T>? entries, Func<T, string> id)
        where T : class, IAiInfraEntity<T>;
}
