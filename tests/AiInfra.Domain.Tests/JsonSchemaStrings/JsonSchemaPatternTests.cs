using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using AiInfra.Domain.Validation;
using AiInfra.Domain.Validation.JsonSchemaStrings;

namespace AiInfra.Domain.Tests.JsonSchemaStrings;

/// <summary>
/// The ECMA-262 to .NET translation behind every spec-file pattern: each construct of <see cref="EcmaPatternCases"/>
/// on texts ECMA-262 accepts and rejects, the patterns it refuses (where, and why), which engine runs a pattern, time
/// limits, and agreement between the two .NET engines and the two translations on random text.
/// </summary>
public class JsonSchemaPatternTests
{
    /// <summary>Characters where ECMA-262 and .NET disagree, surrogates (paired and lone), and plain ASCII.</summary>
    private static readonly string[] Alphabet =
    [
        "a", "b", "z", "A", "K", "0", "7", "_", "-", " ", ".", "$", "\n", "\r", "\t", "\v", "\f", "\u0085", "\u00A0", "\u1680",
        "\u180E", "\u2028", "\u2029", "\u202F", "\u3000", "\uFEFF", "\u00E9", "\u017F", "\u212A", "\u0663", "\uFF13",
        "\U0001F50C", "\U0001F601", "\U0001D400", "\U0010FFFF", "\uD83D", "\uDE00",
    ];

    [Theory]
    [MemberData(nameof(EcmaPatternCases.RowData), MemberType = typeof(EcmaPatternCases))]
    public void Each_construct_matches_as_ECMA_262_says(EcmaPatternCases.Row row)
    {
        var pattern = new JsonSchemaPattern(row.Pattern);
        Assert.True(pattern.TryMatch(row.Text, out var matches), $"{row}: undecided");
        Assert.True(row.Matches == matches, $"{row}, but .NET said the opposite ({Translated(row.Pattern).DotNetPattern})");
    }

