using AiInfra.Domain.Serialization;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Specs;

/// <summary>
/// <see cref="AiInfraTypeRegistry.Registration.TryDeserialize"/> reads a record known only at run time (by its entity
/// name) exactly as the generic <see cref="AiInfraJson.TryDeserialize{T}(ReadOnlySpan{byte}, out T, out IReadOnlyList{AiInfraError}, AiInfraJsonLimits?)"/> does.
/// </summary>
public class UntypedReadTests
{
    private static AiInfraTypeRegistry.Registration ChipRegistration()
    {
        AiInfraTypeRegistry.Register<Chip>();
        return AiInfraTypeRegistry.Types.Single(r => r.Type == typeof(Chip));
    }

    [Fact]
    public void A_valid_document_gives_the_typed_record()
    {
        var json = """{"id":"chip-a","name":"A","tdp":"700 W"}"""u8;
        Assert.True(ChipRegistration().TryDeserialize(json, out var value, out var errors));
        Assert.Empty(errors);
        Assert.Equal(AiInfraJson.Deserialize<Chip>(json), Assert.IsType<Chip>(value));
    }

    [Fact]
    public void An_invalid_document_gives_the_same_errors_as_the_generic_reader_and_no_value()
    {
        var json = "{\n  \"id\": \"Bad Id\",\n  \"tdp\": \"7 V\"\n}"u8;
        Assert.False(ChipRegistration().TryDeserialize(json, out var value, out var errors));
        Assert.Null(value);
        Assert.False(AiInfraJson.TryDeserialize<Chip>(json, out _, out var expected));
        Assert.Equal(expected, errors);
        Assert.Contains(errors, e => e.Path == "/tdp" && e.Code == ErrorCodes.WrongDimension && e.Line == 3);
    }

    [Fact]
    public void Limits_are_passed_through()
    {
        var tight = new AiInfraJsonLimits { MaxDocumentSize = 10 };
        Assert.False(ChipRegistration().TryDeserialize("""{"id":"chip-a","name":"A","tdp":"700 W"}"""u8, out _, out var errors, tight));
        Assert.Equal(ErrorCodes.DocumentTooLarge, Assert.Single(errors).Code);
    }

    [Fact]
    public void A_registration_made_by_hand_says_it_cannot_read()
    {
        var registration = new AiInfraTypeRegistry.Registration(typeof(Chip), "Chip", () => "{}", _ => throw new InvalidOperationException());
        Assert.Throws<NotSupportedException>(() => registration.TryDeserialize("{}"u8, out _, out _));
    }
}
