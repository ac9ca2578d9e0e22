using System.Numerics;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiInfra.Domain.Quantities;

namespace AiInfra.Domain.Tests.Quantities;

/// <summary>
/// Reads the *.relations.json files the library is built from (copied next to the tests) and checks that every
/// declared relation produced its operators, so a relation added later without operators fails here.
/// </summary>
public partial class RelationCoverageTests
{
    public static TheoryData<string> Relations()
    {
        var data = new TheoryData<string>();
        foreach (var relation in ReadRelations())
        {
            data.Add(relation);
        }

        return data;
    }

    [Fact]
    public void The_relations_files_are_found_and_not_empty()
    {
        Assert.True(ReadRelations().Count >= 16, "the relations files next to the tests declare fewer relations than the library does");
    }

    [Theory]
    [MemberData(nameof(Relations))]
    public void Every_declared_relation_has_its_operators(string relation)
    {
        var match = RelationPattern().Match(relation);
        Assert.True(match.Success, $"'{relation}' is not of the form 'R = A * B' or 'R = A / B'");
        var (result, left, op, right) = (QuantityType(match.Groups[1].Value), QuantityType(match.Groups[2].Value), match.Groups[3].Value, QuantityType(match.Groups[4].Value));

        // "R = A / B" is the same relation as "A = R * B".
        var (product, a, b) = op == "*" ? (result, left, right) : (left, result, right);
        AssertOperator("op_Multiply", a, b, product);
        AssertOperator("op_Division", product, a, b);
        if (a != b)
        {
            AssertOperator("op_Multiply", b, a, product);
            AssertOperator("op_Division", product, b, a);
        }
    }

    [Fact]
    public void Every_cross_quantity_operator_comes_from_a_declared_relation_or_an_affine_quantity()
    {
        var declared = new HashSet<(string, Type, Type, Type)>();
        foreach (var relation in ReadRelations())
        {
            var m = RelationPattern().Match(relation);
            var (r, l, o, x) = (QuantityType(m.Groups[1].Value), QuantityType(m.Groups[2].Value), m.Groups[3].Value, QuantityType(m.Groups[4].Value));
            var (p, a, b) = o == "*" ? (r, l, x) : (l, r, x);
            declared.Add(("op_Multiply", a, b, p));
            declared.Add(("op_Multiply", b, a, p));
            declared.Add(("op_Division", p, a, b));
            declared.Add(("op_Division", p, b, a));
        }

        var quantityTypes = Quantity.Infos.Select(i => i.ValueType).ToHashSet();

        // The one rule besides the relations: a linear quantity with a dimension, and Ratio itself, scales by a Ratio.
        foreach (var info in Quantity.Infos.Where(i => !i.IsAffine && (!i.BaseDimensions.IsDimensionless || i.ValueType == typeof(Ratio))))
        {
            declared.Add(("op_Multiply", info.ValueType, typeof(Ratio), info.ValueType));
            declared.Add(("op_Multiply", typeof(Ratio), info.ValueType, info.ValueType));
        }

        foreach (var type in quantityTypes)
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name is "op_Multiply" or "op_Division"))
            {
                var parameters = method.GetParameters();
                if (!quantityTypes.Contains(parameters[0].ParameterType) || !quantityTypes.Contains(parameters[1].ParameterType) || !quantityTypes.Contains(method.ReturnType))
                {
                    continue;
                }

                Assert.Contains((method.Name, parameters[0].ParameterType, parameters[1].ParameterType, method.ReturnType), declared);
            }
        }
    }

    [Fact]
    public void The_operators_are_also_exposed_as_generic_math_interfaces()
    {
        Assert.True(typeof(IMultiplyOperators<Power, Duration, Energy>).IsAssignableFrom(typeof(Power)));
        Assert.True(typeof(IMultiplyOperators<Duration, Power, Energy>).IsAssignableFrom(typeof(Duration)));
        Assert.True(typeof(IDivisionOperators<Energy, Duration, Power>).IsAssignableFrom(typeof(Energy)));
        Assert.True(typeof(IDivisionOperators<Information, BitRate, Duration>).IsAssignableFrom(typeof(Information)));
        Assert.Equal(Energy.FromKilowattHours(1.4), Multiply<Power, Duration, Energy>(Power.FromWatts(700), Duration.FromHours(2)));
    }

    private static TResult Multiply<TLeft, TRight, TResult>(TLeft left, TRight right)
        where TLeft : IMultiplyOperators<TLeft, TRight, TResult> => left * right;

    private static void AssertOperator(string name, Type left, Type right, Type result)
    {
        var method = left.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [left, right])
            ?? right.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [left, right]);
        var symbol = name == "op_Multiply" ? "*" : "/";
        Assert.True(method is not null, $"no operator {left.Name} {symbol} {right.Name}");
        Assert.True(method!.ReturnType == result, $"{left.Name} {symbol} {right.Name} gives {method.ReturnType.Name}, not {result.Name}");

        // And it computes in base units: one of each, times or divided, is the base-unit product.
        var l = Quantity.From(3, Quantity.GetInfo(left).BaseUnitInfo.UntypedValue);
        var r = Quantity.From(2, Quantity.GetInfo(right).BaseUnitInfo.UntypedValue);
        var value = (IQuantity)method.Invoke(null, [l, r])!;
        Assert.Equal(name == "op_Multiply" ? 6 : 1.5, value.As(Quantity.GetInfo(result).BaseUnitInfo.UntypedValue), 12);
    }

    private static Type QuantityType(string name)
    {
        Assert.True(Quantity.ByName.TryGetValue(name, out var info), $"the relation names '{name}', which is not a quantity");
        return info!.ValueType;
    }

    private static List<string> ReadRelations()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Definitions");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.relations.json", SearchOption.AllDirectories) : [];
        Assert.NotEmpty(files);
        var relations = new List<string>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            relations.AddRange(document.RootElement.GetProperty("relations").EnumerateArray().Select(r => r.GetString()!));
        }

        return relations;
    }

    [GeneratedRegex(@"^\s*(\w+)\s*=\s*(\w+)\s*([*/])\s*(\w+)\s*$")]
    private static partial Regex RelationPattern();
}
