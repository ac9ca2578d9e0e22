using System.Globalization;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Quantities;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>How each kind of spec value appears in generated C#: its type, its reader call and its writer call.</summary>
internal static class CSharpTypes
{
    public const string Readers = RuntimeNames.JsonValueReaders;
    public const string Writers = RuntimeNames.JsonValueWriters;
    public const string Reader = "global::AiInfra.Domain.Serialization.AiInfraJsonReader";
    public const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    public const string Context = RuntimeNames.JsonReadContext;

    public const string Figure = RuntimeNames.Figure;

    public static string TypeOf(ValueModel value) => value.IsFigure ? $"{Figure}<{TypeOf(value.Unwrapped)}>" : value.Kind switch
    {
        ValueKind.String or ValueKind.Reference => "string",
        ValueKind.Boolean => "bool",
        ValueKind.Integer => "long",
        ValueKind.Number => "double",
        ValueKind.Quantity => QuantityType(value),
        ValueKind.Date => "global::NodaTime.LocalDate",
        ValueKind.YearMonth => "global::NodaTime.YearMonth",
        ValueKind.Enum or ValueKind.Entity => value.Target!,
        ValueKind.List => $"global::System.Collections.Generic.IReadOnlyList<{TypeOf(value.Item!)}>",
        ValueKind.Map => $"global::System.Collections.Generic.IReadOnlyDictionary<{value.KeyEnum}, {TypeOf(value.Item!)}>",
        ValueKind.Money => RuntimeNames.Money,
        ValueKind.Period => "global::NodaTime.Period",
        ValueKind.Price => PriceType(value),
        _ => RuntimeNames.ReportingPeriod,
    };

    public static bool IsValueType(ValueModel value) =>
        value.IsFigure || value.Kind is ValueKind.Boolean or ValueKind.Integer or ValueKind.Number or ValueKind.Quantity or ValueKind.Date or ValueKind.YearMonth or ValueKind.Enum or ValueKind.Money or ValueKind.ReportingPeriod or ValueKind.Price;

    /// <summary>The property's quantity type: the UnitsNet type in unitsNet mode where UnitsNet has the quantity, else the library's.</summary>
    public static string QuantityType(ValueModel value) => value.UnitsNet?.FullName ?? LibraryQuantityType(value);

    /// <summary>The library's quantity struct, which reads, writes and checks a value of either type.</summary>
    public static string LibraryQuantityType(ValueModel value) => value.QuantityDefinition!.FullName;

    /// <summary>The type arguments of the runtime's UnitsNet helpers: the library's quantity, its unit, the UnitsNet type.</summary>
    public static string UnitsNetTypeArguments(ValueModel value) => $"<{LibraryQuantityType(value)}, {UnitType(value)}, {value.UnitsNet!.FullName}>";

    /// <summary>The comparer that gives a UnitsNet value (or a figure of them) the library's equality.</summary>
    public static string UnitsNetComparer(ValueModel value) => $"{RuntimeNames.UnitsNetEqualityComparer}<{LibraryQuantityType(value)}, {value.UnitsNet!.FullName}>.Instance";

    public static string UnitType(ValueModel value) => value.QuantityDefinition!.UnitFullName;

    /// <summary>The type arguments of a price and of its reader and writer: the library's quantity and its unit.</summary>
    public static string PriceTypeArguments(ValueModel value) => $"<{LibraryQuantityType(value)}, {UnitType(value)}>";

    /// <summary>A price property's type, <c>UnitPrice&lt;Energy, EnergyUnit&gt;</c>.</summary>
    public static string PriceType(ValueModel value) => RuntimeNames.UnitPrice + PriceTypeArguments(value);

    /// <summary>The enum's JSON helper class.</summary>
    public static string EnumHelper(string enumFullName) => enumFullName + "Json";

