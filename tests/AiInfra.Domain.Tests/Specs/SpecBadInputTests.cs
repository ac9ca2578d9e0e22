using AiInfra.Domain.Serialization;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Specs;

/// <summary>
/// A corpus of bad documents for a generated reader. Each case names the error it must produce; none may hand out
/// an object.
/// </summary>
public class SpecBadInputTests
{
    private const string Valid = """{"id":"chip-a","name":"A","tdp":"700 W"}""";

    public static TheoryData<string, string, string, string> Corpus => new()
    {
        // name, document, expected code, expected path
        { "malformed", """{"id":"chip-a","name":"A" "tdp":"700 W"}""", ErrorCodes.MalformedJson, "" },
        { "truncated", """{"id":"chip-a","name":"A","tdp":"700""", ErrorCodes.MalformedJson, "/tdp" },
        { "empty", "", ErrorCodes.MalformedJson, "" },
        { "not an object", "[1,2]", ErrorCodes.WrongType, "" },
        { "trailing content", Valid + "{}", ErrorCodes.MalformedJson, "" },
        { "wrong unit", """{"id":"chip-a","name":"A","tdp":"700 XW"}""", ErrorCodes.UnknownUnit, "/tdp" },
        { "wrong dimension", """{"id":"chip-a","name":"A","tdp":"700 V"}""", ErrorCodes.WrongDimension, "/tdp" },
        { "ambiguous unit", """{"id":"chip-a","name":"A","tdp":"700 mw"}""", ErrorCodes.UnknownUnit, "/tdp" },
        { "no unit", """{"id":"chip-a","name":"A","tdp":"700"}""", ErrorCodes.MalformedQuantity, "/tdp" },
        { "comma decimal", """{"id":"chip-a","name":"A","tdp":"700,5 W"}""", ErrorCodes.MalformedQuantity, "/tdp" },
        { "out of range high", """{"id":"chip-a","name":"A","tdp":"6 kW"}""", ErrorCodes.OutOfRange, "/tdp" },
        { "out of range low", """{"id":"chip-a","name":"A","tdp":0.5}""", ErrorCodes.OutOfRange, "/tdp" },
        { "out of range in another unit", """{"id":"chip-a","name":"A","tdp":"5001000 mW"}""", ErrorCodes.OutOfRange, "/tdp" },
        { "nested out of range", """{"id":"chip-a","name":"A","tdp":"700 W","memory":{"capacity":"512 MB"}}""", ErrorCodes.OutOfRange, "/memory/capacity" },
        { "item out of range", """{"id":"chip-a","name":"A","tdp":"700 W","clocks":["1 GHz","0.5 MHz"]}""", ErrorCodes.OutOfRange, "/clocks/1" },
        { "map value out of range", """{"id":"chip-a","name":"A","tdp":"700 W","throughput":{"fp8":-1}}""", ErrorCodes.OutOfRange, "/throughput/fp8" },
        { "temperature below minimum", """{"id":"chip-a","name":"A","tdp":"700 W","coolantInlet":"30 °F"}""", ErrorCodes.OutOfRange, "/coolantInlet" },
        { "missing required", """{"id":"chip-a","tdp":"700 W"}""", ErrorCodes.MissingProperty, "/name" },
        { "missing nested required", """{"id":"chip-a","name":"A","tdp":"700 W","memory":{}}""", ErrorCodes.MissingProperty, "/memory/capacity" },
        { "null required", """{"id":"chip-a","name":null,"tdp":"700 W"}""", ErrorCodes.NullValue, "/name" },
        { "null optional", """{"id":"chip-a","name":"A","tdp":"700 W","yield":null}""", ErrorCodes.NullValue, "/yield" },
        { "unknown property", """{"id":"chip-a","name":"A","tdp":"700 W","colour":"red"}""", ErrorCodes.UnknownProperty, "/colour" },
        { "duplicate property", """{"id":"chip-a","name":"A","tdp":"700 W","name":"B"}""", ErrorCodes.DuplicateProperty, "/name" },
        { "duplicate map key", """{"id":"chip-a","name":"A","tdp":"700 W","throughput":{"fp8":1,"fp8":2}}""", ErrorCodes.DuplicateProperty, "/throughput/fp8" },
        { "unknown map key", """{"id":"chip-a","name":"A","tdp":"700 W","throughput":{"fp7":1}}""", ErrorCodes.UnknownEnumValue, "/throughput/fp7" },
        { "wrong JSON type string", """{"id":42,"name":"A","tdp":"700 W"}""", ErrorCodes.WrongType, "/id" },
        { "wrong JSON type object", """{"id":"chip-a","name":"A","tdp":{"value":700}}""", ErrorCodes.WrongType, "/tdp" },
        { "wrong JSON type list", """{"id":"chip-a","name":"A","tdp":"700 W","aliases":"A"}""", ErrorCodes.WrongType, "/aliases" },
        { "wrong JSON type boolean", """{"id":"chip-a","name":"A","tdp":"700 W","isShipping":"yes"}""", ErrorCodes.WrongType, "/isShipping" },
        { "unknown enum value", """{"id":"chip-a","name":"A","tdp":"700 W","bestPrecision":"fp7"}""", ErrorCodes.UnknownEnumValue, "/bestPrecision" },
        { "enum case differs", """{"id":"chip-a","name":"A","tdp":"700 W","bestPrecision":"FP8"}""", ErrorCodes.UnknownEnumValue, "/bestPrecision" },
        { "pattern", """{"id":"Chip A","name":"A","tdp":"700 W"}""", ErrorCodes.PatternMismatch, "/id" },
        { "too long", $$"""{"id":"{{new string('a', 65)}}","name":"A","tdp":"700 W"}""", ErrorCodes.TooLong, "/id" },
        { "too short", """{"id":"chip-a","name":"","tdp":"700 W"}""", ErrorCodes.TooShort, "/name" },
        { "too few items", """{"id":"chip-a","name":"A","tdp":"700 W","clocks":[]}""", ErrorCodes.TooFewItems, "/clocks" },
        { "duplicate items", """{"id":"chip-a","name":"A","tdp":"700 W","aliases":["x","y","x"]}""", ErrorCodes.DuplicateItem, "/aliases/2" },
        { "fraction for integer", """{"id":"chip-a","name":"A","tdp":"700 W","dies":1.5}""", ErrorCodes.WrongType, "/dies" },
        { "integer too large", """{"id":"chip-a","name":"A","tdp":"700 W","dies":1e30}""", ErrorCodes.OutOfRange, "/dies" },
        { "integer over 64 bits", """{"id":"chip-a","name":"A","tdp":"700 W","dies":9223372036854775808}""", ErrorCodes.OutOfRange, "/dies" },
        { "number too large for double", """{"id":"chip-a","name":"A","tdp":"700 W","yield":1e400}""", ErrorCodes.NotFinite, "/yield" },
        { "bare number too large", """{"id":"chip-a","name":"A","tdp":1e400}""", ErrorCodes.NotFinite, "/tdp" },
        { "NaN quantity", """{"id":"chip-a","name":"A","tdp":"NaN W"}""", ErrorCodes.NotFinite, "/tdp" },
        { "infinite quantity", """{"id":"chip-a","name":"A","tdp":"Infinity W"}""", ErrorCodes.NotFinite, "/tdp" },
        { "NaN literal", """{"id":"chip-a","name":"A","tdp":NaN}""", ErrorCodes.MalformedJson, "/tdp" },
        { "huge quantity string", """{"id":"chip-a","name":"A","tdp":"1e400 W"}""", ErrorCodes.NotFinite, "/tdp" },
        { "bad date", """{"id":"chip-a","name":"A","tdp":"700 W","released":"2025-02-30"}""", ErrorCodes.MalformedValue, "/released" },
        { "bad year-month", """{"id":"chip-a","name":"A","tdp":"700 W","rampPeriod":"2025-13"}""", ErrorCodes.MalformedValue, "/rampPeriod" },
        { "sparse below dense", """{"id":"chip-a","name":"A","tdp":"700 W","ratings":[{"precision":"fp8","dense":"2 POPS","sparse":"1 POPS"}]}""", ErrorCodes.OutOfRange, "/ratings/0/sparse" },
        { "deep nesting", """{"id":"chip-a","name":"A","tdp":"700 W","colour":""" + new string('[', 100) + new string(']', 100) + "}", ErrorCodes.DepthExceeded, "/colour" },
        { "comment", """{"id":"chip-a", /* no */ "name":"A","tdp":"700 W"}""", ErrorCodes.MalformedJson, "" },
        { "trailing comma", """{"id":"chip-a","name":"A","tdp":"700 W",}""", ErrorCodes.MalformedJson, "" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Each_bad_document_gives_its_error_and_no_object(string name, string json, string code, string path)
    {
        Assert.False(AiInfraJson.TryDeserialize<Chip>(json, out var value, out var errors), name);
        Assert.Null(value);
        Assert.Contains(errors, e => e.Code == code && e.Path == path);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        var exception = Assert.Throws<AiInfraJsonException>(() => AiInfraJson.Deserialize<Chip>(json));
        Assert.Equal(errors, exception.Errors);
    }

    [Fact]
    public void Every_error_in_a_document_is_reported_in_one_pass_with_its_position()
    {
        const string json = "{\n  \"id\": \"Bad Id\",\n  \"tdp\": \"7 V\",\n  \"dies\": 99,\n  \"colour\": 1\n}";
        Assert.False(AiInfraJson.TryDeserialize<Chip>(json, out _, out var errors));
        Assert.Equal(
            [
                ("/id", ErrorCodes.PatternMismatch, 2L, 9L),
                ("/tdp", ErrorCodes.WrongDimension, 3L, 10L),
                ("/dies", ErrorCodes.OutOfRange, 4L, 11L),
                ("/colour", ErrorCodes.UnknownProperty, 5L, 3L),
                ("/name", ErrorCodes.MissingProperty, 1L, 1L),
            ],
            errors.Select(e => (e.Path, e.Code, e.Line!.Value, e.Column!.Value)));
    }

    [Fact]
    public void Malformed_json_reports_the_line_and_column_where_reading_stopped()
    {
        Assert.False(AiInfraJson.TryDeserialize<Chip>("{\n  \"id\": \"a\",\n  \"name\" \"A\"\n}", out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.MalformedJson, error.Code);
        Assert.Equal(3, error.Line);
        Assert.Equal(10, error.Column);
    }

    [Fact]
    public void Limits_are_enforced_at_their_edges()
    {
        var tight = new AiInfraJsonLimits { MaxDepth = 2, MaxStringLength = 8, MaxDocumentSize = 200 };
        Assert.True(AiInfraJson.TryDeserialize<Chip>("""{"id":"abcdefgh","name":"A","tdp":"700 W","memory":{"capacity":"1 GB"}}""", out _, out _, tight));
        Assert.False(AiInfraJson.TryDeserialize<Chip>("""{"id":"abcdefghi","name":"A","tdp":"700 W"}""", out _, out var longString, tight));
        Assert.Equal(ErrorCodes.TooLong, Assert.Single(longString).Code);
        Assert.False(AiInfraJson.TryDeserialize<Chip>("""{"id":"a","name":"A","tdp":"700 W","ratings":[{"precision":"fp8","dense":1}]}""", out _, out var deep, tight));
        Assert.Equal(ErrorCodes.DepthExceeded, Assert.Single(deep).Code);
        var big = """{"id":"a","name":"A","tdp":"700 W","aliases":[""" + string.Join(",", Enumerable.Repeat("\"x\"", 60)) + "]}";
        Assert.False(AiInfraJson.TryDeserialize<Chip>(big, out _, out var size, tight));
        Assert.Equal(ErrorCodes.DocumentTooLarge, Assert.Single(size).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AiInfraJsonLimits { MaxDepth = 0 });
    }
}
