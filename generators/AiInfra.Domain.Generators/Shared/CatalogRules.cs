using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace AiInfra.Domain.Rules;

/// <summary>
/// One rule of catalogue files: the code the <c>aiinfra</c> tool prints and the message that both the tool and the
/// build's diagnostic (named in each rule's summary) use.
/// </summary>
internal sealed class CatalogRule
{
    public CatalogRule(string code, string message)
    {
        Code = code;
        Message = message;
    }

    /// <summary>The tool's error code, such as "catalog.duplicate-id".</summary>
    public string Code { get; }

    /// <summary>The message, a composite format string whose arguments each rule documents.</summary>
    public string Message { get; }

    /// <summary>The message with its arguments, in the invariant culture.</summary>
    public string Format(params object[] arguments) => string.Format(CultureInfo.InvariantCulture, Message, arguments);
}

/// <summary>
/// The rules of a <c>*.catalog.json</c> file's header, sources and ids, and their messages. This one file is compiled
/// into the build-time generator and into the <c>aiinfra</c> tool (a linked Compile item in each project), so that
/// <c>aiinfra validate</c> checks a catalogue file exactly as the build does, with the same words. Pure: strings in,
/// answers out; reading JSON and reporting stay with each caller.
/// </summary>
internal static class CatalogRules
{
    /// <summary>How a catalogue file's name ends.</summary>
    public const string Extension = ".catalog.json";

    /// <summary>The key every JSON file of the project may have, for editors.</summary>
    public const string SchemaKey = "$schema";

    /// <summary>The key of an entry's id.</summary>
    public const string IdKey = "id";

    /// <summary>The key of a source's title, the one key a source must have.</summary>
    public const string TitleKey = "title";

    /// <summary>What the class name is, in <see cref="InvalidName"/>'s message.</summary>
    public const string ClassNameRole = "a catalogue class name (set \"name\")";

    /// <summary>What the namespace is, in <see cref="InvalidName"/>'s message.</summary>
    public const string NamespaceRole = "a namespace (dotted identifiers such as \"MyCompany.Storage\")";

    /// <summary>The key of the entity's name, the one string a catalogue file must have.</summary>
    public const string EntityKey = "entity";

    /// <summary>The key of the sources, an object of source ids.</summary>
    public const string SourcesKey = "sources";

    /// <summary>The key of the entries, the one array a catalogue file must have.</summary>
    public const string EntriesKey = "entries";

    /// <summary>
    /// The top-level keys of a catalogue file (besides <see cref="SchemaKey"/>) in the order messages list them: the JSON
    /// type each holds and whether it is required. Both readers of the format (the build's and the tool's) check a file's
    /// keys against this table.
    /// </summary>
    public static readonly CatalogFileKey[] FileKeyRules =
    {
        new(EntityKey, CatalogValueShape.String, required: true, "Expected the entity's name, a string such as \"Accelerator\".", "A catalogue file names its entity in \"entity\", such as \"Accelerator\"."),
        new("namespace", CatalogValueShape.String),
        new("name", CatalogValueShape.String),
        new("description", CatalogValueShape.String),
        new(SourcesKey, CatalogValueShape.Object, required: false, "Expected the sources: an object of source ids, each an object with at least a \"title\"."),
        new("defaultSource", CatalogValueShape.String),
        new(EntriesKey, CatalogValueShape.Array, required: true, "Expected an array of entries.", "A catalogue file holds its entries in \"entries\", an array."),
    };

    /// <summary>The top-level keys of a catalogue file, besides <see cref="SchemaKey"/>.</summary>
    public static readonly string[] FileKeys = FileKeyRules.Select(k => k.Name).ToArray();

    /// <summary>The keys of one source in "sources", besides <see cref="SchemaKey"/>; every value is a string.</summary>
    public static readonly string[] SourceKeys = { TitleKey, "titleOriginal", "kind", "publisher", "date", "document", "seed", "url", "note" };

    /// <summary>AIINFRA301: "entity" names no declared entity: {0} the name, {1} the declared entities.</summary>
    public static readonly CatalogRule UnknownEntity = new("catalog.entity", "The catalogue's entity '{0}' is not declared in any spec file; declared: {1}");

    /// <summary>AIINFRA302: a figure cites a source that "sources" does not list: {0} the source, {1} the listed ones.</summary>
    public static readonly CatalogRule UnlistedFigureSource = new("figure.source", "\"{0}\" is not listed in the catalogue's sources ({1})");

