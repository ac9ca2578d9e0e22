namespace AiInfra.Domain.Quantities;

/// <summary>
/// The ISO 4217 alphabetic codes <see cref="Currency"/> accepts, sorted ordinally, with a lookup that does not allocate.
/// </summary>
internal static class CurrencyCodes
{
    private static readonly string[] s_codes = CreateCodes();
    private static readonly int[] s_keys = Array.ConvertAll(s_codes, code => KeyOf(code));

    /// <summary>Every accepted code, sorted ordinally; a <see cref="Currency"/> stores its position here plus one.</summary>
    public static ReadOnlySpan<string> All => s_codes;

    /// <summary>The code at a position of <see cref="All"/>.</summary>
    public static string At(int index) => s_codes[index];

    /// <summary>The position of <paramref name="code"/> in <see cref="All"/>, or -1 when it is not an accepted code.</summary>
    public static int IndexOf(ReadOnlySpan<char> code)
    {
        if (!IsWellFormed(code))
        {
            return -1;
        }

        var index = Array.BinarySearch(s_keys, KeyOf(code));
        return index >= 0 ? index : -1;
    }

    /// <summary>True for exactly three upper-case ASCII letters, the shape of every ISO 4217 alphabetic code.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> code) =>
        code.Length == 3 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);

    // Ordered as the codes are ordered ordinally, so a binary search over the keys finds a code's position.
    private static int KeyOf(ReadOnlySpan<char> code) => (code[0] << 16) | (code[1] << 8) | code[2];

    private static string[] CreateCodes()
    {
        var codes = (MoneyWords.CurrentCodes + " " + MoneyWords.ReplacedCodes).Split(' ');
        Array.Sort(codes, StringComparer.Ordinal);
        return codes;
    }
}
