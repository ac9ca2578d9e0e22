using System.Text.Json;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>The path a read's errors carry: entered and left by the generated readers, at any depth.</summary>
public class ReadContextPathTests
{
    [Fact]
    public void An_error_deep_in_the_path_names_every_step_in_order()
    {
        var context = new JsonReadContext();
        for (var i = 0; i < 40; i++)
        {
            context.PushProperty(i % 2 == 0 ? "a/b" : "c~d");
            context.PushIndex(i);
        }

        var reader = new AiInfraJsonReader(new Utf8JsonReader("1"u8));
        Assert.True(reader.Read());
        context.AddError(ref reader, ErrorCodes.WrongType, "deep");
        var expected = string.Concat(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? "/a~1b/" : "/c~0d/") + i));
        Assert.Equal(expected, Assert.Single(context.GetErrors()).Path);
    }

    [Fact]
    public void Leaving_returns_to_the_outer_step()
    {
        var context = new JsonReadContext();
        context.PushProperty("trays");
        context.PushIndex(3);
        context.PushProperty("count");
        context.Pop();
        context.Pop();
        context.PushIndex(4);
        var reader = new AiInfraJsonReader(new Utf8JsonReader("1"u8));
        Assert.True(reader.Read());
        context.AddError(ref reader, ErrorCodes.WrongType, "here");
        Assert.Equal("/trays/4", Assert.Single(context.GetErrors()).Path);
    }

    [Fact]
    public void Leaving_more_than_was_entered_is_an_error_not_a_corrupt_path()
    {
        var context = new JsonReadContext();
        context.PushProperty("x");
        context.Pop();
        Assert.Throws<InvalidOperationException>(context.Pop);
    }
}
