using System.Text;
using System.Text.Json;
using AiInfra.Domain.Parsing;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// A read keeps the short strings it has read (<see cref="JsonReadContext.GetString"/>), so that text written again in
/// the document is one string: every string must still be exactly what the JSON says (escapes, non-ASCII, strings too
/// long to keep, texts sharing a slot), and a repeat of short unescaped ASCII must be the earlier instance. Unescaped
/// ASCII is widened by the library itself (<see cref="JsonReadContext.GetString"/> and <see cref="JsonStringText.Copy"/>),
/// everything else decoded by the reader: both must give what System.Text.Json gives.
/// </summary>
public class RepeatedStringTests
{
    [Fact]
    public void A_repeated_short_string_is_the_instance_read_first()
    {
        var strings = ReadAll("""["s001","s001","s004","s004","nvidia-grace","nvidia-grace","x-nvidia-dgx-h100","x-nvidia-dgx-h100"]""");
        Assert.Equal(["s001", "s001", "s004", "s004", "nvidia-grace", "nvidia-grace", "x-nvidia-dgx-h100", "x-nvidia-dgx-h100"], strings);
        for (var i = 0; i < strings.Count; i += 2)
        {
            Assert.Same(strings[i], strings[i + 1]);
        }
    }

    /// <summary>Two ids whose hashes pick the same pair of slots are both kept, read in turn many times.</summary>
    [Fact]
    public void Two_strings_that_share_a_pair_of_slots_are_both_kept()
    {
        var ids = Enumerable.Range(0, 200).Select(i => "id-" + i).ToArray();
        (string a, string b) = ids.SelectMany(x => ids.Select(y => (x, y)))
            .First(p => p.x != p.y && RepeatedStrings.SlotOf(Encoding.UTF8.GetBytes(p.x)) >> 1 == RepeatedStrings.SlotOf(Encoding.UTF8.GetBytes(p.y)) >> 1);
        var strings = ReadAll($"[\"{a}\",\"{b}\",\"{a}\",\"{b}\",\"{b}\",\"{a}\"]");
        Assert.Equal([a, b, a, b, b, a], strings);
        Assert.All(strings.Where(s => s == a), s => Assert.Same(strings[0], s));
        Assert.All(strings.Where(s => s == b), s => Assert.Same(strings[1], s));
    }

    [Fact]
    public void Escaped_non_ASCII_and_long_strings_read_as_written()
    {
        var longText = new string('x', 40);
        var strings = ReadAll($$"""["s001","s\u0030\u00301","é01","éé","\u00e9\u00e9","ab\"c","ab\"c","{{longText}}","{{longText}}","","", "s001"]""");
        Assert.Equal(["s001", "s001", "é01", "éé", "éé", "ab\"c", "ab\"c", longText, longText, "", "", "s001"], strings);
    }

    /// <summary>Random texts over a small alphabet (so that many repeat and many share a slot), some escaped, some not ASCII: each must read as System.Text.Json reads it.</summary>
    [Fact]
    public void Random_repeated_texts_read_as_System_Text_Json_reads_them()
    {
        var utf8 = RandomTexts(maxPieces: 12);
        Assert.Equal(JsonSerializer.Deserialize<string[]>(utf8), ReadAll(utf8));
    }

    /// <summary>As above with texts up to a few hundred bytes, past the kept strings' limit, where only the widening of ASCII applies.</summary>
    [Fact]
    public void Random_long_texts_read_as_System_Text_Json_reads_them()
    {
        var utf8 = RandomTexts(maxPieces: 120);
        Assert.Equal(JsonSerializer.Deserialize<string[]>(utf8), ReadAll(utf8));
    }

    /// <summary>The copy into a caller's buffer that quantities and periods are parsed from gives the reader's own copy, for every kind of text.</summary>
    [Fact]
    public void Copying_a_text_gives_what_the_reader_copies()
    {
        var utf8 = RandomTexts(maxPieces: 40);
        var reader = new AiInfraJsonReader(new Utf8JsonReader(utf8));
        var buffer = new char[400];
        var expected = new char[400];
        var compared = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                var length = JsonStringText.Copy(ref reader, buffer);
                var expectedLength = reader.CopyString(expected);
                Assert.Equal(expected.AsSpan(0, expectedLength).ToString(), buffer.AsSpan(0, length).ToString());
                compared++;
            }
        }

        Assert.Equal(5000, compared);
    }

    [Fact]
    public void Copying_into_a_buffer_too_short_throws_as_the_reader_does()
    {
        var utf8 = "[\"abcdef\"]"u8.ToArray();
        var reader = new AiInfraJsonReader(new Utf8JsonReader(utf8));
        reader.Read();
        reader.Read();
        var thrown = false;
        try
        {
            JsonStringText.Copy(ref reader, new char[3]);
        }
        catch (ArgumentException)
        {
            thrown = true;
        }

        Assert.True(thrown);
    }

    private static byte[] RandomTexts(int maxPieces)
    {
        var random = new Random(20261207 + maxPieces);
        string[] pieces = ["a", "b", "0", "-", "é", "\\u0061", "\\\"", "😀", "s00"];
        var json = new StringBuilder("[");
        for (var i = 0; i < 5000; i++)
        {
            json.Append(i == 0 ? "\"" : ",\"");
            for (var length = random.Next(maxPieces); length > 0; length--)
            {
                // Most texts all ASCII and unescaped, as a catalogue's are; the rest mixed.
                json.Append(i % 3 == 0 ? pieces[random.Next(pieces.Length)] : pieces[random.Next(4)]);
            }

            json.Append('"');
        }

        return Encoding.UTF8.GetBytes(json.Append(']').ToString());
    }

    private static List<string> ReadAll(string json) => ReadAll(Encoding.UTF8.GetBytes(json));

    private static List<string> ReadAll(byte[] utf8)
    {
        var context = new JsonReadContext();
        var reader = new AiInfraJsonReader(new Utf8JsonReader(utf8));
        var strings = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                strings.Add(context.GetString(ref reader));
            }
        }

        return strings;
    }
}
