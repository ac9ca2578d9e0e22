using System.Text;
using System.Text.Json;
using AiInfra.Domain.Chips;
using AiInfra.Domain.Economics;
using AiInfra.Domain.Quantities;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Tests.Specs;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.SystemTextJson;

/// <summary>
/// <see cref="JsonSerializer"/> with <see cref="AiInfraJson.Options"/>: every problem with the JSON is one
/// <see cref="AiInfraJsonException"/> listing the errors as <see cref="AiInfraJson"/> lists them (paths, codes, lines,
/// columns), the document null is an error, and collections of records and the value types work on their own.
/// </summary>
public sealed class JsonSerializerContractTests
{
    private static readonly JsonSerializerOptions Options = AiInfraJson.Options;

    /// <summary>
    /// Bad documents of every kind, with what AiInfraJson.TryDeserialize reports for each as the reference (ASCII text,
    /// where a column in bytes and one in UTF-16 units agree; <see cref="Columns_count_UTF16_units_after_non_ASCII_text"/>
    /// covers the rest).
    /// </summary>
    public static TheoryData<string, string> BadDocuments() => new()
    {
        { "malformed inside", """{"id": "chip-a", "name": [1, }""" },
        { "truncated", """{"id": "chip-a", "name": "A",""" },
        { "wrong root array", """[{"id": "chip-a"}]""" },
        { "wrong root string", "\"chip-a\"" },
        { "wrong root number", "  42" },
        { "wrong root true", "true" },
        { "trailing content", """{"id": "chip-a", "name": "A", "tdp": "700 W"} x""" },
        { "trailing value", """{"id": "chip-a", "name": "A", "tdp": "700 W"} {}""" },
        { "bad unit", """{"id": "chip-a", "name": "A", "tdp": "700 V"}""" },
        { "many errors", "{\"id\": \"Bad Id\",\n  \"tdp\": \"7 V\",\n  \"yield\": 2,\n  \"dies\": \"x\"}" },
        { "pretty with errors", "\n\n  {\n    \"id\": \"chip-a\",\n    \"name\": \"C C\",  \"tdp\": \"9 MW\",\n    \"memory\": {\"capacity\": \"1 W\"}\n  }\n" },
        { "CRLF lines", "{\r\n\"id\": \"chip-a\",\r\n\"name\": \"A\",\r\n\"tdp\": \"1 V\"\r\n}" },
        { "unknown and duplicate", """{"id": "chip-a", "id": "chip-b", "name": "A", "tdp": "1 W", "colour": "red"}""" },
        { "lone surrogate escape", """{"id": "chip-a", "name": "\ud800", "tdp": "1 W"}""" },
        { "lone low surrogate in a name", """{"id": "chip-a", "\udc00": 1, "name": "A", "tdp": "1 W"}""" },
        { "deep", new string('[', 70) + new string(']', 70) },
        { "deep inside", """{"id": "chip-a", "name": "A", "tdp": "1 W", "memory": """ + new string('[', 70) + new string(']', 70) + "}" },
        { "validation only", """{"id": "chip-a", "name": "A", "tdp": "1 W", "ratings": [{"precision": "fp8", "dense": "2 TFLOPS", "sparse": "1 TFLOPS"}]}""" },
        { "null document", "null" },
        { "null document with space", " \r\n null " },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void JsonSerializer_reports_what_AiInfraJson_reports(string name, string json)
    {
        Assert.False(AiInfraJson.TryDeserialize<Chip>(json, out _, out var expected), name);

        var fromString = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<Chip>(json, Options));
        var fromBytes = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<Chip>(Encoding.UTF8.GetBytes(json), Options));
        var fromTypeInfo = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize(json, AiInfraJson.GetTypeInfo<Chip>()));
        var fromStream = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<Chip>(new MemoryStream(Encoding.UTF8.GetBytes(json)), Options));

        foreach (var exception in new[] { fromString, fromBytes, fromTypeInfo, fromStream })
        {
            Assert.Equal(Describe(expected), Describe(exception.Errors));
        }
    }

    [Fact]
    public void Invalid_UTF8_in_a_string_is_a_malformed_error_at_the_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\": \"chip-a\", \"name\": \"Ab?\", \"tdp\": \"1 W\"}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xC3;

        var exception = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<Chip>(bytes, Options));

        var error = Assert.Single(exception.Errors);
        Assert.Equal((string.Empty, ErrorCodes.MalformedJson, 1L, 29L), (error.Path, error.Code, error.Line, error.Column));
        Assert.Equal("The text is not valid UTF-8.", error.Message);
    }

    [Fact]
    public void The_exception_says_where_the_first_error_is_as_JsonException_does()
    {
        var exception = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<Chip>("{\n  \"id\": \"chip-a\",\n  \"name\": \"A\", \"tdp\": \"1 V\"}", Options));

        Assert.Equal("/tdp", exception.Path);
        Assert.Equal((2L, 22L), (exception.LineNumber, exception.BytePositionInLine)); // From 0, as JsonException counts.
        Assert.Equal((3L, 23L), (exception.Errors[0].Line, exception.Errors[0].Column));
    }

    [Fact]
    public void Writing_a_null_record_as_the_document_is_an_error()
    {
        var exception = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Serialize<Chip>(null!, Options));
        Assert.Equal(ErrorCodes.NullValue, Assert.Single(exception.Errors).Code);
    }

    [Fact]
    public void The_null_document_is_an_error_for_every_shape_the_options_know()
    {
        AssertNullDocumentRejected<Chip>();
        AssertNullDocumentRejected<List<Chip>>();
        AssertNullDocumentRejected<Chip[]>();
        AssertNullDocumentRejected<IReadOnlyList<Chip>>();
        AssertNullDocumentRejected<Dictionary<string, Chip>>();
        AssertNullDocumentRejected<IReadOnlyDictionary<string, Chip>>();
        AssertNullDocumentRejected<Money>();
        AssertNullDocumentRejected<ReportingPeriod>();
        AssertNullDocumentRejected<Currency>();
        AssertNullDocumentRejected<Power>();

        // A nullable value type says that null is allowed; System.Text.Json cannot tell Chip? from Chip, so the record is always an error.
        Assert.Null(JsonSerializer.Deserialize<Power?>("null", Options));
        Assert.Null(JsonSerializer.Deserialize<Money?>("null", Options));
        Assert.Equal(Power.FromWatts(700), JsonSerializer.Deserialize<Power?>("\"700 W\"", Options));
    }

    [Fact]
    public void Lists_arrays_and_read_only_lists_of_records_round_trip()
    {
        Chip[] chips = [SampleChips.FullChip(), SampleChips.MinimalChip()];
        var expected = "[" + AiInfraJson.Serialize(chips[0]) + "," + AiInfraJson.Serialize(chips[1]) + "]";

        Assert.Equal(expected, JsonSerializer.Serialize(chips, Options));
        Assert.Equal(expected, JsonSerializer.Serialize(chips.ToList(), Options));
        Assert.Equal(expected, JsonSerializer.Serialize<IReadOnlyList<Chip>>(chips, Options));
        Assert.Equal(chips, JsonSerializer.Deserialize<Chip[]>(expected, Options));
        Assert.Equal(chips, JsonSerializer.Deserialize<List<Chip>>(expected, Options));
        Assert.Equal(chips, JsonSerializer.Deserialize<IReadOnlyList<Chip>>(expected, Options));
        Assert.Equal(chips, JsonSerializer.Deserialize<IList<Chip>>(expected, Options));
        Assert.Equal(chips, JsonSerializer.Deserialize<IEnumerable<Chip>>(expected, Options));
        Assert.Empty(JsonSerializer.Deserialize<List<Chip>>("[]", Options)!);
    }

    [Fact]
    public void Dictionaries_of_records_round_trip_with_keys_in_ordinal_order()
    {
        var chips = new Dictionary<string, Chip> { ["b"] = SampleChips.MinimalChip(), ["a/~"] = SampleChips.FullChip() };
        var expected = "{\"a/~\":" + AiInfraJson.Serialize(chips["a/~"]) + ",\"b\":" + AiInfraJson.Serialize(chips["b"]) + "}";

        Assert.Equal(expected, JsonSerializer.Serialize(chips, Options));
        Assert.Equal(expected, JsonSerializer.Serialize<IReadOnlyDictionary<string, Chip>>(chips, Options));
        Assert.Equal(chips, JsonSerializer.Deserialize<Dictionary<string, Chip>>(expected, Options));
        Assert.Equal(chips, JsonSerializer.Deserialize<IReadOnlyDictionary<string, Chip>>(expected, Options));
        Assert.Equal(chips, JsonSerializer.Deserialize<IDictionary<string, Chip>>(expected, Options));
    }

    [Fact]
    public void An_error_inside_an_item_carries_the_items_path_line_and_column()
    {
        var json = "[\n  {\"id\": \"chip-a\", \"name\": \"A\", \"tdp\": \"1 W\"},\n  {\"id\": \"chip-b\", \"name\": \"Ü\", \"tdp\": \"1 V\"}\n]";

        var exception = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<List<Chip>>(json, Options));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(("/1/tdp", ErrorCodes.WrongDimension, 3L, 40L), (error.Path, error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Every_bad_item_and_value_is_reported_with_its_own_path()
    {
        var list = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<Chip[]>(
            """[null, {"id": "chip-a", "name": "A", "tdp": "1 W", "ratings": [{"precision": "fp8", "dense": "2 TFLOPS", "sparse": "1 TFLOPS"}]}, 3]""", Options));
        Assert.Equal(["/0", "/1/ratings/0/sparse", "/2"], list.Errors.Select(e => e.Path));
        Assert.Equal([ErrorCodes.NullValue, ErrorCodes.OutOfRange, ErrorCodes.WrongType], list.Errors.Select(e => e.Code));

        // Validation runs once every item has read: its errors carry the item's path too.
        var rule = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<IReadOnlyList<Chip>>(
            """[{"id": "chip-a", "name": "A", "tdp": "1 W", "ratings": [{"precision": "fp8", "dense": "2 TFLOPS", "sparse": "1 TFLOPS"}]}]""", Options));
        Assert.Equal("/0/ratings/0/sparse", Assert.Single(rule.Errors).Path);

        var map = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<Dictionary<string, Chip>>(
            """{"a/b": {"id": "chip-a", "name": "A", "tdp": "1 V"}, "c": null, "d": {"id": "chip-d", "name": "D", "tdp": "1 W"}, "d": {}}""", Options));
        Assert.Equal(["/a~1b/tdp", "/c", "/d"], map.Errors.Select(e => e.Path));
        Assert.Equal([ErrorCodes.WrongDimension, ErrorCodes.NullValue, ErrorCodes.DuplicateProperty], map.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Writing_a_collection_with_a_null_item_is_an_error_at_the_item()
    {
        var list = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Serialize(new List<Chip> { SampleChips.MinimalChip(), null! }, Options));
        Assert.Equal(("/1", ErrorCodes.NullValue), (Assert.Single(list.Errors).Path, list.Errors[0].Code));

        var map = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Serialize(new Dictionary<string, Chip> { ["x~y"] = null! }, Options));
        Assert.Equal("/x~0y", Assert.Single(map.Errors).Path);
    }

    [Fact]
    public void Money_periods_currencies_and_quantities_read_and_write_on_their_own()
    {
        Assert.Equal("\"80000000000 USD\"", JsonSerializer.Serialize(Money.Parse("80 bn USD", null), Options));
        Assert.Equal(Money.Parse("80 bn USD", null), JsonSerializer.Deserialize<Money>("\"1000亿美元\"", Options) / 1.25m);
        Assert.Equal("\"2025-Q3\"", JsonSerializer.Serialize(ReportingPeriod.CalendarQuarter(2025, 3), Options));
        Assert.Equal(ReportingPeriod.CalendarQuarter(2025, 3), JsonSerializer.Deserialize<ReportingPeriod>("\"3Q25\"", Options));
        Assert.Equal("\"EUR\"", JsonSerializer.Serialize(Currency.Eur, Options));
        Assert.Equal(Currency.Eur, JsonSerializer.Deserialize<Currency>("\"EUR\"", Options));
        Assert.Equal("\"1.2 kW\"", JsonSerializer.Serialize(Power.FromKilowatts(1.2), Options));

    }

    [Theory]
    [InlineData(typeof(Money), "\"80 bn\"", ErrorCodes.MalformedValue)]
    [InlineData(typeof(Money), "80", ErrorCodes.WrongType)]
    [InlineData(typeof(Money), "\"80 bn USD\" 1", ErrorCodes.MalformedJson)]
    [InlineData(typeof(ReportingPeriod), "\"5Q25\"", ErrorCodes.MalformedValue)]
    [InlineData(typeof(ReportingPeriod), "[]", ErrorCodes.WrongType)]
    [InlineData(typeof(Currency), "\"usd\"", ErrorCodes.MalformedValue)]
    [InlineData(typeof(Currency), "\"\\ud800\"", ErrorCodes.MalformedJson)]
    [InlineData(typeof(Power), "700", ErrorCodes.WrongType)]
    [InlineData(typeof(Power), "\"700 V\"", ErrorCodes.WrongDimension)]
    [InlineData(typeof(Power), "\"700 W\" ,", ErrorCodes.MalformedJson)]
    [InlineData(typeof(Temperature), "{}", ErrorCodes.WrongType)]
    public void A_bad_value_on_its_own_is_an_AiInfraJsonException(Type type, string json, string code)
    {
        var exception = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize(json, Options.GetTypeInfo(type)));
        var error = exception.Errors[0];
        Assert.Equal((string.Empty, code, 1L), (error.Path, error.Code, error.Line));
    }

    [Fact]
    public void Every_quantity_reads_and_writes_on_its_own_and_in_its_nullable_form()
    {
        foreach (var info in Quantity.Infos)
        {
            var typeInfo = Options.GetTypeInfo(info.ValueType);
            var value = Quantity.From(12.5, info.BaseUnitInfo.UntypedValue);
            var json = JsonSerializer.Serialize(value, typeInfo);
            Assert.Equal(value, JsonSerializer.Deserialize(json, typeInfo));

            var nullable = Options.GetTypeInfo(typeof(Nullable<>).MakeGenericType(info.ValueType));
            Assert.Null(JsonSerializer.Deserialize("null", nullable));
            Assert.Equal(value, JsonSerializer.Deserialize(json, nullable));
            Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize("12.5", typeInfo));
        }
    }

    [Fact]
    public void Values_that_cannot_be_written_are_an_AiInfraJsonException()
    {
        Assert.Equal(ErrorCodes.NullValue, Assert.Single(Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Serialize(Currency.None, Options)).Errors).Code);
    }

    /// <summary>
    /// What JsonSerializer itself does before any converter runs, so the options cannot change it: an input with no JSON
    /// token, or whose first byte is not JSON, is System.Text.Json's own JsonException, and a .NET string holding half a
    /// surrogate pair is its ArgumentException. docs/serialization.md says so; AiInfraJson.Deserialize reports both as errors.
    /// </summary>
    [Fact]
    public void What_JsonSerializer_rejects_before_the_converter_runs_is_as_documented()
    {
        Assert.IsNotType<AiInfraJsonException>(Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Chip>("  ", Options)));
        Assert.IsNotType<AiInfraJsonException>(Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Chip>("x", Options)));
        Assert.IsNotType<AiInfraJsonException>(Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Power>("\"700 W", Options)));
        Assert.Throws<ArgumentException>(() => JsonSerializer.Deserialize<Chip>("{\"name\": \"\ud800\"}", Options));
        Assert.False(AiInfraJson.TryDeserialize<Chip>("  ", out _, out _));
    }

    [Theory]
    [InlineData("{\"name\": \"Ünïcödé 🔌 chip\", \"id\": \"chip-a\", \"tdp\": \"700 V\"}", "\"700 V\"")]
    [InlineData("{\"name\": \"Ünïcödé 🔌\", \"id\": \"chip-a\", \"tdp\": 7 W}", "W}")]
    [InlineData("{\"id\": \"chip-a\",\n \"ñame\": \"°C\", \"tdp\": \"1 W\", \"colour\": 1}", "\"ñame\"")]
    [InlineData("\n\n  {\n    \"id\": \"chip-a\",\n    \"name\": \"°C °C\",  \"tdp\": \"9 MW\"\n  }\n", "\"9 MW\"")]
    [InlineData("[\"€\", {\"id\": \"chip-a\", \"name\": \"€\", \"tdp\": \"1 W\", \"m\": 1}]", "\"m\"")]
    public void Columns_count_UTF16_units_after_non_ASCII_text(string json, string at)
    {
        var offset = json.IndexOf(at, StringComparison.Ordinal);
        var line = json[..offset].Count(c => c == '\n') + 1;
        var column = offset - (json.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1) + 1;

        var exception = Assert.Throws<AiInfraJsonException>(() => json.StartsWith('[') ? JsonSerializer.Deserialize<List<Chip>>(json, Options) : JsonSerializer.Deserialize<Chip>(json, Options));

        Assert.Contains(exception.Errors, e => e.Line == line && e.Column == column);
    }

    private static void AssertNullDocumentRejected<T>()
    {
        var exception = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<T>("null", Options));
        var error = Assert.Single(exception.Errors);
        Assert.Equal((string.Empty, ErrorCodes.NullValue, 1L, 1L), (error.Path, error.Code, error.Line, error.Column));
    }

    private static string[] Describe(IReadOnlyList<AiInfraError> errors) => errors.Select(e => e.ToString()).ToArray();
}

