using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Serialization;

public static partial class JsonValueReaders
{
    /// <summary>
    /// Reads a figure: the plain value (exact, no source), or an object with "value" (or "min" and "max" for a
    /// range), "bound", "source", "line", "forecast", "note" and "corrected": { "original", "reason" }.
    /// </summary>
    public static bool TryReadFigure<T>(ref AiInfraJsonReader reader, JsonReadContext context, JsonValueReader<T> readValue, out Figure<T> value)
        where T : struct
    {
        value = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            if (!readValue(ref reader, context, out var plain))
            {
                return false;
            }

            value = new Figure<T>(plain);
            return true;
        }

        var objectStart = reader.TokenStartIndex;
        var errors = context.ReadErrorCount;
        T? single = null, min = null, max = null;
        FigureBound? bound = null;
        string? source = null, note = null;
        int? line = null;
        var forecast = false;
        FigureCorrection? correction = null;
        // Which keys were read, one bit each; names of unknown keys only when there are any (a duplicate unknown key
        // is reported as a duplicate, as a known one is). Nothing is allocated for a well-formed figure.
        var seen = 0;
        HashSet<string>? unknownSeen = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = FigureKeyOf(ref reader);
            if (key == FigureKey.Unknown)
            {
                unknownSeen ??= new HashSet<string>(StringComparer.Ordinal);
                if (RawLength(ref reader) > context.Limits.MaxStringLength || unknownSeen.Add(reader.GetString()!))
                {
                    SkipUnknownProperty(ref reader, context, "A figure", FigureVocabulary.KeysText);
                }
                else
                {
                    SkipDuplicateProperty(ref reader, context);
                }

                continue;
            }

            var bit = 1 << (int)key;
            if ((seen & bit) != 0)
            {
                SkipDuplicateProperty(ref reader, context);
                continue;
            }

            seen |= bit;
            context.PushProperty(FigureVocabulary.Keys[(int)key]);
            reader.Read();
            switch (key)
            {
                case FigureKey.Value:
                case FigureKey.Min:
                case FigureKey.Max:
                    if (readValue(ref reader, context, out var number))
                    {
                        _ = key == FigureKey.Value ? single = number : key == FigureKey.Min ? min = number : max = number;
                    }

                    break;
                case FigureKey.Bound:
                    if (TryReadString(ref reader, context, out var boundText))
                    {
                        if (FigureVocabulary.TryParseBound(boundText, out var parsed))
                        {
                            bound = parsed;
                        }
                        else
                        {
                            context.AddError(ref reader, ErrorCodes.UnknownEnumValue, $"{QuotedInput.Quote(boundText)} is not a bound; expected {FigureVocabulary.AllowedBounds}.");
                        }
                    }

                    break;
                case FigureKey.Source:
                case FigureKey.Note:
                    if (TryReadString(ref reader, context, out var text))
                    {
                        _ = key == FigureKey.Source ? source = text : note = text;
                    }

                    break;
                case FigureKey.Line:
                    if (TryReadWholeNumber(ref reader, context, 1, int.MaxValue, "a line number", out var lineNumber))
                    {
                        line = (int)lineNumber;
                    }

                    break;
                case FigureKey.Forecast:
                    TryReadBoolean(ref reader, context, out forecast);
                    break;
                default:
                    correction = ReadCorrection(ref reader, context);
                    break;
            }

