using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using AiInfra.Domain.Validation;

namespace AiInfra.Domain.Serialization;

/// <summary>Checks the constraints of one value, reporting into <paramref name="scope"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public delegate void ValueCheck<in T>(T value, ref ValidationScope scope);

/// <summary>
/// Collects every error found while reading one JSON document, each with the JSON Pointer of the value being
/// read. Used by generated readers; a document is accepted only when no error was collected. At most
/// <see cref="AiInfraJsonLimits.MaxErrors"/> errors are kept, then one <see cref="ErrorCodes.TooManyErrors"/> error.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed class JsonReadContext
{
    // The path as a plain stack, its first steps inside this object (a document's usual depth, with no array to
    // allocate), deeper ones in an array: a list's Add and RemoveAt (version, bounds, clearing) showed in every property read.
    private InlinePath _inlinePath;
    private PathSegment[]? _spilledPath;
    private int _depth;
    private List<PendingError>? _errors;
    private int _errorCount;
    private int _checkErrorCount;
    private long _lastErrorOffset;
    private RepeatedStrings _repeatedStrings;

    /// <summary>Creates a context that enforces <paramref name="limits"/>.</summary>
    public JsonReadContext(AiInfraJsonLimits? limits = null) => Start(limits ?? AiInfraJsonLimits.Default);

    /// <summary>The string at the reader (a string token), one instance for text that repeats (see <see cref="RepeatedStrings"/>).</summary>
    internal string GetString(ref AiInfraJsonReader reader) => _repeatedStrings.Get(ref reader);

    /// <summary>The limits this read enforces.</summary>
    public AiInfraJsonLimits Limits { get; private set; }

    /// <summary>The context kept on this thread between reads of <see cref="AiInfraJson"/>; null while one is in use.</summary>
    [ThreadStatic]
    private static JsonReadContext? t_kept;

    /// <summary>
    /// A context for one read by <see cref="AiInfraJson"/>: the one kept on this thread, emptied, or a new one when it is
    /// in use (a read nested in another) or there is none yet. Its repeated strings are kept, so that short strings
    /// repeated across the documents read on one thread (source ids, references) are one instance. Give it back with
    /// <see cref="Return"/>.
    /// </summary>
    internal static JsonReadContext Rent(AiInfraJsonLimits limits)
    {
        var context = t_kept;
        if (context is null)
        {
            return new JsonReadContext(limits);
        }

        t_kept = null;
        context.Start(limits);
        return context;
    }

    /// <summary>Keeps <paramref name="context"/> for this thread's next read, once nothing refers to it any more.</summary>
    internal static void Return(JsonReadContext context) => t_kept = context;

    /// <summary>Forgets what the read found so far (its path and errors), as if it had not begun; the limits stay.</summary>
    internal void Restart() => Start(Limits);

    /// <summary>The state of a read that has not begun: no path, no errors, <paramref name="limits"/>; the repeated strings stay.</summary>
    [MemberNotNull(nameof(Limits))]
    private void Start(AiInfraJsonLimits limits)
    {
        Limits = limits;
        _spilledPath = null;
        _depth = 0;
        _errors = null;
        _errorCount = 0;
        _checkErrorCount = 0;
        _lastErrorOffset = -1;
    }

    /// <summary>
    /// How many errors were found so far, those past <see cref="AiInfraJsonLimits.MaxErrors"/> (found but not kept)
    /// included; a reader compares counts to tell whether its value failed.
    /// </summary>
    public int ErrorCount => _errorCount;

    /// <summary>
    /// How many of <see cref="ErrorCount"/> are reading errors: everything but what <see cref="Check{T}"/> found. A value
    /// is read whole when reading it added none (malformed text, a wrong type, a missing, unknown or repeated property,
    /// a bad key), even if a check of a value in it failed; a generated reader returns its record exactly then, so that
    /// the records around it still check their own rules and one read reports every error.
    /// </summary>
    public int ReadErrorCount => _errorCount - _checkErrorCount;

    // The three below run around every value read; AggressiveInlining keeps them inline in the generated readers,
    // whose size otherwise exhausts the JIT's inlining budget and leaves each one a call.

    /// <summary>Enters a property of the current object.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void PushProperty(string name) => Push(new PathSegment(name, -1));

    /// <summary>Enters an item of the current array.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void PushIndex(int index) => Push(new PathSegment(null, index));

    /// <summary>Leaves the innermost property or item.</summary>
    /// <exception cref="InvalidOperationException">Nothing was entered.</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Pop()
    {
        if (_depth == 0)
        {
            ThrowPopWithoutPush();
        }

        _depth--;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowPopWithoutPush() => throw new InvalidOperationException("Pop without a matching PushProperty or PushIndex.");

    private Span<PathSegment> Path => _spilledPath is { } spilled ? spilled : _inlinePath;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Push(PathSegment segment)
    {
        if (_spilledPath is null && _depth < InlinePath.Length)
        {
            _inlinePath[_depth++] = segment;
            return;
        }

        PushDeep(segment);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void PushDeep(PathSegment segment)
    {
        var path = Path;
        if (_depth == path.Length)
        {
            var larger = new PathSegment[path.Length * 2];
            path.CopyTo(larger);
            _spilledPath = larger;
            path = larger;
        }

        path[_depth++] = segment;
    }

    /// <summary>Records an error at the current path, at the reader's current token.</summary>
    public void AddError(ref AiInfraJsonReader reader, string code, string message)
    {
        var offset = reader.TokenStartIndex;
        if (Keep(offset))
        {
            Store(new PendingError(CurrentPointer(), code, message, offset));
        }
    }

    /// <summary>Records an error at a property of the current object (for a missing or unknown property).</summary>
    public void AddPropertyError(string propertyName, string code, string message, long? byteOffset)
    {
        if (Keep(byteOffset))
        {
            Store(new PendingError(CurrentPointer() + "/" + EscapePointerToken(propertyName), code, message, byteOffset));
        }
    }

    /// <summary>
    /// Applies a property's constraints to a value just read, so that a document's every problem is found in one
    /// pass, including values that are well-formed but out of range. Allocates nothing when the value is valid. An
    /// error about a part of the value (an item of a list, a value of a map, a property of a nested object) is placed
    /// at that part of the text when <see cref="GetErrors"/> is given the document.
    /// </summary>
    /// <param name="value">The value read.</param>
    /// <param name="check">The property's checks.</param>
    /// <param name="byteOffset">Where the value starts in the document (the reader's <see cref="Utf8JsonReader.TokenStartIndex"/> before it was read).</param>
    public void Check<T>(T value, ValueCheck<T> check, long byteOffset)
    {
        // An error found while reading the value (a value inside it failed its checks) means some checks of this value
        // ran already and others (rules over its parts) would see a part known bad: the document's final check
        // (CheckRest) runs what was skipped, without repeating what was found.
        if (_lastErrorOffset >= byteOffset)
        {
            return;
        }

        // No error inside the value: each of its own values passed its checks while it was read.
        var fast = ScopeAfterRead(collecting: false);
        check(value, ref fast);
        if (fast.IsValid)
        {
            return;
        }

        StoreCheckErrors(value, check, byteOffset, skipKnown: false);
    }

    /// <summary>
    /// True when every value this read accepts can be written, so that a value read without an error is validated with
    /// <see cref="ValidationScope.ValuesChecked"/>: as long as no string can be longer than the writer takes, which the
    /// limit on strings (in UTF-8 bytes, never fewer than the UTF-16 units read from them) ensures unless it was raised past it.
    /// </summary>
    internal bool ValuesReadAreWritable => Limits.MaxStringLength <= JsonWritability.MaxTextLength;

    /// <summary>A validation scope for a value read without an error (see <see cref="ValuesReadAreWritable"/>).</summary>
    internal ValidationScope ScopeAfterRead(bool collecting) => ValidationScope.Create(collecting, ValuesReadAreWritable);

    /// <summary>
    /// Checks a record read whole after some of its values failed their checks (<see cref="ReadErrorCount"/> unchanged,
    /// <see cref="ErrorCount"/> not): every check and rule of the record, those that reading skipped included, keeping
    /// only the errors not already found. Does nothing when the limit of errors is reached.
    /// </summary>
    internal void CheckRest<T>(T value, ValueCheck<T> check, long byteOffset)
    {
        if (_errorCount < Limits.MaxErrors)
        {
            StoreCheckErrors(value, check, byteOffset, skipKnown: true);
        }
    }

    private void StoreCheckErrors<T>(T value, ValueCheck<T> check, long byteOffset, bool skipKnown)
    {
        // After errors inside the value (skipKnown), its values are not all known good: check them all.
        var full = skipKnown ? ValidationScope.Collecting() : ScopeAfterRead(collecting: true);
        check(value, ref full);
        string? prefix = null;
        HashSet<(string Pointer, string Code, string Message)>? known = null;
        if (skipKnown)
        {
            // One set of what was found, so that a document with many errors is checked again in linear time.
            known = new();
            foreach (var e in _errors ?? [])
            {
                known.Add((e.Pointer, e.Code, e.Message));
            }
        }

        foreach (var error in full.ToResult().Errors)
        {
            prefix ??= CurrentPointer();
            var pointer = prefix + error.Path;
            if (known is not null && known.Contains((pointer, error.Code, error.Message)))
            {
                continue;
            }

            var inside = error.Path.Length == 0 ? null : error.Path;
            _checkErrorCount = _checkErrorCount == int.MaxValue ? _checkErrorCount : _checkErrorCount + 1;
            if (Keep(byteOffset, inside))
            {
                Store(new PendingError(pointer, error.Code, error.Message, byteOffset, inside));
            }
        }
    }

    /// <summary>
    /// Records that the text is not well-formed JSON, where the reader stopped: its line, and its column once
    /// <see cref="GetErrors"/> is given the document (System.Text.Json counts the column in bytes; an error's column
    /// counts UTF-16 code units). Always <see cref="ErrorCodes.MalformedJson"/>: only the caller that holds the document
    /// can tell a depth past the limit from a truncated document, as <see cref="AiInfraJson"/> does.
    /// </summary>
    public void AddMalformed(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (Keep(null))
        {
            Store(new PendingError(CurrentPointer(), ErrorCodes.MalformedJson, DescribeMalformed(exception), null)
            {
                Line = exception.LineNumber ?? 0,
                BytePositionInLine = exception.BytePositionInLine ?? 0,
            });
        }
    }

    /// <summary>Records that the text is not well-formed JSON (<paramref name="code"/> says how) at a byte offset of the document, at the current path.</summary>
    internal void AddMalformed(JsonException exception, string code, long byteOffset)
    {
        if (Keep(byteOffset))
        {
            Store(new PendingError(CurrentPointer(), code, DescribeMalformed(exception), byteOffset));
        }
    }

    internal void Add(string pointer, string code, string message, long? byteOffset)
    {
        if (Keep(byteOffset))
        {
            Store(new PendingError(pointer, code, message, byteOffset));
        }
    }

    /// <summary>
    /// The errors, in the order found. Given the document that was read, each gets its line and column (counted in
    /// UTF-16 code units), all worked out in one pass over the document.
    /// </summary>
    public IReadOnlyList<AiInfraError> GetErrors(ReadOnlySpan<byte> source = default) => Collect(source, locate: !source.IsEmpty);

    /// <summary>The errors with their positions in <paramref name="document"/>, the whole text that was read (an empty one too).</summary>
    internal IReadOnlyList<AiInfraError> GetErrorsIn(ReadOnlySpan<byte> document) => Collect(document, locate: true);

    private AiInfraError[] Collect(ReadOnlySpan<byte> source, bool locate)
    {
        if (_errors is null)
        {
            return Array.Empty<AiInfraError>();
        }

        var count = _errors.Count;
        var offsets = new long[count];
        List<(long Anchor, string Path, int Error)>? inside = null;
        for (var i = 0; i < count; i++)
        {
            var e = _errors[i];
            offsets[i] = e.ByteOffset ?? (e.Line is { } line && locate ? TextPositions.OffsetOf(source, line, e.BytePositionInLine) : -1);
            if (e.Inside is { } path && e.ByteOffset is { } anchor)
            {
                (inside ??= new()).Add((anchor, path, i));
            }
        }

        var positions = new (long Line, long Column)[count];
        if (locate)
        {
            if (inside is not null)
            {
                TextPositions.LocateInside(source, inside, offsets, Limits.MaxDepth);
            }

            TextPositions.LinesAndColumns(source, offsets, positions);
        }

        var result = new AiInfraError[count];
        for (var i = 0; i < count; i++)
        {
            var e = _errors[i];
            var (line, column) = positions[i];
            result[i] = line > 0
                ? new AiInfraError(e.Pointer, e.Code, e.Message, line, column)
                : new AiInfraError(e.Pointer, e.Code, e.Message, e.Line is { } l ? l + 1 : null);
        }

        return result;
    }

    /// <summary>
    /// Records that the text is not well-formed JSON (<paramref name="code"/> says how: malformed or too deep), at the
    /// reader's line and byte position in it, for a caller that does not hold the document (JsonSerializer's converters).
    /// </summary>
    internal void AddMalformed(JsonException exception, string code)
    {
        if (Keep(null))
        {
            Store(new PendingError(CurrentPointer(), code, DescribeMalformed(exception), null)
            {
                Line = exception.LineNumber ?? 0,
                BytePositionInLine = exception.BytePositionInLine ?? 0,
            });
        }
    }

    /// <summary>
    /// Where each error kept so far was found, in order: the byte offset of the token at fault in the text the reader
    /// reads (for an error inside a value checked whole, the value's), or, for text that is not well-formed JSON, the
    /// reader's line and byte position in it (both from 1). For callers that work out lines and columns without the
    /// whole text (<see cref="ReaderPositions"/>).
    /// </summary>
    internal ErrorSite[] GetErrorSites()
    {
        if (_errors is null)
        {
            return [];
        }

        var sites = new ErrorSite[_errors.Count];
        for (var i = 0; i < sites.Length; i++)
        {
            var e = _errors[i];
            sites[i] = e.ByteOffset is { } offset ? new ErrorSite(offset, null, null) : new ErrorSite(null, e.Line + 1, e.BytePositionInLine + 1);
        }

        return sites;
    }

    /// <summary>The errors, with the line and column of each given by <paramref name="positions"/> (one per error kept, in order).</summary>
    internal IReadOnlyList<AiInfraError> GetErrorsAt(ReadOnlySpan<(long? Line, long? Column)> positions)
    {
        if (_errors is null)
        {
            return Array.Empty<AiInfraError>();
        }

        var result = new AiInfraError[_errors.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var e = _errors[i];
            var (line, column) = i < positions.Length ? positions[i] : (null, null);
            result[i] = new AiInfraError(e.Pointer, e.Code, e.Message, line, column);
        }

        return result;
    }

    /// <summary>Where one error was found: a byte offset into the text read, or a malformed-text line and byte position (from 1).</summary>
    internal readonly record struct ErrorSite(long? ByteOffset, long? Line, long? ByteColumn);

    /// <summary>The JSON Pointer of the value being read.</summary>
    public string Pointer => CurrentPointer();

    /// <summary>Escapes a JSON Pointer reference token: "~" becomes "~0" and "/" becomes "~1".</summary>
    public static string EscapePointerToken(string token) =>
        token.Contains('~') || token.Contains('/') ? token.Replace("~", "~0").Replace("/", "~1") : token;

    /// <summary>
    /// Counts an error and says whether to keep it: the first <see cref="AiInfraJsonLimits.MaxErrors"/> are kept; the
    /// next one is replaced by the one <see cref="ErrorCodes.TooManyErrors"/> error, at its place; later ones are only counted.
    /// </summary>
    private bool Keep(long? byteOffset, string? inside = null)
    {
        var index = _errorCount;
        _errorCount = index == int.MaxValue ? index : index + 1;
        if (byteOffset > _lastErrorOffset)
        {
            _lastErrorOffset = byteOffset.Value;
        }

        var max = Limits.MaxErrors;
        if (index < max)
        {
            return true;
        }

        if (index == max)
        {
            Store(new PendingError(
                string.Empty,
                ErrorCodes.TooManyErrors,
                $"The document has more than {max} errors, the limit of this read (AiInfraJsonLimits.MaxErrors); the errors after the first {max} are not reported. This is where the next one is.",
                byteOffset,
                inside));
        }

        return false;
    }

    private void Store(PendingError error) => (_errors ??= new List<PendingError>()).Add(error);

    private string CurrentPointer()
    {
        if (_depth == 0)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var segment in Path[.._depth])
        {
            builder.Append('/');
            if (segment.Name is null)
            {
                builder.Append(segment.Index);
            }
            else
            {
                builder.Append(EscapePointerToken(segment.Name));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// System.Text.Json's message without its position (the error has its own, in UTF-16 code units), and with any
    /// input it quotes (an invalid literal such as 'nxxx…' is quoted whole) cut to <see cref="QuotedInput.MaxShownLength"/> characters.
    /// </summary>
    private static string DescribeMalformed(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut > 0 ? message[..cut] : message).TrimEnd(' ', '|', '.') + ".";
        if (message.StartsWith('\'') && message.LastIndexOf("' ", StringComparison.Ordinal) is var close and > 1 && close - 1 > QuotedInput.MaxShownLength)
        {
            message = "'" + QuotedInput.Cut(message.AsSpan(1, close - 1)) + message[close..];
        }

        return message;
    }

    private readonly record struct PathSegment(string? Name, int Index);

    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct InlinePath
    {
        public const int Length = 4;

        private PathSegment _first;
    }

    /// <summary>
    /// An error before its line and column are known: at <see cref="ByteOffset"/>, or, for a part of a value that was
    /// checked whole, at the path <see cref="Inside"/> within the value that starts there; or, from a
    /// <see cref="JsonException"/>, at a 0-based line and byte position in it.
    /// </summary>
    private sealed record PendingError(string Pointer, string Code, string Message, long? ByteOffset, string? Inside = null)
    {
        public long? Line { get; init; }

        public long BytePositionInLine { get; init; }
    }
}
