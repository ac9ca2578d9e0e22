using AiInfra.Domain.Quantities;
using UN = UnitsNet;

namespace AiInfra.Domain.Tests.Quantities.WithUnitsNet;

/// <summary>
/// Every pair that the definition files declare is checked against UnitsNet 5.75.1 by reflection: the same base
/// dimensions, the same conversion factors (and offsets) within 1E-12 relative, and no unit left unmapped that UnitsNet
/// has under the same name unless UnitsNet's factor for it differs. The generated conversions follow the declarations.
/// </summary>
public class UnitsNetMappingTests
{
    private const double Tolerance = 1e-12;

    public static TheoryData<string> MappedQuantities => new(UnitsNetDeclarations.Mapped.Select(q => q.Name));

    [Fact]
    public void Every_definition_file_names_its_UnitsNet_counterpart_or_says_why_there_is_none()
    {
        Assert.Equal(Quantity.Infos.Count, UnitsNetDeclarations.All.Count);
        Assert.All(UnitsNetDeclarations.All, q => Assert.True(q.UnitsNetQuantity is not null ^ !string.IsNullOrWhiteSpace(q.Reason), q.FileName));
        Assert.All(UnitsNetDeclarations.Mapped, q => Assert.Equal(q.Info.UnitInfos.Select(u => u.Name).Order(StringComparer.Ordinal), q.Units.Select(u => u.LibraryUnit).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void The_quantities_without_a_counterpart_are_the_ones_the_issue_names()
    {
        var none = UnitsNetDeclarations.All.Where(q => q.UnitsNetQuantity is null).Select(q => q.Name);
        Assert.Equal(["BandwidthDensity", "ComputeThroughput", "ComputeWork", "ThermalResistance", "TokenThroughput"], none.Order(StringComparer.Ordinal));
        Assert.Equal("SpecificEntropy", UnitsNetDeclarations.All.Single(q => q.Name == "SpecificHeatCapacity").UnitsNetQuantity);
    }

    [Fact]
    public void A_quantity_without_a_counterpart_that_shares_a_UnitsNet_name_has_other_dimensions()
    {
        foreach (var quantity in UnitsNetDeclarations.All.Where(q => q.UnitsNetQuantity is null))
        {
            var same = typeof(UN.Power).Assembly.GetType("UnitsNet." + quantity.Name);
            if (same is not null)
            {
                var info = (UN.QuantityInfo)same.GetProperty("Info")!.GetValue(null)!;
                Assert.False(SameDimensions(quantity.Info.BaseDimensions, info.BaseDimensions), $"UnitsNet's {quantity.Name} has the dimensions of the library's; map it");
            }
        }
    }

    [Theory]
    [MemberData(nameof(MappedQuantities))]
    public void The_declared_quantity_has_the_same_base_dimensions(string name)
    {
        var quantity = UnitsNetDeclarations.All.Single(q => q.Name == name);
        var info = (UN.QuantityInfo)quantity.UnitsNetType!.GetProperty("Info")!.GetValue(null)!;
        Assert.True(SameDimensions(quantity.Info.BaseDimensions, info.BaseDimensions), $"{name}: {quantity.Info.BaseDimensions} vs UnitsNet's {info.BaseDimensions}");
        Assert.Contains(typeof(IUnitsNetConvertible<,>).MakeGenericType(quantity.Info.ValueType, quantity.UnitsNetType), quantity.Info.ValueType.GetInterfaces());
    }

    [Theory]
    [MemberData(nameof(MappedQuantities))]
    public void Every_declared_unit_pair_has_the_same_factor_and_offset(string name)
    {
        var quantity = UnitsNetDeclarations.All.Single(q => q.Name == name);
        var libraryBase = quantity.Info.BaseUnitInfo;
        var unitsNetBase = quantity.UnitsNetUnit(quantity.Units.Single(u => u.LibraryUnit == libraryBase.Name).Target);
        foreach (var unit in quantity.Units)
        {
            Assert.True(Enum.IsDefined(quantity.UnitsNetUnitType, quantity.UnitsNetUnit(unit.Target)), $"{name}.{unit.LibraryUnit}: UnitsNet has no {unit.Target}");
            if (unit.UnitsNetUnit is null)
            {
                Assert.Contains(quantity.Units, other => other.UnitsNetUnit == unit.Via);
                continue;
            }

            foreach (var x in new[] { 0, 1, -2.5, 123.456, 1e6 })
            {
                var library = Quantity.From(x, quantity.LibraryUnit(unit.LibraryUnit)).As(libraryBase.UntypedValue);
                var unitsNet = ((UN.IQuantity)UN.Quantity.From(x, quantity.UnitsNetUnit(unit.UnitsNetUnit))).As(unitsNetBase);
                Assert.True(Close(library, unitsNet), $"{name}: {x} {unit.LibraryUnit} is {library:R} {libraryBase.Name} here, {unitsNet:R} in UnitsNet's {unit.UnitsNetUnit}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(MappedQuantities))]
    public void No_unit_is_left_unmapped_that_UnitsNet_has_under_the_same_name_unless_its_factor_differs(string name)
    {
        var quantity = UnitsNetDeclarations.All.Single(q => q.Name == name);
        var libraryBase = quantity.Info.BaseUnitInfo;
        var unitsNetBase = quantity.UnitsNetUnit(quantity.Units.Single(u => u.LibraryUnit == libraryBase.Name).Target);
        foreach (var unit in quantity.Units.Where(u => u.UnitsNetUnit != u.LibraryUnit))
        {
            if (!Enum.GetNames(quantity.UnitsNetUnitType).Contains(unit.LibraryUnit))
            {
                continue;
            }

            // UnitsNet has a unit of this name, yet the file does not map to it: only right if UnitsNet's factor differs.
            Assert.NotNull(unit.Reason);
            var library = Quantity.From(1, quantity.LibraryUnit(unit.LibraryUnit)).As(libraryBase.UntypedValue);
            var unitsNet = ((UN.IQuantity)UN.Quantity.From(1, quantity.UnitsNetUnit(unit.LibraryUnit))).As(unitsNetBase);
            Assert.False(Close(library, unitsNet), $"{name}.{unit.LibraryUnit} has the same factor in UnitsNet ({unitsNet:R}); map it");
        }
    }

    [Theory]
    [MemberData(nameof(MappedQuantities))]
    public void The_generated_conversions_follow_the_declaration(string name)
    {
        var quantity = UnitsNetDeclarations.All.Single(q => q.Name == name);
        foreach (var unit in quantity.Units)
        {
            var value = Quantity.From(1.5, quantity.LibraryUnit(unit.LibraryUnit));
            var converted = UnitsNetDeclarations.ToUnitsNet(value);
            Assert.Equal(quantity.UnitsNetType, converted.GetType());
            Assert.Equal(quantity.UnitsNetUnit(unit.Target), converted.Unit);
            if (unit.UnitsNetUnit is not null)
            {
                Assert.Equal(1.5, UnitsNetDeclarations.ValueOf(converted));
            }
        }
    }

    /// <summary>UnitsNet has no information, operations or tokens dimension: the seven SI dimensions are compared.</summary>
    private static bool SameDimensions(BaseDimensions library, UN.BaseDimensions unitsNet) =>
        library.Length == unitsNet.Length && library.Mass == unitsNet.Mass && library.Time == unitsNet.Time
        && library.Current == unitsNet.Current && library.Temperature == unitsNet.Temperature
        && library.Amount == unitsNet.Amount && library.LuminousIntensity == unitsNet.LuminousIntensity;

    private static bool Close(double a, double b) => a == b || Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b));
}
