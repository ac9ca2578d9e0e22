using System;
using AiInfra.Domain.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Common;

/// <summary>
/// Adds one generated source. An exception while writing it (a bug, or a name the compiler refuses) is reported as
/// AIINFRA007 and costs that source only: thrown out of the generator, it would make the compiler drop every source
/// the generator produced, with nothing but a warning (CS8785).
/// </summary>
internal static class GeneratedSources
{
    /// <param name="context">The output context.</param>
    /// <param name="hintName">The source's name.</param>
    /// <param name="emit">Writes the source.</param>
    public static void Add(SourceProductionContext context, string hintName, Func<string> emit)
    {
        try
        {
            context.AddSource(hintName, emit());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InternalError,
                Location.None,
                $"{exception.GetType().Name} while writing {hintName}: {exception.Message}"));
        }
    }
}
