using System.Reflection;
using System.Text.Json;
using AiInfra.Domain.Quantities;
using UN = UnitsNet;

namespace AiInfra.Domain.Tests.Quantities.WithUnitsNet;

/// <summary>What one unit of a definition file declares about UnitsNet, with prefixes expanded as the generator expands them.</summary>
/// <param name="LibraryUnit">The library's unit name, such as "Kilowatt".</param>
/// <param name="UnitsNetUnit">The UnitsNet unit it is, or null when UnitsNet has none.</param>
/// <param name="Via">When it has none: the UnitsNet unit its values are converted into.</param>
/// <param name="Reason">When it has none: why.</param>
internal sealed record DeclaredUnit(string LibraryUnit, string? UnitsNetUnit, string? Via, string? Reason)
{
    public string Target => UnitsNetUnit ?? Via!;
}

/// <summary>What one definition file declares about UnitsNet.</summary>
internal sealed record DeclaredQuantity(string Name, string FileName, string? UnitsNetQuantity, string? Reason, IReadOnlyList<DeclaredUnit> Units)
{
    public QuantityInfo Info => Quantity.ByName[Name];

    /// <summary>The UnitsNet type, or null when the file says there is none.</summary>
    public Type? UnitsNetType => UnitsNetQuantity is null ? null : typeof(UN.Power).Assembly.GetType("UnitsNet." + UnitsNetQuantity, throwOnError: true);

    /// <summary>The UnitsNet unit enum's type.</summary>
    public Type UnitsNetUnitType => typeof(UN.Power).Assembly.GetType("UnitsNet.Units." + UnitsNetQuantity + "Unit", throwOnError: true)!;

    /// <summary>Whether UnitsNet stores the quantity as a decimal.</summary>
    public bool IsDecimal => UnitsNetType!.GetProperty("Value")!.PropertyType == typeof(decimal);

    public Enum UnitsNetUnit(string name) => (Enum)Enum.Parse(UnitsNetUnitType, name);

    public Enum LibraryUnit(string name) => Info.UnitInfos.Single(u => u.Name == name).UntypedValue;
}

/// <summary>
/// Reads the "unitsNet" declarations of the library's definition files straight from the JSON, independently of the
/// generator, so tests can check the generated conversions and UnitsNet itself against what the files say.
/// </summary>
internal static class UnitsNetDeclarations
{
    private static readonly JsonDocumentOptions s_options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyList<DeclaredQuantity> All { get; } = Read();

    public static IEnumerable<DeclaredQuantity> Mapped => All.Where(q => q.UnitsNetQuantity is not null);

    /// <summary>Calls the generated <c>ToUnitsNet</c> of a library value.</summary>
    public static UN.IQuantity ToUnitsNet(IQuantity value) => (UN.IQuantity)Method(value.GetType(), "ToUnitsNet").Invoke(value, null)!;

    /// <summary>The number of a UnitsNet value, a decimal converted to the nearest double.</summary>
    public static double ValueOf(UN.IQuantity value) =>
        value is UN.IValueQuantity<decimal> decimalValue ? UnitsNetInterop.ToDouble(decimalValue.Value) : (double)value.Value;

    /// <summary>Calls the generated <c>TryToUnitsNet</c> of a library value.</summary>
    public static bool TryToUnitsNet(IQuantity value, out UN.IQuantity? result)
    {
        var arguments = new object?[] { null };
        var ok = (bool)Method(value.GetType(), "TryToUnitsNet").Invoke(value, arguments)!;
        result = ok ? (UN.IQuantity)arguments[0]! : null;
        return ok;
    }

    /// <summary>Calls the generated static <c>FromUnitsNet</c> of <paramref name="libraryType"/>.</summary>
    public static IQuantity FromUnitsNet(Type libraryType, UN.IQuantity value)
    {
        try
        {
            return (IQuantity)libraryType.GetMethod("FromUnitsNet", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [value])!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }

    private static MethodInfo Method(Type type, string name) => type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance)!;

    private static List<DeclaredQuantity> Read()
    {
        var folder = Path.Combine(Paths.RepositoryRoot(), "src", "AiInfra.Domain", "Quantities", "Definitions");
        var result = new List<DeclaredQuantity>();
        foreach (var path in Directory.GetFiles(folder, "*.quantity.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), s_options);
            var root = document.RootElement;
            var name = root.GetProperty("name").GetString()!;
            string? quantity = null, reason = null;
            if (root.TryGetProperty("unitsNet", out var declaration))
            {
                quantity = declaration.ValueKind == JsonValueKind.String ? declaration.GetString() : null;
                reason = declaration.ValueKind == JsonValueKind.Object ? declaration.GetProperty("none").GetString() : null;
            }

            var units = new List<DeclaredUnit>();
            foreach (var unit in root.GetProperty("units").EnumerateArray())
            {
                var singular = unit.GetProperty("singular").GetString()!;
                var own = unit.TryGetProperty("unitsNet", out var u) ? Declared(singular, u) : null;
                if (own is not null)
                {
                    units.Add(own);
                }

                if (!unit.TryGetProperty("prefixes", out var prefixes))
                {
                    continue;
                }

                foreach (var prefix in prefixes.EnumerateArray().Select(p => p.GetString()!))
                {
                    var prefixed = prefix + char.ToLowerInvariant(singular[0]) + singular[1..];
                    if (u.ValueKind == JsonValueKind.Object && u.TryGetProperty("prefixes", out var overrides) && overrides.TryGetProperty(prefix, out var overridden))
                    {
                        units.Add(Declared(prefixed, overridden));
                    }
                    else if (own is not null)
                    {
                        units.Add(own.UnitsNetUnit is { } target
                            ? new DeclaredUnit(prefixed, prefix + char.ToLowerInvariant(target[0]) + target[1..], null, null)
                            : own with { LibraryUnit = prefixed });
                    }
                }
            }

            result.Add(new DeclaredQuantity(name, Path.GetFileName(path), quantity, reason, units));
        }

        return result;
    }

    private static DeclaredUnit Declared(string libraryUnit, JsonElement element) =>
        element.ValueKind == JsonValueKind.String
            ? new DeclaredUnit(libraryUnit, element.GetString(), null, null)
            : element.TryGetProperty("unit", out var unit)
                ? new DeclaredUnit(libraryUnit, unit.GetString(), null, null)
                : new DeclaredUnit(libraryUnit, null, element.GetProperty("via").GetString(), element.GetProperty("none").GetString());
}
