using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Json;
using AiInfra.Domain.Rules;

namespace AiInfra.Domain.Generators.Catalogs;

/// <summary>
/// What <see cref="CatalogFileParser"/> read of one *.catalog.json file: its model (null when the file cannot be checked
/// at all: no object, no entity, no entries, no valid class name or namespace) and its diagnostics, which depend on the
/// file alone. Equatable, so that an edit of a spec file reuses it without reading the file again.
/// </summary>
internal sealed record CatalogFileParse(string Path, CatalogFileModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// The header of a catalogue file, read and checked, and its entries as located JSON: every rule that needs only the
/// file has been applied; what needs the spec set (the entity, the entries' values) is <see cref="CatalogChecker"/>'s.
/// </summary>
/// <param name="Path">The file's path, for diagnostics.</param>
/// <param name="Entity">The entity's name as written, with its location.</param>
/// <param name="ClassName">The catalogue class's name (<c>CatalogRules.ClassName</c>), already a valid identifier.</param>
/// <param name="ClassNameRange">Where the class name comes from: "name", else "entity" (the name is then the file's).</param>
/// <param name="Namespace">The declared namespace, already valid; null to take the entity's.</param>
/// <param name="Description">The declared description, or null.</param>
/// <param name="Sources">The sources in the order of the file.</param>
/// <param name="DefaultSource">The declared default source, or null.</param>
/// <param name="Entries">The entries, each as read.</param>
internal sealed record CatalogFileModel(
    string Path,
    LocatedString Entity,
    string ClassName,
    TextRange ClassNameRange,
    string? Namespace,
    string? Description,
    EquatableArray<CatalogSourceModel> Sources,
    string? DefaultSource,
    EquatableArray<LocatedNode> Entries)
{
    /// <summary>The entity of <paramref name="set"/> the file names, or null when the set has none of that name.</summary>
    public Specs.EntityModel? EntityIn(Specs.SpecSetModel set) => set.Entities.Select(e => e.Entity).FirstOrDefault(e => e.Name == Entity.Value);

    /// <summary>The namespace the file's class goes in: its "namespace", else its entity's.</summary>
    public string NamespaceWith(Specs.EntityModel entity) => Namespace ?? entity.Namespace;
}

/// <summary>One source of a catalogue file's "sources".</summary>
internal sealed record CatalogSourceModel(string Id, string Title, string? OriginalTitle, string? Kind, string? Publisher, string? Date, string? Document, string? Note);

/// <summary>
/// What <see cref="CatalogChecker"/> made of a parsed file against the spec set: the model to emit (null when the file or
/// an entry has an error) and the diagnostics of the check.
/// </summary>
internal sealed record CatalogCheckResult(CatalogEmitModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Everything <see cref="CatalogEmitter"/> writes, checked: names resolved and each entry built as C#.</summary>
/// <param name="FileName">The catalogue file's name, for the generated file's header and docs.</param>
/// <param name="Path">The catalogue file's path: which file this is, for <see cref="CatalogLayout"/> (not a location, so moving text changes nothing).</param>
/// <param name="Namespace">The namespace of the <c>Catalog</c> class.</param>
/// <param name="ClassName">The catalogue's class in <c>Catalog</c>.</param>
/// <param name="EntityType">The entity's full C# name, with "global::".</param>
/// <param name="Description">The class's summary, without its entry count.</param>
/// <param name="Sources">The sources in the order of the file.</param>
/// <param name="Entries">The entries in the order of the file.</param>
internal sealed record CatalogEmitModel(
    string FileName,
    string Path,
    string Namespace,
    string ClassName,
    string EntityType,
    string Description,
    EquatableArray<CatalogSourceModel> Sources,
    EquatableArray<CatalogEntryModel> Entries)
{
    /// <summary>The generated file's hint name, unless another file of the same name takes it (<see cref="CatalogLayout"/>): "Catalog.chips.g.cs".</summary>
    public string HintName => DefaultHintName(CatalogRules.FileStem(FileName));

    /// <summary>
    /// "Catalog.chips.g.cs" for the stem "chips". A character a hint name may not hold (a file may be named "a?b" or
    /// "a:b" where the file system allows it) becomes '_', as do all but letters, digits, '-' and '.', so that the
    /// compiler never refuses the name; <see cref="CatalogLayout"/> keeps the names distinct.
    /// </summary>
    public static string DefaultHintName(string fileStem) =>
        "Catalog." + new string(fileStem.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray()) + ".g.cs";

    /// <summary>What the registry of catalogues says of this one.</summary>
    public CatalogRegistration Registration => new(Namespace, CatalogRules.FileStem(FileName), ClassName, EntityType, FileName);
}

/// <summary>One checked entry: its id, the C# name of its property, its display name and the expression that builds it.</summary>
internal sealed record CatalogEntryModel(string Id, string Member, string Name, CatalogCode Expression);

/// <summary>
/// What the registry of catalogues (<see cref="CatalogRegistryEmitter"/>) needs of one catalogue: only names, so that an
/// edit of an entry leaves the registry cached.
/// </summary>
/// <param name="Namespace">The namespace of its <c>Catalog</c> class.</param>
/// <param name="Kind">The file's name without ".catalog.json" ("host-cpus").</param>
/// <param name="ClassName">Its class in <c>Catalog</c> ("HostCpus").</param>
/// <param name="EntityType">The entity's full C# name, with "global::".</param>
/// <param name="FileName">The file's name, for docs.</param>
internal sealed record CatalogRegistration(string Namespace, string Kind, string ClassName, string EntityType, string FileName);
