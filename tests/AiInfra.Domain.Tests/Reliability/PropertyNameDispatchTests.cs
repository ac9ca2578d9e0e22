using System.Buffers;
using System.Text;
using System.Text.Json;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Tests.Specs.Fixtures;
using AiInfra.Domain.Validation;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// The generated readers find a property by the length and first byte of its name (issue #15.1), and fall back to
/// unescaping for a name written with escapes; matched patterns are remembered by their text. Whatever the path,
/// the result is what comparing the name with each spec name gives.
/// </summary>
public class PropertyNameDispatchTests
{
    private const string Plain = "{\"id\":\"chip-a\",\"name\":\"A\",\"tdp\":\"700 W\",\"dies\":2,\"host\":\"chip-b\"}";

    [Theory]
    [InlineData("{\"\\u0069d\":\"chip-a\",\"n\\u0061me\":\"A\",\"tdp\":\"700 W\",\"dies\":2,\"\\u0068\\u006f\\u0073\\u0074\":\"chip-b\"}")]
    [InlineData("{\"host\":\"chip-b\",\"dies\":2,\"tdp\":\"700 W\",\"name\":\"A\",\"id\":\"chip-a\"}")]
    public void Names_escaped_or_in_any_order_read_as_the_plain_document(string json)
    {
        var expected = AiInfraJson.Deserialize<Chip>(Plain);
        Assert.True(AiInfraJson.TryDeserialize<Chip>(json, out var chip, out var errors), string.Join("; ", errors));
        Assert.Equal(expected, chip);
    }

    [Theory]
    [InlineData("nams")] // the length of "name", "dies" and "host", and the first byte of "name"
    [InlineData("nam")]
    [InlineData("hostx")]
    [InlineData("Id")]
    [InlineData("")]
    [InlineData("na\\u006des")] // escaped, and not a spec name once unescaped
    [InlineData("n\u00e4m")] // four UTF-8 bytes starting with 'n', as "name" is
    [InlineData("\u00e9\u00e9")] // four UTF-8 bytes, two UTF-16 units
    [InlineData("\U0001F50C")] // four UTF-8 bytes, one code point
    [InlineData("n\\u00e4m")] // the same non-ASCII look-alike, escaped
    public void A_name_that_only_resembles_a_spec_name_is_unknown(string name)
    {
        var json = Plain[..^1] + ",\"" + name + "\":1}";
        Assert.False(AiInfraJson.TryDeserialize<Chip>(json, out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.UnknownProperty, error.Code);
    }

    [Fact]
    public void A_name_repeated_with_escapes_is_a_duplicate()
    {
        var json = Plain[..^1] + ",\"n\\u0061me\":\"B\"}";
        Assert.False(AiInfraJson.TryDeserialize<Chip>(json, out _, out var errors));
        Assert.Equal(ErrorCodes.DuplicateProperty, Assert.Single(errors).Code);
    }

    [Fact]
    public void A_read_record_changed_with_with_has_its_pattern_checked_again()
    {
        var chip = AiInfraJson.Deserialize<Chip>(Plain);
        Assert.Same(ValidationResult.Valid, chip.Validate());
        var changed = chip with { Id = "Not Kebab" };
        var error = Assert.Single(changed.Validate().Errors);
        Assert.Equal(ErrorCodes.PatternMismatch, error.Code);
        Assert.Same(ValidationResult.Valid, (changed with { Id = chip.Id }).Validate());
    }

    [Fact]
    public void A_pattern_remembers_only_strings_that_matched()
    {
        var pattern = new JsonSchemaPattern("^[a-z]+$");
        var bad = new string('A', 4);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(pattern.TryMatch(bad, out var isMatch));
            Assert.False(isMatch);
        }

        var good = new string('a', 4);
        Assert.True(pattern.TryMatch(good, out var first) && first);
        Assert.True(pattern.TryMatch(good, out var again) && again);
        Assert.True(pattern.TryMatch(bad, out var stillBad));
        Assert.False(stillBad);
    }

