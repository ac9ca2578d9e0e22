using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Specs;

public class FigureTests
{
    private const string Base = """{"id":"c","name":"C","tdp":"700 W",""";

    [Theory]
    [InlineData("\"boardPower\":\"1000 W\"", FigureBound.Exact, null, null)]
    [InlineData("\"boardPower\":{\"value\":\"1000 W\",\"bound\":\"approximate\",\"source\":\"s001\",\"line\":305}", FigureBound.Approximate, "s001", 305)]
    [InlineData("\"boardPower\":{\"value\":1000,\"bound\":\"atMost\",\"forecast\":true}", FigureBound.AtMost, null, null)]
    [InlineData("\"boardPower\":{\"min\":\"310 W\",\"max\":\"1 kW\",\"source\":\"s004\"}", FigureBound.Range, "s004", null)]
    [InlineData("\"boardPower\":{\"min\":\"310 W\",\"max\":\"1 kW\",\"bound\":\"range\"}", FigureBound.Range, null, null)]
    [InlineData("\"boardPower\":{\"min\":\"120 W\",\"max\":\"140 W\",\"bound\":\"approximateRange\",\"source\":\"s001\",\"line\":1770}", FigureBound.ApproximateRange, "s001", 1770)]
    public void Figures_read_in_every_form_and_write_back_the_same(string property, FigureBound bound, string? source, int? line)
    {
        var json = Base + property + "}";
        var chip = AiInfraJson.Deserialize<Chip>(json);
        var figure = chip.BoardPower!.Value;
        Assert.Equal(bound, figure.Bound);
        Assert.Equal(source, figure.Source);
        Assert.Equal(line, figure.Line);
        var written = AiInfraJson.Serialize(chip);
        Assert.Equal(chip, AiInfraJson.Deserialize<Chip>(written));
        Assert.Equal(written, AiInfraJson.Serialize(AiInfraJson.Deserialize<Chip>(written)));
    }

    [Fact]
    public void A_correction_keeps_what_the_source_wrote()
    {
        var chip = AiInfraJson.Deserialize<Chip>(Base + "\"transistors\":{\"value\":208000000000,\"source\":\"s001\",\"corrected\":{\"original\":\"2080亿\",\"reason\":\"unit slip\"}}}");
        Assert.Equal(new FigureCorrection("2080亿", "unit slip"), chip.Transistors!.Value.Correction);
        Assert.Equal(208_000_000_000, chip.Transistors.Value.Value);
    }

    [Theory]
    [InlineData("\"boardPower\":{\"value\":\"20 kW\"}", ErrorCodes.OutOfRange, "/boardPower")]
    [InlineData("\"boardPower\":{\"min\":\"310 W\",\"max\":\"20 kW\"}", ErrorCodes.OutOfRange, "/boardPower")]
    [InlineData("\"boardPower\":{\"min\":\"900 W\",\"max\":\"300 W\"}", ErrorCodes.OutOfRange, "/boardPower")]
    [InlineData("\"boardPower\":{\"min\":\"310 W\"}", ErrorCodes.MissingProperty, "/boardPower")]
    [InlineData("\"boardPower\":{\"value\":\"1 kW\",\"min\":\"310 W\",\"max\":\"1 kW\"}", ErrorCodes.WrongType, "/boardPower")]
    [InlineData("\"boardPower\":{\"value\":\"1 kW\",\"bound\":\"range\"}", ErrorCodes.MissingProperty, "/boardPower")]
    [InlineData("\"boardPower\":{\"value\":\"1 kW\",\"bound\":\"approximateRange\"}", ErrorCodes.MissingProperty, "/boardPower")]
    [InlineData("\"boardPower\":{\"min\":\"310 W\",\"max\":\"1 kW\",\"bound\":\"approximate\"}", ErrorCodes.WrongType, "/boardPower")]
    [InlineData("\"boardPower\":{\"min\":\"310 W\",\"max\":\"1 kW\",\"bound\":\"atMost\"}", ErrorCodes.WrongType, "/boardPower")]
    [InlineData("\"boardPower\":{\"value\":\"1 kW\",\"bound\":\"roughly\"}", ErrorCodes.UnknownEnumValue, "/boardPower/bound")]
    [InlineData("\"boardPower\":{\"value\":\"1 kV\"}", ErrorCodes.WrongDimension, "/boardPower/value")]
    [InlineData("\"boardPower\":{\"value\":\"1 kW\",\"line\":0}", ErrorCodes.OutOfRange, "/boardPower/line")]
    [InlineData("\"boardPower\":{\"value\":\"1 kW\",\"colour\":1}", ErrorCodes.UnknownProperty, "/boardPower/colour")]
    [InlineData("\"boardPower\":{\"value\":\"1 kW\",\"corrected\":{\"original\":\"1 kV\"}}", ErrorCodes.MissingProperty, "/boardPower/corrected/reason")]
    [InlineData("\"boardPower\":{}", ErrorCodes.MissingProperty, "/boardPower")]
    [InlineData("\"listPrice\":\"80 bn\"", ErrorCodes.MalformedValue, "/listPrice")]
    public void Bad_figures_give_their_error(string property, string code, string path)
    {
        Assert.False(AiInfraJson.TryDeserialize<Chip>(Base + property + "}", out var chip, out var errors));
        Assert.Null(chip);
        Assert.Contains(errors, e => e.Code == code && e.Path == path);
    }

