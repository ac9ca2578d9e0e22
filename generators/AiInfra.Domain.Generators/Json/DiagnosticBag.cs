using System.Collections.Generic;
using AiInfra.Domain.Generators.Common;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Json;

/// <summary>Collects the diagnostics found while reading one file, each located in that file.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<DiagnosticInfo> _items = new();

    public DiagnosticBag(string filePath) => FilePath = filePath;

    public string FilePath { get; }

    public int Count => _items.Count;

    public void Add(DiagnosticDescriptor descriptor, TextRange range, params object?[] args) =>
        _items.Add(DiagnosticInfo.Create(descriptor, range.ToLocation(FilePath), args));

    /// <summary>Adds a diagnostic at a location already recorded in a model, such as a unit's UnitsNet name.</summary>
    public void AddAt(DiagnosticDescriptor descriptor, LocationInfo? location, params object?[] args) =>
        _items.Add(DiagnosticInfo.Create(descriptor, location, args));

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
}
