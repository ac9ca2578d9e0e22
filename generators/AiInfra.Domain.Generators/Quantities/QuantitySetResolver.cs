using System.Collections.Generic;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Diagnostics;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>An operator between quantities, declared in <paramref name="DeclaringType"/>.</summary>
/// <param name="Kind">How the result is computed from the operands' base values.</param>
internal sealed record OperatorModel(string DeclaringType, string Operator, string Left, string Right, string Result, OperatorKind Kind);

internal enum OperatorKind
{
    /// <summary>Result in its base unit from the product or quotient of the base values.</summary>
    BaseProduct,
    /// <summary>Affine point minus point: a difference in its base unit.</summary>
    PointDifference,
    /// <summary>Affine point plus or minus a difference: a point in the left (or only) point's unit.</summary>
    PointShift,
    /// <summary>A quantity scaled by a Ratio (either operand): the quantity's own unit, its value times the ratio as a decimal fraction.</summary>
    RatioScale,
}

/// <summary>Everything the cross-quantity outputs need, after every quantity and relation was checked.</summary>
/// <param name="Quantities">The quantities the compilation generates, ordered by name.</param>
/// <param name="Operators">The operators to declare, each in one of the compilation's own quantities.</param>
/// <param name="External">The library's quantities that the operators of a project's quantities use, ordered by name.</param>
/// <param name="IsLibrary">True when compiling AiInfra.Domain itself (see <see cref="QuantityTarget.IsLibrary"/>).</param>
internal sealed record QuantitySetModel(EquatableArray<QuantityModel> Quantities, EquatableArray<OperatorModel> Operators, EquatableArray<QuantityModel> External, bool IsLibrary);

