using System.Collections;
using System.Reflection;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using NodaTime;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// Builds values of any registered record by reflection over its properties, so that a new spec property is covered
/// with no new test code: a valid value (read from one of <see cref="Entities.ValidDocuments"/>) with one to three
/// slots anywhere inside replaced, or a record built from scratch. Replacements come from pools that hold the
/// ordinary and the hostile: null in every reference slot (a required property, a list, a list item, a map value, a
/// nested record), NaN and infinities, 5e-324 and 1.7976931348623157E+308, quantities made infinite by arithmetic and
/// quantities whose base value overflows, <c>default(Money)</c>, <c>ReportingPeriod.None</c>, undefined enum values
/// (also a figure's bound and map keys), figure lines of 0 and below, figures with null corrections, dates in the
/// Julian calendar, long strings, astral characters and unpaired surrogates.
/// </summary>
internal sealed class RandomEntities(Random random)
{
    /// <summary>How deep a record built from scratch nests other records.</summary>
    private const int MaxDepth = 3;

    private static readonly Dictionary<Type, IReadOnlyList<object>> s_samples = LoadSamples();

    private static readonly string[] Strings =
    [
        "a", "chip-a", "x", "A", "nvidia-h100-sxm", "2025-Q3", string.Empty, " ", "🔌", "a😀b", "\u00e9\u0301", "°C m³",
        "line\nbreak", "tab\tand \"quote\" and \\", "\u0000nul", "\u2028\u2029\u0085", "<script>&</script>", "\uFEFFbom",
        new string('x', 10_000), string.Concat(Enumerable.Repeat("😀", 3_000)),
    ];

    /// <summary>Text that is not Unicode text: half of a surrogate pair, alone or misplaced.</summary>
    private static readonly string[] BrokenStrings = ["\uD800", "a\uDC00b", "\uDBFF\uDBFF", "end\uD83D", "\uDE00\uD83D"];

    private static readonly double[] Numbers =
    [
        0, -0.0, 1, -1, 0.5, 3.25, 1e-9, 1e15, 42, 5e-324, -5e-324, double.Epsilon, 1.7976931348623157E+308,
        -1.7976931348623157E+308, 2.2250738585072014E-308, 9007199254740993, double.NaN, double.PositiveInfinity, double.NegativeInfinity,
    ];

    private static readonly long[] Integers = [0, 1, -1, 2, 16, 100, 1_000_000, long.MaxValue, long.MinValue, 9007199254740993];

    private static readonly int?[] Lines = [null, null, 1, 12, int.MaxValue, 0, -1, int.MinValue];

    /// <summary>A value of the record <paramref name="type"/>: usually a valid one with a few slots replaced, sometimes one built from scratch.</summary>
    public object Entity(Type type) =>
        random.Next(8) switch
        {
            0 => Sample(type),
            1 => Build(type, 0),
            _ => Mutate(Sample(type), 1 + random.Next(3)),
        };

    /// <summary>A valid value of the record, read from one of its valid documents.</summary>
    private object Sample(Type type)
    {
        var samples = s_samples[type];
        return samples[random.Next(samples.Count)];
    }

    /// <summary>The record with <paramref name="count"/> slots, each at any depth, replaced.</summary>
    private object Mutate(object entity, int count)
    {
        for (var i = 0; i < count; i++)
        {
            entity = MutateOne(entity, 0);
        }

        return entity;
    }

    private object MutateOne(object entity, int depth)
    {
        var properties = Properties(entity.GetType());
        if (properties.Length == 0)
        {
            return entity;
        }

        var property = properties[random.Next(properties.Length)];
        var current = property.GetValue(entity);
        var replacement = random.Next(3) == 0 || current is null ? Value(property.PropertyType, depth) : MutateValue(property.PropertyType, current, depth);
        return With(entity, property, replacement);
    }

    /// <summary>The value with something inside replaced: an item of a list, a value of a map, a part of a figure, a slot of a record.</summary>
    private object? MutateValue(Type type, object current, int depth)
    {
        if (IsEntity(type) && depth < MaxDepth)
        {
            return MutateOne(current, depth + 1);
        }

        if (ListItem(type) is { } itemType && current is IList list && list.Count > 0)
        {
            var items = Array.CreateInstance(itemType, list.Count);
            list.CopyTo(items, 0);
            var index = random.Next(items.Length);
            items.SetValue(items.GetValue(index) is { } item && random.Next(2) == 0 ? MutateValue(itemType, item, depth + 1) : Value(itemType, depth + 1), index);
            return items;
        }

        if (MapTypes(type) is var (keyType, valueType) && current is IEnumerable entries)
        {
            var map = NewMap(keyType, valueType);
            foreach (var entry in entries)
            {
                map[entry.GetType().GetProperty("Key")!.GetValue(entry)!] = entry.GetType().GetProperty("Value")!.GetValue(entry);
            }

            map[Key(keyType)] = Value(valueType, depth + 1);
            return map;
        }

