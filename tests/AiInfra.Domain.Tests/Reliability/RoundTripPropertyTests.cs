using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using AiInfra.Domain.Audit;
using AiInfra.Domain.Serialization;
using FsCheck.Xunit;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// The round-trip guarantee, as a property over random values of every registered record (the library's and this
/// project's), built by <see cref="RandomEntities"/> with nulls, non-finite numbers and the other hostile values in
/// every slot:
/// <list type="bullet">
/// <item>when <c>Validate()</c> says valid, <c>Serialize</c> succeeds, reading the text gives back an equal value
/// (with an equal hash), and writing that gives the same bytes;</item>
/// <item>when it says invalid, <c>Serialize</c> either throws <see cref="AiInfraJsonException"/> with one error that
/// <c>Validate()</c> reports too (same path, same code), or writes a text that reading rejects; never another
/// exception, never a text that reads back as a valid value.</item>
/// </list>
/// </summary>
public class RoundTripPropertyTests
{
    private static readonly ConcurrentDictionary<string, int> s_tally = new(StringComparer.Ordinal);
    private static readonly System.Diagnostics.Stopwatch s_time = new();
    private static int s_runs;

    private static readonly HashSet<string> s_codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!).ToHashSet(StringComparer.Ordinal);

    /// <summary>Runs of the property; each checks one value of every record (times AIINFRA_FUZZ_ITERATIONS).</summary>
    private const int Runs = 150;

    [Property(MaxTest = Runs, Replay = PropertyTests.Seed)]
    public void Validate_valid_means_a_lossless_round_trip_and_invalid_never_a_silent_one(int seed)
    {
        s_time.Start();
        var random = new RandomEntities(new Random(seed));
        var problems = new List<string>();
        foreach (var entity in Entities.All)
        {
            for (var i = 0; i < ReliabilityFigures.FuzzScale; i++)
            {
                if (Check(random.Entity(entity.Type)) is { } problem)
                {
                    problems.Add($"{entity.EntityName}: {problem}");
                }
            }
        }

        if (Interlocked.Increment(ref s_runs) == Runs)
        {
            WriteFigures();
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// The audit over data of any shape (every list of <see cref="CatalogData"/> given catalogue entries and random
    /// values of its record, nulls and non-finite values included, or left null) returns findings of documented rules,
    /// never an exception.
    /// </summary>
    [Property(MaxTest = 40, Replay = PropertyTests.Seed)]
    public void The_audit_never_throws_on_data_of_any_shape(int seed)
    {
        var random = new Random(seed);
        var values = new RandomEntities(random);
        var data = new CatalogData();
        foreach (var property in typeof(CatalogData).GetProperties().Where(p => p.SetMethod is not null))
        {
            var type = property.PropertyType.GetGenericArguments()[0];
            var reference = ((System.Collections.IEnumerable)property.GetValue(CatalogData.Reference)!).Cast<object>().ToList();
            var items = random.Next(10) == 0 ? null : reference.Where(_ => random.Next(2) == 0).Concat(Enumerable.Range(0, random.Next(4)).Select(_ => values.Entity(type))).ToList();
            var array = items is null ? null : Array.CreateInstance(type, items.Count);
            for (var i = 0; i < (items?.Count ?? 0); i++)
            {
                array!.SetValue(items![i], i);
            }

            property.SetValue(data, array);
        }

        var findings = CatalogAudit.Run(data);
        Assert.All(findings, f => Assert.Contains(f.Rule, AuditRules.All));
    }

    /// <summary>What is wrong with the round trip of <paramref name="value"/>, or null.</summary>
    internal static string? Check(object value)
    {
        var validation = AiInfraJson.Validate(value);
        byte[] written;
        try
        {
            written = AiInfraJson.SerializeToUtf8Bytes(value);
        }
        catch (AiInfraJsonException exception)
        {
            Count(validation.IsValid ? "valid, not written" : "invalid, refused by the writer: " + exception.Errors[0].Code);
            if (validation.IsValid)
            {
                return $"valid, but Serialize threw: {exception.Message}";
            }

            var error = Assert.Single(exception.Errors);
            if (!s_codes.Contains(error.Code) || (error.Path.Length > 0 && error.Path[0] != '/'))
            {
                return $"the writer's error has an undocumented code or a path that is no JSON Pointer: {error}";
            }

            return validation.Errors.Any(e => e.Path == error.Path && e.Code == error.Code)
                ? null
                : $"the writer refused {error}, which Validate() does not report: {validation}";
        }
        catch (Exception exception)
        {
            return $"Serialize threw {exception.GetType().Name}, not AiInfraJsonException ({(validation.IsValid ? "valid" : "invalid")}): {exception}";
        }

        var text = Encoding.UTF8.GetString(written);
        if (!AiInfraJson.TryDeserialize(value.GetType(), written, out var back, out var errors))
        {
            Count(validation.IsValid ? "valid, not read back" : "invalid, written and rejected by the reader");
            return validation.IsValid ? $"valid, written, but the text does not read back: {string.Join("; ", errors)}{Environment.NewLine}{Shorten(text)}" : null;
        }

        if (!validation.IsValid)
        {
            Count("invalid, read back as valid");
            return $"invalid ({validation}), but its text reads back as a valid value:{Environment.NewLine}{Shorten(text)}";
        }

        Count("valid, round trip");
        if (!back.Equals(value) || back.GetHashCode() != value.GetHashCode())
        {
            return $"reads back different (or with another hash code):{Environment.NewLine}{Shorten(text)}";
        }

        var again = AiInfraJson.SerializeToUtf8Bytes(back);
        if (!again.AsSpan().SequenceEqual(written))
        {
            return $"the second write differs:{Environment.NewLine}{Shorten(text)}{Environment.NewLine}{Shorten(Encoding.UTF8.GetString(again))}";
        }

        var indented = AiInfraJson.SerializeToUtf8Bytes(value, indented: true);
        return AiInfraJson.TryDeserialize(value.GetType(), indented, out var fromIndented, out _) && fromIndented.Equals(value)
            ? null
            : "the indented text does not read back equal";
    }

    private static void Count(string outcome) => s_tally.AddOrUpdate(outcome, 1, (_, n) => n + 1);

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + "...";

    private static void WriteFigures()
    {
        var total = s_tally.Values.Sum();
        var lines = s_tally.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => $"  {t.Key}: {t.Value}");
        ReliabilityFigures.Write(
            "round-trip-property.txt",
            string.Create(CultureInfo.InvariantCulture, $"Round-trip property: {Runs} runs (seed {PropertyTests.Seed}) x {Entities.All.Count} records x {ReliabilityFigures.FuzzScale} = {total} values in {s_time.Elapsed.TotalSeconds:0.0} s.{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{Environment.NewLine}"));
    }
}
