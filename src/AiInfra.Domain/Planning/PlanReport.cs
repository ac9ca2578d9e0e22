namespace AiInfra.Domain.Planning;

using System.Globalization;
using System.Text;
using System.Text.Json;
using AiInfra.Domain.Provenance;

/// <summary>
/// What <see cref="ClusterPlanner.Plan(ClusterPlan)"/> found: every figure of the plan by section, each with its
/// formula and inputs down to catalogue figures, plan values and named defaults. Renders as text, Markdown or JSON,
/// and explains any figure as a derivation tree (<see cref="Explain"/>).
/// </summary>
public sealed class PlanReport
{
    private readonly Dictionary<string, (PlanSection Section, PlanFigure Figure)> _byId;

    internal PlanReport(ClusterPlan plan, string rackName, string acceleratorId, IReadOnlyList<(PlanSection Section, PlanFigure Figure)> figures)
    {
        Plan = plan;
        RackName = rackName;
        AcceleratorId = acceleratorId;
        Sections = figures;
        Figures = figures.Select(f => f.Figure).ToArray();
        _byId = new Dictionary<string, (PlanSection, PlanFigure)>(StringComparer.Ordinal);
        foreach (var entry in figures)
        {
            _byId.Add(entry.Figure.Id, entry);
        }
    }

    /// <summary>The ids of the figures a comparison shows, in its order.</summary>
    public static IReadOnlyList<string> HeadlineIds { get; } =
    [
        "racks", "accelerators", "itPower", "facilityPower", "tokensPerSecond", "tokensPerSecondPerMegawatt", "joulesPerToken",
        "capex", "energyCostPerYear", "capexPerMillionTokens", "energyCostPerMillionTokens", "costPerMillionTokens",
    ];

    /// <summary>The plan this report is of.</summary>
    public ClusterPlan Plan { get; }

    /// <summary>The rack's name.</summary>
    public string RackName { get; }

    /// <summary>The accelerator's catalogue id.</summary>
    public string AcceleratorId { get; }

    /// <summary>Every figure of the report, in report order (counts, power, cooling, compute, serving, economics).</summary>
    public IReadOnlyList<PlanFigure> Figures { get; }

    /// <summary>Every figure with its section, in report order.</summary>
    public IReadOnlyList<(PlanSection Section, PlanFigure Figure)> Sections { get; }

    /// <summary>The figure with this id, such as <c>costPerMillionTokens</c>.</summary>
    /// <param name="id">The figure's id.</param>
    /// <exception cref="KeyNotFoundException">The report has no such figure; the message lists the ids it has.</exception>
    public PlanFigure this[string id] => Figure(id);

    /// <summary>The figure with this id, such as <c>costPerMillionTokens</c>.</summary>
    /// <param name="id">The figure's id.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="KeyNotFoundException">The report has no such figure; the message lists the ids it has.</exception>
    public PlanFigure Figure(string id) => TryGetFigure(id, out var figure)
        ? figure
        : throw new KeyNotFoundException($"The report has no figure '{id}'. It has: {string.Join(", ", Figures.Select(f => f.Id))}.");

    /// <summary>Finds the figure with this id.</summary>
    /// <param name="id">The figure's id.</param>
    /// <param name="figure">The figure, when found.</param>
    /// <returns>True when the report has it.</returns>
    public bool TryGetFigure(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PlanFigure? figure)
    {
        ArgumentNullException.ThrowIfNull(id);
        figure = _byId.TryGetValue(id, out var entry) ? entry.Figure : null;
        return figure is not null;
    }

    /// <summary>
    /// The defaults the plan used, each once: the plan values it left out and what the planner took instead.
    /// </summary>
    public IReadOnlyList<DefaultProvenance> DefaultsUsed => Leaves().Select(l => l.Source).OfType<DefaultProvenance>().Distinct().ToArray();

    /// <summary>
    /// The derivation tree of a figure: its value, formula and inputs, and theirs, down to catalogue figures (with source
    /// and line), plan values (with their line) and named defaults. A figure met a second time is not expanded again.
    /// </summary>
    /// <param name="id">The figure's id, such as <c>costPerMillionTokens</c>.</param>
    /// <returns>The tree, one line per figure, ending with a line feed.</returns>
    /// <exception cref="KeyNotFoundException">The report has no such figure.</exception>
    public string Explain(string id)
    {
        var root = Figure(id);
        var text = new StringBuilder();
        var seen = new HashSet<PlanFigure>(ReferenceEqualityComparer.Instance);
        ExplainNode(root, string.Empty, string.Empty, text, seen);
        return text.ToString();
    }

