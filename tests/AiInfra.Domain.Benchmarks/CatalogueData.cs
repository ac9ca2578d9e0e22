using System.Text.Json;

namespace AiInfra.Domain.Benchmarks;

/// <summary>The catalogue's data as JSON text, for the benchmarks that compare the catalogue with parsing.</summary>
public static class CatalogueData
{
    /// <summary>Where the host process writes the catalogue as JSON for the cold-start processes to read.</summary>
    public static string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "aiinfra-domain-benchmarks");

    public static string AcceleratorsFile => Path.Combine(DataDirectory, "accelerators.json");

    public static string RacksFile => Path.Combine(DataDirectory, "racks.json");

    /// <summary>The H100 SXM entry as UTF-8 JSON, as <see cref="AiInfraJson"/> writes it.</summary>
    public static byte[] AcceleratorJson() => AiInfraJson.SerializeToUtf8Bytes(Catalog.Accelerators.NvidiaH100Sxm);

    /// <summary>The GB200 NVL72 entry as UTF-8 JSON.</summary>
    public static byte[] RackJson() => AiInfraJson.SerializeToUtf8Bytes(Catalog.Racks.NvidiaGb200Nvl72);

    /// <summary>Writes every accelerator and every rack of the catalogue as a JSON array of entries.</summary>
    public static void WriteDataFiles()
    {
        Directory.CreateDirectory(DataDirectory);
        WriteArray(AcceleratorsFile, Catalog.Accelerators.All);
        WriteArray(RacksFile, Catalog.Racks.All);
    }

    /// <summary>The entries of a file written by <see cref="WriteDataFiles"/>, each as its own UTF-8 JSON object.</summary>
    public static List<byte[]> ReadEntries(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var entries = new List<byte[]>();
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            entries.Add(bytes[start..(int)reader.BytesConsumed]);
        }

        return entries;
    }

    private static void WriteArray<T>(string path, IReadOnlyList<T> entries)
        where T : class, IAiInfraEntity<T>
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartArray();
        foreach (var entry in entries)
        {
            AiInfraJson.Serialize(writer, entry);
        }

        writer.WriteEndArray();
    }
}
