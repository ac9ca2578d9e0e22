using System.CommandLine;
using System.Text.Json;
using AiInfra.Domain.Cli.Catalogue;

namespace AiInfra.Domain.Cli.Commands;

/// <summary><c>aiinfra catalog list [--kind]</c> and <c>aiinfra catalog show &lt;id&gt; [--kind]</c>: the reference catalogue.</summary>
internal static class CatalogCommand
{
    private const int Suggestions = 5;

    public static Command Create()
    {
        var listKind = KindOption("Lists only this kind");
        var list = new Command("list", "Lists the reference catalogue's entries, one per line: kind, id, and name (or model or product), ordered by kind and id.")
        {
            listKind,
        };
        list.SetAction(result => List(CatalogueSections.All, result.GetValue(listKind), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));

        var id = new Argument<string>("id") { Description = "The entry's id, such as nvidia-h100-sxm." };
        var showKind = KindOption("Looks only in this kind, when an id names entries of several kinds");
        var show = new Command(
            "show",
            "Prints an entry as indented JSON (each figure with its bound, source and line in the source) and the sources it "
            + "cites. When the id names entries of several kinds, prints each (narrow with --kind). An unknown id is exit code 1, "
            + "with the nearest ids.")
        {
            id,
            showKind,
        };
        show.SetAction(result => Show(CatalogueSections.All, result.GetValue(id)!, result.GetValue(showKind), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));

        return new Command("catalog", "The reference catalogue of real hardware that ships in the library, every figure with its source.") { list, show };
    }

    private static Option<string> KindOption(string description) => new("--kind", "-k")
    {
        Description = description + ": a kind as 'catalog list' prints it (accelerators, racks, ...), or its entity name (Accelerator).",
        HelpName = "kind",
    };

    private static int List(IReadOnlyList<CatalogueSection> all, string? kind, TextWriter stdout, TextWriter stderr)
    {
        if (!TrySelect(all, kind, stderr, out var sections))
        {
            return ExitCodes.Usage;
        }

        var entries = sections.SelectMany(s => s.Entries).OrderBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var kindWidth = entries.Length == 0 ? 0 : entries.Max(e => e.Kind.Length);
        var idWidth = entries.Length == 0 ? 0 : entries.Max(e => e.Id.Length);
        foreach (var entry in entries)
        {
            stdout.WriteLine($"{entry.Kind.PadRight(kindWidth)}  {entry.Id.PadRight(idWidth)}  {entry.Label}".TrimEnd());
        }

        return ExitCodes.Success;
    }

    /// <summary>Shows the entries with <paramref name="id"/> among <paramref name="all"/> (the reference catalogue's sections, or a test's).</summary>
    internal static int Show(IReadOnlyList<CatalogueSection> all, string id, string? kind, TextWriter stdout, TextWriter stderr)
    {
        if (!TrySelect(all, kind, stderr, out var sections))
        {
            return ExitCodes.Usage;
        }

        var matches = sections.SelectMany(s => s.Entries.Where(e => e.Id == id).Select(e => (Section: s, Entry: e))).ToArray();
        if (matches.Length == 0)
        {
            var nearest = Nearest(id, sections.SelectMany(s => s.Entries).Select(e => e.Id));
            var where = kind is null ? "the reference catalogue" : $"the {sections[0].Kind} of the reference catalogue";
            stderr.WriteLine($"aiinfra: error: no entry of {where} has the id '{id}'."
                + (nearest.Count == 0 ? " Run 'aiinfra catalog list' for the ids." : $" Did you mean: {string.Join(", ", nearest)}?"));
            return ExitCodes.Failure;
        }

        if (matches.Length > 1)
        {
            stderr.WriteLine($"aiinfra: note: the id '{id}' names entries of {matches.Length} kinds ({string.Join(", ", matches.Select(m => m.Section.Kind))}); each is shown. Pass --kind to pick one.");
        }

        for (var i = 0; i < matches.Length; i++)
        {
            var (section, entry) = matches[i];
            if (i > 0)
            {
                stdout.WriteLine();
            }

            stdout.WriteLine($"{entry.Kind} {entry.Id}" + (entry.Label.Length == 0 ? string.Empty : $": {entry.Label}") + $" ({entry.EntityName})");
            stdout.WriteLine(entry.Json);
            var cited = CitedSources(entry.Json);
            stdout.WriteLine(cited.Count == 0 ? "Sources: none cited." : "Sources:");
            foreach (var source in cited)
            {
                stdout.WriteLine(section.Sources.TryGetValue(source, out var s)
                    ? $"  {source}: " + string.Join(", ", new[] { s.Title, s.Publisher, s.Date, s.Document }.Where(p => !string.IsNullOrEmpty(p)))
                    : $"  {source}: (not among the catalogue's sources)");
            }
        }

        return ExitCodes.Success;
    }

    private static bool TrySelect(IReadOnlyList<CatalogueSection> all, string? kind, TextWriter stderr, out IReadOnlyList<CatalogueSection> sections)
    {
        if (kind is null)
        {
            sections = all;
            return true;
        }

        if (CatalogueSections.Find(all, kind) is { } section)
        {
            sections = [section];
            return true;
        }

        stderr.WriteLine($"aiinfra: error: --kind '{kind}' is not a kind of the reference catalogue; the kinds are: {string.Join(", ", all.Select(s => s.Kind))}.");
        sections = [];
        return false;
    }

    /// <summary>Every "source" string in the entry (figures and references), ordinal.</summary>
    private static IReadOnlyList<string> CitedSources(string json)
    {
        var cited = new SortedSet<string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement);
        return cited.ToArray();

        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (property.NameEquals("source") && property.Value.ValueKind == JsonValueKind.String)
                        {
                            cited.Add(property.Value.GetString()!);
                        }

                        Walk(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The ids nearest to <paramref name="id"/>: those that contain it (or that it contains) first, then those within
    /// a third of its length in edit distance; closest first, then ordinal.
    /// </summary>
    internal static IReadOnlyList<string> Nearest(string id, IEnumerable<string> ids)
    {
        var limit = Math.Max(2, id.Length / 3);
        return ids.Distinct(StringComparer.Ordinal)
            .Select(candidate => (Candidate: candidate,
                Contains: candidate.Contains(id, StringComparison.OrdinalIgnoreCase) || id.Contains(candidate, StringComparison.OrdinalIgnoreCase),
                Distance: Distance(id.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(c => c.Contains || c.Distance <= limit)
            .OrderBy(c => c.Contains ? 0 : 1)
            .ThenBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Take(Suggestions)
            .Select(c => c.Candidate)
            .ToArray();
    }

    /// <summary>The Levenshtein distance between two strings.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