    private static void ExplainNode(PlanFigure figure, string lead, string indent, StringBuilder text, HashSet<PlanFigure> seen)
    {
        text.Append(lead).Append(figure.Id).Append(" = ").Append(figure).Append("  (").Append(figure.Label).Append(')');
        if (!seen.Add(figure) && figure.IsComputed)
        {
            text.Append("  [see above]\n");
            return;
        }

        text.Append('\n');
        var detailIndent = indent + (figure.Inputs.Count > 0 ? "│   " : "    ");
        if (figure.Formula is { } formula)
        {
            text.Append(detailIndent).Append("= ").Append(formula.Text).Append("  [").Append(formula.Id);
            if (formula.Calculator.Length > 0)
            {
                text.Append("; ").Append(formula.Calculator);
            }

            text.Append("; ").Append(formula.MonotonicityText).Append("]\n");
        }
        else if (figure.Source is { } source)
        {
            text.Append(indent).Append("    ← ").Append(source.Describe()).Append('\n');
        }

        for (var i = 0; i < figure.Inputs.Count; i++)
        {
            var last = i == figure.Inputs.Count - 1;
            ExplainNode(figure.Inputs[i], indent + (last ? "└── " : "├── "), indent + (last ? "    " : "│   "), text, seen);
        }
    }

    /// <summary>Every input figure the report's figures rest on (catalogue figures, plan values, defaults), each once, in the order first met.</summary>
    public IReadOnlyList<PlanFigure> Leaves() => LeavesOf(Figures);

    /// <summary>Every input figure <paramref name="figures"/> rest on, each once (a figure met again is not walked again), in the order first met.</summary>
    internal static List<PlanFigure> LeavesOf(IEnumerable<PlanFigure> figures)
    {
        var seen = new HashSet<PlanFigure>(ReferenceEqualityComparer.Instance);
        var leaves = new List<PlanFigure>();
        void Walk(PlanFigure figure)
        {
            if (!seen.Add(figure))
            {
                return;
            }

            if (!figure.IsComputed)
            {
                leaves.Add(figure);
            }

            foreach (var input in figure.Inputs)
            {
                Walk(input);
            }
        }

        foreach (var figure in figures)
        {
            Walk(figure);
        }

        return leaves;
    }

    private static string SectionTitle(PlanSection section) => section switch
    {
        PlanSection.Counts => "Counts",
        PlanSection.Power => "Power",
        PlanSection.Cooling => "Cooling",
        PlanSection.Compute => "Compute",
        PlanSection.Serving => "Serving",
        _ => "Economics",
    };

    private string Title => $"{Plan.Name} [{Plan.Id}]: {RackName}, accelerator {AcceleratorId}";

    /// <summary>The report as plain text: a section per part, a line per figure (label, value, id), and the defaults used.</summary>
    /// <returns>The text, ending with a line feed.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(Title).Append('\n');
        foreach (var group in Sections.GroupBy(s => s.Section))
        {
            text.Append('\n').Append(SectionTitle(group.Key)).Append('\n');
            foreach (var (_, figure) in group)
            {
                text.Append("  ").Append(figure.Label.PadRight(48)).Append(' ').Append(figure.ToString().PadRight(34)).Append(' ').Append(figure.Id).Append('\n');
            }
        }

