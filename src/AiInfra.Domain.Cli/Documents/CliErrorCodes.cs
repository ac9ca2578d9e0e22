namespace AiInfra.Domain.Cli.Documents;

/// <summary>The tool's own error codes, for what only a catalogue file can get wrong; the rest are the library's <see cref="ErrorCodes"/>.</summary>
internal static class CliErrorCodes
{
    /// <summary>A catalogue file's "entity" names no entity the tool knows.</summary>
    public const string UnknownEntity = "catalog.entity";

    /// <summary>Two entries of a catalogue file share an id.</summary>
    public const string DuplicateId = "catalog.duplicate-id";
}
