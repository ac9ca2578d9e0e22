namespace AiInfra.Domain.Cli.Tests;

/// <summary><c>aiinfra validate</c>: every error with its file, line, column, code and JSON Pointer; exit codes 0, 1 and 2.</summary>
public class ValidateTests
{
    [Fact]
    public void A_valid_catalogue_file_with_comments_and_trailing_commas_passes()
    {
        var file = Cli.Fixture("good.catalog.json");
        var result = Cli.Run("validate", file);
        Assert.True(result.Code == 0, result.ToString());
        Assert.Equal([$"{file}: valid, a catalogue of 2 Accelerator entries.", "1 file checked: 1 valid, 0 invalid (0 errors)."], result.OutLines);
        Assert.Empty(result.Err);
    }

    [Fact]
    public void Every_error_of_a_catalogue_file_is_printed_with_its_line_column_code_and_pointer()
    {
        var file = Cli.Fixture("bad.catalog.json");
        var result = Cli.Run("validate", file);
        Assert.True(result.Code == 1, result.ToString());
        var expected = new[]
        {
            $"{file}(5,13): error value.pattern: /entries/0/id: \"chip-°c\" does not match the pattern",
            $"{file}(9,14): error quantity.dimension: /entries/0/tdp: \"700 V\" is not a Power",
            $"{file}(10,7): error property.unknown: /entries/0/colour: Accelerator has no property \"colour\"",
            $"{file}(13,5): error property.required: /entries/2/name: Accelerator requires the property \"name\"",
            $"{file}(13,13): error catalog.duplicate-id: /entries/2/id: The id 'my-gpu' is already used by /entries/1.",
        };
        var lines = result.OutLines;
        Assert.Equal(expected.Length + 1, lines.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.StartsWith(expected[i], lines[i], StringComparison.Ordinal);
        }

        Assert.Equal("1 file checked: 0 valid, 1 invalid (5 errors).", lines[^1]);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        // "°" is two bytes of UTF-8; the value after it starts at character column 19 of its line, byte column 20.
        using var temp = new TempFolder();
        var file = temp.File("x.catalog.json", "{\"entity\":\"Accelerator\",\"sources\":{\"d\":{\"title\":\"D\"}},\"defaultSource\":\"d\",\"entries\":[\n{\"name\":\"°\",\"tdp\":\"7 V\",\"id\":\"a\",\"vendor\":\"nvidia\",\"kind\":\"gpu\"}]}");
        var result = Cli.Run("validate", file);
        Assert.StartsWith($"{file}(2,19): error quantity.dimension: /entries/0/tdp:", result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_after_astral_characters_inside_an_entry_are_the_editors()
    {
        // The library reports positions inside the entry in UTF-16 code units; "🔌" is two of them (four bytes), "m³" two (three bytes).
        using var temp = new TempFolder();
        var file = temp.File("x.catalog.json", "{\"entity\":\"Accelerator\",\"sources\":{\"d\":{\"title\":\"D\"}},\"defaultSource\":\"d\",\"entries\":[ {\"name\":\"\U0001F50C m³\",\"id\":\"a\",\n  \"vendor\":\"nvidia\",\"kind\":\"gpu\", \"note\":\"\U0001F50C\", \"tdp\":\"7 V\"}]}");
        var result = Cli.Run("validate", file);
        Assert.StartsWith($"{file}(2,35): error property.unknown: /entries/0/note:", result.OutLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{file}(2,54): error quantity.dimension: /entries/0/tdp:", result.OutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_and_windows_line_ends_do_not_move_positions()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "crlf.json");
        File.WriteAllText(path, "{\r\n  \"id\": \"x\",\r\n  \"vendor\": \"nvidia\",\r\n  \"name\": \"X\",\r\n  \"kind\": \"gpu\",\r\n  \"tdp\": \"7 V\"\r\n}\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var result = Cli.Run("validate", "--type", "Accelerator", path);
        Assert.True(result.Code == 1, result.ToString());
        Assert.StartsWith($"{path}(6,10): error quantity.dimension: /tdp:", result.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void With_type_a_single_object_is_read_as_that_entity_in_any_case()
    {
        var file = Cli.Fixture("chip.json");
        var result = Cli.Run("validate", file, "--type", "accelerator");
        Assert.True(result.Code == 0, result.ToString());
        Assert.Equal($"{file}: valid, one Accelerator.", result.OutLines[0]);
    }

    [Fact]
    public void With_type_a_json_array_is_read_item_by_item()
    {
        var file = Cli.Fixture("chips-array.json");
        var result = Cli.Run("validate", "-t", "Accelerator", file);
        Assert.True(result.Code == 1, result.ToString());
        Assert.StartsWith($"{file}(3,79): error value.range: /1/tdp:", result.OutLines[0], StringComparison.Ordinal);
        Assert.Equal("1 file checked: 0 valid, 1 invalid (1 error).", result.OutLines[^1]);
    }

    [Fact]
    public void Malformed_json_is_reported_where_reading_stopped()
    {
        var file = Cli.Fixture("malformed.json");
        var result = Cli.Run("validate", "--type", "Accelerator", file);
        Assert.True(result.Code == 1, result.ToString());
        Assert.StartsWith($"{file}(4,3): error json.malformed: (document): ", result.OutLines[0], StringComparison.Ordinal);

        var untyped = Cli.Run("validate", file);
        Assert.True(untyped.Code == 1, untyped.ToString());
        Assert.StartsWith($"{file}(4,3): error json.malformed: (document): ", untyped.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_the_library_reports_without_a_line_is_located_from_its_pointer()
    {
        // Bess (Spec/Bess.spec.json in this project) has a rule written in C#, checked after reading: its error has no line.
        var file = Cli.Fixture("bess-rule.json");
        var result = Cli.Run("validate", "--type", "Bess", file);
        Assert.True(result.Code == 1, result.ToString());
        Assert.Equal($"{file}(4,21): error rule: /energyCapacity: A BESS must hold at least 15 minutes at rated power.", result.OutLines[0]);
    }

    [Fact]
    public void Several_files_are_checked_in_order_and_one_invalid_file_fails_the_run()
    {
        var good = Cli.Fixture("good.catalog.json");
        var bad = Cli.Fixture("bad.catalog.json");
        var result = Cli.Run("validate", good, bad);
        Assert.True(result.Code == 1, result.ToString());
        Assert.Equal($"{good}: valid, a catalogue of 2 Accelerator entries.", result.OutLines[0]);
        Assert.Equal("2 files checked: 1 valid, 1 invalid (5 errors).", result.OutLines[^1]);
    }

    [Fact]
    public void A_missing_file_is_exit_code_1_with_a_message_naming_it()
    {
        var missing = Path.Combine(Cli.Fixtures, "no-such-file.json");
        var result = Cli.Run("validate", Cli.Fixture("good.catalog.json"), missing);
        Assert.True(result.Code == 1, result.ToString());
        Assert.Equal([$"aiinfra: error: cannot read '{missing}': no such file."], result.ErrLines);
        Assert.Equal("2 files checked: 1 valid, 0 invalid (0 errors), 1 not read.", result.OutLines[^1]);
    }

    [Fact]
    public void A_directory_is_not_a_file()
    {
        var result = Cli.Run("validate", Cli.Fixtures);
        Assert.True(result.Code == 1, result.ToString());
        Assert.Contains("it is a directory", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_entity_cannot_be_told_is_a_usage_error_listing_the_entities()
    {
        var file = Cli.Fixture("not-a-catalogue.json");
        var result = Cli.Run("validate", file);
        Assert.True(result.Code == 2, result.ToString());
        Assert.Contains($"'{file}': it is not a catalogue file", result.Err, StringComparison.Ordinal);
        Assert.Contains("pass --type <entity>", result.Err, StringComparison.Ordinal);
        Assert.Contains("Accelerator, AcceleratorCount,", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_type_is_a_usage_error_listing_the_entities()
    {
        var result = Cli.Run("validate", "--type", "Chiller", Cli.Fixture("chip.json"));
        Assert.True(result.Code == 2, result.ToString());
        Assert.StartsWith("aiinfra: error: --type 'Chiller' is not an entity this tool knows; the entities are: Accelerator,", result.Err, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "--nope", "x.json")]
    [InlineData("validate", "--type")]
    [InlineData("nothing")]
    [InlineData]
    public void Usage_mistakes_are_exit_code_2_with_no_stack_trace(params string[] args)
    {
        var result = Cli.Run(args);
        Assert.True(result.Code == 2, result.ToString());
        Assert.StartsWith("aiinfra: error: ", result.Err, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalogue_naming_an_unknown_entity_or_lacking_entries_is_invalid()
    {
        using var temp = new TempFolder();
        var unknown = temp.File("a.catalog.json", "{\n  \"entity\": \"Chiller\",\n  \"entries\": []\n}");
        var empty = temp.File("b.catalog.json", "{ \"entity\": \"Accelerator\", \"extra\": 1 }");
        var result = Cli.Run("validate", unknown, empty);
        Assert.True(result.Code == 1, result.ToString());
        Assert.StartsWith($"{unknown}(2,13): error catalog.entity: /entity: The catalogue's entity 'Chiller' is not declared in any spec file; declared: Accelerator,", result.OutLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{empty}(1,1): error property.required: /entries:", result.OutLines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{empty}(1,28): error property.unknown: /extra:", result.OutLines[2], StringComparison.Ordinal);
    }
}