    /// <summary>A call that reads one value into <paramref name="output"/> and returns whether it succeeded.</summary>
    public static string ReadCall(ValueModel value, string reader, string context, string output) => value.IsFigure
        ? $"{Readers}.TryReadFigure<{TypeOf(value.Unwrapped)}>(ref {reader}, {context}, {FigureValueReader(value)}, out {output})"
        : value.Kind switch
    {
        ValueKind.String or ValueKind.Reference => $"{Readers}.TryReadString(ref {reader}, {context}, out {output})",
        ValueKind.Boolean => $"{Readers}.TryReadBoolean(ref {reader}, {context}, out {output})",
        ValueKind.Integer => $"{Readers}.TryReadInt64(ref {reader}, {context}, out {output})",
        ValueKind.Number => $"{Readers}.TryReadDouble(ref {reader}, {context}, out {output})",
        ValueKind.Quantity when value.UnitsNet is not null => $"{Readers}.TryReadUnitsNetQuantity{UnitsNetTypeArguments(value)}(ref {reader}, {context}, {UnitType(value)}.{value.Unit}, out {output})",
        ValueKind.Quantity => $"{Readers}.TryReadQuantity<{QuantityType(value)}, {UnitType(value)}>(ref {reader}, {context}, {UnitType(value)}.{value.Unit}, out {output})",
        ValueKind.Date => $"{Readers}.TryReadLocalDate(ref {reader}, {context}, out {output})",
        ValueKind.YearMonth => $"{Readers}.TryReadYearMonth(ref {reader}, {context}, out {output})",
        ValueKind.Enum => $"{EnumHelper(value.Target!)}.TryRead(ref {reader}, {context}, out {output})",
        ValueKind.Entity => $"{Readers}.TryReadEntity<{value.Target}>(ref {reader}, {context}, out {output})",
        ValueKind.List => $"{Readers}.TryReadList<{TypeOf(value.Item!)}>(ref {reader}, {context}, static (ref {Reader} r, {Context} c, out {TypeOf(value.Item!)} item) => {ReadCall(value.Item!, "r", "c", "item")}, out {output})",
        ValueKind.Map => $"{Readers}.TryReadMap<{value.KeyEnum}, {TypeOf(value.Item!)}>(ref {reader}, {context}, {EnumHelper(value.KeyEnum!)}.TryParse, {EnumHelper(value.KeyEnum!)}.AllowedValues, static (ref {Reader} r, {Context} c, out {TypeOf(value.Item!)} item) => {ReadCall(value.Item!, "r", "c", "item")}, out {output})",
        ValueKind.Money => $"{Readers}.TryReadMoney(ref {reader}, {context}, out {output})",
        ValueKind.Period => $"{Readers}.TryReadPeriod(ref {reader}, {context}, out {output})",
        ValueKind.Price => $"{Readers}.TryReadUnitPrice{PriceTypeArguments(value)}(ref {reader}, {context}, out {output})",
        _ => $"{Readers}.TryReadReportingPeriod(ref {reader}, {context}, out {output})",
    };

    /// <summary>The box in which a record stores an optional figure (<see cref="PropertyModel.IsFigureOutOfLine"/>).</summary>
    public static string FigureBox(ValueModel figure) => $"global::System.Runtime.CompilerServices.StrongBox<{TypeOf(figure)}>";

    /// <summary>A call that reads a figure into a new box (<see cref="FigureBox"/>) and returns whether it succeeded.</summary>
    public static string ReadFigureBoxCall(ValueModel figure, string reader, string context, string output) =>
        $"{Readers}.TryReadFigureBox<{TypeOf(figure.Unwrapped)}>(ref {reader}, {context}, {FigureValueReader(figure)}, out {output})";

    private static string FigureValueReader(ValueModel figure) =>
        $"static (ref {Reader} fr, {Context} fc, out {TypeOf(figure.Unwrapped)} fv) => {ReadCall(figure.Unwrapped, "fr", "fc", "fv")}";

