namespace AiInfra.Domain.Planning;

using AiInfra.Domain.Provenance;

/// <summary>
/// Evaluates a formula over figures by interval arithmetic: the formula is monotone in each input (its
/// <see cref="PlanFormula.Inputs"/> say which way), so its low end is its value with every input at the end that
/// lowers it, and its high end likewise. Bounds and forecast flags are carried from the inputs to the result.
/// </summary>
internal static class Derivation
{
    public static PlanFigure Derive(string id, string label, string unit, PlanFormula formula, IReadOnlyList<PlanFigure> inputs, Func<double[], double> evaluate)
    {
        if (inputs.Count != formula.Inputs.Count)
        {
            throw new InvalidOperationException($"Formula {formula.Id} takes {formula.Inputs.Count} inputs; {inputs.Count} were given for {id}.");
        }

        var low = new double[inputs.Count];
        var high = new double[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (input.IsRange && formula.Inputs[i].Monotonicity == Monotonicity.None)
            {
                throw new PlanException([new AiInfraError(string.Empty, ErrorCodes.RuleViolation,
                    $"{label} ({formula.Id}) is not monotone in {formula.Inputs[i].Role}, so it cannot take the range {input.FormatValue()} ({input.Id}); give that input one value.")]);
            }

            (low[i], high[i]) = formula.Inputs[i].Monotonicity == Monotonicity.Decreasing ? (input.Max, input.Min) : (input.Min, input.Max);
        }

        var min = Evaluate(id, label, inputs, () => evaluate(low));
        var max = Evaluate(id, label, inputs, () => evaluate(high));
        if (double.IsNaN(min) || double.IsNaN(max))
        {
            throw new InvalidOperationException($"Formula {formula.Id} gave NaN for {id}.");
        }

        if (min > max)
        {
            // Only rounding can do this in a monotone formula; anything larger is a wrongly stated monotonicity (a bug).
            if (min - max > 1e-9 * Math.Max(Math.Abs(min), Math.Abs(max)))
            {
                throw new InvalidOperationException($"Formula {formula.Id} is not monotone as stated: {id} gave {min:R} at its low ends and {max:R} at its high ends.");
            }

            max = min;
        }

        return new PlanFigure(id, label, min, max, unit, Bound(formula, inputs, min != max), inputs.Any(i => i.IsForecast), formula, inputs, null);
    }

    /// <summary>
    /// Runs a calculator for the figure <paramref name="id"/> made of <paramref name="inputs"/>; when the inputs take it
    /// past what it computes, the <see cref="PlanException"/> of <see cref="BeyondTheFormula"/>.
    /// </summary>
    internal static T Evaluate<T>(string id, string label, IReadOnlyList<PlanFigure> inputs, Func<T> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (Exception e) when (IsBeyondAFormula(e))
        {
            throw new PlanException([BeyondTheFormula(id, label, inputs, e)]);
        }
    }

    /// <summary>
    /// What a calculator throws when values each valid take it past what it computes (an infinity, a count past
    /// int.MaxValue, a decimal overflow, a rate of no whole number of lanes): the plan cannot be planned.
    /// </summary>
    internal static bool IsBeyondAFormula(Exception e) => e is ArithmeticException or ArgumentException;

    /// <summary>
    /// The error for a formula its values took beyond what it computes, in the calculator's words. It is at the one plan
    /// value the figure was computed from, when there is one; otherwise at the plan itself (the pointer ""), naming the
    /// figure and the figures it was computed from (each in the report, with its own inputs), since no one value is at fault.
    /// </summary>
    internal static AiInfraError BeyondTheFormula(string? id, string? label, IReadOnlyList<PlanFigure> inputs, Exception e)
    {
        // The values written in the plan that the inputs rest on (defaults and catalogue figures are not).
        var values = PlanReport.LeavesOf(inputs).Select(leaf => leaf.Source).OfType<PlanFileProvenance>().Select(written => written.Pointer).Distinct().ToList();
        if (values.Count == 1)
        {
            return new AiInfraError(values[0], ErrorCodes.RuleViolation, $"This value, valid by itself, takes the {label} ({id}) beyond what it can compute: {CalculatorMessage(e)}");
        }

        var figure = id is null ? "a formula" : $"the {label} ({id}), computed from {string.Join(", ", inputs.Select(input => $"{input.Label} ({input.Id})"))},";
        return new AiInfraError(string.Empty, ErrorCodes.RuleViolation, $"The plan's values, each valid, take {figure} beyond what it can compute: {CalculatorMessage(e)}");
    }

    /// <summary>A calculator's message without what <see cref="ArgumentException"/> appends to it (the parameter's name and value), which its own words already give.</summary>
    internal static string CalculatorMessage(Exception e) => e is ArgumentException ? e.Message.Split(" (Parameter '")[0] : e.Message;

    /// <summary>
    /// The bound of a result: a range when its ends differ (an approximate range when any input is inexact: about, a
    /// one-sided bound, or an approximate range, as the 约 of 120–140 kW carries to every result of it); otherwise exact when every input is, "at least" when every
    /// inexact input pushes it up from below (an "at least" input of a formula increasing in it, or an "at most" one of a
    /// formula decreasing in it), "at most" likewise, and "about" for any other mix.
    /// </summary>
    private static FigureBound Bound(PlanFormula formula, IReadOnlyList<PlanFigure> inputs, bool isRange)
    {
        if (isRange)
        {
            return inputs.All(input => input.Bound is FigureBound.Exact or FigureBound.Range) ? FigureBound.Range : FigureBound.ApproximateRange;
        }

        bool atLeast = false, atMost = false, about = false;
        for (var i = 0; i < inputs.Count; i++)
        {
            var increasing = formula.Inputs[i].Monotonicity != Monotonicity.Decreasing;
            switch (inputs[i].Bound)
            {
                case FigureBound.Exact:
                case FigureBound.Range:
                    break;
                case FigureBound.AtLeast:
                case FigureBound.GreaterThan:
                    (increasing ? ref atLeast : ref atMost) = true;
                    break;
                case FigureBound.AtMost:
                case FigureBound.LessThan:
                    (increasing ? ref atMost : ref atLeast) = true;
                    break;
                default:
                    about = true;
                    break;
            }

            about |= formula.Inputs[i].Monotonicity == Monotonicity.None && inputs[i].Bound is not (FigureBound.Exact or FigureBound.Range);
        }

        return about || (atLeast && atMost) ? FigureBound.Approximate : atLeast ? FigureBound.AtLeast : atMost ? FigureBound.AtMost : FigureBound.Exact;
    }
}
