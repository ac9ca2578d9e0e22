using System.Reflection;
using System.Text.Json;
using AiInfra.Domain.Cli.Catalogue;
using AiInfra.Domain.Cli.Commands;

namespace AiInfra.Domain.Cli.Tests;

/// <summary><c>aiinfra catalog list</c> and <c>aiinfra catalog show</c>.</summary>
public class CatalogTests
{
    [Fact]
    public void The_sections_cover_every_generated_catalogue_class()
    {
        var classes = typeof(Catalog).GetNestedTypes(BindingFlags.Public).Select(t => ((System.Collections.IEnumerable)t.GetProperty("All")!.GetValue(null)!).Cast<object>().Count()).Sum();
        Assert.Equal(typeof(Catalog).GetNestedTypes(BindingFlags.Public).Length, CatalogueSections.All.Count);
        Assert.Equal(classes, CatalogueSections.All.Sum(s => s.Entries.Count));
        Assert.Equal(CatalogueSections.All.Select(s => s.Kind).Order(StringComparer.Ordinal), CatalogueSections.All.Select(s => s.Kind));
    }

    [Fact]
    public void List_prints_every_entry_once_ordered_by_kind_and_id()
    {
        var result = Cli.Run("catalog", "list");
        Assert.True(result.Code == 0, result.ToString());
        var rows = result.OutLines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Assert.Equal(CatalogueSections.All.Sum(s => s.Entries.Count), rows.Length);
        var keys = rows.Select(r => (Kind: r[0], Id: r[1])).ToArray();
        Assert.Equal(keys.OrderBy(k => k.Kind, StringComparer.Ordinal).ThenBy(k => k.Id, StringComparer.Ordinal), keys);
        Assert.Contains(result.OutLines, l => l.StartsWith("accelerators ", StringComparison.Ordinal) && l.Contains(" nvidia-h100-sxm ", StringComparison.Ordinal) && l.EndsWith(" H100", StringComparison.Ordinal));
        Assert.Empty(result.Err);
    }

    [Theory]
    [InlineData("racks")]
    [InlineData("Rack")]
    [InlineData("RACKS")]
    public void List_with_a_kind_prints_only_that_kind(string kind)
    {
        var result = Cli.Run("catalog", "list", "--kind", kind);
        Assert.True(result.Code == 0, result.ToString());
        Assert.Equal(Catalog.Racks.All.Count, result.OutLines.Length);
        Assert.All(result.OutLines, l => Assert.StartsWith("racks  ", l, StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.Contains("nvidia-gb200-nvl72", StringComparison.Ordinal) && l.EndsWith("GB200 NVL72", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_kind_is_a_usage_error_listing_the_kinds()
    {
        var result = Cli.Run("catalog", "list", "--kind", "toasters");
        Assert.True(result.Code == 2, result.ToString());
        Assert.Contains("the kinds are: accelerators, campuses,", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_entry_as_json_with_the_sources_its_figures_cite()
    {
        var result = Cli.Run("catalog", "show", "nvidia-h100-sxm");
        Assert.True(result.Code == 0, result.ToString());
        var lines = result.OutLines;
        Assert.Equal("accelerators nvidia-h100-sxm: H100 (Accelerator)", lines[0]);
        var sources = Array.IndexOf(lines, "Sources:");
        using var json = JsonDocument.Parse(string.Join('\n', lines[1..sources]));
        Assert.Equal("700 W", json.RootElement.GetProperty("tdp").GetProperty("value").GetString());
        Assert.Equal("s004", json.RootElement.GetProperty("tdp").GetProperty("source").GetString());
        var cited = lines[(sources + 1)..];
        Assert.Contains(cited, l => l.StartsWith("  s004: " + Catalog.Accelerators.Sources["s004"].Title, StringComparison.Ordinal));
        Assert.Contains(cited, l => l.StartsWith("  s001: ", StringComparison.Ordinal));
        Assert.Equal(cited.Order(StringComparer.Ordinal), cited);
    }

    [Fact]
    public void An_unknown_id_is_exit_code_1_with_the_nearest_ids()
    {
        var result = Cli.Run("catalog", "show", "nvidia-h100");
        Assert.True(result.Code == 1, result.ToString());
        Assert.StartsWith("aiinfra: error: no entry of the reference catalogue has the id 'nvidia-h100'. Did you mean: nvidia-h100-sxm, ", result.Err, StringComparison.Ordinal);
        Assert.Empty(result.Out);

        var typo = Cli.Run("catalog", "show", "nvidia-gb200-nvl27", "--kind", "racks");
        Assert.True(typo.Code == 1, typo.ToString());
        Assert.Contains("Did you mean: nvidia-gb200-nvl72", typo.Err, StringComparison.Ordinal);

        var nothing = Cli.Run("catalog", "show", "zzzzzzzzzzzzzzzzzz");
        Assert.True(nothing.Code == 1, nothing.ToString());
        Assert.Contains("Run 'aiinfra catalog list' for the ids.", nothing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_in_another_kind_than_the_one_asked_is_not_found()
    {
        var result = Cli.Run("catalog", "show", "nvidia-h100-sxm", "--kind", "racks");
        Assert.True(result.Code == 1, result.ToString());
        Assert.Contains("no entry of the racks of the reference catalogue", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_that_names_entries_of_several_kinds_shows_each_and_kind_picks_one()
    {
        // The reference catalogue's ids happen to be unique across kinds; a user's sections need not be.
        IReadOnlyList<CatalogueSection> sections =
        [
            CatalogueSection.Create("cdus", Catalog.Cdus.All, Catalog.Cdus.Sources),
            CatalogueSection.Create("more-cdus", Catalog.Cdus.All, Catalog.Cdus.Sources),
        ];
        var id = Catalog.Cdus.All[0].Id;
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, CatalogCommand.Show(sections, id, null, stdout, stderr));
        var headers = stdout.ToString().Split('\n').Where(l => l.Contains($" {id}: ", StringComparison.Ordinal) && !l.StartsWith(' ')).ToArray();
        Assert.Equal(["cdus", "more-cdus"], headers.Select(h => h[..h.IndexOf(' ', StringComparison.Ordinal)]));
        Assert.Equal($"aiinfra: note: the id '{id}' names entries of 2 kinds (cdus, more-cdus); each is shown. Pass --kind to pick one.\n", stderr.ToString());

        using var picked = new StringWriter { NewLine = "\n" };
        using var quiet = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, CatalogCommand.Show(sections, id, "more-cdus", picked, quiet));
        Assert.StartsWith($"more-cdus {id}: ", picked.ToString(), StringComparison.Ordinal);
        Assert.Empty(quiet.ToString());
    }

    [Fact]
    public void Nearest_ids_put_containing_ids_first_then_edit_distance()
    {
        Assert.Equal(["abc-x", "abd"], CatalogCommand.Nearest("abc", ["zzz", "abd", "abc-x"]));
        Assert.Equal(3, CatalogCommand.Distance("kitten", "sitting"));
        Assert.Empty(CatalogCommand.Nearest("abc", ["xyzxyz"]));
    }
}
