using System.Globalization;
using AiInfra.Domain.Parsing;

namespace AiInfra.Domain.Quantities;

/// <summary>What a message needs to know about an <see cref="MoneyParseError.UnexpectedText"/> failure: the <see cref="ParseFailure{TError}.Detail"/> of a money failure.</summary>
internal enum MoneyParseDetail
{
    /// <summary>Nothing more.</summary>
    None,

    /// <summary>A second currency, such as "EUR" in "USD 80 EUR".</summary>
    CurrencyTwice,

    /// <summary>A second scale word, such as "M" in "80 k M USD".</summary>
    ScaleTwice,

    /// <summary>A scale word after the currency, such as "bn" in "80 USD bn".</summary>
    ScaleAfterCurrency,

    /// <summary>A number right after the number, as a thousands separator written as a space leaves ("1 234 USD").</summary>
    ThousandsSeparator,
}

/// <summary>
/// Reads amounts of money such as "80 bn USD", "USD 80bn", "1.5k EUR", "3.5 M USD", "1000亿美元", "3.5万亿元" or
/// "-5 USD", without allocating on success.
/// </summary>
/// <remarks>
/// <para>The text is an optional currency, a number, an optional scale word and an optional currency, with exactly one
/// currency; white space between the parts is optional ("80bn USD", "1000亿美元") and surrounding white space is ignored.</para>
/// <para>The number: an optional sign, digits with an optional decimal separator, and an optional exponent ("e" or "E"
/// and an integer). The decimal separator and the signs are those of the culture given (invariant when none); ASCII
/// "-" and "+" and the minus sign U+2212 are read in every culture. Thousands separators are read in no culture,
/// because "1.000" is one in some cultures and a thousand in others, and a money amount misread by a factor of a
/// thousand is worse than an error.</para>
/// <para>Scale words: k, M, bn, tn (case-sensitive: "m" is milli, never million), thousand, million, billion, trillion
/// (any case), 万 (10^4), 亿 (10^8), 万亿 (10^12) and their traditional forms 萬, 億, 萬億. Currencies: ISO 4217 codes
/// (upper case) and the words 美元, 元, 人民币, 欧元, 日元, 円, 英镑, 港元, 韩元, 新台币 (元 alone is CNY).</para>
/// <para>The amount is exact, computed without floating point: the scale word and the exponent move the decimal point
/// of the digits as written, so "1.5k" is 1500, "1.2345k" is 1234.5 and "1.50 USD" keeps its two decimals. An amount
/// that <see cref="decimal"/> cannot hold exactly is an error (<see cref="MoneyParseError.Overflow"/> or
/// <see cref="MoneyParseError.TooManyDigits"/>), never rounded; zeros beyond the 28th decimal place are dropped.</para>
/// </remarks>
internal static class MoneyParser
{
    // A valid text has at most four parts (currency, number, scale, currency); two more are enough to say what is wrong.
    private const int MaxTokens = 6;

    private const int MaxScale = 28;

    private static readonly UInt128 s_maxMantissa = (UInt128)decimal.MaxValue;

    private enum TokenKind : byte
    {
        Number,
        Word,
        Other,
    }

    public static Money Parse(ReadOnlySpan<char> text, IFormatProvider? provider) =>
        TryParse(text, provider, out var money, out var failure) ? money : throw CreateException(text, provider, failure);

    public static bool TryParse(ReadOnlySpan<char> text, IFormatProvider? provider, out Money result, out ParseFailure<MoneyParseError> failure)
    {
        result = default;
        var format = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture);
        Span<Token> tokens = stackalloc Token[MaxTokens];
        var count = Tokenize(text, format, tokens);
        if (count == 0)
        {
            return Fail(out failure, MoneyParseError.Empty, new Token(TokenKind.Other, 0, text.Length));
        }

        tokens = tokens[..count];
        var index = 0;
        var currency = default(Currency);
        var prefixed = false;
        var first = tokens[0];
        if (first.Kind != TokenKind.Number)
        {
            var word = first.Kind == TokenKind.Word ? text.Slice(first.Start, first.Length) : default;
            if (first.Kind == TokenKind.Word && MoneyVocabulary.TryGetCurrency(word, out currency))
            {
                index = 1;
                prefixed = true;
            }
            else if (first.Kind == TokenKind.Word && MoneyVocabulary.TryGetScale(word, out _))
            {
                return Fail(out failure, MoneyParseError.MissingNumber, first);
            }
            else if (first.Kind == TokenKind.Word && count > 1 && tokens[1].Kind == TokenKind.Number)
            {
                return Fail(out failure, MoneyParseError.UnknownCurrency, first);
            }
            else
            {
                return Fail(out failure, MoneyParseError.MalformedNumber, first);
            }
        }

