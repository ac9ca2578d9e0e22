using System.Buffers;
using System.Text;
using System.Text.Json;
using AiInfra.Domain.Audit;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Tests.Reliability.Shapes;
using AiInfra.Domain.Tests.Specs;
using AiInfra.Domain.Tests.Specs.Fixtures;
using AiInfra.Domain.Validation;
using NodaTime;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// One test per kind of value that used to be written and not read back (or crashed the writer, the validator or the
/// audit), issue #12: <c>Validate()</c> reports it at its path, and <c>Serialize</c> refuses it with one
/// <see cref="AiInfraJsonException"/> carrying the same error, never another exception and never a text that reads
/// back as something else.
/// </summary>
public class RoundTripRegressionTests
{
    private static Chip Valid => SampleChips.FullChip();

    private static Ledger ValidLedger => new()
    {
        Id = "ledger-a",
        Period = ReportingPeriod.CalendarQuarter(2025, 3),
        Colours = [Colour.Red],
        Price = Money.Of(1.50m, Currency.Usd),
        Amounts = [Money.Of(1, Currency.Usd)],
        Quarters = [ReportingPeriod.CalendarYear(2024)],
    };

    /// <summary>Asserts that Validate() reports exactly <paramref name="code"/> at <paramref name="path"/>, and Serialize refuses it with that error.</summary>
    private static void AssertUnwritable<T>(T value, string path, string code)
        where T : class, IAiInfraEntity<T>
    {
        var errors = value.Validate().Errors;
        var error = Assert.Single(errors);
        Assert.Equal((path, code), (error.Path, error.Code));
        var thrown = Assert.Throws<AiInfraJsonException>(() => AiInfraJson.Serialize(value));
        Assert.Equal(error, Assert.Single(thrown.Errors));
        Assert.Equal(path, thrown.Path);
        Assert.StartsWith("The value cannot be written as JSON", thrown.Message, StringComparison.Ordinal);
        Assert.Throws<AiInfraJsonException>(() => AiInfraJson.SerializeToUtf8Bytes(value, indented: true));
    }

    [Fact]
    public void A_number_that_is_not_finite_is_reported_and_refused_not_an_ArgumentException()
    {
        AssertUnwritable(Valid with { Yield = double.NaN }, "/yield", ErrorCodes.NotFinite);
        AssertUnwritable(Valid with { Yield = double.PositiveInfinity }, "/yield", ErrorCodes.NotFinite);
        AssertUnwritable(ValidLedger with { Numbers = [1, double.NegativeInfinity] }, "/numbers/1", ErrorCodes.NotFinite);
        AssertUnwritable(ValidLedger with { Ratio = new Figure<double>(double.NaN, FigureBound.AtMost) }, "/ratio/value", ErrorCodes.NotFinite);
    }

    [Fact]
    public void A_quantity_made_infinite_by_arithmetic_is_reported_and_never_written_as_Infinity_W()
    {
        var infinite = Power.FromWatts(1e308) * 10;
        AssertUnwritable(Valid with { Tdp = infinite }, "/tdp", ErrorCodes.NotFinite);
        AssertUnwritable(Valid with { Tdp = infinite - infinite }, "/tdp", ErrorCodes.NotFinite);
        AssertUnwritable(Valid with { Clocks = [Frequency.FromMegahertz(1), Frequency.FromMegahertz(1) / 0] }, "/clocks/1", ErrorCodes.NotFinite);
        AssertUnwritable(
            Valid with { Throughput = new Dictionary<Precision, ComputeThroughput> { [Precision.Fp8] = ComputeThroughput.FromTeraoperationsPerSecond(1) * double.NaN } },
            "/throughput/fp8",
            ErrorCodes.NotFinite);
        AssertUnwritable(Valid with { BoardPower = infinite }, "/boardPower", ErrorCodes.NotFinite);
        AssertUnwritable(Valid with { BoardPower = new Figure<Power>(Power.FromWatts(1), FigureBound.Range, infinite) }, "/boardPower/max", ErrorCodes.NotFinite);
        AssertUnwritable(ValidLedger with { Loads = new Dictionary<Colour, Figure<Power>> { [Colour.Blue] = new(infinite, FigureBound.Range, Power.FromWatts(1)) } }, "/loads/blue/min", ErrorCodes.NotFinite);
    }

