using System;
using System.Collections.Generic;
using System.Globalization;

namespace AiInfra.Domain.Validation.JsonSchemaStrings;

/// <summary>
/// Parses a JSON Schema <c>pattern</c> by ECMA-262's grammar with the u flag (the flag ajv compiles patterns with),
/// without the web-compatibility extensions of Annex B, which the u flag turns off: so <c>\-</c> outside a class,
/// a lone <c>{</c>, <c>}</c> or <c>]</c>, octal escapes and <c>\c</c> without a letter are errors, as they are in
/// JavaScript. Constructs that only .NET knows (<c>(?i)</c>, <c>\A</c>, <c>\Z</c>, <c>(?&gt;...)</c>, <c>\p{IsGreek}</c>,
/// ...) are errors too. Valid constructs that cannot keep their ECMA-262 meaning here (backreferences, Unicode
/// scripts) are refused as unsupported.
/// </summary>
internal sealed class EcmaPatternParser
{
    /// <summary>How deep groups may nest; deeper patterns are refused rather than risk the stack.</summary>
    public const int MaxGroupDepth = 100;

    /// <summary>What <c>\s</c> matches: ECMA-262's WhiteSpace (Zs and U+0009, U+000B, U+000C, U+FEFF) and LineTerminator.</summary>
    public static readonly CodePointSet WhiteSpace = CodePointSet.FromRanges(new[]
    {
        (0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A), (0x2028, 0x2029),
        (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF),
    });

    /// <summary>What <c>\w</c> matches, and what <c>\b</c> calls a word character: <c>[A-Za-z0-9_]</c>.</summary>
    public static readonly CodePointSet WordCharacters = CodePointSet.FromRanges(new[] { (0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A) });

    /// <summary>What <c>\d</c> matches: the ASCII digits only.</summary>
    public static readonly CodePointSet Digits = CodePointSet.Range('0', '9');

    /// <summary>What <c>.</c> matches: any code point but the line terminators \n, \r, U+2028 and U+2029.</summary>
    public static readonly CodePointSet Dot = CodePointSet.FromRanges(new[] { (0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029) }).Complement();

    private const string SyntaxCharacters = "^$\\.*+?()[]{}|";

    private readonly string _pattern;
    private readonly HashSet<string> _groupNames = new(StringComparer.Ordinal);
    private int _position;
    private int _depth;

    private EcmaPatternParser(string pattern) => _pattern = pattern;

    /// <summary>Parses <paramref name="pattern"/>; throws <see cref="EcmaPatternException"/> at the first mistake.</summary>
    public static EcmaNode Parse(string pattern)
    {
        var parser = new EcmaPatternParser(pattern);
        var root = parser.ParseDisjunction();
        if (parser._position < pattern.Length)
        {
            throw parser.Error(parser._position, 1, "this ')' closes no group; escape it as \\) to match a parenthesis");
        }

        return root;
    }

    private bool AtEnd => _position >= _pattern.Length;

    private char Peek => _pattern[_position];

    private char PeekAt(int offset) => _position + offset < _pattern.Length ? _pattern[_position + offset] : '\0';

    private bool HasAt(int offset) => _position + offset < _pattern.Length;

    private EcmaNode ParseDisjunction()
    {
        var first = ParseAlternative();
        if (AtEnd || Peek != '|')
        {
            return first;
        }

        var alternatives = new List<EcmaNode> { first };
        while (!AtEnd && Peek == '|')
        {
            _position++;
            alternatives.Add(ParseAlternative());
        }

        return new EcmaAlternation(alternatives);
    }

    private EcmaNode ParseAlternative()
    {
        var terms = new List<EcmaNode>();
        while (!AtEnd && Peek != '|' && Peek != ')')
        {
            terms.Add(ParseTerm());
        }

        return terms.Count == 1 ? terms[0] : new EcmaSequence(terms);
    }

