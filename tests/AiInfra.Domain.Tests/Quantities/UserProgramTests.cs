using System.Globalization;
using System.Numerics;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// Code written the way a user writes it, with the UnitsNet-shaped names the project promises. If one of these
/// stops compiling, the public API broke.
/// </summary>
public class UserProgramTests
{
    [Fact]
    public void Kilowatts_to_watts()
    {
        Assert.True(Power.FromKilowatts(1.2).Watts == 1200);
    }

    [Fact]
    public void Parsing_a_power()
    {
        Power tdp = Power.Parse("700 W", CultureInfo.InvariantCulture);
        Assert.Equal(700, tdp.Watts);

        Assert.True(Power.TryParse("1.2 kW", CultureInfo.InvariantCulture, out var parsed));
        Assert.Equal(1.2, parsed.Kilowatts);
        Assert.True(Power.TryParse("700 W", out var simple));
        Assert.Equal(tdp, simple);
        Assert.False(Power.TryParse("seven hundred watts", out _));
    }

    [Fact]
    public void Energy_of_a_gpu_over_two_hours()
    {
        Assert.Equal(1.4, (Power.FromWatts(700) * Duration.FromHours(2)).KilowattHours, 12);
    }

    [Fact]
    public void Time_to_read_hbm_once()
    {
        Duration step = Information.FromGigabytes(80) / BitRate.FromTerabytesPerSecond(3.35);
        Assert.Equal(23.88, step.Milliseconds, 2);
        Assert.Equal(23.880597, step.Milliseconds, 6);
    }

    [Fact]
    public void Bus_power()
    {
        Power bus = ElectricPotential.FromVolts(800) * ElectricCurrent.FromAmperes(100);
        Assert.Equal(Power.FromKilowatts(80), bus);
    }

    [Fact]
    public void Coolant_outlet_temperature()
    {
        Temperature outlet = Temperature.FromDegreesCelsius(20) + TemperatureDelta.FromKelvins(5);
        Assert.Equal(Temperature.FromDegreesCelsius(25), outlet);
        Assert.Equal(25, outlet.DegreesCelsius);
    }

    [Fact]
    public void Optical_launch_power()
    {
        Power launch = PowerRatio.FromDecibelMilliwatts(0).ToPower();
        Assert.Equal(1, launch.Milliwatts, 12);
        Assert.Equal(1, launch.ToUnit(PowerUnit.Milliwatt).Value, 12);
    }

    [Fact]
    public void The_unitsnet_shaped_members()
    {
        var p = new Power(700, PowerUnit.Watt);
        Assert.Equal(700, p.Value);
        Assert.Equal(PowerUnit.Watt, p.Unit);
        Assert.Equal(0.0007, p.As(PowerUnit.Megawatt), 15);
        Power kw = p.ToUnit(PowerUnit.Kilowatt);
        Assert.Equal(0.7, kw.Value);
        Assert.Equal(PowerUnit.Kilowatt, kw.Unit);
        Assert.Equal(0, Power.Zero.Watts);
        Assert.Equal("Power", Power.Info.Name);
        Assert.Equal(PowerUnit.Watt, Power.BaseUnit);
        Assert.Equal(PowerUnit.Kilowatt, Power.ParseUnit("kW"));
        Assert.Equal("kW", Power.GetAbbreviation(PowerUnit.Kilowatt));
        Assert.Contains(PowerUnit.Megawatt, Power.Info.Units);
        Assert.Equal("700 W", p.ToString());
        Assert.Equal("0.7 kW", kw.ToString());
        Assert.Equal("700.0 W", p.ToString("F1", CultureInfo.InvariantCulture));
        Assert.Equal("700,0 W", p.ToString("F1", CultureInfo.GetCultureInfo("de-DE")));
    }

    [Fact]
    public void Working_with_any_quantity()
    {
        IQuantity q = Power.FromKilowatts(1.2);
        Assert.Equal(1.2, q.Value);
        Assert.Equal(PowerUnit.Kilowatt, q.Unit);
        Assert.Equal("Power", q.QuantityInfo.Name);
        Assert.Equal(1200, q.As(PowerUnit.Watt));

        IQuantity<PowerUnit> typed = Power.FromKilowatts(1.2);
        Assert.Equal(PowerUnit.Kilowatt, typed.Unit);
        Assert.Equal(1200, typed.As(PowerUnit.Watt));
        Assert.Equal(1200, typed.ToUnit(PowerUnit.Watt).Value);

        IQuantity created = Quantity.From(1.2, PowerUnit.Kilowatt);
        Assert.IsType<Power>(created);
        Assert.Equal(Power.FromKilowatts(1.2), created);

        IQuantity parsed = Quantity.Parse(typeof(Power), "700 W");
        Assert.Equal(Power.FromWatts(700), parsed);

        Assert.Equal(1000, UnitConverter.Convert(1, PowerUnit.Kilowatt, PowerUnit.Watt));
        Assert.Equal(1000, UnitConverter.ConvertByName(1, "Power", "Kilowatt", "Watt"));
        Assert.Equal(1000, UnitConverter.ConvertByAbbreviation(1, "Power", "kW", "W"));
        Assert.Equal(Power.FromKilowatts(1.2), Quantity.From(1.2, "Power", "Kilowatt"));
        Assert.Equal(Power.FromKilowatts(1.2), Quantity.FromUnitAbbreviation(1.2, "kW"));
        Assert.Contains("Power", Quantity.Names);
    }

