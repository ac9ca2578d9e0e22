using System.Globalization;
using AiInfra.Domain.Audit;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Memory;
using AiInfra.Domain.Optics;
using AiInfra.Domain.PowerDelivery;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Shared;
using AiInfra.Domain.Systems;

namespace AiInfra.Domain.Tests.Audit;

/// <summary>The rules run on a user's own records, built in code, alone or added to the reference catalogue.</summary>
public class UserDataAuditTests
{
    private static ComputeThroughput Tflops(double value) => ComputeThroughput.FromTeraoperationsPerSecond(value);

    private static Accelerator Chip(string id, params ComputeRating[] compute) => new()
    {
        Id = id,
        Vendor = Vendor.Unspecified,
        Name = id,
        Kind = AcceleratorKind.Gpu,
        Compute = compute,
    };

    private static ComputeRating Rating(NumericPrecision precision, double tflops, Sparsity sparsity = Sparsity.Unspecified) =>
        new() { Precision = precision, Sparsity = sparsity, Throughput = Tflops(tflops) };

    private static AuditFinding Single(CatalogData data, string rule)
    {
        var findings = CatalogAudit.Run(data).Where(f => f.Rule == rule).ToList();
        Assert.True(findings.Count == 1, $"Expected one {rule} finding; got:\n" + string.Join("\n", CatalogAudit.Run(data)));
        return findings[0];
    }

    [Fact]
    public void An_empty_catalogue_has_no_findings()
    {
        Assert.Empty(CatalogAudit.Run(new CatalogData()));
    }

    [Fact]
    public void Sparse_below_dense_is_an_error_with_both_values()
    {
        var chip = Chip("my-gpu", Rating(NumericPrecision.Fp8, 2000, Sparsity.Dense), Rating(NumericPrecision.Fp8, 1000, Sparsity.Sparse));
        var finding = Single(new CatalogData { Accelerators = [chip] }, AuditRules.SparseBelowDense);
        Assert.Equal(("Accelerator", "my-gpu", AuditSeverity.Error), (finding.Kind, finding.EntryId, finding.Severity));
        Assert.Equal("2000 TFLOPS", finding.Values["dense"]);
        Assert.Equal("1000 TFLOPS", finding.Values["sparse"]);
    }

    [Fact]
    public void A_narrower_precision_rated_slower_is_reported_and_an_equal_sparse_pair_is_not()
    {
        var chip = Chip("my-gpu", Rating(NumericPrecision.Bf16, 1000), Rating(NumericPrecision.Fp8, 800), Rating(NumericPrecision.Fp8, 1600, Sparsity.Sparse));
        var finding = Single(new CatalogData { Accelerators = [chip] }, AuditRules.NarrowerPrecisionSlower);
        Assert.Equal(AuditSeverity.Warning, finding.Severity);
        Assert.Equal("800 TFLOPS", finding.Values["fp8"]);
        Assert.Equal("fp8 is rated 800 TFLOPS, below bf16 (1000 TFLOPS), a wider precision.", finding.Message);
    }

    [Fact]
    public void A_figure_copied_across_precisions_is_reported_but_int8_and_fp8_at_the_same_rate_are_not()
    {
        var copied = Chip("copied", Rating(NumericPrecision.Fp32, 15.5), Rating(NumericPrecision.Fp16, 15.5));
        var fine = Chip("fine", Rating(NumericPrecision.Int8, 4614), Rating(NumericPrecision.Fp8, 4614));
        var findings = CatalogAudit.Run(new CatalogData { Accelerators = [copied, fine] });
        Assert.Equal(["copied"], findings.Where(f => f.Rule == AuditRules.SameValueAcrossPrecisions).Select(f => f.EntryId));
    }

