using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Provenance;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// Emits an entity's JSON Schema (draft 2020-12): closed objects, required properties, enums as strings,
/// quantities as a number in the declared unit (with bounds) or a string with a unit, annotated with
/// "x-aiinfra-quantity" and "x-aiinfra-unit"; nested entities and enums under "$defs". Its "$schema" is the library's
/// dialect (<see cref="MetaSchemaId"/>), which declares the "x-aiinfra-*" keywords as a vocabulary.
/// </summary>
internal static class SchemaEmitter
{
    /// <summary>
    /// The "$id" of the meta-schema in Schemas/aiinfra.meta.schema.json: draft 2020-12 with the x-aiinfra-* annotation
    /// keywords (a test checks that the two agree, and that every keyword emitted here is declared there).
    /// </summary>
    public const string MetaSchemaId = "urn:aiinfra:schema:meta:2020-12";

    /// <summary>
    /// An ISO 8601 calendar date, as NodaTime's ISO pattern reads it: four-digit years, and days that exist in their month,
    /// 29 February only in leap years (every fourth year, but of the centuries only every fourth).
    /// </summary>
    internal const string DatePattern =
        "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))" +
        "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$";

    /// <summary>Writes the entity's JSON Schema into its generated file (<see cref="EntityFileEmitter"/>).</summary>
    public static void Write(SourceWriter w, EntityEmitModel model)
    {
        var entity = model.Entity;
        w.OpenBlock($"namespace {entity.Namespace}");
        w.OpenBlock($"partial record {entity.Name}");
        w.Line("/// <summary>The JSON Schema (draft 2020-12) of this record, as indented JSON.</summary>");
        w.Line($"private const string {GeneratedMembers.SchemaText} = {Identifiers.StringLiteral(Build(model))};");
        w.CloseBlock();
        w.CloseBlock();
    }

