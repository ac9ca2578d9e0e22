using System;
using System.IO;
using System.Linq;
using System.Text;
using AiInfra.Domain.Generators.Common;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>
/// The quantities of the AiInfra.Domain library, read once from the definition files embedded in this assembly,
/// so that a project referencing the library can name them in its spec files and relate its own quantities to them.
/// </summary>
internal static class BuiltInQuantities
{
    private static readonly Lazy<EquatableArray<QuantityModel>> s_models = new(Load);

    /// <summary>Every library quantity, in its namespace, ordered by name.</summary>
    public static EquatableArray<QuantityModel> Models => s_models.Value;

    private static EquatableArray<QuantityModel> Load()
    {
        var assembly = typeof(BuiltInQuantities).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(CompilationQuantities.QuantityExtension, StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return QuantityFileParser.Parse(name, SourceText.From(reader.ReadToEnd())).Model;
            })
            .Where(model => model is not null)
            .Select(model => model! with { Namespace = CompilationQuantities.LibraryNamespace })
            .OrderBy(model => model.Name, StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
