using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using AiInfra.Domain.Tests.Reliability;

namespace AiInfra.Domain.Tests.JsonSchemaStrings;

/// <summary>
/// Regression: every catalogue id (pattern ^[a-z0-9]+(-[a-z0-9]+)*$) accepted "nvidia-h100-sxm\n" when patterns ran with
/// .NET's semantics ($ before a final line feed), and .NET's \d, \w, \s and . differ from ECMA-262's in the same way.
/// For every entry of every catalogue, each such change of its id is rejected by the reader and by Validate().
/// </summary>
public class CatalogueIdPatternTests
{
    public static TheoryData<string, string> Changes => new()
    {
        { "a final line feed", "\n" },
        { "a final \\r\\n", "\r\n" },
        { "a final carriage return", "\r" },
        { "a line separator", "\u2028" },
        { "a paragraph separator", "\u2029" },
        { "U+0085", "\u0085" },
        { "U+FEFF", "\uFEFF" },
        { "an Arabic-Indic digit", "\u0663" },
        { "a full-width digit", "\uFF13" },
        { "e with an acute accent", "\u00E9" },
        { "a long s", "\u017F" },
        { "an emoji", "\U0001F50C" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Every_catalogue_id_with_the_change_is_rejected_by_the_reader(string change, string text)
    {
        var entries = Entries();
        Assert.True(entries.Count >= 250, $"only {entries.Count} catalogue entries");
        foreach (var (entry, id) in entries)
        {
            foreach (var bad in Variants(id, text))
            {
                var json = JsonNode.Parse(Entities.Serialize(entry))!.AsObject();
                json["id"] = bad;
                Assert.False(AiInfraJson.TryDeserialize(entry.GetType(), Encoding.UTF8.GetBytes(json.ToJsonString()), out _, out var errors), $"{change}: \"{EcmaPatternCases.Escape(bad)}\" was read");
                Assert.Contains(errors, e => e.Path == "/id" && e.Code == ErrorCodes.PatternMismatch);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Every_catalogue_id_with_the_change_is_reported_by_Validate(string change, string text)
    {
        foreach (var (entry, id) in Entries())
        {
            foreach (var bad in Variants(id, text))
            {
                var copy = entry.GetType().GetMethod("<Clone>$")!.Invoke(entry, null)!;
                entry.GetType().GetProperty("Id")!.SetValue(copy, bad);
                var result = AiInfraJson.Validate(copy);
                Assert.False(result.IsValid, $"{change}: \"{EcmaPatternCases.Escape(bad)}\" is valid");
                Assert.Contains(result.Errors, e => e.Path == "/id" && e.Code == ErrorCodes.PatternMismatch);
            }
        }
    }

    /// <summary>The id with the text appended, put first, and in place of its first ASCII digit (or letter).</summary>
    private static IEnumerable<string> Variants(string id, string text)
    {
        yield return id + text;
        yield return text + id;
        var at = id.IndexOfAny("0123456789".ToCharArray()) is var digit and >= 0 ? digit : 0;
        yield return string.Concat(id.AsSpan(0, at), text, id.AsSpan(at + 1));
    }

    private static List<(object Entry, string Id)> Entries() =>
        Entities.CatalogueEntries
            .Select(e => (Entry: e, Id: e.GetType().GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)?.GetValue(e) as string))
            .Where(e => e.Id is not null)
            .Select(e => (e.Entry, e.Id!))
            .ToList();
}
