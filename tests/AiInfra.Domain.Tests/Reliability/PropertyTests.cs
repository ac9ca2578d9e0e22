using System.Globalization;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Units;
using AiInfra.Domain.Shared;
using AiInfra.Domain.Tests.Specs.Fixtures;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// Property-based tests (FsCheck): laws that must hold for every value, each tried on <see cref="Runs"/> random
/// inputs from a fixed seed (<see cref="Seed"/>), so a run is reproducible; a failure prints its shrunk input.
/// </summary>
public class PropertyTests
{
    /// <summary>Inputs per property.</summary>
    public const int Runs = 300;

    /// <summary>The fixed seed of every property (FsCheck's "seed,gamma").</summary>
    public const string Seed = "20260128,1979";

    private static readonly QuantityInfo[] Infos = Quantity.Infos.ToArray();

    private static (QuantityInfo Info, UnitInfo Unit) Pick(int quantity, int unit)
    {
        var info = Infos[(int)((uint)quantity % Infos.Length)];
        return (info, info.UnitInfos[(int)((uint)unit % info.UnitInfos.Count)]);
    }

    /// <summary>Values from 1e-6 to 1e12 in magnitude, either sign, and zero: the range a catalogue figure takes.</summary>
    private static double Magnitude(NormalFloat value) => Math.Abs(value.Get) < 1e-6 ? 0 : Math.Clamp(value.Get, -1e12, 1e12);

    [Property(MaxTest = Runs, Replay = Seed)]
    public bool ToString_then_Parse_gives_back_the_same_quantity_in_every_unit(int quantity, int unit, NormalFloat value)
    {
        var (info, unitInfo) = Pick(quantity, unit);
        if (!Quantity.TryFrom(value.Get, unitInfo.UntypedValue, out var q))
        {
            // Beyond the unit's range (its value in the base unit would overflow): rejected alike by From and Parse.
            return !Quantity.TryParse(CultureInfo.InvariantCulture, info.ValueType, value.Get.ToString("R", CultureInfo.InvariantCulture) + " " + unitInfo.Abbreviation, out _);
        }

        var text = q.ToString(null, CultureInfo.InvariantCulture);
        var parsed = Quantity.Parse(CultureInfo.InvariantCulture, info.ValueType, text);
        return parsed.Equals(q) && parsed.Unit.Equals(q.Unit) && parsed.Value.Equals(q.Value) && parsed.ToString() == text;
    }