        if (FigureValue(type) is { } figureType)
        {
            return MutateFigure(figureType, current);
        }

        return Value(type, depth);
    }

    /// <summary>A random value of <paramref name="type"/>, hostile ones included.</summary>
    public object? Value(Type type, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return random.Next(4) == 0 ? null : Value(underlying, depth);
        }

        if (!type.IsValueType && random.Next(12) == 0)
        {
            return null;
        }

        if (type == typeof(string))
        {
            return random.Next(8) == 0 ? BrokenStrings[random.Next(BrokenStrings.Length)] : Strings[random.Next(Strings.Length)];
        }

        if (type == typeof(double))
        {
            return Numbers[random.Next(Numbers.Length)];
        }

        if (type == typeof(long))
        {
            return Integers[random.Next(Integers.Length)];
        }

        if (type == typeof(bool))
        {
            return random.Next(2) == 0;
        }

        if (type.IsEnum)
        {
            return EnumValue(type);
        }

        if (typeof(IQuantity).IsAssignableFrom(type))
        {
            return QuantityValue(type);
        }

        if (type == typeof(Money))
        {
            return MoneyValue();
        }

        if (type == typeof(ReportingPeriod))
        {
            return PeriodValue();
        }

        if (type == typeof(LocalDate))
        {
            return DateValue();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(UnitPrice<,>))
        {
            // Writable prices, and the unwritable kinds: default (no currency) and a unit its quantity does not define.
            var unitType = type.GetGenericArguments()[1];
            var units = Enum.GetValues(unitType);
            var unit = random.Next(12) == 0 ? Enum.ToObject(unitType, 999) : units.GetValue(random.Next(units.Length))!;
            var money = random.Next(10) == 0 ? default(Money) : (Money)MoneyValue();
            return money.Currency.IsNone ? Activator.CreateInstance(type)! : Activator.CreateInstance(type, money, unit)!;
        }

        if (type == typeof(Period))
        {
            // Writable periods, and the unwritable kinds: a time part, a negative field, a field beyond its digits.
            return random.Next(8) switch
            {
                0 => Period.FromHours(1 + random.Next(48)),
                1 => new PeriodBuilder { Years = 1, Days = -1 - random.Next(30) }.Build(),
                2 => Period.FromYears(10_000),
                3 => Period.Zero,
                _ => new PeriodBuilder
                {
                    Years = random.Next(3) == 0 ? 0 : random.Next(10_000),
                    Months = random.Next(2) == 0 ? 0 : random.Next(100_000),
                    Weeks = random.Next(3) == 0 ? random.Next(1_000_000) : 0,
                    Days = random.Next(2) == 0 ? 0 : random.Next(10_000_000),
                }.Build(),
            };
        }

        if (type == typeof(YearMonth))
        {
            return random.Next(6) switch
            {
                0 => new YearMonth(2025, 9, CalendarSystem.Julian),
                1 => new YearMonth(-9998, 1),
                2 => new YearMonth(9999, 12),
                _ => new YearMonth(1990 + random.Next(60), 1 + random.Next(12)),
            };
        }

        if (s_unitsNetCounterparts.TryGetValue(type, out var libraryType))
        {
            return UnitsNetValue(type, libraryType);
        }

        if (FigureValue(type) is { } figureType)
        {
            return Figure(figureType, Value(figureType, depth), random.Next(3) == 0 ? null : Value(figureType, depth));
        }

        if (ListItem(type) is { } itemType)
        {
            var items = Array.CreateInstance(itemType, random.Next(5) == 0 ? 0 : 1 + random.Next(3));
            for (var i = 0; i < items.Length; i++)
            {
                items.SetValue(Value(itemType, depth + 1), i);
            }

            return items;
        }

        if (MapTypes(type) is var (keyType, valueType))
        {
            var map = NewMap(keyType, valueType);
            for (var i = random.Next(4); i > 0; i--)
            {
                map[Key(keyType)] = Value(valueType, depth + 1);
            }

            return map;
        }

        if (IsEntity(type))
        {
            return depth >= MaxDepth || random.Next(3) > 0 ? Sample(type) : Build(type, depth + 1);
        }

