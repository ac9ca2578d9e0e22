using System.Globalization;
using AiInfra.Domain.Provenance;

namespace AiInfra.Domain.Tests.Docs.CatalogPage;

/// <summary>One column of a catalogue table: its header (what, with scope) and the cell of an entry.</summary>
internal sealed record PageColumn(string Header, Func<object, string> Cell)
{
    /// <summary>A column of one property read by a delegate, the cell written by <see cref="Text"/>.</summary>
    public static PageColumn Of<T>(string header, Func<T, object?> read) => new(header, entry => Text(read((T)entry)));

    /// <summary>
    /// A cell: a figure with the library's own bound and forecast markers and its value in its readable form
    /// (<c>ToString("a")</c> for a quantity, the canonical period "2026-H2", an ISO date, thousands separated in money and counts); enums by name; "|" escaped.
    /// </summary>
    public static string Text(object? value) => (value switch
    {
        null => string.Empty,
        Enum member when member.ToString() == "Unspecified" => string.Empty,
        IFormattable formattable => formattable.ToString(FormatOf(value.GetType()), CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    }).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>The format of a value of <paramref name="type"/> (a figure's format is its value's).</summary>
    private static string? FormatOf(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Figure<>))
        {
            type = type.GetGenericArguments()[0];
        }

        return type == typeof(NodaTime.LocalDate) ? "uuuu-MM-dd"
            : type == typeof(NodaTime.YearMonth) ? "uuuu-MM"
            : typeof(AiInfra.Domain.Quantities.IQuantity).IsAssignableFrom(type) ? "a"
            : type == typeof(AiInfra.Domain.Quantities.Money) ? "#,0.######"
            : type == typeof(long) || type == typeof(int) ? "#,0"
            : null;
    }

    /// <summary>A member name as words: AcceleratorCount → "accelerator count", PerMillionTokens → "per million tokens".</summary>
    public static string Words(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
