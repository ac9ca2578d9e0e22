using System.Text.Json;
using System.Text.Json.Serialization;
using AiInfra.Domain.Parsing;

namespace AiInfra.Domain.Economics.Serialization;

/// <summary>
/// Reads and writes a <see cref="ReportingPeriod"/> as a JSON string: written in the canonical
/// <see cref="ReportingPeriod.ToString()"/> form (<c>"2025-Q3"</c>, <c>"2025-YTD-Q3"</c>, <c>"FY2026-Q4@Feb"</c>), so a
/// round trip loses nothing, fiscal calendar included; read in any form <see cref="ReportingPeriod.Parse(string, FiscalCalendar?)"/>
/// accepts (<c>"3Q25"</c>, <c>"2025年前三季度"</c>). Also as a property name, so a period can key a dictionary.
/// Reflection-free.
/// </summary>
/// <remarks>
/// <para>A fiscal form without "@" and its calendar (<c>"FY2Q25"</c>) is an error, unless the converter was created with
/// the company's calendar: <c>new ReportingPeriodJsonConverter(calendar)</c>, added to the options' converters, reads such
/// forms with it. It writes them in the canonical form, with their calendar.</para>
/// <para>Every error is a <see cref="JsonException"/> whose message says what was expected: a JSON token other than a
/// string, a string longer than <see cref="MaxTextLength"/> characters, or a text that is not a period, in which case
/// the inner exception is the <see cref="ReportingPeriodFormatException"/> that says why. Writing
/// <see cref="ReportingPeriod.None"/> is an error too.</para>
/// </remarks>
public sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    /// <summary>The longest text read, in characters; a longer string is an error.</summary>
    public const int MaxTextLength = 64;

    private const string Example = "\"2025-Q3\"";

    private readonly FiscalCalendar? _fiscalCalendar;

    /// <summary>A converter that reads fiscal forms only when they write their calendar (<c>"FY2026-Q4@Feb"</c>).</summary>
    public ReportingPeriodJsonConverter()
    {
    }

    /// <summary>A converter that reads fiscal forms that do not write their calendar (<c>"FY2Q25"</c>) with <paramref name="fiscalCalendar"/>.</summary>
    /// <param name="fiscalCalendar">The company's fiscal calendar. A text that writes a different one is still an error.</param>
    public ReportingPeriodJsonConverter(FiscalCalendar fiscalCalendar)
    {
        _fiscalCalendar = fiscalCalendar;
    }

    /// <inheritdoc />
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? ReadText(ref reader)
            : throw new JsonException($"Expected a reporting period as a string such as {Example}, not a JSON {JsonTokenNames.Of(reader.TokenType)}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[MaxTextLength];
        writer.WriteStringValue(Format(value, buffer));
    }

    /// <inheritdoc />
    public override ReportingPeriod ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadText(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[MaxTextLength];
        writer.WritePropertyName(Format(value, buffer));
    }

    private ReportingPeriod ReadText(ref Utf8JsonReader reader)
    {
        Span<char> buffer = stackalloc char[JsonStringText.BufferLength(MaxTextLength)];
        if (!JsonStringText.TryRead(ref reader, buffer, MaxTextLength, out var length))
        {
            throw new JsonException(JsonStringText.TooLong("A reporting period", MaxTextLength, length));
        }

        var text = buffer[..length];
        if (ReportingPeriodParser.TryParse(text, _fiscalCalendar, out var period, out var failure))
        {
            return period;
        }

        var error = ReportingPeriodParser.CreateException(text, _fiscalCalendar, failure);
        throw new JsonException(error.Message, error);
    }

    private static ReadOnlySpan<char> Format(ReportingPeriod value, Span<char> buffer)
    {
        if (value.IsNone)
        {
            throw new JsonException("ReportingPeriod.None (default(ReportingPeriod)) is no period and cannot be written; create one with a factory such as ReportingPeriod.CalendarQuarter(2025, 3).");
        }

        value.TryFormat(buffer, out var written, default, null);
        return buffer[..written];
    }
}