    public static string Build(EntityEmitModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", MetaSchemaId);
            writer.WriteString("$id", $"urn:aiinfra:schema:{model.Entity.Namespace}.{model.Entity.Name}");
            WriteEntityBody(writer, model.Entity, model.Entity);
            if (model.NestedEntities.Count > 0 || model.Enums.Count > 0)
            {
                writer.WriteStartObject("$defs");
                foreach (var nested in model.NestedEntities)
                {
                    writer.WriteStartObject(nested.Name);
                    WriteEntityBody(writer, nested, model.Entity);
                    writer.WriteEndObject();
                }

                foreach (var e in model.Enums)
                {
                    writer.WriteStartObject(e.Name);
                    writer.WriteString("title", e.Name);
                    if (e.Description.Length > 0)
                    {
                        writer.WriteString("description", e.Description);
                    }

                    writer.WriteString("type", "string");
                    writer.WriteStartArray("enum");
                    foreach (var value in e.Values)
                    {
                        writer.WriteStringValue(value.Json);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n");
    }

    private static void WriteEntityBody(Utf8JsonWriter writer, EntityModel entity, EntityModel root)
    {
        writer.WriteString("title", entity.Name);
        if (entity.Description.Length > 0)
        {
            writer.WriteString("description", entity.Description);
        }

        if (entity.Deprecated is not null)
        {
            writer.WriteBoolean("deprecated", true);
        }

        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var property in entity.Properties)
        {
            writer.WriteStartObject(property.JsonName);
            if (property.Description.Length > 0)
            {
                writer.WriteString("description", property.Description);
            }

            if (property.Deprecated is not null)
            {
                writer.WriteBoolean("deprecated", true);
            }

            WriteValue(writer, property.Value, root);
            if (property.Default is { } literal)
            {
                writer.WritePropertyName("default");
                WriteLiteral(writer, property.Value, literal);
            }

            if (property.ExamplesJson.Count > 0)
            {
                writer.WriteStartArray("examples");
                foreach (var example in property.ExamplesJson)
                {
                    writer.WriteRawValue(example, skipInputValidation: true);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        var required = entity.Properties.Where(p => p.Required).ToList();
        if (required.Count > 0)
        {
            writer.WriteStartArray("required");
            foreach (var property in required)
            {
                writer.WriteStringValue(property.JsonName);
            }

            writer.WriteEndArray();
        }

        writer.WriteBoolean("additionalProperties", false);
        if (entity.ExamplesJson.Count > 0)
        {
            writer.WriteStartArray("examples");
            foreach (var example in entity.ExamplesJson)
            {
                writer.WriteRawValue(example, skipInputValidation: true);
            }

            writer.WriteEndArray();
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, ValueModel value, EntityModel root)
    {
        if (value.IsFigure)
        {
            WriteFigure(writer, value.Unwrapped, root);
            return;
        }

        switch (value.Kind)
        {
            case ValueKind.Money:
                writer.WriteString("type", "string");
                writer.WriteString("pattern", MoneyPattern.Pattern);
                writer.WriteString("x-aiinfra-type", "money");
                break;
            case ValueKind.ReportingPeriod:
                writer.WriteString("type", "string");
                writer.WriteString("pattern", ReportingPeriodPattern.Pattern);
                writer.WriteString("x-aiinfra-type", "reportingPeriod");
                break;
            case ValueKind.String:
            case ValueKind.Reference:
                writer.WriteString("type", "string");
                if (value.Pattern is not null)
                {
                    writer.WriteString("pattern", value.Pattern);
                }

                WriteCount(writer, "minLength", value.MinLength);
                WriteCount(writer, "maxLength", value.MaxLength);
                if (value.Kind == ValueKind.Reference)
                {
                    writer.WriteString("x-aiinfra-reference", value.Target);
                }

                break;
            case ValueKind.Boolean:
                writer.WriteString("type", "boolean");
                break;
            case ValueKind.Integer:
            case ValueKind.Number:
                writer.WriteString("type", value.Kind == ValueKind.Integer ? "integer" : "number");
                WriteBounds(writer, value);
                break;
            case ValueKind.Quantity:
                var quantity = value.QuantityDefinition!;
                writer.WriteStartArray("oneOf");
                writer.WriteStartObject();
                writer.WriteString("type", "number");
                WriteBounds(writer, value);
                writer.WriteEndObject();
                writer.WriteStartObject();
                writer.WriteString("type", "string");
                writer.WriteString("pattern", QuantityPattern.For(quantity));
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteString("x-aiinfra-quantity", value.Quantity);
                writer.WriteString("x-aiinfra-unit", value.UnitAbbreviation);
                break;
            case ValueKind.Date:
                // No "format": the pattern says exactly which dates the reader reads, and a validator in strict mode
                // (Ajv's default) rejects a format it was not given.
                writer.WriteString("type", "string");
                writer.WriteString("pattern", DatePattern);
                break;
            case ValueKind.Price:
                writer.WriteString("type", "string");
                writer.WriteString("pattern", PricePattern.For(value.QuantityDefinition!));
                writer.WriteString("x-aiinfra-type", "price");
                writer.WriteString("x-aiinfra-quantity", value.Quantity);
                writer.WriteString("x-aiinfra-unit", value.UnitAbbreviation);
                break;
            case ValueKind.Period:
                writer.WriteString("type", "string");
                writer.WriteString("pattern", AiInfra.Domain.Parsing.IsoPeriodText.Pattern);
                writer.WriteString("x-aiinfra-type", "period");
                break;
            case ValueKind.YearMonth:
                writer.WriteString("type", "string");
                writer.WriteString("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$");
                break;
            case ValueKind.Enum:
                writer.WriteString("$ref", "#/$defs/" + ShortName(value.Target!));
                break;
            case ValueKind.Entity:
                writer.WriteString("$ref", value.Target == root.FullName ? "#" : "#/$defs/" + ShortName(value.Target!));
                break;
            case ValueKind.List:
                writer.WriteString("type", "array");
                writer.WriteStartObject("items");
                WriteValue(writer, value.Item!, root);
                writer.WriteEndObject();
                WriteCount(writer, "minItems", value.MinItems);
                WriteCount(writer, "maxItems", value.MaxItems);
                if (value.UniqueItems)
                {
                    writer.WriteBoolean("uniqueItems", true);
                }

                break;
            default:
                writer.WriteString("type", "object");
                writer.WriteStartObject("propertyNames");
                writer.WriteString("$ref", "#/$defs/" + ShortName(value.KeyEnum!));
                writer.WriteEndObject();
                writer.WriteStartObject("additionalProperties");
                WriteValue(writer, value.Item!, root);
                writer.WriteEndObject();
                WriteCount(writer, "minProperties", value.MinItems);
                WriteCount(writer, "maxProperties", value.MaxItems);
                break;
        }
    }

    /// <summary>A figure: the plain value, or an object with the value (or min and max), its bound and provenance.</summary>
    private static void WriteFigure(Utf8JsonWriter writer, ValueModel inner, EntityModel root)
    {
        writer.WriteStartArray("oneOf");
        writer.WriteStartObject();
        WriteValue(writer, inner, root);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var key in new[] { FigureVocabulary.Value, FigureVocabulary.Min, FigureVocabulary.Max })
        {
            writer.WriteStartObject(key);
            WriteValue(writer, inner, root);
            writer.WriteEndObject();
        }

        writer.WriteStartObject(FigureVocabulary.Bound);
        writer.WriteStartArray("enum");
        foreach (var bound in FigureVocabulary.Bounds)
        {
            writer.WriteStringValue(bound.Json);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject(FigureVocabulary.Source);
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        writer.WriteStartObject(FigureVocabulary.Line);
        writer.WriteString("type", "integer");
        writer.WriteNumber("minimum", 1);
        writer.WriteEndObject();
        writer.WriteStartObject(FigureVocabulary.Forecast);
        writer.WriteString("type", "boolean");
        writer.WriteEndObject();
        writer.WriteStartObject(FigureVocabulary.Note);
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        writer.WriteStartObject(FigureVocabulary.Corrected);
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var key in FigureVocabulary.CorrectionKeys)
        {
            writer.WriteStartObject(key);
            writer.WriteString("type", "string");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("required");
        foreach (var key in FigureVocabulary.CorrectionKeys)
        {
            writer.WriteStringValue(key);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteStartArray("oneOf");
        WriteFigureShape(writer, new[] { FigureVocabulary.Value }, new[] { FigureVocabulary.Min, FigureVocabulary.Max }, rangeBound: false);
        WriteFigureShape(writer, new[] { FigureVocabulary.Min, FigureVocabulary.Max }, new[] { FigureVocabulary.Value }, rangeBound: true);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteString("x-aiinfra-type", "figure");
    }

    private static void WriteFigureShape(Utf8JsonWriter writer, string[] required, string[] forbidden, bool rangeBound)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("required");
        foreach (var key in required)
        {
            writer.WriteStringValue(key);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("not");
        writer.WriteStartArray("anyOf");
        foreach (var key in forbidden)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("required");
            writer.WriteStringValue(key);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteStartObject(FigureVocabulary.Bound);
        if (!rangeBound)
        {
            writer.WriteStartObject("not");
        }

        writer.WriteStartArray("enum");
        foreach (var word in FigureVocabulary.Bounds)
        {
            if (FigureVocabulary.IsRange(word.Bound))
            {
                writer.WriteStringValue(word.Json);
            }
        }

        writer.WriteEndArray();
        if (!rangeBound)
        {
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteBounds(Utf8JsonWriter writer, ValueModel value)
    {
        if (value.Minimum is { } min)
        {
            writer.WriteNumber("minimum", min.Number);
        }

        if (value.Maximum is { } max)
        {
            writer.WriteNumber("maximum", max.Number);
        }
    }

    private static void WriteCount(Utf8JsonWriter writer, string name, int count)
    {
        if (count >= 0)
        {
            writer.WriteNumber(name, count);
        }
    }

    private static void WriteLiteral(Utf8JsonWriter writer, ValueModel value, LiteralModel literal)
    {
        switch (value.Kind)
        {
            case ValueKind.Integer:
                writer.WriteNumberValue((long)literal.Number);
                break;
            case ValueKind.Number:
                writer.WriteNumberValue(literal.Number);
                break;
            case ValueKind.Quantity:
                writer.WriteStringValue(literal.Text);
                break;
            case ValueKind.Boolean:
                writer.WriteBooleanValue(literal.BooleanValue == true);
                break;
            default:
                writer.WriteStringValue(literal.StringValue ?? string.Empty);
                break;
        }
    }

    private static string ShortName(string fullName) => fullName.Substring(fullName.LastIndexOf('.') + 1);
}
