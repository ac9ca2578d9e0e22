namespace AiInfra.Domain.Quantities;

/// <summary>
/// The exponents of the base dimensions of a quantity, such as length^2 mass time^-3 for power. Beside the
/// seven SI dimensions there are three counted ones this library needs: information (bits), operations and tokens.
/// Two instances are equal when every exponent is.
/// </summary>
/// <param name="Length">Exponent of length (metre).</param>
/// <param name="Mass">Exponent of mass (kilogram).</param>
/// <param name="Time">Exponent of time (second).</param>
/// <param name="Current">Exponent of electric current (ampere).</param>
/// <param name="Temperature">Exponent of thermodynamic temperature (kelvin).</param>
/// <param name="Amount">Exponent of amount of substance (mole).</param>
/// <param name="LuminousIntensity">Exponent of luminous intensity (candela).</param>
/// <param name="Information">Exponent of information (bit).</param>
/// <param name="Operations">Exponent of counted operations (OP, FLOP).</param>
/// <param name="Tokens">Exponent of counted tokens.</param>
public sealed record BaseDimensions(
    int Length = 0,
    int Mass = 0,
    int Time = 0,
    int Current = 0,
    int Temperature = 0,
    int Amount = 0,
    int LuminousIntensity = 0,
    int Information = 0,
    int Operations = 0,
    int Tokens = 0)
{
    /// <summary>No dimension at all, as for a ratio.</summary>
    public static BaseDimensions Dimensionless { get; } = new();

    /// <summary>True when every exponent is zero.</summary>
    public bool IsDimensionless => this == Dimensionless;
}
