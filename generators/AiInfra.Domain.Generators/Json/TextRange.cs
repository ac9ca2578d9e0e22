using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Json;

/// <summary>A span of characters in a text, with its zero-based start and end line and column.</summary>
internal readonly record struct TextRange(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public LocationInfo ToLocation(string filePath) =>
        new(filePath, Start, Length, StartLine, StartColumn, EndLine, EndColumn);
}
