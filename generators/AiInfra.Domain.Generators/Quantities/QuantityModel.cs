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
internal sealed record QuantityModel(
    string Name,
    string Description,
    string BaseUnit,
    string? DifferenceQuantity,
    EquatableArray<DimensionModel> Dimensions,
    EquatableArray<UnitModel> Units,
    string FileName,
    LocationInfo NameLocation,
    LocationInfo? DifferenceQuantityLocation = null,
    UnitsNetQuantityMapping? UnitsNet = null)
{
    public bool IsAffine => DifferenceQuantity is not null;

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