    private EcmaNode ParseTerm()
    {
        var start = _position;
        EcmaNode atom;
        var quantifiable = true;
        switch (Peek)
        {
            case '^':
                _position++;
                atom = new EcmaAssertion(EcmaAssertionKind.Start);
                quantifiable = false;
                break;
            case '$':
                _position++;
                atom = new EcmaAssertion(EcmaAssertionKind.End);
                quantifiable = false;
                break;
            case '\\' when PeekAt(1) is 'b' or 'B':
                atom = new EcmaAssertion(PeekAt(1) == 'b' ? EcmaAssertionKind.WordBoundary : EcmaAssertionKind.NotWordBoundary);
                _position += 2;
                quantifiable = false;
                break;
            case '(':
                atom = ParseGroup(out quantifiable);
                break;
            case '.':
                _position++;
                atom = new EcmaCharacters(Dot);
                break;
            case '[':
                atom = new EcmaCharacters(ParseClass());
                break;
            case '\\':
                atom = new EcmaCharacters(ParseAtomEscape());
                break;
            case '*' or '+' or '?':
                throw Error(start, 1, "nothing to repeat before this quantifier; escape it (\\" + Peek + ") to match the character");
            case '{':
                throw TryReadBraces(out _, out _) ? Error(start, _position - start, "nothing to repeat before this quantifier")
                    : Error(start, 1, "a '{' that starts no quantifier must be escaped as \\{ (the u flag has no lone braces)");
            case '}' or ']':
                throw Error(start, 1, $"a lone '{Peek}' must be escaped as \\{Peek} (the u flag has no lone brackets)");
            default:
                atom = new EcmaCharacters(CodePointSet.Single(ReadCodePoint()));
                break;
        }

        return ParseQuantifier(atom, quantifiable, start);
    }

    private EcmaNode ParseQuantifier(EcmaNode atom, bool quantifiable, int atomStart)
    {
        if (AtEnd)
        {
            return atom;
        }

        var start = _position;
        int min, max;
        switch (Peek)
        {
            case '*':
                (min, max) = (0, -1);
                _position++;
                break;
            case '+':
                (min, max) = (1, -1);
                _position++;
                break;
            case '?':
                (min, max) = (0, 1);
                _position++;
                break;
            case '{':
                if (!TryReadBraces(out min, out max))
                {
                    throw Error(start, 1, "an incomplete quantifier: write {n}, {n,} or {n,m}, or escape the brace as \\{");
                }

                break;
            default:
                return atom;
        }

        if (!quantifiable)
        {
            throw Error(atomStart, _position - atomStart, "an assertion (^, $, \\b, \\B, a lookahead or a lookbehind) cannot be repeated");
        }

        if (max >= 0 && min > max)
        {
            throw Error(start, _position - start, "the numbers of this {n,m} quantifier are out of order");
        }

        var lazy = !AtEnd && Peek == '?';
        if (lazy)
        {
            _position++;
        }

        return new EcmaRepetition(atom, min, max, lazy);
    }

    /// <summary>Reads <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> at the position; leaves the position unchanged if there is none.</summary>
    private bool TryReadBraces(out int min, out int max)
    {
        var start = _position;
        min = max = 0;
        var position = _position + 1;
        if (!TryReadNumber(ref position, out var low))
        {
            return false;
        }

        var high = low;
        if (position < _pattern.Length && _pattern[position] == ',')
        {
            position++;
            if (!TryReadNumber(ref position, out high))
            {
                high = -1;
            }
        }

        if (position >= _pattern.Length || _pattern[position] != '}')
        {
            return false;
        }

        _position = position + 1;
        if (low > int.MaxValue || high > int.MaxValue)
        {
            throw Error(start, _position - start, $"repetition counts above {int.MaxValue} are not supported", unsupported: true);
        }

        (min, max) = ((int)low, (int)high);
        return true;
    }

    private bool TryReadNumber(ref int position, out long value)
    {
        var start = position;
        value = 0;
        while (position < _pattern.Length && _pattern[position] is >= '0' and <= '9')
        {
            value = Math.Min((value * 10) + (_pattern[position] - '0'), (long)int.MaxValue + 1);
            position++;
        }

        return position > start;
    }

    private EcmaNode ParseGroup(out bool quantifiable)
    {
        var start = _position;
        if (++_depth > MaxGroupDepth)
        {
            throw Error(start, 1, $"groups nested more than {MaxGroupDepth} deep are not supported", unsupported: true);
        }

        _position++;
        quantifiable = true;
        bool? lookbehind = null;
        var negative = false;
        if (!AtEnd && Peek == '?')
        {
            var kind = PeekAt(1);
            if (kind is '=' or '!')
            {
                (lookbehind, negative) = (false, kind == '!');
                _position += 2;
            }
            else if (kind == '<' && PeekAt(2) is '=' or '!')
            {
                (lookbehind, negative) = (true, PeekAt(2) == '!');
                _position += 3;
            }
            else if (kind == '<')
            {
                _position += 2;
                ReadGroupName(start);
            }
            else if (kind == ':')
            {
                _position += 2;
            }
            else
            {
                throw Error(start, Math.Min(3, _pattern.Length - start), GroupSyntaxReason(kind));
            }
        }

        var body = ParseDisjunction();
        if (AtEnd)
        {
            throw Error(start, 1, "this '(' is never closed");
        }

        _position++;
        _depth--;
        if (lookbehind is { } behind)
        {
            quantifiable = false;
            return new EcmaLookaround(behind, negative, body);
        }

        return new EcmaGroup(body);
    }

