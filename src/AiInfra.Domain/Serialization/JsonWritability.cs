using System.Globalization;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Quantities.Serialization;
using NodaTime;

namespace AiInfra.Domain.Serialization;

/// <summary>Why a value cannot be written as JSON that reads back equal: a code from <see cref="ErrorCodes"/> and a message.</summary>
internal readonly record struct Unwritable(string Code, string Message);

/// <summary>
/// The one list of values that JSON cannot carry, shared by <see cref="Validation.ValidationChecks"/> (which reports
/// them) and <see cref="JsonValueWriters"/> (which refuses to write them), so that the two always agree. Each check
/// returns null for a writable value, without allocating; the message is built only for a value that fails.
/// </summary>
internal static class JsonWritability
{
    /// <summary>
    /// The deepest nesting of objects and arrays that is written: the largest <see cref="AiInfraJsonLimits.MaxDepth"/>,
    /// so that whatever is written can be read with some limits, and <see cref="System.Text.Json.Utf8JsonWriter"/>'s own default.
    /// </summary>
    public const int MaxDepth = 1000;

    /// <summary>The longest string <see cref="System.Text.Json.Utf8JsonWriter"/> writes, in UTF-16 units (it throws beyond).</summary>
    public const int MaxTextLength = 166_666_666;

    /// <summary>Every UTF-16 surrogate, U+D800 to U+DFFF, to find them in text without allocating.</summary>
    private static readonly System.Buffers.SearchValues<char> s_surrogates =
        System.Buffers.SearchValues.Create(string.Create(0x800, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)(0xD800 + i);
            }
        }));

    public static Unwritable Null(string what) => new(ErrorCodes.NullValue, what);

    /// <summary>A required property that is null.</summary>
    public static Unwritable NullProperty(bool isCollection) => Null(isCollection
        ? "The property is null; a list or map is never null (leave it empty: an empty one is omitted when written)."
        : "The property is required and must not be null.");

    /// <summary>A list item or map value that is null.</summary>
    public static Unwritable NullItem() => Null("The item is null; a list or map holds no nulls.");

    public static Unwritable? OfText(string? value)
    {
        if (value is null)
        {
            return NullItem();
        }

        if (value.Length > MaxTextLength)
        {
            return new Unwritable(ErrorCodes.TooLong, string.Create(CultureInfo.InvariantCulture, $"The text has {value.Length} characters; JSON text is written with at most {MaxTextLength}."));
        }

        var unpaired = FirstUnpairedSurrogate(value);
        return unpaired < 0 ? null : new Unwritable(
            ErrorCodes.InvalidText,
            string.Create(CultureInfo.InvariantCulture, $"The text has half of a UTF-16 surrogate pair (U+{(int)value[unpaired]:X4}) at index {unpaired}: it is not Unicode text, and JSON cannot carry it."));
    }

    public static Unwritable? OfNumber(double value) =>
        double.IsFinite(value) ? null : new Unwritable(ErrorCodes.NotFinite, $"{Text(value)} is not a finite number; JSON has no NaN or infinity.");

    public static Unwritable? OfQuantity<TQuantity, TUnit>(TQuantity value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum =>
        QuantityWritability.Problem<TQuantity, TUnit>(value) is { } problem ? new Unwritable(ErrorCodes.NotFinite, problem) : null;

    /// <summary>
    /// A UnitsNet value with no library counterpart (beyond a double once in the library's unit or base unit), as an
    /// <see cref="ErrorCodes.OutOfRange"/> problem; otherwise what <see cref="OfQuantity{TQuantity, TUnit}"/> says of its counterpart.
    /// </summary>
    public static Unwritable? OfUnitsNet<TQuantity, TUnit, TUnitsNet>(TUnitsNet value, out TQuantity quantity)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>, IUnitsNetConvertible<TQuantity, TUnitsNet>
        where TUnit : struct, Enum
        where TUnitsNet : struct, global::UnitsNet.IQuantity =>
        UnitsNetValues.TryFromUnitsNet<TQuantity, TUnitsNet>(value, out quantity, out var error)
            ? OfQuantity<TQuantity, TUnit>(quantity)
            : new Unwritable(ErrorCodes.OutOfRange, error!);

    public static Unwritable? OfMoney(Money value) => !value.Currency.IsNone ? null : new Unwritable(
        ErrorCodes.NullValue,
        "The amount is default(Money), which has no currency; use new Money(amount, currency) or Money.Zero(currency).");

    /// <summary>A price needs a currency (default has none) and a unit its quantity defines.</summary>
    public static Unwritable? OfUnitPrice<TQuantity, TUnit>(UnitPrice<TQuantity, TUnit> value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum =>
        value.Amount.Currency.IsNone
            ? new Unwritable(ErrorCodes.NullValue, $"The price is default(UnitPrice<{TQuantity.Info.Name}, …>), which has no currency; use new UnitPrice<…>(amount, unit) or UnitPrice<…>.Parse(\"{UnitPrice<TQuantity, TUnit>.Example()}\").")
            : Enum.IsDefined(value.Unit) ? null : UndefinedEnum(System.Convert.ToInt64(value.Unit, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), typeof(TUnit).Name);

    public static Unwritable? OfPeriod(ReportingPeriod value) => !value.IsNone ? null : new Unwritable(
        ErrorCodes.NullValue,
        "The period is ReportingPeriod.None (default), which is no period; use one such as ReportingPeriod.CalendarQuarter(2025, 3).");

    /// <summary>
    /// A NodaTime period is written as <see cref="Parsing.IsoPeriodText"/> says: whole years, months, weeks and days,
    /// each 0 to its limit; a time part (hours and below) or a negative field has no text that reads back equal.
    /// </summary>
    public static Unwritable? OfPeriod(Period value) =>
        value.Hours == 0 && value.Minutes == 0 && value.Seconds == 0 && value.Milliseconds == 0 && value.Ticks == 0 && value.Nanoseconds == 0
        && InPeriodRange(value.Years, 0) && InPeriodRange(value.Months, 1) && InPeriodRange(value.Weeks, 2) && InPeriodRange(value.Days, 3)
            ? null
            : new Unwritable(ErrorCodes.OutOfRange, $"The period {value} cannot be written: a period here is {Parsing.IsoPeriodText.Description}, " +
                $"each 0 or more (at most {Parsing.IsoPeriodText.MaxOf(0)} years, {Parsing.IsoPeriodText.MaxOf(1)} months, {Parsing.IsoPeriodText.MaxOf(2)} weeks, {Parsing.IsoPeriodText.MaxOf(3)} days) and no hours or smaller units.");

    private static bool InPeriodRange(int value, int field) => value >= 0 && value <= Parsing.IsoPeriodText.MaxOf(field);

    public static Unwritable? OfDate(LocalDate value) =>
        value.Calendar == CalendarSystem.Iso ? null : NotIso("date", value.Calendar);

    public static Unwritable? OfYearMonth(YearMonth value) =>
        value.Calendar == CalendarSystem.Iso ? null : NotIso("year and month", value.Calendar);

    public static Unwritable? OfEnum(bool isDefined, int value, string enumName) =>
        isDefined ? null : UndefinedEnum(value.ToString(CultureInfo.InvariantCulture), enumName);

    /// <summary>An enum value (<paramref name="valueText"/>, its number) that its enum does not define.</summary>
    public static Unwritable UndefinedEnum(string valueText, string enumName) =>
        new(ErrorCodes.UnknownEnumValue, $"{valueText} is not a defined value of {enumName}.");

    public static Unwritable? OfBound(FigureBound bound) =>
        FigureVocabulary.BoundName(bound) is not null ? null : UndefinedEnum(((int)bound).ToString(CultureInfo.InvariantCulture), nameof(FigureBound));

    public static Unwritable? OfLine(int? line) => line is null or >= 1 ? null : new Unwritable(
        ErrorCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"A line number is at least 1, not {line}."));

    /// <summary>A correction's text: neither part may be null, both must be text.</summary>
    public static Unwritable? OfCorrectionPart(string? value) =>
        value is null ? Null("A correction needs both its original text and its reason.") : OfText(value);

    /// <summary>
    /// A value whose JSON nests (or, <paramref name="possibly"/>, can nest) <paramref name="depth"/> objects and arrays
    /// deep, beyond <paramref name="limit"/>: <see cref="MaxDepth"/>, or a writer's own smaller limit.
    /// </summary>
    public static Unwritable TooDeep(int depth, int limit, bool possibly) => new(
        ErrorCodes.DepthExceeded,
        string.Create(
            CultureInfo.InvariantCulture,
            $"The value {(possibly ? "can reach" : "reaches")} a depth of {depth} objects and arrays in JSON, beyond the {limit} {(limit == MaxDepth ? "that any reader accepts (the largest AiInfraJsonLimits.MaxDepth)" : "the writer allows")}."));

    /// <summary>
    /// The JSON depth (objects and arrays) down to which readers and validators go without asking the runtime whether
    /// the stack has room (<see cref="System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack"/>,
    /// a thread-local lookup that cost 2 % of a read when asked at every nested record): a few records' frames, far less
    /// than the 64 to 128 KiB the runtime keeps in reserve when it answers yes. A reader asks at the document's start too.
    /// </summary>
    public const int UncheckedStackDepth = 8;

    /// <summary>
    /// A value nested so deep that the thread's stack would overflow before it is validated, written or read (a few
    /// hundred levels of a large record on a 1 MiB stack): a safety net under <see cref="MaxDepth"/>, since a stack
    /// overflow would end the process.
    /// </summary>
    public static Unwritable TooDeepForStack() => new(
        ErrorCodes.DepthExceeded,
        "The value nests deeper than this thread's stack allows to validate, write or read it; use a thread with a larger stack, or nest less.");

    /// <summary>The index of the first UTF-16 surrogate that is not half of a pair, or -1.</summary>
    public static int FirstUnpairedSurrogate(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (true)
        {
            var i = text[offset..].IndexOfAny(s_surrogates);
            if (i < 0)
            {
                return -1;
            }

            i += offset;
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return i;
            }

            offset = i + 2;
        }
    }

    private static Unwritable NotIso(string what, CalendarSystem calendar) => new(
        ErrorCodes.MalformedValue,
        $"The {what} is in the {calendar.Id} calendar; JSON carries ISO 8601 dates only (convert it with WithCalendar(CalendarSystem.Iso)).");

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
