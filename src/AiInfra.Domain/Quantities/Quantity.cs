using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace AiInfra.Domain.Quantities;

/// <summary>
/// Works with any quantity when its type is known only at run time: create one from a unit enum value, parse one
/// for a type, or list every quantity. Names follow UnitsNet's <c>Quantity</c> class.
/// </summary>
/// <remarks>
/// It knows the library's quantities and every quantity a loaded assembly generated from its own
/// <c>*.quantity.json</c> files: that assembly registers them (<see cref="Register{TQuantity, TUnit}"/>) when it
/// loads, so <see cref="From(double, Enum)"/>, <see cref="Parse(Type, string)"/>, <see cref="UnitConverter"/> and
/// <c>AiInfraJson.Options</c> treat them as they treat the library's.
/// </remarks>
public static partial class Quantity
{
    private static readonly object s_registrationLock = new();

    // Replaced whole, never changed, so readers need no lock.
    private static volatile Registry s_registry = Registry.Of(CreateInfos());

    /// <summary>Every quantity, ordered by name (quantities of the same name by their type's full name).</summary>
    public static IReadOnlyList<QuantityInfo> Infos => s_registry.Infos;

    /// <summary>Every quantity's name, ordered.</summary>
    public static IReadOnlyList<string> Names => s_registry.Infos.Select(i => i.Name).ToArray();

    /// <summary>Every quantity by its name ("Power"). When two registered quantities share a name, the first registered keeps it.</summary>
    public static IReadOnlyDictionary<string, QuantityInfo> ByName => s_registry.ByName;

    /// <summary>
    /// Adds a quantity defined outside this library, so that the members of this class, <see cref="UnitConverter"/>,
    /// <c>AiInfraJson.Options</c> and the parsers' messages know it. The module initializer generated from a project's
    /// <c>*.quantity.json</c> files calls it; calling it again for the same quantity does nothing.
    /// </summary>
    /// <typeparam name="TQuantity">The generated quantity struct.</typeparam>
    /// <typeparam name="TUnit">Its unit enum.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="TQuantity"/>'s <c>Info</c> describes another type.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static void Register<TQuantity, TUnit>()
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        var info = TQuantity.Info;
        if (info is null || info.ValueType != typeof(TQuantity) || info.UnitType != typeof(TUnit))
        {
            throw new ArgumentException($"{typeof(TQuantity).Name}.Info does not describe {typeof(TQuantity).Name} with the units {typeof(TUnit).Name}.", nameof(TQuantity));
        }

