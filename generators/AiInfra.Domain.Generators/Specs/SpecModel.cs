using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Quantities;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>The kinds of value a spec property can hold.</summary>
internal enum ValueKind
{
    String,
    Boolean,
    Integer,
    Number,
    Quantity,
    Date,
    YearMonth,
    Enum,
    Entity,
    Reference,
    List,
    Map,
    Money,
    ReportingPeriod,
    Period,
    Price,
}

/// <summary>
/// The names a spec file gives the kinds of value in "type", each paired with its kind: the table, not the order of
/// <see cref="ValueKind"/>'s members, says which name is which kind.
/// </summary>
internal static class ValueKinds
{
    private static readonly (string Name, ValueKind Kind)[] Table =
    {
        ("string", ValueKind.String),
        ("boolean", ValueKind.Boolean),
        ("integer", ValueKind.Integer),
        ("number", ValueKind.Number),
        ("quantity", ValueKind.Quantity),
        ("date", ValueKind.Date),
        ("yearMonth", ValueKind.YearMonth),
        ("enum", ValueKind.Enum),
        ("entity", ValueKind.Entity),
        ("reference", ValueKind.Reference),
        ("list", ValueKind.List),
        ("map", ValueKind.Map),
        ("money", ValueKind.Money),
        ("reportingPeriod", ValueKind.ReportingPeriod),
        ("period", ValueKind.Period),
        ("price", ValueKind.Price),
    };

    /// <summary>Every name, in the table's order, as the message of an unknown type lists them.</summary>
    public static readonly string Listed = string.Join(", ", System.Linq.Enumerable.Select(Table, entry => entry.Name));

