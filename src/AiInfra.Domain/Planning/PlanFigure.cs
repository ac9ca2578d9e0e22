using System.Globalization;
using AiInfra.Domain.Provenance;

namespace AiInfra.Domain.Planning;

/// <summary>How a formula's result moves when one of its inputs grows, the others held still.</summary>
public enum Monotonicity
{
    /// <summary>The result does not fall when the input grows.</summary>
    Increasing,

    /// <summary>The result does not rise when the input grows.</summary>
    Decreasing,

    /// <summary>The result may rise or fall as the input grows: the input must be one value, never a range.</summary>
    None,
}

/// <summary>
/// A formula of the planner: a short id (such as <c>power.facility</c>), its text, the calculator that evaluates it,
/// and how its result moves with each input. Because every formula is monotone in each input, the result of an
/// interval of inputs is the interval between the formula at the inputs' low ends and at their high ends (each input's
/// end chosen by its monotonicity): exact interval arithmetic, never a midpoint.
/// </summary>
/// <param name="Id">A stable id, such as <c>power.facility</c>.</param>
/// <param name="Text">The formula in words and symbols, such as <c>facility = IT load × PUE</c>.</param>
/// <param name="Calculator">The calculator method that evaluates it, such as <c>FacilityPowerCalculator.Calculate</c>; empty for arithmetic of the planner's own.</param>
/// <param name="Inputs">The inputs' roles, in the order the formula takes them, each with its monotonicity.</param>
public sealed record PlanFormula(string Id, string Text, string Calculator, IReadOnlyList<(string Role, Monotonicity Monotonicity)> Inputs)
{
    /// <summary>"racks ↑, rack power ↓": how the result moves with each input (↑ increasing, ↓ decreasing, "one value" neither).</summary>
    public string MonotonicityText => string.Join(", ", Inputs.Select(i => i.Role + i.Monotonicity switch { Monotonicity.Increasing => " ↑", Monotonicity.Decreasing => " ↓", _ => " (one value)" }));

    /// <summary>True when the ids are equal (a formula is known by its id).</summary>
    public bool Equals(PlanFormula? other) => other is not null && other.Id == Id;

    /// <summary>A hash of the id.</summary>
    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);
}

/// <summary>Where an input of a plan's figures comes from.</summary>
public abstract record PlanProvenance
{
    private protected PlanProvenance()
    {
    }

    /// <summary>A one-line description, such as <c>catalog Rack nvidia-gb200-nvl72 /rackPower [s001:1770] range</c>.</summary>
    public abstract string Describe();
}

/// <summary>A figure of the reference catalogue, with its source, line, bound and forecast flag.</summary>
/// <param name="Catalog">The catalogue's entity, such as <c>Rack</c>.</param>
/// <param name="EntryId">The entry's id.</param>
/// <param name="Property">The JSON Pointer of the figure within the entry, such as <c>/rackPower</c>.</param>
/// <param name="Source">The source id, such as <c>s001</c>; null when the catalogue gives none.</param>
/// <param name="Line">The 1-based line of the source's text that the figure cites, when known.</param>
/// <param name="Bound">The figure's bound.</param>
/// <param name="IsForecast">True for an estimate or plan.</param>
public sealed record CatalogProvenance(string Catalog, string EntryId, string Property, string? Source, int? Line, FigureBound Bound, bool IsForecast) : PlanProvenance
{
    /// <summary>"[s001:1770]", or "[s001]" without a line.</summary>
    public string Citation => Source is null ? "[no source]" : Line is { } line ? $"[{Source}:{line.ToString(CultureInfo.InvariantCulture)}]" : $"[{Source}]";

    /// <inheritdoc/>
    public override string Describe() =>
        $"catalog {Catalog} {EntryId} {Property} {Citation}" + (Bound == FigureBound.Exact ? string.Empty : " " + PlanFigure.BoundWord(Bound)) + (IsForecast ? " forecast" : string.Empty);
}

/// <summary>A value of the plan file.</summary>
/// <param name="Pointer">Its JSON Pointer in the plan, such as <c>/economics/electricityPrice</c>.</param>
/// <param name="File">The plan file as it was named, when the plan was read from one.</param>
/// <param name="Line">Its 1-based line, when the plan was read from text.</param>
/// <param name="Column">Its 1-based column in UTF-16 code units, when the plan was read from text.</param>
public sealed record PlanFileProvenance(string Pointer, string? File, long? Line, long? Column) : PlanProvenance
{
    /// <inheritdoc/>
    public override string Describe() =>
        "plan " + (File ?? string.Empty) + (Line is { } line ? $":{line.ToString(CultureInfo.InvariantCulture)}" : string.Empty) + (File is null && Line is null ? string.Empty : " ") + Pointer;
}

