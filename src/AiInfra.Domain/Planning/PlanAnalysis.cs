namespace AiInfra.Domain.Planning;

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

/// <summary>Headline figures of several plans side by side.</summary>
/// <param name="Reports">The reports, in the order given.</param>
public sealed record PlanComparison(IReadOnlyList<PlanReport> Reports)
{
    /// <summary>The comparison as a text table: a row per headline figure (<see cref="PlanReport.HeadlineIds"/>), a column per plan.</summary>
    /// <returns>The table, ending with a line feed.</returns>
    public string ToText()
    {
        var rows = Rows();
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c])))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The comparison as a Markdown table.</summary>
    /// <returns>The table, ending with a line feed.</returns>
    public string ToMarkdown()
    {
        var rows = Rows();
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", rows[0])).Append(" |\n|").Append(string.Concat(rows[0].Select(_ => " --- |"))).Append('\n');
        foreach (var row in rows.Skip(1))
        {
            text.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>The comparison as JSON: each plan's report (<see cref="PlanReport.ToJson"/>) in a "plans" array.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("plans");
            foreach (var report in Reports)
            {
                report.WriteJson(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private List<string[]> Rows()
    {
        var rows = new List<string[]> { new[] { "figure" }.Concat(Reports.Select(r => r.Plan.Id)).ToArray() };
        foreach (var id in PlanReport.HeadlineIds)
        {
            rows.Add(new[] { id }.Concat(Reports.Select(r => r.TryGetFigure(id, out var f) ? f.ToString() : "-")).ToArray());
        }

        return rows;
    }
}

/// <summary>One step of a sensitivity sweep: the input's value and the report at it.</summary>
/// <param name="Value">The input's value, in the unit the plan writes it in (or the property's declared unit).</param>
/// <param name="Report">The report of the plan with that value.</param>
public sealed record SensitivityPoint(double Value, PlanReport Report);

/// <summary>An input of a tornado: its plausible range and the cost per million tokens at each end.</summary>
/// <param name="Pointer">The plan value varied, as a JSON Pointer.</param>
/// <param name="Label">What it is.</param>
/// <param name="Low">The low end of its plausible range.</param>
/// <param name="High">The high end.</param>
/// <param name="AtLow">Cost per million tokens with the input at <paramref name="Low"/>.</param>
/// <param name="AtHigh">Cost per million tokens with the input at <paramref name="High"/>.</param>
public sealed record TornadoBar(string Pointer, string Label, double Low, double High, PlanFigure AtLow, PlanFigure AtHigh)
{
    /// <summary>The swing: the widest span of cost the input's range gives, from the lowest low end to the highest high end of the two results (ranges included, no midpoint).</summary>
    public double Swing => Math.Max(AtLow.Max, AtHigh.Max) - Math.Min(AtLow.Min, AtHigh.Min);
}

/// <summary>Comparisons, sweeps and tornado summaries of plans.</summary>
public static class PlanAnalysis
{
    /// <summary>Plans each plan and sets the reports side by side.</summary>
    /// <param name="plans">Two or more plans (one is allowed).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">No plan is given.</exception>
    public static PlanComparison Compare(params ClusterPlan[] plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        if (plans.Length == 0)
        {
            throw new ArgumentException("Compare needs at least one plan.", nameof(plans));
        }

        return new PlanComparison(plans.Select(ClusterPlanner.Plan).ToArray());
    }

    /// <summary>
    /// Sweeps one plan value from <paramref name="from"/> to <paramref name="to"/> in <paramref name="steps"/> equal
    /// steps and plans each variant. The value is named by its JSON Pointer in the plan (<c>/economics/utilisation</c>);
    /// it is written in the unit the plan writes it in (<c>"70 %"</c> becomes <c>"40 %"</c>), or as a bare number in the
    /// property's declared unit when the plan gives none, and the variant is read and validated like a plan file.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="pointer">The plan value to vary.</param>
    /// <param name="from">The first value.</param>
    /// <param name="to">The last value.</param>
    /// <param name="steps">How many values, 2 or more.</param>
    /// <returns>A point per value.</returns>
    /// <exception cref="ArgumentException">The pointer names no value the plan can hold, or a variant is not valid (the message has its errors).</exception>
    public static IReadOnlyList<SensitivityPoint> Sensitivity(ClusterPlan plan, string pointer, double from, double to, int steps)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(pointer);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 2);
        var points = new List<SensitivityPoint>(steps);
        for (var i = 0; i < steps; i++)
        {
            var value = from + ((to - from) * i / (steps - 1));
            points.Add(new SensitivityPoint(value, ClusterPlanner.Plan(With(plan, pointer, value))));
        }

        return points;
    }

    /// <summary>
    /// The documented plausible range of each input a tornado varies (docs/planner.md): absolute for shares, prices and
    /// the fabric's oversubscription, relative (±25 %) for capex. Inputs the plan does not use (a PUE when it gives a
    /// cooling overhead, oversubscription without a fabric) are left out.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>Each input's pointer, label and range.</returns>
    public static IReadOnlyList<(string Pointer, string Label, double Low, double High)> PlausibleRanges(ClusterPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var ranges = new List<(string, string, double, double)> { ("/economics/utilisation", "utilisation (%)", 40, 90) };
        ranges.Add(("/economics/electricityPrice", "electricity price per kWh", 0.03, 0.12));
        if (plan.Power.Pue is not null)
        {
            ranges.Add(("/power/pue", "PUE", 1.1, 1.5));
        }
        else
        {
            ranges.Add(("/power/coolingOverhead", "cooling overhead (%)", 5, 40));
        }

        if (plan.Economics.CapexPerRack is { } rack)
        {
            ranges.Add(("/economics/capexPerRack", "capex per rack (±25 %)", (double)rack.Amount * 0.75, (double)rack.Amount * 1.25));
        }

        if (plan.Economics.CapexPerAccelerator is { } accelerator)
        {
            ranges.Add(("/economics/capexPerAccelerator", "capex per accelerator (±25 %)", (double)accelerator.Amount * 0.75, (double)accelerator.Amount * 1.25));
        }

        if (plan.Economics.FacilityCapexPerMegawatt is { } facility)
        {
            ranges.Add(("/economics/facilityCapexPerMegawatt", "facility capex per MW (±25 %)", (double)facility.Amount * 0.75, (double)facility.Amount * 1.25));
        }

        if (plan.Fabric is not null)
        {
            ranges.Add(("/fabric/oversubscription", "leaf oversubscription (n:1)", 1, 3));
        }

        ranges.Add(("/serving/batch", "batch", 16, 256));
        ranges.Add(("/serving/prefillUtilisation", "prefill utilisation (%)", 20, 60));
        return ranges;
    }

    /// <summary>
    /// The tornado of cost per million tokens: each input of <see cref="PlausibleRanges"/> varied alone across its
    /// range, the bars ordered by <see cref="TornadoBar.Swing"/>, widest first (ties by pointer).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The bars.</returns>
    public static IReadOnlyList<TornadoBar> Tornado(ClusterPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return PlausibleRanges(plan)
            .Select(r => new TornadoBar(r.Pointer, r.Label, r.Low, r.High,
                ClusterPlanner.Plan(With(plan, r.Pointer, r.Low))["costPerMillionTokens"],
                ClusterPlanner.Plan(With(plan, r.Pointer, r.High))["costPerMillionTokens"]))
            .OrderByDescending(b => b.Swing)
            .ThenBy(b => b.Pointer, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The plan with the value at <paramref name="pointer"/> set to <paramref name="value"/>, read back through the plan's reader.</summary>
    internal static ClusterPlan With(ClusterPlan plan, string pointer, double value)
    {
        var root = JsonNode.Parse(AiInfraJson.Serialize(plan))!.AsObject();
        var tokens = pointer.Split('/');
        if (tokens.Length < 2 || tokens[0].Length != 0)
        {
            throw new ArgumentException($"'{pointer}' is not a JSON Pointer to a plan value.", nameof(pointer));
        }

        JsonObject parent = root;
        for (var i = 1; i < tokens.Length - 1; i++)
        {
            parent = parent[tokens[i]] as JsonObject ?? throw new ArgumentException($"The plan has no object at {string.Join('/', tokens[..(i + 1)])}.", nameof(pointer));
        }

        var name = tokens[^1];
        var number = value.ToString("R", CultureInfo.InvariantCulture);
        parent[name] = parent[name] is JsonValue current && current.TryGetValue<string>(out var text) && text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0
            ? JsonValue.Create(number + text[space..])
            : name is "batch" or "redundantCdus" or "accelerators" ? JsonValue.Create((long)Math.Round(value)) : JsonValue.Create(value);
        return AiInfraJson.TryDeserialize<ClusterPlan>(root.ToJsonString(), out var changed, out var errors)
            ? changed
            : throw new ArgumentException($"Setting {pointer} to {number} gives an invalid plan: {string.Join("; ", errors)}", nameof(pointer));
    }
}
