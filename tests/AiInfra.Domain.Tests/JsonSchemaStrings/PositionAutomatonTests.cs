using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AiInfra.Domain.Tests.Schemas;
using AiInfra.Domain.Validation.JsonSchemaStrings;

namespace AiInfra.Domain.Tests.JsonSchemaStrings;

/// <summary>
/// <see cref="EcmaRegex"/> matches small patterns with a <see cref="PositionAutomaton"/> instead of a .NET regular
/// expression: the two must give the same answer for every pattern that has an automaton and every well-formed text.
/// They are held to each other on the library's own patterns, on the table of ECMA-262 cases, and on random patterns
/// (sets, groups, alternatives, every kind of repetition, anchors) over random texts (ASCII, line terminators,
/// non-ASCII letters, surrogate pairs).
/// </summary>
public class PositionAutomatonTests
{
    /// <summary>Patterns the library's specs and schemas use, each of which must be matched by an automaton.</summary>
    public static TheoryData<string> LibraryPatterns => new()
    {
        "^[a-z0-9]+(-[a-z0-9]+)*$",
        "^(/[^/]+)+$",
        "^[0-9]{4}-(0[1-9]|1[0-2])$",
        "^[A-Z]{3}$",
        "^[a-z][a-zA-Z0-9]*$",
    };

    [Theory]
    [MemberData(nameof(LibraryPatterns))]
    public void The_library_patterns_are_matched_by_an_automaton_that_agrees_with_the_regex(string pattern)
    {
        var regex = Translated(pattern);
        Assert.True(regex.HasAutomaton, $"/{pattern}/ has no automaton");
        Assert.True(regex.HasAsciiSteps, $"/{pattern}/ has no ASCII table");
        AssertAgrees(pattern, regex, Texts(new Random(pattern.Length), Alphabet(pattern), 3000));
    }

    /// <summary>
    /// ASCII text steps through a table when the automaton reaches few position sets, and over the sets otherwise; a text
    /// that leaves ASCII part way hands the state over, unless the ASCII before decided already (no match can start
    /// again, or a match ended). Both ways must agree with the regex, unanchored patterns included.
    /// </summary>
    [Theory]
    [InlineData("^[a-z0-9]+(-[a-z0-9]+)*$", true)]
    [InlineData("[a-z]-[0-9]", true)]
    [InlineData("é+[a-c]{2,3}$", true)]
    [InlineData("^(a|b)*c(a|b){3}$", true)]
    [InlineData("^(a|b)*a(a|b){6}$", false)]
    [InlineData("^a{64}$", false)]
    public void ASCII_text_agrees_whether_or_not_it_steps_by_table(string pattern, bool table)
    {
        var regex = Translated(pattern);
        Assert.True(regex.HasAutomaton);
        Assert.Equal(table, regex.HasAsciiSteps);
        var texts = Texts(new Random(pattern.Length), "abcé-09Z😀", 4000)
            .Concat(["", "é", "aé", "é" + new string('a', 70), new string('a', 64), "a-0", "ab-0c", "zzé-a0", "abcaaaaaaa", "baaaaaaaa", "Aé", "a-0é", "-é", "c" + new string('a', 6) + "é"]);
        AssertAgrees(pattern, regex, texts);
    }

    [Fact]
    public void The_table_of_ECMA_cases_agrees_where_a_pattern_has_an_automaton()
    {
        var checkedRows = 0;
        foreach (var row in EcmaPatternCases.Rows)
        {
            if (EcmaRegex.TryCreate(row.Pattern, out _) is { HasAutomaton: true } regex && !CodePoints.HasLoneSurrogate(row.Text))
            {
                Assert.True(row.Matches == (regex.Match(row.Text) == EcmaMatch.Match), row.ToString());
                checkedRows++;
            }
        }

        Assert.True(checkedRows > 20, $"only {checkedRows} rows have an automaton");
    }