        AppendDefaults(text, "\nDefaults used\n", "  ");
        return text.ToString();
    }

    /// <summary>The report as Markdown: a table per section, with each figure's formula, and the defaults used.</summary>
    /// <returns>The Markdown, ending with a line feed.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("## ").Append(Title).Append('\n');
        foreach (var group in Sections.GroupBy(s => s.Section))
        {
            text.Append("\n### ").Append(SectionTitle(group.Key)).Append("\n\n| figure | value | id | formula |\n| --- | --- | --- | --- |\n");
            foreach (var (_, figure) in group)
            {
                var how = figure.Formula?.Text ?? figure.Source?.Describe() ?? string.Empty;
                text.Append("| ").Append(Cell(figure.Label)).Append(" | ").Append(Cell(figure.ToString())).Append(" | `").Append(figure.Id).Append("` | ").Append(Cell(how)).Append(" |\n");
            }
        }

        AppendDefaults(text, "\n### Defaults used\n\n", "- ");
        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private void AppendDefaults(StringBuilder text, string heading, string bullet)
    {
        var defaults = DefaultsUsed;
        if (defaults.Count == 0)
        {
            return;
        }

        text.Append(heading);
        foreach (var used in defaults)
        {
            text.Append(bullet).Append(used.Pointer).Append(": ").Append(used.Name).Append(" (").Append(used.Reason).Append(")\n");
        }
    }

    /// <summary>
    /// The report as JSON: the plan's id and name, its figures (id, section, label, min, max, unit, bound, forecast,
    /// formula and input ids) and its inputs (the same, with their provenance instead of a formula). Deterministic:
    /// numbers in their shortest round-trip form, figures in report order.
    /// </summary>
    /// <param name="indented">True to indent.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the report as <see cref="ToJson"/> describes.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("id", Plan.Id);
        writer.WriteString("name", Plan.Name);
        writer.WriteString("rack", RackName);
        writer.WriteString("accelerator", AcceleratorId);
        writer.WriteStartArray("figures");
        foreach (var (section, figure) in Sections)
        {
            WriteFigure(writer, figure, SectionTitle(section).ToLowerInvariant());
        }

        writer.WriteEndArray();
        writer.WriteStartArray("inputs");
        foreach (var leaf in Leaves())
        {
            WriteFigure(writer, leaf, null);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter writer, PlanFigure figure, string? section)
    {
        writer.WriteStartObject();
        writer.WriteString("id", figure.Id);
        if (section is not null)
        {
            writer.WriteString("section", section);
        }

        writer.WriteString("label", figure.Label);
        writer.WriteNumber("min", figure.Min);
        writer.WriteNumber("max", figure.Max);
        writer.WriteString("unit", figure.Unit);
        writer.WriteString("bound", PlanFigure.BoundWord(figure.Bound));
        writer.WriteBoolean("forecast", figure.IsForecast);
        if (figure.Formula is { } formula)
        {
            writer.WriteStartObject("formula");
            writer.WriteString("id", formula.Id);
            writer.WriteString("text", formula.Text);
            writer.WriteString("calculator", formula.Calculator);
            writer.WriteString("monotonicity", formula.MonotonicityText);
            writer.WriteEndObject();
            writer.WriteStartArray("inputs");
            foreach (var input in figure.Inputs)
            {
                writer.WriteStringValue(input.Id);
            }

            writer.WriteEndArray();
        }

        switch (figure.Source)
        {
            case CatalogProvenance catalog:
                writer.WriteStartObject("source");
                writer.WriteString("kind", "catalog");
                writer.WriteString("catalog", catalog.Catalog);
                writer.WriteString("entry", catalog.EntryId);
                writer.WriteString("property", catalog.Property);
                writer.WriteString("citation", catalog.Citation);
                writer.WriteString("bound", PlanFigure.BoundWord(catalog.Bound));
                writer.WriteBoolean("forecast", catalog.IsForecast);
                writer.WriteEndObject();
                break;
            case PlanFileProvenance file:
                writer.WriteStartObject("source");
                writer.WriteString("kind", "plan");
                writer.WriteString("pointer", file.Pointer);
                if (file.Line is { } line)
                {
                    writer.WriteNumber("line", line);
                    writer.WriteNumber("column", file.Column ?? 1);
                }

                writer.WriteEndObject();
                break;
            case DefaultProvenance used:
                writer.WriteStartObject("source");
                writer.WriteString("kind", "default");
                writer.WriteString("pointer", used.Pointer);
                writer.WriteString("name", used.Name);
                writer.WriteString("reason", used.Reason);
                writer.WriteEndObject();
                break;
        }

        writer.WriteEndObject();
    }

    /// <summary>The report's title and headline figures, for logs.</summary>
    public override string ToString() =>
        Title + ": " + string.Join(", ", HeadlineIds.Where(_byId.ContainsKey).Select(id => id + " " + _byId[id].Figure.ToString()));
}
