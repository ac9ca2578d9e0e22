using System.Text;

namespace AiInfra.Domain.Tests.Docs.CatalogPage;

/// <summary>
/// The charts the samples draw from the catalogue with ScottPlot into docs/charts (SVG and PNG), embedded at the end of
/// the page. The samples write them, not this test (tests/AiInfra.Domain.Samples.Tests checks every series and point).
/// </summary>
internal static class ChartSection
{
    /// <summary>Each chart: its sample (samples/&lt;name&gt;.cs, writing docs/charts/&lt;name&gt;.svg and .png) and what it shows.</summary>
    public static readonly (string Name, string Caption)[] Charts =
    [
        ("efficiency-chart", "Peak throughput per watt of TDP against launch, one colour per precision; hollow markers are forecasts."),
        ("roadmap-chart", "FP4 throughput (left axis) and memory bandwidth (right axis) per chip against launch, for every accelerator with both."),
    ];

    public static void Write(StringBuilder page)
    {
        page.Append("\n## Charts\n\n");
        page.Append("Drawn from the catalogue with ScottPlot by the samples; `dotnet run samples/<name>.cs` from the repository root\n");
        page.Append("rewrites `docs/charts/<name>.svg` and `.png`.\n");
        foreach (var (name, caption) in Charts)
        {
            page.Append($"\n{caption} (`samples/{name}.cs`; [PNG](charts/{name}.png))\n\n![{caption}](charts/{name}.svg)\n");
        }
    }
}