    private static string GroupSyntaxReason(char kind) => kind switch
    {
        'i' or 'm' or 's' or 'n' or 'x' or '-' => "inline options such as (?i) or (?i:...) are .NET syntax; a JSON Schema pattern has no flags, so list both cases ([Aa]) instead",
        '>' => "atomic groups (?>...) are .NET syntax, not ECMA-262",
        '#' => "comments (?#...) are .NET syntax, not ECMA-262",
        '(' => "conditionals (?(...)...) are .NET syntax, not ECMA-262",
        '\'' => "(?'name'...) is .NET syntax; ECMA-262 names a group with (?<name>...)",
        'P' => "(?P<name>...) is Python syntax; ECMA-262 names a group with (?<name>...)",
        _ => "'(?' must be followed by ':', '=', '!', '<=', '<!' or '<name>'",
    };

    private void ReadGroupName(int groupStart)
    {
        var nameStart = _position;
        var name = new System.Text.StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw Error(groupStart, _position - groupStart, "the group name is not closed with '>'");
            }

            if (Peek == '>')
            {
                break;
            }

            var characterStart = _position;
            int codePoint;
            if (Peek == '\\')
            {
                _position++;
                if (AtEnd || Peek != 'u')
                {
                    throw Error(characterStart, Math.Max(1, _position - characterStart), "a group name may only contain \\u escapes");
                }

                codePoint = ReadUnicodeEscape(characterStart);
            }
            else
            {
                codePoint = ReadCodePoint();
            }

            var valid = name.Length == 0 ? UnicodeProperties.IsGroupNameStart(codePoint) : UnicodeProperties.IsGroupNamePart(codePoint);
            if (!valid)
            {
                throw Error(characterStart, _position - characterStart, "a group name must be an identifier (a letter, $ or _, then letters, digits, $ or _)");
            }

