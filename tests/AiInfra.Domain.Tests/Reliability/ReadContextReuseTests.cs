using System.Text;
using AiInfra.Domain.Chips;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// <see cref="AiInfraJson"/> keeps its read context on each thread between reads: every read starts clean whatever the
/// one before it met, threads never share one, and short strings repeated across the documents read on one thread are
/// one instance.
/// </summary>
public class ReadContextReuseTests
{
    private static readonly string s_h100 = AiInfraJson.Serialize(global::AiInfra.Domain.Catalog.Accelerators.NvidiaH100Sxm);

    [Fact]
    public void A_short_string_repeated_across_documents_read_on_one_thread_is_one_instance()
    {
        var json = Encoding.UTF8.GetBytes("""{"id":"s001","vendor":"nvidia","name":"n1","kind":"gpu"}""");
        var first = AiInfraJson.Deserialize<Accelerator>(json);
        var second = AiInfraJson.Deserialize<Accelerator>(json);
        Assert.Equal(first, second);
        Assert.Same(first.Id, second.Id);
    }

    [Fact]
    public void A_read_after_failed_ones_starts_clean_and_a_failed_one_reports_the_same_again()
    {
        var bad = s_h100.Replace("\"700 W\"", "\"700 X\"", StringComparison.Ordinal).Replace("\"kind\":\"gpu\"", "\"kind\":\"nope\"", StringComparison.Ordinal);
        Assert.NotEqual(s_h100, bad);
        Assert.False(AiInfraJson.TryDeserialize<Accelerator>(bad, out _, out var firstErrors));
        Assert.Equal(2, firstErrors.Count);

        Assert.True(AiInfraJson.TryDeserialize<Accelerator>(s_h100, out var good, out var none));
        Assert.Empty(none);
        Assert.Equal(global::AiInfra.Domain.Catalog.Accelerators.NvidiaH100Sxm, good);

        Assert.False(AiInfraJson.TryDeserialize<Accelerator>("{\"id\":", out _, out _));
        Assert.False(AiInfraJson.TryDeserialize<Accelerator>(bad, out _, out var againErrors));
        Assert.Equal(firstErrors, againErrors);
    }

    [Fact]
    public void Reads_on_many_threads_at_once_each_read_their_own_document()
    {
        var documents = new[] { s_h100, s_h100.Replace("\"nvidia-h100-sxm\"", "\"other-h100\"", StringComparison.Ordinal) };
        var expected = documents.Select(d => AiInfraJson.Deserialize<Accelerator>(d)).ToArray();
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var which = i % 2;
            var read = AiInfraJson.Deserialize<Accelerator>(documents[which]);
            if (!read.Equals(expected[which]))
            {
                throw new Xunit.Sdk.XunitException($"Read {i} gave another value than its document.");
            }
        });
    }
}
