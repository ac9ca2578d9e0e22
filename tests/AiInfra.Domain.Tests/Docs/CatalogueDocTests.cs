namespace AiInfra.Domain.Tests.Docs;

/// <summary>
/// docs/catalogue.md is generated from the catalogue (<see cref="CatalogPage.CatalogPageWriter"/>): an index, per kind the figures an expert reads first with bound and scope, each entry's sources.
/// This test regenerates it and fails when the committed file is stale; set AIINFRA_UPDATE_DOCS=1 to rewrite it.
/// </summary>
public class CatalogueDocTests
{
    [Fact]
    public void The_catalogue_document_is_up_to_date()
    {
        var path = Path.Combine(Paths.RepositoryRoot(), "docs", "catalogue.md");
        var expected = Render();
        if (Environment.GetEnvironmentVariable("AIINFRA_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/catalogue.md is missing; run the tests with AIINFRA_UPDATE_DOCS=1 to write it.");
        Assert.All(CatalogPage.ChartSection.Charts, chart => Assert.All(new[] { ".svg", ".png" }, extension =>
            Assert.True(File.Exists(Path.Combine(Paths.RepositoryRoot(), "docs", "charts", chart.Name + extension)), $"docs/charts/{chart.Name}{extension} is missing; run dotnet run samples/{chart.Name}.cs to draw it.")));
        Assert.True(File.ReadAllText(path) == expected, "docs/catalogue.md is stale; run the tests with AIINFRA_UPDATE_DOCS=1 to rewrite it.");
    }

    internal static string Render() => CatalogPage.CatalogPageWriter.Render();
}
