using System.Text.Json;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// Works out the line and column of errors found while reading from a <see cref="Utf8JsonReader"/> whose text the
/// reader does not expose: the reader that <see cref="JsonSerializer"/> hands a converter. Lines and columns count from
/// 1, columns in UTF-16 code units, as <see cref="JsonReadContext.GetErrors(ReadOnlySpan{byte})"/> counts them for a
/// text it is given.
/// </summary>
/// <remarks>
/// <para>A copy of the reader, taken at the value's first token, reads the value again and notes, for every string and
/// property name with non-ASCII text, how many more UTF-8 bytes than UTF-16 units it has. A token's line and its
/// position in the line, in bytes, come from the reader's own count: a reader started on a single invalid byte from the
/// state after the token fails with a <see cref="JsonException"/> whose <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> are those of the end of the token (the count a reader keeps across the
/// buffers of a stream, so it is the document's, wherever the value lies in it).</para>
/// <para>This runs only when a value has errors, and costs one reading of the value and one exception per token that
/// has an error. Two approximations, both of text no editor writes: a property name whose colon is on a later line is
/// placed as if it were on the line of the token before it, and a malformed-text error inside a string counts that
/// string's non-ASCII characters before it in UTF-8 bytes.</para>
/// </remarks>
internal static class ReaderPositions
{
    private static ReadOnlySpan<byte> InvalidByte => [0x01];