    [Property(MaxTest = Runs, Replay = Seed)]
    public bool Different_values_of_one_unit_are_never_equal_and_order_as_the_values(int quantity, int unit, NormalFloat value, int steps, bool adjacent, NormalFloat other)
    {
        var (_, unitInfo) = Pick(quantity, unit);
        var x = value.Get;
        var y = adjacent ? x + (Math.Abs(steps % 4) * Math.Abs(Math.BitIncrement(x) - x)) : other.Get;
        if (!Quantity.TryFrom(x, unitInfo.UntypedValue, out var a) || !Quantity.TryFrom(y, unitInfo.UntypedValue, out var b))
        {
            return true;
        }

        var compare = ((IComparable)a).CompareTo(b);
        return a.Equals(b) == (x == y) && Math.Sign(compare) == Math.Sign(x.CompareTo(y)) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode());
    }

    [Property(MaxTest = Runs, Replay = Seed)]
    public bool Different_amounts_are_never_equal_across_units_whose_conversion_is_exact(NormalFloat value, int steps, bool adjacent, NormalFloat other)
    {
        // 1 B = 8 bit and 1 KiB = 1024 B exactly, so y B and 8y bit are the same amount, and x B a different one when x != y.
        static double Ordinary(double v) => Math.Abs(v) < 1e-280 ? 0 : Math.Clamp(v, -1e300, 1e300);
        var x = Ordinary(value.Get);
        var y = adjacent ? x + (Math.Abs(steps % 4) * Math.Abs(Math.BitIncrement(x) - x)) : Ordinary(other.Get);
        var bytes = Information.FromBytes(x);
        var bits = Information.FromBits(8 * y);
        var kibibytes = Information.FromKibibytes(y / 1024);
        return (bytes == bits) == (x == y) && (bytes == kibibytes) == (x == y) && bits == kibibytes
            && Math.Sign(bytes.CompareTo(bits)) == Math.Sign(x.CompareTo(y)) && bits.GetHashCode() == kibibytes.GetHashCode();
    }

    [Property(MaxTest = Runs, Replay = Seed)]
    public bool Converting_to_another_unit_and_back_keeps_the_value(int quantity, int from, int to, NormalFloat value)
    {
        var (info, a) = Pick(quantity, from);
        var b = info.UnitInfos[(int)((uint)to % info.UnitInfos.Count)];
        var x = Magnitude(value);
        var there = UnitConverter.Convert(x, a.UntypedValue, b.UntypedValue);
        var back = UnitConverter.Convert(there, b.UntypedValue, a.UntypedValue);
        // Relative to the value, or absolute near zero and for offsets (temperatures), in the unit's own scale.
        var tolerance = 1e-9 * Math.Max(Math.Abs(x), 1) + 1e-9 * Math.Abs(a.ConversionOffset / a.ConversionFactor);
        return Math.Abs(back - x) <= tolerance;
    }

    [Property(MaxTest = Runs, Replay = Seed)]
    public bool Addition_and_subtraction_undo_each_other_and_addition_commutes(NormalFloat a, NormalFloat b, int unitA, int unitB)
    {
        var units = Power.Info.Units;
        var x = Power.From(Magnitude(a), units[(int)((uint)unitA % units.Count)]);
        var y = Power.From(Magnitude(b), units[(int)((uint)unitB % units.Count)]);
        var scale = Math.Max(Math.Abs(x.Watts), Math.Abs(y.Watts));
        var tolerance = Power.FromWatts(1e-9 * Math.Max(scale, 1e-9));
        return (x + y - y).Equals(x, tolerance) && (x + y).Equals(y + x, tolerance) && (x - x).Equals(Power.Zero, tolerance);
    }

    [Property(MaxTest = Runs, Replay = Seed)]
    public bool Scaling_by_a_factor_and_back_keeps_the_value(NormalFloat a, NormalFloat k, int unit)
    {
        var factor = Math.Abs(k.Get) is < 1e-6 or > 1e6 ? 3 : k.Get;
        var units = Information.Info.Units;
        var x = Information.From(Magnitude(a), units[(int)((uint)unit % units.Count)]);
        var tolerance = Information.FromBits(1e-9 * Math.Max(Math.Abs(x.Bits), 1e-9));
        return (x * factor / factor).Equals(x, tolerance) && (factor * x).Equals(x * factor, tolerance) && (x * factor).Unit == x.Unit;
    }

    [Property(MaxTest = Runs, Replay = Seed)]
    public bool CompareTo_Equals_and_GetHashCode_agree(int quantity, int unitA, int unitB, NormalFloat value, bool same)
    {
        var (info, a) = Pick(quantity, unitA);
        var b = info.UnitInfos[(int)((uint)unitB % info.UnitInfos.Count)];
        var x = Quantity.From(Magnitude(value), a.UntypedValue);
        // Half the time the same amount in another unit (equal or a rounding apart), otherwise another amount.
        var y = Quantity.From(same ? x.As(b.UntypedValue) : Magnitude(value) + 1, b.UntypedValue);
        var comparable = (IComparable)x;
        var compare = comparable.CompareTo(y);
        var equal = x.Equals(y);
        return (compare == 0) == equal
            && (!equal || x.GetHashCode() == y.GetHashCode())
            && Math.Sign(compare) == -Math.Sign(((IComparable)y).CompareTo(x))
            && x.Equals(Quantity.From(x.Value, x.Unit)) && x.GetHashCode() == Quantity.From(x.Value, x.Unit).GetHashCode();
    }

    [Property(MaxTest = Runs, Replay = Seed)]
    public bool Money_formats_and_parses_back_to_the_same_amount(long cents, int currency)
    {
        Currency[] currencies = [Currency.Usd, Currency.Cny, Currency.Eur, Currency.Jpy, Currency.Gbp, Currency.Krw, Currency.Twd];
        var money = new Money(cents / 100m, currencies[(int)((uint)currency % currencies.Length)]);
        var text = money.ToString();
        return Money.Parse(text, CultureInfo.InvariantCulture) == money && Money.Parse(text).ToString() == text;
    }

    [Property(MaxTest = Runs, Replay = Seed)]
    public bool Money_addition_commutes_and_subtraction_undoes_it(long a, long b)
    {
        var x = new Money(a / 1000m, Currency.Usd);
        var y = new Money(b / 1000m, Currency.Usd);
        return x + y == y + x && x + y - y == x;
    }

    [Property(MaxTest = Runs, Replay = Seed)]
    public bool Reporting_periods_format_and_parse_back(int kind, int year, int part, int startMonth)
    {
        var y = 1990 + (int)((uint)year % 80);
        var calendar = new FiscalCalendar(1 + (int)((uint)startMonth % 12));
        var period = ((uint)kind % 6) switch
        {
            0 => ReportingPeriod.CalendarQuarter(y, 1 + (int)((uint)part % 4)),
            1 => ReportingPeriod.CalendarHalf(y, 1 + (int)((uint)part % 2)),
            2 => ReportingPeriod.CalendarYear(y),
            3 => ReportingPeriod.YearToDate(y, 1 + (int)((uint)part % 3)),
            4 => ReportingPeriod.FiscalQuarter(y, 1 + (int)((uint)part % 4), calendar),
            _ => ReportingPeriod.FiscalYear(y, calendar),
        };
        var text = period.ToString();
        var parsed = ReportingPeriod.Parse(text, calendar);
        return parsed == period && parsed.ToString() == text && parsed.GetHashCode() == period.GetHashCode();
    }

    /// <summary>Random valid chips of the test spec (every kind of property), written and read back: equal, and the same text again.</summary>
    [Property(MaxTest = Runs, Replay = Seed)]
    public bool A_random_valid_chip_survives_a_JSON_round_trip(PositiveInt tdp, byte dies, NormalFloat yieldValue, bool shipping, int precision, byte clocks, int released, NonNegativeInt ratings, bool withMemory)
    {
        var precisions = Enum.GetValues<Precision>();
        var chip = new Chip
        {
            Id = "chip-" + (uint)tdp.Get % 1000,
            Name = "Chip " + tdp.Get,
            Tdp = Power.FromWatts(1 + tdp.Get % 5000),
            IsShipping = shipping,
            Dies = 1 + dies % 16,
            Yield = Math.Abs(yieldValue.Get) % 1,
            Released = new LocalDate(2000, 1, 1).PlusDays((int)((uint)released % 20000)),
            RampPeriod = new YearMonth(2000 + (int)((uint)released % 50), 1 + (int)((uint)released % 12)),
            BestPrecision = precisions[(int)((uint)precision % precisions.Length)],
            Memory = withMemory ? new Specs.Fixtures.Memory { Capacity = Information.FromGigabytes(1 + dies), Bandwidth = BitRate.FromTerabytesPerSecond(1 + (dies / 10.0)), Stacks = 1 + dies % 12 } : null,
            Ratings = Enumerable.Range(0, ratings.Get % 4)
                .Select(i => new Rating { Precision = precisions[i], Dense = ComputeThroughput.FromTeraoperationsPerSecond(100 * (i + 1)), Sparse = i % 2 == 0 ? ComputeThroughput.FromTeraoperationsPerSecond(200 * (i + 1)) : null })
                .ToArray(),
            Clocks = Enumerable.Range(0, 1 + clocks % 4).Select(i => Frequency.FromMegahertz(1000 + (i * 250.5) + clocks)).ToArray(),
            CoolantInlet = Temperature.FromDegreesCelsius(5 + (dies % 55)),
            Efficiency = Ratio.FromPercent(dies % 101),
        };
        Assert.True(chip.Validate().IsValid, chip.Validate().ToString());
        var json = AiInfraJson.Serialize(chip);
        var back = AiInfraJson.Deserialize<Chip>(json);
        return back == chip && AiInfraJson.Serialize(back) == json;
    }

    /// <summary>A library record with a figure-free shape, from random values: written, read back, equal.</summary>
    [Property(MaxTest = Runs, Replay = Seed)]
    public bool A_random_source_reference_survives_a_JSON_round_trip(NonEmptyString source, PositiveInt line, byte span, string? note)
    {
        var value = new SourceRef { Source = source.Get, Line = line.Get, LineEnd = span % 3 == 0 ? null : line.Get + span, Note = note };
        if (!value.Validate().IsValid || (source.Get + note).Any(char.IsSurrogate))
        {
            return true; // About valid values; invalid ones, and unpaired surrogates (not text), are the fuzz tests' business.
        }

        var json = AiInfraJson.Serialize(value);
        return AiInfraJson.Deserialize<SourceRef>(json) == value;
    }
}
