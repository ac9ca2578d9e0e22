using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// Each relation of Quantities.relations.json, with numbers worked out by hand: the declared product or quotient
/// and the operators it implies (B × A, R ÷ A, R ÷ B).
/// </summary>
public class RelationOperatorTests
{
    [Fact]
    public void Energy_is_power_times_duration()
    {
        Energy e = Power.FromWatts(700) * Duration.FromHours(2);
        Close(1.4, e.KilowattHours);
        Close(5.04e6, e.Joules);
        Close(1.4, (Duration.FromHours(2) * Power.FromWatts(700)).KilowattHours);
        Close(700, (Energy.FromKilowattHours(1.4) / Duration.FromHours(2)).Watts);
        Close(2, (Energy.FromKilowattHours(1.4) / Power.FromWatts(700)).Hours);
        Close(3.168, (Power.FromKilowatts(132) * Duration.FromDays(1)).MegawattHours);
    }

    [Fact]
    public void Power_is_voltage_times_current()
    {
        Power p = ElectricPotential.FromVolts(800) * ElectricCurrent.FromAmperes(100);
        Assert.Equal(Power.FromKilowatts(80), p);
        Close(80, (ElectricCurrent.FromAmperes(100) * ElectricPotential.FromVolts(800)).Kilowatts);
        Close(100, (Power.FromKilowatts(80) / ElectricPotential.FromVolts(800)).Amperes);
        Close(800, (Power.FromKilowatts(80) / ElectricCurrent.FromAmperes(100)).Volts);
        Close(54, (Power.FromKilowatts(2.7) / ElectricPotential.FromVolts(50)).Amperes);
    }

    [Fact]
    public void Information_is_bit_rate_times_duration()
    {
        Duration t = Information.FromGigabytes(80) / BitRate.FromTerabytesPerSecond(3.35);
        Close(23.880597014925375, t.Milliseconds);
        Close(12.5, (BitRate.FromGigabitsPerSecond(100) * Duration.FromSeconds(1)).Gigabytes);
        Close(12.5, (Duration.FromSeconds(1) * BitRate.FromGigabitsPerSecond(100)).Gigabytes);
        Close(100, (Information.FromGigabytes(12.5) / Duration.FromSeconds(1)).GigabitsPerSecond);
        Close(3.35, (Information.FromGigabytes(80) / Duration.FromMilliseconds(23.880597014925375)).TerabytesPerSecond);
    }

    [Fact]
    public void Bit_rate_is_information_times_frequency()
    {
        Close(8, (Information.FromBytes(1) * Frequency.FromGigahertz(1)).GigabitsPerSecond);
        Close(8, (Frequency.FromGigahertz(1) * Information.FromBytes(1)).GigabitsPerSecond);
        Close(1, (BitRate.FromGigabitsPerSecond(8) / Information.FromBytes(1)).Gigahertz);
        Close(64, (BitRate.FromGigabitsPerSecond(64) / Frequency.FromGigahertz(1)).Bits);
    }

    [Fact]
    public void Area_is_length_times_length()
    {
        Area a = Length.FromMeters(1) * Length.FromMeters(2);
        Assert.Equal(Area.FromSquareMeters(2), a);
        Close(2, (Area.FromSquareMeters(2) / Length.FromMeters(1)).Meters);
        Close(62.5, (Length.FromMillimeters(50) * Length.FromMillimeters(125)).SquareCentimeters);
    }

    [Fact]
    public void Volume_is_area_times_length()
    {
        Close(6, (Area.FromSquareMeters(2) * Length.FromMeters(3)).CubicMeters);
        Close(6, (Length.FromMeters(3) * Area.FromSquareMeters(2)).CubicMeters);
        Close(3, (Volume.FromCubicMeters(6) / Area.FromSquareMeters(2)).Meters);
        Close(2, (Volume.FromCubicMeters(6) / Length.FromMeters(3)).SquareMeters);
    }

    [Fact]
    public void Volume_is_volume_flow_times_duration()
    {
        Close(1800, (VolumeFlow.FromLitersPerMinute(30) * Duration.FromHours(1)).Liters);
        Close(1.8, (Duration.FromHours(1) * VolumeFlow.FromLitersPerMinute(30)).CubicMeters);
        Close(30, (Volume.FromLiters(1800) / Duration.FromHours(1)).LitersPerMinute);
        Close(1, (Volume.FromLiters(1800) / VolumeFlow.FromLitersPerMinute(30)).Hours);
    }

    [Fact]
    public void Mass_is_density_times_volume()
    {
        Close(997, (Density.FromKilogramsPerCubicMeter(997) * Volume.FromCubicMeters(1)).Kilograms);
        Close(1.07, (Volume.FromLiters(1) * Density.FromGramsPerCubicCentimeter(1.07)).Kilograms);
        Close(1000, (Mass.FromKilograms(1000) / Volume.FromCubicMeters(1)).KilogramsPerCubicMeter);
        Close(2, (Mass.FromKilograms(2000) / Density.FromKilogramsPerCubicMeter(1000)).CubicMeters);
    }

    [Fact]
    public void Mass_is_mass_flow_times_duration()
    {
        Close(3.6, (MassFlow.FromKilogramsPerSecond(1) * Duration.FromHours(1)).Tonnes);
        Close(3.6, (Duration.FromHours(1) * MassFlow.FromKilogramsPerSecond(1)).Tonnes);
        Close(1, (Mass.FromTonnes(3.6) / Duration.FromHours(1)).KilogramsPerSecond);
        Close(1, (Mass.FromTonnes(3.6) / MassFlow.FromKilogramsPerSecond(1)).Hours);
    }

