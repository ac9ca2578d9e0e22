using System.Diagnostics;
using System.Text;
using AiInfra.Domain.Cli.Documents;

namespace AiInfra.Domain.Cli.Tests;

/// <summary>
/// Reading a file and locating its errors takes time linear in its size, also when the whole file is one line (a
/// minified catalogue): the time for 8n entries over the time for n must stay well below the 64 of a quadratic step
/// (linear is 8; the bound, 20, leaves room for noise). Each case is measured after a warm-up, as the least processor
/// time of three runs, with no other test of this project running at the same time.
/// </summary>
[Collection(TimingCollection.Name)]
public class LinearityTests
{
    private const int N = 2000;
    private const double Bound = 20;

    /// <summary>
    /// Files whose every entry is located: by the library's line and column, from an error's pointer, and as a
    /// duplicate id. (A file of valid entries is timed through <see cref="Every_entry_of_one_long_line_is_located_in_linear_time"/>:
    /// the records it keeps make the garbage collector's share of its time depend on the heap, not on the tool.)
    /// </summary>
    public static TheoryData<string> Kinds => new() { "an error in every entry", "a duplicate id in every entry", "a rule error in every entry" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_single_line_catalogue_is_read_in_linear_time(string kind)
    {
        using var temp = new TempFolder();
        var small = temp.File("small.catalog.json", Catalogue(N, kind));
        var large = temp.File("large.catalog.json", Catalogue(8 * N, kind));
        var loader = new DocumentLoader(null, Entities.Known);
        var expected = kind == "a duplicate id in every entry" ? (8 * N) - 1 : 8 * N;
        Assert.Equal(expected, loader.Load(large).Errors.Count);
        var ratio = Ratio(() => loader.Load(large), () => loader.Load(small));
        Assert.True(ratio < Bound, $"{kind}: 8n took {ratio:F1} times as long as n");
    }

    [Fact]
    public void Every_entry_of_one_long_line_is_located_in_linear_time()
    {
        // What a file of valid entries asks of the text map: the line and column of every entry's start.
        static long LocateAll(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var map = new TextMap(bytes);
            long sum = 0;
            for (var i = bytes.AsSpan().IndexOf("{\"id\""u8); i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'{')
                {
                    sum += map.Position(i).Column;
                }
            }

            return sum;
        }

        var small = Catalogue(10 * N, "valid");
        var large = Catalogue(80 * N, "valid");
        Assert.True(LocateAll(large) > 0);
        var ratio = Ratio(() => LocateAll(large), () => LocateAll(small));
        Assert.True(ratio < Bound, $"8n took {ratio:F1} times as long as n");
    }

    [Fact]
    public void Positions_on_one_long_line_are_exact()
    {
        var text = Catalogue(3 * N, "an error in every entry");
        using var temp = new TempFolder();
        var file = new DocumentLoader(null, Entities.Known).Load(temp.File("x.catalog.json", text));
        var last = file.Errors[^1];
        var at = text.LastIndexOf("\"7 V\"", StringComparison.Ordinal);
        Assert.Equal((1L, at + 1L), (last.Line!.Value, last.Column!.Value));
    }

    /// <summary>A catalogue of <paramref name="count"/> entries on one line (Accelerators, their names with "°" and "🔌" so that bytes and UTF-16 units differ; Bess for rule errors, which the library reports without a position).</summary>
    private static string Catalogue(int count, string kind)
    {
        var text = new StringBuilder("{\"entity\":\"Bess\",\"entries\":[");
        if (kind != "a rule error in every entry")
        {
            text.Clear().Append("{\"entity\":\"Accelerator\",\"sources\":{\"d\":{\"title\":\"D\"}},\"defaultSource\":\"d\",\"entries\":[");
        }

        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? string.Empty : ",");
            text.Append(kind switch
            {
                "an error in every entry" => $"{{\"id\":\"g-{i}\",\"vendor\":\"nvidia\",\"name\":\"G° 🔌 {i}\",\"kind\":\"gpu\",\"tdp\":\"7 V\"}}",
                "a duplicate id in every entry" => $"{{\"id\":\"g\",\"vendor\":\"nvidia\",\"name\":\"G° 🔌 {i}\",\"kind\":\"gpu\"}}",
                "a rule error in every entry" => $"{{\"id\":\"b-{i}\",\"ratedPower\":\"1 MW\",\"energyCapacity\":\"100 kWh\"}}",
                _ => $"{{\"id\":\"g-{i}\",\"vendor\":\"nvidia\",\"name\":\"G° 🔌 {i}\",\"kind\":\"gpu\",\"tdp\":\"{100 + (i % 500)} W\"}}",
            });
        }

        return text.Append("]}").ToString();
    }

    /// <summary>
    /// The time of <paramref name="large"/> over that of <paramref name="small"/>, measured again (up to three times) while
    /// it is not below <see cref="Bound"/>: a quadratic step is above it every time, while one measurement can be thrown
    /// by this process's own background work (the JIT's tiering, a collection) when another test process loads the machine.
    /// </summary>
    private static double Ratio(Action large, Action small)
    {
        var ratio = double.MaxValue;
        for (var attempt = 0; attempt < 3 && ratio >= Bound; attempt++)
        {
            ratio = Best(large, warm: false) / Best(small, warm: true);
        }

        return ratio;
    }

    /// <summary>
    /// The least processor time of three runs, in milliseconds: the time this process spent, not the time that passed,
    /// so that other processes on a loaded machine do not count (this test runs alone in its process).
    /// </summary>
    private static double Best(Action action, bool warm)
    {
        if (warm)
        {
            action();
        }

        var best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            process.Refresh();
            var before = process.TotalProcessorTime;
            action();
            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - before).TotalMilliseconds);
        }

        return Math.Max(best, 1);
    }
}

/// <summary>Tests that measure time run alone, not in parallel with the project's other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
