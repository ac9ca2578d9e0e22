using System;

namespace AiInfra.Domain.Validation.JsonSchemaStrings;

/// <summary>
/// Strings as JSON Schema sees them: sequences of Unicode code points. A surrogate pair is one code point and a lone
/// surrogate is one too, which is how minLength and maxLength count (ajv's ucs2length does the same). Allocation-free.
/// </summary>
internal static class CodePoints
{
    /// <summary>The number of code points of <paramref name="text"/>: its UTF-16 length less one per surrogate pair.</summary>
    public static int Count(string text)
    {
        var i = IndexOfSurrogate(text);
        if (i < 0)
        {
            return text.Length;
        }

        var pairs = 0;
        for (; i < text.Length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                pairs++;
                i++;
            }
        }

        return text.Length - pairs;
    }

    /// <summary>A length in words, as messages and docs give it: "1 character (code point)", "64 characters (code points)".</summary>
    public static string Describe(int count) =>
        count == 1 ? "1 character (code point)" : count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters (code points)";

    /// <summary>"has 1 character (code point); at least 2 are required": a text of <paramref name="count"/> below <paramref name="minLength"/>.</summary>
    public static string TooShort(int count, int minLength) =>
        $"has {Describe(count)}; at least {minLength.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(minLength == 1 ? "is" : "are")} required";

    /// <summary>"has 4 characters (code points); at most 3 are allowed": a text of <paramref name="count"/> above <paramref name="maxLength"/>.</summary>
    public static string TooLong(int count, int maxLength) =>
        $"has {Describe(count)}; at most {maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(maxLength == 1 ? "is" : "are")} allowed";

    /// <summary>True when <paramref name="text"/> has a surrogate that is not half of a pair (so it is not well-formed UTF-16).</summary>
    public static bool HasLoneSurrogate(string text)
    {
        var i = IndexOfSurrogate(text);
        if (i < 0)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOfSurrogate(string text)
    {
        // A plain loop: MemoryExtensions.IndexOfAnyInRange allocates when called from unoptimised (Debug) code.
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