    [Fact]
    public void Comparable_and_formattable()
    {
        IComparable<Power> small = Power.FromWatts(700);
        Assert.True(small.CompareTo(Power.FromKilowatts(1)) < 0);
        IFormattable formattable = Power.FromWatts(700);
        Assert.Equal("700.00 W", formattable.ToString("F2", CultureInfo.InvariantCulture));
        Assert.Equal("Rack: 1.2 kW", $"Rack: {Power.FromKilowatts(1.2)}");
        Assert.Equal("1,234.5 kW", string.Create(CultureInfo.GetCultureInfo("en-US"), $"{Power.FromKilowatts(1234.5):N1}"));

        var sorted = new[] { Power.FromKilowatts(1), Power.FromWatts(700), Power.FromMegawatts(0.0008) }.Order().ToArray();
        Assert.Equal([Power.FromWatts(700), Power.FromMegawatts(0.0008), Power.FromKilowatts(1)], sorted);
        Assert.Equal(Power.FromKilowatts(1), sorted.Max());
    }

    [Fact]
    public void Generic_math()
    {
        Power[] gpus = [Power.FromWatts(700), Power.FromWatts(700), Power.FromKilowatts(1.2)];
        Assert.Equal(Power.FromWatts(2600), Sum(gpus));
        Assert.Equal(Energy.FromKilowattHours(3), Sum([Energy.FromKilowattHours(1), Energy.FromKilowattHours(2)]));
        Assert.Equal(Power.Zero, Sum<Power>([]));
        Assert.Equal(Power.FromWatts(1200), Largest(gpus));
        Assert.Equal(Power.Parse("700 W"), ParseAny<Power>("700 W"));
        Assert.Equal(Temperature.Parse("20 °C"), ParseAny<Temperature>("20 °C"));
        Assert.Equal(Energy.FromJoules(10), Scale(Energy.FromJoules(5), 2));
    }

    [Fact]
    public void Compute_throughput_in_TOPS_and_TFLOPS_is_the_same_unit()
    {
        var tops = ComputeThroughput.Parse("2250 TOPS");
        var tflops = ComputeThroughput.Parse("2250 TFLOPS");
        Assert.Equal(ComputeThroughputUnit.TeraoperationPerSecond, tops.Unit);
        Assert.Equal(ComputeThroughputUnit.TeraoperationPerSecond, tflops.Unit);
        Assert.Equal(tops, tflops);
        Assert.Equal(ComputeThroughput.FromTeraoperationsPerSecond(2250), tops);
        Assert.Equal(2.25, tops.PetaoperationsPerSecond);
        Assert.Equal(ComputeThroughput.FromPetaoperationsPerSecond(2.25), ComputeThroughput.Parse("2.25 PFLOPS"));
        Assert.Equal(ComputeThroughput.FromExaoperationsPerSecond(1), ComputeThroughput.Parse("1 EFLOPS"));
        Assert.Equal("2250 TOPS", tops.ToString());

        ComputeWork work = tops * Duration.FromSeconds(1);
        Assert.Equal(2.25e15, work.Operations);
        Assert.Equal(ComputeWork.Parse("2.25 PFLOP"), work);
    }

    private static T Sum<T>(IEnumerable<T> values)
        where T : IAdditionOperators<T, T, T>, IAdditiveIdentity<T, T>
    {
        var total = T.AdditiveIdentity;
        foreach (var value in values)
        {
            total += value;
        }

        return total;
    }

    private static T Largest<T>(IEnumerable<T> values)
        where T : IComparisonOperators<T, T, bool>, IMinMaxValue<T>
    {
        var largest = T.MinValue;
        foreach (var value in values)
        {
            if (value > largest)
            {
                largest = value;
            }
        }

        return largest;
    }

    private static T ParseAny<T>(string text)
        where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

    private static T Scale<T>(T value, double factor)
        where T : IMultiplyOperators<T, double, T> => value * factor;
}
