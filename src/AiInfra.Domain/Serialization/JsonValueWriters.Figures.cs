using System.Globalization;
using System.Text.Json;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Serialization;

public static partial class JsonValueWriters
{
    /// <summary>Writes a figure: the plain value when it is exact and has no provenance, otherwise an object.</summary>
    public static void WriteFigure<T>(Utf8JsonWriter writer, Figure<T> figure, JsonValueWriter<T> writeValue)
        where T : struct
    {
        if (figure.Bound == FigureBound.Exact && figure.Source is null && figure.Line is null && !figure.IsForecast && figure.Note is null && figure.Correction is null)
        {
            writeValue(writer, figure.Value);
            return;
        }

        writer.WriteStartObject();
        if (figure.Bound == FigureBound.Range)
        {
            writer.WritePropertyName("min"u8);
            writeValue(writer, figure.Value);
            writer.WritePropertyName("max"u8);
            writeValue(writer, figure.Maximum!.Value);
        }
        else
        {
            writer.WritePropertyName("value"u8);
            writeValue(writer, figure.Value);
            if (figure.Bound != FigureBound.Exact)
            {
                writer.WriteString("bound"u8, BoundName(figure.Bound));
            }
        }

        if (figure.Source is { } source)
        {
            writer.WriteString("source"u8, source);
        }

        if (figure.Line is { } line)
        {
            writer.WriteNumber("line"u8, line);
        }

        if (figure.IsForecast)
        {
            writer.WriteBoolean("forecast"u8, true);
        }

        if (figure.Note is { } note)
        {
            writer.WriteString("note"u8, note);
        }

        if (figure.Correction is { } correction)
        {
            writer.WriteStartObject("corrected"u8);
            writer.WriteString("original"u8, correction.Original);
            writer.WriteString("reason"u8, correction.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes money as "80000000000 USD".</summary>
    public static void WriteMoney(Utf8JsonWriter writer, Money value) =>
        writer.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));

    /// <summary>Writes a reporting period in its canonical form ("2025-Q3").</summary>
    public static void WriteReportingPeriod(Utf8JsonWriter writer, Economics.ReportingPeriod value) =>
        writer.WriteStringValue(value.ToString());

    internal static string BoundName(FigureBound bound) => bound switch
    {
        FigureBound.Approximate => "approximate",
        FigureBound.AtLeast => "atLeast",
        FigureBound.AtMost => "atMost",
        FigureBound.GreaterThan => "greaterThan",
        FigureBound.LessThan => "lessThan",
        FigureBound.Range => "range",
        FigureBound.Unknown => "unknown",
        _ => "exact",
    };
}