    /// <summary>The line and column of each site, in order; both null where they cannot be worked out.</summary>
    /// <param name="start">A copy of the reader at the first token of the value that was read.</param>
    /// <param name="toEnd">Read on to the end of the text (a whole document), rather than to the end of the value.</param>
    /// <param name="sites">Where the errors were found (<see cref="JsonReadContext.GetErrorSites"/>).</param>
    public static (long? Line, long? Column)[] Locate(Utf8JsonReader start, bool toEnd, ReadOnlySpan<JsonReadContext.ErrorSite> sites)
    {
        var result = new (long? Line, long? Column)[sites.Length];
        var offsets = new List<(long Offset, int Site)>();
        for (var i = 0; i < sites.Length; i++)
        {
            if (sites[i].ByteOffset is { } offset)
            {
                offsets.Add((offset, i));
            }
            else if (sites[i].Line is { } line)
            {
                result[i] = (line, sites[i].ByteColumn);
            }
        }

        offsets.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var walk = new Walk(offsets, result);
        var reader = start;
        var startDepth = reader.CurrentDepth;
        var isContainer = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
        var failed = false;
        try
        {
            do
            {
                walk.Visit(ref reader);
                if (!toEnd && (!isContainer || (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == startDepth)))
                {
                    break;
                }
            }
            while (reader.Read());
        }
        catch (JsonException)
        {
            failed = true; // The text is malformed here; the error says so, and the tokens before it are what counts.
        }
        catch (InvalidOperationException)
        {
            failed = true;
        }

        walk.Finish();
        if (failed)
        {
            for (var i = 0; i < sites.Length; i++)
            {
                if (sites[i].ByteOffset is null && sites[i].Line is { } line && sites[i].ByteColumn is { } byteColumn)
                {
                    result[i] = (line, walk.ColumnAtFailure(line, byteColumn));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Rebuilds, when the value that was read is well-formed, a text in which every offset the reader gave lies where it
    /// lay: the value's own bytes (from <see cref="JsonDocument.ParseValue"/>, which keeps them as written), after as many
    /// bytes as came before it, laid out in white space so that the value starts on its line and column. With it the
    /// errors are placed exactly as <see cref="AiInfraJson"/> places them in a text it holds, items of lists and the
    /// paths of validation errors included. Before a whole document there is only white space, so the text is the
    /// document's in every position that matters; a value inside the caller's own types gets its line right, and its first
    /// line's columns count what precedes it there in bytes. A malformed-text site after the value (content after the
    /// document) is reached by white space too.
    /// </summary>
    /// <returns>False when the value is not well-formed (or its start cannot be placed); then use <see cref="Locate"/>.</returns>
    public static bool TryRebuildDocument(Utf8JsonReader start, ReadOnlySpan<JsonReadContext.ErrorSite> sites, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? document)
    {
        document = null;
        var tokenLength = start.BytesConsumed - start.TokenStartIndex;
        if (start.TokenType is JsonTokenType.PropertyName or JsonTokenType.None
            || !TryPositionAfter(start.CurrentState, out var line, out var after)
            || after < tokenLength
            || start.TokenStartIndex < line + (after - tokenLength))
        {
            return false;
        }

        byte[] value;
        var copy = start;
        try
        {
            using var parsed = JsonDocument.ParseValue(ref copy);
#if NET9_0_OR_GREATER
            value = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(parsed.RootElement).ToArray();
#else
            value = System.Text.Encoding.UTF8.GetBytes(parsed.RootElement.GetRawText());
#endif
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return false; // Malformed, or text that is not UTF-8: Locate works from the tokens instead.
        }

        var column = after - tokenLength;
        var text = new List<byte>((int)Math.Min(start.TokenStartIndex + value.Length + 64, int.MaxValue / 2));
        text.AddRange(Enumerable.Repeat((byte)' ', (int)(start.TokenStartIndex - line - column)));
        text.AddRange(Enumerable.Repeat((byte)'\n', (int)line));
        text.AddRange(Enumerable.Repeat((byte)' ', (int)column));
        text.AddRange(value);

        // A malformed-text site past the value (content after the document): white space up to its line and position.
        foreach (var site in sites)
        {
            if (site.ByteOffset is null && site.Line is { } siteLine && site.ByteColumn is { } siteColumn)
            {
                var lastLine = line + value.AsSpan().Count((byte)'\n');
                if (siteLine - 1 < lastLine)
                {
                    continue;
                }

                text.AddRange(Enumerable.Repeat((byte)'\n', (int)(siteLine - 1 - lastLine)));
                var lineStart = text.LastIndexOf((byte)'\n') + 1;
                var missing = lineStart + siteColumn - text.Count;
                text.AddRange(Enumerable.Repeat((byte)' ', (int)Math.Max(missing, 0)));
            }
        }

        document = text.ToArray();
        return true;
    }

    /// <summary>How many more UTF-8 bytes than UTF-16 code units a run of (raw, still escaped) JSON text has.</summary>
    internal static int Utf16Surplus(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0)
        {
            return 0;
        }

        // Each continuation byte adds a byte but no unit; a four-byte sequence is two units (a surrogate pair).
        var surplus = 0;
        foreach (var b in utf8)
        {
            if (b is >= 0x80 and <= 0xBF)
            {
                surplus++;
            }
            else if (b >= 0xF0)
            {
                surplus--;
            }
        }

        return surplus;
    }

    /// <summary>The reader's line (from 0) and byte position in that line (from 0) at the end of the last token read.</summary>
    private static bool TryPositionAfter(JsonReaderState state, out long line, out long bytePosition)
    {
        var probe = new Utf8JsonReader(InvalidByte, isFinalBlock: true, state);
        try
        {
            probe.Read();
        }
        catch (JsonException exception) when (exception.LineNumber is { } l && exception.BytePositionInLine is { } p)
        {
            line = l;
            bytePosition = p;
            return true;
        }

        line = 0;
        bytePosition = 0;
        return false;
    }

    /// <summary>The state of one pass over the tokens.</summary>
    private sealed class Walk((long Offset, int Site)[] offsets, (long? Line, long? Column)[] result)
    {
        // The non-ASCII tokens: where the text of each starts, and the surplus of all of them up to and including it.
        private readonly List<long> _surplusStarts = new();
        private readonly List<long> _surplusTotals = new();
        private readonly long?[] _surplusAtOffset = new long?[offsets.Length];
        private long _surplus;
        private int _next;
        private Token _previous;
        private Token _beforePrevious;
        private int _visits;
        private int _cachedVisit = -1;
        private (bool Found, long Line, long LineStart) _cached;

        public Walk(List<(long Offset, int Site)> offsets, (long? Line, long? Column)[] result)
            : this(offsets.ToArray(), result)
        {
        }

        public void Visit(ref Utf8JsonReader reader)
        {
            var tokenStart = reader.TokenStartIndex;
            while (_next < offsets.Length && offsets[_next].Offset < tokenStart)
            {
                Resolve(_next++);
            }

            var hasText = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName;
            var textStart = tokenStart + 1;
            var raw = !hasText ? default : reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
            var tokenSurplus = hasText ? Utf16Surplus(raw) : 0;

            // The sites inside this token (a position within a string): the tokens' surplus before it, and part of its own.
            for (var k = _next; k < offsets.Length && offsets[k].Offset < reader.BytesConsumed; k++)
            {
                var within = offsets[k].Offset - textStart;
                _surplusAtOffset[k] = _surplus + (tokenSurplus != 0 && within > 0 ? Utf16Surplus(raw[..(int)Math.Min(within, raw.Length)]) : 0);
            }

            if (tokenSurplus != 0)
            {
                _surplus += tokenSurplus;
                _surplusStarts.Add(textStart);
                _surplusTotals.Add(_surplus);
            }

            _beforePrevious = _previous;
            _previous = new Token(reader.BytesConsumed, reader.CurrentState);
            _visits++;
        }

        /// <summary>Resolves the sites after the last token read.</summary>
        public void Finish()
        {
            while (_next < offsets.Length)
            {
                Resolve(_next++);
            }
        }

        /// <summary>The column of a malformed-text error at a line and byte position the reader gave, after the last token read.</summary>
        public long ColumnAtFailure(long line, long byteColumn)
        {
            if (!PreviousLineStart(out var lastLine, out var lineStart) || lastLine + 1 != line)
            {
                return byteColumn; // Nothing but ASCII structure and white space stands between the line's start and the error.
            }

            return byteColumn - (_surplus - SurplusBefore(lineStart));
        }

        private void Resolve(int k)
        {
            var (offset, site) = offsets[k];
            if (!PreviousLineStart(out var line, out var lineStart))
            {
                return;
            }

            if (lineStart > offset && _beforePrevious.TryGetLineStart(out var beforeLine, out var beforeLineStart))
            {
                // The token (a property name) was read together with a colon on a later line.
                (line, lineStart) = (beforeLine, beforeLineStart);
            }

            var surplusAt = _surplusAtOffset[k] ?? SurplusBefore(offset);
            result[site] = (line + 1, offset - lineStart - (surplusAt - SurplusBefore(lineStart)) + 1);
        }

        /// <summary>The line start of the last token read, worked out once however many sites it has (each costs an exception).</summary>
        private bool PreviousLineStart(out long line, out long lineStart)
        {
            if (_cachedVisit != _visits)
            {
                var found = _previous.TryGetLineStart(out var l, out var start);
                _cached = (found, l, start);
                _cachedVisit = _visits;
            }

            (_, line, lineStart) = _cached;
            return _cached.Found;
        }

        /// <summary>The surplus of the non-ASCII tokens whose text starts before <paramref name="offset"/>.</summary>
        private long SurplusBefore(long offset)
        {
            var index = _surplusStarts.BinarySearch(offset);
            var count = index >= 0 ? index : ~index;
            return count == 0 ? 0 : _surplusTotals[count - 1];
        }
    }

    /// <summary>A token read: where the reader stopped after it and the reader's state there; default when there is none.</summary>
    private readonly struct Token(long consumed, JsonReaderState state)
    {
        private readonly bool _exists = true;

        /// <summary>The line of the end of the token (from 0) and the offset at which that line starts.</summary>
        public bool TryGetLineStart(out long line, out long lineStart)
        {
            lineStart = 0;
            if (!_exists || !TryPositionAfter(state, out line, out var position))
            {
                line = 0;
                return false;
            }

            lineStart = consumed - position;
            return true;
        }
    }
}
