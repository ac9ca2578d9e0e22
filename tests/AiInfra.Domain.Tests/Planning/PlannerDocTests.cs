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
