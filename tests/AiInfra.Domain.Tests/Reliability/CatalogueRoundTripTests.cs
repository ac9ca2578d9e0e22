using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// No data loss: every entry of every catalogue (the library's and this project's), written with
/// <see cref="AiInfraJson"/> and read back, is equal to the original, and writing it again gives the same bytes;
/// indented output reads back to the same value too.
/// </summary>
public class CatalogueRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_catalogue_entry_reads_back_equal_and_writes_back_byte_identical()
    {
        var entries = Entities.CatalogueEntries;
        Assert.True(entries.Count >= 250, $"only {entries.Count} catalogue entries");
        var problems = new List<string>();
        var bytes = 0L;
        foreach (var entry in entries)
        {
            var first = AiInfraJson.SerializeToUtf8Bytes(entry);
            bytes += first.Length;
            if (!AiInfraJson.TryDeserialize(entry.GetType(), first, out var back, out var errors))
            {
                problems.Add($"{entry.GetType().Name}: does not read back: {string.Join("; ", errors)}");
                continue;
            }

            if (!back.Equals(entry) || back.GetHashCode() != entry.GetHashCode())
            {
                problems.Add($"{entry.GetType().Name}: reads back different: {Encoding.UTF8.GetString(first)}");
            }

            var second = AiInfraJson.SerializeToUtf8Bytes(back);
            if (!first.AsSpan().SequenceEqual(second))
            {
                problems.Add($"{entry.GetType().Name}: the second write differs:{Environment.NewLine}{Encoding.UTF8.GetString(first)}{Environment.NewLine}{Encoding.UTF8.GetString(second)}");
            }

            var indented = AiInfraJson.SerializeToUtf8Bytes(entry, indented: true);
            if (!AiInfraJson.TryDeserialize(entry.GetType(), indented, out var fromIndented, out _) || !fromIndented.Equals(entry))
            {
                problems.Add($"{entry.GetType().Name}: the indented text does not read back equal");
            }
        }

        var kinds = entries.GroupBy(e => e.GetType().Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        var report = string.Create(CultureInfo.InvariantCulture, $"Catalogue round trip: {entries.Count} entries of {entries.Select(e => e.GetType()).Distinct().Count()} kinds, {bytes} bytes of JSON; {entries.Count - problems.Count} equal and byte-identical, {problems.Count} problems.{Environment.NewLine}{string.Join(", ", kinds)}");
        output.WriteLine(report);
        ReliabilityFigures.Write("catalogue-round-trip.txt", report);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(20)));
    }
}
