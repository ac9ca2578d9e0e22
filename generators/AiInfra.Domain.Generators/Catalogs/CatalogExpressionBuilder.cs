using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Json;
using AiInfra.Domain.Generators.Quantities;
using AiInfra.Domain.Generators.Specs;
using AiInfra.Domain.Parsing;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Rules;

namespace AiInfra.Domain.Generators.Catalogs;

/// <summary>
/// Turns one catalogue entry (JSON) into a C# expression that builds the record, checking it against the entity's
/// spec as the runtime reader would; every problem is reported with the entry's id, a JSON Pointer and a location.
/// </summary>
internal sealed class CatalogExpressionBuilder
{
    private readonly Dictionary<string, EntityModel> _entities;
    private readonly Dictionary<string, EnumModel> _enums;
    private readonly HashSet<string> _sources;
    private readonly string? _defaultSource;
    private readonly Action<string, TextRange, string> _report;
    private readonly QuantityTable _quantities;

    public CatalogExpressionBuilder(SpecSetModel set, QuantityTable quantities, HashSet<string> sources, string? defaultSource, Action<string, TextRange, string> report)
    {
        _quantities = quantities;
        _entities = set.Entities.ToDictionary(e => e.Entity.FullName, e => e.Entity, StringComparer.Ordinal);
        _enums = set.Enums.ToDictionary(e => e.FullName, StringComparer.Ordinal);
        _sources = sources;
        _defaultSource = defaultSource;
        _report = report;
    }

    /// <summary>A reporter: pointer, location, message (the message starts with the runtime's error code).</summary>
    public CatalogCode Entity(EntityModel entity, LocatedNode node, string pointer)
    {
        if (node is not LocatedObject obj)
        {
            _report(pointer, node.Range, $"value.type: expected a {entity.Name} object, not {node.KindWithArticle}");
            return CatalogCode.Text("null!");
        }

        var assignments = new List<CatalogItem>();
        var byName = entity.Properties.ToDictionary(p => p.JsonName, StringComparer.Ordinal);
        foreach (var property in obj.Properties)
        {
            var path = pointer + "/" + property.Name;
            if (!byName.TryGetValue(property.Name, out var model))
            {
                _report(path, property.NameRange, $"property.unknown: {entity.Name} has no property \"{property.Name}\"");
                continue;
            }

            if (property.Value.Kind == JsonKind.Null)
            {
                _report(path, property.Value.Range, "value.null: null is not allowed; omit an optional property instead");
                continue;
            }

            assignments.Add(new CatalogItem(model.Name + " = ", Value(model.Value, property.Value, path)));
        }

        foreach (var property in entity.Properties.Where(p => p.AtLeastProperty is not null))
        {
            var other = entity.Properties.First(p => p.JsonName == property.AtLeastProperty);
            if (obj.Find(property.JsonName)?.Value is { } lowNode && obj.Find(other.JsonName)?.Value is { } highNode
                && Comparable(property.Value, lowNode) is { } low && Comparable(other.Value, highNode) is { } high && low < high)
            {
                _report(pointer + "/" + property.JsonName, lowNode.Range, $"value.range: {property.JsonName} is below {other.JsonName}; {property.JsonName} is at least {other.JsonName}");
            }
        }

        foreach (var missing in entity.Properties.Where(p => p.Required && obj.Find(p.JsonName) is null))
        {
            _report(pointer + "/" + missing.JsonName, obj.Range, $"property.required: {entity.Name} requires the property \"{missing.JsonName}\"");
        }

        return CatalogCode.Initializer("new " + entity.FullName, assignments.ToArray());
    }

