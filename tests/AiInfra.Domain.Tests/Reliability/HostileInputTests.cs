using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// Input written to hurt the reader: more errors than <see cref="AiInfraJsonLimits.MaxErrors"/>, strings past
/// <see cref="AiInfraJsonLimits.MaxStringLength"/> in every place a string can be (names, enum values, keys, figure
/// keys, money, periods), strings whose UTF-8 form is larger than the document limit or than an array can be, text that
/// is not valid UTF-16, and byte order marks on every overload. Each is a documented error, never an exception, and no
/// message carries more than a short quote of the input.
/// </summary>
public class HostileInputTests
{
    private const string Head = "{\"id\":\"chip-a\",\"name\":\"A\",\"tdp\":\"700 W\"";

    /// <summary>A message quotes at most 64 characters of input (twice at most); the rest is its own words (money's list its vocabulary).</summary>
    private const int MaxMessageLength = 1200;

    private static IReadOnlyList<AiInfraError> Errors(string json, AiInfraJsonLimits? limits = null)
    {
        Assert.False(AiInfraJson.TryDeserialize<Chip>(json, out var value, out var errors, limits));
        Assert.Null(value);
        Assert.All(errors, e => Assert.True(e.Message.Length <= MaxMessageLength, $"{e.Code}: a message of {e.Message.Length} characters"));
        return errors;
    }

    [Fact]
    public void More_errors_than_the_limit_give_the_limit_then_one_final_error()
    {
        var json = Head + string.Concat(Enumerable.Range(0, 1500).Select(i => $",\n\"unknown{i}\":{i}")) + "}";
        var errors = Errors(json);
        Assert.Equal(AiInfraJsonLimits.Default.MaxErrors + 1, errors.Count);
        Assert.All(errors.Take(1000), e => Assert.Equal(ErrorCodes.UnknownProperty, e.Code));
        var last = errors[^1];
        Assert.Equal(ErrorCodes.TooManyErrors, last.Code);
        Assert.Contains("1000", last.Message, StringComparison.Ordinal);
        Assert.Equal((1002L, 1L), (last.Line!.Value, last.Column!.Value)); // "unknown1000", the first error left out

        var one = Errors(json, new AiInfraJsonLimits { MaxErrors = 1 });
        Assert.Equal([ErrorCodes.UnknownProperty, ErrorCodes.TooManyErrors], one.Select(e => e.Code));
        Assert.Equal(1500, Errors(json, new AiInfraJsonLimits { MaxErrors = 1500 }).Count); // exactly the limit: no final error
        var justPast = Errors(json, new AiInfraJsonLimits { MaxErrors = 1499 });
        Assert.Equal(1500, justPast.Count);
        Assert.Equal(ErrorCodes.TooManyErrors, justPast[^1].Code);
    }