internal sealed record QuantitySetResult(QuantitySetModel Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Checks the quantities and relations of all files together and derives every operator.</summary>
internal static class QuantitySetResolver
{
    /// <param name="models">The compilation's quantities, placed in their namespaces.</param>
    /// <param name="relations">The compilation's relations.</param>
    /// <param name="target">Whether this is the library, whose quantities are all its own, or a project, whose quantities may relate to the library's.</param>
    public static QuantitySetResult Resolve(IEnumerable<QuantityModel> models, IEnumerable<RelationModel> relations, QuantityTarget target)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var local = new Dictionary<string, QuantityModel>(System.StringComparer.Ordinal);
        var all = models.ToList();
        foreach (var (model, first) in WithFirstDefinitions(all))
        {
            if (first is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateQuantity, model.NameLocation, model.Name, first.FileName));
            }
            else if (CompilationQuantities.LibraryNamesake(model, target) is { } namesake)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuantityOfTheLibrary, model.NameLocation, model.Name, namesake.Namespace + "." + namesake.Name));
            }
            else if (CompilationQuantities.UnitEnumOwner(model, all) is { } owner)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.NameTakenByGeneratedCode,
                    model.NameLocation,
                    model.Name,
                    $"a quantity name in namespace {model.Namespace}",
                    $"the unit enum of quantity '{owner.Name}' has that name, and its generated code names it without a namespace"));
            }
            else if (CompilationQuantities.PluralNamingAQuantity(model, all) is { } taken)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.NameTakenByGeneratedCode,
                    model.NameLocation,
                    taken.Unit.PluralName,
                    $"the plural of unit '{taken.Unit.Name}' of quantity '{model.Name}'",
                    $"quantity '{taken.Other.Name}' of namespace {model.Namespace} has that name, which the code inside the struct names without its namespace"));
            }
            else if (CompilationQuantities.NamesItsNamespacesRoot(model))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.NameTakenByGeneratedCode,
                    model.NameLocation,
                    model.Name,
                    $"a quantity name in namespace {model.Namespace}",
                    $"inside that namespace it would hide the namespace {model.Name} that the generated code's using directives name"));
            }
            else if (model.Namespace.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidIdentifier,
                    model.NameLocation,
                    "(none)",
                    "the namespace of this quantity: neither the project's RootNamespace nor its assembly name is a namespace, so add a \"namespace\" key"));
            }
            else
            {
                local.Add(model.Name, model);
            }
        }

        // A project's quantities may name the library's in relations and as their difference quantity.
        var byName = new Dictionary<string, QuantityModel>(local, System.StringComparer.Ordinal);
        if (!target.IsLibrary)
        {
            foreach (var builtIn in BuiltInQuantities.Models.Where(q => !byName.ContainsKey(q.Name)))
            {
                byName.Add(builtIn.Name, builtIn);
            }
        }

        var operators = new List<OperatorModel>();
        var seen = new HashSet<(string, string, string)>();

        // The operators every linear quantity has already: X / X gives a double.
        foreach (var quantity in byName.Values.Where(q => !q.IsAffine))
        {
            seen.Add(("/", quantity.Name, quantity.Name));
        }

        foreach (var quantity in local.Values.Where(q => q.IsAffine).OrderBy(q => q.Name, System.StringComparer.Ordinal))
        {
            AddAffineOperators(quantity, byName, operators, seen, diagnostics);
        }

        foreach (var relation in relations.OrderBy(r => r.Location.FilePath, System.StringComparer.Ordinal).ThenBy(r => r.Location.Start))
        {
            AddRelationOperators(relation, byName, local, operators, seen, diagnostics);
        }

        AddRatioScaling(byName, local, operators, seen);

        var quantities = local.Values.OrderBy(q => q.Name, System.StringComparer.Ordinal).ToEquatableArray();
        var external = operators
            .SelectMany(o => new[] { o.Left, o.Right, o.Result })
            .Where(n => !local.ContainsKey(n))
            .Distinct()
            .OrderBy(n => n, System.StringComparer.Ordinal)
            .Select(n => byName[n])
            .ToEquatableArray();
        return new QuantitySetResult(new QuantitySetModel(quantities, operators.ToEquatableArray(), external, target.IsLibrary), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Every model in a stable order (file name, then path), each with the earlier model of the same name, if any.
    /// Names are compared ignoring case, as Roslyn compares hint names and some file systems compare file names.
    /// </summary>
    /// <remarks>
    /// A second definition of a name (AIINFRA101) is not emitted: the types would clash, and the generated files
    /// would share a hint name, which makes Roslyn throw.
    /// </remarks>
    internal static IEnumerable<(QuantityModel Model, QuantityModel? First)> WithFirstDefinitions(IEnumerable<QuantityModel> models)
    {
        var firsts = new Dictionary<string, QuantityModel>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var model in models.OrderBy(m => m.FileName, System.StringComparer.Ordinal).ThenBy(m => m.FilePath, System.StringComparer.Ordinal))
        {
            if (firsts.TryGetValue(model.Name, out var first))
            {
                yield return (model, first);
            }
            else
            {
                firsts.Add(model.Name, model);
                yield return (model, null);
            }
        }
    }

    private static void AddAffineOperators(QuantityModel point, Dictionary<string, QuantityModel> byName, List<OperatorModel> operators, HashSet<(string, string, string)> seen, List<DiagnosticInfo> diagnostics)
    {
        var differenceName = point.DifferenceQuantity!;
        if (!byName.TryGetValue(differenceName, out var difference))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownQuantity, point.DifferenceQuantityLocation ?? point.NameLocation, differenceName, KnownNames(byName)));
            return;
        }

        if (difference.IsAffine || !SameDimensions(point.Dimensions, difference.Dimensions))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidAffine,
                point.DifferenceQuantityLocation ?? point.NameLocation,
                $"The difference quantity '{differenceName}' of '{point.Name}' must be linear and have the same dimensions ({Format(point.Dimensions)})"));
            return;
        }

        var (p, d) = (point.Name, differenceName);
        Add(new OperatorModel(p, "-", p, p, d, OperatorKind.PointDifference));
        Add(new OperatorModel(p, "+", p, d, p, OperatorKind.PointShift));
        Add(new OperatorModel(p, "+", d, p, p, OperatorKind.PointShift));
        Add(new OperatorModel(p, "-", p, d, p, OperatorKind.PointShift));

        void Add(OperatorModel op)
        {
            seen.Add((op.Operator, op.Left, op.Right));
            operators.Add(op);
        }
    }

    /// <param name="local">The compilation's own quantities: an operator is declared in its left operand when that is one of them, else in its right; one with neither is left out.</param>
    private static void AddRelationOperators(RelationModel relation, Dictionary<string, QuantityModel> byName, Dictionary<string, QuantityModel> local, List<OperatorModel> operators, HashSet<(string, string, string)> seen, List<DiagnosticInfo> diagnostics)
    {
        var missing = new[] { relation.Product, relation.Left, relation.Right }.Where(n => !byName.ContainsKey(n)).Distinct().ToList();
        foreach (var name in missing)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownQuantity, relation.Location, name, KnownNames(byName)));
        }

        if (missing.Count > 0)
        {
            return;
        }

        var product = byName[relation.Product];
        var left = byName[relation.Left];
        var right = byName[relation.Right];
        if (product.IsAffine || left.IsAffine || right.IsAffine)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidAffine, relation.Location, $"The relation '{relation.Text}' uses an affine quantity; points on a scale cannot be multiplied or divided"));
            return;
        }

        var sum = Add(left.Dimensions, right.Dimensions);
        if (!SameDimensions(sum, product.Dimensions))
        {
            // Said as written: "R = A / B" is stored as A = R * B, but its right side is A / B and its result R.
            var (rightSide, result) = relation.IsQuotient
                ? (Add(product.Dimensions, right.Dimensions, sign: -1), left.Dimensions)
                : (sum, product.Dimensions);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InconsistentDimensions, relation.Location, relation.Text, Format(rightSide), Format(result)));
            return;
        }

        if (!local.ContainsKey(product.Name) && !local.ContainsKey(left.Name) && !local.ContainsKey(right.Name))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RelationOfLibraryQuantities, relation.Location, relation.Text));
            return;
        }

        var implied = new List<(string Operator, string Left, string Right, string Result)>
        {
            ("*", left.Name, right.Name, product.Name),
            ("/", product.Name, left.Name, right.Name),
        };
        if (left.Name != right.Name)
        {
            implied.Add(("*", right.Name, left.Name, product.Name));
            implied.Add(("/", product.Name, right.Name, left.Name));
        }

        // In a project, an operator between two of the library's quantities (BitRate / Length) cannot be declared.
        var declarable = implied
            .Select(o => (o, Declaring: local.ContainsKey(o.Left) ? o.Left : local.ContainsKey(o.Right) ? o.Right : null))
            .Where(p => p.Declaring is not null)
            .Select(p => new OperatorModel(p.Declaring!, p.o.Operator, p.o.Left, p.o.Right, p.o.Result, OperatorKind.BaseProduct));
        foreach (var op in declarable)
        {
            if (seen.Add((op.Operator, op.Left, op.Right)))
            {
                operators.Add(op);
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateRelation, relation.Location, $"{op.Left} {op.Operator} {op.Right}"));
            }
        }
    }

    /// <summary>
    /// The one declaration of scaling by a ratio: every linear quantity with a dimension (and Ratio itself) times a Ratio,
    /// either way round, is the same quantity in its own unit (<c>Power × Ratio = Power</c>). A relation that already gives
    /// the product another meaning (<c>Power = ApparentPower * Ratio</c>, a power factor) takes precedence.
    /// </summary>
    private static void AddRatioScaling(Dictionary<string, QuantityModel> byName, Dictionary<string, QuantityModel> local, List<OperatorModel> operators, HashSet<(string, string, string)> seen)
    {
        if (!byName.TryGetValue(RatioName, out var ratio) || ratio.IsAffine || ratio.Dimensions.Count != 0)
        {
            return;
        }

        foreach (var quantity in local.Values.Where(q => !q.IsAffine && (q.Dimensions.Count > 0 || q.Name == RatioName)).OrderBy(q => q.Name, System.StringComparer.Ordinal))
        {
            var name = quantity.Name;
            if (seen.Add(("*", name, RatioName)))
            {
                operators.Add(new OperatorModel(name, "*", name, RatioName, name, OperatorKind.RatioScale));
            }

            if (name != RatioName && seen.Add(("*", RatioName, name)))
            {
                operators.Add(new OperatorModel(name, "*", RatioName, name, name, OperatorKind.RatioScale));
            }
        }
    }

    /// <summary>The library's dimensionless ratio, by which every linear quantity scales.</summary>
    internal const string RatioName = "Ratio";

    private static string KnownNames(Dictionary<string, QuantityModel> byName) =>
        string.Join(", ", byName.Keys.OrderBy(k => k, System.StringComparer.Ordinal));

    private static EquatableArray<DimensionModel> Add(EquatableArray<DimensionModel> a, EquatableArray<DimensionModel> b, int sign = 1) =>
        QuantityFileParser.DimensionNames
            .Select(n => new DimensionModel(n, Exponent(a, n) + (sign * Exponent(b, n))))
            .Where(d => d.Exponent != 0)
            .ToEquatableArray();

    private static bool SameDimensions(EquatableArray<DimensionModel> a, EquatableArray<DimensionModel> b) =>
        QuantityFileParser.DimensionNames.All(n => Exponent(a, n) == Exponent(b, n));

    private static int Exponent(EquatableArray<DimensionModel> dimensions, string name) =>
        dimensions.Where(d => d.Name == name).Sum(d => d.Exponent);

    internal static string Format(EquatableArray<DimensionModel> dimensions) =>
        dimensions.Count == 0 ? "1 (dimensionless)" : string.Join("\u00B7", dimensions.Select(d => d.Exponent == 1 ? d.Name : d.Name + "^" + d.Exponent.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
