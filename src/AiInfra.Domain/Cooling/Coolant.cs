namespace AiInfra.Domain.Cooling;

using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;

/// <summary>
/// A liquid coolant's properties at its operating temperature: what
/// <see cref="CoolingCalculator.CoolantFlow(Power, Coolant, TemperatureDelta)"/> needs.
/// </summary>
/// <remarks>
/// The catalogue's sources give no coolant properties, so the library ships only <see cref="Water"/>, with
/// textbook values (outside knowledge). For a glycol mix (PG25 and the like) pass the density and specific
/// heat from the coolant's datasheet at its operating temperature: glycol raises the density a little and lowers
/// the specific heat, so it needs more flow than water for the same heat and temperature rise.
/// </remarks>
public sealed record Coolant
{
    /// <summary>Creates a coolant.</summary>
    /// <param name="name">A label, such as <c>"PG25"</c>.</param>
    /// <param name="density">Density at the operating temperature; finite and greater than 0.</param>
    /// <param name="specificHeatCapacity">Specific heat capacity at constant pressure; finite and greater than 0.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="density"/> or <paramref name="specificHeatCapacity"/> is 0 or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="density"/> or <paramref name="specificHeatCapacity"/> is not finite.</exception>
    public Coolant(string name, Density density, SpecificHeatCapacity specificHeatCapacity)
    {
        Name = ArgumentChecks.NotNull(name, nameof(name));
        Density = ArgumentChecks.Positive(density, nameof(density));
        SpecificHeatCapacity = ArgumentChecks.Positive(specificHeatCapacity, nameof(specificHeatCapacity));
    }

    /// <summary>
    /// Liquid water near 25 °C: density 997 kg/m³ and specific heat capacity 4.18 kJ/(kg·K). These are
    /// textbook values for water (not figures from domain/, which has none); between 20 °C and 45 °C water's
    /// density stays within 0.8 % and its specific heat within 0.2 % of them.
    /// </summary>
    public static Coolant Water { get; } = new(
        "water",
        Density.FromKilogramsPerCubicMeter(997),
        SpecificHeatCapacity.FromKilojoulesPerKilogramKelvin(4.18));

    /// <summary>A label for the coolant.</summary>
    public string Name { get; }

    /// <summary>Density ρ at the operating temperature.</summary>
    public Density Density { get; }

    /// <summary>Specific heat capacity c_p at the operating temperature.</summary>
    public SpecificHeatCapacity SpecificHeatCapacity { get; }

    /// <summary>The volumetric heat capacity ρ × c_p, in kJ/(m³·K): how much heat one cubic metre carries per kelvin of rise.</summary>
    public double VolumetricHeatCapacityKilojoulesPerCubicMeterKelvin =>
        Density.KilogramsPerCubicMeter * SpecificHeatCapacity.As(SpecificHeatCapacityUnit.KilojoulePerKilogramKelvin);
}