    [Fact]
    public void Mass_flow_is_volume_flow_times_density()
    {
        Close(1, (VolumeFlow.FromLitersPerSecond(1) * Density.FromKilogramsPerCubicMeter(1000)).KilogramsPerSecond);
        Close(1, (Density.FromKilogramsPerCubicMeter(1000) * VolumeFlow.FromLitersPerSecond(1)).KilogramsPerSecond);
        Close(1, (MassFlow.FromKilogramsPerSecond(1) / VolumeFlow.FromLitersPerSecond(1)).KilogramsPerLiter);
        Close(60, (MassFlow.FromKilogramsPerSecond(1) / Density.FromKilogramsPerLiter(1)).LitersPerMinute);
    }

    [Fact]
    public void Power_is_heat_flux_times_area()
    {
        Close(1000, (HeatFlux.FromWattsPerSquareCentimeter(100) * Area.FromSquareCentimeters(10)).Watts);
        Close(1000, (Area.FromSquareCentimeters(10) * HeatFlux.FromWattsPerSquareCentimeter(100)).Watts);
        Close(100, (Power.FromWatts(1000) / Area.FromSquareCentimeters(10)).WattsPerSquareCentimeter);
        Close(10, (Power.FromWatts(1000) / HeatFlux.FromWattsPerSquareCentimeter(100)).SquareCentimeters);
    }

    [Fact]
    public void Temperature_delta_is_thermal_resistance_times_power()
    {
        Close(35, (ThermalResistance.FromKelvinsPerWatt(0.05) * Power.FromWatts(700)).Kelvins);
        Close(35, (Power.FromWatts(700) * ThermalResistance.FromKelvinsPerWatt(0.05)).Kelvins);
        Close(0.05, (TemperatureDelta.FromKelvins(35) / Power.FromWatts(700)).KelvinsPerWatt);
        Close(700, (TemperatureDelta.FromKelvins(35) / ThermalResistance.FromKelvinsPerWatt(0.05)).Watts);
    }

    [Fact]
    public void Specific_energy_is_specific_heat_capacity_times_temperature_delta()
    {
        SpecificEnergy heat = SpecificHeatCapacity.FromJoulesPerKilogramKelvin(4186) * TemperatureDelta.FromKelvins(10);
        Close(41.86, heat.KilojoulesPerKilogram);
        Close(41.86, (TemperatureDelta.FromKelvins(10) * SpecificHeatCapacity.FromJoulesPerKilogramKelvin(4186)).KilojoulesPerKilogram);
        Close(4186, (SpecificEnergy.FromKilojoulesPerKilogram(41.86) / TemperatureDelta.FromKelvins(10)).JoulesPerKilogramKelvin);
        Close(10, (SpecificEnergy.FromKilojoulesPerKilogram(41.86) / SpecificHeatCapacity.FromJoulesPerKilogramKelvin(4186)).Kelvins);
    }

    [Fact]
    public void Power_is_specific_energy_times_mass_flow()
    {
        // Water at 4186 J/(kg·K), 10 K rise, 0.5 kg/s: 20.93 kW of heat carried away.
        Close(20.93, (SpecificEnergy.FromKilojoulesPerKilogram(41.86) * MassFlow.FromKilogramsPerSecond(0.5)).Kilowatts);
        Close(20.93, (MassFlow.FromKilogramsPerSecond(0.5) * SpecificEnergy.FromKilojoulesPerKilogram(41.86)).Kilowatts);
        Close(41.86, (Power.FromKilowatts(20.93) / MassFlow.FromKilogramsPerSecond(0.5)).KilojoulesPerKilogram);
        Close(0.5, (Power.FromKilowatts(20.93) / SpecificEnergy.FromKilojoulesPerKilogram(41.86)).KilogramsPerSecond);
    }

    [Fact]
    public void Energy_is_specific_energy_times_mass()
    {
        Close(250, (SpecificEnergy.FromWattHoursPerKilogram(250) * Mass.FromKilograms(1)).WattHours);
        Close(2.5, (Mass.FromKilograms(10) * SpecificEnergy.FromWattHoursPerKilogram(250)).KilowattHours);
        Close(250, (Energy.FromKilowattHours(2.5) / Mass.FromKilograms(10)).WattHoursPerKilogram);
        Close(10, (Energy.FromKilowattHours(2.5) / SpecificEnergy.FromWattHoursPerKilogram(250)).Kilograms);
    }

    [Fact]
    public void Compute_work_is_compute_throughput_times_duration()
    {
        Close(3.6, (ComputeThroughput.FromPetaoperationsPerSecond(1) * Duration.FromHours(1)).Exaoperations);
        Close(3.6e18, (Duration.FromHours(1) * ComputeThroughput.FromPetaoperationsPerSecond(1)).Operations);
        Close(1, (ComputeWork.FromExaoperations(3.6) / Duration.FromHours(1)).PetaoperationsPerSecond);
        Close(1, (ComputeWork.FromExaoperations(3.6) / ComputeThroughput.FromPetaoperationsPerSecond(1)).Hours);
    }

    [Fact]
    public void Relation_results_are_in_the_base_unit()
    {
        var e = Power.FromKilowatts(1) * Duration.FromHours(1);
        Assert.Equal(Energy.BaseUnit, e.Unit);
        Assert.Equal(3.6e6, e.Value);
    }

    [Fact]
    public void Every_quantity_divided_by_itself_is_a_plain_number()
    {
        double ratio = Power.FromKilowatts(1) / Power.FromWatts(250);
        Assert.Equal(4, ratio);
        Assert.Equal(8, Information.FromBytes(1) / Information.FromBits(1));
    }

    private static void Close(double expected, double actual, double relative = 1e-12) =>
        Assert.True(
            Math.Abs(expected - actual) <= relative * Math.Abs(expected),
            $"expected {expected:R}, got {actual:R}");
}