            name.Append(char.ConvertFromUtf32(codePoint));
        }

        if (name.Length == 0)
        {
            throw Error(groupStart, _position + 1 - groupStart, "a group name must not be empty");
        }

        _position++;
        if (!_groupNames.Add(name.ToString()))
        {
            throw Error(nameStart, _position - 1 - nameStart, "two groups have this name; a name may be used once");
        }
    }

    /// <summary>Steps over the backslash at the position, which must escape something; returns where it stood.</summary>
    private int SkipBackslash()
    {
        var start = _position++;
        if (AtEnd)
        {
            throw Error(start, 1, "a '\\' at the end of the pattern escapes nothing");
        }

        return start;
    }

    private CodePointSet ParseAtomEscape()
    {
        var start = SkipBackslash();
        var c = Peek;
        switch (c)
        {
            case 'd' or 'D' or 's' or 'S' or 'w' or 'W':
                _position++;
                return ClassEscape(c);
            case 'p' or 'P':
                return ReadProperty(start);
            case >= '1' and <= '9':
                while (!AtEnd && Peek is >= '0' and <= '9')
                {
                    _position++;
                }

                throw Error(start, _position - start, "backreferences are not supported: ECMA-262 matches a group that took no part as empty and forgets captures on each repetition, which .NET does not; repeat the group's pattern instead", unsupported: true);
            case 'k':
                if (PeekAt(1) == '<')
                {
                    var close = _pattern.IndexOf('>', _position);
                    _position = close < 0 ? _pattern.Length : close + 1;
                    throw Error(start, _position - start, "named backreferences are not supported: ECMA-262 and .NET differ on groups that took no part and on repetitions; repeat the group's pattern instead", unsupported: true);
                }

                throw Error(start, 2, "\\k must be followed by <name> (a named backreference)");
            default:
                return CodePointSet.Single(ReadCharacterEscape(start, inClass: false));
        }
    }

    /// <summary>Reads the escape after a backslash (the position is on the character after it) as one code point.</summary>
    private int ReadCharacterEscape(int start, bool inClass)
    {
        var c = Peek;
        switch (c)
        {
            case 'f':
                _position++;
                return 0x0C;
            case 'n':
                _position++;
                return 0x0A;
            case 'r':
                _position++;
                return 0x0D;
            case 't':
                _position++;
                return 0x09;
            case 'v':
                _position++;
                return 0x0B;
            case 'c':
                if (PeekAt(1) is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z'))
                {
                    _position += 2;
                    return _pattern[_position - 1] % 32;
                }

                throw Error(start, 2, "\\c must be followed by a letter (\\cA to \\cZ)");
            case '0':
                if (PeekAt(1) is >= '0' and <= '9')
                {
                    throw Error(start, 3, "octal escapes are not ECMA-262 with the u flag; write \\x or \\u escapes");
                }

                _position++;
                return 0;
            case 'x':
                if (IsHex(PeekAt(1)) && IsHex(PeekAt(2)))
                {
                    _position += 3;
                    return int.Parse(_pattern.Substring(_position - 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                }

                throw Error(start, Math.Min(2, _pattern.Length - start), "\\x must be followed by two hexadecimal digits");
            case 'u':
                return ReadUnicodeEscape(start);
            case '-' when inClass:
                _position++;
                return '-';
            case '/':
                _position++;
                return '/';
        }

        if (SyntaxCharacters.IndexOf(c) >= 0)
        {
            _position++;
            return c;
        }

        var length = char.IsHighSurrogate(c) && char.IsLowSurrogate(PeekAt(1)) ? 3 : 2;
        throw Error(start, length, EscapeReason(c, inClass));
    }

    private static string EscapeReason(char c, bool inClass) => c switch
    {
        'A' or 'Z' or 'z' or 'G' => $"\\{c} is a .NET anchor; ECMA-262 writes ^ for the start and $ for the end of the text",
        'a' or 'e' => $"\\{c} is a .NET escape; write \\x{(c == 'a' ? "07" : "1B")} in ECMA-262",
        'B' when inClass => "\\B means nothing inside [...]",
        '8' or '9' => $"\\{c} is not an escape in ECMA-262 with the u flag",
        '-' => "\\- is an escape only inside [...] with the u flag; write - alone",
        _ => $"\\{c} is not an escape in ECMA-262 with the u flag (only ^ $ \\ . * + ? ( ) [ ] {{ }} | / and, inside [...], - can be escaped)",
    };

    /// <summary>Reads <c>uHHHH</c>, a surrogate pair <c>uHHHH\uHHHH</c>, or <c>u{H...}</c>; the position is on the 'u'.</summary>
    private int ReadUnicodeEscape(int start)
    {
        if (PeekAt(1) == '{')
        {
            var position = _position + 2;
            long value = 0;
            while (position < _pattern.Length && IsHex(_pattern[position]))
            {
                value = Math.Min((value * 16) + HexValue(_pattern[position]), CodePointSet.MaxCodePoint + 1L);
                position++;
            }

            if (position == _position + 2 || position >= _pattern.Length || _pattern[position] != '}' || value > CodePointSet.MaxCodePoint)
            {
                throw Error(start, Math.Min(position + 1, _pattern.Length) - start, "\\u{...} must hold a hexadecimal code point up to 10FFFF");
            }

            _position = position + 1;
            return (int)value;
        }

        if (!TryHex4(_position + 1, out var unit))
        {
            throw Error(start, Math.Min(6, _pattern.Length - start), "\\u must be followed by four hexadecimal digits or {code point}");
        }

        _position += 5;
        if (unit is >= 0xD800 and <= 0xDBFF && PeekAt(0) == '\\' && PeekAt(1) == 'u' && TryHex4(_position + 2, out var trail) && trail is >= 0xDC00 and <= 0xDFFF)
        {
            _position += 6;
            return char.ConvertToUtf32((char)unit, (char)trail);
        }

        return unit;
    }

    private bool TryHex4(int position, out int value)
    {
        value = 0;
        for (var i = 0; i < 4; i++)
        {
            if (position + i >= _pattern.Length || !IsHex(_pattern[position + i]))
            {
                return false;
            }

            value = (value * 16) + HexValue(_pattern[position + i]);
        }

        return true;
    }

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private CodePointSet ReadProperty(int start)
    {
        var negated = Peek == 'P';
        if (PeekAt(1) != '{')
        {
            throw Error(start, 2, $"\\{Peek} must be followed by {{Property}}, such as \\p{{L}}");
        }

        var close = _pattern.IndexOf('}', _position);
        if (close < 0)
        {
            throw Error(start, _pattern.Length - start, "the property name is not closed with '}'");
        }

        var name = _pattern.Substring(_position + 2, close - _position - 2);
        _position = close + 1;
        if (name.StartsWith("Is", StringComparison.Ordinal) && name.Length > 2 && UnicodeProperties.Resolve(name, out _, out _) is null)
        {
            throw Error(start, _position - start, $"\\p{{{name}}} is a .NET block name, not ECMA-262; use a range such as [\\u0370-\\u03FF] instead");
        }

        var set = UnicodeProperties.Resolve(name, out var reason, out var unsupported);
        if (set is null)
        {
            throw Error(start, _position - start, reason!, unsupported);
        }

        return negated ? set.Complement() : set;
    }

    private static CodePointSet ClassEscape(char c) => c switch
    {
        'd' => Digits,
        'D' => Digits.Complement(),
        's' => WhiteSpace,
        'S' => WhiteSpace.Complement(),
        'w' => WordCharacters,
        _ => WordCharacters.Complement(),
    };

    private CodePointSet ParseClass()
    {
        var start = _position;
        _position++;
        var negated = !AtEnd && Peek == '^';
        if (negated)
        {
            _position++;
        }

        var set = CodePointSet.Empty;
        while (true)
        {
            if (AtEnd)
            {
                throw Error(start, 1, "this '[' is never closed");
            }

            if (Peek == ']')
            {
                _position++;
                break;
            }

            var atomStart = _position;
            var low = ParseClassAtom(out var lowIsSet);
            if (!AtEnd && Peek == '-' && HasAt(1) && PeekAt(1) != ']')
            {
                _position++;
                var high = ParseClassAtom(out var highIsSet);
                if (lowIsSet || highIsSet)
                {
                    throw Error(atomStart, _position - atomStart, "a class escape such as \\d cannot start or end a range; put the '-' first or last, or escape it as \\-");
                }

                var (first, last) = (low.Start(0), high.Start(0));
                if (first > last)
                {
                    throw Error(atomStart, _position - atomStart, "this range is out of order");
                }

                set = set.Union(CodePointSet.Range(first, last));
            }
            else
            {
                set = set.Union(low);
            }
        }

        return negated ? set.Complement() : set;
    }

    /// <summary>Reads one class atom: a code point (a set of one) or a class escape such as \d (<paramref name="isSet"/>).</summary>
    private CodePointSet ParseClassAtom(out bool isSet)
    {
        isSet = false;
        if (Peek != '\\')
        {
            return CodePointSet.Single(ReadCodePoint());
        }

        var start = SkipBackslash();
        var c = Peek;
        switch (c)
        {
            case 'b':
                _position++;
                return CodePointSet.Single(0x08);
            case 'd' or 'D' or 's' or 'S' or 'w' or 'W':
                _position++;
                isSet = true;
                return ClassEscape(c);
            case 'p' or 'P':
                isSet = true;
                return ReadProperty(start);
            case >= '1' and <= '9':
                throw Error(start, 2, "a backreference or decimal escape is not allowed inside [...]; write \\x or \\u escapes");
            case 'k':
                throw Error(start, 2, "\\k is not an escape inside [...]");
            default:
                return CodePointSet.Single(ReadCharacterEscape(start, inClass: true));
        }
    }

    /// <summary>Reads one code point of the pattern's text: a surrogate pair is one code point, a lone surrogate another.</summary>
    private int ReadCodePoint()
    {
        var c = Peek;
        if (char.IsHighSurrogate(c) && char.IsLowSurrogate(PeekAt(1)))
        {
            _position += 2;
            return char.ConvertToUtf32(c, _pattern[_position - 1]);
        }

        _position++;
        return c;
    }

    private EcmaPatternException Error(int index, int length, string reason, bool unsupported = false)
    {
        length = Math.Max(Math.Min(length, _pattern.Length - index), 0);
        return new EcmaPatternException(new EcmaPatternError(index, length, _pattern.Substring(index, length), reason, unsupported));
    }
}
