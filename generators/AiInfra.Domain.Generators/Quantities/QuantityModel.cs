using System.Linq;
using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>One unit of a quantity, with prefixes already expanded: base = value * Factor + Offset.</summary>
internal sealed record UnitModel(
    string Name,
    string PluralName,
    EquatableArray<string> Abbreviations,
    double Factor,
    double Offset,
    string Description,
    UnitsNetUnitMapping? UnitsNet = null)
{
    /// <summary>The abbreviation used when formatting; the others are accepted when parsing.</summary>
    public string DefaultAbbreviation => Abbreviations.Count > 0 ? Abbreviations[0] : string.Empty;
}

/// <summary>A base dimension and its exponent, for example time^-3.</summary>
internal readonly record struct DimensionModel(string Name, int Exponent);

/// <summary>A quantity as declared by one *.quantity.json file.</summary>
/// <param name="DifferenceQuantity">For an affine quantity (a point on a scale), the quantity of differences between two points.</param>
/// <param name="DifferenceQuantityLocation">Where <paramref name="DifferenceQuantity"/> is written, for the diagnostics about it.</param>
/// <param name="UnitsNet">The UnitsNet counterpart the file declares, or null when it says nothing about UnitsNet.</param>
/// <param name="Namespace">
/// The C# namespace of the quantity struct (its unit enum goes in <see cref="UnitsNamespace"/>): the file's
/// "namespace" key, or empty until <see cref="CompilationQuantities.Place"/> gives it the compilation's default.
/// </param>
/// <param name="NameLocation">Where the name is written, for the diagnostics about the quantity; null in the models spec files use.</param>
/// <param name="NamespaceLocation">Where the "namespace" key's value is written, when the file has one.</param>
/// <param name="DisplayScales">The units the readable format ("a") chooses from: one or more scales, each ordered by factor.</param>
internal sealed record QuantityModel(
    string Name,
    string Description,
    string BaseUnit,
    string? DifferenceQuantity,
    EquatableArray<DimensionModel> Dimensions,
    EquatableArray<UnitModel> Units,
    string FileName,
    LocationInfo? NameLocation,
    LocationInfo? DifferenceQuantityLocation = null,
    UnitsNetQuantityMapping? UnitsNet = null,
    string Namespace = "",
    LocationInfo? NamespaceLocation = null,
    EquatableArray<EquatableArray<string>> DisplayScales = default)
{
    public bool IsAffine => DifferenceQuantity is not null;

    /// <summary>
    /// True when every unit is a pure scale factor of the base unit (no offset): conversions and the order float go
    /// through the factor table alone, and the constructor tests its arguments through the base value.
    /// </summary>
    public bool HasScaleFactorsOnly => Units.All(static unit => unit.Offset == 0);

    /// <summary>The namespace of the unit enum: the quantity's namespace followed by ".Units", as UnitsNet's <c>UnitsNet.Units</c>.</summary>
    public string UnitsNamespace => Namespace + ".Units";

    /// <summary>The struct's name as generated code in any namespace refers to it: "global::Namespace.Name", such as Power's in the library.</summary>
    public string FullName => "global::" + Namespace + "." + Name;

    /// <summary>The unit enum's own name: the quantity's name followed by "Unit" (<c>PowerUnit</c>).</summary>
    public string UnitTypeName => UnitTypeNameOf(Name);

    /// <summary>The unit enum's name of the quantity named <paramref name="quantity"/>.</summary>
    public static string UnitTypeNameOf(string quantity) => quantity + "Unit";

    /// <summary>The unit enum's name as generated code in any namespace refers to it.</summary>
    public string UnitFullName => "global::" + UnitsNamespace + "." + UnitTypeName;

    /// <summary>
    /// The same quantity without the positions of its file, for models that spec files use: moving text in a
    /// quantity file then regenerates nothing that depends on it.
    /// </summary>
    public QuantityModel WithoutLocations() =>
        this with
        {
            NameLocation = null,
            DifferenceQuantityLocation = null,
            NamespaceLocation = null,
            UnitsNet = UnitsNet is null ? null : UnitsNet with { Location = null },
            Units = Units.Select(u => u.UnitsNet is null ? u : u with { UnitsNet = u.UnitsNet with { Location = null, ViaLocation = null } }).ToEquatableArray(),
        };

    /// <summary>The path of the file that defines the quantity (its name alone once <see cref="WithoutLocations"/> removed the positions).</summary>
    public string FilePath => NameLocation?.FilePath ?? FileName;

    public UnitModel BaseUnitModel
    {
        get
        {
            foreach (var unit in Units)
            {
                if (unit.Name == BaseUnit)
                {
                    return unit;
                }
            }

            return Units[0];
        }
    }
}

/// <summary>What parsing one quantity file gave: its model (null when it is unusable) and its diagnostics.</summary>
internal sealed record QuantityFileResult(QuantityModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// One declared relation, normalised to a product: <c>Product = Left * Right</c>. A relation written as a
/// quotient (<c>R = A / B</c>) is stored as <c>A = R * B</c>, with <paramref name="IsQuotient"/> set so that messages
/// can speak of it as written.
/// </summary>
internal sealed record RelationModel(string Product, string Left, string Right, string Text, LocationInfo Location, bool IsQuotient = false);

/// <summary>What parsing one relations file gave.</summary>
internal sealed record RelationFileResult(EquatableArray<RelationModel> Relations, EquatableArray<DiagnosticInfo> Diagnostics);
