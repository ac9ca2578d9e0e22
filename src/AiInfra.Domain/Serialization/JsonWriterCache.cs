using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiInfra.Domain.Serialization;

/// <summary>
/// A buffer and a compact and an indented writer on it, kept per thread between calls. Taken out of the thread's
/// slot while in use, so a nested call (from hand-written code inside a writer) gets its own; a buffer that grew
/// past <see cref="MaxKeptCapacity"/> for a large document is let go rather than kept.
/// </summary>
internal sealed class JsonWriterCache
{
    private static readonly JsonWriterOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly JsonWriterOptions s_indented = s_compact with { Indented = true };

    private const int MaxKeptCapacity = 1024 * 1024;

    [ThreadStatic]
    private static JsonWriterCache? t_cached;

    private Utf8JsonWriter? _compact;
    private Utf8JsonWriter? _indented;

    public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

    public static JsonWriterCache Rent()
    {
        var cache = t_cached ?? new JsonWriterCache();
        t_cached = null;
        return cache;
    }

    public static void Return(JsonWriterCache cache)
    {
        if (cache.Buffer.Capacity > MaxKeptCapacity)
        {
            return;
        }

        cache.Buffer.ResetWrittenCount();
        t_cached = cache;
    }

    public Utf8JsonWriter WriterFor(bool indented)
    {
        ref var writer = ref indented ? ref _indented : ref _compact;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(Buffer, indented ? s_indented : s_compact);
        }
        else
        {
            writer.Reset(Buffer);
        }

        return writer;
    }
}
