using System.Collections.Generic;
using System.Linq;
using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>Emits the cross-quantity operators (relations and affine arithmetic) into partial struct declarations.</summary>
/// <remarks>
/// An operator is declared in one of the compilation's own quantities. An operand or result that is one of the
/// library's quantities (in a project's relations) is used through its public members only: its value in the base
/// unit is <c>As(BaseUnit)</c>, which is the same double the library's own operators use, and a result is created
/// with <c>From(value, BaseUnit)</c>, which rejects a value that is not finite as every public constructor does.
/// </remarks>
internal static class OperatorEmitter
{
    public const string HintName = "QuantityOperators.g.cs";

    public static string Emit(QuantitySetModel set)
    {
        var w = SourceWriter.FileHeader("the *.relations.json files and affine quantities");
        w.Line();
        var local = set.Quantities.ToDictionary(q => q.Name, System.StringComparer.Ordinal);
        var byName = new Dictionary<string, QuantityModel>(local, System.StringComparer.Ordinal);
        foreach (var external in set.External)
        {
            byName[external.Name] = external;
        }

        var namespaces = set.Operators
            .GroupBy(o => local[o.DeclaringType].Namespace)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal);
        var firstNamespace = true;
        foreach (var ns in namespaces)
        {
            if (!firstNamespace)
            {
                w.Line();
            }

            firstNamespace = false;
            w.OpenBlock($"namespace {ns.Key}");
            var scope = new Scope(ns.Key, byName, local);
            var first = true;
            foreach (var group in ns.GroupBy(o => o.DeclaringType).OrderBy(g => g.Key, System.StringComparer.Ordinal))
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                EmitType(w, group.Key, group.ToList(), scope);
            }

            w.CloseBlock();
        }

        return w.ToString();
    }

    private static void EmitType(SourceWriter w, string declaringName, List<OperatorModel> operators, Scope scope)
    {
        var declaring = scope.Local[declaringName];
        var interfaces = operators.Where(o => o.Left == declaringName).Select(o => Interface(o, scope)).Distinct().ToList();
        w.Line($"public readonly partial struct {declaringName}" + (interfaces.Count > 0 ? " :" : string.Empty));
        w.Indent++;
        for (var i = 0; i < interfaces.Count; i++)
        {
            w.Line(interfaces[i] + (i == interfaces.Count - 1 ? string.Empty : ","));
        }

        w.Indent--;
        w.Line("{");
        w.Indent++;
        foreach (var op in operators)
        {
            EmitOperator(w, op, scope);
            w.Line();
        }

        if (declaring.IsAffine)
        {
            var d = declaring.DifferenceQuantity!;
            w.Line($"/// <summary>True when the two points differ by at most <paramref name=\"tolerance\"/> (its sign is ignored).</summary>");
            w.Line($"public bool Equals({declaringName} other, {scope.Type(d)} tolerance) => global::System.Math.Abs(BaseValue - other.BaseValue) <= global::System.Math.Abs({scope.BaseValueOf(d, "tolerance")});");
        }

        w.CloseBlock();
    }

    private static string Interface(OperatorModel op, Scope scope)
    {
        var name = op.Operator switch
        {
            "*" => "IMultiplyOperators",
            "/" => "IDivisionOperators",
            "+" => "IAdditionOperators",
            _ => "ISubtractionOperators",
        };
        return $"global::System.Numerics.{name}<{scope.Type(op.Left)}, {scope.Type(op.Right)}, {scope.Type(op.Result)}>";
    }

    private static void EmitOperator(SourceWriter w, OperatorModel op, Scope scope)
    {
        var signature = $"public static {scope.Type(op.Result)} operator {op.Operator}({scope.Type(op.Left)} left, {scope.Type(op.Right)} right)";
        switch (op.Kind)
        {
            case OperatorKind.BaseProduct:
                var symbol = op.Operator == "*" ? "\u00D7" : "\u00F7";
                w.Line($"/// <summary>{op.Left} {symbol} {op.Right} = {op.Result}, computed in base units ({Symbol(scope.ByName[op.Left])} {symbol} {Symbol(scope.ByName[op.Right])} = {Symbol(scope.ByName[op.Result])}); the result is in the base unit.</summary>");
                w.Line($"{signature} => {scope.FromBaseValue(op.Result, $"{scope.BaseValueOf(op.Left, "left")} {op.Operator} {scope.BaseValueOf(op.Right, "right")}")};");
                break;
            case OperatorKind.RatioScale:
                var (scaled, ratio) = op.Left == op.Result ? ("left", "right") : ("right", "left");
                w.Line($"/// <summary>{op.Result} scaled by a ratio (an efficiency, a share, a power factor), in the {op.Result}'s own unit.</summary>");
                w.Line($"{signature} => {scaled} * {scope.BaseValueOf(QuantitySetResolver.RatioName, ratio)};");
                break;
            case OperatorKind.PointDifference:
                w.Line($"/// <summary>The difference between two points, in the base unit of {op.Result}.</summary>");
                w.Line($"{signature} => {scope.FromBaseValue(op.Result, "left.BaseDifferenceFrom(right)")};");
                break;
            default:
                var (point, delta, deltaType) = op.Left == op.Result ? ("left", "right", op.Right) : ("right", "left", op.Left);
                var sign = op.Operator == "-" ? "-" : string.Empty;
                w.Line($"/// <summary>The point moved by a difference, in the point's unit.</summary>");
                w.Line($"{signature} => {point}.ShiftedBy({sign}{scope.BaseValueOf(deltaType, delta)});");
                break;
        }
    }

    private static string Symbol(QuantityModel quantity) =>
        SourceWriter.XmlEscape(quantity.BaseUnitModel.DefaultAbbreviation.Length == 0 ? "1" : quantity.BaseUnitModel.DefaultAbbreviation);

    /// <summary>How code in one namespace names quantities and reaches their base values.</summary>
    private sealed class Scope(string ns, Dictionary<string, QuantityModel> byName, Dictionary<string, QuantityModel> local)
    {
        public Dictionary<string, QuantityModel> ByName { get; } = byName;

        public Dictionary<string, QuantityModel> Local { get; } = local;

        /// <summary>The short name within the namespace, the full name elsewhere.</summary>
        public string Type(string name) => ByName[name].Namespace == ns ? name : ByName[name].FullName;

        /// <summary>The value of <paramref name="expression"/>, a <paramref name="quantity"/>, in its base unit.</summary>
        public string BaseValueOf(string quantity, string expression) =>
            Local.ContainsKey(quantity) ? expression + ".BaseValue" : $"{expression}.As({ByName[quantity].FullName}.BaseUnit)";

        /// <summary>A <paramref name="quantity"/> of <paramref name="baseValue"/> in its base unit.</summary>
        public string FromBaseValue(string quantity, string baseValue) =>
            Local.ContainsKey(quantity)
                ? $"{Type(quantity)}.FromBaseValue({baseValue})"
                : $"{ByName[quantity].FullName}.From({baseValue}, {ByName[quantity].FullName}.BaseUnit)";
    }
}
