namespace AiInfra.Domain.Economics;

using AiInfra.Domain.Quantities;
using LocalDate = NodaTime.LocalDate;
using NodaPeriod = NodaTime.Period;

/// <summary>What a cost per token needs. Nothing has a default: the catalogue's sources give no electricity
/// tariff, PUE or utilisation to default to.</summary>
public sealed record ServingCostInput
{
    /// <summary>The capital cost of what produces <see cref="Throughput"/> (accelerators, servers, network, or a
    /// whole site); 0 or more.</summary>
    public required Money Capex { get; init; }

    /// <summary>The period the capex is written off over, straight line to no residual value; greater than 0.
    /// From a NodaTime period use <see cref="ServingCost.DepreciationPeriod(NodaPeriod, LocalDate)"/>.</summary>
    public required Duration DepreciationPeriod { get; init; }

    /// <summary>The average power drawn at the meter over the period, idle time included (multiply an IT power
    /// by the PUE to charge the site's overhead); finite and 0 or more.</summary>
    public required Power Power { get; init; }

    /// <summary>The electricity price per kilowatt-hour, in the currency of <see cref="Capex"/>; 0 or more.</summary>
    public required Money ElectricityPricePerKilowattHour { get; init; }

    /// <summary>Tokens per second while serving; greater than 0.</summary>
    public required TokenThroughput Throughput { get; init; }

    /// <summary>The share of the period spent serving at <see cref="Throughput"/>; greater than 0 and at most 100 %.</summary>
    public required Ratio Utilisation { get; init; }
}

/// <summary>A cost per million tokens and its parts.</summary>
/// <param name="CapexPerHour">Capex / depreciation period in hours.</param>
/// <param name="EnergyCostPerHour">Power in kW × price per kWh.</param>
/// <param name="TokensPerHour">Throughput × 3,600 s × utilisation.</param>
/// <param name="EnergyPerMillionTokens">Power × 1 h / tokens per hour × 10⁶.</param>
/// <param name="CapexPerMillionTokens">Capex per hour / tokens per hour × 10⁶.</param>
/// <param name="EnergyCostPerMillionTokens">Energy cost per hour / tokens per hour × 10⁶.</param>
public sealed record ServingCostResult(
    Money CapexPerHour,
    Money EnergyCostPerHour,
    double TokensPerHour,
    Energy EnergyPerMillionTokens,
    Money CapexPerMillionTokens,
    Money EnergyCostPerMillionTokens)
{
    /// <summary>Capex plus energy per million tokens.</summary>
    public Money TotalPerMillionTokens => CapexPerMillionTokens + EnergyCostPerMillionTokens;
}

/// <summary>
/// Cost per million tokens from capex written off straight line, electricity and utilisation:
/// cost per hour = capex / period (h) + P (kW) × price per kWh; tokens per hour = throughput × 3,600 × utilisation;
/// cost per million tokens = cost per hour / tokens per hour × 10⁶. There is no opex term: the catalogue's sources
/// do not quantify one.
/// </summary>
/// <remarks>Capex and power accrue over the whole period; tokens only over the utilised share. Money is computed in
/// <see cref="decimal"/> from the double-valued quantities (about 15 significant digits) and not rounded: round
/// for display with <c>Math.Round(result.TotalPerMillionTokens.Amount, 4)</c>. No financing cost, residual value,
/// maintenance or staff.</remarks>
public static class ServingCost
{
    private const decimal TokensPerMillion = 1_000_000m;

    /// <summary>The cost per million tokens and its capex and energy parts.</summary>
    /// <param name="input">The costs, the throughput and the utilisation.</param>
    /// <returns>Costs in the currency of <see cref="ServingCostInput.Capex"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range (see <see cref="ServingCostInput"/>), or the
    /// result is too large or too small for <see cref="decimal"/>.</exception>
    /// <exception cref="ArgumentException">A value is not finite, a Money has no currency, or the two currencies differ.</exception>
    public static ServingCostResult PerMillionTokens(ServingCostInput input)
    {
        ArgumentChecks.NotNull(input, nameof(input));
        CheckMoney(input.Capex, nameof(input.Capex));
        CheckMoney(input.ElectricityPricePerKilowattHour, nameof(input.ElectricityPricePerKilowattHour));
        if (input.ElectricityPricePerKilowattHour.Currency != input.Capex.Currency)
        {
            throw new ArgumentException(
                $"{nameof(input.ElectricityPricePerKilowattHour)} must be in the currency of {nameof(input.Capex)} ({input.Capex.Currency}); it was in {input.ElectricityPricePerKilowattHour.Currency}. Convert one of them first: the library never exchanges currencies.",
                nameof(input.ElectricityPricePerKilowattHour));
        }

        ArgumentChecks.Positive(input.DepreciationPeriod, nameof(input.DepreciationPeriod));
        ArgumentChecks.NonNegative(input.Power, nameof(input.Power));
        ArgumentChecks.Positive(input.Throughput, nameof(input.Throughput));
        ArgumentChecks.PositiveFraction(input.Utilisation, nameof(input.Utilisation));

        var currency = input.Capex.Currency;
        var hours = ToDecimal(input.DepreciationPeriod.Hours, nameof(input.DepreciationPeriod));
        var tokensPerHour = input.Throughput.TokensPerSecond * 3600 * input.Utilisation.DecimalFractions;
        var millionsPerHour = ToDecimal(tokensPerHour / 1e6, nameof(input.Throughput));
        if (millionsPerHour == 0 || hours == 0)
        {
            throw new ArgumentOutOfRangeException(millionsPerHour == 0 ? nameof(input.Throughput) : nameof(input.DepreciationPeriod),
                "Throughput × utilisation and the depreciation period must be large enough to count in decimal (at least 1e-22 million tokens per hour and 1e-22 h).");
        }

        try
        {
            var capexPerHour = input.Capex.Amount / hours;
            var energyPerHour = ToDecimal(input.Power.Kilowatts, nameof(input.Power)) * input.ElectricityPricePerKilowattHour.Amount;
            return new ServingCostResult(
                Money.Of(capexPerHour, currency),
                Money.Of(energyPerHour, currency),
                tokensPerHour,
                Energy.FromKilowattHours(input.Power.Kilowatts / (tokensPerHour / 1e6)),
                Money.Of(capexPerHour / millionsPerHour, currency),
                Money.Of(energyPerHour / millionsPerHour, currency));
        }
        catch (OverflowException e)
        {
            throw new ArgumentOutOfRangeException($"The cost per million tokens does not fit in a decimal; check {nameof(input.Capex)}, {nameof(input.Throughput)} and {nameof(input.DepreciationPeriod)}.", e);
        }
    }

