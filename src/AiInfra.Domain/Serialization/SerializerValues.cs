using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// The System.Text.Json metadata <see cref="AiInfraJson.Options"/> gives <see cref="Money"/>, <see cref="ReportingPeriod"/>
/// and <see cref="Currency"/> read or written on their own (and their nullable forms): the value readers and writers that
/// generated code uses, so that JSON reads the same in a record and alone. No reflection.
/// </summary>
internal static class SerializerValues
{
    private const string CurrencyDescription = "an ISO 4217 currency code such as \"USD\"";

    /// <summary>The metadata of <paramref name="type"/> when it is one of these values; otherwise null.</summary>
    public static JsonTypeInfo? CreateTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(Money))
        {
            return JsonMetadataServices.CreateValueInfo<Money>(options, new AiInfraValueConverter<Money>(JsonValueReaders.TryReadMoney, JsonValueWriters.WriteMoney, "an amount of money as a string such as \"80 bn USD\""));
        }

        if (type == typeof(ReportingPeriod))
        {
            return JsonMetadataServices.CreateValueInfo<ReportingPeriod>(options, new AiInfraValueConverter<ReportingPeriod>(
                JsonValueReaders.TryReadReportingPeriod,
                JsonValueWriters.WriteReportingPeriod,
                "a reporting period as a string such as \"2025-Q3\"",
                static (string key, out ReportingPeriod value) => ReportingPeriodParser.TryParse(key, null, out value, out _),
                static period => period.IsNone ? throw NothingToWrite("ReportingPeriod.None (default) is no period") : period.ToString()));
        }

        if (type == typeof(Currency))
        {
            return JsonMetadataServices.CreateValueInfo<Currency>(options, new AiInfraValueConverter<Currency>(
                TryReadCurrency,
                static (writer, currency) => writer.WriteStringValue(KeyOf(currency)),
                CurrencyDescription,
                static (string key, out Currency value) => Currency.TryParse(key, out value),
                KeyOf));
        }

        return type == typeof(Money?) ? Nullable<Money>(options)
            : type == typeof(ReportingPeriod?) ? Nullable<ReportingPeriod>(options)
            : type == typeof(Currency?) ? Nullable<Currency>(options)
            : null;
    }

    /// <summary>The metadata of <c>T?</c>: null for a JSON null, otherwise what the options give <typeparamref name="T"/>.</summary>
    internal static JsonTypeInfo Nullable<T>(JsonSerializerOptions options)
        where T : struct =>
        JsonMetadataServices.CreateValueInfo<T?>(options, JsonMetadataServices.GetNullableConverter((JsonTypeInfo<T>)options.GetTypeInfo(typeof(T))));

    /// <summary>Reads an ISO 4217 code, as <see cref="Currency.TryParse(string?, out Currency)"/> does.</summary>
    private static bool TryReadCurrency(ref AiInfraJsonReader reader, JsonReadContext context, out Currency value)
    {
        if (!JsonValueReaders.TryReadString(ref reader, context, out var code))
        {
            value = default;
            return false;
        }

        if (Currency.TryParse(code, out value))
        {
            return true;
        }

        context.AddError(ref reader, ErrorCodes.MalformedValue, Currency.CreateException(code.Length > 32 ? code[..32] + "…" : code).Message);
        return false;
    }

    private static string KeyOf(Currency currency) =>
        currency.IsNone ? throw NothingToWrite("Currency.None (default) names no currency") : currency.Code;

    private static AiInfraJsonException NothingToWrite(string what) =>
        new([new AiInfraError(string.Empty, ErrorCodes.NullValue, $"{what} and cannot be written; JSON would not read it back.")], isDocument: true);
}
