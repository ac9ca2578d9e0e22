using System.Text;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Tests.Specs.Fixtures;
using Xunit.Abstractions;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// Reading documents with very many errors takes time linear in the document, by ratio (time for 8n errors over time
/// for n, against a bound of 20 where linear is 8 and quadratic 64): with the error limit reached (a million errors,
/// of which 1,000 are kept) and not reached (every error kept and located), on one line and on many, and for errors
/// inside one checked list, which are located inside it.
/// </summary>
[Collection(Linearity.Collection)]
public class ReaderLinearityTests(ITestOutputHelper output)
{
    private static readonly AiInfraJsonLimits Unlimited = new() { MaxErrors = int.MaxValue };

    /// <summary>A chip whose list of aliases holds <paramref name="count"/> numbers: one wrong-type error each.</summary>
    private static byte[] WrongItems(int count, bool oneLine, string item = "1", string list = "aliases")
    {
        var json = new StringBuilder("{\"id\":\"chip-a\",\"name\":\"m³ \U0001F50C\",\"tdp\":\"700 W\",\"").Append(list).Append("\":[");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? string.Empty : oneLine ? "," : ",\n").Append(item);
        }

        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }

    private static Func<int, Action> Reading(Func<int, byte[]> document, AiInfraJsonLimits? limits, Func<int, int> expectedErrors) => n =>
    {
        var json = document(n);
        return () =>
        {
            Assert.False(AiInfraJson.TryDeserialize<Chip>(json, out _, out var errors, limits));
            Assert.Equal(expectedErrors(n), errors.Count);
            Assert.NotNull(errors[^1].Line);
        };
    };

    [Fact]
    public void A_million_errors_past_the_limit_are_read_in_linear_time()
    {
        output.WriteLine(Linearity.AssertLinear(
            "errors past the limit, one per line",
            125_000,
            Reading(n => WrongItems(n, oneLine: false), null, _ => 1001)));
    }

    [Fact]
    public void A_million_errors_on_one_line_past_the_limit_are_read_in_linear_time()
    {
        output.WriteLine(Linearity.AssertLinear(
            "errors past the limit, one line",
            125_000,
            Reading(n => WrongItems(n, oneLine: true), null, _ => 1001)));
    }

    [Fact]
    public void Every_error_kept_and_located_is_read_in_linear_time()
    {
        output.WriteLine(Linearity.AssertLinear(
            "every error kept, one per line",
            16_000,
            Reading(n => WrongItems(n, oneLine: false), Unlimited, n => n)));
    }

    [Fact]
    public void Every_error_kept_and_located_on_one_line_is_read_in_linear_time()
    {
        output.WriteLine(Linearity.AssertLinear(
            "every error kept, one line",
            16_000,
            Reading(n => WrongItems(n, oneLine: true), Unlimited, n => n)));
    }

    [Fact]
    public void Errors_inside_one_checked_list_are_located_in_linear_time()
    {
        // Each clock is below the minimum of 1 MHz: the list is read, then checked whole, and each error placed at its item.
        output.WriteLine(Linearity.AssertLinear(
            "errors inside one checked list, one line",
            8_000,
            Reading(n => WrongItems(n, oneLine: true, "\"0.5 MHz\"", "clocks"), Unlimited, n => n)));
        output.WriteLine(Linearity.AssertLinear(
            "errors inside one checked list, past the limit",
            16_000,
            Reading(n => WrongItems(n, oneLine: false, "\"0.5 MHz\"", "clocks"), null, _ => 1001)));
    }

    [Fact]
    public void A_valid_single_line_document_is_read_in_linear_time()
    {
        output.WriteLine(Linearity.AssertLinear(
            "valid list, one line",
            50_000,
            n =>
            {
                var json = WrongItems(n, oneLine: true, "\"1 GHz\"", "clocks");
                return () => Assert.True(AiInfraJson.TryDeserialize<Chip>(json, out _, out _));
            }));
    }
}
