using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Provenance;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// The library's enums that a spec file may name without declaring them: <see cref="FigureBound"/>, so a competing
/// value's bound (ReportedFigure.bound) is the very enum a figure's is. Their members and JSON names come from the
/// runtime's own source files (linked into the generator), never from a copy.
/// </summary>
internal static class BuiltInEnums
{
    /// <summary>The library's <see cref="Provenance.FigureBound"/>, with the JSON names of <see cref="FigureVocabulary.Bounds"/>.</summary>
    public static readonly EnumModel FigureBound = new(
        nameof(Provenance.FigureBound),
        typeof(Provenance.FigureBound).Namespace!,
        "How a figure's value relates to the true value, as its source states it.",
        FigureVocabulary.Bounds.Select(b => new EnumValueModel(b.Json, b.Bound.ToString(), b.Description, null)).ToEquatableArray(),
        nameof(Provenance.FigureBound) + ".cs",
        null,
        DeclaredInCode: true);

    /// <summary>The built-in enum a spec names by <paramref name="name"/>, or null.</summary>
    public static EnumModel? Find(string name) => name == FigureBound.Name ? FigureBound : null;
}