/// <summary>A default the plan's schema documents, used because the plan leaves the value out.</summary>
/// <param name="Name">What the default is, such as <c>coolant water</c>.</param>
/// <param name="Pointer">The JSON Pointer of the plan value it stands for.</param>
/// <param name="Reason">Where the default comes from.</param>
public sealed record DefaultProvenance(string Name, string Pointer, string Reason) : PlanProvenance
{
    /// <inheritdoc/>
    public override string Describe() => $"default {Pointer}: {Name} ({Reason})";
}

/// <summary>
/// One number of a plan: a value or an interval in a unit, with its bound and forecast flag, and either the formula and
/// inputs it was computed from or the provenance of an input. Min equals Max unless an input was a range.
/// </summary>
/// <param name="Id">The figure's id, such as <c>costPerMillionTokens</c>, unique within a report.</param>
/// <param name="Label">What it is, in words.</param>
/// <param name="Min">The low end (the value when not a range), in <paramref name="Unit"/>.</param>
/// <param name="Max">The high end, in <paramref name="Unit"/>; equal to Min unless the figure is a range.</param>
/// <param name="Unit">The unit, such as <c>MW</c> or <c>USD</c>; empty for a count or a pure number.</param>
/// <param name="Bound">Exact, approximate, at least, at most, or range, carried from the inputs (see <see cref="ClusterPlanner"/>).</param>
/// <param name="IsForecast">True when any input is a forecast.</param>
/// <param name="Formula">The formula it was computed with; null for an input.</param>
/// <param name="Inputs">The figures the formula took, in its order; empty for an input.</param>
/// <param name="Source">Where an input comes from; null for a computed figure.</param>
public sealed record PlanFigure(
    string Id,
    string Label,
    double Min,
    double Max,
    string Unit,
    FigureBound Bound,
    bool IsForecast,
    PlanFormula? Formula,
    IReadOnlyList<PlanFigure> Inputs,
    PlanProvenance? Source)
{
    /// <summary>True when the figure is an interval of two different values.</summary>
    public bool IsRange => Min != Max;

    /// <summary>True when the figure was computed (it has a formula), false for an input.</summary>
    public bool IsComputed => Formula is not null;

    /// <summary>"1,234.5 kW", "120–140 kW", "120–140 kW (about)", "~1.2 MW", "≥ 3", each with " (forecast)" when it is one.</summary>
    public override string ToString() => FormatValue() + (IsForecast ? " (forecast)" : string.Empty);

    /// <summary>The value or interval with its unit and bound, without the forecast mark.</summary>
    public string FormatValue()
    {
        var unit = Unit.Length == 0 ? string.Empty : " " + Unit;
        if (IsRange)
        {
            return Number(Min) + "–" + Number(Max) + unit + (Bound is FigureBound.Approximate or FigureBound.ApproximateRange ? " (about)" : string.Empty);
        }

        var prefix = Bound switch
        {
            FigureBound.Approximate => "~",
            FigureBound.AtLeast => "≥ ",
            FigureBound.AtMost => "≤ ",
            FigureBound.GreaterThan => "> ",
            FigureBound.LessThan => "< ",
            _ => string.Empty,
        };
        return prefix + Number(Min) + unit;
    }

    /// <summary>A number as reports print it: six significant digits, thousands separated, invariant culture.</summary>
    public static string Number(double value)
    {
        if (value == 0 || double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var magnitude = Math.Abs(value);
        if (magnitude >= 1e15 || magnitude < 1e-4)
        {
            return value.ToString("G6", CultureInfo.InvariantCulture);
        }

        var digits = Math.Max(0, 5 - (int)Math.Floor(Math.Log10(magnitude)));
        var rounded = Math.Round(value, Math.Min(digits, 15), MidpointRounding.AwayFromZero);
        return rounded.ToString("#,0." + new string('#', digits), CultureInfo.InvariantCulture);
    }

    /// <summary>The word reports use for a bound: "about", "at least", "range" ...</summary>
    public static string BoundWord(FigureBound bound) => bound switch
    {
        FigureBound.Exact => "exact",
        FigureBound.Approximate => "about",
        FigureBound.AtLeast => "at least",
        FigureBound.AtMost => "at most",
        FigureBound.GreaterThan => "greater than",
        FigureBound.LessThan => "less than",
        FigureBound.Range => "range",
        FigureBound.ApproximateRange => "about, range",
        _ => "bound unknown",
    };
}
