using System.Text;
using System.Text.Json;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// Where errors are in a UTF-8 document: the 1-based line and column of byte offsets, columns in UTF-16 code units (what
/// editors show), and the offsets of the parts of a value that an error's path names. Each works in one pass over the
/// text, whatever the number of errors, so a document with a million errors costs no more than one with ten.
/// </summary>
internal static class TextPositions
{
    /// <summary>
    /// The line and column of each offset (lines end at a line feed; columns count UTF-16 code units from 1), or
    /// (0, 0) for an offset that is negative or past the end. One pass over the text, in order of offset.
    /// </summary>
    public static void LinesAndColumns(ReadOnlySpan<byte> utf8, ReadOnlySpan<long> offsets, Span<(long Line, long Column)> positions)
    {
        var order = new int[offsets.Length];
        var keys = offsets.ToArray();
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        long line = 1;
        var scanned = 0; // Every line feed before this offset has been counted.
        var counted = 0; // The code units from the start of the line up to this offset are in units.
        long units = 0;
        foreach (var index in order)
        {
            var target = offsets[index];
            if (target < 0 || target > utf8.Length)
            {
                positions[index] = (0, 0);
                continue;
            }

            var at = (int)target;
            while (utf8[scanned..at].IndexOf((byte)'\n') is var newline and >= 0)
            {
                line++;
                scanned += newline + 1;
                counted = scanned;
                units = 0;
            }

            scanned = at;
            units += Utf16Length(utf8[counted..at]);
            counted = at;
            positions[index] = (line, units + 1);
        }
    }

    /// <summary>The offset of a 0-based line and a byte position in it, as <see cref="JsonException"/> gives them (clamped to the text).</summary>
    public static long OffsetOf(ReadOnlySpan<byte> utf8, long line, long bytePositionInLine)
    {
        var start = 0;
        for (var l = 0L; l < line; l++)
        {
            var newline = utf8[start..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                return utf8.Length;
            }

            start += newline + 1;
        }

        return Math.Min(start + Math.Max(bytePositionInLine, 0), utf8.Length);
    }

    /// <summary>
    /// For errors about a part of a value that was read and checked whole (an item of a list, a value of a map, a
    /// property of a nested object), the offset of that part: each request names where the value starts (its anchor)
    /// and the JSON Pointer of the part relative to it. A part that is not in the text (a missing property) gets the
    /// offset of the deepest value on its path that is. Each value is walked once for all its requests, and only along
    /// the paths requested.
    /// </summary>
    public static void LocateInside(ReadOnlySpan<byte> utf8, List<(long Anchor, string Path, int Error)> requests, Span<long> offsets, int maxDepth)
    {
        requests.Sort(static (a, b) => a.Anchor.CompareTo(b.Anchor));
        var first = 0;
        while (first < requests.Count)
        {
            var anchor = requests[first].Anchor;
            var last = first;
            while (last + 1 < requests.Count && requests[last + 1].Anchor == anchor)
            {
                last++;
            }

            if (anchor >= 0 && anchor < utf8.Length)
            {
                WalkValue(utf8, (int)anchor, requests, first, last, offsets, maxDepth);
            }

            first = last + 1;
        }
    }

    private static void WalkValue(ReadOnlySpan<byte> utf8, int anchor, List<(long Anchor, string Path, int Error)> requests, int first, int last, Span<long> offsets, int maxDepth)
    {
        // Every prefix of every requested path ("", "/3", "/3/dense"), with the requests under it.
        var prefixes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var r = first; r <= last; r++)
        {
            var requested = requests[r].Path;
            for (var end = 0; end >= 0; end = end < requested.Length ? requested.IndexOf('/', end + 1) : -1)
            {
                Under(prefixes, requested[..end]).Add(r);
            }

            if (requested.Length > 0)
            {
                Under(prefixes, requested).Add(r);
            }
        }