    [Fact]
    public void Ratings_the_chip_cannot_run_are_reported()
    {
        var hopper = Chip("my-hopper", Rating(NumericPrecision.Fp4, 4000)) with { Architecture = "Hopper" };
        var emulated = Chip("my-tpu", Rating(NumericPrecision.Fp4, 9000)) with
        {
            SupportedPrecisions = [new SupportedPrecision { Precision = NumericPrecision.Fp4, Support = PrecisionSupport.Emulated }],
        };
        var blockScaled = Chip("my-npu", Rating(NumericPrecision.Fp4, 2000)) with
        {
            SupportedPrecisions = [new SupportedPrecision { Precision = NumericPrecision.Mxfp4 }],
        };
        var findings = CatalogAudit.Run(new CatalogData { Accelerators = [hopper, emulated, blockScaled] }).Where(f => f.Rule == AuditRules.UnsupportedPrecision).ToList();
        Assert.Equal([("my-hopper", AuditSeverity.Error), ("my-tpu", AuditSeverity.Warning)], findings.Select(f => (f.EntryId, f.Severity)));
        Assert.Equal("Rated 9000 TFLOPS at fp4, which the chip's supported precisions list only as emulated.", findings[1].Message);
    }

    [Fact]
    public void Stack_capacity_accepts_usable_capacity_a_little_below_a_stack_size_and_nothing_above()
    {
        Accelerator WithMemory(string id, double gigabytes, long stacks) => Chip(id) with
        {
            Memory = new MemorySubsystem { Type = MemoryType.Hbm3e, Capacity = Information.FromGigabytes(gigabytes), Stacks = stacks },
        };

        var data = new CatalogData
        {
            Accelerators = [WithMemory("h200-like", 141, 6), WithMemory("exact", 192, 8), WithMemory("over", 1025, 16), WithMemory("between", 20 * 8, 8)],
        };
        var flagged = CatalogAudit.Run(data).Where(f => f.Rule == AuditRules.ImplausibleStackCapacity).Select(f => f.EntryId);
        Assert.Equal(["between", "over"], flagged);
    }

