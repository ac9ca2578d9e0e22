using System.Globalization;

namespace AiInfra.Domain.Provenance;

/// <summary>
/// A sourced figure: a value with the bound its source states (exact, approximate, at least, at most, a range),
/// where it comes from, and whether it is a forecast. Catalogue figures always carry their source; a figure built
/// in code from a plain value (<c>Figure&lt;Power&gt; tdp = Power.FromWatts(700)</c>) is exact with no source.
/// </summary>
/// <remarks>Two figures are equal when their values, bounds and provenance are all equal.</remarks>
/// <typeparam name="T">The value's type: a quantity, a number or money.</typeparam>
public readonly record struct Figure<T> : IFormattable
    where T : struct
{
    /// <summary>Creates a figure.</summary>
    /// <param name="value">The stated value; for a range, its lower end.</param>
    /// <param name="bound">How the value relates to the truth.</param>
    /// <param name="maximum">For a range, its upper end; otherwise null.</param>
    /// <param name="source">The id of the source, as listed in the catalogue's sources.</param>
    /// <param name="line">The line of the source document that states it, when known.</param>
    /// <param name="isForecast">True for an estimate or forecast (“E”, 预计).</param>
    /// <param name="note">Anything a reader of the figure should know.</param>
    /// <param name="correction">When the figure corrects its source: what the source wrote and why.</param>
    /// <exception cref="ArgumentException">A range without a maximum, or a maximum on a bound that is not a range.</exception>
    public Figure(T value, FigureBound bound = FigureBound.Exact, T? maximum = null, string? source = null, int? line = null, bool isForecast = false, string? note = null, FigureCorrection? correction = null)
    {
        if (FigureVocabulary.IsRange(bound) != maximum.HasValue)
        {
            throw new ArgumentException(FigureVocabulary.IsRange(bound) ? "A range needs its maximum." : "Only a range has a maximum.", nameof(maximum));
        }

        Value = value;
        Bound = bound;
        Maximum = maximum;
        Source = source;
        Line = line;
        IsForecast = isForecast;
        Note = note;
        Correction = correction;
    }

    /// <summary>The stated value; for a range, its lower end.</summary>
    public T Value { get; }

    /// <summary>How the value relates to the truth.</summary>
    public FigureBound Bound { get; }

    /// <summary>For a range (<see cref="FigureBound.Range"/> or <see cref="FigureBound.ApproximateRange"/>), its upper end; otherwise null.</summary>
    public T? Maximum { get; }

    /// <summary>True when the figure is a range, <see cref="FigureBound.Range"/> or <see cref="FigureBound.ApproximateRange"/>: it has a <see cref="Maximum"/>.</summary>
    public bool IsRange => FigureVocabulary.IsRange(Bound);

    /// <summary>The id of the source (see the catalogue's sources), or null for a figure made in code.</summary>
    public string? Source { get; }

    /// <summary>The line of the source document that states the figure, when known.</summary>
    public int? Line { get; }

    /// <summary>True for an estimate or forecast rather than a reported figure.</summary>
    public bool IsForecast { get; }

    /// <summary>A note for the reader, or null.</summary>
    public string? Note { get; }

    /// <summary>When the figure corrects its source, what the source wrote and why; otherwise null.</summary>
    public FigureCorrection? Correction { get; }

    /// <summary>An exact figure with no source, for values made in code.</summary>
    public static implicit operator Figure<T>(T value) => new(value);

    /// <summary>"700 W", "~700 W", "≥ 700 W", "310 W–350 W", "~120 kW–140 kW", with " (forecast)" when it is one.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats like <see cref="ToString()"/>, the value (and a range's upper end) with <paramref name="format"/>: a
    /// quantity's readable form is <c>ToString("a")</c> ("~1.2 kW", "310 W–1.5 kW", "~120 kW–140 kW"), a period's short form
    /// <c>ToString("S")</c>. The bound and forecast markers are the same for every format.
    /// </summary>
    /// <param name="format">The value's format; null for its default form. A value that is not <see cref="IFormattable"/> ignores it.</param>
    /// <param name="formatProvider">The culture of the value's number; null for the invariant culture.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is not a format of <typeparamref name="T"/>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var value = Format(Value, format, formatProvider);
        var text = Bound switch
        {
            FigureBound.Range => value + "–" + Format(Maximum!.Value, format, formatProvider),
            FigureBound.ApproximateRange => "~" + value + "–" + Format(Maximum!.Value, format, formatProvider),
            FigureBound.Unknown => value + " (bound unknown)",
            _ => FigureVocabulary.Prefix(Bound) + value,
        };
        return IsForecast ? text + " (forecast)" : text;
    }

    private static string Format(T value, string? format, IFormatProvider? provider) =>
        value is IFormattable formattable ? formattable.ToString(format, provider ?? CultureInfo.InvariantCulture) : value.ToString() ?? string.Empty;
}
