using System.Text;
using System.Text.Json;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// A read keeps the short strings it has read (<see cref="JsonReadContext.GetString"/>), so that text written again in
/// the document is one string: every string must still be exactly what the JSON says (escapes, non-ASCII, strings too
/// long to keep, texts sharing a slot), and a repeat of short unescaped ASCII must be the earlier instance.
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
        var random = new Random(20261207);
        string[] pieces = ["a", "b", "0", "-", "é", "\\u0061", "\\\"", "😀", "s00"];
        var json = new StringBuilder("[");
        for (var i = 0; i < 5000; i++)
        {
            json.Append(i == 0 ? "\"" : ",\"");
            for (var length = random.Next(12); length > 0; length--)
            {
                json.Append(pieces[random.Next(pieces.Length)]);
            }

            json.Append('"');
        }

        var utf8 = Encoding.UTF8.GetBytes(json.Append(']').ToString());
        Assert.Equal(JsonSerializer.Deserialize<string[]>(utf8), ReadAll(utf8));
    }

    private static List<string> ReadAll(string json) => ReadAll(Encoding.UTF8.GetBytes(json));

    private static List<string> ReadAll(byte[] utf8)
    {
        var context = new JsonReadContext();
        var reader = new Utf8JsonReader(utf8);
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