    /// <summary>The kind a spec names with <paramref name="name"/> (ordinal, case-sensitive); false for any other text.</summary>
    public static bool TryParse(string name, out ValueKind kind)
    {
        foreach (var entry in Table)
        {
            if (entry.Name == name)
            {
                kind = entry.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The name a spec gives <paramref name="kind"/>.</summary>
    public static string Name(ValueKind kind)
    {
        foreach (var entry in Table)
        {
            if (entry.Kind == kind)
            {
                return entry.Name;
            }
        }

        throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "A kind without a name in the table.");
    }
}

/// <summary>A bound or default written in the spec, already checked and converted for emission.</summary>
/// <param name="Number">The value as a number: for a quantity, in the property's declared unit.</param>
/// <param name="Text">The value as the spec wrote it (for messages and docs).</param>
/// <param name="QuantityUnit">For a quantity, the unit enum member the literal was written in.</param>
/// <param name="QuantityValue">For a quantity, the number in <paramref name="QuantityUnit"/>.</param>
internal sealed record LiteralModel(double Number, string Text, string? QuantityUnit = null, double QuantityValue = 0, string? StringValue = null, bool? BooleanValue = null, string? EnumMember = null);

/// <summary>The type of a value and the constraints on it (for a property, a list item or a map value).</summary>
/// <param name="TargetLocation">Where the spec names <c>Target</c> (or a map's <c>KeyEnum</c>), for diagnostics; removed before emission.</param>
/// <param name="QuantityDefinition">For a quantity, its definition (namespace, units), without file positions.</param>
/// <param name="UnitsNet">
/// For a quantity in a spec file in <c>"quantityTypes": "unitsNet"</c> mode whose quantity UnitsNet has: the UnitsNet type
/// the property is generated with; null for the library's own type.
/// </param>
internal sealed record ValueModel(
    ValueKind Kind,
    string? Quantity,
    string? Unit,
    string? UnitAbbreviation,
    string? Target,
    string? KeyEnum,
    ValueModel? Item,
    LiteralModel? Minimum,
    LiteralModel? Maximum,
    string? Pattern,
    int MinLength,
    int MaxLength,
    int MinItems,
    int MaxItems,
    bool UniqueItems,
    bool IsFigure = false,
    LocationInfo? TargetLocation = null,
    QuantityModel? QuantityDefinition = null,
    UnitsNetTypeModel? UnitsNet = null)
{
    public static ValueModel Of(ValueKind kind) => new(kind, null, null, null, null, null, null, null, null, null, -1, -1, -1, -1, false);

    /// <summary>The same value without the figure wrapper: what a figure's value and maximum are.</summary>
    public ValueModel Unwrapped => this with { IsFigure = false };

    public bool IsCollection => Kind is ValueKind.List or ValueKind.Map;

    /// <summary>The same value with the library's own quantity type: what its checks and bounds are written for.</summary>
    public ValueModel WithLibraryType => this with { UnitsNet = null };
}

/// <summary>The UnitsNet type of a quantity value.</summary>
/// <param name="Name">The UnitsNet quantity (<c>UnitsNet.Power</c> is "Power").</param>
/// <param name="IsDecimal">Whether UnitsNet stores it as a decimal, which cannot hold every double.</param>
internal sealed record UnitsNetTypeModel(string Name, bool IsDecimal)
{
    /// <summary>The type as generated code in any namespace refers to it.</summary>
    public string FullName => "global::UnitsNet." + Name;
}

/// <summary>Which types a spec file's quantity properties have: the library's (the default) or UnitsNet's where UnitsNet has the quantity.</summary>
internal enum QuantityTypes
{
    AiInfra,
    UnitsNet,
}

/// <summary>One property of an entity.</summary>
/// <param name="JsonName">The name in JSON, as written in the spec ("ratedPower").</param>
/// <param name="Name">The C# property name ("RatedPower").</param>
/// <param name="ExamplesJson">Example values, each as compact JSON text.</param>
/// <param name="AtLeastProperty">The JSON name of a sibling property whose value this one must be at least (sparse at least dense).</param>
/// <param name="DefaultLocation">Where the default is written, for diagnostics; removed before emission.</param>
internal sealed record PropertyModel(
    string JsonName,
    string Name,
    string Description,
    ValueModel Value,
    bool Required,
    LiteralModel? Default,
    string? Deprecated,
    EquatableArray<string> ExamplesJson,
    LocationInfo? Location,
    string? AtLeastProperty = null,
    LocationInfo? DefaultLocation = null)
{
    /// <summary>
    /// True for an optional figure without a default: the record stores it out of line, in a box that is null when the
    /// figure is absent (<see cref="RecordEmitter"/>), and the reader reads it into that box (<see cref="JsonEmitter"/>).
    /// </summary>
    public bool IsFigureOutOfLine => Value.IsFigure && !Value.IsCollection && !Required && Default is null;
}

/// <summary>An entity declared in a spec file; becomes a sealed partial record.</summary>
internal sealed record EntityModel(
    string Name,
    string Namespace,
    string Description,
    string? Deprecated,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<string> ExamplesJson,
    string FileName,
    LocationInfo? Location)
{
    /// <summary>The C# name with its namespace, as generated code refers to it.</summary>
    public string FullName => "global::" + Namespace + "." + Name;
}

/// <summary>One value of a spec enum.</summary>
/// <param name="Json">The value as written in JSON ("fp8").</param>
/// <param name="Name">The C# member name ("Fp8").</param>
internal sealed record EnumValueModel(string Json, string Name, string Description, string? Deprecated);

/// <summary>An enum declared in a spec file, or one of the library's that spec files may name; values are written in JSON as strings.</summary>
/// <param name="DeclaredInCode">True for an enum the library declares in C# (<see cref="BuiltInEnums"/>): only its JSON helper is generated.</param>
internal sealed record EnumModel(
    string Name,
    string Namespace,
    string Description,
    EquatableArray<EnumValueModel> Values,
    string FileName,
    LocationInfo? Location,
    bool DeclaredInCode = false)
{
    /// <summary>The C# name with its namespace, as generated code refers to it.</summary>
    public string FullName => "global::" + Namespace + "." + Name;
}

/// <summary>What one spec file declares.</summary>
internal sealed record SpecFileModel(string FilePath, string Namespace, EquatableArray<EnumModel> Enums, EquatableArray<EntityModel> Entities);

/// <summary>What parsing one spec file gave.</summary>
internal sealed record SpecFileResult(SpecFileModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