    [Fact]
    public void Bandwidth_above_the_generations_per_stack_baseline_is_a_warning_naming_the_standard()
    {
        var chip = Chip("fast") with
        {
            Memory = new MemorySubsystem { Type = MemoryType.Hbm3, Capacity = Information.FromGigabytes(64), Bandwidth = BitRate.FromTerabytesPerSecond(4), Stacks = 4 },
        };
        var finding = Single(new CatalogData { Accelerators = [chip], HbmGenerations = Catalog.HbmGenerations.All }, AuditRules.BandwidthAboveStackLimit);
        // JEDEC's per-stack figure is a baseline shipping parts exceed: worth checking, never an error.
        Assert.Equal(AuditSeverity.Warning, finding.Severity);
        Assert.Equal("819 GB/s", finding.Values["perStackLimit"]);
        Assert.Equal("x-jedec-hbm3", finding.Values["limitSource"]);
        Assert.Contains("x-jedec-hbm3", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(CatalogAudit.Run(new CatalogData { Accelerators = [chip] }), f => f.Rule == AuditRules.BandwidthAboveStackLimit);
    }

    [Fact]
    public void Racks_that_do_not_add_up_are_reported()
    {
        var gpu = Chip("kilowatt-gpu", Rating(NumericPrecision.Fp4, 10_000, Sparsity.Dense)) with { Tdp = Power.FromWatts(1000) };
        var tray = new Tray { Id = "my-tray", Vendor = Vendor.Unspecified, Name = "tray", Type = TrayType.ComputeTray, Accelerators = [new AcceleratorCount { Accelerator = "kilowatt-gpu", Count = 4 }], ColdPlates = 6 };
        var rack = new Rack
        {
            Id = "my-rack",
            Vendor = Vendor.Unspecified,
            Name = "rack",
            Accelerator = "kilowatt-gpu",
            AcceleratorPackages = 72,
            DiesPerPackage = 2,
            AcceleratorDies = 140,
            Trays = [new TrayCount { Tray = "my-tray", Count = 18 }],
            ColdPlates = 100,
            RackPower = Power.FromKilowatts(60),
            AiCompute = [new AggregateCompute { Precision = NumericPrecision.Fp4, Sparsity = Sparsity.Dense, Throughput = ComputeThroughput.FromExaoperationsPerSecond(1) }],
        };
        var findings = CatalogAudit.Run(new CatalogData { Accelerators = [gpu], Trays = [tray], Racks = [rack] });
        Assert.Equal(
            [
                (AuditRules.DieCountMismatch, AuditSeverity.Error),
                (AuditRules.RackPowerBelowParts, AuditSeverity.Error),
                (AuditRules.TraySum, AuditSeverity.Error),
                (AuditRules.AggregateComputeMismatch, AuditSeverity.Error),
            ],
            findings.Select(f => (f.Rule, f.Severity)));
        Assert.Contains("Its trays carry 108 cold plates, not the 100 stated.", findings.Select(f => f.Message));
        Assert.Equal("0.72 EOPS", findings.Single(f => f.Rule == AuditRules.AggregateComputeMismatch).Values["expected"]);
    }

    [Fact]
    public void Aggregate_compute_within_vendor_rounding_passes_and_beyond_it_is_a_warning()
    {
        var chip = Chip("pf100", Rating(NumericPrecision.Fp4, 100_000, Sparsity.Dense));
        Rack Rack(string id, double exaflops) => new()
        {
            Id = id,
            Vendor = Vendor.Unspecified,
            Name = id,
            Accelerator = "pf100",
            AcceleratorPackages = 144,
            AiCompute = [new AggregateCompute { Precision = NumericPrecision.Unspecified, Throughput = ComputeThroughput.FromExaoperationsPerSecond(exaflops) }],
        };
        // 144 × 100 PF = 14.4 EF: "15" is vendor rounding (+4.2 %, within 5 %); 15.5 (+7.6 %) is beyond it and beyond
        // rounding 15.5 to its last digit; 20 is beyond 10 %.
        var findings = CatalogAudit.Run(new CatalogData { Accelerators = [chip], Racks = [Rack("rounded", 14.4), Rack("fifteen", 15), Rack("fifteen-and-a-half", 15.5), Rack("far", 20)] });
        Assert.Equal(
            [("far", AuditSeverity.Error), ("fifteen-and-a-half", AuditSeverity.Warning)],
            findings.Where(f => f.Rule == AuditRules.AggregateComputeMismatch).Select(f => (f.EntryId, f.Severity)));
    }

    [Fact]
    public void Superpod_cabinets_and_power_scope_are_checked()
    {
        var pod = new SuperPod { Id = "my-pod", Vendor = Vendor.Unspecified, Name = "pod", Kind = PodKind.SuperPod, ComputeCabinets = 100, InterconnectCabinets = 20, TotalCabinets = 130, Power = Power.FromMegawatts(2) };
        var findings = CatalogAudit.Run(new CatalogData { SuperPods = [pod] });
        Assert.Equal([AuditRules.CabinetArithmetic, AuditRules.PowerScope], findings.Select(f => f.Rule));
        Assert.Contains("with no scope", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_rules_check_efficiency_order_maturity_and_same_copper_gain()
    {
        PowerArchitecture Architecture(string id, PowerArchitectureKind kind, double percent) =>
            new() { Id = id, Name = id, Kind = kind, SystemEfficiency = Ratio.FromPercent(percent) };
        var data = new CatalogData
        {
            PowerArchitectures =
            [
                Architecture("my-ups", PowerArchitectureKind.Ups, 96) with { Maturity = TechMaturity.Research },
                Architecture("my-hvdc", PowerArchitectureKind.Hvdc, 94),
                Architecture("my-sst", PowerArchitectureKind.Sst, 101),
                new PowerArchitecture
                {
                    Id = "my-800v", Name = "800 V", Kind = PowerArchitectureKind.Dc800v,
                    BusVoltage = ElectricPotential.FromVolts(800), ReplacesAcVoltages = [ElectricPotential.FromVolts(415)], SameCopperPowerGain = Ratio.FromPercent(157),
                },
            ],
            PowerSystems = [new PowerSystem { Id = "my-ups-product", Vendor = Vendor.Unspecified, Name = "UPS", Kind = PowerSystemKind.HvdcSystem, Architecture = "my-ups", Status = ProductStatus.MassProduction }],
        };
        var findings = CatalogAudit.Run(data);
        Assert.Equal(
            [("my-800v", AuditRules.SameCopperGain), ("my-hvdc", AuditRules.EfficiencyOrder), ("my-sst", AuditRules.EfficiencyAboveOne), ("my-ups", AuditRules.MaturityLagsProducts)],
            findings.Select(f => (f.EntryId, f.Rule)));

        var right = data with { PowerArchitectures = [data.PowerArchitectures[3] with { SameCopperPowerGain = Ratio.FromPercent(67) }] };
        Assert.Empty(CatalogAudit.Run(right));
    }

    [Fact]
    public void Capex_records_are_checked_against_each_other_their_group_and_their_base_period()
    {
        CapexRecord Record(string id, Vendor company, ReportingPeriod period, string amount) =>
            new() { Id = id, Company = company, Period = period, Amount = Money.Parse(amount, CultureInfo.InvariantCulture), Basis = CapexBasis.Reported };
        var q3 = ReportingPeriod.CalendarQuarter(2025, 3);
        var data = new CatalogData
        {
            CapexRecords =
            [
                Record("a-q3", Vendor.Alibaba, q3, "100 亿 CNY"),
                Record("a-q3-again", Vendor.Alibaba, q3, "110 亿 CNY"),
                Record("b-q3", Vendor.Baidu, q3, "50 亿 CNY"),
                Record("b-q2", Vendor.Baidu, q3.Previous(), "40 亿 CNY"),
                Record("b-q3", Vendor.Baidu, q3, "50 亿 CNY") with { Id = "b-q3-growth", Qoq = Ratio.FromPercent(10), Basis = CapexBasis.Cash },
                new CapexRecord { Id = "ab-q3", Members = [Vendor.Alibaba, Vendor.Baidu], Period = q3, Amount = Money.Parse("200 亿 CNY", CultureInfo.InvariantCulture), Basis = CapexBasis.Reported },
            ],
        };
        var findings = CatalogAudit.Run(data);
        Assert.Equal(
            [
                ("a-q3", AuditRules.ConflictingCapexRecords, AuditSeverity.Error),
                ("ab-q3", AuditRules.CapexGroupSum, AuditSeverity.Error),
            ],
            findings.Select(f => (f.EntryId, f.Rule, f.Severity)));
        Assert.Equal("160 亿 CNY", findings[1].Values["sum"]);

        var growth = data with
        {
            CapexRecords = [Record("b-q2", Vendor.Baidu, q3.Previous(), "40 亿 CNY"), Record("b-q3", Vendor.Baidu, q3, "50 亿 CNY") with { Qoq = Ratio.FromPercent(10) }],
        };
        var mismatch = Single(growth, AuditRules.CapexGrowthMismatch);
        Assert.Equal(("b-q3", "25 %"), (mismatch.EntryId, mismatch.Values["recomputed"]));
        var right = growth with { CapexRecords = [growth.CapexRecords[0], growth.CapexRecords[1] with { Qoq = Ratio.FromPercent(25.0) }] };
        Assert.Empty(CatalogAudit.Run(right));
    }

    [Fact]
    public void Relative_claims_are_recomputed_from_both_entries()
    {
        Accelerator WithBandwidth(string id, double terabytesPerSecond) => Chip(id) with
        {
            Memory = new MemorySubsystem { Bandwidth = BitRate.FromTerabytesPerSecond(terabytesPerSecond) },
        };
        RelativeClaim Claim(string factor, FigureBound bound = FigureBound.Exact) => new()
        {
            Metric = ClaimMetric.MemoryBandwidth,
            Baseline = "old",
            Factor = new Figure<Ratio>(Ratio.FromDecimalFractions(double.Parse(factor, CultureInfo.InvariantCulture)), bound),
            Semantics = ClaimSemantics.To,
            Scope = ClaimScope.Chip,
            Statement = factor + "x the old chip",
        };

        var old = WithBandwidth("old", 2);
        var data = new CatalogData
        {
            Accelerators =
            [
                old,
                WithBandwidth("wrong", 6) with { Claims = [Claim("2")] },
                WithBandwidth("rounded", 6.1) with { Claims = [Claim("3")] },
                WithBandwidth("about", 4.8) with { Claims = [Claim("2", FigureBound.Approximate)] },
                WithBandwidth("at-least", 9) with { Claims = [Claim("4", FigureBound.AtLeast)] },

                // "3" printed with one significant digit stands for 2.5x to 3.5x: 3.33x (MTT S5000's case) is "3x".
                WithBandwidth("one-digit", 6.66) with { Claims = [Claim("3")] },

                // "1.4" stands for 1.35x to 1.45x: 1.83x is not it (H200 against Trillium's power).
                WithBandwidth("two-digits", 3.66) with { Claims = [Claim("1.4")] },
            ],
        };
        var findings = CatalogAudit.Run(data).Where(f => f.Rule == AuditRules.ClaimFactorMismatch).ToList();
        Assert.Equal(["two-digits", "wrong"], findings.Select(f => f.EntryId));
        Assert.Equal("3.0x", findings[1].Values["recomputed"]);
    }

    [Fact]
    public void Competing_values_are_compared_only_under_one_definition_and_beyond_the_rounding_of_both()
    {
        Accelerator WithTdp(string id, double watts, params ReportedFigure[] others) => Chip(id) with { Tdp = Power.FromWatts(watts), AlsoReported = others };
        ReportedFigure Other(string value, FigureRelation relation = FigureRelation.SameDefinition) =>
            new() { Path = "/tdp", Value = value, Source = "mine", Relation = relation, Definition = relation == FigureRelation.SameDefinition ? null : "another boundary" };
        var data = new CatalogData
        {
            Accelerators =
            [
                WithTdp("same-digits", 393, Other("394 W")), // 393 ± 0.5 and 394 ± 0.5 meet at 393.5: agrees, not reported
                WithTdp("two-apart", 4614, Other("4616 W")), // beyond ±1: a warning
                WithTdp("fewer-digits", 196.5, Other("197 W")), // a restatement with fewer digits: info
                WithTdp("other-definition", 700, Other("1000 W", FigureRelation.OtherDefinition)), // not compared
                WithTdp("configuration", 700, Other("1000 W", FigureRelation.AlternativeConfiguration)), // not compared
            ],
        };
        var findings = CatalogAudit.Run(data).Where(f => f.Rule == AuditRules.SourcesDisagree).Select(f => (f.EntryId, f.Severity));
        Assert.Equal([("fewer-digits", AuditSeverity.Info), ("two-apart", AuditSeverity.Warning)], findings);
    }

    [Fact]
    public void Doubts_are_reported_as_their_own_severity_and_leave_the_figure_as_stated()
    {
        var chip = Chip("doubted") with
        {
            Memory = new MemorySubsystem { Bandwidth = BitRate.FromGigabytesPerSecond(300) },
            Doubts = [new Doubt { Path = "/memory/bandwidth", Expected = "34 GB/s", Source = "x-paper", Reason = "DDR3 cannot deliver 300 GB/s." }],
        };
        var finding = Single(new CatalogData { Accelerators = [chip] }, AuditRules.OutsideKnowledgeDoubt);
        Assert.Equal(AuditSeverity.Doubt, finding.Severity);
        Assert.Equal(("34 GB/s", "300 GB/s", "x-paper"), (finding.Values["expected"], finding.Values["recorded"], finding.Values["externalSource"]));
        Assert.Equal(BitRate.FromGigabytesPerSecond(300), chip.Memory.Bandwidth!.Value.Value);
    }

    [Fact]
    public void Switches_must_be_built_from_whole_serdes_blocks_and_ports_must_add_up()
    {
        SwitchAsic Switch(string id, double terabits) => new() { Id = id, Vendor = Vendor.Unspecified, Name = id, Kind = SwitchKind.SwitchAsic, Capacity = BitRate.FromTerabitsPerSecond(terabits) };
        var data = new CatalogData
        {
            SwitchAsics =
            [
                Switch("tomahawk-like", 102.4),
                Switch("quantum-like", 115.2),
                Switch("typo", 112.4),
                Switch("ports", 51.2) with { Ports = 64, PortRate = BitRate.FromGigabitsPerSecond(400) },
            ],
        };
        Assert.Equal(
            [("ports", AuditRules.SwitchPortArithmetic), ("typo", AuditRules.SwitchCapacityStep)],
            CatalogAudit.Run(data).Select(f => (f.EntryId, f.Rule)));
    }

    [Fact]
    public void Competing_values_are_compared_with_what_the_entry_records()
    {
        var chip = Chip("my-gpu") with
        {
            Tdp = new Figure<Power>(Power.FromWatts(700), source: "mine", line: 1),
            AlsoReported =
            [
                new ReportedFigure { Path = "/tdp", Value = "0.7 kW", Source = "other" },
                new ReportedFigure { Path = "/tdp", Value = "1000 W", Source = "other", Line = 9 },
                new ReportedFigure { Path = "/tdp", Min = "600 W", Max = "800 W", Bound = FigureBound.Range, Source = "other" },
                new ReportedFigure { Path = "/clock", Value = "2 GHz", Source = "other" },
            ],
        };
        var findings = CatalogAudit.Run(new CatalogData { Accelerators = [chip] });
        Assert.All(findings, f => Assert.Equal(AuditRules.SourcesDisagree, f.Rule));
        Assert.Equal(
            [
                (AuditSeverity.Warning, "other gives 2 GHz for /clock, where the entry records nothing."),
                (AuditSeverity.Warning, "other line 9 gives 1000 W for /tdp, where the entry records 700 W."),
                (AuditSeverity.Info, "other gives 0.7 kW for /tdp, which agrees with the 700 W recorded (the same figure, rounded)."),
                (AuditSeverity.Info, "other gives 600 W–800 W for /tdp, which agrees with the 700 W recorded (a range that holds it)."),
            ],
            findings.Select(f => (f.Severity, f.Message)));
    }

    [Fact]
    public void Zeros_and_missing_periods_in_user_data_do_not_throw()
    {
        var zero = Chip("zero", Rating(NumericPrecision.Fp8, 0)) with
        {
            Tdp = Power.Zero,
            Memory = new MemorySubsystem { Type = MemoryType.Hbm3, Capacity = Information.Zero, Bandwidth = BitRate.Zero, Stacks = 0 },
            ScaleUp = new LinkBandwidth { Bandwidth = BitRate.Zero },
            Claims = [new RelativeClaim { Metric = ClaimMetric.Compute, Baseline = "zero", Factor = Ratio.Zero, Statement = "0x" }],
        };
        var rack = new Rack { Id = "r", Vendor = Vendor.Unspecified, Name = "r", Accelerator = "zero", AcceleratorPackages = 0, AiCompute = [new AggregateCompute { Precision = NumericPrecision.Fp8, Throughput = ComputeThroughput.Zero }] };
        var capex = new CapexRecord { Id = "c", Company = Vendor.Baidu, Period = ReportingPeriod.None, Amount = Money.Parse("0 CNY", CultureInfo.InvariantCulture), Yoy = Ratio.FromPercent(10), Qoq = Ratio.FromPercent(5) };
        var power = new PowerArchitecture { Id = "p", Name = "p", Kind = PowerArchitectureKind.Dc800v, BusVoltage = ElectricPotential.Zero, ReplacesAcVoltages = [ElectricPotential.Zero], SameCopperPowerGain = Ratio.Zero };
        var data = new CatalogData { Accelerators = [zero], Racks = [rack], CapexRecords = [capex], PowerArchitectures = [power], HbmGenerations = Catalog.HbmGenerations.All };
        Assert.All(CatalogAudit.Run(data), f => Assert.False(f.Message.Contains("NaN", StringComparison.Ordinal) || f.Message.Contains('∞'), f.ToString()));
    }

    [Fact]
    public void User_entries_added_to_the_reference_catalogue_are_checked_with_it()
    {
        var mine = Chip("my-gpu", Rating(NumericPrecision.Fp8, 2000, Sparsity.Dense), Rating(NumericPrecision.Fp8, 1000, Sparsity.Sparse));
        var data = CatalogData.Reference with { Accelerators = [.. Catalog.Accelerators.All, mine] };
        var findings = CatalogAudit.Run(data);
        Assert.Equal(CatalogAudit.Run().Count + 1, findings.Count);
        Assert.Contains(findings, f => f.EntryId == "my-gpu" && f.Rule == AuditRules.SparseBelowDense);
    }
}