    /// <summary>
    /// The length of a calendar period starting on a date, for straight-line depreciation: the time from
    /// <paramref name="start"/> (midnight) to <paramref name="start"/> + <paramref name="period"/>. Years and months
    /// have no fixed length (1 year from 2024-01-01 is 366 days, from 2025-01-01 365; 1 month is 28 to 31
    /// days), so the start date fixes them.
    /// </summary>
    /// <param name="period">The period, such as <c>Period.FromYears(4)</c>; must end after it starts.</param>
    /// <param name="start">The first day of depreciation.</param>
    /// <returns>The length, in days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The period is zero or negative from <paramref name="start"/>, or ends after 9999-12-31 (or before -9998-01-01),
    /// the calendar's last (first) date.
    /// </exception>
    public static Duration DepreciationPeriod(NodaPeriod period, LocalDate start)
    {
        ArgumentChecks.NotNull(period, nameof(period));
        if (!TryDepreciationPeriod(period, start, out var length))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period.ToString(), $"{nameof(period)} from {start:uuuu-MM-dd} {OutsideCalendar}; it was {period}.");
        }

        return length.TotalSeconds > 0
            ? Duration.FromDays(length.TotalDays)
            : throw new ArgumentOutOfRangeException(nameof(period), period.ToString(), $"{nameof(period)} must be longer than zero from {start:uuuu-MM-dd}; it was {period}.");
    }

    /// <summary>The words of the error for a period that ends outside the calendar (<see cref="TryDepreciationPeriod"/> false).</summary>
    internal const string OutsideCalendar = "ends outside the calendar, which holds -9998-01-01 to 9999-12-31";

    /// <summary>
    /// The time from <paramref name="start"/> (midnight) to <paramref name="start"/> + <paramref name="period"/>, of any
    /// sign; false when the period ends outside the calendar (NodaTime's dates), where it has no length to measure.
    /// </summary>
    internal static bool TryDepreciationPeriod(NodaPeriod period, LocalDate start, out NodaTime.Duration length)
    {
        var from = start.AtMidnight();
        NodaTime.LocalDateTime to;
        try
        {
            to = from + period;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            // NodaTime offers no Try form of adding a period; its dates end at 9999-12-31.
            length = NodaTime.Duration.Zero;
            return false;
        }

        length = to.InUtc().ToInstant() - from.InUtc().ToInstant();
        return true;
    }

    /// <summary>
    /// The length of a period of fixed-length units (weeks, days, hours and smaller; a week is 7 days and a day 24
    /// hours). A period with years or months needs a start date: use <see cref="DepreciationPeriod(NodaPeriod, LocalDate)"/>.
    /// </summary>
    /// <param name="period">The period, such as <c>Period.FromDays(1461)</c>; longer than zero.</param>
    /// <returns>The length, in days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The period has years or months.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period is zero or negative, or longer than NodaTime's <c>Duration.MaxValue</c> (16,777,216 days).</exception>
    public static Duration DepreciationPeriod(NodaPeriod period)
    {
        ArgumentChecks.NotNull(period, nameof(period));
        if (period.Years != 0 || period.Months != 0)
        {
            throw new ArgumentException(
                $"{nameof(period)} must have no years or months, which have no fixed length; it was {period}. Pass a start date to fix them.",
                nameof(period));
        }

        NodaTime.Duration length;
        try
        {
            length = period.ToDuration();
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period.ToString(), $"{nameof(period)} is longer than NodaTime's Duration holds (16,777,216 days); it was {period}.");
        }

        return length.TotalSeconds > 0
            ? Duration.FromDays(length.TotalDays)
            : throw new ArgumentOutOfRangeException(nameof(period), period.ToString(), $"{nameof(period)} must be longer than zero; it was {period}.");
    }

    private static void CheckMoney(Money money, string name)
    {
        if (money.Currency.IsNone)
        {
            throw new ArgumentException($"{name} must have a currency; it was default(Money).", name);
        }

        if (money.Amount < 0)
        {
            throw new ArgumentOutOfRangeException(name, money.ToString(), $"{name} must be 0 or more; it was {money}.");
        }
    }

    private static decimal ToDecimal(double value, string name)
    {
        try
        {
            return (decimal)value;
        }
        catch (OverflowException e)
        {
            throw new ArgumentOutOfRangeException($"{name} gives {value:R}, which does not fit in a decimal.", e);
        }
    }
}
