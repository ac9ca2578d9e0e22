using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// The short strings last read, so that a value written again (a source id such as "s001" cited by
/// every figure, an id referenced by several entries) is one string, not a new one each time: the repeat costs a
/// comparison of its UTF-8 bytes instead of a transcode and an allocation. Two slots per hash of the bytes, holding
/// the last two strings read there; a miss replaces the older. Only for strings that need no unescaping, up to
/// <see cref="MaxLength"/> bytes; a non-ASCII string is stored but never matches (the comparison is ASCII).
/// Lives in the <see cref="JsonReadContext"/>, which <see cref="AiInfraJson"/> keeps per thread between reads, so a
/// string repeated across the documents read on one thread is one instance too; nothing is shared between threads.
/// </summary>
[InlineArray(SlotCount)]
internal struct RepeatedStrings
{
    /// <summary>The slots: 2 to the power <see cref="SlotBits"/>.</summary>
    private const int SlotCount = 1 << SlotBits;

    private const int SlotBits = 6;

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

        // Two slots a hash (the pair slot and slot ^ 1), the one used last first: two ids of a document that share a
        // hash's pair are both kept, where one slot each would make them replace each other on every read.
        var index = SlotOf(bytes);
        ref var recent = ref this[index];
        if (Holds(recent, bytes))
        {
            return recent!;
        }

        ref var older = ref this[index ^ 1];
        if (Holds(older, bytes))
        {
            (recent, older) = (older, recent);
            return recent!;
        }

        var read = Parsing.JsonStringText.GetString(ref reader);
        older = recent;
        recent = read;
        return read;
    }

    private static bool Holds(string? kept, ReadOnlySpan<byte> bytes) =>
        kept is not null && kept.Length == bytes.Length && Ascii.Equals(bytes, kept);

    // The length and the first and last eight bytes (four, or three single bytes, in a shorter string), mixed by
    // multiplications whose top bits pick the slot: every byte of an id of up to 16 bytes counts, so that ids that differ
    // anywhere ("s001", "s004", "/hostCpu") rarely share a slot.
    internal static int SlotOf(ReadOnlySpan<byte> bytes)
    {
        var mixed = (ulong)bytes.Length;
        if (bytes.Length >= sizeof(ulong))
        {
            mixed ^= (BinaryPrimitives.ReadUInt64LittleEndian(bytes) * 0x9E3779B97F4A7C15UL) ^ (BinaryPrimitives.ReadUInt64LittleEndian(bytes[^sizeof(ulong)..]) * 0xC2B2AE3D27D4EB4FUL);
        }
        else if (bytes.Length >= sizeof(uint))
        {
            mixed ^= (BinaryPrimitives.ReadUInt32LittleEndian(bytes) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(bytes[^sizeof(uint)..]) << 32)) * 0x9E3779B97F4A7C15UL;
        }
        else
        {
            mixed ^= (bytes[0] | ((ulong)bytes[bytes.Length >> 1] << 8) | ((ulong)bytes[^1] << 16)) * 0x9E3779B97F4A7C15UL;
        }

        return (int)((mixed * 0x165667B19E3779F9UL) >> (64 - SlotBits));
    }
}
