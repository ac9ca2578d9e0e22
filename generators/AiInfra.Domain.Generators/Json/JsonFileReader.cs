using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AiInfra.Domain.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Json;

/// <summary>What reading one JSON file produced: its root value, or the syntax error that stopped it.</summary>
internal sealed class JsonReadResult
{
    public JsonReadResult(LocatedNode? root, JsonSyntaxError? error, IReadOnlyList<JsonDuplicateKey> duplicateKeys)
    {
        Root = root;
        Error = error;
        DuplicateKeys = duplicateKeys;
    }

    public LocatedNode? Root { get; }

    public JsonSyntaxError? Error { get; }

    public IReadOnlyList<JsonDuplicateKey> DuplicateKeys { get; }
}

/// <summary>A malformed-JSON error at a position in the file.</summary>
internal sealed record JsonSyntaxError(string Message, TextRange Range);

/// <summary>A key that appears more than once in one JSON object (the later occurrence).</summary>
internal sealed record JsonDuplicateKey(string Name, TextRange Range);

/// <summary>
/// Reads a JSON additional file (comments and trailing commas allowed) into a tree of <see cref="LocatedNode"/>s
/// whose ranges are in the text's own characters, lines and columns.
/// </summary>
internal static class JsonFileReader
{
    /// <summary>The deepest nesting a definition or spec file may use.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Reads a file that must hold one JSON object, reporting duplicate keys, malformed JSON and a root of another
    /// type into <paramref name="diagnostics"/>; null when there is no object to read.
    /// </summary>
    public static LocatedObject? ReadRootObject(SourceText text, DiagnosticBag diagnostics)
    {
        var read = Read(text);
        foreach (var duplicate in read.DuplicateKeys)
        {
            diagnostics.Add(DiagnosticDescriptors.DuplicateKey, duplicate.Range, duplicate.Name);
        }

        if (read.Error is { } error)
        {
            diagnostics.Add(DiagnosticDescriptors.MalformedJson, error.Range, error.Message);
            return null;
        }

        if (read.Root is not LocatedObject root)
        {
            diagnostics.Add(DiagnosticDescriptors.WrongJsonType, read.Root!.Range, "(root)", "object", read.Root.KindWithArticle);
            return null;
        }

        return root;
    }

