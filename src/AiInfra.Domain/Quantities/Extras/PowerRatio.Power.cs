using AiInfra.Domain.Quantities.Units;

namespace AiInfra.Domain.Quantities;

public readonly partial struct PowerRatio
{
    /// <summary>The power a level stands for: 0 dBm is 1 mW, 0 dBW is 1 W; P = 1 W × 10^(dBW / 10).</summary>
    /// <returns>The power in watts.</returns>
    public Power ToPower() => Power.FromWatts(Math.Pow(10, DecibelWatts / 10));

    /// <summary>The level of a positive power: dBW = 10 × log10(P / 1 W), expressed in dBm when <paramref name="unit"/> says so.</summary>
    /// <param name="power">A power greater than zero.</param>
    /// <param name="unit">The unit of the result; dBW by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="power"/> is zero or negative, which has no level.</exception>
    public static PowerRatio FromPower(Power power, PowerRatioUnit unit = PowerRatioUnit.DecibelWatt)
    {
        if (!(power.Watts > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(power), power, "Only a power greater than zero has a level in decibels.");
        }

        return FromDecibelWatts(10 * Math.Log10(power.Watts)).ToUnit(unit);
    }
}
