using System.Text;

namespace AiInfra.Domain.Cli.Tests;

/// <summary>
/// Text that is not text, anywhere in a file (a catalogue's header, a source, an id, a property name, an entry of a
/// --type file): bytes that are not UTF-8, and "\uD800" escapes without their other half. Each is one located
/// json.malformed error and exit code 1, never an internal error (exit code 3), and the next file is still checked.
/// </summary>
public class EncodingTests
{
    private const string Catalogue = """{"entity":"Accelerator","sources":{"s1":{"title":"T"}},"defaultSource":"s1","entries":[{"id":"a","vendor":"nvidia","name":"A","kind":"gpu","tdp":{"value":"7 W","source":"s1"}}]}""";

    /// <summary>Where a lone surrogate escape goes: a string of the catalogue, replaced by one holding it.</summary>
    public static TheoryData<string, string> Escapes => new()
    {
        { "entity value", "\"Accelerator\"" },
        { "header key", "\"defaultSource\"" },
        { "source id", "\"s1\":{" },
        { "source title", "\"T\"" },
        { "default source", "\"s1\",\"entries\"" },
        { "entry id", "\"a\"" },
        { "entry key", "\"vendor\"" },
        { "figure source", "\"source\":\"s1\"" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void A_lone_surrogate_escape_in_a_catalogue_is_a_located_malformed_error(string where, string find)
    {
        using var temp = new TempFolder();
        var at = Catalogue.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, where);
        var insertAt = Catalogue.IndexOf('"', at + 1);
        var text = Catalogue[..insertAt] + "\\uD800" + Catalogue[insertAt..];
        var bad = temp.File("bad.catalog.json", text);
        var good = Cli.Fixture("good.catalog.json");
        var result = Cli.Run("validate", bad, good);
        Assert.True(result.Code == 1, result.ToString());
        Assert.Empty(result.Err);
        var column = insertAt + 1;
        Assert.Contains(result.OutLines, l => l.StartsWith($"{bad}(1,{column}): error json.malformed: ", StringComparison.Ordinal)
            && l.EndsWith("A \\u escape is half of a surrogate pair; the string is not valid Unicode text.", StringComparison.Ordinal));
        Assert.Contains($"{good}: valid, a catalogue of 2 Accelerator entries.", result.OutLines);
        Assert.Equal("2 files checked: 1 valid, 1 invalid", result.OutLines[^1][..35]);
    }

    /// <summary>Byte sequences that are not UTF-8: a stray byte, an overlong form, an encoded surrogate, a code point past U+10FFFF, a cut sequence.</summary>
    public static TheoryData<string, byte[]> BadBytes => new()
    {
        { "stray byte", [0xFF] },
        { "continuation byte alone", [0x80] },
        { "overlong slash", [0xC0, 0xAF] },
        { "encoded surrogate", [0xED, 0xA0, 0x80] },
        { "past U+10FFFF", [0xF4, 0x90, 0x80, 0x80] },
        { "cut sequence", [0xE2, 0x82] },
    };

    [Theory]
    [MemberData(nameof(BadBytes))]
    public void Bytes_that_are_not_utf8_are_a_located_malformed_error_wherever_they_are(string kind, byte[] bytes)
    {
        using var temp = new TempFolder();
        // In the entity's name (header), in a source's title, and in an id (entry).
        foreach (var find in new[] { "Accelerator\"", "\"T\"", "\"a\",\"vendor" })
        {
            var split = Catalogue.IndexOf(find, StringComparison.Ordinal) + 1;
            var column = split + 1;
            var text = Encoding.UTF8.GetBytes(Catalogue[..split]).Concat(bytes).Concat(Encoding.UTF8.GetBytes(Catalogue[split..])).ToArray();
            var path = Path.Combine(temp.Path, "x.catalog.json");
            File.WriteAllBytes(path, text);
            var result = Cli.Run("validate", path, Cli.Fixture("good.catalog.json"));
            Assert.True(result.Code == 1, kind + ": " + result);
            Assert.Equal($"{path}(1,{column}): error json.malformed: (document): The text is not valid UTF-8.", result.OutLines[0]);
            Assert.Equal("2 files checked: 1 valid, 1 invalid (1 error).", result.OutLines[^1]);
        }
    }

    [Fact]
    public void A_file_given_with_type_gets_the_same_errors_their_columns_in_utf16_units()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "chip.json");
        File.WriteAllBytes(path, [.. "{\"id\":\"°\",\"name\":\"x"u8, 0xFF, .. "\"}"u8]);
        var result = Cli.Run("validate", "--type", "Accelerator", path);
        Assert.True(result.Code == 1, result.ToString());
        Assert.Equal($"{path}(1,20): error json.malformed: (document): The text is not valid UTF-8.", result.OutLines[0]);

        File.WriteAllText(path, "{\"id\":\"a\",\"n\\udc00ame\":\"x\"}");
        var escaped = Cli.Run("audit", "--type", "Accelerator", path);
        Assert.True(escaped.Code == 1, escaped.ToString());
        Assert.StartsWith($"{path}(1,13): error json.malformed: ", escaped.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_not_an_error_and_does_not_move_columns()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "bom.catalog.json");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Catalogue.Replace("\"7 W\"", "\"7 V\"", StringComparison.Ordinal))]);
        var result = Cli.Run("validate", path);
        Assert.True(result.Code == 1, result.ToString());
        Assert.StartsWith($"{path}(1,{Catalogue.IndexOf("\"7 W\"", StringComparison.Ordinal) + 1}): error quantity.dimension: /entries/0/tdp/value: ", result.OutLines[0], StringComparison.Ordinal);
    }
}
