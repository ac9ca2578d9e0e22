using System;
using System.Collections.Generic;

namespace AiInfra.Domain.Provenance;

/// <summary>
/// The words of a figure as JSON writes it: its keys, the JSON names of <see cref="FigureBound"/>'s members, the keys
/// of a correction. This one file (with <c>FigureBound.cs</c>) is compiled into the library, whose readers and writers
/// use it, and into the build-time generator (a linked Compile item), whose catalogue checker and schemas use it, so
/// that a figure reads, builds and validates with the same words everywhere.
/// </summary>
internal static class FigureVocabulary
{
    /// <summary>The key of a figure's stated value.</summary>
    public const string Value = "value";

    /// <summary>The key of a range's lower end.</summary>
    public const string Min = "min";

    /// <summary>The key of a range's upper end.</summary>
    public const string Max = "max";

    /// <summary>The key of the figure's bound (<see cref="FigureBound"/>).</summary>
    public const string Bound = "bound";

    /// <summary>The key of the id of the source the figure cites.</summary>
    public const string Source = "source";

    /// <summary>The key of the line of the source that states the figure.</summary>
    public const string Line = "line";

    /// <summary>The key of the forecast flag.</summary>
    public const string Forecast = "forecast";

    /// <summary>The key of the note for the reader.</summary>
    public const string Note = "note";

    /// <summary>The key of the correction (<see cref="FigureCorrection"/>).</summary>
    public const string Corrected = "corrected";

    /// <summary>The key of what the source wrote, in a correction.</summary>
    public const string Original = "original";

    /// <summary>The key of why the figure was corrected, in a correction.</summary>
    public const string Reason = "reason";

    /// <summary>Every key of a figure object, in the order messages list them.</summary>
    public static readonly string[] Keys = { Value, Min, Max, Bound, Source, Line, Forecast, Note, Corrected };

    /// <summary>The keys of a correction object.</summary>
    public static readonly string[] CorrectionKeys = { Original, Reason };

    /// <summary>
    /// Every bound, in the order of <see cref="FigureBound"/>'s members, with its JSON name and what it means. The
    /// table, not the member order, says which name is which member.
    /// </summary>
    public static readonly IReadOnlyList<BoundWord> Bounds = new[]
    {
        new BoundWord(FigureBound.Exact, "exact", "Stated without qualifier."),
        new BoundWord(FigureBound.Approximate, "approximate", "About the value (约, 左右, 近, ~)."),
        new BoundWord(FigureBound.AtLeast, "atLeast", "At least the value (超过, 逾, 突破, ≥, 以上)."),
        new BoundWord(FigureBound.AtMost, "atMost", "At most the value (至多, 高达, up to, ≤)."),
        new BoundWord(FigureBound.GreaterThan, "greaterThan", "Strictly greater than the value (>), where the source makes the strictness explicit."),
        new BoundWord(FigureBound.LessThan, "lessThan", "Less than the value (低于, 以内, <)."),
        new BoundWord(FigureBound.Range, "range", "A range: the figure carries min and max instead of value."),
        new BoundWord(FigureBound.Unknown, "unknown", "The source's qualifier is unclear."),
        new BoundWord(FigureBound.ApproximateRange, "approximateRange", "About a range (约 120-140kW): min and max, both approximate."),
    };

    /// <summary>True for the bounds whose figure carries min and max: <see cref="FigureBound.Range"/> and <see cref="FigureBound.ApproximateRange"/>.</summary>
    public static bool IsRange(FigureBound bound) => bound is FigureBound.Range or FigureBound.ApproximateRange;

    /// <summary>The bounds' JSON names as messages list them: "exact", "approximate", ... or "unknown".</summary>
    public static readonly string AllowedBounds = Listed();

    /// <summary>The keys as messages list them: "value" (or "min" and "max"), "bound", ...</summary>
    public const string KeysText = "\"value\" (or \"min\" and \"max\"), \"bound\", \"source\", \"line\", \"forecast\", \"note\", \"corrected\"";

    /// <summary>The JSON name of a bound ("atLeast"); null for a value that is no member.</summary>
    public static string? BoundName(FigureBound bound)
    {
        // Indexed, not foreach over the interface, so that validation (which asks this of every figure) allocates nothing.
        for (var i = 0; i < Bounds.Count; i++)
        {
            if (Bounds[i].Bound == bound)
            {
                return Bounds[i].Json;
            }
        }

        return null;
    }

    /// <summary>The bound with this JSON name (ordinal, case-sensitive); false for any other text.</summary>
    public static bool TryParseBound(string text, out FigureBound bound)
    {
        foreach (var word in Bounds)
        {
            if (string.Equals(word.Json, text, StringComparison.Ordinal))
            {
                bound = word.Bound;
                return true;
            }
        }

        bound = FigureBound.Exact;
        return false;
    }

    /// <summary>How a figure's text starts for a bound ("~", "≥ "): empty for exact, range and unknown.</summary>
    public static string Prefix(FigureBound bound) => bound switch
    {
        FigureBound.Approximate or FigureBound.ApproximateRange => "~",
        FigureBound.AtLeast => "≥ ",
        FigureBound.AtMost => "≤ ",
        FigureBound.GreaterThan => "> ",
        FigureBound.LessThan => "< ",
        _ => string.Empty,
    };

    private static string Listed()
    {
        var names = new string[Bounds.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = "\"" + Bounds[i].Json + "\"";
        }

        return string.Join(", ", names, 0, names.Length - 1) + " or " + names[names.Length - 1];
    }
}

/// <summary>One bound of <see cref="FigureVocabulary.Bounds"/>: the member, its JSON name and what it means.</summary>
internal sealed class BoundWord
{
    public BoundWord(FigureBound bound, string json, string description)
    {
        Bound = bound;
        Json = json;
        Description = description;
    }

    /// <summary>The member.</summary>
    public FigureBound Bound { get; }

    /// <summary>Its JSON name ("atLeast").</summary>
    public string Json { get; }

    /// <summary>What it means, for schemas and docs.</summary>
    public string Description { get; }
}
