using System.Text;
using System.Text.Json;
using AiInfra.Domain.Cli.Documents;

namespace AiInfra.Domain.Cli.Tests;

/// <summary>The position finder, the lenient-to-strict rewrite and the text map the validator's positions come from.</summary>
public class DocumentTests
{
    private const string Json = "{\n  \"a\": { \"b~/c\": [10, {\"d\": true}] },\n  \"e\": \"°\"\n}";

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("/a", 2, 8)]
    [InlineData("/a/b~0~1c", 2, 18)]
    [InlineData("/a/b~0~1c/0", 2, 19)]
    [InlineData("/a/b~0~1c/1/d", 2, 29)]
    [InlineData("/e", 3, 8)]
    [InlineData("/a/missing", 2, 8)]
    [InlineData("/a/b~0~1c/7", 2, 18)]
    [InlineData("/a/b~0~1c/01", 2, 18)]
    [InlineData("/e/deeper", 3, 8)]
    public void A_pointer_is_located_at_its_value_or_its_deepest_existing_ancestor(string pointer, long line, long column)
    {
        var bytes = Encoding.UTF8.GetBytes(Json);
        var offset = JsonPointerLocator.Locate(bytes, pointer);
        Assert.NotNull(offset);
        Assert.Equal((line, column), new TextMap(bytes).Position(offset.Value));
    }

    [Fact]
    public void A_pointer_in_text_that_is_not_json_has_no_position()
    {
        Assert.Null(JsonPointerLocator.Locate("{\"a\": }"u8, "/a"));
        Assert.Null(JsonPointerLocator.Locate(""u8, ""));
    }

    [Fact]
    public void Comments_and_trailing_commas_become_spaces_and_nothing_moves()
    {
        var lenient = "{ // note\n  \"a\": [1, 2, /* two */ ],\n  \"b\": \"é\", }"u8.ToArray();
        var strict = LenientJson.ToStrict(lenient);
        Assert.Equal(lenient.Length, strict.Length);
        Assert.Equal("{        \n  \"a\": [1, 2            ],\n  \"b\": \"é\"  }", Encoding.UTF8.GetString(strict));
        using var parsed = JsonDocument.Parse(strict);
        Assert.ThrowsAny<JsonException>(() => LenientJson.ToStrict("{\"a\": }"u8.ToArray()));
    }

    [Fact]
    public void Positions_inside_a_part_of_the_text_map_to_the_whole_text()
    {
        var map = new TextMap("ab\ncd{x\ny}\n"u8.ToArray());
        Assert.Equal(5, map.OffsetInPart(5, 1, 1));
        Assert.Equal(7, map.OffsetInPart(5, 1, 3));
        Assert.Equal(9, map.OffsetInPart(5, 2, 2));
        Assert.Equal((3L, 2L), map.Position(9));
        Assert.Equal((1L, 1L), map.Position(0));
    }

    [Fact]
    public void Columns_count_utf16_units_also_for_astral_characters_and_far_along_a_line()
    {
        // "🔌" is four bytes of UTF-8 and two UTF-16 units; "é" two bytes and one unit. The long line crosses the map's
        // marks, so the columns far along it are counted from a mark, not from the line's start.
        var line = string.Concat(Enumerable.Repeat("é🔌x", 1000));
        var text = "ab\n" + line + "\n🔌";
        var bytes = Encoding.UTF8.GetBytes(text);
        var map = new TextMap(bytes);
        for (var units = 0; units <= line.Length; units += 37)
        {
            if (units < line.Length && char.IsLowSurrogate(line[units]))
            {
                continue;
            }

            var offset = 3 + Encoding.UTF8.GetByteCount(line[..units]);
            Assert.Equal((2L, units + 1L), map.Position(offset));
            Assert.Equal(offset, map.OffsetInPart(0, 2, units + 1)); // the library's positions: UTF-16 columns
            Assert.Equal(offset, map.OffsetInPart(2, 2, units + 1));
        }

        Assert.Equal((3L, 1L), map.Position(bytes.Length - 4));
        Assert.Equal((3L, 3L), map.Position(bytes.Length));
        Assert.Equal((3L, 3L), map.Position(bytes.Length + 10));
        Assert.Equal(bytes.Length, map.OffsetInPart(0, 3, 3)); // after "🔌", two units
        Assert.Equal(bytes.Length - 4, map.OffsetInPart(0, 3, 1));
        Assert.Equal(bytes.Length, map.OffsetInPart(0, 9, 1));
        Assert.Equal(bytes.Length - 4 + 2, map.OffsetOfBytePosition(3, 2)); // System.Text.Json's positions: bytes
    }
}
