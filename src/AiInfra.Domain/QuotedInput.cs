namespace AiInfra.Domain;

/// <summary>
/// Input text shown in an error message, cut so that a message never carries an unbounded amount of input: a hostile
/// 30 MiB value is named by its first <see cref="MaxShownLength"/> characters, not copied whole into every error.
/// </summary>
internal static class QuotedInput
{
    /// <summary>The most characters (UTF-16 code units) of the input a message shows; a longer text is cut and ends in "…".</summary>
    public const int MaxShownLength = 64;

    /// <summary>The text in double quotes, cut as <see cref="Cut"/> cuts it.</summary>
    public static string Quote(ReadOnlySpan<char> text) => $"\"{Cut(text)}\"";

    /// <summary>The text itself when at most <see cref="MaxShownLength"/> characters; otherwise its start (never half a surrogate pair) and "…".</summary>
    public static string Cut(ReadOnlySpan<char> text)
    {
        if (text.Length <= MaxShownLength)
        {
            return text.ToString();
        }

        var cut = char.IsHighSurrogate(text[MaxShownLength - 1]) ? MaxShownLength - 1 : MaxShownLength;
        return string.Concat(text[..cut], "…");
    }
}