    public static JsonReadResult Read(SourceText text)
    {
        var content = text.ToString();
        var bytes = Encoding.UTF8.GetBytes(content);
        var positions = new PositionMap(text, content, bytes);
        var duplicates = new List<JsonDuplicateKey>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = MaxDepth,
        });

        try
        {
            if (!reader.Read())
            {
                return Failure("The file is empty; expected a JSON object.", positions.Range(0, 0));
            }

            var root = ReadValue(ref reader, positions, duplicates);
            if (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                return Failure("Unexpected content after the end of the JSON value.", positions.Range(start, start + 1));
            }

            return new JsonReadResult(root, null, duplicates);
        }
        catch (JsonException exception)
        {
            var byteOffset = positions.ByteOffsetOf(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            return Failure(CleanMessage(exception.Message), positions.Range(byteOffset, byteOffset));
        }
        catch (MalformedStringException exception)
        {
            return Failure(CleanMessage(exception.Message), exception.Range);
        }

        JsonReadResult Failure(string message, TextRange range) =>
            new(null, new JsonSyntaxError(message, range), duplicates);
    }

    private static LocatedNode ReadValue(ref Utf8JsonReader reader, PositionMap positions, List<JsonDuplicateKey> duplicates)
    {
        var start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, positions, duplicates, start);
            case JsonTokenType.StartArray:
                var items = new List<LocatedNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, positions, duplicates));
                }

                return new LocatedArray(positions.Range(start, (int)reader.TokenStartIndex + 1), items);
            case JsonTokenType.String:
                return new LocatedString(positions.Range(start, start + reader.ValueSpan.Length + 2), GetString(ref reader, positions));
            case JsonTokenType.Number:
                var raw = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                var parsed = double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value);
                var finite = parsed && !double.IsInfinity(value) && !double.IsNaN(value);
                return new LocatedNumber(positions.Range(start, start + reader.ValueSpan.Length), raw, finite ? value : 0, finite);
            case JsonTokenType.True:
                return new LocatedLiteral(positions.Range(start, start + 4), JsonKind.True);
            case JsonTokenType.False:
                return new LocatedLiteral(positions.Range(start, start + 5), JsonKind.False);
            default:
                return new LocatedLiteral(positions.Range(start, start + 4), JsonKind.Null);
        }
    }

    private static LocatedObject ReadObject(ref Utf8JsonReader reader, PositionMap positions, List<JsonDuplicateKey> duplicates, int start)
    {
        var properties = new List<LocatedProperty>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = (int)reader.TokenStartIndex;
            var nameRange = positions.Range(nameStart, nameStart + reader.ValueSpan.Length + 2);
            var name = GetString(ref reader, positions);
            if (!seen.Add(name))
            {
                duplicates.Add(new JsonDuplicateKey(name, nameRange));
            }

            reader.Read();
            properties.Add(new LocatedProperty(name, nameRange, ReadValue(ref reader, positions, duplicates)));
        }

        return new LocatedObject(positions.Range(start, (int)reader.TokenStartIndex + 1), properties);
    }

    /// <summary>
    /// The current string or property name. The reader checks escapes only when unescaping, so a lone surrogate such
    /// as "\uD800" surfaces here, as an <see cref="InvalidOperationException"/>; it is malformed JSON, reported at the string.
    /// </summary>
    private static string GetString(ref Utf8JsonReader reader, PositionMap positions)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException exception)
        {
            var start = (int)reader.TokenStartIndex;
            throw new MalformedStringException(exception.Message, positions.Range(start, start + reader.ValueSpan.Length + 2));
        }
    }

    /// <summary>Drops System.Text.Json's own position suffix; the diagnostic's location says where.</summary>
    private static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).TrimEnd(' ', '|', '.') + ".";
    }

    /// <summary>A string the reader accepted but cannot unescape, with where it is.</summary>
    private sealed class MalformedStringException : Exception
    {
        public MalformedStringException(string message, TextRange range)
            : base(message) => Range = range;

        public TextRange Range { get; }
    }

    /// <summary>Maps UTF-8 byte offsets (what the reader reports) to the text's character positions.</summary>
    private sealed class PositionMap
    {
        private readonly SourceText _text;
        private readonly int[] _charOfByte;
        private readonly List<int> _byteLineStarts = new() { 0 };

        public PositionMap(SourceText text, string content, byte[] bytes)
        {
            _text = text;
            _charOfByte = new int[bytes.Length + 1];
            var byteIndex = 0;
            for (var charIndex = 0; charIndex < content.Length; charIndex++)
            {
                var c = content[charIndex];
                int width;
                if (char.IsHighSurrogate(c) && charIndex + 1 < content.Length && char.IsLowSurrogate(content[charIndex + 1]))
                {
                    width = 4;
                    FillBytes(byteIndex, width, charIndex);
                    charIndex++;
                }
                else
                {
                    width = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                    FillBytes(byteIndex, width, charIndex);
                }

                byteIndex += width;
                if (c == '\n')
                {
                    _byteLineStarts.Add(byteIndex);
                }
            }

            _charOfByte[bytes.Length] = content.Length;
        }

        private void FillBytes(int byteIndex, int width, int charIndex)
        {
            for (var i = 0; i < width && byteIndex + i < _charOfByte.Length; i++)
            {
                _charOfByte[byteIndex + i] = charIndex;
            }
        }

        /// <summary>The byte offset of a position the reader gave as a '\n'-counted line and a byte in that line.</summary>
        public int ByteOffsetOf(long line, long bytePositionInLine)
        {
            var lineIndex = (int)Math.Min(Math.Max(line, 0), _byteLineStarts.Count - 1);
            var offset = _byteLineStarts[lineIndex] + bytePositionInLine;
            return (int)Math.Min(Math.Max(offset, 0), _charOfByte.Length - 1);
        }

        public TextRange Range(int startByte, int endByte)
        {
            var start = CharOf(startByte);
            var end = Math.Max(start, CharOf(endByte));
            var span = _text.Lines.GetLinePositionSpan(new TextSpan(start, end - start));
            return new TextRange(start, end - start, span.Start.Line, span.Start.Character, span.End.Line, span.End.Character);
        }

        private int CharOf(int byteOffset) =>
            _charOfByte[Math.Min(Math.Max(byteOffset, 0), _charOfByte.Length - 1)];
    }
}