    /// <summary>A statement that writes one value.</summary>
    public static string WriteCall(ValueModel value, string writer, string expression) => value.IsFigure
        ? $"{Writers}.WriteFigure({writer}, {expression}, static (fw, fv) => {{ {WriteCall(value.Unwrapped, "fw", "fv")} }});"
        : value.Kind switch
    {
        ValueKind.String or ValueKind.Reference => $"{Writers}.WriteString({writer}, {expression});",
        ValueKind.Boolean => $"{writer}.WriteBooleanValue({expression});",
        ValueKind.Integer => $"{writer}.WriteNumberValue({expression});",
        ValueKind.Number => $"{Writers}.WriteDouble({writer}, {expression});",
        ValueKind.Quantity when value.UnitsNet is not null => $"{Writers}.WriteUnitsNetQuantity{UnitsNetTypeArguments(value)}({writer}, {expression});",
        ValueKind.Quantity => $"{Writers}.WriteQuantity<{QuantityType(value)}, {UnitType(value)}>({writer}, {expression});",
        ValueKind.Date => $"{Writers}.WriteLocalDate({writer}, {expression});",
        ValueKind.YearMonth => $"{Writers}.WriteYearMonth({writer}, {expression});",
        ValueKind.Enum => $"{EnumHelper(value.Target!)}.Write({writer}, {expression});",
        ValueKind.Entity => $"{Writers}.WriteEntity({writer}, {expression});",
        ValueKind.List => $"{Writers}.WriteList({writer}, {expression}, static (w, item) => {{ {WriteCall(value.Item!, "w", "item")} }});",
        ValueKind.Map => $"{Writers}.WriteMap({writer}, {expression}, {EnumHelper(value.KeyEnum!)}.ToJson, {EnumHelper(value.KeyEnum!)}.Compare, static (w, item) => {{ {WriteCall(value.Item!, "w", "item")} }});",
        ValueKind.Money => $"{Writers}.WriteMoney({writer}, {expression});",
        ValueKind.Period => $"{Writers}.WritePeriod({writer}, {expression});",
        ValueKind.Price => $"{Writers}.WriteUnitPrice{PriceTypeArguments(value)}({writer}, {expression});",
        _ => $"{Writers}.WriteReportingPeriod({writer}, {expression});",
    };

    /// <summary>A C# expression for a literal of the value's type (a default or a bound).</summary>
    public static string Literal(ValueModel value, LiteralModel literal) => value.Kind switch
    {
        ValueKind.Integer => ((long)literal.Number).ToString(CultureInfo.InvariantCulture) + "L",
        ValueKind.Number => QuantityEmitter.Literal(literal.Number),
        ValueKind.Quantity => $"{LibraryQuantityType(value)}.From({QuantityEmitter.Literal(literal.QuantityValue)}, {UnitType(value)}.{literal.QuantityUnit}){(value.UnitsNet is null ? string.Empty : ".ToUnitsNet()")}",
        ValueKind.Boolean => literal.BooleanValue == true ? "true" : "false",
        ValueKind.String or ValueKind.Reference => Identifiers.StringLiteral(literal.StringValue ?? string.Empty),
        ValueKind.Date => $"global::NodaTime.Text.LocalDatePattern.Iso.Parse({Identifiers.StringLiteral(literal.StringValue ?? string.Empty)}).Value",
        ValueKind.YearMonth => $"global::NodaTime.Text.YearMonthPattern.Iso.Parse({Identifiers.StringLiteral(literal.StringValue ?? string.Empty)}).Value",
        ValueKind.Enum => $"{value.Target}.{literal.EnumMember}",
        ValueKind.Period => PeriodLiteral(literal.StringValue ?? string.Empty),
        _ => "default!",
    };

    /// <summary>
    /// A C# expression for the NodaTime period <paramref name="text"/> (already checked by <see cref="AiInfra.Domain.Parsing.IsoPeriodText"/>),
    /// built field by field so that it is the value the runtime's reader makes of the same text.
    /// </summary>
    public static string PeriodLiteral(string text)
    {
        AiInfra.Domain.Parsing.IsoPeriodText.TryParse(text, out var fields, out _);
        return string.Format(CultureInfo.InvariantCulture, "new global::NodaTime.PeriodBuilder {{ Years = {0}, Months = {1}, Weeks = {2}, Days = {3} }}.Build()", fields[0], fields[1], fields[2], fields[3]);
    }
}
