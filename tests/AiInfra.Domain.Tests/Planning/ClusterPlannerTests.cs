namespace AiInfra.Domain.Tests.Planning;

using AiInfra.Domain.Planning;
using AiInfra.Domain.Provenance;
using static PlanTestData;

/// <summary>Each formula against a hand calculation, ranges, bounds and provenance.</summary>
public class ClusterPlannerTests
{
    private static readonly PlanReport Example = ClusterPlanner.Plan(Document(Sample("worked-example"), "worked-example.plan.json"));

    private static void Near(double expected, double actual, double relative = 1e-9) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");

    private static void Is(string id, double expected)
    {
        var figure = Example[id];
        Assert.False(figure.IsRange, id + " should not be a range");
        Assert.Equal(FigureBound.Exact, figure.Bound);
        Near(expected, figure.Min);
    }

    // The worked example of docs/planner.md, by hand: 8 × 1,400 W B300 + 2 × 350 W + 1,500 W per server.
    private const double RackKw = ((8 * 1400) + (2 * 350) + 1500) / 1000.0;
    private const double Racks = 1024 / 8;
    private const double Switches = 32 + 16; // leaves ⌈1,024 / 32⌉, spines ⌈32 × 32 / 64⌉
    private const double Transceivers = 1024 + 1024 + (2 * 1024);
    private const double OpticsKw = Transceivers * 10 / 1000.0;
    private const double SwitchKw = Switches * 1;
    private const double ItMw = ((Racks * RackKw) + OpticsKw + SwitchKw) / 1000;
    private const double Eta = 0.975;
    private const double Pue = (1 / Eta) + 0.10;
    private const double FacilityMw = ItMw * Pue;
    private const double Decode = 1024 * 32 * 8e12 / ((70e9 * 0.5) + (32 * 1e9));
    private const double Prefill = 1024 * 15e15 * 0.5 / (2 * 70e9);
    private const double Tokens = 1 / ((0.5 / Prefill) + (0.5 / Decode));
    private const double ItCapex = (1024 * 30000.0) + (Switches * 20000) + (Transceivers * 500);
    private const double FacilityCapex = ItMw * 10_000_000;
    private const double TokensPerHour = Tokens * 3600 * 0.6;

    [Fact]
    public void Counts_are_the_hand_calculation()
    {
        Is("racks", Racks);
        Is("accelerators", 1024);
        Is("fabric.hostPorts", 1024);
        Is("switches.leaf", 32);
        Is("switches.spine", 16);
        Is("switches", Switches);
        Is("transceivers.nic", 1024);
        Is("transceivers.switch", 3072);
        Is("transceivers", Transceivers);
        Is("fabric.fibres", 2048 * 2 * (400 / 100));
        Is("fabric.mpoConnectors", Transceivers); // 8 fibres per link fit one MPO-16
    }

    [Fact]
    public void An_oversubscribed_fabric_is_the_hand_calculation()
    {
        // 3:1 at the leaves of radix 64: 48 ports down, 16 up. Leaves ⌈1,024 / 48⌉ = 22, 22 × 16 = 352 uplinks,
        // spines ⌈352 / 64⌉ = 6; transceivers 1,024 at NICs + 1,024 + 2 × 352 at switches; 8 fibres per 400G link.
        var json = WorkedExampleWith("\"switchRadix\": 64,", "\"switchRadix\": 64, \"oversubscription\": 3,");
        var report = ClusterPlanner.Plan(Document(json));
        Assert.Equal(22, report["switches.leaf"].Min);
        Assert.Equal(6, report["switches.spine"].Min);
        Assert.Equal(28, report["switches"].Min);
        Assert.Equal(1024 + 1024 + (2 * 352), report["transceivers"].Min);
        Assert.Equal((1024 + 352) * 8, report["fabric.fibres"].Min);
        Near((1024 + 1024 + (2 * 352)) * 10 / 1000.0, report["fabric.opticsPower"].Min);
        Near(28 * 1, report["fabric.switchPower"].Min);
        Near(((Racks * RackKw) + 27.52 + 28) / 1000, report["itPower"].Min);

        // The ratio is a plan value with its line; the non-blocking default is named where the plan leaves it out.
        var ratio = report["switches.leaf"].Inputs.Single(i => i.Id == "fabric.oversubscription");
        var source = Assert.IsType<PlanFileProvenance>(ratio.Source);
        Assert.Equal(Where(json, "3,").Line, source.Line);
        Assert.Contains("⌊k × n / (n + 1)⌋", report["switches.leaf"].Formula!.Text, StringComparison.Ordinal);
        var fallback = Example["switches.leaf"].Inputs.Single(i => i.Id == "fabric.oversubscription");
        Assert.Equal(1, fallback.Min);
        Assert.Equal("/fabric/oversubscription", Assert.IsType<DefaultProvenance>(fallback.Source).Pointer);
        Assert.Contains(PlanAnalysis.Tornado(Document(json).Plan), b => b.Pointer == "/fabric/oversubscription");
    }

