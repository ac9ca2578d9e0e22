using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Specs;

public class CatalogTests
{
    [Fact]
    public void Entries_are_typed_static_instances_with_lookup_by_id()
    {
        var one = Catalog.Chips.TestChipOne;
        Assert.Equal("test-chip-one", one.Id);
        Assert.Equal(Power.FromWatts(700), one.Tdp);
        Assert.Same(one, Catalog.Chips.Get("test-chip-one"));
        Assert.True(Catalog.Chips.TryGet("test-chip-two", out var two));
        Assert.Same(Catalog.Chips.TestChipTwo, two);
        Assert.False(Catalog.Chips.TryGet("nope", out _));
        Assert.Throws<KeyNotFoundException>(() => Catalog.Chips.Get("nope"));
        Assert.Equal(["test-chip-one", "test-chip-two"], Catalog.Chips.All.Select(c => c.Id));
    }

    [Fact]
    public void Figures_carry_their_provenance_and_plain_figures_the_default_source()
    {
        var board = Catalog.Chips.TestChipOne.BoardPower!.Value;
        Assert.Equal(new Figure<Power>(Power.FromKilowatts(1), FigureBound.AtMost, null, "s002", 12, true, "board"), board);
        var transistors = Catalog.Chips.TestChipOne.Transistors!.Value;
        Assert.Equal("s001", transistors.Source);
        Assert.Equal(new FigureCorrection("800亿", "kept as a test"), transistors.Correction);
        Assert.Equal("s001", Catalog.Chips.TestChipOne.ListPrice!.Value.Source);
        Assert.Equal(Money.Parse("30000 USD"), Catalog.Chips.TestChipOne.ListPrice!.Value.Value);
        var range = Catalog.Chips.TestChipTwo.BoardPower!.Value;
        Assert.Equal((FigureBound.Range, Power.FromWatts(310), Power.FromWatts(350)), (range.Bound, range.Value, range.Maximum!.Value));
        Assert.Equal("A test report", Catalog.Chips.Sources["s001"].Title);
    }

    [Fact]
    public void Every_entry_is_valid_and_survives_a_json_round_trip()
    {
        foreach (var chip in Catalog.Chips.All)
        {
            Assert.True(chip.Validate().IsValid, chip.Validate().ToString());
            var json = AiInfraJson.Serialize(chip);
            Assert.Equal(chip, AiInfraJson.Deserialize<Chip>(json));
        }
    }
}