    /// <summary>
    /// Random patterns over random texts: where the automaton and the .NET regex disagree, ajv (JavaScript's RegExp with
    /// the u flag, which defines the answer) must side with the automaton. They do disagree on counted repetitions of
    /// something that can be empty: /^(a+|){2}/ finds a match in "a/" in ECMA-262 and the automaton, not in .NET.
    /// </summary>
    [RequiresNodeFact]
    public void Random_patterns_agree_with_ECMA_262_on_random_texts()
    {
        var random = new Random(20261206);
        var withAutomaton = 0;
        var agreed = 0;
        var disputed = new List<(string Pattern, string Text, bool Automaton)>();
        for (var i = 0; i < 600; i++)
        {
            var pattern = RandomPattern(random);
            var regex = Translated(pattern);
            if (!regex.HasAutomaton)
            {
                continue;
            }

            withAutomaton++;
            var reference = Reference(regex.DotNetPattern);
            foreach (var text in Texts(random, "abc-/é\n😀", 150))
            {
                var automaton = regex.Match(text) == EcmaMatch.Match;
                if (automaton == IsMatch(reference, text))
                {
                    agreed++;
                }
                else
                {
                    disputed.Add((pattern, text, automaton));
                }
            }
        }

        Assert.True(withAutomaton > 400, $"only {withAutomaton} of 600 random patterns have an automaton");
        Assert.True(agreed > 50_000, $"only {agreed} texts agreed");
        if (disputed.Count == 0)
        {
            return;
        }

        var patterns = disputed.Select(d => d.Pattern).Distinct(StringComparer.Ordinal).ToList();
        var names = patterns.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => "p" + x.i, StringComparer.Ordinal);
        var (_, documents) = Ajv.Check(
            patterns.ToDictionary(p => names[p], p => new JsonObject { ["type"] = "string", ["pattern"] = p }.ToJsonString()),
            disputed.Select(d => (names[d.Pattern], JsonValue.Create(d.Text).ToJsonString())).ToList());
        var wrong = disputed.Where((d, i) => documents[i].Valid != d.Automaton).Select(d => $"/{d.Pattern}/ on \"{Escape(d.Text)}\": ajv disagrees with the automaton ({d.Automaton})").ToList();
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong.Take(20)));
    }

    [Theory]
    [InlineData(@"\bword\b")]
    [InlineData("a(?=b)")]
    [InlineData("a^b")]
    [InlineData("(^a|b$)")]
    [InlineData("a{65}")]
    [InlineData("(ab){40}")]
    public void Patterns_beyond_the_automaton_keep_the_regex(string pattern)
    {
        Assert.False(Translated(pattern).HasAutomaton);
    }

    [Fact]
    public void A_pattern_at_the_size_limit_has_an_automaton_and_agrees()
    {
        var pattern = "^a{64}$";
        var regex = Translated(pattern);
        Assert.True(regex.HasAutomaton);
        AssertAgrees(pattern, regex, [new string('a', 63), new string('a', 64), new string('a', 65), string.Empty]);
    }

    private static void AssertAgrees(string pattern, EcmaRegex regex, IEnumerable<string> texts)
    {
        var reference = new Regex(regex.DotNetPattern, RegexOptions.None, TimeSpan.FromSeconds(5));
        foreach (var text in texts)
        {
            var expected = reference.IsMatch(text);
            var actual = regex.Match(text) == EcmaMatch.Match;
            Assert.True(expected == actual, $"/{pattern}/ on \"{Escape(text)}\": the regex says {expected}, the automaton {actual}");
        }
    }

    /// <summary>The .NET regex of a translated pattern, linear where .NET's NonBacktracking engine takes it.</summary>
    private static Regex Reference(string dotNetPattern)
    {
        try
        {
            return new Regex(dotNetPattern, RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(dotNetPattern, RegexOptions.None, TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>The regex's answer; null when it backtracked past its timeout (ajv then decides).</summary>
    private static bool? IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static EcmaRegex Translated(string pattern) =>
        EcmaRegex.TryCreate(pattern, out var error) ?? throw new InvalidOperationException($"/{pattern}/ is refused: {error}");

    /// <summary>The pattern's own literal characters and some that are in no pattern.</summary>
    private static string Alphabet(string pattern) =>
        new string(pattern.Where(char.IsAsciiLetterOrDigit).Distinct().ToArray()) + "-/ Z9\né😀";

    /// <summary>Texts of 0 to 12 code points drawn from <paramref name="alphabet"/> (its surrogate pairs kept whole).</summary>
    private static IEnumerable<string> Texts(Random random, string alphabet, int count)
    {
        var units = new List<string>();
        for (var i = 0; i < alphabet.Length; i++)
        {
            units.Add(char.IsHighSurrogate(alphabet[i]) ? alphabet.Substring(i++, 2) : alphabet[i].ToString());
        }

        for (var n = 0; n < count; n++)
        {
            var text = new StringBuilder();
            for (var length = random.Next(13); length > 0; length--)
            {
                text.Append(units[random.Next(units.Count)]);
            }

            yield return text.ToString();
        }
    }

    /// <summary>A random pattern over a, b, c, '-', '/' and é: sets, groups, alternatives, repetitions and end anchors.</summary>
    private static string RandomPattern(Random random)
    {
        var body = Term(random, 3);
        return (random.Next(3) == 0 ? "^" : string.Empty) + body + (random.Next(3) == 0 ? "$" : string.Empty);

        static string Term(Random random, int depth)
        {
            var parts = new StringBuilder();
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                var atom = (depth == 0 ? random.Next(5) : random.Next(8)) switch
                {
                    0 => "a",
                    1 => "[bc]",
                    2 => "[^a/]",
                    3 => ".",
                    4 => "[-é]",
                    5 => "(" + Term(random, depth - 1) + ")",
                    6 => "(?:" + Term(random, depth - 1) + "|" + Term(random, depth - 1) + ")",
                    _ => "(" + Term(random, depth - 1) + "|)",
                };
                parts.Append(atom).Append(random.Next(9) switch
                {
                    0 => "*",
                    1 => "+",
                    2 => "?",
                    3 => "{2}",
                    4 => "{0,2}",
                    5 => "{1,}",
                    6 => "*?",
                    _ => string.Empty,
                });
            }

            return parts.ToString();
        }
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
