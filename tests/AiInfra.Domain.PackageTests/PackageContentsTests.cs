using System.IO.Compression;
using System.Reflection.Metadata;
using System.Xml.Linq;

namespace AiInfra.Domain.PackageTests;

/// <summary>
/// What the packed package holds: both target frameworks with their XML docs, the generator and what it bundles,
/// the build file, the schemas, the readme and license; and symbols that let a debugger show every source file.
/// </summary>
[Collection(PackedLibraryCollection.Name)]
public sealed class PackageContentsTests(PackedLibrary packed)
{
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Fact]
    public void The_package_holds_both_frameworks_the_generator_the_build_file_and_the_schemas()
    {
        using var package = ZipFile.OpenRead(packed.Package);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        string[] expected =
        [
            "lib/net8.0/AiInfra.Domain.dll", "lib/net8.0/AiInfra.Domain.xml",
            "lib/net10.0/AiInfra.Domain.dll", "lib/net10.0/AiInfra.Domain.xml",
            "analyzers/dotnet/cs/AiInfra.Domain.Generators.dll", "analyzers/dotnet/cs/System.Text.Json.dll",
            "buildTransitive/AiInfra.Domain.targets",
            "schemas/aiinfra.spec.schema.json", "schemas/quantity.schema.json", "schemas/aiinfra.meta.schema.json",
            "README.md",
        ];
        Assert.All(expected, path => Assert.Contains(path, entries));
        Assert.DoesNotContain(entries, e => e.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [Fact]
    public void The_nuspec_names_the_license_readme_and_the_two_dependencies()
    {
        using var package = ZipFile.OpenRead(packed.Package);
        using var stream = package.GetEntry("AiInfra.Domain.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("AiInfra.Domain", Value("id"));
        Assert.Equal(packed.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").ToArray();
        Assert.Equal(["NodaTime", "UnitsNet"], dependencies.Select(e => e.Attribute("id")!.Value).Distinct().Order(StringComparer.Ordinal));
        Assert.All(dependencies.Where(e => e.Attribute("id")!.Value == "UnitsNet"), e => Assert.Equal("5.75.1", e.Attribute("version")!.Value));
    }

    [Fact]
    public void The_symbols_embed_every_source_file_including_the_generated_ones()
    {
        using var symbols = ZipFile.OpenRead(packed.SymbolsPackage);
        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            var entry = symbols.GetEntry($"lib/{framework}/AiInfra.Domain.pdb");
            Assert.NotNull(entry);
            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            using var provider = MetadataReaderProvider.FromPortablePdbStream(buffer);
            var reader = provider.GetMetadataReader();
            var documents = reader.Documents.Select(handle => (Handle: handle, Name: reader.GetString(reader.GetDocument(handle).Name))).ToList();
            var embedded = reader.CustomDebugInformation
                .Select(reader.GetCustomDebugInformation)
                .Where(info => reader.GetGuid(info.Kind) == EmbeddedSourceKind && info.Parent.Kind == HandleKind.Document)
                .Select(info => (DocumentHandle)info.Parent)
                .ToHashSet();

            Assert.Contains(documents, d => d.Name.EndsWith("AiInfraJson.cs", StringComparison.Ordinal));
            Assert.Contains(documents, d => d.Name.Contains("AiInfra.Domain.Generators", StringComparison.Ordinal));
            var missing = documents.Where(d => !embedded.Contains(d.Handle) && !d.Name.EndsWith(".AssemblyAttributes.cs", StringComparison.Ordinal)).Select(d => d.Name).ToList();
            Assert.True(missing.Count == 0, $"{framework}: sources not embedded: {string.Join(", ", missing.Take(10))}");

            // Cloned from a host Source Link knows, the tracked files are also mapped to their commit there; a clone
            // of a local or unknown remote has only the embedded copies.
            var hasSourceLink = reader.CustomDebugInformation.Select(reader.GetCustomDebugInformation).Any(info => reader.GetGuid(info.Kind) == SourceLinkKind);
            Assert.Equal(OriginIsOnAKnownHost(packed.Repository), hasSourceLink);
        }
    }

    private static bool OriginIsOnAKnownHost(string repository)
    {
        var git = Path.Combine(repository, ".git");
        if (File.Exists(git))
        {
            // A worktree: .git is a file naming its folder under the main clone's .git, which holds the config.
            var worktreeGitDir = File.ReadAllText(git).Trim()["gitdir:".Length..].Trim();
            git = Path.GetFullPath(Path.Combine(worktreeGitDir, "..", ".."));
        }

        var lines = File.ReadAllLines(Path.Combine(git, "config"));
        var origin = Array.FindIndex(lines, l => l.Trim() == "[remote \"origin\"]");
        var url = origin < 0
            ? null
            : lines.Skip(origin + 1).TakeWhile(l => !l.TrimStart().StartsWith('[')).Select(l => l.Trim())
                .FirstOrDefault(l => l.StartsWith("url", StringComparison.Ordinal))?.Split('=', 2)[1].Trim();
        string[] hosts = ["github.com", "gitlab.com", "dev.azure.com", "bitbucket.org"];
        return url is not null && hosts.Any(h => url.Contains(h, StringComparison.OrdinalIgnoreCase));
    }
}
