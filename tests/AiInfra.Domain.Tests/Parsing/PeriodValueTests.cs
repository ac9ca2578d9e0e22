using AiInfra.Domain.Parsing;
using AiInfra.Domain.Planning;
using AiInfra.Domain.Serialization;
using NodaTime;

namespace AiInfra.Domain.Tests.Parsing;

/// <summary>
/// A spec's <c>period</c> value (here <see cref="PlanEconomics.Depreciation"/>): which texts read, to which NodaTime
/// period, how each class of bad text is reported, which periods Validate() refuses and the writer with it, and that
/// every period Validate() accepts writes and reads back equal.
/// </summary>
public class PeriodValueTests
{
    private static string Economics(string depreciation) =>
        $$"""{ "capexPerAccelerator": "30000 USD", "depreciation": {{depreciation}}, "electricityPrice": "0.08 USD/kWh", "utilisation": "60 %" }""";

    [Theory]
    [InlineData("P4Y", 4, 0, 0, 0, "P4Y")]
    [InlineData("P5Y6M", 5, 6, 0, 0, "P5Y6M")]
    [InlineData("P2W", 0, 0, 2, 0, "P2W")]
    [InlineData("P1461D", 0, 0, 0, 1461, "P1461D")]
    [InlineData("P1Y2M3W4D", 1, 2, 3, 4, "P1Y2M3W4D")]
    [InlineData("P12M", 0, 12, 0, 0, "P12M")]
    [InlineData("P0004Y", 4, 0, 0, 0, "P4Y")]
    [InlineData("P0D", 0, 0, 0, 0, "P0D")]
    [InlineData("P0Y0M", 0, 0, 0, 0, "P0D")]
    [InlineData("P9999Y99999M999999W9999999D", 9999, 99999, 999999, 9999999, "P9999Y99999M999999W9999999D")]
    public void A_period_text_reads_field_by_field_and_writes_back(string text, int years, int months, int weeks, int days, string written)
    {
        var economics = AiInfraJson.Deserialize<PlanEconomics>(Economics($"\"{text}\""));
        var expected = new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days }.Build();
        Assert.Equal(expected, economics.Depreciation);
        Assert.Contains($"\"depreciation\":\"{written}\"", AiInfraJson.Serialize(economics), StringComparison.Ordinal);
        Assert.Equal(economics, AiInfraJson.Deserialize<PlanEconomics>(AiInfraJson.Serialize(economics)));
    }

    [Fact]
    public void Twelve_months_is_not_one_year_because_period_equality_is_field_by_field()
    {
        var months = AiInfraJson.Deserialize<PlanEconomics>(Economics("\"P12M\""));
        var year = AiInfraJson.Deserialize<PlanEconomics>(Economics("\"P1Y\""));
        Assert.NotEqual(year, months);
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("P", "P alone gives no years, months, weeks or days")]
    [InlineData("p4y", "lower-case p")]
    [InlineData("4Y", "does not start with P")]
    [InlineData(" P4Y", "does not start with P")]
    [InlineData("P4", "has no designator")]
    [InlineData("P4Y ", "' ' at 3 is not a number")]
    [InlineData("P4y", "'y' at 2 is not one of the designators")]
    [InlineData("P1.5Y", "it has a fraction")]
    [InlineData("P1,5Y", "it has a fraction")]
    [InlineData("PT1H", "it has a time part")]
    [InlineData("P1DT1H", "it has a time part")]
    [InlineData("P1H", "it has a time part")]
    [InlineData("P-1Y", "it has a sign")]
    [InlineData("P+1Y", "it has a sign")]
    [InlineData("P1D2Y", "must come in that order")]
    [InlineData("P1Y1Y", "must come in that order")]
    [InlineData("P4W1M", "must come in that order")]
    [InlineData("P10000Y", "Y has more than 4 digits (at most 9999)")]
    [InlineData("P100000M", "M has more than 5 digits")]
    [InlineData("P1000000W", "W has more than 6 digits")]
    [InlineData("P10000000D", "D has more than 7 digits")]
    [InlineData("P\uff14Y", "is not a number")]
    [InlineData("P\u0664Y", "is not a number")]
    [InlineData("PY", "'Y' at 1 is not a number")]
    public void Each_class_of_bad_text_is_a_located_format_error_that_says_what_is_wrong(string text, string reason)
    {
        var json = Economics(System.Text.Json.JsonSerializer.Serialize(text));
        Assert.False(AiInfraJson.TryDeserialize<PlanEconomics>(json, out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal((ErrorCodes.MalformedValue, "/depreciation"), (error.Code, error.Path));
        Assert.Equal((1, json.IndexOf("\"depreciation\": ", StringComparison.Ordinal) + "\"depreciation\": ".Length + 1), (error.Line!.Value, error.Column!.Value));
        Assert.Contains(IsoPeriodText.Description, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("null")]
    [InlineData("[\"P4Y\"]")]
    public void A_value_that_is_not_a_string_is_a_type_error(string value)
    {
        Assert.False(AiInfraJson.TryDeserialize<PlanEconomics>(Economics(value), out _, out var errors));
        Assert.Contains(errors, e => e.Path == "/depreciation");
    }

    public static TheoryData<string, Period> Unwritable() => new()
    {
        { "an hour", Period.FromHours(1) },
        { "a nanosecond", new PeriodBuilder { Days = 1, Nanoseconds = 1 }.Build() },
        { "a negative day", new PeriodBuilder { Years = 1, Days = -1 }.Build() },
        { "10000 years", Period.FromYears(10_000) },
        { "10000000 days", Period.FromDays(10_000_000) },
    };

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void Validate_refuses_a_period_no_text_holds_and_the_writer_refuses_it_with_the_same_error(string what, Period period)
    {
        var economics = AiInfraJson.Deserialize<PlanEconomics>(Economics("\"P4Y\"")) with { Depreciation = period };
        var problem = Assert.Single(economics.Validate().Errors);
        Assert.Equal((ErrorCodes.OutOfRange, "/depreciation"), (problem.Code, problem.Path));
        Assert.Contains("no hours or smaller units", problem.Message, StringComparison.Ordinal);

        var thrown = Assert.Throws<AiInfraJsonException>(() => AiInfraJson.Serialize(economics));
        var written = Assert.Single(thrown.Errors);
        Assert.True((problem.Code, problem.Path, problem.Message) == (written.Code, written.Path, written.Message), what);
    }

    [Fact]
    public void Every_period_Validate_accepts_writes_and_reads_back_equal()
    {
        var random = new Random(20261206);
        var template = AiInfraJson.Deserialize<PlanEconomics>(Economics("\"P4Y\""));
        var accepted = 0;
        for (var i = 0; i < 5000; i++)
        {
            var period = new PeriodBuilder
            {
                Years = random.Next(4) == 0 ? 0 : random.Next(-2, 10_002),
                Months = random.Next(2) == 0 ? 0 : random.Next(-2, 100_002),
                Weeks = random.Next(3) == 0 ? random.Next(-2, 1_000_002) : 0,
                Days = random.Next(2) == 0 ? 0 : random.Next(-2, 10_000_002),
                Hours = random.Next(20) == 0 ? 1 : 0,
            }.Build();
            var economics = template with { Depreciation = period };
            if (!economics.Validate().IsValid)
            {
                Assert.Throws<AiInfraJsonException>(() => AiInfraJson.Serialize(economics));
                continue;
            }

            accepted++;
            var json = AiInfraJson.Serialize(economics);
            var read = AiInfraJson.Deserialize<PlanEconomics>(json);
            Assert.Equal(economics, read);
            Assert.Equal(json, AiInfraJson.Serialize(read));
        }

        Assert.InRange(accepted, 2000, 4900);
    }
}
