namespace AiInfra.Domain;

/// <summary>
/// One problem found while reading or validating data: where it is (a JSON Pointer, and the line and column when
/// the text itself was at fault), a stable code for programs and a message for people.
/// Two errors are equal when every member is.
/// </summary>
/// <param name="Path">A JSON Pointer (RFC 6901) to the value at fault, such as <c>/ratedPower</c> or <c>/tags/2</c>; empty for the whole document.</param>
/// <param name="Code">A stable code from <see cref="ErrorCodes"/>, such as <c>quantity.dimension</c>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <param name="Line">The 1-based line in the text where the problem was found, when known; lines end at each line feed (U+000A).</param>
/// <param name="Column">
/// The 1-based column where the problem was found, when known, counted in UTF-16 code units from the start of the line, as
/// editors show it: "°C" and "m³" are one column per character, a character outside the Basic Multilingual Plane such as
/// "🔌" two, and a byte order mark at the start of the text none.
/// </param>
public sealed record AiInfraError(string Path, string Code, string Message, long? Line = null, long? Column = null)
{
    /// <summary>"/ratedPower (3:17): quantity.dimension: ...", for logs and exception messages.</summary>
    public override string ToString()
    {
        var where = Path.Length == 0 ? "(document)" : Path;
        var position = Line is { } line ? $" ({line}:{Column ?? 0})" : string.Empty;
        return $"{where}{position}: {Code}: {Message}";
    }
}