    [Fact]
    public void Power_is_the_hand_calculation()
    {
        Is("rackPower", RackKw);
        Is("fabric.opticsPower", OpticsKw);
        Is("fabric.switchPower", SwitchKw);
        Is("itPower", ItMw);
        Is("power.chainEfficiency", 97.5);
        Is("power.chainInput", ItMw / Eta);
        Is("power.chainLoss", (ItMw / Eta) - ItMw);
        Is("pue", Pue);
        Is("facilityPower", FacilityMw);
        Is("power.otherOverhead", ItMw * 0.10);
    }

    [Fact]
    public void Cooling_is_the_hand_calculation()
    {
        Is("cooling.heatToLiquid", ItMw * 0.8);
        Is("cooling.heatToAir", ItMw * 0.2);
        Is("cooling.coolantFlow", ItMw * 0.8 * 1e6 / (997 * 4180 * 10) * 60_000);
        Is("cooling.cdus", Math.Ceiling(ItMw * 0.8 * 1000 / 500));
    }

    [Fact]
    public void Compute_and_serving_are_the_hand_calculation()
    {
        Is("compute.fp4", 1024 * 15 / 1000.0);
        Is("serving.acceleratorsPerReplica", 1); // ⌈(35 + 32) GB / 288 GB⌉
        Is("serving.replicas", 1024);
        Is("serving.decodeTokensPerSecond", Decode);
        Is("serving.prefillTokensPerSecond", Prefill);
        Is("tokensPerSecond", Tokens);
        Is("tokensPerDay", Tokens * 86_400 * 0.6);
        Is("joulesPerToken", FacilityMw * 1e6 / Tokens);
        Is("tokensPerSecondPerMegawatt", Tokens / FacilityMw);
    }

    [Fact]
    public void Economics_are_the_hand_calculation()
    {
        Is("capex.racks", 1024 * 30000.0);
        Is("capex.switches", Switches * 20000);
        Is("capex.transceivers", Transceivers * 500);
        Is("capex.it", ItCapex);
        Is("capex.facility", FacilityCapex);
        Is("capex", ItCapex + FacilityCapex);
        Is("energyCostPerYear", FacilityMw * 1000 * 0.08 * 8760);
        var capexPerHour = (ItCapex / (1461 * 24.0)) + (FacilityCapex / (3652 * 24.0)); // P4Y and P10Y from 2026-01-01
        Is("capexPerMillionTokens", capexPerHour / TokensPerHour * 1e6);
        Is("energyCostPerMillionTokens", FacilityMw * 1000 * 0.08 / TokensPerHour * 1e6);
        Is("costPerMillionTokens", ((capexPerHour + (FacilityMw * 1000 * 0.08)) / TokensPerHour) * 1e6);
    }

    [Fact]
    public void Every_figure_has_a_formula_or_a_source_down_to_its_leaves()
    {
        foreach (var report in new[] { Example, ClusterPlanner.Plan(Document(Sample("gb300-nvl72-1gw"))), ClusterPlanner.Plan(Document(Sample("cloudmatrix-384-1gw"))) })
        {
            foreach (var figure in report.Figures)
            {
                Assert.True(figure.IsComputed ? figure.Inputs.Count > 0 && figure.Source is null : figure.Source is not null, figure.Id);
            }

            foreach (var leaf in report.Leaves())
            {
                switch (leaf.Source)
                {
                    case CatalogProvenance catalog:
                        Assert.NotNull(catalog.Source);
                        Assert.NotNull(catalog.Line);
                        Assert.Equal(leaf.Bound == FigureBound.Exact && catalog.Bound == FigureBound.Range ? FigureBound.Range : leaf.Bound, catalog.Bound);
                        break;
                    case PlanFileProvenance file:
                        Assert.NotNull(file.Line);
                        Assert.NotNull(file.Column);
                        break;
                    case DefaultProvenance used:
                        Assert.False(string.IsNullOrEmpty(used.Reason));
                        break;
                    default:
                        Assert.Fail(leaf.Id + " has no provenance");
                        break;
                }
            }
        }
    }

