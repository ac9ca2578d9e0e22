using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Tests.Quantities;

public class PowerSmokeTests
{
    [Fact]
    public void Kilowatts_convert_to_watts() => Assert.Equal(1200, Power.FromKilowatts(1.2).Watts);
}