    [Fact]
    public void The_error_limit_counts_errors_inside_checked_values_too()
    {
        var json = Head + ",\"clocks\":[" + string.Join(",", Enumerable.Repeat("\"0.5 MHz\"", 50)) + "]}";
        var errors = Errors(json, new AiInfraJsonLimits { MaxErrors = 10 });
        Assert.Equal(11, errors.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"/clocks/{i}"), errors.Take(10).Select(e => e.Path));
        Assert.Equal(ErrorCodes.TooManyErrors, errors[^1].Code);
        Assert.Equal(Head.Length + ",\"clocks\":[".Length + (10 * "\"0.5 MHz\",".Length) + 1, errors[^1].Column);
    }

    [Fact]
    public void The_error_limit_is_at_least_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AiInfraJsonLimits { MaxErrors = 0 });
        Assert.Equal(1, new AiInfraJsonLimits { MaxErrors = 1 }.MaxErrors);
        Assert.Equal(1000, AiInfraJsonLimits.Default.MaxErrors);
    }

    public static TheoryData<string, string> LongStrings => new()
    {
        // where the string is, the document with {0} for it, the expected error path
        { "a property name", Head + ",\"{0}\":1}" },
        { "a nested property name", Head + ",\"memory\":{\"capacity\":\"1 GB\",\"{0}\":1}}" },
        { "a duplicate unknown figure key", Head + ",\"boardPower\":{\"value\":\"1 kW\",\"{0}\":1,\"{0}\":2}}" },
        { "a figure key", Head + ",\"boardPower\":{\"value\":\"1 kW\",\"{0}\":1}}" },
        { "a correction key", Head + ",\"boardPower\":{\"value\":\"1 kW\",\"corrected\":{\"original\":\"a\",\"reason\":\"b\",\"{0}\":1}}}" },
        { "a map key", Head + ",\"throughput\":{\"{0}\":1}}" },
        { "an enum value", Head + ",\"bestPrecision\":\"{0}\"}" },
        { "an enum value in a list", Head + ",\"ratings\":[{\"precision\":\"{0}\",\"dense\":1}]}" },
        { "a figure bound", Head + ",\"boardPower\":{\"value\":\"1 kW\",\"bound\":\"{0}\"}}" },
        { "a figure source", Head + ",\"boardPower\":{\"value\":\"1 kW\",\"source\":\"{0}\"}}" },
        { "money", Head + ",\"listPrice\":\"{0}\"}" },
        { "a quantity", Head.Replace("\"700 W\"", "\"{0}\"", StringComparison.Ordinal) + "}" },
        { "a date", Head + ",\"released\":\"{0}\"}" },
        { "a year and month", Head + ",\"rampPeriod\":\"{0}\"}" },
        { "a string", Head.Replace("\"A\"", "\"{0}\"", StringComparison.Ordinal) + "}" },
    };

    [Theory]
    [MemberData(nameof(LongStrings))]
    public void Every_string_past_the_length_limit_is_too_long_and_never_quoted(string where, string template)
    {
        var limits = new AiInfraJsonLimits { MaxStringLength = 12 };
        var text = "zz" + new string('q', 11); // 13 bytes: one past the limit, and matching nothing
        var errors = Errors(template.Replace("{0}", text, StringComparison.Ordinal), limits);
        Assert.Contains(errors, e => e.Code == ErrorCodes.TooLong);
        Assert.All(errors, e => Assert.DoesNotContain("qqqq", e.Message, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotContain("qqqq", e.Path, StringComparison.Ordinal));

        // At the limit the string is read (and accepted, or rejected for what it is, with its text quoted).
        var atLimit = ReadErrors(template.Replace("{0}", text[..12], StringComparison.Ordinal), limits);
        Assert.False(atLimit.Any(e => e.Code == ErrorCodes.TooLong && e.Message.Contains("AiInfraJsonLimits", StringComparison.Ordinal)), where);
    }

    [Fact]
    public void A_reporting_period_past_the_length_limit_is_too_long()
    {
        var reader = new AiInfraJsonReader(new System.Text.Json.Utf8JsonReader("\"2025-Q3  \""u8)); // 9 bytes
        Assert.True(reader.Read());
        var context = new JsonReadContext(new AiInfraJsonLimits { MaxStringLength = 8 });
        Assert.False(JsonValueReaders.TryReadReportingPeriod(ref reader, context, out _));
        Assert.Equal(ErrorCodes.TooLong, Assert.Single(context.GetErrors()).Code);
    }

    [Theory]
    [InlineData("bestPrecision")]
    [InlineData("listPrice")]
    [InlineData("id")]
    [InlineData("a property name")]
    [InlineData("a map key")]
    public void A_30_MiB_value_is_never_copied_into_a_message(string where)
    {
        string Document(string text) => where switch
        {
            "a property name" => Head + ",\"" + text + "\":1}",
            "a map key" => Head + ",\"throughput\":{\"" + text + "\":1}}",
            "id" => Head.Replace("chip-a", text, StringComparison.Ordinal) + "}",
            _ => Head + $",\"{where}\":\"{text}\"" + "}",
        };

        Assert.Contains(Errors(Document(new string('X', 30 << 20))), e => e.Code == ErrorCodes.TooLong);

        // Under the limit (1 MiB) but wrong: quoted, cut to 64 characters.
        var wrong = Errors(Document(new string('X', (1 << 20) - 10)));
        Assert.DoesNotContain(wrong, e => e.Code == ErrorCodes.TooLong && e.Message.Contains("AiInfraJsonLimits", StringComparison.Ordinal));
        Assert.Contains(wrong, e => e.Message.Contains(new string('X', 64) + "…", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_json_literal_is_quoted_in_64_characters()
    {
        var errors = Errors(Head + ",\"yield\":n" + new string('x', 100_000) + "}");
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.MalformedJson, error.Code);
        Assert.Contains("'n" + new string('x', 63) + "…'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_larger_than_the_document_limit_in_utf8_is_json_size_before_it_is_transcoded()
    {
        var limits = new AiInfraJsonLimits { MaxDocumentSize = 1 << 20 };
        string Document(string filler, int count) => Head + ",\"name\":\"" + string.Concat(Enumerable.Repeat(filler, count)) + "\"}";
        int Size(string json) => Encoding.UTF8.GetByteCount(json);

        // ASCII, two-byte, three-byte and astral text, just at the limit and one past it.
        foreach (var filler in new[] { "a", "é", "€", "\U0001F50C" })
        {
            var fixedPart = Size(Document(filler, 0));
            var count = ((1 << 20) - fixedPart) / Encoding.UTF8.GetByteCount(filler);
            var fits = Document(filler, count) + new string(' ', (1 << 20) - fixedPart - (count * Encoding.UTF8.GetByteCount(filler)));
            Assert.Equal(1 << 20, Size(fits));
            Assert.DoesNotContain(ReadErrors(fits, limits), e => e.Code == ErrorCodes.DocumentTooLarge);
            var error = Assert.Single(ReadErrors(fits + " ", limits));
            Assert.Equal(ErrorCodes.DocumentTooLarge, error.Code);
            Assert.Contains("1048576 bytes", error.Message, StringComparison.Ordinal);
        }

        // Fewer characters than the limit, more bytes: the UTF-8 size is what counts.
        var euros = Document("€", 400_000);
        Assert.True(euros.Length < 1 << 20);
        Assert.Equal(ErrorCodes.DocumentTooLarge, Assert.Single(ReadErrors(euros, limits)).Code);

        // A real string past the default limit of 64 MiB.
        var big = new string(' ', (64 << 20) + 1);
        Assert.Equal(ErrorCodes.DocumentTooLarge, Assert.Single(ReadErrors(big, null)).Code);
    }

    [Fact]
    public void The_utf8_size_of_a_string_is_counted_exactly_across_the_slices_it_is_counted_in()
    {
        // A surrogate pair on each slice boundary (slices of 2^20 characters): four bytes, not two replacements of three.
        var text = new StringBuilder();
        for (var i = 0; i < 3; i++)
        {
            text.Append('a', (1 << 20) - 1).Append("\U0001F50C");
        }

        long exact = Encoding.UTF8.GetByteCount(text.ToString());
        Assert.Equal(exact, Utf8Scan.Utf8Size(text.ToString(), exact));
        Assert.Null(Utf8Scan.Utf8Size(text.ToString(), exact - 1));
        Assert.Equal(0L, Utf8Scan.Utf8Size(string.Empty, 2));
    }

    /// <summary>
    /// Strings of 715,827,883 characters and more (where three bytes each overflow an int: string.Length * 3 once threw
    /// ArgumentOutOfRangeException): answered json.size from the length alone. The text is reserved, never written,
    /// memory, which costs nothing until read: the check must not read it (a read would see zeros, slowly).
    /// </summary>
    [Theory]
    [InlineData(715_827_883, null)]
    [InlineData(1_073_741_824, null)]
    [InlineData(715_827_883, 715_827_882L)]
    public void A_string_of_near_a_billion_characters_is_json_size(int length, long? maxDocumentSize)
    {
        var limits = maxDocumentSize is { } max ? new AiInfraJsonLimits { MaxDocumentSize = max } : AiInfraJsonLimits.Default;
        var memory = Marshal.AllocHGlobal((nint)length * sizeof(char));
        try
        {
            var text = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.AddByteOffset(ref Unsafe.NullRef<char>(), memory), length);
            var started = System.Diagnostics.Stopwatch.StartNew();
            Assert.False(AiInfraJson.TryDeserialize<Chip>(text, out _, out var errors, limits));
            var error = Assert.Single(errors);
            Assert.Equal(ErrorCodes.DocumentTooLarge, error.Code);
            Assert.Contains($"{limits.MaxDocumentSize} bytes", error.Message, StringComparison.Ordinal);
            Assert.True(started.ElapsedMilliseconds < 1000, "the text was read");
        }
        finally
        {
            Marshal.FreeHGlobal(memory);
        }
    }

    [Fact]
    public void No_document_limit_goes_past_what_an_array_holds()
    {
        Assert.Equal(Array.MaxLength, new AiInfraJsonLimits { MaxDocumentSize = long.MaxValue }.EffectiveMaxDocumentSize);
        Assert.Equal(Array.MaxLength, new AiInfraJsonLimits { MaxDocumentSize = Array.MaxLength + 1L }.EffectiveMaxDocumentSize);
        Assert.Equal(64L << 20, AiInfraJsonLimits.Default.EffectiveMaxDocumentSize);
        Assert.Null(Utf8Scan.Utf8Size("abc", 2));
    }

    private static IReadOnlyList<AiInfraError> ReadErrors(string json, AiInfraJsonLimits? limits)
    {
        AiInfraJson.TryDeserialize<Chip>(json, out _, out var errors, limits);
        return errors;
    }

    public static TheoryData<string, string> LoneSurrogates => new()
    {
        // the document, and the text just before the lone surrogate (its position is right after it)
        { "\uD83D" + Head + "}", "" },
        { Head + ",\"note\":\"\uD83D\"}", Head + ",\"note\":\"" },
        { Head.Replace("\"A\"", "\"A\uDE00B\"", StringComparison.Ordinal) + "}", "{\"id\":\"chip-a\",\"name\":\"A" },
        { Head + ",\n\"\uD83D\uDD0C m³\": 1, \"\uDC00\":2}", Head + ",\n\"\uD83D\uDD0C m³\": 1, \"" },
        { Head + ",\n\"name2\":\"\uD83D\uD83D\uDE00\"}", Head + ",\n\"name2\":\"" },
        { Head + "} \uDBFF", Head + "} " },
        { Head + "}\n\uD800", Head + "}\n" },
        { "\uFEFF" + Head + ",\"name\":\"°C\uD800\"}", "\uFEFF" + Head + ",\"name\":\"°C" },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates), DisableDiscoveryEnumeration = true)] // Enumerated at discovery, the data would be serialized, which replaces lone surrogates.
    public void A_lone_surrogate_in_a_string_input_is_malformed_at_its_position_never_replaced(string json, string before)
    {
        var errors = Errors(json);
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.MalformedJson, error.Code);
        var lineStart = before.LastIndexOf('\n') + 1;
        var bom = lineStart == 0 && before.StartsWith('\uFEFF') ? 1 : 0;
        Assert.Equal((before.Count(c => c == '\n') + 1L, before.Length - lineStart - bom + 1L), (error.Line!.Value, error.Column!.Value));

        var exception = Assert.Throws<AiInfraJsonException>(() => AiInfraJson.Deserialize<Chip>(json));
        Assert.Equal(errors, exception.Errors);
    }

    [Fact]
    public void A_well_formed_surrogate_pair_is_text()
    {
        Assert.True(AiInfraJson.TryDeserialize<Chip>("{\"id\":\"chip-a\",\"name\":\"\U0001F50C\",\"tdp\":\"700 W\"}", out var chip, out var errors), string.Join("; ", errors));
        Assert.Equal("\U0001F50C", chip.Name);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_by_every_overload()
    {
        const string json = "{\"id\":\"chip-a\",\"name\":\"m³\",\"tdp\":\"700 W\"}";
        var expected = AiInfraJson.Deserialize<Chip>(json);
        var marked = "\uFEFF" + json;
        var bytes = Encoding.UTF8.GetBytes(marked);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        Assert.True(AiInfraJson.TryDeserialize<Chip>(marked, out var fromString, out _));
        Assert.True(AiInfraJson.TryDeserialize<Chip>(bytes, out var fromArray, out _));
        Assert.True(AiInfraJson.TryDeserialize<Chip>(bytes.AsSpan(), out var fromSpan, out _));
        Assert.True(AiInfraJson.TryDeserialize(typeof(Chip), bytes, out var untyped, out _));
        Assert.True(AiInfraTypeRegistry.TryGet(typeof(Chip), out var registration));
        Assert.True(registration.TryDeserialize(bytes, out var registered, out _));
        Assert.All(new object?[] { fromString, fromArray, fromSpan, untyped, registered, AiInfraJson.Deserialize<Chip>(marked), AiInfraJson.Deserialize<Chip>(bytes) }, v => Assert.Equal(expected, v));

        // Only one mark, and only at the start.
        Assert.Equal(ErrorCodes.MalformedJson, Assert.Single(ReadErrors("\uFEFF" + marked, null)).Code);
        Assert.False(AiInfraJson.TryDeserialize<Chip>([.. "\uFEFF"u8, .. bytes], out _, out var twice));
        Assert.Equal(ErrorCodes.MalformedJson, Assert.Single(twice).Code);
        Assert.Equal((1L, 1L), (twice[0].Line!.Value, twice[0].Column!.Value));
    }
}
