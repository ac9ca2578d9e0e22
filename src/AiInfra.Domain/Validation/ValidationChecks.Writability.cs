using System.Diagnostics.CodeAnalysis;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Provenance;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Serialization;
using NodaTime;

namespace AiInfra.Domain.Validation;

/// <summary>
/// The checks that a value can be written as JSON and read back equal: no nulls where a value is needed, finite
/// numbers, defined enum values, no <c>default(Money)</c> or <c>ReportingPeriod.None</c>, ISO dates, Unicode text, figures
/// whose every field can be written, and nesting within the depth any reader accepts. <see cref="JsonValueWriters"/>
/// refuses exactly these values, with the same code and message. Each returns true for a writable value, and
/// allocates nothing then; a generated validator checks a value's constraints only when it is writable.
/// </summary>
public static partial class ValidationChecks
{
    /// <summary>Reports a required property, or a list or map property, that is null.</summary>
    /// <param name="scope">The scope, at the object that holds the property.</param>
    /// <param name="propertyName">The property's JSON name.</param>
    /// <param name="isCollection">True for a list or map, which is never null even when optional.</param>
    public static void NullProperty(ref ValidationScope scope, string propertyName, bool isCollection) =>
        scope.ReportUnwritableProperty(propertyName, JsonWritability.NullProperty(isCollection));

    /// <summary>Reports a null list item, map value or nested entity; true when <paramref name="value"/> is not null.</summary>
    private static bool NotNull<T>(ref ValidationScope scope, [NotNullWhen(true)] T? value)
        where T : class
    {
        if (value is not null)
        {
            return true;
        }

        scope.ReportUnwritable(JsonWritability.NullItem());
        return false;
    }

    /// <summary>Reports a null string, one longer than a JSON writer writes, or one that holds half of a surrogate pair.</summary>
    public static bool Writable(ref ValidationScope scope, [NotNullWhen(true)] string? value) =>
        Report(ref scope, JsonWritability.OfText(value));

    /// <summary>Reports a number that is NaN or infinite.</summary>
    public static bool Writable(ref ValidationScope scope, double value) => Report(ref scope, JsonWritability.OfNumber(value));

