using AiInfra.Domain.Generators.Quantities;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Tests;

public class Smoke
{
    [Fact]
    public void Parses_a_quantity() =>
        Assert.NotNull(QuantityFileParser.Parse("x.quantity.json", SourceText.From("""{"name":"X","description":"d","baseUnit":"U","units":[{"singular":"U","plural":"Us","abbreviations":["u"],"factor":1}]}""")).Model);
}
