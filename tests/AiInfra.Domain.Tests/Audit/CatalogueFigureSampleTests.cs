using System.Globalization;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Tests.Audit;

/// <summary>
/// A sample of catalogue figures checked against the values the project's working notes on the reports give
/// (catalogue-part1.md and catalogue-part2.md, external documents not in this repository; see Catalogue-sources.md)
/// and the source line it cites: the value, its bound, the source and the line. Each case is named after the notes'
/// row it comes from; the source line was read in the seed file when the case was written.
/// </summary>
public class CatalogueFigureSampleTests
{
    private sealed record Stated(object Value, object? Maximum, FigureBound Bound, string Source, int? Line);

    private static Stated? View<T>(Figure<T>? figure)
        where T : struct =>
        figure is { } f ? new Stated(f.Value, f.Maximum, f.Bound, f.Source ?? "(none)", f.Line) : null;

    private static Stated? View<T>(Figure<T> figure)
        where T : struct => View((Figure<T>?)figure);

    private static ComputeThroughput Ops(string text) => ComputeThroughput.Parse(text, CultureInfo.InvariantCulture);

    private static Accelerator Chip(string id) => Catalog.Accelerators.Get(id);

    private static readonly Dictionary<string, (Func<Stated?> Actual, Stated Expected)> Samples = new(StringComparer.Ordinal)
    {
        ["part1 §4.1 Table 2: TPU v7 BF16 2307 TFLOPS (s001 L309)"] =
            (() => View(Chip("google-tpu-v7").Compute.Single(r => r.Precision == NumericPrecision.Bf16).Throughput), new(Ops("2307 TFLOPS"), null, FigureBound.Exact, "s001", 309)),
        ["part1 §4.1 Table 2: TPU v7 HBM 192 GB (s001 L304)"] =
            (() => View(Chip("google-tpu-v7").Memory!.Capacity), new(Information.FromGigabytes(192), null, FigureBound.Exact, "s001", 304)),
        ["part1 §4.1 Table 2: TPU v7 TDP 959 W (s001 L306)"] =
            (() => View(Chip("google-tpu-v7").Tdp), new(Power.FromWatts(959), null, FigureBound.Exact, "s001", 306)),
        ["part1 §4.1 Table 2: TPU v4 BF16 137.5 TFLOPS (s001 L309)"] =
            (() => View(Chip("google-tpu-v4").Compute.Single(r => r.Precision == NumericPrecision.Bf16).Throughput), new(Ops("137.5 TFLOPS"), null, FigureBound.Exact, "s001", 309)),
        ["part1 §4.2 Figure 23: Trainium2 INT8/FP8 1299 TOPS (s001 L597)"] =
            (() => View(Chip("aws-trainium2").Compute.Single(r => r.Precision == NumericPrecision.Int8OrFp8).Throughput), new(Ops("1299 TOPS"), null, FigureBound.Exact, "s001", 597)),
        ["part1 §4.3: B200 TDP 1000 W (s001 L1240)"] =
            (() => View(Chip("nvidia-b200").Tdp), new(Power.FromWatts(1000), null, FigureBound.Exact, "s001", 1240)),
        ["part1 §4.3: Ascend 910C TDP 310-350 W (s001 L1243)"] =
            (() => View(Chip("huawei-ascend-910c").Tdp), new(Power.FromWatts(310), Power.FromWatts(350), FigureBound.Range, "s001", 1243)),
        ["part2 §2.10: H100 TDP 700 W (s004 L543)"] =
            (() => View(Chip("nvidia-h100-sxm").Tdp), new(Power.FromWatts(700), null, FigureBound.Exact, "s004", 543)),
        ["part2 §2.10: H100 HBM bandwidth 3.35 TB/s (s004 L548)"] =
            (() => View(Chip("nvidia-h100-sxm").Memory!.Bandwidth), new(BitRate.FromTerabytesPerSecond(3.35), null, FigureBound.Exact, "s004", 548)),
        ["part2 §2.10: VR300 (Rubin Ultra) HBM 1025 GB (s004 L546)"] =
            (() => View(Chip("nvidia-rubin-ultra").Memory!.Capacity), new(Information.FromGigabytes(1025), null, FigureBound.Exact, "s004", 546)),
        ["part2 §2.11, Catalogue-sources: HBM3 per-stack limit 819 GB/s (JESD238)"] =
            (() => View(Catalog.HbmGenerations.Get("hbm3").MaxStackBandwidth), new(BitRate.FromGigabytesPerSecond(819), null, FigureBound.Exact, "x-jedec-hbm3", null)),
        ["Catalogue-sources: HBM4 per-stack limit up to 2 TB/s (JESD270-4)"] =
            (() => View(Catalog.HbmGenerations.Get("hbm4").MaxStackBandwidth), new(BitRate.FromTerabytesPerSecond(2), null, FigureBound.AtMost, "x-jedec-hbm4", null)),
        ["part2 §2.9: GB200 NVL72 rack power about 120-140 kW (s001 L1770)"] =
            (() => View(Catalog.Racks.Get("nvidia-gb200-nvl72").RackPower), new(Power.FromKilowatts(120), Power.FromKilowatts(140), FigureBound.ApproximateRange, "s001", 1770)),
        ["part1 §4.4: GB200 NVL72 117 cold plates (s001 L1399)"] =
            (() => View(Catalog.Racks.Get("nvidia-gb200-nvl72").ColdPlates), new(117L, null, FigureBound.Exact, "s001", 1399)),
        ["part2 §2.9: GB200 NVL72 72 GPUs (s004 L611)"] =
            (() => View(Catalog.Racks.Get("nvidia-gb200-nvl72").AcceleratorPackages), new(72L, null, FigureBound.Exact, "s004", 611)),
        ["part1 §4.4: Rubin Ultra NVL576 365 TB fast memory (s001 L1034)"] =
            (() => View(Catalog.Racks.Get("nvidia-rubin-ultra-nvl576").FastMemory), new(Information.FromTerabytes(365), null, FigureBound.Exact, "s001", 1034)),
        ["part1 §4.4: Rubin Ultra NVL576 15 ExaFLOPS (s001 L1034)"] =
            (() => View(Catalog.Racks.Get("nvidia-rubin-ultra-nvl576").AiCompute.Single().Throughput), new(Ops("15 EFLOPS"), null, FigureBound.Exact, "s001", 1034)),
        ["part1 §4.10: Amazon 2025 Q1-Q3 capex 923 亿 USD (s001 L237)"] =
            (() => View(Catalog.CapexRecords.Get("amazon-capex-1q-3q25").Amount), new(Money.Parse("923 亿 USD", CultureInfo.InvariantCulture), null, FigureBound.Exact, "s001", 237)),
        ["part2 §2.1: BAT 3Q25 capex 479.0 亿 CNY (s001 L1450)"] =
            (() => View(Catalog.CapexRecords.Get("bat-capex-3q25").Amount), new(Money.Parse("479.0 亿 CNY", CultureInfo.InvariantCulture), null, FigureBound.Exact, "s001", 1450)),
        ["part1 §6 item 4: Stargate capacity near 7 GW (s001 L496)"] =
            (() => View(Catalog.Campuses.Get("stargate").Capacity), new(Power.FromGigawatts(7), null, FigureBound.Approximate, "s001", 496)),
        ["part1 §4.8 Table 17: Panama system efficiency 97.5 % (s001 L1282)"] =
            (() => View(Catalog.PowerArchitectures.Get("panama").SystemEfficiency), new(Ratio.FromPercent(97.5), null, FigureBound.Exact, "s001", 1282)),
    };

    public static TheoryData<string> Names => new(Samples.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Names))]
    public void A_catalogue_figure_matches_domain_and_its_source_line(string name)
    {
        var (actual, expected) = Samples[name];
        Assert.Equal(expected, actual());
    }

    [Fact]
    public void The_sample_covers_at_least_fifteen_figures_of_six_kinds()
    {
        Assert.True(Samples.Count >= 15);
    }
}