/// <summary>AiInfraJson's resolver combined with a user's own source-generated <see cref="System.Text.Json.Serialization.JsonSerializerContext"/>.</summary>
public sealed class CombinedResolverTests
{
    private static readonly JsonSerializerOptions Combined = AiInfraJson.CreateOptions(UserJsonContext.Default);

    private static Shipment Sample() => new()
    {
        Reference = "PO-7",
        Accelerator = Catalog.Accelerators.Get("nvidia-h100-sxm"),
        Spares = [Catalog.Accelerators.Get("google-tpu-v6e")],
        Price = Money.Parse("25 k USD", null),
        Budget = Power.FromKilowatts(10),
        Period = ReportingPeriod.CalendarQuarter(2025, 3),
    };

    [Fact]
    public void The_users_types_and_the_librarys_read_and_write_through_one_options()
    {
        var shipment = Sample();
        var json = JsonSerializer.Serialize(shipment, Combined);

        Assert.Contains("\"Budget\":\"10 kW\"", json);
        Assert.Contains("\"Accelerator\":" + AiInfraJson.Serialize(shipment.Accelerator!), json);
        var back = JsonSerializer.Deserialize<Shipment>(json, Combined)!;
        Assert.Equal((shipment.Reference, shipment.Accelerator, shipment.Price, shipment.Budget, shipment.Period), (back.Reference, back.Accelerator, back.Price, back.Budget, back.Period));
        Assert.Equal(shipment.Spares, back.Spares);

        // The library's own generated types, and this project's spec records, which the user's context cannot see.
        Assert.Equal(SampleChips.FullChip(), JsonSerializer.Deserialize<Chip>(AiInfraJson.Serialize(SampleChips.FullChip()), Combined));
        Assert.Equal([SampleChips.MinimalChip()], JsonSerializer.Deserialize<List<Chip>>("[" + AiInfraJson.Serialize(SampleChips.MinimalChip()) + "]", Combined)!);
        Assert.Equal(Money.Parse("5 EUR", null), JsonSerializer.Deserialize<Money>("\"5 EUR\"", Combined));
    }

