using System.Text;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// Where errors are: lines and columns count UTF-16 code units from 1, as editors show them (multi-byte characters such
/// as "°C" and "m³" and astral characters such as "🔌" before an error do not shift it), through every overload; errors
/// about an item of a list or a value of a map point at that item or value; a truncated document is malformed, never
/// "too deep".
/// </summary>
public class ErrorPositionTests
{
    /// <summary>Reads through the string and the UTF-8 overloads, which must agree, and returns the errors.</summary>
    private static IReadOnlyList<AiInfraError> Errors(string json, AiInfraJsonLimits? limits = null)
    {
        Assert.False(AiInfraJson.TryDeserialize<Chip>(json, out _, out var errors, limits));
        Assert.False(AiInfraJson.TryDeserialize<Chip>(Encoding.UTF8.GetBytes(json), out _, out var byteErrors, limits));
        Assert.Equal(errors, byteErrors);
        return errors;
    }

    /// <summary>
    /// The editor's position of the first occurrence of <paramref name="marker"/> in <paramref name="json"/>: its line,
    /// and its column in UTF-16 code units from 1 (a byte order mark at the start takes none).
    /// </summary>
    private static (long Line, long Column) EditorPosition(string json, string marker)
    {
        var index = json.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, marker);
        var before = json[..index];
        var lineStart = before.LastIndexOf('\n') + 1;
        var mark = lineStart == 0 && json.StartsWith('\uFEFF') ? 1 : 0;
        return (before.Count(c => c == '\n') + 1, index - lineStart - mark + 1);
    }

    private static void AssertAt(AiInfraError error, string json, string marker) =>
        Assert.Equal(EditorPosition(json, marker), (error.Line!.Value, error.Column!.Value));

    [Theory]
    [InlineData("°C")]
    [InlineData("m³")]
    [InlineData("é")]
    [InlineData("中文")]
    [InlineData("\U0001F50C")] // 🔌, outside the Basic Multilingual Plane: two code units, four bytes
    [InlineData("\U0001D11E\U0001F600 m³ °C")]
    [InlineData("\\u00b0C \\uD83D\\uDD0C")] // escapes: six columns each, as written
    public void Columns_count_utf16_code_units_after_multi_byte_and_astral_characters(string text)
    {
        var json = $$"""{"id":"chip-a","name":"{{text}}","tdp":"7 V"}""";
        var error = Assert.Single(Errors(json));
        Assert.Equal(ErrorCodes.WrongDimension, error.Code);
        AssertAt(error, json, "\"7 V\"");

        var multiLine = $"{{\n  \"name\": \"{text}{text}\", \"id\": \"chip-a\",\n  \"note\": \"{text}\", \"tdp\": \"7 V\"\n}}";
        var errors = Errors(multiLine);
        AssertAt(errors.Single(e => e.Code == ErrorCodes.UnknownProperty), multiLine, "\"note\"");
        AssertAt(errors.Single(e => e.Code == ErrorCodes.WrongDimension), multiLine, "\"7 V\"");
    }

    [Fact]
    public void Every_error_of_a_line_with_astral_characters_has_its_editor_column()
    {
        // Errors out of document order (a missing property is reported at its object's start, after the others).
        var json = "{\"zz\U0001F50C\":1,\"tdp\":\"7 V\",\"dies\":\"m³\",\"m³°C\":2,\"clocks\":[\"1 GHz\",\"\U0001F50C\"]}";
        var errors = Errors(json);
        AssertAt(errors.Single(e => e.Path == "/zz\U0001F50C"), json, "\"zz\U0001F50C\"");
        AssertAt(errors.Single(e => e.Path == "/tdp"), json, "\"7 V\"");
        AssertAt(errors.Single(e => e.Path == "/dies"), json, "\"m³\"");
        AssertAt(errors.Single(e => e.Path == "/m³°C"), json, "\"m³°C\"");
        AssertAt(errors.Single(e => e.Path == "/clocks/1"), json, "\"\U0001F50C\"]");
        Assert.Equal(2, errors.Count(e => e.Code == ErrorCodes.MissingProperty));
        Assert.All(errors.Where(e => e.Code == ErrorCodes.MissingProperty), e => AssertAt(e, json, "{"));
    }

    [Fact]
    public void Carriage_returns_end_no_column_and_line_feeds_start_a_line()
    {
        var json = "{\r\n\"id\":\"chip-a\",\r\n\"name\":\"°C\",\"tdp\":\"7 V\"\r\n}";
        AssertAt(Assert.Single(Errors(json)), json, "\"7 V\"");
    }

    [Fact]
    public void A_byte_order_mark_takes_no_column_on_any_overload()
    {
        const string body = "{\"id\":\"chip-a\",\"name\":\"m³\",\"tdp\":\"7 V\"}";
        var withoutMark = Assert.Single(Errors(body));
        var withMark = Assert.Single(Errors("\uFEFF" + body));
        Assert.Equal(withoutMark, withMark);
        Assert.Equal(EditorPosition(body, "\"7 V\""), (withMark.Line!.Value, withMark.Column!.Value));
    }

    [Fact]
    public void Constraint_errors_on_list_items_point_at_the_item()
    {
        var json = "{\"id\":\"chip-a\",\"name\":\"A\",\"tdp\":\"700 W\",\n\"clocks\": [\"1 GHz\",\n  \"0.5 MHz\", \"2 GHz\", 0.25],\n\"aliases\": [\"x\", \"y\", \"x\", \"\"]}";
        var errors = Errors(json);
        AssertAt(errors.Single(e => e.Path == "/clocks/1"), json, "\"0.5 MHz\"");
        AssertAt(errors.Single(e => e.Path == "/clocks/3"), json, "0.25");
        AssertAt(errors.Single(e => e.Path == "/aliases/2"), json, "\"x\", \"\"");
        AssertAt(errors.Single(e => e.Path == "/aliases/3"), json, "\"\"]");
        Assert.Equal(ErrorCodes.DuplicateItem, errors.Single(e => e.Path == "/aliases/2").Code);
    }

    [Fact]
    public void Constraint_errors_on_map_values_point_at_the_value()
    {
        var json = "{\"id\":\"chip-a\",\"name\":\"A\",\"tdp\":\"700 W\",\"throughput\": {\n \"fp8\": 5, \"b\\u0066\\u0031\\u0036\": -1,\n \"int8\" : \"-2 TFLOPS\"}}";
        var errors = Errors(json);
        Assert.Equal(["/throughput/bf16", "/throughput/int8"], errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        AssertAt(errors.Single(e => e.Path == "/throughput/bf16"), json, "-1");
        AssertAt(errors.Single(e => e.Path == "/throughput/int8"), json, "\"-2 TFLOPS\"");
    }

    [Fact]
    public void A_rule_broken_inside_an_item_points_at_the_property_or_at_the_item()
    {
        var json = "{\"id\":\"chip-a\",\"name\":\"A\",\"tdp\":\"700 W\",\"ratings\":[\n{\"precision\":\"fp8\",\"dense\":1},\n{\"precision\":\"fp8\",\"dense\":\"2 POPS\", \"sparse\":\"1 POPS\"}]}";
        var error = Assert.Single(Errors(json));
        Assert.Equal("/ratings/1/sparse", error.Path);
        AssertAt(error, json, "\"1 POPS\"");
    }

    [Fact]
    public void A_rule_broken_by_the_document_itself_points_at_the_property()
    {
        // Rules across properties are checked on the value once it is read, and placed in the text by their paths.
        var json = "\uFEFF{\"precision\":\"fp8\",\n \"dense\":\"2 POPS\", \"sparse\":\"1 POPS\"}";
        Assert.False(AiInfraJson.TryDeserialize<Rating>(json, out _, out var errors));
        Assert.False(AiInfraJson.TryDeserialize<Rating>(Encoding.UTF8.GetBytes(json), out _, out var byteErrors));
        Assert.Equal(errors, byteErrors);
        var error = Assert.Single(errors);
        Assert.Equal("/sparse", error.Path);
        AssertAt(error, json, "\"1 POPS\"");
    }

    [Fact]
    public void Truncated_documents_are_malformed_at_their_end_never_too_deep()
    {
        const string valid = """{"id":"chip-a","name":"m³ 🔌","tdp":"700 W","memory":{"capacity":"1 GB"},"ratings":[{"precision":"fp8","dense":1,"sparse":2}],"clocks":["1 GHz"],"throughput":{"fp8":1},"boardPower":{"value":"1 kW","source":"s","line":3},"aliases":["a"],"yield":0.5,"isShipping":true}""";
        Assert.True(AiInfraJson.TryDeserialize<Chip>(valid, out _, out var none), string.Join("; ", none));
        var tight = new AiInfraJsonLimits { MaxDepth = 3 }; // The document's own depth: every cut ends at most 3 levels deep.
        for (var length = 0; length < valid.Length; length++)
        {
            if (char.IsLowSurrogate(valid[length]))
            {
                continue; // Cutting a string between the halves of a pair is invalid UTF-16, tested on its own.
            }

            var cut = valid[..length];
            foreach (var limits in new[] { null, tight })
            {
                var errors = Errors(cut, limits);
                Assert.DoesNotContain(errors, e => e.Code == ErrorCodes.DepthExceeded);
                AssertAtTheLastToken(Assert.Single(errors, e => e.Code == ErrorCodes.MalformedJson), cut);
            }
        }
    }

    [Theory]
    [InlineData("{\"id\":\"chip-a\",\"colour\":[[[[")]
    [InlineData("{\"id\":\"chip-a\",\"colour\":[[[[ \n")]
    [InlineData("{\"id\":\"chip-a\",\"colour\":{\"a\":{\"b\":{\"c\":")]
    [InlineData("{\"id\":\"chip-a\",\"colour\":[[[[1,")]
    [InlineData("{\"id\":\"chip-a\",\"colour\":[[[[\"abc")]
    [InlineData("{\"id\":\"chip-a\",\"colour\":[[[[tru")]
    [InlineData("{\"id\":\"chip-a\",\"colour\":[[[[-")]
    [InlineData("{\"id\":\"chip-a\",\"colour\":[[[[1.")]
    [InlineData("{\"id\":\"chip-a\",\"colour\":[[[[\"\\u12")]
    public void A_document_cut_while_nested_at_the_depth_limit_is_malformed(string cut)
    {
        // Five levels open at the end: exactly the limit, not past it.
        var errors = Errors(cut, new AiInfraJsonLimits { MaxDepth = 5 });
        AssertAtTheLastToken(Assert.Single(errors, e => e.Code == ErrorCodes.MalformedJson), cut);
        Assert.DoesNotContain(errors, e => e.Code == ErrorCodes.DepthExceeded);
    }

    [Theory]
    [InlineData("{\"colour\":[[[[[]]]]]}", ErrorCodes.DepthExceeded)]
    [InlineData("{\"colour\":[[[[ \n [1]]]]]}", ErrorCodes.DepthExceeded)]
    [InlineData("{\"colour\":[[[[1,{}]]]]}", ErrorCodes.DepthExceeded)]
    [InlineData("{\"colour\":[[[{\"a\":{}}]]]}", ErrorCodes.DepthExceeded)]
    [InlineData("{\"colour\":[[[[1 []]]]]}", ErrorCodes.MalformedJson)] // "[" after a value: a missing comma, whatever the depth
    [InlineData("{\"colour\":[[[{{}}]]]}", ErrorCodes.MalformedJson)] // "{" where a property name belongs
    public void Only_an_object_or_array_opened_past_the_limit_is_too_deep(string json, string code)
    {
        var errors = Errors(json, new AiInfraJsonLimits { MaxDepth = 5 });
        Assert.Contains(errors, e => e.Code == code && e.Path == "/colour");
        Assert.DoesNotContain(errors, e => e.Code == (code == ErrorCodes.DepthExceeded ? ErrorCodes.MalformedJson : ErrorCodes.DepthExceeded));
    }

    /// <summary>
    /// The error is where reading stopped: on the text's last line, at its end or at the start of the last token
    /// (System.Text.Json stops at a "," or ":" that nothing follows, and at the end otherwise).
    /// </summary>
    private static void AssertAtTheLastToken(AiInfraError error, string text)
    {
        var lineStart = text.LastIndexOf('\n') + 1;
        var end = text.Length - lineStart + 1;
        var lastToken = text.TrimEnd().Length - lineStart;
        Assert.Equal(text.Count(c => c == '\n') + 1, error.Line);
        Assert.InRange(error.Column!.Value, Math.Min(lastToken, end), end);
    }
}