    [Fact]
    public void A_figure_made_in_code_from_a_value_is_exact_and_unsourced()
    {
        Figure<Power> figure = Power.FromWatts(700);
        Assert.Equal(FigureBound.Exact, figure.Bound);
        Assert.Null(figure.Source);
        Assert.Equal("700 W", figure.ToString());
        Assert.Equal("310 W–350 W (forecast)", new Figure<Power>(Power.FromWatts(310), FigureBound.Range, Power.FromWatts(350), isForecast: true).ToString());
        Assert.Throws<ArgumentException>(() => new Figure<Power>(Power.FromWatts(1), FigureBound.Range));
    }

    [Fact]
    public void Money_figures_round_trip()
    {
        var chip = AiInfraJson.Deserialize<Chip>(Base + "\"listPrice\":{\"value\":\"30 k USD\",\"bound\":\"approximate\"}}");
        Assert.Equal(Money.Parse("30000 USD"), chip.ListPrice!.Value.Value);
        Assert.Contains("\"listPrice\":{\"value\":\"30000 USD\",\"bound\":\"approximate\"}", AiInfraJson.Serialize(chip));
    }

    [Fact]
    public void A_format_applies_to_the_value_and_keeps_the_markers()
    {
        Assert.Equal("~1.2 kW", new Figure<Power>(Power.FromWatts(1200), FigureBound.Approximate).ToString("a", null));
        Assert.Equal("310 W–1.5 kW (forecast)", new Figure<Power>(Power.FromWatts(310), FigureBound.Range, Power.FromWatts(1500), isForecast: true).ToString("a", null));
        Assert.Equal("≥ 1200 W", $"{new Figure<Power>(Power.FromWatts(1200), FigureBound.AtLeast)}");
        Assert.Equal("~120 kW–140 kW (forecast)", new Figure<Power>(Power.FromKilowatts(120), FigureBound.ApproximateRange, Power.FromKilowatts(140), isForecast: true).ToString("a", null));
        Assert.Equal("~120 kW–140 kW", new Figure<Power>(Power.FromKilowatts(120), FigureBound.ApproximateRange, Power.FromKilowatts(140)).ToString());
        Assert.Equal("≤ 1.2 kW", $"{new Figure<Power>(Power.FromWatts(1200), FigureBound.AtMost):a}");
    }

    [Fact]
    public void An_approximate_range_writes_its_bound_and_needs_its_maximum()
    {
        var chip = AiInfraJson.Deserialize<Chip>(Base + "\"boardPower\":{\"min\":\"120 W\",\"max\":\"140 W\",\"bound\":\"approximateRange\"}}");
        Assert.Contains("\"boardPower\":{\"min\":\"120 W\",\"max\":\"140 W\",\"bound\":\"approximateRange\"}", AiInfraJson.Serialize(chip), StringComparison.Ordinal);
        Assert.True(chip.BoardPower!.Value.IsRange);
        Assert.NotEqual(chip, chip with { BoardPower = new Figure<Power>(Power.FromWatts(120), FigureBound.Range, Power.FromWatts(140)) });
        Assert.Throws<ArgumentException>(() => new Figure<Power>(Power.FromWatts(120), FigureBound.ApproximateRange));
        Assert.Throws<ArgumentException>(() => new Figure<Power>(Power.FromWatts(120), FigureBound.Approximate, Power.FromWatts(140)));
    }

    [Fact]
    public void An_optional_figure_costs_its_record_a_reference_whether_present_or_not()
    {
        // Stored out of line: the record holds a box per optional figure, null when absent, so its own size is at most
        // a reference per property (an inline figure of a quantity is about 100 bytes).
        var accelerator = global::AiInfra.Domain.Catalog.Accelerators.NvidiaH100Sxm;
        var properties = typeof(global::AiInfra.Domain.Chips.Accelerator).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Length;
        var bare = accelerator with { Tdp = null, LaunchPeriod = null, SerdesLaneRate = null };
        var copy = BytesPerCopy(bare);
        Assert.InRange(copy, 1, ObjectHeaderBytes + (8 * properties));
        Assert.Equal(copy, BytesPerCopy(accelerator));
    }

    [Fact]
    public void A_figure_set_cleared_or_replaced_with_with_leaves_the_original_and_compares_by_value()
    {
        var chip = AiInfraJson.Deserialize<Chip>(Base + "\"boardPower\":{\"value\":\"1000 W\",\"source\":\"s001\",\"line\":305}}");
        var same = chip with { BoardPower = new Figure<Power>(Power.FromWatts(1000), source: "s001", line: 305) };
        Assert.Equal(chip, same);
        Assert.Equal(chip.GetHashCode(), same.GetHashCode());

        var cleared = chip with { BoardPower = null };
        Assert.Null(cleared.BoardPower);
        Assert.NotEqual(chip, cleared);
        Assert.Equal(cleared, AiInfraJson.Deserialize<Chip>(AiInfraJson.Serialize(cleared)));

        var replaced = chip with { BoardPower = Power.FromWatts(900) };
        Assert.Equal(Power.FromWatts(900), replaced.BoardPower!.Value.Value);
        Assert.Equal(Power.FromWatts(1000), chip.BoardPower!.Value.Value);
        Assert.Equal("s001", chip.BoardPower.Value.Source);
        Assert.Null(replaced.BoardPower.Value.Source);
    }

    /// <summary>The object header and method table pointer of a record on a 64-bit runtime.</summary>
    private const int ObjectHeaderBytes = 16;

    private static object? s_copy;

    /// <summary>The bytes a shallow copy of the record allocates: the record itself (its boxes and lists are shared).</summary>
    private static long BytesPerCopy(global::AiInfra.Domain.Chips.Accelerator record)
    {
        s_copy = record with { };
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            s_copy = record with { };
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
    }
}
