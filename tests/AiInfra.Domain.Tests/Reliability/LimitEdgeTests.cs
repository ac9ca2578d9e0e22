using System.Text;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>
/// Each of <see cref="AiInfraJsonLimits"/>' limits exactly at its edge (accepted) and one past it (rejected with its
/// code), with the defaults and with tight limits, through both the string and the UTF-8 overloads.
/// </summary>
public class LimitEdgeTests
{
    private const string Head = """{"id":"chip-a","name":"A","tdp":"700 W" """;

    private static bool Read(string json, AiInfraJsonLimits? limits, out IReadOnlyList<AiInfraError> errors)
    {
        var fromString = AiInfraJson.TryDeserialize<Chip>(json, out _, out errors, limits);
        var fromBytes = AiInfraJson.TryDeserialize<Chip>(Encoding.UTF8.GetBytes(json), out _, out var byteErrors, limits);
        Assert.Equal(fromString, fromBytes);
        Assert.Equal(errors.Select(e => e.Code), byteErrors.Select(e => e.Code));
        return fromString;
    }

    /// <summary>An unknown property holding <paramref name="arrays"/> nested arrays: the document is <paramref name="arrays"/> + 1 deep.</summary>
    private static string Nested(int arrays) => Head + ",\"deep\":" + new string('[', arrays) + new string(']', arrays) + "}";

    [Theory]
    [InlineData(64)]
    [InlineData(5)]
    [InlineData(1000)]
    public void MaxDepth_allows_exactly_its_depth(int maxDepth)
    {
        var limits = maxDepth == 64 ? null : new AiInfraJsonLimits { MaxDepth = maxDepth };

        // At the limit the document is read to its end: the only error is the unknown property, not the depth.
        Assert.False(Read(Nested(maxDepth - 1), limits, out var atLimit));
        Assert.Equal(ErrorCodes.UnknownProperty, Assert.Single(atLimit).Code);

        Assert.False(Read(Nested(maxDepth), limits, out var past));
        Assert.Contains(past, e => e.Code == ErrorCodes.DepthExceeded);
    }

    [Fact]
    public void MaxDepth_counts_the_levels_of_a_valid_document()
    {
        const string depth3 = """{"id":"a","name":"A","tdp":"700 W","ratings":[{"precision":"fp8","dense":1}]}""";
        Assert.True(Read(depth3, new AiInfraJsonLimits { MaxDepth = 3 }, out _));
        Assert.False(Read(depth3, new AiInfraJsonLimits { MaxDepth = 2 }, out var errors));
        Assert.Equal(ErrorCodes.DepthExceeded, Assert.Single(errors).Code);
        Assert.True(Read(Head + "}", new AiInfraJsonLimits { MaxDepth = 1 }, out _));
    }

    [Theory]
    [InlineData(1 << 20, "a")]
    [InlineData(8, "a")]
    [InlineData(8, "é")] // two bytes of UTF-8 each: the limit counts bytes
    [InlineData(12, "\\u0041")] // six bytes as written, one character: the limit counts the text as written
    public void MaxStringLength_allows_exactly_its_length_in_bytes_as_written(int maxLength, string unit)
    {
        var unitBytes = Encoding.UTF8.GetByteCount(unit);
        var limits = maxLength == 1 << 20 ? null : new AiInfraJsonLimits { MaxStringLength = maxLength };
        var atLimit = string.Concat(Enumerable.Repeat(unit, maxLength / unitBytes));
        Assert.Equal(maxLength, Encoding.UTF8.GetByteCount(atLimit));
        Assert.True(Read($$"""{"id":"chip-a","name":"{{atLimit}}","tdp":"700 W"}""", limits, out var errors), string.Join("; ", errors));

        Assert.False(Read($$"""{"id":"chip-a","name":"{{atLimit}}a","tdp":"700 W"}""", limits, out var past));
        var error = Assert.Single(past);
        Assert.Equal(ErrorCodes.TooLong, error.Code);
        Assert.Equal("/name", error.Path);
    }

    [Theory]
    [InlineData(256, ' ')]
    [InlineData(256, 'é')]
    [InlineData(64L << 20, ' ')]
    public void MaxDocumentSize_allows_exactly_its_size_in_bytes(long maxSize, char padding)
    {
        var limits = maxSize == 64L << 20 ? null : new AiInfraJsonLimits { MaxDocumentSize = maxSize };
        var document = Head + "}";
        string Padded(long size)
        {
            if (padding == ' ')
            {
                return document + new string(' ', (int)(size - Encoding.UTF8.GetByteCount(document)));
            }

            // Padding inside a string value when it is not white space, so the document stays valid JSON.
            const string empty = """{"id":"chip-a","name":"","tdp":"700 W"}""";
            var content = (int)(size - Encoding.UTF8.GetByteCount(empty));
            var paddingBytes = Encoding.UTF8.GetByteCount(padding.ToString());
            return empty.Replace("\"name\":\"\"", $"\"name\":\"{new string(padding, content / paddingBytes)}{new string('x', content % paddingBytes)}\"", StringComparison.Ordinal);
        }

        var exact = Padded(maxSize);
        Assert.Equal(maxSize, Encoding.UTF8.GetByteCount(exact));
        var limitsForExact = padding == ' ' ? limits : (limits ?? AiInfraJsonLimits.Default) with { MaxStringLength = (int)maxSize };
        Assert.True(Read(exact, limitsForExact, out var errors), string.Join("; ", errors));

        var past = exact + " ";
        Assert.False(Read(past, limitsForExact, out var tooLarge));
        Assert.Equal(ErrorCodes.DocumentTooLarge, Assert.Single(tooLarge).Code);
    }

    [Fact]
    public void Limits_outside_their_ranges_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AiInfraJsonLimits { MaxDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AiInfraJsonLimits { MaxDepth = 1001 });
        Assert.Equal(1000, new AiInfraJsonLimits { MaxDepth = 1000 }.MaxDepth);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AiInfraJsonLimits { MaxStringLength = 0 });
        Assert.Equal(1, new AiInfraJsonLimits { MaxStringLength = 1 }.MaxStringLength);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AiInfraJsonLimits { MaxDocumentSize = 1 });
        Assert.Equal(2, new AiInfraJsonLimits { MaxDocumentSize = 2 }.MaxDocumentSize);
    }
}