    [Fact]
    public void Plan_values_carry_their_line_and_defaults_are_named()
    {
        var json = Sample("worked-example");
        var leaves = Example.Leaves();
        var price = Assert.IsType<PlanFileProvenance>(leaves.Single(l => l.Id == "economics.electricityPrice").Source);
        Assert.Equal(Where(json, "\"0.08 USD/kWh\""), (price.Line!.Value, price.Column!.Value));
        Assert.Equal("worked-example.plan.json", price.File);
        Assert.Contains(Example.DefaultsUsed, d => d.Pointer == "/fabric/laneRate");
        Assert.Contains(Example.DefaultsUsed, d => d.Pointer == "/cooling/coolant");
        var tdp = Assert.IsType<CatalogProvenance>(leaves.Single(l => l.Id == "accelerator.tdp").Source);
        Assert.Equal(("s001", 1241), (tdp.Source, tdp.Line!.Value));
    }

    [Fact]
    public void An_electricity_price_per_MWh_plans_as_the_same_price_per_kWh()
    {
        var perMwh = ClusterPlanner.Plan(Document(Sample("worked-example").Replace("\"0.08 USD/kWh\"", "\"80 USD/MWh\"", StringComparison.Ordinal)));
        Assert.Equal(0.08, perMwh.Leaves().Single(l => l.Id == "economics.electricityPrice").Min);
        Assert.Equal(Example["energyCostPerYear"].Min, perMwh["energyCostPerYear"].Min);
        Assert.Equal(Example["costPerMillionTokens"].Min, perMwh["costPerMillionTokens"].Min);
    }

