namespace AiInfra.Domain.Tests.Planning;

using AiInfra.Domain.Planning;
using static PlanTestData;

/// <summary>docs/planner.md's worked example: the page holds the plan file and shows every figure as the planner prints it.</summary>
public class PlannerDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Paths.RepositoryRoot(), "docs", "planner.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void The_page_holds_the_worked_example_plan()
    {
        Assert.Contains("```json\n" + Sample("worked-example").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n```", Doc, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("racks")]
    [InlineData("switches.leaf")]
    [InlineData("switches.spine")]
    [InlineData("switches")]
    [InlineData("transceivers.switch")]
    [InlineData("transceivers")]
    [InlineData("fabric.fibres")]
    [InlineData("fabric.mpoConnectors")]
    [InlineData("rackPower")]
    [InlineData("fabric.opticsPower")]
    [InlineData("fabric.switchPower")]
    [InlineData("itPower")]
    [InlineData("power.chainInput")]
    [InlineData("power.chainLoss")]
    [InlineData("pue")]
    [InlineData("facilityPower")]
    [InlineData("power.otherOverhead")]
    [InlineData("cooling.heatToLiquid")]
    [InlineData("cooling.heatToAir")]
    [InlineData("cooling.coolantFlow")]
    [InlineData("cooling.cdus")]
    [InlineData("compute.fp4")]
    [InlineData("serving.replicas")]
    [InlineData("serving.decodeTokensPerSecond")]
    [InlineData("serving.prefillTokensPerSecond")]
    [InlineData("tokensPerSecond")]
    [InlineData("tokensPerDay")]
    [InlineData("joulesPerToken")]
    [InlineData("tokensPerSecondPerMegawatt")]
    [InlineData("capex.racks")]
    [InlineData("capex.switches")]
    [InlineData("capex.transceivers")]
    [InlineData("capex.it")]
    [InlineData("capex.facility")]
    [InlineData("capex")]
    [InlineData("energyCostPerYear")]
    [InlineData("capexPerMillionTokens")]
    [InlineData("energyCostPerMillionTokens")]
    [InlineData("costPerMillionTokens")]
    public void The_page_shows_each_figure_as_the_planner_prints_it(string id)
    {
        var figure = ClusterPlanner.Plan(Document(Sample("worked-example")))[id];
        Assert.True(Doc.Contains("**" + figure.FormatValue() + "**", StringComparison.Ordinal), $"docs/planner.md does not show **{figure.FormatValue()}** ({id}).");
    }
}

/// <summary>docs/planner.md's second plan: written from the page alone, for a site no other sample covers, checked by hand.</summary>
public class SecondPlanTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Paths.RepositoryRoot(), "docs", "planner.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void The_b200_facility_plan_gives_the_hand_calculated_racks_and_cost()
    {
        var report = ClusterPlanner.Plan(Document(Sample("b200-12mw-facility")));

        // A server: 8 x 1,000 W (catalogue B200 TDP) + 2 x 350 W + 1,200 W; the most that fit 12 MW of facility power at PUE 1.3.
        const double serverKw = (8 * 1000 + (2 * 350) + 1200) / 1000.0;
        var racks = Math.Floor(12_000 / (serverKw * 1.3));
        Assert.Equal(932, racks);
        Assert.Equal(racks, report["racks"].Min);
        Assert.Equal(racks, report["racks"].Max);

        // One B200 (192 GB) holds 8e9 x 0.5 B of weights + 64 x 0.5 GB of KV cache; decode is bound by 8 TB/s.
        var tokensPerSecond = racks * 8 * 64 * 8e12 / ((8e9 * 0.5) + (64 * 0.5e9));
        var itKw = racks * serverKw;
        var capexPerHour = ((racks * 400_000) + (itKw / 1000 * 8_000_000)) / (1826 * 24.0); // P5Y from 2026-01-01: 1,826 days
        var energyPerHour = itKw * 1.3 * 0.06;
        var cost = (capexPerHour + energyPerHour) / (tokensPerSecond * 3600 * 0.7 / 1e6);
        var figure = report["costPerMillionTokens"];
        Assert.Equal(cost, figure.Min, 9);
        Assert.Equal(cost, figure.Max, 9);

        var section = Doc[Doc.IndexOf("## A second plan, checked by hand", StringComparison.Ordinal)..];
        Assert.Contains("**" + report["racks"].FormatValue() + "**", section, StringComparison.Ordinal);
        Assert.Contains("**" + figure.FormatValue() + "**", section, StringComparison.Ordinal);
    }
}

/// <summary>Sweeps and tornadoes re-plan the plan with one value changed.</summary>
public class PlanAnalysisTests
{
    [Fact]
    public void Sensitivity_sweeps_one_value_and_cost_falls_as_utilisation_rises()
    {
        var plan = Document(Sample("worked-example")).Plan;
        var points = PlanAnalysis.Sensitivity(plan, "/economics/utilisation", 40, 90, 6);
        Assert.Equal([40.0, 50, 60, 70, 80, 90], points.Select(p => p.Value));
        Assert.Equal(ClusterPlanner.Plan(plan)["costPerMillionTokens"].Min, points[2].Report["costPerMillionTokens"].Min, 12);
        Assert.True(points.Zip(points.Skip(1)).All(p => p.Second.Report["costPerMillionTokens"].Min < p.First.Report["costPerMillionTokens"].Min));
        Assert.Throws<ArgumentException>(() => PlanAnalysis.Sensitivity(plan, "/economics/utilisation", 0, 50, 2));
    }

    [Fact]
    public void The_tornado_ranks_inputs_by_swing()
    {
        var plan = Document(Sample("worked-example")).Plan;
        var bars = PlanAnalysis.Tornado(plan);
        Assert.Equal(PlanAnalysis.PlausibleRanges(plan).Count, bars.Count);
        Assert.True(bars.Zip(bars.Skip(1)).All(p => p.First.Swing >= p.Second.Swing));
        Assert.Contains(bars, b => b.Pointer == "/power/coolingOverhead");
        var comparison = PlanAnalysis.Compare(plan, Document(Sample("gb300-nvl72-1gw")).Plan);
        Assert.Equal(2, comparison.Reports.Count);
        Assert.Contains("costPerMillionTokens", comparison.ToText(), StringComparison.Ordinal);
    }
}
