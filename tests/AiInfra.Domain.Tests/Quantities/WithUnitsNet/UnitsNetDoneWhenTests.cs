using System.Text.Json;
using AiInfra.Domain.Quantities;
using UN = UnitsNet;

namespace AiInfra.Domain.Tests.Quantities.WithUnitsNet;

/// <summary>
/// The "Done when" checks of the UnitsNet issue, written as a user writes them: with both libraries in scope and
/// <c>using UN = UnitsNet;</c> to keep the names apart (CS0104 otherwise). If one stops compiling, the interop broke.
/// </summary>
public class UnitsNetDoneWhenTests
{
    [Fact]
    public void A_catalogue_TDP_becomes_a_UnitsNet_power_of_700_W()
    {
        UN.Power p = Catalog.Accelerators.Get("nvidia-h100-sxm").Tdp!.Value.Value.ToUnitsNet();
        Assert.Equal(700m, p.Value);
        Assert.Equal(UN.Units.PowerUnit.Watt, p.Unit);
        Assert.Equal(700m, p.Watts);
    }

    [Fact]
    public void A_UnitsNet_power_of_1_2_kW_becomes_1_2_kW()
    {
        var power = Power.FromUnitsNet(UN.Power.FromKilowatts(1.2));
        Assert.Equal(Power.FromKilowatts(1.2), power);
        Assert.Equal(1.2, power.Value);
        Assert.Equal(AiInfra.Domain.Quantities.Units.PowerUnit.Kilowatt, power.Unit);
        Assert.Equal("1.2 kW", power.ToString());
    }

    [Fact]
    public void Eighty_gigabytes_cast_to_UnitsNet_is_80_GB()
    {
        var information = (UN.Information)Information.FromGigabytes(80);
        Assert.Equal(80m, information.Value);
        Assert.Equal(UN.Units.InformationUnit.Gigabyte, information.Unit);
        Assert.Equal(640_000_000_000m, information.Bits);
    }

    [Fact]
    public void One_Gb_per_second_in_JSON_is_one_gigabit_per_second()
    {
        var rate = JsonSerializer.Deserialize<UN.BitRate>("\"1 Gb/s\"", AiInfraJson.Options);
        Assert.Equal(1m, rate.Value);
        Assert.Equal(UN.Units.BitRateUnit.GigabitPerSecond, rate.Unit);
        Assert.Equal(1_000_000_000m, rate.BitsPerSecond);
    }

    [Fact]
    public void A_UnitsNet_power_of_1_2_kW_is_written_as_1_2_kW()
    {
        Assert.Equal("\"1.2 kW\"", JsonSerializer.Serialize(UN.Power.FromKilowatts(1.2), AiInfraJson.Options));
    }
}
