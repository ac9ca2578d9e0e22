using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiInfra.Domain.Rules;

/// <summary>
/// C# names made from names in JSON files: which texts are identifiers, which are keywords, and the PascalCase form
/// of a kebab-case name. Pure and dependency-free, so that the build-time generator and the <c>aiinfra</c> tool (which
/// has no compiler) link this one file and agree; a generator test checks it against Roslyn's <c>SyntaxFacts</c>.
/// </summary>
internal static class CSharpNames
{
    /// <summary>The message for a name that is not a valid identifier: {0} the name, {1} what it names.</summary>
    public const string InvalidIdentifierMessage =
        "'{0}' is not a valid C# identifier for {1}; use letters, digits and underscores, starting with an upper-case letter";

    /// <summary>The message for a name the generated code already takes: {0} the name, {1} what it names, {2} what takes it.</summary>
    public const string NameTakenMessage = "'{0}' cannot be {1}: {2}; choose another name";

    /// <summary>The reserved keywords of C# (contextual keywords such as <c>var</c> are identifiers).</summary>
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>True for a reserved C# keyword, which cannot be an identifier without '@'.</summary>
    public static bool IsKeyword(string text) => Keywords.Contains(text);

    /// <summary>True for a character that may start an identifier: a letter (Unicode categories L and Nl) or '_'.</summary>
    public static bool IsIdentifierStart(char c) =>
        c < 128 ? c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' : IsLetter(CharUnicodeInfo.GetUnicodeCategory(c));

    /// <summary>True for a character that may follow the first in an identifier: letters, digits, connectors, combining and formatting marks.</summary>
    public static bool IsIdentifierPart(char c)
    {
        if (c < 128)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return IsLetter(category) || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format;
    }

    /// <summary>True when <paramref name="text"/> is a valid identifier (keywords included, as Roslyn's IsValidIdentifier says).</summary>
    public static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !IsIdentifierStart(text[0]))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (!IsIdentifierPart(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a valid, non-keyword identifier that starts with an upper-case ASCII letter.</summary>
    public static bool IsPascalIdentifier(string name) => name.Length > 0 && name[0] is >= 'A' and <= 'Z' && IsIdentifier(name) && !IsKeyword(name);

    /// <summary>True for a namespace: identifiers, none a keyword, joined by dots.</summary>
    public static bool IsNamespace(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var part in text.Split('.'))
        {
            if (!IsIdentifier(part) || IsKeyword(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"nvidia-h100-sxm" becomes "NvidiaH100Sxm": '-', '_', ' ' and '.' start a new word and are dropped.</summary>
    public static string PascalName(string jsonName)
    {
        var builder = new StringBuilder(jsonName.Length);
        var upperNext = true;
        foreach (var c in jsonName)
        {
            if (c is '-' or '_' or ' ' or '.')
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.ToString();
    }

    private static bool IsLetter(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
}