    [Theory]
    [MemberData(nameof(EcmaPatternCases.RefusalData), MemberType = typeof(EcmaPatternCases))]
    public void A_pattern_that_is_not_ECMA_262_or_not_supported_is_refused_at_its_construct(EcmaPatternCases.Refusal refusal)
    {
        Assert.Null(EcmaRegex.TryCreate(refusal.Pattern, out var error));
        Assert.NotNull(error);
        Assert.Equal((refusal.Index, refusal.Construct, refusal.Unsupported), (error.Index, error.Construct, error.IsUnsupported));
        Assert.Equal(refusal.Pattern.Substring(error.Index, error.Length), error.Construct);

        var exception = Assert.Throws<ArgumentException>(() => new JsonSchemaPattern(refusal.Pattern));
        Assert.Contains($"'{refusal.Construct}' at character {refusal.Index + 1}: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(refusal.Unsupported ? "not supported" : "not a valid ECMA-262", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_pattern_of_the_library_and_the_tests_spec_files_is_translated()
    {
        var root = Paths.RepositoryRoot();
        var patterns = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.spec.json", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.spec.json", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.spec.json", SearchOption.AllDirectories))
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), "\"pattern\":\\s*(\"(?:[^\"\\\\]|\\\\.)*\")").Select(m => System.Text.Json.JsonSerializer.Deserialize<string>(m.Groups[1].Value)!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(patterns.Count >= 5, $"only {patterns.Count} patterns found");
        Assert.All(patterns, p => Assert.NotNull(EcmaRegex.TryCreate(p, out _)));
    }

    [Theory]
    [InlineData("^[a-z0-9]+(-[a-z0-9]+)*$", true)]
    [InlineData("^(a+)+$", true)]
    [InlineData(@"^\w+-\d+$", true)]
    [InlineData("^.{1,64}$", true)]
    [InlineData(@"^[^\s]+$", true)]
    [InlineData(@"\bkW\b", false)]
    [InlineData("^(?=(a|aa)+$)", false)]
    [InlineData(@"(?<=\$)\d", false)]
    [InlineData(@"^\p{L}+$", false)]
    [InlineData("^a{100000}$", false)]
    public void A_pattern_runs_in_linear_time_unless_it_needs_backtracking(string pattern, bool linear)
    {
        // Lookarounds and \b need backtracking; so do automata larger than NonBacktracking allows, and sets with more
        // minterms than NonBacktracking handles correctly (\p{L} with its letters above U+FFFF), see DotNetPatternWriter.
        Assert.Equal(linear, new JsonSchemaPattern(pattern).IsLinear);
    }

    [Fact]
    public void A_backtracking_match_that_runs_out_of_time_is_undecided_not_an_exception()
    {
        var pattern = new JsonSchemaPattern("^(?=(a|aa)+$)");
        Assert.False(pattern.IsLinear);
        var stopwatch = Stopwatch.StartNew();
        Assert.False(pattern.TryMatch(new string('a', 60) + "!", out var matches));
        Assert.False(matches);
        Assert.True(stopwatch.Elapsed >= JsonSchemaPattern.MatchTimeout * 0.9, $"gave up after {stopwatch.Elapsed}");
        Assert.True(pattern.TryMatch("aaaa", out matches) && matches);
    }

    [Fact]
    public void Matching_valid_text_allocates_nothing_once_warm()
    {
        var linear = new JsonSchemaPattern("^[a-z0-9]+(-[a-z0-9]+)*$");
        var backtracking = new JsonSchemaPattern(@"\bkW\b");
        Assert.Equal(0, SteadyState.AllocatedBytes(() =>
        {
            linear.TryMatch("nvidia-h100-sxm", out _);
            linear.TryMatch("x\U0001F50C", out _);
            backtracking.TryMatch("5 kW", out _);
        }));
    }

    [Fact]
    public void Null_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => new JsonSchemaPattern(null!));
        Assert.Throws<ArgumentNullException>(() => new JsonSchemaPattern("a").TryMatch(null!, out _));
    }

    [Fact]
    public void The_pattern_is_kept_as_written()
    {
        var pattern = new JsonSchemaPattern(@"^\d+$");
        Assert.Equal(@"^\d+$", pattern.Pattern);
        Assert.Equal(@"^\d+$", pattern.ToString());
    }

    /// <summary>
    /// The NonBacktracking and the backtracking engine give the same answers for every translated pattern of the table
    /// that is given to NonBacktracking (<see cref="EcmaRegex.IsLinear"/>), and the translation for text with lone surrogates agrees with the usual one on
    /// well-formed text: seeded random texts from <see cref="Alphabet"/>.
    /// </summary>
    [Fact]
    public void Both_engines_and_both_translations_agree_on_random_text()
    {
        var random = new Random(20250318);
        var checkedTexts = 0;
        var failures = new List<string>();
        foreach (var source in EcmaPatternCases.Rows.Select(r => r.Pattern).Append(@"^\P{L}*$").Distinct(StringComparer.Ordinal))
        {
            var translated = Translated(source);
            var backtracking = new Regex(translated.DotNetPattern, RegexOptions.None, TimeSpan.FromSeconds(5));
            var anyText = new Regex(translated.LoneSurrogatePattern, RegexOptions.None, TimeSpan.FromSeconds(5));
            var linear = translated.IsLinear ? new Regex(translated.DotNetPattern, RegexOptions.NonBacktracking) : null;

            for (var i = 0; i < 300; i++)
            {
                var text = new StringBuilder();
                for (var length = random.Next(0, 6); length > 0; length--)
                {
                    text.Append(Alphabet[random.Next(Alphabet.Length)]);
                }

                var value = text.ToString();
                checkedTexts++;
                var expected = anyText.IsMatch(value);
                if (!CodePoints.HasLoneSurrogate(value) && backtracking.IsMatch(value) != expected)
                {
                    failures.Add($"/{EcmaPatternCases.Escape(source)}/ on \"{EcmaPatternCases.Escape(value)}\": the two translations disagree");
                }

                if (linear is not null && !CodePoints.HasLoneSurrogate(value) && linear.IsMatch(value) != expected)
                {
                    failures.Add($"/{EcmaPatternCases.Escape(source)}/ on \"{EcmaPatternCases.Escape(value)}\": NonBacktracking disagrees");
                }
            }
        }

        Assert.True(checkedTexts > 20_000);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    [Fact]
    public void Code_points_are_counted_as_JSON_Schema_counts_them()
    {
        Assert.Equal(0, CodePoints.Count(""));
        Assert.Equal(3, CodePoints.Count("abc"));
        Assert.Equal(1, CodePoints.Count("\U0001F50C"));
        Assert.Equal(3, CodePoints.Count("a\U0001F50Cb"));
        Assert.Equal(1, CodePoints.Count("\uD83D"));
        Assert.Equal(2, CodePoints.Count("\uDE00\uD83D"));
        Assert.Equal(2, CodePoints.Count("\uD83D\uD83D\uDE00"));
        Assert.Equal(2, CodePoints.Count("\uD83D\uDE00\uDE00"));
        Assert.False(CodePoints.HasLoneSurrogate("a\U0001F50C"));
        Assert.True(CodePoints.HasLoneSurrogate("a\uD83D"));
        Assert.True(CodePoints.HasLoneSurrogate("\uDE00a"));
        Assert.True(CodePoints.HasLoneSurrogate("\U0001F50C\uDE00"));
    }

    private static EcmaRegex Translated(string pattern) => EcmaRegex.TryCreate(pattern, out _)!;
}
