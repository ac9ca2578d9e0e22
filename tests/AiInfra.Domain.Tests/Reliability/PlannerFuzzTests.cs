using System.Globalization;
using System.Text.RegularExpressions;
using AiInfra.Domain.Planning;
using AiInfra.Domain.Tests.Planning;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// The sample plans with their numbers pushed to extremes (zero and negative zero, subnormals, the smallest and largest a
/// double, a float or a decimal holds, negative, percentages at and just around 100, integers past 2^32 and 2^53, long
/// runs of digits), one or several at a time: a plan either fails to parse with located errors, or plans,
/// or throws the documented <see cref="PlanException"/>; never another exception. Seed <see cref="Seed"/>;
/// <see cref="Iterations"/> plans (times AIINFRA_FUZZ_ITERATIONS).
/// </summary>
public class PlannerFuzzTests
{
    public const int Seed = 2026_1207;

    public const int Iterations = 400;

    private static readonly string[] Samples = ["worked-example", "gb300-nvl72-1gw", "cloudmatrix-384-1gw", "b200-12mw-facility"];

    private static readonly string[] Extremes =
    [
        "0", "-0", "1", "-1", "0.5", "0.1", "1e-300", "1e300", "1.7976931348623157e308", "5e-324", "1e-320",
        "2.2250738585072014e-308", "3.4028235e38", "1e-45", "79228162514264337593543950335", "79228162514264337593543950336",
        "0.0000000000000000000000000001", "1e28", "1e29", "100", "99.99999999999999", "100.00000000000001", "1e-15", "1e6",
        "1e9", "1e12", "1e15", "1e18", "65535", "65536", "2147483648", "4294967296", "9007199254740993", "9999999999",
        "123456789012345678901234567890",
    ];

    /// <summary>A number in the plan's text: a JSON number, or the number that starts a quantity, price or period ("30000 USD", "P4Y").</summary>
    private static readonly Regex Number = new(@"(?<=: ""P?|: |, |\[)-?\d+(\.\d+)?([eE][+-]?\d+)?", RegexOptions.CultureInvariant);

    [Fact]
    public void Plans_with_extreme_numbers_give_located_errors_a_report_or_a_plan_exception()
    {
        var random = new Random(Seed);
        var texts = Samples.Select(PlanTestData.Sample).ToArray();
        var failures = new List<string>();
        int parsed = 0, planned = 0, refused = 0;
        for (var i = 0; i < Iterations * ReliabilityFigures.FuzzScale; i++)
        {
            var json = texts[random.Next(texts.Length)];
            var numbers = Number.Matches(json);
            for (var changes = random.Next(1, 4); changes > 0; changes--)
            {
                var match = numbers[random.Next(numbers.Count)];
                json = json[..match.Index] + Extremes[random.Next(Extremes.Length)] + json[(match.Index + match.Length)..];
                numbers = Number.Matches(json);
            }

            try
            {
                if (!ClusterPlanDocument.TryParse(json, "fuzz.plan.json", out var document, out var errors))
                {
                    if (errors.Count == 0 || errors.Any(e => e.Line is null))
                    {
                        failures.Add($"refused without located errors: {string.Join("; ", errors)}");
                    }

                    refused++;
                    continue;
                }

                parsed++;
                try
                {
                    _ = ClusterPlanner.Plan(document).ToString();
                    planned++;
                }
                catch (PlanException)
                {
                }
            }
            catch (Exception e)
            {
                failures.Add($"{e.GetType().Name}: {e.Message} in{Environment.NewLine}{json}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures; the first:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Select(f => f.Split(Environment.NewLine)[0]).Distinct().Take(12))}");
        Assert.True(parsed > 20 && planned > 10 && refused > 20, string.Create(CultureInfo.InvariantCulture, $"parsed {parsed}, planned {planned}, refused {refused}"));
    }
}
