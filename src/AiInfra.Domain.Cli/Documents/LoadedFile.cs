using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>What kind of file was read.</summary>
internal enum FileShape
{
    /// <summary>The file could not be read (missing, not a regular file, larger than the limit, no access).</summary>
    Unreadable,

    /// <summary>Not a catalogue file, and no --type said what it holds.</summary>
    Undetermined,

    /// <summary>Not JSON at all: no entity could be read from it.</summary>
    Malformed,

    /// <summary>A *.catalog.json file: the entity it names and its entries.</summary>
    Catalogue,

    /// <summary>One entity object, of the --type given.</summary>
    Single,

    /// <summary>A JSON array of entity objects, of the --type given.</summary>
    Array,

    /// <summary>Reading the file failed with an exception: a bug in the tool, reported as such while the other files are read.</summary>
    Failed,
}

/// <summary>One entry read from a file: a valid record and where it is.</summary>
/// <param name="Entity">Its registration.</param>
/// <param name="Value">The record.</param>
/// <param name="Id">Its "id", when it has one.</param>
/// <param name="Pointer">The JSON Pointer of the entry within the file.</param>
/// <param name="Line">The line the entry starts on.</param>
/// <param name="Column">The column the entry starts at.</param>
internal sealed record LoadedEntry(AiInfraTypeRegistry.Registration Entity, object Value, string? Id, string Pointer, long Line, long Column);

/// <summary>The outcome of reading one file: its valid entries and every error.</summary>
/// <param name="Path">The file, as named on the command line.</param>
/// <param name="Shape">What kind of file it was.</param>
/// <param name="Entity">The entity its entries were read as, when known.</param>
/// <param name="ItemCount">How many entries the file holds (valid or not).</param>
/// <param name="Entries">The valid entries.</param>
/// <param name="Errors">Every error, ordered by position.</param>
/// <param name="Problem">Why the file could not be read or its entity told, or the exception, for <see cref="FileShape.Unreadable"/>, <see cref="FileShape.Undetermined"/> and <see cref="FileShape.Failed"/>.</param>
internal sealed record LoadedFile(
    string Path,
    FileShape Shape,
    AiInfraTypeRegistry.Registration? Entity,
    int ItemCount,
    IReadOnlyList<LoadedEntry> Entries,
    IReadOnlyList<FileError> Errors,
    string? Problem = null)
{
    /// <summary>True when the file was read and has no error.</summary>
    public bool IsValid => Shape is FileShape.Catalogue or FileShape.Single or FileShape.Array && Errors.Count == 0;

    /// <summary>"a catalogue of 58 Accelerator entries", "an Accelerator", "an array of 3 Accelerator entries".</summary>
    public string Description => Shape switch
    {
        FileShape.Catalogue => $"a catalogue of {Count(ItemCount)} {Entity?.EntityName} {(ItemCount == 1 ? "entry" : "entries")}",
        FileShape.Array => $"an array of {Count(ItemCount)} {Entity?.EntityName} {(ItemCount == 1 ? "entry" : "entries")}",
        FileShape.Single => $"one {Entity?.EntityName}",
        _ => "unread",
    };

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