    /// <summary>AIINFRA302: a figure has no source and the file no "defaultSource"; no arguments.</summary>
    public static readonly CatalogRule MissingFigureSource = new("figure.source", "the figure has no source and the catalogue has no \"defaultSource\"");

    /// <summary>AIINFRA303: two entries have one id, or ids with one C# name: {0} the id, {1} the earlier entry's index, {2} the C# name clause.</summary>
    public static readonly CatalogRule DuplicateId = new("catalog.duplicate-id", "The id '{0}' is already used by /entries/{1}{2}");

    /// <summary>AIINFRA304: "defaultSource" is not among "sources": {0} the default source, {1} the listed ones.</summary>
    public static readonly CatalogRule UnknownDefaultSource = new("catalog.default-source", "The source '{0}' is not listed in the catalogue's \"sources\"; listed: {1}");

    /// <summary>AIINFRA305: the entity has no required string "id": {0} the entity.</summary>
    public static readonly CatalogRule NoId = new("catalog.no-id", "The entity '{0}' has no required string property 'id', so its entries cannot be looked up");

    /// <summary>AIINFRA006: "name" (or the name made from the file's name) or "namespace" is no C# name: {0} the name, {1} <see cref="ClassNameRole"/> or <see cref="NamespaceRole"/>.</summary>
    public static readonly CatalogRule InvalidName = new("catalog.name", CSharpNames.InvalidIdentifierMessage);

    /// <summary>AIINFRA122: the class name is one that what the catalogues of a namespace generate already takes: {0} the name, {1} <see cref="ClassNameRole"/>, {2} <see cref="TakenClassNameReason"/>.</summary>
    public static readonly CatalogRule TakenName = new("catalog.name", CSharpNames.NameTakenMessage);

    /// <summary>Why a name in <see cref="IsTakenClassName"/> is taken.</summary>
    public const string TakenClassNameReason = "the generated class " + CatalogClass + " or record " + DataRecord + " of the catalogue's namespace has a member or type of that name";

    /// <summary>The class that holds a namespace's catalogues (<c>Catalog.Accelerators</c>), declared in that namespace.</summary>
    public const string CatalogClass = "Catalog";

    /// <summary>The record with one list per catalogue of a namespace (<c>CatalogData.Reference</c>), declared beside <see cref="CatalogClass"/>.</summary>
    public const string DataRecord = "CatalogData";

    /// <summary>The types the catalogue files of a namespace add to it: no spec type of that namespace may take these names.</summary>
    public static readonly string[] TypeNames = { CatalogClass, DataRecord };

    /// <summary>
    /// Names a catalogue class may not take: it is nested in <see cref="CatalogClass"/> and named by a property of
    /// <see cref="DataRecord"/>, so neither type's name nor their other members (and object's and a record's) will do.
    /// </summary>
    private static readonly HashSet<string> TakenClassNames = new(StringComparer.Ordinal)
    {
        CatalogClass, DataRecord, "Sections", "Reference", "Select",
        "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize", "EqualityContract", "PrintMembers", "Deconstruct",
    };

    /// <summary>True when a catalogue class may not take <paramref name="className"/> (see <see cref="TakenClassNames"/>).</summary>
    public static bool IsTakenClassName(string className) => TakenClassNames.Contains(className);

    /// <summary>The catalogue class's private nested class that holds one factory method per entry, named as the entry.</summary>
    public const string FactoryClass = "Create";

