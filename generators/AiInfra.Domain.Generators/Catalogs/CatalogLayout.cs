using System;
using System.Collections.Generic;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Diagnostics;
using AiInfra.Domain.Rules;

namespace AiInfra.Domain.Generators.Catalogs;

/// <summary>A catalogue written under another hint name than its default, because an earlier file of the same name has that one.</summary>
internal sealed record CatalogHint(string Path, string HintName);

/// <summary>Where a catalogue file puts its class: the namespace and class name, the file's stem, and where the class name comes from.</summary>
internal sealed record CatalogPlacement(string Path, string Namespace, string ClassName, string FileStem, LocationInfo NameLocation)
{
    /// <summary>The placement of a parsed file against the spec set, or null when its entity is not in the set (reported by the check).</summary>
    public static CatalogPlacement? Of(CatalogFileModel file, Specs.SpecSetModel set) =>
        file.EntityIn(set) is { } entity
            ? new CatalogPlacement(file.Path, file.NamespaceWith(entity), file.ClassName, CatalogRules.FileStem(file.Path), file.ClassNameRange.ToLocation(file.Path))
            : null;
}

/// <summary>
/// How the compilation's checked catalogues share the generated sources: the files left out because an earlier file
/// (by path, ordinal) declares the same class in the same namespace, or puts its classes in a namespace differing
/// only by case (one generated file per namespace), reported at their class name (AIINFRA207); and
/// the hint names of files whose default one an earlier file of the same name (in another folder, or differing only
/// by case, as hint names compare) already takes. Both are empty unless something is odd, so an edit of one catalogue
/// leaves the others' outputs cached.
/// </summary>
internal sealed record CatalogLayout(EquatableArray<string> Excluded, EquatableArray<CatalogHint> Renamed, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The hint name of <paramref name="model"/>'s source.</summary>
    public string HintNameOf(CatalogEmitModel model) =>
        Renamed.FirstOrDefault(r => r.Path == model.Path)?.HintName ?? model.HintName;

    /// <summary>True when <paramref name="model"/> is not written (an earlier file declares its class).</summary>
    public bool Excludes(CatalogEmitModel model) => Excluded.Contains(model.Path);

    public static CatalogLayout Of(IEnumerable<CatalogPlacement> placements)
    {
        var excluded = new List<string>();
        var renamed = new List<CatalogHint>();
        var diagnostics = new List<DiagnosticInfo>();
        var classes = new Dictionary<(string Namespace, string ClassName), string>();
        var namespaces = new Dictionary<string, (string Namespace, string Path)>(StringComparer.OrdinalIgnoreCase);
        var hints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in placements.OrderBy(m => m.Path, StringComparer.Ordinal))
        {
            var path = model.Path;
            if (classes.TryGetValue((model.Namespace, model.ClassName), out var first))
            {
                excluded.Add(path);
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateName,
                    model.NameLocation,
                    "The catalogue class",
                    model.ClassName,
                    $" in the {CatalogRules.CatalogClass} class of namespace {model.Namespace} (also by {first}); set \"name\" or \"namespace\" to tell them apart"));
                continue;
            }

            // Each namespace's Catalog class and CatalogData record is one generated file, named after the namespace.
            if (namespaces.TryGetValue(model.Namespace, out var other) && other.Namespace != model.Namespace)
            {
                excluded.Add(path);
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateName,
                    model.NameLocation,
                    "The catalogue namespace",
                    model.Namespace,
                    $" (as '{other.Namespace}' by {other.Path}: namespaces of catalogues that differ only by case count as one); set \"namespace\" to one of them"));
                continue;
            }

            namespaces[model.Namespace] = (model.Namespace, path);
            classes.Add((model.Namespace, model.ClassName), path);
            var hint = CatalogEmitModel.DefaultHintName(model.FileStem);
            for (var n = 2; !hints.Add(hint); n++)
            {
                hint = CatalogEmitModel.DefaultHintName(model.FileStem + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (hint != CatalogEmitModel.DefaultHintName(model.FileStem))
            {
                renamed.Add(new CatalogHint(path, hint));
            }
        }

        return new CatalogLayout(excluded.ToEquatableArray(), renamed.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