        if (index == count)
        {
            return Fail(out failure, MoneyParseError.MissingNumber, first);
        }

        var numberIndex = index;
        var numberToken = tokens[index];
        if (numberToken.Kind != TokenKind.Number)
        {
            var word = text.Slice(numberToken.Start, numberToken.Length);
            var known = numberToken.Kind == TokenKind.Word && (MoneyVocabulary.TryGetScale(word, out _) || MoneyVocabulary.TryGetCurrency(word, out _));
            return Fail(out failure, known ? MoneyParseError.MissingNumber : MoneyParseError.MalformedNumber, numberToken);
        }

        if (!TryReadNumber(text.Slice(numberToken.Start, numberToken.Length), format, out var number))
        {
            return Fail(out failure, MoneyParseError.MalformedNumber, numberToken);
        }

        index++;
        var scale = 0;
        if (index < count && tokens[index].Kind == TokenKind.Word)
        {
            var word = text.Slice(tokens[index].Start, tokens[index].Length);
            if (MoneyVocabulary.TryGetScale(word, out scale))
            {
                index++;
            }
            else if (!MoneyVocabulary.TryGetCurrency(word, out _))
            {
                // Neither: a near miss of a scale word, or a code-shaped word, says which was meant; otherwise a word
                // followed by more, or after a currency already given, is taken for a scale word.
                var error = MoneyVocabulary.SuggestScale(word) is not null ? MoneyParseError.UnknownScale
                    : CurrencyCodes.IsWellFormed(word) ? MoneyParseError.UnknownCurrency
                    : prefixed || index + 1 < count ? MoneyParseError.UnknownScale
                    : MoneyParseError.UnknownCurrency;
                return Fail(out failure, error, tokens[index]);
            }
        }

        if (index < count)
        {
            var token = tokens[index];
            var word = text.Slice(token.Start, token.Length);
            if (token.Kind == TokenKind.Word && MoneyVocabulary.TryGetCurrency(word, out var suffix))
            {
                if (prefixed)
                {
                    return Fail(out failure, MoneyParseError.UnexpectedText, token, MoneyParseDetail.CurrencyTwice);
                }

                currency = suffix;
                index++;
            }
            else if (token.Kind == TokenKind.Word && MoneyVocabulary.TryGetScale(word, out _))
            {
                return Fail(out failure, MoneyParseError.UnexpectedText, token, MoneyParseDetail.ScaleTwice);
            }
            else if (token.Kind == TokenKind.Word)
            {
                return Fail(out failure, MoneyParseError.UnknownCurrency, token);
            }
            else
            {
                var detail = token.Kind == TokenKind.Number && index == numberIndex + 1 ? MoneyParseDetail.ThousandsSeparator : MoneyParseDetail.None;
                return Fail(out failure, MoneyParseError.UnexpectedText, token, detail);
            }
        }

        if (index < count)
        {
            var token = tokens[index];
            var isScale = token.Kind == TokenKind.Word && MoneyVocabulary.TryGetScale(text.Slice(token.Start, token.Length), out _);
            return Fail(out failure, MoneyParseError.UnexpectedText, token, isScale ? MoneyParseDetail.ScaleAfterCurrency : MoneyParseDetail.None);
        }

        if (currency.IsNone)
        {
            return Fail(out failure, MoneyParseError.MissingCurrency, numberToken);
        }

        if (!TryMakeAmount(number, scale, out var amount, out var amountError))
        {
            return Fail(out failure, amountError, numberToken);
        }