    /// <summary>Reports a quantity whose value, or whose value in the base unit, is NaN or infinite.</summary>
    public static bool Writable<TQuantity, TUnit>(ref ValidationScope scope, TQuantity value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum =>
        Report(ref scope, JsonWritability.OfQuantity<TQuantity, TUnit>(value));

    /// <summary>Reports <c>default(Money)</c>, which has no currency.</summary>
    public static bool Writable(ref ValidationScope scope, Money value) => Report(ref scope, JsonWritability.OfMoney(value));

    /// <summary>Reports <see cref="ReportingPeriod.None"/>.</summary>
    public static bool Writable(ref ValidationScope scope, ReportingPeriod value) => Report(ref scope, JsonWritability.OfPeriod(value));

    /// <summary>Reports a period with a time part or a field below 0 or above what its text can hold.</summary>
    public static bool Writable(ref ValidationScope scope, Period value) => Report(ref scope, JsonWritability.OfPeriod(value));

    /// <summary>Reports a price with no currency (default) or a unit its quantity does not define.</summary>
    public static bool WritablePrice<TQuantity, TUnit>(ref ValidationScope scope, UnitPrice<TQuantity, TUnit> value)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum => Report(ref scope, JsonWritability.OfUnitPrice(value));

    /// <summary>Reports a date in a calendar other than ISO.</summary>
    public static bool Writable(ref ValidationScope scope, LocalDate value) => Report(ref scope, JsonWritability.OfDate(value));

    /// <summary>Reports a year and month in a calendar other than ISO.</summary>
    public static bool Writable(ref ValidationScope scope, YearMonth value) => Report(ref scope, JsonWritability.OfYearMonth(value));

    /// <summary>Reports an enum value that its enum does not define.</summary>
    /// <param name="scope">The scope, at the value.</param>
    /// <param name="isDefined">Whether the enum defines the value (the generated <c>IsDefined</c>).</param>
    /// <param name="value">The value as a number, for the message.</param>
    /// <param name="enumName">The enum's name, for the message.</param>
    public static bool WritableEnum(ref ValidationScope scope, bool isDefined, int value, string enumName) =>
        Report(ref scope, JsonWritability.OfEnum(isDefined, value, enumName));

    /// <summary>Reports what cannot be written in a figure of whole numbers (see <see cref="WritableFigure{TQuantity, TUnit}"/>).</summary>
    public static bool WritableFigure(ref ValidationScope scope, Figure<long> figure) => Figure(ref scope, figure, null, null);

    /// <summary>Reports what cannot be written in a figure of numbers (see <see cref="WritableFigure{TQuantity, TUnit}"/>).</summary>
    public static bool WritableFigure(ref ValidationScope scope, Figure<double> figure) =>
        Figure(ref scope, figure, JsonWritability.OfNumber(figure.Value), figure.Maximum is { } maximum ? JsonWritability.OfNumber(maximum) : null);

    /// <summary>Reports what cannot be written in a figure of money (see <see cref="WritableFigure{TQuantity, TUnit}"/>).</summary>
    public static bool WritableFigure(ref ValidationScope scope, Figure<Money> figure) =>
        Figure(ref scope, figure, JsonWritability.OfMoney(figure.Value), figure.Maximum is { } maximum ? JsonWritability.OfMoney(maximum) : null);

    /// <summary>Reports what cannot be written in a figure of dates (see <see cref="WritableFigure{TQuantity, TUnit}"/>).</summary>
    public static bool WritableFigure(ref ValidationScope scope, Figure<LocalDate> figure) =>
        Figure(ref scope, figure, JsonWritability.OfDate(figure.Value), figure.Maximum is { } maximum ? JsonWritability.OfDate(maximum) : null);

    /// <summary>Reports what cannot be written in a figure of years and months (see <see cref="WritableFigure{TQuantity, TUnit}"/>).</summary>
    public static bool WritableFigure(ref ValidationScope scope, Figure<YearMonth> figure) =>
        Figure(ref scope, figure, JsonWritability.OfYearMonth(figure.Value), figure.Maximum is { } maximum ? JsonWritability.OfYearMonth(maximum) : null);

    /// <summary>Reports what cannot be written in a figure of reporting periods (see <see cref="WritableFigure{TQuantity, TUnit}"/>).</summary>
    public static bool WritableFigure(ref ValidationScope scope, Figure<ReportingPeriod> figure) =>
        Figure(ref scope, figure, JsonWritability.OfPeriod(figure.Value), figure.Maximum is { } maximum ? JsonWritability.OfPeriod(maximum) : null);

    /// <summary>
    /// Reports what cannot be written in a figure of quantities: a value or maximum that is not finite (at the figure's
    /// path when it is written as a plain value, else at "value", "min" or "max"), an undefined bound ("bound"), a line
    /// below 1 ("line"), a source or note that is not text, a correction with a null part ("corrected/original",
    /// "corrected/reason").
    /// </summary>
    public static bool WritableFigure<TQuantity, TUnit>(ref ValidationScope scope, Figure<TQuantity> figure)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>
        where TUnit : struct, Enum =>
        Figure(
            ref scope,
            figure,
            JsonWritability.OfQuantity<TQuantity, TUnit>(figure.Value),
            figure.Maximum is { } maximum ? JsonWritability.OfQuantity<TQuantity, TUnit>(maximum) : null);

    /// <summary>
    /// Reports a UnitsNet value with no library counterpart (<see cref="ErrorCodes.OutOfRange"/>), or whose counterpart
    /// <see cref="Writable{TQuantity, TUnit}"/> reports; true, with the counterpart, whose constraints are then checked.
    /// </summary>
    public static bool WritableUnitsNet<TQuantity, TUnit, TUnitsNet>(ref ValidationScope scope, TUnitsNet value, out TQuantity quantity)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>, IUnitsNetConvertible<TQuantity, TUnitsNet>
        where TUnit : struct, Enum
        where TUnitsNet : struct, global::UnitsNet.IQuantity =>
        Report(ref scope, JsonWritability.OfUnitsNet<TQuantity, TUnit, TUnitsNet>(value, out quantity));

    /// <summary>
    /// Reports what <see cref="WritableFigure{TQuantity, TUnit}"/> reports of a figure of UnitsNet values, a value or
    /// maximum without a library counterpart included; true, with the figure of library values, whose constraints are then checked.
    /// </summary>
    public static bool WritableUnitsNetFigure<TQuantity, TUnit, TUnitsNet>(ref ValidationScope scope, Figure<TUnitsNet> figure, out Figure<TQuantity> quantities)
        where TQuantity : struct, IQuantity<TQuantity, TUnit>, IUnitsNetConvertible<TQuantity, TUnitsNet>
        where TUnit : struct, Enum
        where TUnitsNet : struct, global::UnitsNet.IQuantity
    {
        var value = JsonWritability.OfUnitsNet<TQuantity, TUnit, TUnitsNet>(figure.Value, out var quantity);
        TQuantity? maximum = null;
        Unwritable? maximumProblem = null;
        if (figure.Maximum is { } unitsNetMaximum)
        {
            maximumProblem = JsonWritability.OfUnitsNet<TQuantity, TUnit, TUnitsNet>(unitsNetMaximum, out var converted);
            maximum = converted;
        }

        var writable = Figure(ref scope, figure, value, maximumProblem);
        quantities = writable ? UnitsNetValues.WithValues(figure, quantity, maximum) : default;
        return writable;
    }

    /// <summary>
    /// At the start of an entity's checks: reports an entity whose JSON could nest deeper than the 1000 objects and arrays
    /// any reader accepts (<see cref="ErrorCodes.DepthExceeded"/>), and then its properties are not checked.
    /// </summary>
    /// <param name="scope">The scope, at the entity.</param>
    /// <param name="innerLevels">The most objects and arrays the entity's own properties nest inside its object (nested entities count for themselves).</param>
    public static bool WritableDepth(ref ValidationScope scope, int innerLevels)
    {
        var depth = scope.Nesting + 1 + innerLevels;
        if (depth <= JsonWritability.MaxDepth)
        {
            return true;
        }

        scope.ReportUnwritable(JsonWritability.TooDeep(depth, JsonWritability.MaxDepth, possibly: innerLevels > 0));
        return false;
    }

    /// <summary>Validates a nested entity, <paramref name="levels"/> objects and arrays inside the one the scope is at.</summary>
    /// <param name="scope">The scope, at the nested entity.</param>
    /// <param name="value">The nested entity; null is reported.</param>
    /// <param name="levels">1 for an entity held by a property, 2 for one in a list or map, and so on.</param>
    public static void Nested<T>(ref ValidationScope scope, T value, int levels)
        where T : class, IAiInfraEntity<T>
    {
        if (scope.ShouldStop || !NotNull(ref scope, value))
        {
            return;
        }

        if (scope.Nesting >= JsonWritability.UncheckedStackDepth && !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            scope.ReportUnwritable(JsonWritability.TooDeepForStack());
            return;
        }

        scope.Nesting += levels;
        T.ValidateInto(value, ref scope);
        scope.Nesting -= levels;
    }

    /// <summary>
    /// Checks a map's keys (each a defined value of its enum, reported at the key) and, with <paramref name="check"/>,
    /// each value under its key's JSON name; allocates nothing for the usual dictionary types.
    /// </summary>
    public static void Map<TKey, TValue>(ref ValidationScope scope, IReadOnlyDictionary<TKey, TValue> map, Func<TKey, string> keyName, ValueCheck<TValue>? check)
        where TKey : struct, Enum
    {
        if (map.Count == 0)
        {
            return;
        }

        if (map is Dictionary<TKey, TValue> dictionary)
        {
            foreach (var (key, value) in dictionary)
            {
                CheckKeyAndValue(ref scope, key, value, keyName, check);
            }
        }
        else if (map is System.Collections.Immutable.ImmutableDictionary<TKey, TValue> immutable)
        {
            foreach (var (key, value) in immutable)
            {
                CheckKeyAndValue(ref scope, key, value, keyName, check);
            }
        }
        else
        {
            foreach (var (key, value) in map)
            {
                CheckKeyAndValue(ref scope, key, value, keyName, check);
            }
        }
    }

    private static void CheckKeyAndValue<TKey, TValue>(ref ValidationScope scope, TKey key, TValue value, Func<TKey, string> keyName, ValueCheck<TValue>? check)
        where TKey : struct, Enum
    {
        if (scope.ShouldStop)
        {
            return;
        }

        if (!Enum.IsDefined(key))
        {
            scope.Enter(keyName(key));
            scope.ReportUnwritable(JsonWritability.UndefinedEnum(keyName(key), typeof(TKey).Name));
            scope.Exit();
        }
        else if (check is not null)
        {
            CheckEntry(ref scope, keyName(key), value, check);
        }
    }

    private static bool Report(ref ValidationScope scope, Unwritable? problem)
    {
        if (problem is not { } found)
        {
            return true;
        }

        scope.ReportUnwritable(found);
        return false;
    }

    private static bool Figure<T>(ref ValidationScope scope, in Figure<T> figure, Unwritable? value, Unwritable? maximum)
        where T : struct
    {
        var before = scope.UnwritableCount;
        if (JsonWritability.OfBound(figure.Bound) is { } bound)
        {
            scope.ReportUnwritableProperty("bound", bound);
        }

        if (value is { } badValue)
        {
            if (JsonValueWriters.IsPlain(figure))
            {
                scope.ReportUnwritable(badValue);
            }
            else
            {
                scope.ReportUnwritableProperty(figure.IsRange ? "min" : "value", badValue);
            }
        }

        if (maximum is { } badMaximum)
        {
            scope.ReportUnwritableProperty("max", badMaximum);
        }

        if (JsonWritability.OfLine(figure.Line) is { } line)
        {
            scope.ReportUnwritableProperty("line", line);
        }

        if (figure.Source is { } source && JsonWritability.OfText(source) is { } badSource)
        {
            scope.ReportUnwritableProperty("source", badSource);
        }

        if (figure.Note is { } note && JsonWritability.OfText(note) is { } badNote)
        {
            scope.ReportUnwritableProperty("note", badNote);
        }

        if (figure.Correction is { } correction)
        {
            var original = JsonWritability.OfCorrectionPart(correction.Original);
            var reason = JsonWritability.OfCorrectionPart(correction.Reason);
            if (original is not null || reason is not null)
            {
                scope.Enter("corrected");
                if (original is { } badOriginal)
                {
                    scope.ReportUnwritableProperty("original", badOriginal);
                }

                if (reason is { } badReason)
                {
                    scope.ReportUnwritableProperty("reason", badReason);
                }

                scope.Exit();
            }
        }

        return scope.UnwritableCount == before;
    }
}
