namespace AiInfra.Domain.Cli.Documents;

/// <summary>One error in a data file, located by line and column where they are known.</summary>
/// <param name="File">The file, as named on the command line.</param>
/// <param name="Offset">The byte offset the position was worked out from, for ordering; null when unknown.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, in UTF-16 code units.</param>
/// <param name="Code">The library's stable error code, such as "quantity.dimension", or one of the tool's "catalog.*" codes.</param>
/// <param name="Pointer">The JSON Pointer of the value at fault within the file; empty for the whole document.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record FileError(string File, long? Offset, long? Line, long? Column, string Code, string Pointer, string Message)
{
    /// <summary>The line in the canonical form that MSBuild, Azure Pipelines, GitHub problem matchers and editors read.</summary>
    public override string ToString()
    {
        var position = Line is { } line ? $"({line},{Column ?? 1})" : string.Empty;
        return $"{File}{position}: error {Code}: {Text}";
    }

    /// <summary>The JSON Pointer ("(document)" for the whole document) and the message: what the line says after the code.</summary>
    public string Text => $"{(Pointer.Length == 0 ? "(document)" : Pointer)}: {Message}";
}