        throw new NotSupportedException($"No random values of {type}: add them to RandomEntities.");
    }

    /// <summary>A record with every property given a random value.</summary>
    private object Build(Type type, int depth)
    {
        var entity = Sample(type);
        foreach (var property in Properties(type))
        {
            entity = With(entity, property, Value(property.PropertyType, depth));
        }

        return entity;
    }

    private object EnumValue(Type type)
    {
        var values = Enum.GetValues(type);
        return random.Next(8) == 0 ? Enum.ToObject(type, random.Next(2) == 0 ? 999 : -1) : values.GetValue(random.Next(values.Length))!;
    }

    private object Key(Type keyType) => random.Next(10) == 0 ? Enum.ToObject(keyType, 77) : EnumValue(keyType);

    private object QuantityValue(Type type)
    {
        var info = Quantity.GetInfo(type);
        var unit = info.UnitInfos[random.Next(info.UnitInfos.Count)].UntypedValue;
        var number = Numbers[random.Next(Numbers.Length)];
        IQuantity quantity = Quantity.TryFrom(double.IsFinite(number) ? number : 1, unit, out var made) ? made : info.Zero;
        return random.Next(10) switch
        {
            // Arithmetic follows IEEE: a product or a quotient can be infinite or NaN, or overflow only in the base unit.
            0 => Multiply(quantity, double.PositiveInfinity),
            1 => Multiply((IQuantity)Multiply(quantity, 0), double.NaN),
            2 when info.UnitInfos.MaxBy(u => u.ConversionFactor) is { ConversionFactor: > 10 } large
                && Quantity.TryFrom(1e308 / large.ConversionFactor, large.UntypedValue, out var nearLimit) => Multiply(nearLimit, 10),
            _ => quantity,
        };
    }

    /// <summary>Each UnitsNet quantity (a property type of a spec in "unitsNet" mode) and the library quantity that converts to it.</summary>
    private static readonly Dictionary<Type, Type> s_unitsNetCounterparts = typeof(Quantity).Assembly.GetTypes()
        .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IUnitsNetConvertible<,>)).Select(i => (UnitsNet: i.GetGenericArguments()[1], Library: t)))
        .ToDictionary(p => p.UnitsNet, p => p.Library);

    /// <summary>
    /// A UnitsNet value: a random library value converted (those UnitsNet cannot hold, such as NaN, become zero), or now
    /// and then one the library has no value for (a UnitsNet.Length of 1E+306 km is beyond a double in metres).
    /// </summary>
    private object UnitsNetValue(Type type, Type libraryType)
    {
        if (type == typeof(UnitsNet.Length) && random.Next(8) == 0)
        {
            return UnitsNet.Length.FromKilometers(1e306);
        }

        var quantity = QuantityValue(libraryType);
        object?[] arguments = [null];
        return (bool)libraryType.GetMethod("TryToUnitsNet")!.Invoke(quantity, arguments)! ? arguments[0]! : Activator.CreateInstance(type)!;
    }

    /// <summary>The quantity times <paramref name="factor"/>, as its * operator gives it; itself for one without (an affine temperature).</summary>
    private static object Multiply(IQuantity quantity, double factor) =>
        quantity.GetType().GetMethod("op_Multiply", [quantity.GetType(), typeof(double)]) is { } multiply ? multiply.Invoke(null, [quantity, factor])! : quantity;

    private object MoneyValue()
    {
        Currency[] currencies = [Currency.Usd, Currency.Cny, Currency.Eur, Currency.Jpy];
        var currency = currencies[random.Next(currencies.Length)];
        return random.Next(9) switch
        {
            0 => default(Money),
            1 => new Money(decimal.MaxValue, currency),
            2 => new Money(decimal.MinValue, currency),
            3 => new Money(0.0000000000000000000000000001m, currency),
            4 => new Money(1.50m, currency),
            5 => new Money(new decimal(0, 0, 0, true, 3), currency),
            _ => new Money(random.Next(-1_000_000, 1_000_000) / 100m, currency),
        };
    }

    private object PeriodValue() => random.Next(8) switch
    {
        0 => ReportingPeriod.None,
        1 => ReportingPeriod.CalendarQuarter(ReportingPeriod.MinYear, 1),
        2 => ReportingPeriod.FiscalYear(ReportingPeriod.MaxYear, new FiscalCalendar(7, FiscalYearNaming.StartYear)),
        3 => ReportingPeriod.FiscalQuarter(2026, 4, new FiscalCalendar(2)),
        4 => ReportingPeriod.YearToDate(2025, 3),
        5 => ReportingPeriod.CalendarHalf(2026, 2),
        _ => ReportingPeriod.CalendarYear(1990 + random.Next(60)),
    };

    private object DateValue() => random.Next(7) switch
    {
        0 => new LocalDate(2025, 3, 18, CalendarSystem.Julian),
        1 => LocalDate.MinIsoValue,
        2 => LocalDate.MaxIsoValue,
        3 => new LocalDate(-4, 2, 29),
        _ => new LocalDate(2000, 1, 1).PlusDays(random.Next(20_000)),
    };

    /// <summary>A figure of <paramref name="value"/>: plain, or with a bound (undefined ones too), a range, a source, line, note, correction.</summary>
    private object Figure(Type valueType, object? value, object? maximum)
    {
        value ??= Activator.CreateInstance(valueType)!;
        var bound = random.Next(10) == 0 ? (FigureBound)(9 + random.Next(3)) : (FigureBound)random.Next(9);
        if (random.Next(3) == 0)
        {
            bound = FigureBound.Exact;
        }

        var isRange = bound is FigureBound.Range or FigureBound.ApproximateRange;
        maximum = isRange ? maximum ?? value : null;
        var plain = random.Next(3) == 0;
        var correction = random.Next(6) switch
        {
            0 => new FigureCorrection("as written", "why"),
            1 => new FigureCorrection(null!, "why"),
            2 => new FigureCorrection("as written", null!),
            _ => null,
        };
        return NewFigure(
            valueType,
            value,
            bound,
            maximum,
            plain ? null : (string?)Value(typeof(string), 0),
            plain ? null : Lines[random.Next(Lines.Length)],
            !plain && random.Next(4) == 0,
            plain ? null : (string?)Value(typeof(string), 0),
            plain ? null : correction);
    }

    /// <summary>The figure with one part replaced: its value, maximum, bound, source, line, note or correction.</summary>
    private object MutateFigure(Type valueType, object figure)
    {
        var type = figure.GetType();
        object? Get(string name) => type.GetProperty(name)!.GetValue(figure);
        var value = Get("Value")!;
        var bound = (FigureBound)Get("Bound")!;
        var maximum = Get("Maximum");
        var source = (string?)Get("Source");
        var line = (int?)Get("Line");
        var forecast = (bool)Get("IsForecast")!;
        var note = (string?)Get("Note");
        var correction = (FigureCorrection?)Get("Correction");
        switch (random.Next(7))
        {
            case 0:
                value = Value(valueType, 0) ?? value;
                break;
            case 1:
                bound = random.Next(2) == 0 ? (FigureBound)42 : FigureBound.Range;
                maximum = bound == FigureBound.Range ? maximum ?? Value(valueType, 0) ?? value : null;
                break;
            case 2:
                source = (string?)Value(typeof(string), 0);
                break;
            case 3:
                line = Lines[random.Next(Lines.Length)];
                break;
            case 4:
                note = (string?)Value(typeof(string), 0);
                break;
            case 5:
                correction = random.Next(2) == 0 ? new FigureCorrection(null!, null!) : new FigureCorrection((string)Value(typeof(string), 0)!, "checked");
                break;
            default:
                if (bound == FigureBound.Range)
                {
                    maximum = Value(valueType, 0) ?? maximum;
                }

                forecast = !forecast;
                break;
        }

        return NewFigure(valueType, value, bound, maximum, source, line, forecast, note, correction);
    }

    private static object NewFigure(Type valueType, object value, FigureBound bound, object? maximum, string? source, int? line, bool forecast, string? note, FigureCorrection? correction) =>
        typeof(Figure<>).MakeGenericType(valueType).GetConstructors().Single(c => c.GetParameters().Length == 8)
            .Invoke([value, bound, maximum, source, line, forecast, note, correction]);

    /// <summary>A copy of the record with <paramref name="property"/> set, as <c>with</c> makes one.</summary>
    private static object With(object entity, PropertyInfo property, object? value)
    {
        var clone = entity.GetType().GetMethod("<Clone>$")!.Invoke(entity, null)!;
        property.SetValue(clone, value);
        return clone;
    }

    private static PropertyInfo[] Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null && p.Name != "EqualityContract").OrderBy(p => p.MetadataToken).ToArray();

    private static bool IsEntity(Type type) => s_samples.ContainsKey(type);

    private static Type? ListItem(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static (Type Key, Type Value)? MapTypes(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) ? (type.GetGenericArguments()[0], type.GetGenericArguments()[1]) : null;

    private static Type? FigureValue(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Figure<>) ? type.GetGenericArguments()[0] : null;

    private static IDictionary NewMap(Type keyType, Type valueType) =>
        (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(keyType, valueType))!;

    /// <summary>The valid values of every record: its valid documents (catalogue entries, nested values, examples, or one built from its schema), read.</summary>
    private static Dictionary<Type, IReadOnlyList<object>> LoadSamples() =>
        Entities.All.ToDictionary(
            e => e.Type,
            e => (IReadOnlyList<object>)Entities.ValidDocuments[e.Key]
                .Select(d => AiInfraJson.TryDeserialize(e.Type, System.Text.Encoding.UTF8.GetBytes(d.Json), out var value, out var errors)
                    ? value
                    : throw new InvalidOperationException($"A valid document of {e.EntityName} does not read: {string.Join("; ", errors)}"))
                .ToArray());
}
