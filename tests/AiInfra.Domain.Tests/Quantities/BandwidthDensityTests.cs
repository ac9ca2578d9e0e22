using System.Globalization;
using System.Text.Json;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// The library's BandwidthDensity (issue 17): the text a CPO datasheet writes parses, the library prints its own
/// abbreviation, and the catalogue's Broadcom CPO figure is read with its unit (per millimetre), not as a bit rate.
public class BandwidthDensityTests
{
    [Theory]
    [InlineData("1 Tbps/mm")]
    [InlineData("1 Tbit/s/mm")]
    [InlineData("1000 Gbit/s/mm")]
    [InlineData("1000 Gbps/mm")]
    [InlineData("1000000000000 bit/s/mm")]
    [InlineData("1000000000000000 bit/s/m")]
    public void Datasheet_text_parses_to_one_terabit_per_second_per_millimetre(string text)
    {
        var density = BandwidthDensity.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(1, density.As(BandwidthDensityUnit.TerabitPerSecondPerMillimeter), 12);
    }

    [Fact]
    public void Prints_in_its_unit_and_readably()
    {
        var density = BandwidthDensity.FromTerabitsPerSecondPerMillimeter(1);
        Assert.Equal("1 Tbit/s/mm", density.ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal("800 Gbit/s/mm", BandwidthDensity.FromTerabitsPerSecondPerMillimeter(0.8).ToString("a", CultureInfo.InvariantCulture));
        Assert.Equal("\"1 Tbit/s/mm\"", JsonSerializer.Serialize(density, AiInfraJson.Options));
        Assert.Equal(density, JsonSerializer.Deserialize<BandwidthDensity>("\"1 Tbps/mm\"", AiInfraJson.Options));
    }

    [Fact]
    public void A_bit_rate_is_not_a_bandwidth_density()
    {
        Assert.False(BandwidthDensity.TryParse("1 Tbit/s", CultureInfo.InvariantCulture, out _));
        Assert.False(BitRate.TryParse("1 Tbit/s/mm", CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public void Broadcom_cpo_figure_reads_per_millimetre_with_its_source_line()
    {
        Figure<BandwidthDensity>? figure = Catalog.SwitchAsics.Get("broadcom-cpo-platform").BandwidthDensity;
        Assert.NotNull(figure);
        Assert.Equal(FigureBound.Exact, figure.Value.Bound);
        Assert.Equal(BandwidthDensity.FromTerabitsPerSecondPerMillimeter(1), figure.Value.Value);
        Assert.Equal(BandwidthDensityUnit.TerabitPerSecondPerMillimeter, figure.Value.Value.Unit);
        Assert.Equal(717, figure.Value.Line);
    }
}