    /// <summary>The catalogue class's own members and those of object, which an entry's property would hide.</summary>
    private static readonly HashSet<string> ReservedMembers = new(StringComparer.Ordinal)
    {
        "All", "Get", "TryGet", "Sources", "Ids", FactoryClass, "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>The rule of a top-level key, or null for a key the format does not have (and for <see cref="SchemaKey"/>).</summary>
    public static CatalogFileKey? FileKey(string key) => Array.Find(FileKeyRules, k => k.Name == key);

    /// <summary>True for a key of a source.</summary>
    public static bool IsSourceKey(string key) => key == SchemaKey || Array.IndexOf(SourceKeys, key) >= 0;

    /// <summary>"chips" for "path/to/chips.catalog.json".</summary>
    public static string FileStem(string path) => Path.GetFileName(path).Replace(Extension, string.Empty);

    /// <summary>The catalogue class's name: the file's "name", or its file stem in PascalCase ("host-cpus" is HostCpus).</summary>
    public static string ClassName(string? declared, string path) => declared ?? CSharpNames.PascalName(FileStem(path));

    /// <summary>The name of an entry in messages: its id, or "#" and its index when it has none.</summary>
    public static string EntryName(string? id, int index) => id ?? "#" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The listed sources as messages name them: ordinal order, comma-separated.</summary>
    public static string Listed(IEnumerable<string> sources) => string.Join(", ", sources.OrderBy(s => s, StringComparer.Ordinal));

    /// <summary>The problem with "defaultSource", or null when it is listed.</summary>
    public static string? DefaultSourceProblem(string defaultSource, ICollection<string> listed) =>
        listed.Contains(defaultSource) ? null : UnknownDefaultSource.Format(defaultSource, Listed(listed));

    /// <summary>
    /// The problem with a figure's source (null when the figure states none), or null when it is fine: a source a
    /// figure states must be listed; a figure that states none takes "defaultSource", which must then exist.
    /// </summary>
    public static string? FigureSourceProblem(string? source, ICollection<string> listed, string? defaultSource)
    {
        if (source is null)
        {
            return defaultSource is null ? MissingFigureSource.Message : null;
        }

        return listed.Contains(source) ? null : UnlistedFigureSource.Format(source, Listed(listed));
    }

    /// <summary>
    /// The C# name of an entry's static property: its id in PascalCase, without the characters an identifier cannot
    /// hold; prefixed with "Entry" when that does not start with an upper-case letter or is a keyword, and suffixed with
    /// "Entry" when it is the class's own name, one of its members or one of object's.
    /// </summary>
    public static string MemberName(string id, string className)
    {
        var member = new string(CSharpNames.PascalName(id).Where(CSharpNames.IsIdentifierPart).ToArray());
        if (!CSharpNames.IsPascalIdentifier(member))
        {
            member = "Entry" + member;
        }

        return member == className || ReservedMembers.Contains(member) ? member + "Entry" : member;
    }
}

/// <summary>The JSON type of a catalogue file's top-level value.</summary>
internal enum CatalogValueShape
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A JSON object.</summary>
    Object,

    /// <summary>A JSON array.</summary>
    Array,
}

/// <summary>One top-level key of a catalogue file: its name, the JSON type it holds, whether a file must have it, and the tool's words.</summary>
internal sealed class CatalogFileKey
{
    public CatalogFileKey(string name, CatalogValueShape shape, bool required = false, string? wrongType = null, string? missing = null)
    {
        Name = name;
        Shape = shape;
        Required = required;
        WrongType = wrongType ?? "Expected a string.";
        Missing = missing ?? $"A catalogue file has \"{name}\".";
    }

    /// <summary>The key, such as "entity".</summary>
    public string Name { get; }

    /// <summary>The JSON type of its value.</summary>
    public CatalogValueShape Shape { get; }

    /// <summary>True when every catalogue file has the key.</summary>
    public bool Required { get; }

    /// <summary>The tool's message for a value of another JSON type (the build says it with its own diagnostic).</summary>
    public string WrongType { get; }

    /// <summary>The tool's message when a required key is missing (the build says it with its own diagnostic).</summary>
    public string Missing { get; }
}

/// <summary>
/// The ids of one catalogue file's entries, in order: ids identify entries (<c>Catalog.X.Get(id)</c>) and name their
/// static properties, so two entries may share neither an id nor the C# name made from it.
/// </summary>
internal sealed class CatalogIds
{
    private readonly string _className;
    private readonly Dictionary<string, (string Id, int Index)> _byMember = new(StringComparer.Ordinal);

    /// <param name="className">The catalogue class's name (<see cref="CatalogRules.ClassName"/>).</param>
    public CatalogIds(string className) => _className = className;

    /// <summary>
    /// Records the entry at <paramref name="index"/> (its <see cref="CatalogRules.EntryName"/>). Returns null when
    /// its C# name is new, or the arguments of <see cref="CatalogRules.DuplicateId"/> when an earlier entry has it.
    /// </summary>
    public object[]? Add(string id, int index, out string member)
    {
        member = CatalogRules.MemberName(id, _className);
        if (_byMember.TryGetValue(member, out var earlier))
        {
            return new object[] { id, earlier.Index, earlier.Id == id ? string.Empty : $" (as the C# name {member}, like '{earlier.Id}')" };
        }

        _byMember.Add(member, (id, index));
        return null;
    }
}
