using System;
using System.Collections.Generic;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Diagnostics;
using AiInfra.Domain.Generators.Json;
using Microsoft.CodeAnalysis.Text;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>
/// Reads a *.relations.json file: <c>{ "relations": [ "Energy = Power * Duration", ... ] }</c>. Each relation
/// declares a product or a quotient of two quantities; the generator emits the operator and the ones it implies.
/// </summary>
internal static class RelationFileParser
{
    public static RelationFileResult Parse(string path, SourceText? text)
    {
        var diagnostics = new DiagnosticBag(path);
        var relations = new List<RelationModel>();
        try
        {
            if (text is not null)
            {
                Read(path, text, relations, diagnostics);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticDescriptors.InternalError, default, exception.GetType().Name + ": " + exception.Message);
        }

        return new RelationFileResult(relations.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static void Read(string path, SourceText text, List<RelationModel> relations, DiagnosticBag diagnostics)
    {
        if (JsonFileReader.ReadRootObject(text, diagnostics) is not { } root)
        {
            return;
        }

        var keys = new LocatedObjectReader(root, diagnostics, "the relations file", "relations");
        foreach (var item in keys.Strings("relations", required: true))
        {
            if (TryParseRelation(item.Value, out var product, out var left, out var right))
            {
                relations.Add(new RelationModel(product, left, right, item.Value.Trim(), item.Range.ToLocation(path), item.Value.IndexOf('/') >= 0));
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.MalformedRelation, item.Range, item.Value);
            }
        }
    }

    /// <summary>Parses "R = A * B" (kept) or "R = A / B" (stored as A = R * B).</summary>
    internal static bool TryParseRelation(string text, out string product, out string left, out string right)
    {
        product = left = right = string.Empty;
        var sides = text.Split('=');
        if (sides.Length != 2)
        {
            return false;
        }

        var result = sides[0].Trim();
        var expression = sides[1];
        var op = expression.IndexOfAny(new[] { '*', '/' });
        if (op < 0 || expression.IndexOfAny(new[] { '*', '/' }, op + 1) >= 0)
        {
            return false;
        }

        var a = expression.Substring(0, op).Trim();
        var b = expression.Substring(op + 1).Trim();
        if (!Identifiers.IsPascalIdentifier(result) || !Identifiers.IsPascalIdentifier(a) || !Identifiers.IsPascalIdentifier(b))
        {
            return false;
        }

        (product, left, right) = expression[op] == '*' ? (result, a, b) : (a, result, b);
        return true;
    }
}