        var reader = new Utf8JsonReader(utf8[anchor..], new JsonReaderOptions { MaxDepth = maxDepth });
        var path = new StringBuilder();
        var frames = new Stack<(bool IsArray, int Base, int NextIndex)>();
        try
        {
            if (!reader.Read())
            {
                return;
            }

            Visit(ref reader, path, frames, prefixes, requests, offsets, anchor);
            while (frames.Count > 0 && reader.Read())
            {
                var (isArray, basePath, next) = frames.Peek();
                switch (reader.TokenType)
                {
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        continue;
                    case JsonTokenType.PropertyName:
                        path.Length = basePath;
                        path.Append('/').Append(JsonReadContext.EscapePointerToken(reader.GetString()!));
                        reader.Read();
                        break;
                    default:
                        if (isArray)
                        {
                            frames.Pop();
                            frames.Push((true, basePath, next + 1));
                            path.Length = basePath;
                            path.Append('/').Append(next);
                        }

                        break;
                }

                Visit(ref reader, path, frames, prefixes, requests, offsets, anchor);
            }
        }
        catch (JsonException)
        {
            // The value was read without error before it was checked, so this does not happen; the requests keep the
            // offsets found so far (at worst the value's own).
        }
    }

    private static List<int> Under(Dictionary<string, List<int>> prefixes, string prefix)
    {
        if (!prefixes.TryGetValue(prefix, out var under))
        {
            prefixes.Add(prefix, under = new List<int>());
        }

        return under;
    }

    /// <summary>
    /// The errors of a document that was read whole, each placed at the value its path names (or the deepest value on
    /// its path that is in the text), with its line and column: for the errors of validating a value after reading it.
    /// </summary>
    public static IReadOnlyList<AiInfraError> Place(ReadOnlySpan<byte> utf8, IReadOnlyList<AiInfraError> errors, int maxDepth)
    {
        var root = utf8.Length - utf8.TrimStart(" \t\r\n"u8).Length;
        var offsets = new long[errors.Count];
        var requests = new List<(long Anchor, string Path, int Error)>(errors.Count);
        for (var i = 0; i < errors.Count; i++)
        {
            offsets[i] = root;
            requests.Add((root, errors[i].Path, i));
        }

        LocateInside(utf8, requests, offsets, maxDepth);
        var positions = new (long Line, long Column)[errors.Count];
        LinesAndColumns(utf8, offsets, positions);
        var placed = new AiInfraError[errors.Count];
        for (var i = 0; i < placed.Length; i++)
        {
            placed[i] = positions[i].Line > 0 ? errors[i] with { Line = positions[i].Line, Column = positions[i].Column } : errors[i];
        }

        return placed;
    }

    /// <summary>At a value: the requests whose path goes through it are placed here; it is entered only if a path goes deeper.</summary>
    private static void Visit(
        ref Utf8JsonReader reader,
        StringBuilder path,
        Stack<(bool IsArray, int Base, int NextIndex)> frames,
        Dictionary<string, List<int>> prefixes,
        List<(long Anchor, string Path, int Error)> requests,
        Span<long> offsets,
        int anchor)
    {
        if (!prefixes.TryGetValue(path.ToString(), out var under))
        {
            reader.Skip();
            return;
        }

        var deeper = false;
        foreach (var r in under)
        {
            offsets[requests[r].Error] = anchor + reader.TokenStartIndex;
            deeper |= requests[r].Path.Length > path.Length;
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            if (deeper)
            {
                frames.Push((reader.TokenType == JsonTokenType.StartArray, path.Length, 0));
            }
            else
            {
                reader.Skip();
            }
        }
    }

    /// <summary>The number of UTF-16 code units the UTF-8 bytes decode to: one per character, two for one outside the Basic Multilingual Plane.</summary>
    private static long Utf16Length(ReadOnlySpan<byte> utf8)
    {
        long units = 0;
        foreach (var b in utf8)
        {
            // A lead byte or an ASCII byte starts a character; a four-byte sequence's lead (0xF0 and above) makes a surrogate pair.
            units += (b & 0xC0) != 0x80 ? (b >= 0xF0 ? 2 : 1) : 0;
        }

        return units;
    }
}