        lock (s_registrationLock)
        {
            if (!s_registry.ByValueType.ContainsKey(typeof(TQuantity)))
            {
                s_registry = s_registry.With(info);
            }
        }
    }

    /// <summary>Creates the quantity that <paramref name="unit"/> belongs to, such as a Power for <c>PowerUnit.Kilowatt</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is not a unit enum value of this library, or the value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is beyond the unit's range: in the base unit it would not be finite.</exception>
    public static IQuantity From(double value, Enum unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return s_registry.ByUnitType.TryGetValue(unit.GetType(), out var info) && Enum.IsDefined(unit.GetType(), unit)
            ? info.CreateUntyped(QuantityGuard.Finite(value, nameof(value)), unit)
            : throw new ArgumentException($"{unit.GetType().Name}.{unit} is not a unit of any quantity.", nameof(unit));
    }

    /// <summary>
    /// Tries to create the quantity that <paramref name="unit"/> belongs to; false for an unknown unit, a non-finite
    /// value, or a value beyond the unit's range (whose value in the base unit would not be finite).
    /// </summary>
    public static bool TryFrom(double value, Enum? unit, [NotNullWhen(true)] out IQuantity? quantity)
    {
        quantity = null;
        if (unit is null || !s_registry.ByUnitType.TryGetValue(unit.GetType(), out var info) || !Enum.IsDefined(unit.GetType(), unit))
        {
            return false;
        }

        var unitInfo = info.UnitInfos.First(u => u.UntypedValue.Equals(unit));
        if (!QuantityRange.CanHold(unitInfo, value))
        {
            return false;
        }

        quantity = info.CreateUntyped(value, unit);
        return true;
    }

    /// <summary>Creates a quantity from its name and its unit's name, such as <c>From(1.2, "Power", "Kilowatt")</c>.</summary>
    /// <exception cref="ArgumentException">The quantity or unit name is unknown, or the value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is beyond the unit's range: in the base unit it would not be finite.</exception>
    public static IQuantity From(double value, string quantityName, string unitName)
    {
        var info = s_registry.ByName.TryGetValue(quantityName, out var found)
            ? found
            : throw new ArgumentException($"Unknown quantity \"{quantityName}\"; known: {string.Join(", ", Names)}.", nameof(quantityName));
        var unit = info.UnitInfos.FirstOrDefault(u => u.Name == unitName)
            ?? throw new ArgumentException($"\"{unitName}\" is not a unit of {info.Name}; units: {string.Join(", ", info.UnitInfos.Select(u => u.Name))}.", nameof(unitName));
        return info.CreateUntyped(QuantityGuard.Finite(value, nameof(value)), unit.UntypedValue);
    }

    /// <summary>Creates a quantity from a unit abbreviation such as "kW"; the abbreviation must name a unit of exactly one quantity.</summary>
    /// <exception cref="ArgumentException">No quantity, or more than one, has a unit with this abbreviation, or the value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is beyond the unit's range: in the base unit it would not be finite.</exception>
    public static IQuantity FromUnitAbbreviation(double value, string unitAbbreviation)
    {
        var matches = s_registry.Infos
            .SelectMany(i => i.UnitInfos.Where(u => u.Abbreviations.Contains(unitAbbreviation, StringComparer.Ordinal)).Select(u => (Info: i, Unit: u)))
            .ToList();
        return matches.Count switch
        {
            1 => matches[0].Info.CreateUntyped(QuantityGuard.Finite(value, nameof(value)), matches[0].Unit.UntypedValue),
            0 => throw new ArgumentException($"\"{unitAbbreviation}\" is not the abbreviation of any unit.", nameof(unitAbbreviation)),
            _ => throw new ArgumentException($"\"{unitAbbreviation}\" is a unit of {string.Join(" and ", matches.Select(m => m.Info.Name))}; name the quantity.", nameof(unitAbbreviation)),
        };
    }

    /// <summary>Parses a text such as "700 W" as the quantity type <paramref name="quantityType"/>, in the invariant culture.</summary>
    /// <exception cref="ArgumentException"><paramref name="quantityType"/> is not a quantity of this library.</exception>
    /// <exception cref="QuantityFormatException">The text is not a valid quantity of that type.</exception>
    public static IQuantity Parse(Type quantityType, string text) => Parse(null, quantityType, text);

    /// <summary>Parses a text as the quantity type <paramref name="quantityType"/>, reading the number in <paramref name="formatProvider"/>'s culture.</summary>
    /// <inheritdoc cref="Parse(Type, string)"/>
    public static IQuantity Parse(IFormatProvider? formatProvider, Type quantityType, string text) =>
        InfoFor(quantityType).ParseUntyped((text ?? throw new ArgumentNullException(nameof(text))).AsSpan(), formatProvider);

    /// <summary>Tries to parse a text as the quantity type <paramref name="quantityType"/>; never throws for bad text.</summary>
    public static bool TryParse(Type quantityType, string? text, [NotNullWhen(true)] out IQuantity? quantity) =>
        TryParse(null, quantityType, text, out quantity);

    /// <inheritdoc cref="TryParse(Type, string?, out IQuantity?)"/>
    public static bool TryParse(IFormatProvider? formatProvider, Type quantityType, string? text, [NotNullWhen(true)] out IQuantity? quantity)
    {
        quantity = null;
        return text is not null
            && s_registry.ByValueType.TryGetValue(quantityType, out var info)
            && info.TryParseUntyped(text.AsSpan(), formatProvider, out quantity);
    }

    /// <summary>The description of the quantity struct <paramref name="quantityType"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="quantityType"/> is not a quantity of this library.</exception>
    public static QuantityInfo GetInfo(Type quantityType) => InfoFor(quantityType);

    internal static bool TryGetInfoByValueType(Type valueType, [NotNullWhen(true)] out QuantityInfo? info) =>
        s_registry.ByValueType.TryGetValue(valueType, out info);

    internal static bool TryGetInfoByUnitType(Type unitType, [NotNullWhen(true)] out QuantityInfo? info) =>
        s_registry.ByUnitType.TryGetValue(unitType, out info);

    private static QuantityInfo InfoFor(Type quantityType) =>
        s_registry.ByValueType.TryGetValue(quantityType, out var info)
            ? info
            : throw new ArgumentException($"{quantityType.Name} is not a quantity of AiInfra.Domain, nor a registered one.", nameof(quantityType));

    /// <summary>One state of the registry: the quantities and their look-ups, built together.</summary>
    private sealed record Registry(
        QuantityInfo[] Infos,
        Dictionary<string, QuantityInfo> ByName,
        Dictionary<Type, QuantityInfo> ByUnitType,
        Dictionary<Type, QuantityInfo> ByValueType)
    {
        public static Registry Of(QuantityInfo[] infos) => new(
            infos,
            infos.ToDictionary(i => i.Name, StringComparer.Ordinal),
            infos.ToDictionary(i => i.UnitType),
            infos.ToDictionary(i => i.ValueType));

        public Registry With(QuantityInfo info)
        {
            var byName = new Dictionary<string, QuantityInfo>(ByName, StringComparer.Ordinal);
            byName.TryAdd(info.Name, info);
            return new(
                Infos.Append(info).OrderBy(i => i.Name, StringComparer.Ordinal).ThenBy(i => i.ValueType.FullName, StringComparer.Ordinal).ToArray(),
                byName,
                new Dictionary<Type, QuantityInfo>(ByUnitType) { [info.UnitType] = info },
                new Dictionary<Type, QuantityInfo>(ByValueType) { [info.ValueType] = info });
        }
    }
}
