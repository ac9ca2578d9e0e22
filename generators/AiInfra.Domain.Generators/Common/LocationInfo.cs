using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Common;

/// <summary>
/// A location inside an additional file, held as plain values so that pipeline models stay equatable and
/// never root a syntax tree.
/// </summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

    /// <summary>A location covering the start of a file, for problems that belong to the whole file.</summary>
    public static LocationInfo StartOf(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);
}