        result = new Money(amount, currency);
        failure = default;
        return true;
    }

    /// <summary>The exception for a failure, with a message that quotes the input, says what is wrong and what was expected.</summary>
    public static MoneyFormatException CreateException(ReadOnlySpan<char> text, IFormatProvider? provider, ParseFailure<MoneyParseError> failure)
    {
        var part = failure.PartOf(text).ToString();
        var shown = QuotedInput.Quote(part);
        var reason = failure.Error switch
        {
            MoneyParseError.Empty => "it is empty",
            MoneyParseError.MissingNumber => MoneyVocabulary.TryGetScale(part, out _) ? $"the scale word {shown} has no number before it" : "it has no number",
            MoneyParseError.MalformedNumber => DescribeMalformedNumber(part, provider),
            MoneyParseError.Overflow => "the amount is larger than a decimal can hold (79228162514264337593543950335 either side of zero)",
            MoneyParseError.TooManyDigits => "the amount has more digits than a decimal holds exactly (28 decimal places, 28 or 29 significant digits), and money is never rounded silently",
            MoneyParseError.UnknownScale => MoneyVocabulary.SuggestScale(part) is { } hint ? $"{shown} is not a scale word; {hint}" : $"{shown} is not a scale word",
            MoneyParseError.MissingCurrency => "it has no currency, and none is ever assumed",
            MoneyParseError.UnknownCurrency => $"{shown} is not a currency: {MoneyVocabulary.DescribeUnknownCurrency(part)}",
            _ => (MoneyParseDetail)failure.Detail switch
            {
                MoneyParseDetail.CurrencyTwice => $"{shown} is a second currency; write the currency once, before or after the amount",
                MoneyParseDetail.ScaleTwice => $"{shown} is a second scale word; only one is allowed (万亿 is one word)",
                MoneyParseDetail.ScaleAfterCurrency => $"the scale word {shown} follows the currency; write it before the currency, as in \"80 bn USD\"",
                MoneyParseDetail.ThousandsSeparator => $"{shown} follows the number; numbers are read without thousands separators",
                _ => $"{shown} is not expected there",
            },
        };

        return new MoneyFormatException(
            $"{QuotedInput.Quote(text)} is not an amount of money: {reason}. Expected a number, an optional scale word and one currency, " +
            $"such as \"80 bn USD\", \"USD 80bn\", \"1.5k EUR\" or \"1000亿美元\"; numbers in {CultureName(provider)} without thousands separators; " +
            $"scale words: {MoneyVocabulary.ScaleWords}; currencies: ISO 4217 codes such as USD, or {MoneyVocabulary.CurrencyWords}.",
            failure.Error);
    }

    private static bool Fail(out ParseFailure<MoneyParseError> failure, MoneyParseError error, Token token, MoneyParseDetail detail = MoneyParseDetail.None)
    {
        return ParseFailure<MoneyParseError>.Fail(out failure, error, token.Start, token.Length, (int)detail);
    }

    /// <summary>
    /// Splits the text into numbers, words and other runs. Words are runs of ASCII letters, or runs of other letters
    /// split into the known Chinese words they are made of ("亿美元" is "亿" and "美元").
    /// </summary>
    private static int Tokenize(ReadOnlySpan<char> text, NumberFormatInfo format, Span<Token> tokens)
    {
        var count = 0;
        var position = 0;
        while (position < text.Length && count < tokens.Length)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
                continue;
            }

            var start = position;
            if (StartsNumber(text, position, format))
            {
                do
                {
                    position++;
                }
                while (position < text.Length && IsNumberChar(text, position, start, format));

                tokens[count++] = new Token(TokenKind.Number, start, position - start);
            }
            else if (char.IsAsciiLetter(c))
            {
                while (position < text.Length && char.IsAsciiLetter(text[position]))
                {
                    position++;
                }

                tokens[count++] = new Token(TokenKind.Word, start, position - start);
            }
            else if (char.IsLetter(c))
            {
                while (position < text.Length && char.IsLetter(text[position]) && !char.IsAsciiLetter(text[position]))
                {
                    position++;
                }

                count = SplitWords(text, start, position, tokens, count);
            }
            else
            {
                do
                {
                    position++;
                }
                while (position < text.Length && !char.IsWhiteSpace(text[position]) && !char.IsLetterOrDigit(text[position]) && !StartsNumber(text, position, format));

                tokens[count++] = new Token(TokenKind.Other, start, position - start);
            }
        }

        return count;
    }

    private static int SplitWords(ReadOnlySpan<char> text, int start, int end, Span<Token> tokens, int count)
    {
        var position = start;
        while (position < end && count < tokens.Length)
        {
            var length = MoneyVocabulary.MatchCjkWord(text[position..end]);
            if (length == 0)
            {
                // An unknown word runs to where a known one starts, so "千美元" is "千" (unknown) and "美元".
                length = 1;
                while (position + length < end && MoneyVocabulary.MatchCjkWord(text[(position + length)..end]) == 0)
                {
                    length++;
                }
            }

            tokens[count++] = new Token(TokenKind.Word, position, length);
            position += length;
        }

        return count;
    }

    private static bool StartsNumber(ReadOnlySpan<char> text, int position, NumberFormatInfo format)
    {
        var rest = text[position..];
        if (char.IsAsciiDigit(rest[0]) || MatchSign(rest, format, out _) > 0)
        {
            return true;
        }

        var separator = format.NumberDecimalSeparator;
        return separator.Length > 0 && rest.StartsWith(separator) && rest.Length > separator.Length && char.IsAsciiDigit(rest[separator.Length]);
    }

    /// <summary>
    /// Whether a character continues a number: digits, signs, separators of any common culture (so that "1,000" is one
    /// malformed number, not a number and something else) and an exponent's "e" between a digit and an integer (so that
    /// "1e5" is a number and "2EUR" is 2 EUR).
    /// </summary>
    private static bool IsNumberChar(ReadOnlySpan<char> text, int position, int start, NumberFormatInfo format)
    {
        var c = text[position];
        if (char.IsAsciiDigit(c) || c is '+' or '-' or '\u2212' or '.' or ',' or '\'')
        {
            return true;
        }

        if (!char.IsWhiteSpace(c) && (format.NumberDecimalSeparator.Contains(c) || format.NegativeSign.Contains(c)
            || format.PositiveSign.Contains(c) || format.NumberGroupSeparator.Contains(c)))
        {
            return true;
        }

        if (c is 'e' or 'E' && position > start && char.IsAsciiDigit(text[position - 1]))
        {
            var next = position + 1;
            if (next < text.Length)
            {
                next += MatchSign(text[next..], format, out _);
            }

            return next < text.Length && char.IsAsciiDigit(text[next]);
        }

        return false;
    }

    /// <summary>The length of the sign at the start of <paramref name="text"/>, or 0: the culture's, ASCII "-" and "+", or U+2212.</summary>
    private static int MatchSign(ReadOnlySpan<char> text, NumberFormatInfo format, out bool negative)
    {
        negative = true;
        if (format.NegativeSign.Length > 0 && text.StartsWith(format.NegativeSign))
        {
            return format.NegativeSign.Length;
        }

        if (text.Length > 0 && text[0] is '-' or '\u2212')
        {
            return 1;
        }

        negative = false;
        if (format.PositiveSign.Length > 0 && text.StartsWith(format.PositiveSign))
        {
            return format.PositiveSign.Length;
        }

        return text.Length > 0 && text[0] == '+' ? 1 : 0;
    }

    /// <summary>Reads a number exactly: its digits as an integer and the power of ten they are multiplied by.</summary>
    private static bool TryReadNumber(ReadOnlySpan<char> text, NumberFormatInfo format, out Number number)
    {
        number = default;
        var position = MatchSign(text, format, out var negative);
        var accumulator = default(DigitAccumulator);
        var digits = 0;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            accumulator.Add(text[position++]);
            digits++;
        }

        var fractionDigits = 0;
        var separator = format.NumberDecimalSeparator;
        if (separator.Length > 0 && text[position..].StartsWith(separator))
        {
            position += separator.Length;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                accumulator.Add(text[position++]);
                fractionDigits++;
            }
        }

        if (digits + fractionDigits == 0)
        {
            return false;
        }

        long exponent = 0;
        if (position < text.Length && text[position] is 'e' or 'E')
        {
            position++;
            position += MatchSign(text[position..], format, out var negativeExponent);
            var exponentStart = position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                // Saturates far beyond any exponent a decimal can take, so that a long exponent is an overflow, not a wrap.
                exponent = Math.Min((exponent * 10) + (text[position++] - '0'), 1_000_000);
            }

            if (position == exponentStart)
            {
                return false;
            }

            exponent = negativeExponent ? -exponent : exponent;
        }

        if (position != text.Length)
        {
            return false;
        }

        number = new Number(accumulator.Mantissa, exponent - fractionDigits + accumulator.Dropped, accumulator.Inexact, negative);
        return true;
    }

    /// <summary>The decimal of <paramref name="number"/> × 10^<paramref name="scale"/>, exactly, or the reason it cannot be one.</summary>
    private static bool TryMakeAmount(Number number, int scale, out decimal amount, out MoneyParseError error)
    {
        amount = default;
        error = default;
        var exponent = number.Exponent + scale;
        if (number.Inexact)
        {
            // A non-zero digit did not fit in the mantissa: when the decimal point falls after the digits kept, the
            // integer part alone is too large; otherwise the fraction has more digits than a decimal holds.
            error = exponent > 0 ? MoneyParseError.Overflow : MoneyParseError.TooManyDigits;
            return false;
        }

        var mantissa = number.Mantissa;
        long decimalScale = 0;
        if (mantissa == 0)
        {
            decimalScale = Math.Clamp(-exponent, 0, MaxScale);
        }
        else if (exponent >= 0)
        {
            if (exponent > MaxScale || mantissa > s_maxMantissa / PowerOfTen((int)exponent))
            {
                error = MoneyParseError.Overflow;
                return false;
            }

            mantissa *= PowerOfTen((int)exponent);
        }
        else
        {
            decimalScale = -exponent;
            while (decimalScale > MaxScale && mantissa % 10 == 0)
            {
                mantissa /= 10;
                decimalScale--;
            }

            if (decimalScale > MaxScale)
            {
                error = MoneyParseError.TooManyDigits;
                return false;
            }
        }

        amount = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), number.Negative && mantissa != 0, (byte)decimalScale);
        return true;
    }

    private static UInt128 PowerOfTen(int exponent)
    {
        UInt128 power = 1;
        for (var i = 0; i < exponent; i++)
        {
            power *= 10;
        }

        return power;
    }

    private static string DescribeMalformedNumber(string part, IFormatProvider? provider)
    {
        var format = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture);
        if (part is "∞" || part.Equals("NaN", StringComparison.OrdinalIgnoreCase) || part.Equals("Infinity", StringComparison.OrdinalIgnoreCase)
            || part == format.NaNSymbol || part == format.PositiveInfinitySymbol || part == format.NegativeInfinitySymbol)
        {
            return $"{QuotedInput.Quote(part)} is not a finite number, and an amount of money is a decimal";
        }

        if (part.Length > 0 && char.GetUnicodeCategory(part[0]) == UnicodeCategory.CurrencySymbol)
        {
            return $"{QuotedInput.Quote(part)} is a currency symbol, which is not read because symbols are ambiguous ($ is used by USD, HKD, TWD and others, ¥ by JPY and CNY); write the ISO 4217 code, as in \"USD 80bn\"";
        }

        return $"{QuotedInput.Quote(part)} is not a number in {CultureName(provider)} (decimal separator \"{format.NumberDecimalSeparator}\", no thousands separators)";
    }

    private static string CultureName(IFormatProvider? provider) =>
        provider is CultureInfo { Name.Length: > 0 } culture ? $"the culture {culture.Name}" : "the invariant culture";

    private readonly struct Token(TokenKind kind, int start, int length)
    {
        public TokenKind Kind { get; } = kind;

        public int Start { get; } = start;

        public int Length { get; } = length;
    }

    /// <summary>A number as written: <see cref="Mantissa"/> × 10^<see cref="Exponent"/>, exact unless <see cref="Inexact"/>.</summary>
    private readonly record struct Number(UInt128 Mantissa, long Exponent, bool Inexact, bool Negative);

    /// <summary>
    /// Collects digits into a mantissa no larger than a decimal's. Digits that do not fit are counted in
    /// <see cref="Dropped"/>; a non-zero one among them makes the number <see cref="Inexact"/>.
    /// </summary>
    private struct DigitAccumulator
    {
        public UInt128 Mantissa { get; private set; }

        public int Dropped { get; private set; }

        public bool Inexact { get; private set; }

        public void Add(char digit)
        {
            var value = (uint)(digit - '0');
            if (Dropped == 0 && Mantissa <= (s_maxMantissa - value) / 10)
            {
                Mantissa = (Mantissa * 10) + value;
            }
            else
            {
                Dropped++;
                Inexact |= value != 0;
            }
        }
    }
}
