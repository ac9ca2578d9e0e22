using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// The short strings last read, so that a value written again (a source id such as "s001" cited by
/// every figure, an id referenced by several entries) is one string, not a new one each time: the repeat costs a
/// comparison of its UTF-8 bytes instead of a transcode and an allocation. A slot per hash of the bytes, each holding
/// the last string read there; a miss replaces it. Only for strings that need no unescaping, up to
/// <see cref="MaxLength"/> bytes; a non-ASCII string is stored but never matches (the comparison is ASCII).
/// Lives in the <see cref="JsonReadContext"/>, which <see cref="AiInfraJson"/> keeps per thread between reads, so a
/// string repeated across the documents read on one thread is one instance too; nothing is shared between threads.
/// </summary>
[InlineArray(SlotCount)]
internal struct RepeatedStrings
{
    /// <summary>The slots: 2 to the power <see cref="SlotBits"/>.</summary>
    private const int SlotCount = 1 << SlotBits;

    private const int SlotBits = 4;

    /// <summary>The longest string kept, in UTF-8 bytes: ids and source keys, not names or notes, which rarely repeat.</summary>
    private const int MaxLength = 32;

    private string? _first;

    /// <summary>The string at the reader (a string token), the earlier instance when the same text was read before.</summary>
    public string Get(ref AiInfraJsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return reader.GetString()!;
        }

        var bytes = reader.ValueSpan;
        if (bytes.Length is 0 or > MaxLength)
        {
            return Parsing.JsonStringText.GetString(ref reader);
        }

        ref var slot = ref this[SlotOf(bytes)];
        if (slot is { } earlier && earlier.Length == bytes.Length && Ascii.Equals(bytes, earlier))
        {
            return earlier;
        }

        var read = Parsing.JsonStringText.GetString(ref reader);
        slot = read;
        return read;
    }

    // The length, the first, middle and last bytes, mixed by a multiplication whose top bits pick the slot: ids that
    // differ in one of those bytes ("s001", "s004") rarely share a slot.
    private static int SlotOf(ReadOnlySpan<byte> bytes)
    {
        var key = (uint)bytes.Length | ((uint)bytes[0] << 8) | ((uint)bytes[bytes.Length >> 1] << 16) | ((uint)bytes[^1] << 24);
        return (int)((key * 0x9E3779B1u) >> (32 - SlotBits));
    }
}