    /// <summary>A text equal to one that matched matches without being matched again; one of the same length that differs anywhere is matched.</summary>
    [Fact]
    public void A_pattern_remembers_matched_texts_not_instances()
    {
        var pattern = new JsonSchemaPattern("^(/[^/]+)+$");
        Assert.True(pattern.TryMatch(new string("/hostCpu".AsSpan()), out var first) && first);
        Assert.True(pattern.TryMatch(new string("/hostCpu".AsSpan()), out var equal) && equal);
        foreach (var differs in new[] { "/hostCp/", "hostCpu/", "//ostCpu", "/host/pu" })
        {
            Assert.Equal(differs.Length, "/hostCpu".Length);
            Assert.True(pattern.TryMatch(differs, out var isMatch));
            Assert.Equal(!differs.Contains("//", StringComparison.Ordinal) && differs[0] == '/' && differs[^1] != '/', isMatch);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Names_split_across_buffers_read_as_the_plain_document(int segmentLength)
    {
        var expected = AiInfraJson.Deserialize<Chip>(Plain);
        var reader = new Utf8JsonReader(Segmented(Encoding.UTF8.GetBytes(Plain), segmentLength));
        Assert.Equal(expected, JsonSerializer.Deserialize<Chip>(ref reader, AiInfraJson.Options));
    }

    [Theory]
    [InlineData("nams", 1)]
    [InlineData("nams", 3)]
    [InlineData("n\u00e4m", 1)]
    public void A_look_alike_name_split_across_buffers_is_unknown(string name, int segmentLength)
    {
        var json = Plain[..^1] + ",\"" + name + "\":1}";
        var exception = Assert.Throws<AiInfraJsonException>(() =>
        {
            var reader = new Utf8JsonReader(Segmented(Encoding.UTF8.GetBytes(json), segmentLength));
            JsonSerializer.Deserialize<Chip>(ref reader, AiInfraJson.Options);
        });
        Assert.Contains(exception.Errors, error => error.Code == ErrorCodes.UnknownProperty);
    }

    /// <summary>An enum's JSON values are found the same way: each value, plain, escaped or split across buffers, reads as its member.</summary>
    [Theory]
    [InlineData("fp64", Precision.Fp64)]
    [InlineData("bf16", Precision.Bf16)]
    [InlineData("fp8", Precision.Fp8)]
    [InlineData("int8", Precision.Int8)]
    [InlineData("2.5d", Precision.TwoPointFiveD)]
    [InlineData("fp\\u0036\\u0034", Precision.Fp64)]
    [InlineData("\\u0032.5d", Precision.TwoPointFiveD)]
    public void Every_enum_value_plain_or_escaped_reads_as_its_member(string written, Precision expected)
    {
        var json = Plain[..^1] + ",\"bestPrecision\":\"" + written + "\"}";
        Assert.True(AiInfraJson.TryDeserialize<Chip>(json, out var chip, out var errors), string.Join("; ", errors));
        Assert.Equal(expected, chip.BestPrecision);
        for (var segmentLength = 1; segmentLength <= 4; segmentLength++)
        {
            var reader = new Utf8JsonReader(Segmented(Encoding.UTF8.GetBytes(json), segmentLength));
            Assert.Equal(expected, JsonSerializer.Deserialize<Chip>(ref reader, AiInfraJson.Options)!.BestPrecision);
        }
    }

    [Theory]
    [InlineData("fp65")] // the length of four values, and the first byte of "fp64"
    [InlineData("fp6")]
    [InlineData("FP64")]
    [InlineData("fp64 ")]
    [InlineData("")]
    [InlineData("fp\\u0036")] // escaped, and not a value once unescaped
    [InlineData("b\u00e916")] // five UTF-8 bytes starting with 'b'
    [InlineData("\u00e9\u00e9")] // four UTF-8 bytes, two UTF-16 units
    [InlineData("\U0001F50C")] // four UTF-8 bytes, one code point
    public void A_string_that_only_resembles_an_enum_value_is_unknown(string written)
    {
        var json = Plain[..^1] + ",\"bestPrecision\":\"" + written + "\"}";
        Assert.False(AiInfraJson.TryDeserialize<Chip>(json, out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.UnknownEnumValue, error.Code);
        Assert.Equal("/bestPrecision", error.Path);
    }

    /// <summary>The bytes as a sequence of segments of <paramref name="length"/> bytes, so tokens straddle segments.</summary>
    private static ReadOnlySequence<byte> Segmented(byte[] bytes, int length)
    {
        var first = new Segment(bytes.AsMemory(0, Math.Min(length, bytes.Length)), 0);
        var last = first;
        for (var start = length; start < bytes.Length; start += length)
        {
            last = last.Append(bytes.AsMemory(start, Math.Min(length, bytes.Length - start)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
