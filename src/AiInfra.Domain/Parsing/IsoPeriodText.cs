using System;

namespace AiInfra.Domain.Parsing;

/// <summary>
/// The text of a spec file's <c>period</c> value: an ISO 8601 period of whole years, months, weeks and days, in that
/// order, each at most once and at least one of them ("P4Y", "P5Y6M", "P2W", "P1461D"). Compiled into the library (the
/// JSON reader and writer of <c>NodaTime.Period</c> properties) and into the generator (spec defaults, catalogue values
/// and the schema's pattern), so all of them accept the same texts.
/// </summary>
/// <remarks>
/// Narrower than NodaTime's ISO pattern on purpose: no time part ("PT1H"), no fraction ("P1.5Y"), no sign and no bare
/// "P", because a depreciation or contract period is whole calendar units, and every text read writes back to a text
/// that reads equal. The digit limits keep every field inside an <see cref="int"/> and inside what NodaTime can add
/// to a date.
/// </remarks>
internal static class IsoPeriodText
{
    /// <summary>The most digits of years, months, weeks and days (9999 years, 99999 months, 999999 weeks, 9999999 days).</summary>
    private static readonly int[] MaxDigits = { 4, 5, 6, 7 };

    /// <summary>The designators, in the order the text must give them.</summary>
    private const string Designators = "YMWD";

    /// <summary>What a period text is, for messages.</summary>
    public const string Description = "an ISO 8601 period of whole years, months, weeks and days, such as \"P4Y\", \"P5Y6M\" or \"P1461D\"";

    /// <summary>
    /// The ECMA-262 pattern of the texts <see cref="TryParse"/> accepts (the schema's <c>pattern</c>): each designator
    /// in order, at least one (written without look-ahead, which not every JSON Schema validator supports).
    /// </summary>
    public const string Pattern =
        "^P(?:[0-9]{1,4}Y(?:[0-9]{1,5}M)?(?:[0-9]{1,6}W)?(?:[0-9]{1,7}D)?" +
        "|[0-9]{1,5}M(?:[0-9]{1,6}W)?(?:[0-9]{1,7}D)?" +
        "|[0-9]{1,6}W(?:[0-9]{1,7}D)?" +
        "|[0-9]{1,7}D)$";

    /// <summary>The largest value of each field (years, months, weeks, days) that a text can hold.</summary>
    public static int MaxOf(int field) => (int)Math.Pow(10, MaxDigits[field]) - 1;

    /// <summary>
    /// Reads <paramref name="text"/>; on success <paramref name="fields"/> holds years, months, weeks and days (absent
    /// ones 0), on failure <paramref name="reason"/> says what is wrong in words that follow "is not a period: ".
    /// </summary>
    public static bool TryParse(string text, out int[] fields, out string reason)
    {
        fields = new int[4];
        reason = string.Empty;
        if (text.Length == 0)
        {
            reason = "it is empty";
            return false;
        }

        if (text[0] != 'P')
        {
            reason = text[0] == 'p' ? "it starts with a lower-case p; ISO 8601 writes P" : "it does not start with P";
            return false;
        }

        if (text.Length == 1)
        {
            reason = "P alone gives no years, months, weeks or days";
            return false;
        }

        var next = 0;
        var i = 1;
        while (i < text.Length)
        {
            var start = i;
            long number = 0;
            while (i < text.Length && text[i] is >= '0' and <= '9')
            {
                number = Math.Min(number * 10 + (text[i] - '0'), int.MaxValue);
                i++;
            }

            if (i == text.Length)
            {
                reason = i == start ? "it ends without a number" : $"the number at {start} has no designator (Y, M, W or D) after it";
                return false;
            }

            var c = text[i];
            if (i == start)
            {
                reason = c switch
                {
                    'T' => "it has a time part (T); only years, months, weeks and days are allowed",
                    '-' or '+' => "it has a sign; a period here is 0 or more of each unit",
                    _ => $"'{c}' at {i} is not a number",
                };
                return false;
            }

            if (c is '.' or ',')
            {
                reason = "it has a fraction; write whole years, months, weeks or days";
                return false;
            }

            var field = Designators.IndexOf(c);
            if (field < 0)
            {
                reason = c == 'T' || c == 'H' || c == 'S'
                    ? "it has a time part; only years, months, weeks and days are allowed"
                    : $"'{c}' at {i} is not one of the designators Y, M, W and D";
                return false;
            }

            if (field < next)
            {
                reason = "Y, M, W and D must come in that order, each at most once";
                return false;
            }

            if (i - start > MaxDigits[field])
            {
                reason = $"{c} has more than {MaxDigits[field]} digits (at most {MaxOf(field)})";
                return false;
            }

            fields[field] = (int)number;
            next = field + 1;
            i++;
        }

        return true;
    }

    /// <summary>
    /// The text of a period of <paramref name="years"/>, <paramref name="months"/>, <paramref name="weeks"/> and
    /// <paramref name="days"/>, each 0 to its <see cref="MaxOf"/>: the non-zero ones in order, "P0D" when all are 0.
    /// </summary>
    public static string Format(int years, int months, int weeks, int days)
    {
        if (years == 0 && months == 0 && weeks == 0 && days == 0)
        {
            return "P0D";
        }

        var text = new System.Text.StringBuilder("P", 32);
        Append(text, years, 'Y');
        Append(text, months, 'M');
        Append(text, weeks, 'W');
        Append(text, days, 'D');
        return text.ToString();
    }

    private static void Append(System.Text.StringBuilder text, int value, char designator)
    {
        if (value != 0)
        {
            text.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(designator);
        }
    }
}
