using System.Globalization;
using System.Text.Json;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Serialization;

public static partial class JsonValueWriters
{
    /// <summary>
    /// Writes a figure: the plain value when it is exact and has no provenance (<see cref="IsPlain{T}"/>), otherwise an
    /// object. A failure names the part of the figure ("value", "min", "max", "bound", "line", ...) in its path.
    /// </summary>
    /// <exception cref="AiInfraJsonException">A part of the figure cannot be written (see <see cref="JsonValueWriters"/>).</exception>
    public static void WriteFigure<T>(Utf8JsonWriter writer, Figure<T> figure, JsonValueWriter<T> writeValue)
        where T : struct
    {
        if (IsPlain(figure))
        {
            writeValue(writer, figure.Value);
            return;
        }

        WriteStartObject(writer);
        var part = "bound";
        try
        {
            ThrowIfUnwritable(JsonWritability.OfBound(figure.Bound));
            if (figure.IsRange)
            {
                part = "min";
                writer.WritePropertyName("min"u8);
                writeValue(writer, figure.Value);
                part = "max";
                writer.WritePropertyName("max"u8);
                writeValue(writer, figure.Maximum!.Value);
                if (figure.Bound != FigureBound.Range)
                {
                    writer.WriteString("bound"u8, FigureVocabulary.BoundName(figure.Bound));
                }
            }
            else
            {
                part = "value";
                writer.WritePropertyName("value"u8);
                writeValue(writer, figure.Value);
                if (figure.Bound != FigureBound.Exact)
                {
                    writer.WriteString("bound"u8, FigureVocabulary.BoundName(figure.Bound));
                }
            }

            if (figure.Source is { } source)
            {
                part = "source";
                ThrowIfUnwritable(JsonWritability.OfText(source));
                writer.WriteString("source"u8, source);
            }

            if (figure.Line is { } line)
            {
                part = "line";
                ThrowIfUnwritable(JsonWritability.OfLine(line));
                writer.WriteNumber("line"u8, line);
            }

            if (figure.IsForecast)
            {
                writer.WriteBoolean("forecast"u8, true);
            }

            if (figure.Note is { } note)
            {
                part = "note";
                ThrowIfUnwritable(JsonWritability.OfText(note));
                writer.WriteString("note"u8, note);
            }

            if (figure.Correction is { } correction)
            {
                part = "corrected";
                writer.WritePropertyName("corrected"u8);
                WriteCorrection(writer, correction);
            }
        }
        catch (AiInfraJsonException exception) when (Locate(exception, part))
        {
            throw;
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// True when a figure is written as its plain value: exact, with no source, line, forecast flag, note or correction.
    /// Any other figure is written as an object.
    /// </summary>
    internal static bool IsPlain<T>(in Figure<T> figure)
        where T : struct =>
        figure.Bound == FigureBound.Exact && figure.Source is null && figure.Line is null && !figure.IsForecast && figure.Note is null && figure.Correction is null;

    private static void WriteCorrection(Utf8JsonWriter writer, FigureCorrection correction)
    {
        WriteStartObject(writer);
        var part = "original";
        try
        {
            ThrowIfUnwritable(JsonWritability.OfCorrectionPart(correction.Original));
            writer.WriteString("original"u8, correction.Original);
            part = "reason";
            ThrowIfUnwritable(JsonWritability.OfCorrectionPart(correction.Reason));
            writer.WriteString("reason"u8, correction.Reason);
        }
        catch (AiInfraJsonException exception) when (Locate(exception, part))
        {
            throw;
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes money as "80000000000 USD".</summary>
    /// <exception cref="AiInfraJsonException">The amount is <c>default(Money)</c>, which has no currency.</exception>
    public static void WriteMoney(Utf8JsonWriter writer, Money value)
    {
        ThrowIfUnwritable(JsonWritability.OfMoney(value));
        writer.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
    }

    /// <summary>Writes a price in its invariant text, "0.12 USD/kWh", which reads back equal.</summary>
    /// <exception cref="AiInfraJsonException">The price is <c>default</c> (no currency) or its unit is not a defined one.</exception>
    public static void WriteUnitPrice<TQuantity, TUnit>(Utf8JsonWriter writer, UnitPrice<TQuantity, TUnit> value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        ThrowIfUnwritable(JsonWritability.OfUnitPrice(value));
        writer.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
    }

    /// <summary>Writes a reporting period in its canonical form ("2025-Q3").</summary>
    /// <exception cref="AiInfraJsonException">The period is <see cref="Economics.ReportingPeriod.None"/>.</exception>
    public static void WriteReportingPeriod(Utf8JsonWriter writer, Economics.ReportingPeriod value)
    {
        ThrowIfUnwritable(JsonWritability.OfPeriod(value));
        writer.WriteStringValue(value.ToString());
    }
}
