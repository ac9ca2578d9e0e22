using System;
using System.Collections.Generic;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Rules;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>How the compilation's own quantities are placed, decided once per compilation.</summary>
/// <param name="IsLibrary">
/// True when the compilation is AiInfra.Domain itself, which the generator recognises by the compilation not
/// referencing an assembly of that name: its quantities are the library's, registered by the library's own
/// <c>Quantity</c> class. False in a project that references the library: its quantities come in addition to the
/// library's, may relate to them, and register themselves with a module initializer.
/// </param>
/// <param name="DefaultNamespace">
/// The namespace of a quantity whose file has no "namespace" key: AiInfra.Domain.Quantities for the library;
/// otherwise the project's RootNamespace (the compilation's assembly name when the build does not pass it); empty
/// when neither is a valid namespace.
/// </param>
internal sealed record QuantityTarget(bool IsLibrary, string DefaultNamespace);

/// <summary>
/// The steps that both the quantity generator and the spec generator build on: reading the compilation's
/// *.quantity.json files, placing each in its namespace, and choosing the ones that are generated.
/// </summary>
internal static class CompilationQuantities
{
    public const string QuantityExtension = ".quantity.json";
    public const string LibraryAssemblyName = RuntimeNames.RootNamespace;
    public const string LibraryNamespace = RuntimeNames.QuantitiesNamespace;

    /// <summary>The MSBuild property the package's build file makes visible to the generator.</summary>
    public const string RootNamespaceOption = "build_property.RootNamespace";

    /// <summary>
    /// The placement of the compilation's quantities. Only two strings and a flag leave the compilation, so an edit to
    /// a .cs file leaves every step after this one cached.
    /// </summary>
    public static IncrementalValueProvider<QuantityTarget> Target(IncrementalGeneratorInitializationContext context)
    {
        var compilation = context.CompilationProvider.Select(static (c, _) =>
            (AssemblyName: c.AssemblyName ?? string.Empty, ReferencesLibrary: c.ReferencedAssemblyNames.Any(static a => a.Name == LibraryAssemblyName)));
        var rootNamespace = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue(RootNamespaceOption, out var value) ? value.Trim() : string.Empty);
        return compilation.Combine(rootNamespace).Select(static (pair, _) => Decide(pair.Left.AssemblyName, pair.Left.ReferencesLibrary, pair.Right));
    }

    /// <summary>The placement for a compilation of this name, with this root namespace (empty when unknown).</summary>
    public static QuantityTarget Decide(string assemblyName, bool referencesLibrary, string rootNamespace)
    {
        if (!referencesLibrary)
        {
            return new QuantityTarget(IsLibrary: true, LibraryNamespace);
        }

        var fallback = CSharpNames.IsNamespace(rootNamespace) ? rootNamespace : CSharpNames.IsNamespace(assemblyName) ? assemblyName : string.Empty;
        return new QuantityTarget(IsLibrary: false, fallback);
    }

    /// <summary>Every *.quantity.json file of the compilation, each parsed on its own.</summary>
    public static IncrementalValuesProvider<QuantityFileResult> Files(IncrementalGeneratorInitializationContext context) =>
        context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(QuantityExtension, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, token) => QuantityFileParser.Parse(file.Path, file.GetText(token)));

    /// <summary>The model in its namespace: the one its file names, or the compilation's default.</summary>
    public static QuantityModel Place(QuantityModel model, QuantityTarget target) =>
        model.Namespace.Length > 0 ? model : model with { Namespace = target.DefaultNamespace };

    /// <summary>
    /// The files whose quantity is not generated: a second definition of a name (AIINFRA101), a name of the library's
    /// in a project (AIINFRA120), the name of another quantity's unit enum or of its namespace's first identifier, or a
    /// unit plural that names another quantity of its namespace (AIINFRA122), or no namespace to put it in (AIINFRA006).
    /// Empty unless something is wrong, so editing one file leaves the other files' outputs cached.
    /// </summary>
    public static EquatableArray<string> ExcludedFiles(IEnumerable<QuantityModel> placed, QuantityTarget target)
    {
        var all = placed.ToList();
        return QuantitySetResolver.WithFirstDefinitions(all)
            .Where(m => m.First is not null || LibraryNamesake(m.Model, target) is not null || UnitEnumOwner(m.Model, all) is not null
                || PluralNamingAQuantity(m.Model, all) is not null || NamesItsNamespacesRoot(m.Model) || m.Model.Namespace.Length == 0)
            .Select(m => m.Model.FilePath)
            .ToEquatableArray();
    }

    /// <summary>The compilation's quantities that are generated, placed in their namespaces.</summary>
    public static IEnumerable<QuantityModel> Generated(IEnumerable<QuantityModel> placed, QuantityTarget target)
    {
        var all = placed.ToList();
        var excluded = new HashSet<string>(ExcludedFiles(all, target), StringComparer.Ordinal);
        return all.Where(m => !excluded.Contains(m.FilePath));
    }

    /// <summary>
    /// The quantity of <paramref name="placed"/> whose unit enum <paramref name="model"/> is named as, in the same
    /// namespace (<c>WidgetUnit</c> beside <c>Widget</c>), or null: the struct would hide the enum from the owner's
    /// generated code, which names it without its namespace.
    /// </summary>
    public static QuantityModel? UnitEnumOwner(QuantityModel model, IEnumerable<QuantityModel> placed) =>
        placed.FirstOrDefault(q => q.Namespace == model.Namespace && q.UnitTypeName == model.Name);

    /// <summary>
    /// The first unit of <paramref name="model"/> whose plural is the name of another quantity of <paramref name="placed"/>
    /// in the same namespace, with that quantity, or null: the unit's property would hide that quantity's type from the
    /// code inside the struct (the operators of a relation name it without its namespace).
    /// </summary>
    public static (UnitModel Unit, QuantityModel Other)? PluralNamingAQuantity(QuantityModel model, IEnumerable<QuantityModel> placed)
    {
        var others = new Dictionary<string, QuantityModel>(StringComparer.Ordinal);
        foreach (var q in placed.Where(q => q.Namespace == model.Namespace && q.Name != model.Name))
        {
            others[q.Name] = q; // a name defined twice is reported as such; either definition names it here
        }

        foreach (var unit in model.Units)
        {
            if (others.TryGetValue(unit.PluralName, out var other))
            {
                return (unit, other);
            }
        }

        return null;
    }

    /// <summary>
    /// True when the quantity is named as the first identifier of its namespace (<c>Contoso</c> in <c>Contoso.Widgets</c>):
    /// inside that namespace the struct would hide the namespace from the generated code's <c>using Contoso.Widgets.Units;</c>.
    /// </summary>
    public static bool NamesItsNamespacesRoot(QuantityModel model) =>
        model.Namespace.Length > 0 && model.Name == model.Namespace.Split('.')[0];

    /// <summary>In a project, the library's quantity whose name <paramref name="model"/> takes; otherwise null.</summary>
    public static QuantityModel? LibraryNamesake(QuantityModel model, QuantityTarget target) =>
        target.IsLibrary ? null : BuiltInQuantities.Models.FirstOrDefault(q => q.Name == model.Name);
}