    [Fact]
    public void Explain_prints_the_derivation_down_to_sources_and_lines()
    {
        var text = Example.Explain("costPerMillionTokens");
        Assert.StartsWith("costPerMillionTokens = ", text, StringComparison.Ordinal);
        Assert.Contains("catalog Accelerator nvidia-b300 /tdp [s001:1241]", text, StringComparison.Ordinal);
        Assert.Contains("catalog PowerArchitecture panama /systemEfficiency [s001:", text, StringComparison.Ordinal);
        Assert.Contains($"plan worked-example.plan.json:{Where(Sample("worked-example"), "\"0.08 USD/kWh\"").Line} /economics/electricityPrice", text, StringComparison.Ordinal);
        Assert.Contains("[see above]", text, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => Example.Explain("noSuchFigure"));
    }

    [Fact]
    public void A_range_propagates_by_interval_arithmetic()
    {
        // GB200 NVL72: rackPower about 120-140 kW [s001:1770] ('约'), 72 accelerators; 7,200 accelerators = 100 racks, no fabric.
        var json = WorkedExampleWith("\"name\": \"8-GPU B300 server\",\n    \"accelerator\": \"nvidia-b300\",\n    \"accelerators\": 8,\n    \"parts\": [\n      { \"category\": \"cpus\", \"name\": \"host CPU\", \"count\": 2, \"power\": \"350 W\" },\n      { \"category\": \"other\", \"name\": \"NICs, fans, storage\", \"count\": 1, \"power\": \"1500 W\" }\n    ]",
            "\"catalogId\": \"nvidia-gb200-nvl72\"")
            .Replace("\"accelerators\": 1024", "\"accelerators\": 7200", StringComparison.Ordinal)
            .Replace("\"precision\": \"fp4\"", "\"precision\": \"fp4\", \"computePrecision\": \"fp4\"", StringComparison.Ordinal);
        var withoutFabric = System.Text.RegularExpressions.Regex.Replace(json, "\"fabric\": \\{[^}]*\\},", string.Empty);
        var report = ClusterPlanner.Plan(Document(withoutFabric));
        var it = report["itPower"];
        Assert.Equal(FigureBound.ApproximateRange, it.Bound); // about a range in, about a range out
        Assert.EndsWith("(about)", it.FormatValue(), StringComparison.Ordinal);
        Near(12, it.Min);
        Near(14, it.Max);
        var facility = report["facilityPower"];
        Near(12 * Pue, facility.Min);
        Near(14 * Pue, facility.Max);
        Assert.Equal(FigureBound.Exact, report["racks"].Bound); // the target is accelerators: the range does not touch the count
        var perMw = report["tokensPerSecondPerMegawatt"];
        Assert.True(perMw.IsRange);
        Near(report["tokensPerSecond"].Min / facility.Max, perMw.Min); // decreasing in power: the low end takes the high power
        Near(report["tokensPerSecond"].Min / facility.Min, perMw.Max);
        Assert.Equal(FigureBound.ApproximateRange, perMw.Bound);
        var cost = report["costPerMillionTokens"];
        Assert.True(cost.IsRange && cost.Min < cost.Max);
        Assert.Equal(FigureBound.ApproximateRange, cost.Bound);
        Assert.Contains("about, range", report.Explain("costPerMillionTokens"), StringComparison.Ordinal); // the catalogue input's bound, down at the source

        // A facility-power target: racks fall as rack power rises, so the count becomes a range too.
        var byPower = ClusterPlanner.Plan(Document(withoutFabric.Replace("\"target\": { \"accelerators\": 7200 }", "\"target\": { \"facilityPower\": \"15 MW\" }", StringComparison.Ordinal)));
        var racks = byPower["racks"];
        Assert.Equal(FigureBound.ApproximateRange, racks.Bound);
        Assert.Equal(Math.Floor(15 / (0.140 * Pue)), racks.Min);
        Assert.Equal(Math.Floor(15 / (0.120 * Pue)), racks.Max);
        Assert.True(byPower["facilityPower"].Max <= 15);
    }

    [Fact]
    public void An_it_power_target_fits_racks_and_fabric_under_it()
    {
        var report = ClusterPlanner.Plan(Document(WorkedExampleWith("\"target\": { \"accelerators\": 1024 }", "\"target\": { \"itPower\": \"1.8 MW\" }")));
        var racks = report["racks"].Min;
        Assert.True(report["itPower"].Max <= 1.8);
        var oneMore = ClusterPlanner.Plan(Document(WorkedExampleWith("\"target\": { \"accelerators\": 1024 }", $"\"target\": {{ \"accelerators\": {(racks + 1) * 8} }}")));
        Assert.True(oneMore["itPower"].Min > 1.8);
    }

    [Fact]
    public void Plans_that_cannot_be_planned_throw_located_plan_exceptions()
    {
        var tooSmall = WorkedExampleWith("\"target\": { \"accelerators\": 1024 }", "\"target\": { \"itPower\": \"0.01 MW\" }");
        var error = Assert.Single(Assert.Throws<PlanException>(() => ClusterPlanner.Plan(Document(tooSmall))).Errors);
        Assert.Equal("/target/itPower", error.Path);
        Assert.Equal(Where(tooSmall, "\"0.01 MW\"").Line, error.Line);

        var fabric = WorkedExampleWith("\"target\": { \"accelerators\": 1024 }", "\"target\": { \"accelerators\": 4096 }");
        Assert.Equal("/fabric/tiers", Assert.Single(Assert.Throws<PlanException>(() => ClusterPlanner.Plan(Document(fabric))).Errors).Path);

        var replica = WorkedExampleWith("\"parameters\": 70e9", "\"parameters\": 70e9, \"acceleratorsPerReplica\": 2048");
        Assert.Equal("/serving/acceleratorsPerReplica", Assert.Single(Assert.Throws<PlanException>(() => ClusterPlanner.Plan(Document(replica))).Errors).Path);

        var invalid = Document(Sample("worked-example")).Plan with { Serving = Document(Sample("worked-example")).Plan.Serving with { Parameters = 0 } };
        Assert.Throws<AiInfra.Domain.Validation.AiInfraValidationException>(() => ClusterPlanner.Plan(invalid));
    }

    /// <summary>
    /// Values each valid can take a formula past what it computes (here a port rate of 1.2e29 Gbit/s is no whole number
    /// of lanes in a double): the documented PlanException, at the plan itself since several values feed the fabric, naming
    /// the figure and what it was computed from, in the calculator's words; the planner's fuzz test (Reliability) holds
    /// every such case to it.
    /// </summary>
    [Fact]
    public void Values_that_take_a_formula_past_what_it_computes_are_a_plan_exception_naming_the_figure()
    {
        var json = WorkedExampleWith("\"portRate\": \"400 Gbit/s\"", "\"portRate\": \"123456789012345678901234567890 Gbit/s\"");
        var error = Assert.Single(Assert.Throws<PlanException>(() => ClusterPlanner.Plan(Document(json))).Errors);
        Assert.Equal(string.Empty, error.Path);
        Assert.Equal(ErrorCodes.RuleViolation, error.Code);
        Assert.Contains("the fat-tree fabric (fabric), computed from accelerators (accelerators), ", error.Message, StringComparison.Ordinal);
        Assert.Contains("port rate (fabric.portRate)", error.Message, StringComparison.Ordinal);
        Assert.Contains("whole number of lanes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    /// <summary>
    /// A count in the plan beyond what the calculators count (int.MaxValue) is an error at that count, with its line (the
    /// target's accelerators, a rack's accelerators, redundant CDUs); part counts beyond it are refused by the schema.
    /// </summary>
    [Theory]
    [InlineData("\"cduCapacity\": \"500 kW\"", "\"cduCapacity\": \"500 kW\", \"redundantCdus\": 2147483648", "/cooling/redundantCdus", "redundant CDUs")]
    [InlineData("\"accelerators\": 1024", "\"accelerators\": 2147483648", "/target/accelerators", "accelerators")]
    [InlineData("\"accelerators\": 8,", "\"accelerators\": 2147483648,", "/rack/accelerators", "part count")]
    public void A_count_beyond_what_the_calculators_count_is_an_error_at_that_count(string from, string to, string pointer, string name)
    {
        var json = WorkedExampleWith(from, to);
        var error = Assert.Single(Assert.Throws<PlanException>(() => ClusterPlanner.Plan(Document(json))).Errors);
        Assert.Equal(pointer, error.Path);
        Assert.StartsWith($"The {name} (2147483648) is more than the calculators count", error.Message, StringComparison.Ordinal);
        Assert.Equal(json[..json.IndexOf("2147483648", StringComparison.Ordinal)].Count(c => c == '\n') + 1, error.Line);
    }

    /// <summary>
    /// A cooling overhead of 0 % puts PUE at its lowest, 1 / η: the planner's 100 / 97.5 is one rounding below the power
    /// calculator's 1 / 0.975, and the plan plans, with no other overhead and the facility drawing the chain's input.
    /// </summary>
    [Fact]
    public void No_cooling_overhead_plans_at_the_lowest_pue()
    {
        var report = ClusterPlanner.Plan(Document(WorkedExampleWith("\"coolingOverhead\": \"10 %\"", "\"coolingOverhead\": \"0 %\"")));
        Assert.Equal(100 / 97.5, report["pue"].Min);
        Assert.Equal(0, report["power.otherOverhead"].Min);
        Near(report["power.chainInput"].Min, report["facilityPower"].Min);
    }

    [Fact]
    public void Bounds_and_forecasts_carry_through_formulas()
    {
        static PlanFigure Leaf(double value, FigureBound bound, bool forecast = false) =>
            new("x", "x", value, value, string.Empty, bound, forecast, null, [], new DefaultProvenance("x", "/x", "test"));
        var up = new PlanFormula("t.up", "a × b", string.Empty, [("a", Monotonicity.Increasing), ("b", Monotonicity.Increasing)]);
        var down = new PlanFormula("t.down", "a / b", string.Empty, [("a", Monotonicity.Increasing), ("b", Monotonicity.Decreasing)]);
        PlanFigure Mul(PlanFigure a, PlanFigure b) => Derivation.Derive("r", "r", string.Empty, up, [a, b], v => v[0] * v[1]);
        PlanFigure Div(PlanFigure a, PlanFigure b) => Derivation.Derive("r", "r", string.Empty, down, [a, b], v => v[0] / v[1]);

        Assert.Equal(FigureBound.Exact, Mul(Leaf(2, FigureBound.Exact), Leaf(3, FigureBound.Exact)).Bound);
        Assert.Equal(FigureBound.Approximate, Mul(Leaf(2, FigureBound.Approximate), Leaf(3, FigureBound.Exact)).Bound);
        Assert.Equal(FigureBound.AtLeast, Mul(Leaf(2, FigureBound.AtLeast), Leaf(3, FigureBound.Exact)).Bound);
        Assert.Equal(FigureBound.AtMost, Div(Leaf(2, FigureBound.Exact), Leaf(3, FigureBound.AtLeast)).Bound); // a larger divisor lowers the result
        Assert.Equal(FigureBound.Approximate, Mul(Leaf(2, FigureBound.AtLeast), Leaf(3, FigureBound.AtMost)).Bound);
        Assert.True(Mul(Leaf(2, FigureBound.Exact, forecast: true), Leaf(3, FigureBound.Exact)).IsForecast);

        var range = new PlanFigure("r", "r", 2, 4, string.Empty, FigureBound.Range, false, null, [], new DefaultProvenance("r", "/r", "test"));
        var quotient = Div(Leaf(12, FigureBound.Exact), range);
        Assert.Equal((3.0, 6.0, FigureBound.Range), (quotient.Min, quotient.Max, quotient.Bound));

        // A formula stated increasing in an input it falls with is a bug, caught.
        Assert.Throws<InvalidOperationException>(() => Derivation.Derive("r", "r", string.Empty, up, [Leaf(12, FigureBound.Exact), range], v => v[0] / v[1]));

        // A range into a formula not monotone in that input is refused.
        var none = new PlanFormula("t.none", "(a - 3)²", string.Empty, [("a", Monotonicity.None)]);
        Assert.Throws<PlanException>(() => Derivation.Derive("r", "r", string.Empty, none, [range], v => (v[0] - 3) * (v[0] - 3)));
    }

    /// <summary>
    /// A calculator its inputs take beyond what it computes: the error is at the one plan value the figure was computed
    /// from (through other figures too); with several plan values, or only defaults and catalogue figures, at the plan
    /// itself, naming the figure and its inputs. Defaults are not plan values (the plan does not write them).
    /// </summary>
    [Fact]
    public void A_formula_taken_past_what_it_computes_is_an_error_at_its_one_plan_value_or_at_the_plan()
    {
        static PlanFigure Written(string id, string pointer) =>
            new(id, id + " label", 1, 1, string.Empty, FigureBound.Exact, false, null, [], new PlanFileProvenance(pointer, "t.plan.json", 3, 5));
        static PlanFigure Assumed(string id) =>
            new(id, id + " label", 1, 1, string.Empty, FigureBound.Exact, false, null, [], new DefaultProvenance(id, "/" + id, "test"));
        var one = new PlanFormula("t.one", "a", string.Empty, [("a", Monotonicity.Increasing)]);
        var two = new PlanFormula("t.two", "a + b", string.Empty, [("a", Monotonicity.Increasing), ("b", Monotonicity.Increasing)]);
        static double Beyond(double[] v) => throw new ArgumentOutOfRangeException("x", v[0], "x is past what it computes.");

        var through = Derivation.Derive("mid", "mid", string.Empty, two, [Written("a", "/power/a"), Assumed("d")], v => v[0] + v[1]);
        var atTheValue = Assert.Single(Assert.Throws<PlanException>(() => Derivation.Derive("r", "result", string.Empty, one, [through], Beyond)).Errors);
        Assert.Equal("/power/a", atTheValue.Path);
        Assert.Equal("This value, valid by itself, takes the result (r) beyond what it can compute: x is past what it computes.", atTheValue.Message);

        var atThePlan = Assert.Single(Assert.Throws<PlanException>(() => Derivation.Derive("r", "result", string.Empty, two, [through, Written("b", "/power/b")], Beyond)).Errors);
        Assert.Equal(string.Empty, atThePlan.Path);
        Assert.Equal("The plan's values, each valid, take the result (r), computed from mid (mid), b label (b), beyond what it can compute: x is past what it computes.", atThePlan.Message);

        Assert.Equal(string.Empty, Assert.Single(Assert.Throws<PlanException>(() => Derivation.Derive("r", "result", string.Empty, one, [Assumed("d")], Beyond)).Errors).Path);
    }

    [Fact]
    public void Renderings_show_every_figure()
    {
        var text = Example.ToText();
        var markdown = Example.ToMarkdown();
        using var json = System.Text.Json.JsonDocument.Parse(Example.ToJson());
        Assert.Equal(Example.Figures.Count, json.RootElement.GetProperty("figures").GetArrayLength());
        foreach (var figure in Example.Figures)
        {
            Assert.Contains(figure.Id, text, StringComparison.Ordinal);
            Assert.Contains("`" + figure.Id + "`", markdown, StringComparison.Ordinal);
        }

        Assert.Contains("Defaults used", text, StringComparison.Ordinal);
    }
}