    private CatalogCode Value(ValueModel value, LocatedNode node, string path)
    {
        if (value.IsFigure)
        {
            return Figure(value, node, path);
        }

        switch (value.Kind)
        {
            case ValueKind.String:
            case ValueKind.Reference:
                if (node is not LocatedString s)
                {
                    return WrongType(node, path, "a string");
                }

                CheckString(value, s, path);
                return CatalogCode.Text(Identifiers.StringLiteral(s.Value));
            case ValueKind.Boolean:
                return node.Kind switch
                {
                    JsonKind.True => CatalogCode.Text("true"),
                    JsonKind.False => CatalogCode.Text("false"),
                    _ => WrongType(node, path, "true or false"),
                };
            case ValueKind.Integer:
                if (node is not LocatedNumber integer || !integer.IsFinite || Math.Floor(integer.Value) != integer.Value || Math.Abs(integer.Value) > 9.2e18)
                {
                    return WrongType(node, path, "a whole number that fits 64 bits");
                }

                CheckBounds(value, integer.Value, integer.RawText, node, path);
                return CatalogCode.Text(((long)integer.Value).ToString(CultureInfo.InvariantCulture) + "L");
            case ValueKind.Number:
                if (node is not LocatedNumber number || !number.IsFinite)
                {
                    return WrongType(node, path, "a finite number");
                }

                CheckBounds(value, number.Value, number.RawText, node, path);
                return CatalogCode.Text(QuantityEmitter.Literal(number.Value));
            case ValueKind.Quantity:
                return Quantity(value, node, path);
            case ValueKind.Date:
                if (node is not LocatedString date || !DateTime.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate))
                {
                    return Malformed(node, path, "an ISO date such as \"2025-03-18\"");
                }

                return CatalogCode.Text($"new global::NodaTime.LocalDate({parsedDate.Year}, {parsedDate.Month}, {parsedDate.Day})");
            case ValueKind.YearMonth:
                if (node is not LocatedString yearMonth || !DateTime.TryParseExact(yearMonth.Value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedMonth))
                {
                    return Malformed(node, path, "a year and month such as \"2025-03\"");
                }

                return CatalogCode.Text($"new global::NodaTime.YearMonth({parsedMonth.Year}, {parsedMonth.Month})");
            case ValueKind.Price:
                return Price(value, node, path);
            case ValueKind.Period:
                if (node is not LocatedString periodText)
                {
                    return WrongType(node, path, AiInfra.Domain.Parsing.IsoPeriodText.Description);
                }

                if (!AiInfra.Domain.Parsing.IsoPeriodText.TryParse(periodText.Value, out _, out var periodProblem))
                {
                    return Malformed(node, path, $"{AiInfra.Domain.Parsing.IsoPeriodText.Description} ({periodProblem})");
                }

                return CatalogCode.Text(CSharpTypes.PeriodLiteral(periodText.Value));
            case ValueKind.Enum:
                return EnumMember(value.Target!, node, path);
            case ValueKind.Entity:
                return _entities.TryGetValue(value.Target!, out var nested) ? Entity(nested, node, path) : CatalogCode.Text("null!");
            case ValueKind.List:
                return List(value, node, path);
            case ValueKind.Map:
                return Map(value, node, path);
            case ValueKind.Money:
                if (node is not LocatedString money)
                {
                    return WrongType(node, path, "an amount of money such as \"80 bn USD\"");
                }

                return LiteralPatterns.IsMoney(money.Value)
                    ? CatalogCode.Text($"{RuntimeNames.Money}.Parse({Identifiers.StringLiteral(money.Value)}, global::System.Globalization.CultureInfo.InvariantCulture)")
                    : Malformed(node, path, $"an amount of money such as \"80 bn USD\" (a number, an optional scale word such as k, M, bn or 亿, and one currency), not \"{money.Value}\"");
            default:
                if (node is LocatedString fiscal && fiscal.Value.IndexOf("FY", StringComparison.OrdinalIgnoreCase) >= 0 && fiscal.Value.IndexOf('@') < 0)
                {
                    // A fiscal period means nothing without the company's fiscal calendar, which is never guessed.
                    return Malformed(node, path, "a fiscal period with its calendar after @, such as \"FY2026-Q4@Feb\"");
                }

                if (node is not LocatedString period)
                {
                    return WrongType(node, path, "a reporting period such as \"3Q25\"");
                }

                return LiteralPatterns.IsReportingPeriod(period.Value)
                    ? CatalogCode.Text($"{RuntimeNames.ReportingPeriod}.Parse({Identifiers.StringLiteral(period.Value)}, ({RuntimeNames.FiscalCalendar}?)null)")
                    : Malformed(node, path, $"a reporting period such as \"3Q25\", \"2H26\", \"2025-Q3\" or \"FY2026-Q4@Feb\", not \"{period.Value}\"");
        }
    }

    /// <summary>
    /// A price, "0.12 USD/kWh", checked here at its line: the unit, then the whole text against the schema's pattern
    /// (only an amount a decimal cannot hold is left to the library, as for money).
    /// </summary>
    private CatalogCode Price(ValueModel value, LocatedNode node, string path)
    {
        var quantity = value.QuantityDefinition!;
        var example = "\"1 USD/" + value.UnitAbbreviation + "\"";
        if (node is not LocatedString price || price.Value.IndexOf('/') is var slash && slash <= 0)
        {
            return node is LocatedString
                ? Malformed(node, path, $"a price per unit of {quantity.Name}: money, '/' and a unit, such as {example}")
                : WrongType(node, path, $"a price such as {example}");
        }

        var unitText = price.Value.Substring(slash + 1).Trim();
        // The unit as the quantity grammar reads it (exactly, or in another case when unambiguous), as UnitPrice.Parse does.
        if (unitText.Length == 0 || !QuantityTable.TryRead(quantity, "1 " + unitText, out _, out _, out _))
        {
            _report(path, node.Range, $"value.format: \"{unitText}\" after the '/' is not a unit of {quantity.Name}; units: {QuantityTable.UnitList(quantity)}");
            return CatalogCode.Text("default!");
        }

        if (!LiteralPatterns.IsPrice(quantity, price.Value))
        {
            return Malformed(node, path, $"a price per unit of {quantity.Name} such as {example}: \"{price.Value.Substring(0, slash).Trim()}\" before the '/' is not an amount of money");
        }

        return CatalogCode.Text($"{CSharpTypes.PriceType(value)}.Parse({Identifiers.StringLiteral(price.Value)}, global::System.Globalization.CultureInfo.InvariantCulture)");
    }

    private CatalogCode Quantity(ValueModel value, LocatedNode node, string path)
    {
        var quantity = value.QuantityDefinition!;
        var declared = quantity.Units.First(u => u.Name == value.Unit);
        double number;
        UnitModel unit;
        var failure = default(ParseFailure<QuantityParseError>);
        if (node is LocatedNumber bare && bare.IsFinite)
        {
            (number, unit) = (bare.Value, declared);
        }
        else if (node is LocatedString text && QuantityTable.TryRead(quantity, text.Value, out number, out unit, out failure))
        {
        }
        else if (node is LocatedString other && failure.Error == QuantityParseError.UnknownUnit)
        {
            var otherUnit = QuantityTable.PartOf(other.Value, failure);
            var owners = _quantities.QuantitiesWithUnit(otherUnit, quantity.Name).ToList();
            _report(path, node.Range, owners.Count > 0
                ? $"quantity.dimension: \"{otherUnit}\" is a unit of {string.Join(" and ", owners)}, not of {quantity.Name}; units: {QuantityTable.UnitList(quantity)}"
                : $"quantity.unit: \"{otherUnit}\" is not a unit of {quantity.Name}; units: {QuantityTable.UnitList(quantity)}");
            return CatalogCode.Text("default");
        }
        else
        {
            return Malformed(node, path, $"a {quantity.Name} such as \"1 {declared.DefaultAbbreviation}\"");
        }

        CheckBounds(value, QuantityTable.Convert(number, unit, declared), node is LocatedString t ? t.Value : number.ToString("R", CultureInfo.InvariantCulture), node, path);
        if (value.UnitsNet is not null)
        {
            // A spec in "unitsNet" mode: the library's value, converted as the reader converts it; what UnitsNet cannot hold
            // is the error the reader gives, at build time instead of when the catalogue is first used.
            if (UnitsNetTypes.CannotHold(value, number, unit) is { } cannotHold)
            {
                _report(path, node.Range, $"value.range: {(node is LocatedString s ? s.Value : number.ToString("R", CultureInfo.InvariantCulture))} {cannotHold}");
                return CatalogCode.Text("default");
            }

            return CatalogCode.Text($"{CSharpTypes.LibraryQuantityType(value)}.From({QuantityEmitter.Literal(number)}, {CSharpTypes.UnitType(value)}.{unit.Name}).ToUnitsNet()");
        }

        return CatalogCode.Text($"{CSharpTypes.QuantityType(value)}.From({QuantityEmitter.Literal(number)}, {CSharpTypes.UnitType(value)}.{unit.Name})");
    }

    private CatalogCode Figure(ValueModel value, LocatedNode node, string path)
    {
        var inner = value.Unwrapped;
        var type = $"{CSharpTypes.Figure}<{CSharpTypes.TypeOf(inner)}>";
        var source = _defaultSource;
        if (node is not LocatedObject obj)
        {
            ReportSourceProblem(path, node.Range, null);
            return CatalogCode.Call("new " + type, Value(inner, node, path), CatalogCode.Text("source: " + Literal(source)));
        }

        var known = new HashSet<string>(FigureVocabulary.Keys, StringComparer.Ordinal);
        foreach (var key in obj.Properties.Where(p => !known.Contains(p.Name)))
        {
            _report(path + "/" + key.Name, key.NameRange, $"property.unknown: a figure has no key \"{key.Name}\"");
        }

        string? Text(string key) => obj.Find(key)?.Value is LocatedString s ? s.Value : null;
        var bound = obj.Find(FigureVocabulary.Min) is not null ? FigureBound.Range : FigureBound.Exact;
        if (Text(FigureVocabulary.Bound) is { } boundText && !FigureVocabulary.TryParseBound(boundText, out bound))
        {
            _report(path + "/" + FigureVocabulary.Bound, obj.Find(FigureVocabulary.Bound)!.Value.Range, $"value.enum: \"{boundText}\" is not a bound");
            bound = FigureBound.Exact;
        }

        if (Text(FigureVocabulary.Source) is { } explicitSource)
        {
            ReportSourceProblem(path + "/" + FigureVocabulary.Source, obj.Find(FigureVocabulary.Source)!.Value.Range, explicitSource);
            source = explicitSource;
        }
        else
        {
            ReportSourceProblem(path, obj.Range, null);
        }

        CatalogCode lower, maximum = CatalogCode.Text("null");
        if (FigureVocabulary.IsRange(bound))
        {
            if (obj.Find(FigureVocabulary.Min) is not { } min || obj.Find(FigureVocabulary.Max) is not { } max || obj.Find(FigureVocabulary.Value) is not null)
            {
                _report(path, obj.Range, "property.required: a range has \"min\" and \"max\" and no \"value\"");
                return CatalogCode.Text("default");
            }

            lower = Value(inner, min.Value, path + "/" + FigureVocabulary.Min);
            maximum = Value(inner, max.Value, path + "/" + FigureVocabulary.Max);
            if (min.Value is LocatedNumber a && max.Value is LocatedNumber b && a.Value > b.Value)
            {
                _report(path, obj.Range, "value.range: the range's min is above its max");
            }
        }
        else if (obj.Find(FigureVocabulary.Value) is { } single && obj.Find(FigureVocabulary.Min) is null && obj.Find(FigureVocabulary.Max) is null)
        {
            lower = Value(inner, single.Value, path + "/" + FigureVocabulary.Value);
        }
        else
        {
            _report(path, obj.Range, "property.required: a figure has \"value\", or \"min\" and \"max\" with the bound \"range\" or \"approximateRange\"");
            return CatalogCode.Text("default");
        }

        var line = obj.Find(FigureVocabulary.Line)?.Value is LocatedNumber n && n.IsFinite && n.Value >= 1 && Math.Floor(n.Value) == n.Value ? ((int)n.Value).ToString(CultureInfo.InvariantCulture) : "null";
        if (obj.Find(FigureVocabulary.Line) is { } lineNode && line == "null")
        {
            _report(path + "/" + FigureVocabulary.Line, lineNode.Value.Range, "value.range: a line number is a whole number of at least 1");
        }

        var forecast = obj.Find(FigureVocabulary.Forecast)?.Value.Kind == JsonKind.True ? "true" : "false";
        var correction = "null";
        if (obj.Find(FigureVocabulary.Corrected) is { } corrected)
        {
            if (corrected.Value is LocatedObject c && c.Find(FigureVocabulary.Original)?.Value is LocatedString original && c.Find(FigureVocabulary.Reason)?.Value is LocatedString reason)
            {
                correction = $"new {RuntimeNames.FigureCorrection}({Identifiers.StringLiteral(original.Value)}, {Identifiers.StringLiteral(reason.Value)})";
            }
            else
            {
                _report(path + "/" + FigureVocabulary.Corrected, corrected.Value.Range, "property.required: a correction is an object with the strings \"original\" and \"reason\"");
            }
        }

        return CatalogCode.Call(
            "new " + type,
            lower,
            CatalogCode.Text($"global::{typeof(FigureBound).FullName}.{bound}"),
            maximum,
            CatalogCode.Text(Literal(source)),
            CatalogCode.Text(line),
            CatalogCode.Text(forecast),
            CatalogCode.Text(Literal(Text(FigureVocabulary.Note))),
            CatalogCode.Text(correction));
    }

    private void ReportSourceProblem(string path, TextRange range, string? source)
    {
        if (CatalogRules.FigureSourceProblem(source, _sources, _defaultSource) is { } problem)
        {
            _report(path, range, CatalogRules.MissingFigureSource.Code + ": " + problem);
        }
    }

    /// <summary>A numeric value in the property's declared unit (a figure's stated value or lower end), or null.</summary>
    private static double? Comparable(ValueModel value, LocatedNode node)
    {
        if (value.IsFigure && node is LocatedObject figure)
        {
            node = figure.Find(FigureVocabulary.Value)?.Value ?? figure.Find(FigureVocabulary.Min)?.Value ?? node;
        }

        if (value.Kind == ValueKind.Quantity)
        {
            var quantity = value.QuantityDefinition!;
            var declared = quantity.Units.First(u => u.Name == value.Unit);
            if (node is LocatedNumber bare && bare.IsFinite)
            {
                return bare.Value;
            }

            return node is LocatedString text && QuantityTable.TryRead(quantity, text.Value, out var number, out var unit, out _)
                ? QuantityTable.Convert(number, unit, declared)
                : null;
        }

        return node is LocatedNumber n && n.IsFinite ? n.Value : null;
    }

    private CatalogCode List(ValueModel value, LocatedNode node, string path)
    {
        if (node is not LocatedArray array)
        {
            return WrongType(node, path, "an array");
        }

        if (value.MinItems >= 0 && array.Items.Count < value.MinItems)
        {
            _report(path, node.Range, $"items.min: there are {array.Items.Count} items; at least {value.MinItems} are required");
        }

        if (value.MaxItems >= 0 && array.Items.Count > value.MaxItems)
        {
            _report(path, node.Range, $"items.max: there are {array.Items.Count} items; at most {value.MaxItems} are allowed");
        }

        var items = array.Items.Select((item, i) => new CatalogItem(string.Empty, Value(value.Item!, item, path + "/" + i.ToString(CultureInfo.InvariantCulture)))).ToArray();
        if (value.UniqueItems)
        {
            var texts = array.Items.Select(LocatedNodeText.ToCompactJson).ToList();
            for (var i = 1; i < texts.Count; i++)
            {
                if (texts.IndexOf(texts[i]) < i)
                {
                    _report(path + "/" + i.ToString(CultureInfo.InvariantCulture), array.Items[i].Range, "items.unique: the item repeats an earlier one");
                }
            }
        }

        return CatalogCode.Initializer($"new {CSharpTypes.TypeOf(value.Item!)}[]", items);
    }

    private CatalogCode Map(ValueModel value, LocatedNode node, string path)
    {
        if (node is not LocatedObject obj)
        {
            return WrongType(node, path, "an object");
        }

        var entries = new List<CatalogItem>();
        foreach (var property in obj.Properties)
        {
            var key = EnumMemberOf(value.KeyEnum!, property.Name);
            if (key is null)
            {
                _report(path + "/" + property.Name, property.NameRange, $"value.enum: \"{property.Name}\" is not a key of this map");
                continue;
            }

            entries.Add(new CatalogItem($"[{key}] = ", Value(value.Item!, property.Value, path + "/" + property.Name)));
        }

        return CatalogCode.Initializer($"new global::System.Collections.Generic.Dictionary<{value.KeyEnum}, {CSharpTypes.TypeOf(value.Item!)}>", entries.ToArray());
    }

    private CatalogCode EnumMember(string enumName, LocatedNode node, string path)
    {
        if (node is not LocatedString s)
        {
            return WrongType(node, path, "a string");
        }

        var member = EnumMemberOf(enumName, s.Value);
        if (member is null)
        {
            var allowed = _enums.TryGetValue(enumName, out var model) ? string.Join(", ", model.Values.Select(v => "\"" + v.Json + "\"")) : string.Empty;
            _report(path, node.Range, $"value.enum: \"{s.Value}\" is not one of {allowed}");
            return CatalogCode.Text("default");
        }

        return CatalogCode.Text(member);
    }

    private string? EnumMemberOf(string enumName, string json) =>
        _enums.TryGetValue(enumName, out var model) && model.Values.FirstOrDefault(v => v.Json == json) is { } value
            ? enumName + "." + value.Name
            : null;

    private void CheckString(ValueModel value, LocatedString s, string path)
    {
        foreach (var (code, message) in StringConstraints.Problems(value, s.Value))
        {
            _report(path, s.Range, code + ": " + message);
        }
    }

    private void CheckBounds(ValueModel value, double number, string text, LocatedNode node, string path)
    {
        if (value.Minimum is { } min && number < min.Number)
        {
            _report(path, node.Range, $"value.range: {text} is below the minimum of {min.Text}");
        }

        if (value.Maximum is { } max && number > max.Number)
        {
            _report(path, node.Range, $"value.range: {text} is above the maximum of {max.Text}");
        }
    }

    private CatalogCode WrongType(LocatedNode node, string path, string expected)
    {
        _report(path, node.Range, $"value.type: expected {expected}, not {node.KindWithArticle}");
        return CatalogCode.Text("default!");
    }

    private CatalogCode Malformed(LocatedNode node, string path, string expected)
    {
        _report(path, node.Range, $"value.format: expected {expected}");
        return CatalogCode.Text("default!");
    }

    private static string Literal(string? text) => text is null ? "null" : Identifiers.StringLiteral(text);
}