            context.Pop();
        }

        var isRange = min is not null || max is not null;
        if (isRange && single is not null)
        {
            context.Add(CurrentPointerOf(context), ErrorCodes.WrongType, "A figure has either \"value\" or \"min\" and \"max\", not both.", objectStart);
        }
        else if (isRange && (min is null || max is null))
        {
            context.Add(CurrentPointerOf(context), ErrorCodes.MissingProperty, "A range needs both \"min\" and \"max\".", objectStart);
        }
        else if (!isRange && single is null && context.ReadErrorCount == errors)
        {
            context.Add(CurrentPointerOf(context), ErrorCodes.MissingProperty, "A figure needs \"value\", or \"min\" and \"max\".", objectStart);
        }
        else if (isRange && bound is { } notRange && !FigureVocabulary.IsRange(notRange))
        {
            context.Add(CurrentPointerOf(context), ErrorCodes.WrongType, $"A figure with \"min\" and \"max\" is a range; its bound is \"range\" or \"approximateRange\", not \"{FigureVocabulary.BoundName(notRange)}\".", objectStart);
        }
        else if (!isRange && bound is { } range && FigureVocabulary.IsRange(range))
        {
            context.Add(CurrentPointerOf(context), ErrorCodes.MissingProperty, $"A figure whose bound is \"{FigureVocabulary.BoundName(range)}\" needs \"min\" and \"max\" instead of \"value\".", objectStart);
        }

        if (context.ReadErrorCount != errors)
        {
            return false;
        }

        value = isRange
            ? new Figure<T>(min!.Value, bound ?? FigureBound.Range, max, source, line, forecast, note, correction)
            : new Figure<T>(single!.Value, bound ?? FigureBound.Exact, null, source, line, forecast, note, correction);
        return true;
    }

    /// <summary>
    /// Reads a figure as <see cref="TryReadFigure{T}"/> does, into a new box: how a generated record stores an optional
    /// figure, out of line, so that an absent one costs the record a reference instead of the figure's size.
    /// </summary>
    /// <returns>True, with the box, when the figure was read; false, with null, after reporting its errors to <paramref name="context"/>.</returns>
    // Not inlined: the figure read here would otherwise become one more large local of the calling reader's frame.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static bool TryReadFigureBox<T>(ref AiInfraJsonReader reader, JsonReadContext context, JsonValueReader<T> readValue, [NotNullWhen(true)] out System.Runtime.CompilerServices.StrongBox<Figure<T>>? value)
        where T : struct
    {
        if (TryReadFigure(ref reader, context, readValue, out var figure))
        {
            value = new(figure);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Reads an amount of money such as "80 bn USD" or "1000亿美元".</summary>
    public static bool TryReadMoney(ref AiInfraJsonReader reader, JsonReadContext context, out Money value)
    {
        value = default;
        if (!TryReadString(ref reader, context, out var text))
        {
            return false;
        }

        if (MoneyParser.TryParse(text, CultureInfo.InvariantCulture, out value, out var failure))
        {
            return true;
        }

        context.AddError(ref reader, ErrorCodes.MalformedValue, MoneyParser.CreateException(text, CultureInfo.InvariantCulture, failure).Message);
        return false;
    }

    /// <summary>Reads a price per unit of a quantity such as "0.12 USD/kWh": money, '/', a unit of <typeparamref name="TQuantity"/>.</summary>
    public static bool TryReadUnitPrice<TQuantity, TUnit>(ref AiInfraJsonReader reader, JsonReadContext context, out UnitPrice<TQuantity, TUnit> value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        value = default;
        if (!TryReadString(ref reader, context, out var text))
        {
            return false;
        }

        if (UnitPrice<TQuantity, TUnit>.TryParse(text, CultureInfo.InvariantCulture, out value, out var reason))
        {
            return true;
        }

        context.AddError(ref reader, ErrorCodes.MalformedValue, $"{QuotedInput.Quote(text)} is not a price of {TQuantity.Info.Name}: {reason}.");
        return false;
    }

    /// <summary>Reads a reporting period such as "3Q25", "2H26", "1Q-3Q25" or "FY2026-Q4@Feb".</summary>
    public static bool TryReadReportingPeriod(ref AiInfraJsonReader reader, JsonReadContext context, out Economics.ReportingPeriod value)
    {
        value = default;
        if (!ExpectString(ref reader, context, "a reporting period such as \"3Q25\""))
        {
            return false;
        }

        // A short text (every valid period is one) is parsed from a stack buffer, with no string made and no exception
        // thrown; the error is the one Parse's exception carries.
        Span<char> buffer = stackalloc char[ReportingPeriodBufferLength];
        ReadOnlySpan<char> text = RawLength(ref reader) <= ReportingPeriodBufferLength ? buffer[..Parsing.JsonStringText.Copy(ref reader, buffer)] : reader.GetString();
        if (Economics.ReportingPeriodParser.TryParse(text, null, out value, out var failure))
        {
            return true;
        }

        context.AddError(ref reader, ErrorCodes.MalformedValue, Economics.ReportingPeriodParser.CreateException(text, null, failure).Message);
        return false;
    }

    // Raw UTF-8 bytes up to which a reporting period is copied to the stack; a JSON string never unescapes to more
    // UTF-16 characters than its raw bytes.
    private const int ReportingPeriodBufferLength = 256;

    /// <summary>The keys of a figure, in the order of <see cref="FigureVocabulary.Keys"/>.</summary>
    private enum FigureKey
    {
        Value,
        Min,
        Max,
        Bound,
        Source,
        Line,
        Forecast,
        Note,
        Corrected,
        Unknown,
    }

    /// <summary>The figure key the reader's property name is, compared as UTF-8 (escapes are decoded), without making a string.</summary>
    private static FigureKey FigureKeyOf(ref AiInfraJsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return EscapedFigureKeyOf(ref reader);
        }

        // One candidate by length (and a byte where two keys share one), then one comparison.
        var name = reader.ValueSpan;
        return name.Length switch
        {
            3 => name[1] == (byte)'i' ? Is(name, "min"u8, FigureKey.Min) : Is(name, "max"u8, FigureKey.Max),
            4 => name[0] == (byte)'l' ? Is(name, "line"u8, FigureKey.Line) : Is(name, "note"u8, FigureKey.Note),
            5 => name[0] == (byte)'v' ? Is(name, "value"u8, FigureKey.Value) : Is(name, "bound"u8, FigureKey.Bound),
            6 => Is(name, "source"u8, FigureKey.Source),
            8 => Is(name, "forecast"u8, FigureKey.Forecast),
            9 => Is(name, "corrected"u8, FigureKey.Corrected),
            _ => FigureKey.Unknown,
        };

        static FigureKey Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> text, FigureKey key) => name.SequenceEqual(text) ? key : FigureKey.Unknown;
    }

    private static FigureKey EscapedFigureKeyOf(ref AiInfraJsonReader reader) =>
        reader.ValueTextEquals("value"u8) ? FigureKey.Value
        : reader.ValueTextEquals("source"u8) ? FigureKey.Source
        : reader.ValueTextEquals("line"u8) ? FigureKey.Line
        : reader.ValueTextEquals("note"u8) ? FigureKey.Note
        : reader.ValueTextEquals("bound"u8) ? FigureKey.Bound
        : reader.ValueTextEquals("min"u8) ? FigureKey.Min
        : reader.ValueTextEquals("max"u8) ? FigureKey.Max
        : reader.ValueTextEquals("forecast"u8) ? FigureKey.Forecast
        : reader.ValueTextEquals("corrected"u8) ? FigureKey.Corrected
        : FigureKey.Unknown;

    private static FigureCorrection? ReadCorrection(ref AiInfraJsonReader reader, JsonReadContext context)
    {
        if (!Expect(ref reader, context, JsonTokenType.StartObject, "an object with \"original\" and \"reason\""))
        {
            return null;
        }

        var start = reader.TokenStartIndex;
        string? original = null, reason = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("original"u8) || reader.ValueTextEquals("reason"u8))
            {
                var isOriginal = reader.ValueTextEquals("original"u8);
                var key = isOriginal ? "original" : "reason";
                context.PushProperty(key);
                reader.Read();
                if (TryReadString(ref reader, context, out var text))
                {
                    _ = isOriginal ? original = text : reason = text;
                }

                context.Pop();
            }
            else
            {
                SkipUnknownProperty(ref reader, context, "A correction", "\"original\", \"reason\"");
            }
        }

        if (original is null || reason is null)
        {
            ReportMissing(context, original is null ? "original" : "reason", "A correction", start);
            return null;
        }

        return new FigureCorrection(original, reason);
    }

    private static string CurrentPointerOf(JsonReadContext context) => context.Pointer;
}