    [Fact]
    public void A_bad_record_inside_the_users_type_is_an_AiInfraJsonException_that_says_where()
    {
        var json = JsonSerializer.Serialize(Sample(), Combined);
        var at = json.IndexOf("\"700 W\"", StringComparison.Ordinal);
        json = json[..at] + "\"700 V\"" + json[(at + 7)..];

        var exception = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<Shipment>(json, Combined));

        Assert.StartsWith("/tdp", Assert.Single(exception.Errors).Path); // Relative to the record...
        Assert.Equal("$.Accelerator", exception.Path);                // ...which JsonSerializer places in the document.
        Assert.Equal(1L, exception.Errors[0].Line);
        Assert.Equal(at + 1, exception.Errors[0].Column);
    }

    [Fact]
    public void Dictionaries_keyed_by_periods_and_currencies_read_and_write_with_the_librarys_converters()
    {
        var periods = new Dictionary<ReportingPeriod, Money> { [ReportingPeriod.CalendarQuarter(2025, 3)] = Money.Parse("5 USD", null) };
        var json = JsonSerializer.Serialize(periods, Combined);
        Assert.Equal("{\"2025-Q3\":\"5 USD\"}", json);
        Assert.Equal(periods, JsonSerializer.Deserialize<Dictionary<ReportingPeriod, Money>>("{\"3Q25\":\"5 USD\"}", Combined));
        Assert.Equal(new Dictionary<Currency, Power> { [Currency.Usd] = Power.FromWatts(1) }, JsonSerializer.Deserialize<Dictionary<Currency, Power>>("{\"USD\":\"1 W\"}", Combined));

        Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<Dictionary<ReportingPeriod, Money>>("{\"5Q25\":\"5 USD\"}", Combined));
        Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<Dictionary<Currency, Power>>("{\"usd\":\"1 W\"}", Combined));
        Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<Dictionary<Currency, Power>>("{\"USD\":\"1 V\"}", Combined));
        Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Serialize(new Dictionary<Currency, Power> { [Currency.None] = Power.Zero }, Combined));
        Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Serialize(new Dictionary<ReportingPeriod, Money> { [ReportingPeriod.None] = Money.Zero(Currency.Usd) }, Combined));
    }

    [Fact]
    public void A_null_record_property_of_the_users_type_is_the_users_to_allow()
    {
        var shipment = Sample();
        shipment.Accelerator = null;
        var json = JsonSerializer.Serialize(shipment, Combined);

        Assert.Contains("\"Accelerator\":null", json);
        Assert.Null(JsonSerializer.Deserialize<Shipment>(json, Combined)!.Accelerator);
    }

    [Fact]
    public void A_bad_value_inside_the_users_type_is_an_AiInfraJsonException()
    {
        var json = JsonSerializer.Serialize(Sample(), Combined).Replace("\"10 kW\"", "\"10 kV\"", StringComparison.Ordinal);
        var exception = Assert.Throws<AiInfraJsonException>(() => JsonSerializer.Deserialize<Shipment>(json, Combined));
        Assert.Equal(ErrorCodes.WrongDimension, Assert.Single(exception.Errors).Code);
        Assert.Equal("$.Budget", exception.Path);
    }
}
