using System.ComponentModel;
using System.Globalization;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Validation;

/// <summary>
/// Where generated validators and hand-written rules report problems. In fail-fast mode it records only that the
/// value is invalid and allocates nothing; in collecting mode it records every error with its JSON Pointer.
/// Pass it by reference.
/// </summary>
public struct ValidationScope
{
    private readonly List<AiInfraError>? _errors;
    private readonly List<string>? _path;
    private bool _failed;
    private int _unwritable;
    private int _nesting;
    private readonly bool _valuesChecked;

    private ValidationScope(List<AiInfraError>? errors, List<string>? path, bool valuesChecked)
    {
        _errors = errors;
        _path = path;
        _failed = false;
        _valuesChecked = valuesChecked;
    }

    /// <summary>A scope that stops at the first problem and allocates nothing.</summary>
    public static ValidationScope FailFast() => default;

    /// <summary>A scope that collects every problem with its path.</summary>
    public static ValidationScope Collecting() => Create(collecting: true, valuesChecked: false);

    /// <summary>
    /// A <see cref="Collecting"/> or <see cref="FailFast"/> scope, with <see cref="ValuesChecked"/> set for a value the
    /// JSON reader has just built and checked value by value without finding an error.
    /// </summary>
    internal static ValidationScope Create(bool collecting, bool valuesChecked) =>
        collecting ? new(new List<AiInfraError>(), new List<string>(), valuesChecked) : new(null, null, valuesChecked);

    /// <summary>
    /// Validates <paramref name="value"/> as its generated <c>Validate()</c> does (which calls this): fail-fast first,
    /// allocating nothing for a valid value, then, only when it failed, again collecting every error with its path.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static ValidationResult Validate<T>(T value)
        where T : class, IAiInfraEntity<T> => Validate(value, valuesChecked: false);

    /// <summary>
    /// <see cref="Validate{T}(T)"/>, with <see cref="ValuesChecked"/> set when the reader has just checked every value of
    /// <paramref name="value"/> (the errors are the same; the values are not checked again).
    /// </summary>
    internal static ValidationResult Validate<T>(T value, bool valuesChecked)
        where T : class, IAiInfraEntity<T>
    {
        var fast = Create(collecting: false, valuesChecked);
        T.ValidateInto(value, ref fast);
        if (fast.IsValid)
        {
            return ValidationResult.Valid;
        }

        var full = Create(collecting: true, valuesChecked);
        T.ValidateInto(value, ref full);
        return full.ToResult();
    }

    /// <summary>
    /// True when the value being validated was read from JSON by the generated reader and no error was found: the
    /// reader checked each of its values (every constraint, and that it can be written) and, for each record inside it,
    /// that record's rules once it was read whole. A generated validator then skips its values (a UnitsNet value too:
    /// the reader made it from a quantity it read, and checked it converted) and runs only what reading could not, the
    /// record's own rules across properties. Validating such a value with or without it finds the same errors; it only
    /// saves a second pass over every value of a document just read.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public readonly bool ValuesChecked => _valuesChecked;

    /// <summary>True while nothing has been reported.</summary>
    public readonly bool IsValid => !_failed;

    /// <summary>True when further checks are pointless: fail-fast mode after a problem.</summary>
    public readonly bool ShouldStop => _failed && _errors is null;

    /// <summary>
    /// How many of the problems reported so far are values that JSON cannot hold at all: a null where a value is
    /// needed, a number that is not finite, an undefined enum value, <c>default(Money)</c>, a value nested too deep
    /// (see <see cref="ValidationChecks"/>' <c>Writable</c> checks). A generated validator compares it before and after
    /// checking a value's properties, and runs the rules across properties (<c>atLeastProperty</c>, <c>ValidateRules</c>)
    /// only when it did not grow, so that hand-written rules never see such values.
    /// </summary>
    public readonly int UnwritableCount => _unwritable;

    /// <summary>
    /// How many objects and arrays the entity being validated lies inside, counted from the value
    /// <see cref="ValidationChecks"/> started from (0 for it): its own object is at JSON depth <c>Nesting + 1</c>.
    /// </summary>
    internal int Nesting
    {
        readonly get => _nesting;
        set => _nesting = value;
    }

    /// <summary>Enters a property (for paths); pair with <see cref="Exit"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public readonly void Enter(string propertyName) => _path?.Add(JsonReadContext.EscapePointerToken(propertyName));

    /// <summary>Enters a list item or map entry (for paths); pair with <see cref="Exit"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public readonly void Enter(int index) => _path?.Add(index.ToString(CultureInfo.InvariantCulture));

    /// <summary>Leaves the innermost property or item.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public readonly void Exit() => _path?.RemoveAt(_path.Count - 1);

    /// <summary>Reports a problem with the value the scope is at.</summary>
    /// <param name="code">A stable code, from <see cref="ErrorCodes"/> or your own (for rules, <see cref="ErrorCodes.RuleViolation"/>).</param>
    /// <param name="message">What is wrong, in words a person reads.</param>
    public void Report(string code, string message)
    {
        _failed = true;
        _errors?.Add(new AiInfraError(Pointer(null), code, message));
    }

    /// <summary>Reports a value that JSON cannot hold (see <see cref="UnwritableCount"/>), at the value the scope is at.</summary>
    internal void ReportUnwritable(in Serialization.Unwritable problem)
    {
        _unwritable++;
        Report(problem.Code, problem.Message);
    }

    /// <summary>Reports a value that JSON cannot hold at a property of the value the scope is at.</summary>
    internal void ReportUnwritableProperty(string propertyName, in Serialization.Unwritable problem)
    {
        _unwritable++;
        ReportProperty(propertyName, problem.Code, problem.Message);
    }

    /// <summary>Reports a problem with a property of the value the scope is at, such as a rule across two properties.</summary>
    /// <param name="propertyName">The JSON name of the property at fault.</param>
    /// <param name="code">A stable code.</param>
    /// <param name="message">What is wrong.</param>
    public void ReportProperty(string propertyName, string code, string message)
    {
        _failed = true;
        _errors?.Add(new AiInfraError(Pointer(propertyName), code, message));
    }

    /// <summary>The collected result; <see cref="ValidationResult.Valid"/> when nothing was reported.</summary>
    public readonly ValidationResult ToResult() =>
        !_failed ? ValidationResult.Valid : new ValidationResult(_errors is { Count: > 0 } errors ? errors.ToArray() : [new AiInfraError(string.Empty, ErrorCodes.RuleViolation, "The value is invalid.")]);

    private readonly string Pointer(string? property)
    {
        if (_path is null)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var token in _path)
        {
            builder.Append('/').Append(token);
        }

        if (property is not null)
        {
            builder.Append('/').Append(JsonReadContext.EscapePointerToken(property));
        }

        return builder.ToString();
    }
}
