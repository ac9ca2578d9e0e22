using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Serialization;
using AiInfra.Domain.Parsing;
using NodaTime;
using NodaTime.Text;

namespace AiInfra.Domain.Serialization;

/// <summary>Reads one value of a declared type at the reader's current token, leaving the reader on the value's last token.</summary>
/// <returns>True when a value was read; false when an error was recorded in <paramref name="context"/>.</returns>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public delegate bool JsonValueReader<T>(ref AiInfraJsonReader reader, JsonReadContext context, out T value);

/// <summary>Parses the key of a map, written as a JSON property name.</summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public delegate bool JsonKeyParser<T>(string key, out T value);

/// <summary>
/// The value readers that generated code calls. Each reads the current token, records a precise error in the
/// context when the value is wrong (and skips it), and never throws for bad data.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public static partial class JsonValueReaders
{
    /// <summary>Reads a JSON string.</summary>
    public static bool TryReadString(ref AiInfraJsonReader reader, JsonReadContext context, out string value)
    {
        value = string.Empty;
        if (!ExpectString(ref reader, context, "a string"))
        {
            return false;
        }

        value = context.GetString(ref reader);
        return true;
    }

    /// <summary>
    /// Checks that the token is a string no longer than <see cref="AiInfraJsonLimits.MaxStringLength"/>. Otherwise it
    /// records the error (never quoting an over-long string), skips the value and returns false.
    /// </summary>
    public static bool ExpectString(ref AiInfraJsonReader reader, JsonReadContext context, string description) =>
        Expect(ref reader, context, JsonTokenType.String, description) && WithinStringLimit(ref reader, context, "The string");

    /// <summary>Records a <see cref="ErrorCodes.TooLong"/> error and returns false when the string or property name at the reader is longer than the limit.</summary>
    private static bool WithinStringLimit(ref AiInfraJsonReader reader, JsonReadContext context, string what)
    {
        var limit = context.Limits.MaxStringLength;
        if (RawLength(ref reader) <= limit)
        {
            return true;
        }

        context.AddError(ref reader, ErrorCodes.TooLong, $"{what} is longer than the limit of {limit} bytes of UTF-8 as written (AiInfraJsonLimits.MaxStringLength).");
        return false;
    }

    /// <summary>Records that the string at the reader is none of an enumeration's JSON values (it was checked against the length limit first).</summary>
    /// <param name="reader">The reader, at the string.</param>
    /// <param name="context">Where the error goes.</param>
    /// <param name="typeName">The enumeration's name.</param>
    /// <param name="allowedValues">Its JSON values, listed for the message.</param>
    /// <returns>False, for the caller to return.</returns>
    public static bool ReportUnknownEnumValue(ref AiInfraJsonReader reader, JsonReadContext context, string typeName, string allowedValues)
    {
        context.AddError(ref reader, ErrorCodes.UnknownEnumValue, $"{QuotedInput.Quote(reader.GetString())} is not a {typeName}; expected one of {allowedValues}.");
        return false;
    }

    /// <summary>Reads true or false.</summary>
    public static bool TryReadBoolean(ref AiInfraJsonReader reader, JsonReadContext context, out bool value)
    {
        value = false;
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            value = reader.TokenType == JsonTokenType.True;
            return true;
        }

        return Expect(ref reader, context, JsonTokenType.True, "true or false");
    }

    /// <summary>
    /// Reads a whole number that fits a 64-bit signed integer (-9223372036854775808 to 9223372036854775807): written as an
    /// integer, or, as JSON Schema allows, with a zero fraction or an exponent ("2.0", "2e3", "9007199254740993.0"),
    /// read exactly from its digits, never through a double.
    /// </summary>
    public static bool TryReadInt64(ref AiInfraJsonReader reader, JsonReadContext context, out long value) =>
        TryReadWholeNumber(ref reader, context, long.MinValue, long.MaxValue, "a 64-bit integer", out value);

    /// <summary>Reads a whole number from <paramref name="min"/> to <paramref name="max"/>; an error names the range and what the number is.</summary>
    internal static bool TryReadWholeNumber(ref AiInfraJsonReader reader, JsonReadContext context, long min, long max, string what, out long value)
    {
        value = 0;
        if (!Expect(ref reader, context, JsonTokenType.Number, "a whole number"))
        {
            return false;
        }

        var result = reader.TryGetInt64(out value) ? ExactInteger.Result.Integer : ExactInteger.Parse(NumberText(ref reader), out value);
        if (result == ExactInteger.Result.Integer && value >= min && value <= max)
        {
            return true;
        }

        context.AddError(
            ref reader,
            result == ExactInteger.Result.Fraction ? ErrorCodes.WrongType : ErrorCodes.OutOfRange,
            result == ExactInteger.Result.Fraction
                ? "Expected a whole number, not a fraction."
                : string.Create(CultureInfo.InvariantCulture, $"The number is outside the range of {what}, {min} to {max}."));
        return false;
    }

    /// <summary>The number token's text, as written.</summary>
    private static ReadOnlySpan<byte> NumberText(ref AiInfraJsonReader reader) =>
        reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;

    /// <summary>Reads a finite number.</summary>
    public static bool TryReadDouble(ref AiInfraJsonReader reader, JsonReadContext context, out double value)
    {
        value = 0;
        if (!Expect(ref reader, context, JsonTokenType.Number, "a number"))
        {
            return false;
        }

        if (reader.TryGetDouble(out value) && double.IsFinite(value))
        {
            return true;
        }

        context.AddError(ref reader, ErrorCodes.NotFinite, $"The number is outside the range of a double, {DoubleRange}.");
        return false;
    }

    /// <summary>Reads a quantity written as "700 W", or as a bare number in <paramref name="declaredUnit"/>.</summary>
    public static bool TryReadQuantity<TQuantity, TUnit>(ref AiInfraJsonReader reader, JsonReadContext context, TUnit declaredUnit, out TQuantity value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        value = default;
        if (reader.TokenType == JsonTokenType.Number)
        {
            var finite = reader.TryGetDouble(out var number) && double.IsFinite(number);
            if (finite && QuantityRange.TryCreate(number, declaredUnit, out value))
            {
                return true;
            }

            context.AddError(ref reader, ErrorCodes.NotFinite, finite
                ? QuantityRange.Describe(TQuantity.Info, TQuantity.Info.UnitInfoOf(declaredUnit), number) + "."
                : $"The number is outside the range of a {TQuantity.Info.Name}'s value, a double, {DoubleRange}.");
            return false;
        }

        // The description is built only for the error: formatting it for every quantity read cost more than the parse.
        if (reader.TokenType != JsonTokenType.String &&
            !Expect(ref reader, context, JsonTokenType.String, $"a {TQuantity.Info.Name} such as \"{Example<TQuantity, TUnit>(declaredUnit)}\" or a number in {TQuantity.GetAbbreviation(declaredUnit)}"))
        {
            return false;
        }

        if (!WithinStringLimit(ref reader, context, "The string"))
        {
            return false;
        }

        var length = RawLength(ref reader);
        if (length > QuantityTextLimit)
        {
            context.AddError(ref reader, ErrorCodes.TooLong, $"A {TQuantity.Info.Name} is at most {QuantityTextLimit} characters.");
            return false;
        }

        Span<char> buffer = stackalloc char[QuantityTextLimit];
        var text = buffer[..Parsing.JsonStringText.Copy(ref reader, buffer)];
        if (QuantityParser.TryParse<TQuantity, TUnit>(text, CultureInfo.InvariantCulture, out value, out var failure))
        {
            return true;
        }

        var exception = QuantityParser.CreateException(text, CultureInfo.InvariantCulture, failure, TQuantity.Info);
        var code = exception.Error switch
        {
            QuantityParseError.WrongDimension => ErrorCodes.WrongDimension,
            QuantityParseError.UnknownUnit or QuantityParseError.AmbiguousUnit => ErrorCodes.UnknownUnit,
            QuantityParseError.NotFinite => ErrorCodes.NotFinite,
            _ => ErrorCodes.MalformedQuantity,
        };
        context.AddError(ref reader, code, exception.Message);
        return false;
    }

    /// <summary>
    /// Reads a UnitsNet quantity as the library's <typeparamref name="TQuantity"/> is read (<see cref="TryReadQuantity{TQuantity, TUnit}"/>:
    /// "700 W", or a bare number in <paramref name="declaredUnit"/>, with the library's parser and errors), then converts
    /// it with <see cref="IUnitsNetConvertible{TSelf, TUnitsNet}.ToUnitsNet"/>. A value UnitsNet cannot hold (beyond a
    /// decimal, for its decimal-backed quantities) is a <see cref="ErrorCodes.OutOfRange"/> error at the value, never an exception.
    /// </summary>
    public static bool TryReadUnitsNetQuantity<TQuantity, TUnit, TUnitsNet>(ref AiInfraJsonReader reader, JsonReadContext context, TUnit declaredUnit, out TUnitsNet value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>, IUnitsNetConvertible<TQuantity, TUnitsNet>
        where TUnit : struct, Enum
        where TUnitsNet : struct, global::UnitsNet.IQuantity
    {
        if (TryReadQuantity<TQuantity, TUnit>(ref reader, context, declaredUnit, out var quantity))
        {
            return ToUnitsNet<TQuantity, TUnit, TUnitsNet>(ref reader, context, quantity, out value);
        }

        value = default;
        return false;
    }

    /// <summary>The UnitsNet value of a quantity just read; a value UnitsNet cannot hold is an <see cref="ErrorCodes.OutOfRange"/> error at it.</summary>
    internal static bool ToUnitsNet<TQuantity, TUnit, TUnitsNet>(ref AiInfraJsonReader reader, JsonReadContext context, TQuantity quantity, out TUnitsNet value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>, IUnitsNetConvertible<TQuantity, TUnitsNet>
        where TUnit : struct, Enum
        where TUnitsNet : struct, global::UnitsNet.IQuantity
    {
        if (quantity.TryToUnitsNet(out value))
        {
            return true;
        }

        context.AddError(ref reader, ErrorCodes.OutOfRange, UnitsNetQuantityJsonConverter<TQuantity, TUnit, TUnitsNet>.CannotHold(quantity).Message);
        return false;
    }

    /// <summary>
    /// Reads a quantity that must write its unit ("700 W"): a quantity read on its own, with no declared unit, where a
    /// bare number is an error because it does not say its unit.
    /// </summary>
    internal static bool TryReadQuantityWithUnit<TQuantity, TUnit>(ref AiInfraJsonReader reader, JsonReadContext context, out TQuantity value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return TryReadQuantity<TQuantity, TUnit>(ref reader, context, TQuantity.BaseUnit, out value);
        }

        value = default;
        context.AddError(ref reader, ErrorCodes.WrongType, $"A bare number is not a {TQuantity.Info.Name} here, because it does not say its unit; write a string such as \"{Example<TQuantity, TUnit>(TQuantity.BaseUnit)}\".");
        return false;
    }

    /// <summary>Reads an ISO 8601 calendar date, "2025-03-18".</summary>
    public static bool TryReadLocalDate(ref AiInfraJsonReader reader, JsonReadContext context, out LocalDate value) =>
        TryReadPattern(ref reader, context, LocalDatePattern.Iso, "an ISO date such as \"2025-03-18\"", out value);

    /// <summary>Reads a period of whole years, months, weeks and days, "P4Y" (see <see cref="Parsing.IsoPeriodText"/>).</summary>
    public static bool TryReadPeriod(ref AiInfraJsonReader reader, JsonReadContext context, out Period value)
    {
        value = Period.Zero;
        if (!ExpectString(ref reader, context, Parsing.IsoPeriodText.Description))
        {
            return false;
        }

        if (RawLength(ref reader) > 64)
        {
            context.AddError(ref reader, ErrorCodes.MalformedValue, $"Expected {Parsing.IsoPeriodText.Description}; this string is longer than any.");
            return false;
        }

        var text = reader.GetString()!;
        if (!Parsing.IsoPeriodText.TryParse(text, out var fields, out var reason))
        {
            context.AddError(ref reader, ErrorCodes.MalformedValue, $"{QuotedInput.Quote(text)} is not {Parsing.IsoPeriodText.Description}: {reason}.");
            return false;
        }

        value = new PeriodBuilder { Years = fields[0], Months = fields[1], Weeks = fields[2], Days = fields[3] }.Build();
        return true;
    }

    /// <summary>Reads an ISO 8601 year and month, "2025-03".</summary>
    public static bool TryReadYearMonth(ref AiInfraJsonReader reader, JsonReadContext context, out YearMonth value) =>
        TryReadPattern(ref reader, context, YearMonthPattern.Iso, "a year and month such as \"2025-03\"", out value);

    /// <summary>Reads an array, each item with <paramref name="readItem"/>; every bad item is reported.</summary>
    public static bool TryReadList<T>(ref AiInfraJsonReader reader, JsonReadContext context, JsonValueReader<T> readItem, out IReadOnlyList<T> value)
    {
        value = Array.Empty<T>();
        if (!Expect(ref reader, context, JsonTokenType.StartArray, "an array"))
        {
            return false;
        }

        // The items are gathered on the stack, and past its few slots in a pooled buffer, so that only the final array
        // is allocated (most lists in a document hold a handful of items; the shared pool costs a thread-local lookup).
        var errors = context.ReadErrorCount;
        var inline = default(ListItemBuffer<T>);
        Span<T> items = inline;
        T[]? rented = null;
        var count = 0;
        try
        {
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                context.PushIndex(index++);
                if (readItem(ref reader, context, out var item))
                {
                    if (count == items.Length)
                    {
                        var larger = ArrayPool<T>.Shared.Rent(items.Length * 2);
                        items.CopyTo(larger);
                        ReturnListBuffer(rented);
                        rented = larger;
                        items = larger;
                    }

                    items[count++] = item;
                }

                context.Pop();
            }

            value = count == 0 ? Array.Empty<T>() : items[..count].ToArray();
        }
        finally
        {
            ReturnListBuffer(rented);
        }

        return context.ReadErrorCount == errors;
    }

    private static void ReturnListBuffer<T>(T[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<T>.Shared.Return(rented, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    /// <summary>Reads an object whose property names are map keys, each parsed by <paramref name="parseKey"/>.</summary>
    public static bool TryReadMap<TKey, TValue>(
        ref AiInfraJsonReader reader,
        JsonReadContext context,
        JsonKeyParser<TKey> parseKey,
        string keyDescription,
        JsonValueReader<TValue> readValue,
        out IReadOnlyDictionary<TKey, TValue> value)
        where TKey : notnull
    {
        value = EmptyMap<TKey, TValue>.Instance;
        if (!Expect(ref reader, context, JsonTokenType.StartObject, "an object"))
        {
            return false;
        }

        var errors = context.ReadErrorCount;
        var map = new Dictionary<TKey, TValue>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!WithinStringLimit(ref reader, context, "A key"))
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            var offset = reader.TokenStartIndex;
            var name = reader.GetString()!;
            reader.Read();
            if (!parseKey(name, out var key))
            {
                context.AddPropertyError(name, ErrorCodes.UnknownEnumValue, $"{QuotedInput.Quote(name)} is not a key of this map; expected {keyDescription}.", offset);
                reader.Skip();
                continue;
            }

            if (map.ContainsKey(key))
            {
                context.AddPropertyError(name, ErrorCodes.DuplicateProperty, $"The key {QuotedInput.Quote(name)} appears more than once.", offset);
                reader.Skip();
                continue;
            }

            context.PushProperty(name);
            if (readValue(ref reader, context, out var item))
            {
                map.Add(key, item);
            }

            context.Pop();
        }

        value = map;
        return context.ReadErrorCount == errors;
    }

    /// <summary>
    /// False, with the error recorded and the object at the reader skipped, when the thread's stack has no room to read
    /// it: a record of a recursive spec nested hundreds of levels deep would overflow the stack, which ends the process.
    /// Asked at a document's start and below <see cref="JsonWritability.UncheckedStackDepth"/>.
    /// </summary>
    internal static bool HasStackFor(ref AiInfraJsonReader reader, JsonReadContext context)
    {
        var depth = reader.CurrentDepth;
        if ((depth == 0 || depth >= JsonWritability.UncheckedStackDepth) && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            var problem = JsonWritability.TooDeepForStack();
            context.AddError(ref reader, problem.Code, problem.Message);
            reader.Skip();
            return false;
        }

        return true;
    }

    /// <summary>Reads a nested entity with its generated reader.</summary>
    public static bool TryReadEntity<T>(ref AiInfraJsonReader reader, JsonReadContext context, out T value)
        where T : class, IAiInfraEntity<T>
    {
        value = null!;
        if (!Expect(ref reader, context, JsonTokenType.StartObject, "an object"))
        {
            return false;
        }

        if (!HasStackFor(ref reader, context))
        {
            return false;
        }

        var result = T.ReadJson(ref reader, context);
        if (result is null)
        {
            return false;
        }

        value = result;
        return true;
    }

    /// <summary>
    /// Checks the token type. On a mismatch it records "null is not allowed" or "wrong type", skips the value and
    /// returns false.
    /// </summary>
    public static bool Expect(ref AiInfraJsonReader reader, JsonReadContext context, JsonTokenType expected, string description)
    {
        if (reader.TokenType == expected)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            context.AddError(ref reader, ErrorCodes.NullValue, $"null is not allowed; expected {description} (omit an optional property instead).");
        }
        else
        {
            context.AddError(ref reader, ErrorCodes.WrongType, $"Expected {description}, not {JsonTokenNames.WithArticle(reader.TokenType)}.");
        }

        reader.Skip();
        return false;
    }

    /// <summary>
    /// Reports a property the type does not declare, and skips its value. A name longer than
    /// <see cref="AiInfraJsonLimits.MaxStringLength"/> is reported as too long instead, at the object.
    /// </summary>
    public static void SkipUnknownProperty(ref AiInfraJsonReader reader, JsonReadContext context, string typeName, string allowed)
    {
        if (!WithinStringLimit(ref reader, context, "A property name"))
        {
            SkipValue(ref reader, context, null);
            return;
        }

        var offset = reader.TokenStartIndex;
        var name = reader.GetString()!;
        context.AddPropertyError(name, ErrorCodes.UnknownProperty, $"{typeName} has no property {QuotedInput.Quote(name)}; its properties are {allowed}.", offset);
        SkipValue(ref reader, context, name);
    }

    /// <summary>Reports a property that appeared before in the same object, and skips its value.</summary>
    public static void SkipDuplicateProperty(ref AiInfraJsonReader reader, JsonReadContext context)
    {
        if (!WithinStringLimit(ref reader, context, "A property name"))
        {
            SkipValue(ref reader, context, null);
            return;
        }

        var offset = reader.TokenStartIndex;
        var name = reader.GetString()!;
        context.AddPropertyError(name, ErrorCodes.DuplicateProperty, $"The property {QuotedInput.Quote(name)} appears more than once.", offset);
        SkipValue(ref reader, context, name);
    }

    /// <summary>Skips the value of a property that is reported, keeping its path (when its name is kept) if the skip finds malformed JSON.</summary>
    private static void SkipValue(ref AiInfraJsonReader reader, JsonReadContext context, string? name)
    {
        if (name is null)
        {
            reader.Read();
            reader.Skip();
            return;
        }

        context.PushProperty(name);
        reader.Read();
        reader.Skip();
        context.Pop();
    }

    /// <summary>Reports a required property that is missing.</summary>
    public static void ReportMissing(JsonReadContext context, string name, string typeName, long objectStart) =>
        context.AddPropertyError(name, ErrorCodes.MissingProperty, $"{typeName} requires the property \"{name}\".", objectStart);

    private const int QuantityTextLimit = QuantityJsonConverterLimits.MaxTextLength;

    private static bool TryReadPattern<T>(ref AiInfraJsonReader reader, JsonReadContext context, IPattern<T> pattern, string description, out T value)
    {
        value = default!;
        if (!ExpectString(ref reader, context, description))
        {
            return false;
        }

        if (RawLength(ref reader) > 64)
        {
            context.AddError(ref reader, ErrorCodes.MalformedValue, $"Expected {description}.");
            return false;
        }

        var text = reader.GetString()!;
        var result = pattern.Parse(text);
        if (result.Success)
        {
            value = result.Value;
            return true;
        }

        context.AddError(ref reader, ErrorCodes.MalformedValue, $"{QuotedInput.Quote(text)} is not {description}.");
        return false;
    }

    /// <summary>The range of a finite double, for messages.</summary>
    private const string DoubleRange = "-1.7976931348623157E+308 to 1.7976931348623157E+308";

    private static long RawLength(ref AiInfraJsonReader reader) =>
        reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;

    private static string Example<TQuantity, TUnit>(TUnit unit)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum
    {
        var abbreviation = TQuantity.GetAbbreviation(unit);
        return abbreviation.Length == 0 ? "0.5" : "1 " + abbreviation;
    }

    private static class EmptyMap<TKey, TValue>
        where TKey : notnull
    {
        public static readonly IReadOnlyDictionary<TKey, TValue> Instance = new Dictionary<TKey, TValue>();
    }
}