    [Fact]
    public void A_quantity_whose_value_is_finite_but_whose_base_value_overflows_is_reported()
    {
        var nearLimit = Power.FromGigawatts(1e299);
        var overflowing = nearLimit * 100; // 1e301 GW: a finite value, but 1e310 W.
        Assert.True(double.IsFinite(overflowing.Value));
        AssertUnwritable(Valid with { Tdp = overflowing }, "/tdp", ErrorCodes.NotFinite);
        Assert.Contains("base unit", Assert.Single((Valid with { Tdp = overflowing }).Validate().Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_money_is_reported_and_never_written_as_0()
    {
        AssertUnwritable(ValidLedger with { Price = default(Money) }, "/price", ErrorCodes.NullValue);
        AssertUnwritable(ValidLedger with { Amounts = [Money.Of(1, Currency.Usd), default] }, "/amounts/1", ErrorCodes.NullValue);
        AssertUnwritable(Valid with { ListPrice = default(Money) }, "/listPrice", ErrorCodes.NullValue);
        AssertUnwritable(Valid with { ListPrice = new Figure<Money>(default, FigureBound.Approximate, source: "s1") }, "/listPrice/value", ErrorCodes.NullValue);
        AssertUnwritable(
            ValidLedger with { Entries = new Dictionary<Colour, Entry> { [Colour.Red] = new() { Name = "x", Amount = default } } },
            "/entries/red/amount",
            ErrorCodes.NullValue);
    }

    [Fact]
    public void ReportingPeriod_None_is_reported_and_never_written_as_an_empty_string()
    {
        AssertUnwritable(ValidLedger with { Period = ReportingPeriod.None }, "/period", ErrorCodes.NullValue);
        AssertUnwritable(ValidLedger with { Quarters = [new Figure<ReportingPeriod>(ReportingPeriod.CalendarYear(2025), FigureBound.Range, ReportingPeriod.None)] }, "/quarters/0/max", ErrorCodes.NullValue);
    }

    [Fact]
    public void Undefined_enum_values_are_reported_in_properties_lists_map_keys_and_figure_bounds()
    {
        AssertUnwritable(Valid with { BestPrecision = (Precision)42 }, "/bestPrecision", ErrorCodes.UnknownEnumValue);
        AssertUnwritable(ValidLedger with { Colours = [Colour.Red, (Colour)7] }, "/colours/1", ErrorCodes.UnknownEnumValue);
        AssertUnwritable(
            Valid with { Throughput = new Dictionary<Precision, ComputeThroughput> { [(Precision)77] = ComputeThroughput.FromTeraoperationsPerSecond(1) } },
            "/throughput/77",
            ErrorCodes.UnknownEnumValue);
        AssertUnwritable(Valid with { BoardPower = new Figure<Power>(Power.FromWatts(10), (FigureBound)42) }, "/boardPower/bound", ErrorCodes.UnknownEnumValue);
        AssertUnwritable(Valid with { Transistors = new Figure<long>(5, (FigureBound)(-1), source: "s1") }, "/transistors/bound", ErrorCodes.UnknownEnumValue);
    }

    [Fact]
    public void Nulls_are_reported_in_required_properties_lists_maps_and_collections_and_never_crash()
    {
        AssertUnwritable(Valid with { Ratings = [Valid.Ratings[0], null!] }, "/ratings/1", ErrorCodes.NullValue);
        AssertUnwritable(Valid with { Aliases = ["a", null!] }, "/aliases/1", ErrorCodes.NullValue);
        AssertUnwritable(Valid with { Ratings = null! }, "/ratings", ErrorCodes.NullValue);
        AssertUnwritable(Valid with { Throughput = null! }, "/throughput", ErrorCodes.NullValue);
        AssertUnwritable(ValidLedger with { Colours = null! }, "/colours", ErrorCodes.NullValue);
        AssertUnwritable(ValidLedger with { Entries = new Dictionary<Colour, Entry> { [Colour.Red] = null! } }, "/entries/red", ErrorCodes.NullValue);
        AssertUnwritable(ValidLedger with { Entries = new Dictionary<Colour, Entry> { [Colour.Red] = new() { Name = null!, Amount = Money.Of(1, Currency.Usd) } } }, "/entries/red/name", ErrorCodes.NullValue);
    }

    [Fact]
    public void An_empty_optional_list_is_valid_and_reads_back_equal_though_it_is_omitted()
    {
        var chip = Valid with { Aliases = [], Ratings = [] };
        Assert.True(chip.Validate().IsValid);
        var json = AiInfraJson.Serialize(chip);
        Assert.DoesNotContain("aliases", json, StringComparison.Ordinal);
        Assert.Equal(chip, AiInfraJson.Deserialize<Chip>(json));
    }

    [Fact]
    public void A_figure_line_below_1_is_reported_at_the_line()
    {
        AssertUnwritable(Valid with { BoardPower = new Figure<Power>(Power.FromWatts(700), source: "s1", line: 0) }, "/boardPower/line", ErrorCodes.OutOfRange);
        AssertUnwritable(Valid with { Transistors = new Figure<long>(5, line: int.MinValue) }, "/transistors/line", ErrorCodes.OutOfRange);
        Assert.True((Valid with { Transistors = new Figure<long>(5, line: int.MaxValue) }).Validate().IsValid);
    }

    [Fact]
    public void A_figure_whose_source_note_or_correction_cannot_be_written_back_is_reported_at_that_part()
    {
        AssertUnwritable(Valid with { BoardPower = new Figure<Power>(Power.FromWatts(7), source: "s\uD800") }, "/boardPower/source", ErrorCodes.InvalidText);
        AssertUnwritable(Valid with { BoardPower = new Figure<Power>(Power.FromWatts(7), note: "\uDC00") }, "/boardPower/note", ErrorCodes.InvalidText);
        AssertUnwritable(Valid with { BoardPower = new Figure<Power>(Power.FromWatts(7), correction: new FigureCorrection(null!, "why")) }, "/boardPower/corrected/original", ErrorCodes.NullValue);
        AssertUnwritable(Valid with { BoardPower = new Figure<Power>(Power.FromWatts(7), correction: new FigureCorrection("700W", null!)) }, "/boardPower/corrected/reason", ErrorCodes.NullValue);

        // An empty source, note or correction is text like any other, and survives.
        var empty = Valid with { BoardPower = new Figure<Power>(Power.FromWatts(7), source: string.Empty, note: string.Empty, correction: new FigureCorrection(string.Empty, string.Empty)) };
        Assert.True(empty.Validate().IsValid);
        Assert.Equal(empty, AiInfraJson.Deserialize<Chip>(AiInfraJson.Serialize(empty)));
    }

    [Fact]
    public void Text_with_half_a_surrogate_pair_is_reported_and_never_written_as_U_FFFD()
    {
        AssertUnwritable(Valid with { Name = "Chip \uD83D" }, "/name", ErrorCodes.InvalidText);
        AssertUnwritable(Valid with { Aliases = ["ok", "\uDE00 low first"] }, "/aliases/1", ErrorCodes.InvalidText);
        AssertUnwritable(ValidLedger with { Labels = new Dictionary<Colour, string> { [Colour.Blue] = "\uDBFF\uDBFF" } }, "/labels/blue", ErrorCodes.InvalidText);

        // Whole pairs (astral characters), control characters and line separators are text, and survive.
        var astral = Valid with { Name = "🔌 \u0000 \u2028 \uFEFF é" };
        Assert.True(astral.Validate().IsValid);
        Assert.Equal(astral, AiInfraJson.Deserialize<Chip>(AiInfraJson.Serialize(astral)));
    }

    [Fact]
    public void A_date_outside_the_ISO_calendar_is_reported_and_never_written_as_another_date()
    {
        AssertUnwritable(Valid with { Released = new LocalDate(2025, 3, 18, CalendarSystem.Julian) }, "/released", ErrorCodes.MalformedValue);
        AssertUnwritable(Valid with { RampPeriod = new YearMonth(2025, 9, CalendarSystem.Gregorian) }, "/rampPeriod", ErrorCodes.MalformedValue);
        AssertUnwritable(ValidLedger with { Dates = [new LocalDate(1, 1, 1, CalendarSystem.IslamicBcl)] }, "/dates/0", ErrorCodes.MalformedValue);

        // The extremes of the ISO calendar are written and read back.
        var extremes = ValidLedger with { Dates = [LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(-4, 2, 29)] };
        Assert.True(extremes.Validate().IsValid);
        Assert.Equal(extremes, AiInfraJson.Deserialize<Ledger>(AiInfraJson.Serialize(extremes)));
    }

    [Fact]
    public void Values_at_the_limits_of_double_and_decimal_round_trip_exactly()
    {
        var ledger = ValidLedger with
        {
            Numbers = [5e-324, -5e-324, 1.7976931348623157E+308, 2.2250738585072014E-308, -0.0, 9007199254740993],
            Amounts = [Money.Of(decimal.MaxValue, Currency.Usd), Money.Of(decimal.MinValue, Currency.Usd), Money.Of(0.0000000000000000000000000001m, Currency.Usd)],
        };
        Assert.True(ledger.Validate().IsValid, ledger.Validate().ToString());
        var json = AiInfraJson.Serialize(ledger);
        var back = AiInfraJson.Deserialize<Ledger>(json);
        Assert.Equal(ledger, back);
        Assert.Equal(json, AiInfraJson.Serialize(back));
        var largest = Valid with { Clocks = [Frequency.FromHertz(1.7976931348623157E+308), Frequency.FromMegahertz(1 + 5e-324)] };
        Assert.True(largest.Validate().IsValid);
        Assert.Equal(largest, AiInfraJson.Deserialize<Chip>(AiInfraJson.Serialize(largest)));
    }

    [Fact]
    public void Rules_across_properties_see_only_values_that_can_be_written()
    {
        // Sparse at least dense compares nothing when dense is NaN: the one error is that it is not finite.
        var rating = new Rating { Precision = Precision.Fp8, Dense = ComputeThroughput.FromTeraoperationsPerSecond(1) * double.NaN, Sparse = ComputeThroughput.FromTeraoperationsPerSecond(5) };
        var error = Assert.Single(rating.Validate().Errors);
        Assert.Equal(("/dense", ErrorCodes.NotFinite), (error.Path, error.Code));
        Assert.Equal(1, ValidateInto(rating).UnwritableCount);
    }

    [Fact]
    public void A_value_nested_deeper_than_any_reader_accepts_is_reported_and_refused()
    {
        // On a stack large enough for a thousand levels (the debug build's frames are large): the limit is the depth.
        OnStack(256 << 20, () =>
        {
            // A ledger's own figures can nest three levels inside its object (a map, a figure, its correction), so a
            // chain of 997 ledgers can reach depth 1000, the deepest any reader limits accept.
            var deepest = Chain(997);
            Assert.True(deepest.Validate().IsValid);
            var json = AiInfraJson.SerializeToUtf8Bytes(deepest);
            Assert.Equal(deepest, AiInfraJson.Deserialize<Ledger>(json, new AiInfraJsonLimits { MaxDepth = 1000 }));
            var tooDeepForDefaults = Assert.Throws<AiInfraJsonException>(() => AiInfraJson.Deserialize<Ledger>(json));
            Assert.Equal(ErrorCodes.DepthExceeded, tooDeepForDefaults.Errors[0].Code);

            var tooDeep = Chain(998);
            var error = Assert.Single(tooDeep.Validate().Errors);
            Assert.Equal((ErrorCodes.DepthExceeded, 997), (error.Code, error.Path.Split('/').Count(t => t == "parent")));
            var thrown = Assert.Throws<AiInfraJsonException>(() => AiInfraJson.Serialize(Chain(1001)));
            Assert.Equal(ErrorCodes.DepthExceeded, Assert.Single(thrown.Errors).Code);
        });
    }

    [Fact]
    public void A_value_nested_deeper_than_the_stack_allows_is_an_error_never_a_stack_overflow()
    {
        // A 1 MiB stack holds fewer levels of these records than the depth limit: validating, writing and reading stop
        // with json.depth where the stack runs short, instead of ending the process.
        var chain = Chain(100_000);
        var text = new StringBuilder();
        for (var i = 0; i < 990; i++)
        {
            text.Append("""{"id":"a","period":"2025","colours":[],"parent":""");
        }

        text.Append("""{"id":"a","period":"2025","colours":[]}""").Append('}', 990);
        OnStack(1 << 20, () =>
        {
            Assert.Equal(ErrorCodes.DepthExceeded, Assert.Single(chain.Validate().Errors).Code);
            Assert.Equal(ErrorCodes.DepthExceeded, Assert.Single(Assert.Throws<AiInfraJsonException>(() => AiInfraJson.Serialize(chain)).Errors).Code);
            Assert.False(AiInfraJson.TryDeserialize<Ledger>(text.ToString(), out _, out var errors, new AiInfraJsonLimits { MaxDepth = 1000 }));
            Assert.Equal(ErrorCodes.DepthExceeded, Assert.Single(errors).Code);
        });
    }

    [Fact]
    public void A_caller_writer_with_a_smaller_depth_limit_gets_the_documented_exception()
    {
        using var writer = new Utf8JsonWriter(new ArrayBufferWriter<byte>(), new JsonWriterOptions { MaxDepth = 2 });
        var thrown = Assert.Throws<AiInfraJsonException>(() => AiInfraJson.Serialize(writer, Chain(3)));

        // The root object is depth 1, its "colours" array and its parent depth 2; the parent's own array would be 3.
        Assert.Equal(("/parent/colours", ErrorCodes.DepthExceeded), (thrown.Errors[0].Path, thrown.Errors[0].Code));
        Assert.Contains("beyond the 2 the writer allows", thrown.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonSerializer_with_the_options_throws_the_same_exception_for_a_value_it_cannot_write()
    {
        var thrown = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Serialize(Valid with { Yield = double.NaN }, AiInfraJson.Options));
        Assert.Equal(("/yield", ErrorCodes.NotFinite), (thrown.Errors[0].Path, thrown.Errors[0].Code));
    }

    [Fact]
    public void Validating_every_catalogue_entry_allocates_nothing()
    {
        var entries = Entities.CatalogueEntries;
        foreach (var entry in entries)
        {
            Assert.Same(ValidationResult.Valid, AiInfraJson.Validate(entry));
        }

        // The entries of each kind, once warm; a kind whose validator allocates would allocate in every batch.
        var allocating = entries.GroupBy(e => e.GetType(), (type, kind) => (Type: type, Entries: kind.ToArray()))
            .Select(kind => (Kind: kind.Type.Name, Bytes: SteadyState.AllocatedBytes(() =>
            {
                foreach (var entry in kind.Entries)
                {
                    _ = AiInfraJson.Validate(entry);
                }
            })))
            .Where(k => k.Bytes > 0)
            .Select(k => $"{k.Kind}: {k.Bytes} bytes a batch");
        Assert.Empty(allocating);
    }

    [Fact]
    public void The_audit_reports_entries_with_nulls_and_non_finite_values_instead_of_crashing()
    {
        var h100 = Catalog.Accelerators.Get("nvidia-h100-sxm");
        var data = CatalogData.Reference with
        {
            Accelerators = [.. Catalog.Accelerators.All, null!, h100 with { Id = "with-null-rating", Compute = [h100.Compute[0], null!] }, h100 with { Id = "nan-tdp", Tdp = Power.FromWatts(1) * double.NaN }],
            SuperPods = [.. Catalog.SuperPods.All, null!],
        };
        var findings = CatalogAudit.Run(data);
        var unwritable = findings.Where(f => f.Rule == AuditRules.UnwritableEntry).ToList();
        Assert.Equal(
            ["(entry " + Catalog.Accelerators.All.Count + ")", "nan-tdp", "with-null-rating", "(entry " + Catalog.SuperPods.All.Count + ")"],
            unwritable.Select(f => f.EntryId));
        Assert.All(unwritable, f => Assert.Equal(AuditSeverity.Error, f.Severity));
        Assert.Contains("/compute/1: value.null", unwritable.Single(f => f.EntryId == "with-null-rating").Values["errors"], StringComparison.Ordinal);
        Assert.Contains("/tdp: value.not-finite", unwritable.Single(f => f.EntryId == "nan-tdp").Values["errors"], StringComparison.Ordinal);

        // The entries left out change nothing else: every other finding is the reference catalogue's own.
        Assert.Equal(CatalogAudit.Run(), findings.Where(f => f.Rule != AuditRules.UnwritableEntry));
    }

    [Fact]
    public void The_audit_of_amounts_at_the_limits_of_decimal_gives_findings_not_an_OverflowException()
    {
        static CapexRecord Record(string id, Shared.Vendor? company, int year, decimal amount, Ratio? yoy = null, Shared.Vendor[]? members = null) => new()
        {
            Id = id,
            Company = company,
            Members = members ?? [],
            Period = ReportingPeriod.CalendarQuarter(year, 3),
            Amount = Money.Of(amount, Currency.Usd),
            Yoy = yoy,
        };

        var data = new CatalogData
        {
            CapexRecords =
            [
                Record("tiny", Shared.Vendor.Meta, 2024, 0.0000000000000000000000000001m),
                Record("huge", Shared.Vendor.Meta, 2025, decimal.MaxValue, yoy: Ratio.FromPercent(10)),
                Record("a", Shared.Vendor.Google, 2025, decimal.MaxValue),
                Record("b", Shared.Vendor.Amazon, 2025, decimal.MaxValue),
                Record("group", null, 2025, decimal.MinValue, members: [Shared.Vendor.Google, Shared.Vendor.Amazon]),
            ],
        };
        Assert.All(data.CapexRecords, r => Assert.True(r.Validate().IsValid));
        var growth = Assert.Single(CatalogAudit.Run(data), f => f.Rule == AuditRules.CapexGrowthMismatch);
        Assert.Equal("huge", growth.EntryId);
    }

    [Fact]
    public void The_audit_reads_a_list_left_null_as_empty()
    {
        var data = new CatalogData { Accelerators = null!, Racks = null!, CapexRecords = [null!] };
        var finding = Assert.Single(CatalogAudit.Run(data));
        Assert.Equal(("CapexRecord", "(entry 0)", AuditRules.UnwritableEntry), (finding.Kind, finding.EntryId, finding.Rule));
    }

    private static ValidationScope ValidateInto<T>(T value)
        where T : class, IAiInfraEntity<T>
    {
        var scope = ValidationScope.FailFast();
        T.ValidateInto(value, ref scope);
        return scope;
    }

    /// <summary>Runs <paramref name="test"/> on a thread with a stack of <paramref name="bytes"/>, rethrowing its failure.</summary>
    private static void OnStack(int bytes, Action test)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    test();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            bytes);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    private static Ledger Chain(int length)
    {
        var ledger = ValidLedger;
        for (var i = 1; i < length; i++)
        {
            ledger = ValidLedger with { Parent = ledger };
        }

        return ledger;
    }
}
