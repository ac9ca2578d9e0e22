using System.Collections.Generic;
using System.Linq;
using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>The quantities whose UnitsNet conversions were generated, for the JSON table of UnitsNet types.</summary>
/// <param name="IsWanted">Whether the compilation references UnitsNet and compiles the factory that reads the table.</param>
/// <param name="Pairs">Each library quantity with its UnitsNet counterpart, ordered by the library's name.</param>
internal sealed record UnitsNetTableModel(bool IsWanted, EquatableArray<UnitsNetPair> Pairs);

/// <summary>A library quantity and the UnitsNet quantity it converts to.</summary>
internal readonly record struct UnitsNetPair(string Quantity, string UnitsNetQuantity);

/// <summary>
/// Emits, for a quantity whose UnitsNet counterpart was checked, the conversions both ways (a second part of the
/// quantity's partial struct), and, for the whole set, the table that the JSON converter factory for UnitsNet types reads.
/// </summary>
internal static class UnitsNetEmitter
{
    /// <summary>The table of the whole set. Its name starts differently from any quantity's file, so no quantity clashes with it.</summary>
    public const string TableHintName = "QuantityUnitsNetJson.g.cs";

    /// <summary>"Quantities.Power.UnitsNet.g.cs": a quantity name has no dot, so no other quantity's file has this name.</summary>
    public static string HintName(QuantityModel quantity) => "Quantities." + quantity.Name + ".UnitsNet.g.cs";

    public static UnitsNetTableModel Table(IEnumerable<UnitsNetConversionModel> conversions, UnitsNetIndex index) =>
        new(
            index.IsReferenced && index.CompilesTheFactory,
            conversions
                .Where(c => c.Target is not null)
                .Select(c => new UnitsNetPair(c.Quantity.Name, c.Target!.Name))
                .OrderBy(p => p.Quantity, System.StringComparer.Ordinal)
                .ToEquatableArray());

    public static string Emit(QuantityModel q, UnitsNetQuantityInfo target)
    {
        var n = q.Name;
        var u = n + "Unit";
        var un = "global::UnitsNet." + target.Name;
        var unu = "global::UnitsNet.Units." + target.Name + "Unit";
        var direct = q.Units.Where(unit => unit.UnitsNet?.Unit is not null).ToList();
        var byTarget = direct.ToDictionary(unit => unit.UnitsNet!.Unit!, System.StringComparer.Ordinal);
        var fallback = direct.FirstOrDefault(unit => unit.Name == q.BaseUnit) ?? direct[0];
        var storage = target.IsDecimal ? "a decimal" : "a double";
        var libraryValue = target.IsDecimal ? "UnitsNetInterop.ToDouble(value.Value)" : "value.Value";

        var w = SourceWriter.FileHeader($"{q.FileName} for the referenced UnitsNet");
        w.Line();
        w.OpenBlock($"namespace {q.Namespace}");
        w.Line("using System;");
        if (q.Namespace != CompilationQuantities.LibraryNamespace)
        {
            // A project's own quantity uses the interop runtime (IUnitsNetConvertible, UnitsNetInterop ...) by name.
            w.Line($"using global::{CompilationQuantities.LibraryNamespace};");
        }

        w.Line($"using {q.UnitsNamespace};");
        w.Line();
        w.OpenBlock($"public readonly partial struct {n} : IUnitsNetConvertible<{n}, {un}>");

        w.Line($"/// <summary>This value as a <see cref=\"{un}\"/>, in the same unit where UnitsNet has it, else converted into the unit listed below.</summary>");
        w.Line("/// <remarks>");
        w.Line($"/// <para>UnitsNet stores {SourceWriter.XmlEscape(target.Name)} as {storage}. {SourceWriter.XmlEscape(RoundTrip(target))}</para>");
        var converted = q.Units.Where(unit => unit.UnitsNet is { Unit: null }).ToList();
        if (converted.Count > 0)
        {
            w.Line("/// <para>Units UnitsNet lacks are converted exactly, with this library's factors:</para>");
            w.Line("/// <list type=\"bullet\">");
            foreach (var unit in converted)
            {
                var via = byTarget[unit.UnitsNet!.Via!];
                w.Line($"/// <item>{SourceWriter.XmlEscape(Abbreviation(unit))} into {SourceWriter.XmlEscape(Abbreviation(via))} (<c>{SourceWriter.XmlEscape(unit.UnitsNet.Via!)}</c>): {SourceWriter.XmlEscape(unit.UnitsNet.Reason)}</item>");
            }

            w.Line("/// </list>");
        }

        w.Line("/// </remarks>");
        w.Line(target.IsDecimal
            ? $"/// <exception cref=\"OverflowException\">A decimal cannot hold the value unchanged: its magnitude is above 7.9228162514264337593543950335E+28 or below 1E-28 in that unit, or it needs more than 28 digits after the decimal point. <see cref=\"TryToUnitsNet\"/> says so without throwing.</exception>"
            : $"/// <exception cref=\"OverflowException\">Converting into the unit UnitsNet has goes beyond a double. <see cref=\"TryToUnitsNet\"/> says so without throwing.</exception>");
        w.Line($"public {un} ToUnitsNet() => TryToUnitsNet(out var result) ? result : throw CannotBecomeUnitsNet();");
        w.Line();

        w.Line($"/// <summary>Converts to a <see cref=\"{un}\"/> as <see cref=\"ToUnitsNet\"/> does; false, with <c>default</c>, when {storage} cannot hold the value unchanged.</summary>");
        w.OpenBlock($"public bool TryToUnitsNet(out {un} result)");
        w.Line("var value = ValueForUnitsNet(out var unit, out _);");
        if (target.IsDecimal)
        {
            w.OpenBlock("if (UnitsNetInterop.TryToDecimal(value, out var number))");
            w.Line($"result = new {un}(number, unit);");
        }
        else
        {
            w.OpenBlock("if (double.IsFinite(value))");
            w.Line($"result = new {un}(value, unit);");
        }

        w.Line("return true;");
        w.CloseBlock();
        w.Line();
        w.Line("result = default;");
        w.Line("return false;");
        w.CloseBlock();
        w.Line();

        w.Line($"/// <summary>Creates {Article(n)} {n} from a <see cref=\"{un}\"/>, keeping its unit; a unit this library lacks is converted by UnitsNet into {SourceWriter.XmlEscape(Abbreviation(fallback))}.</summary>");
        w.Line(target.IsDecimal
            ? "/// <remarks>The decimal becomes the nearest double: exact up to 15 significant digits, otherwise within half a unit in the last place of the double (a relative error below 1.2E-16).</remarks>"
            : "/// <remarks>The double is taken as it is, so a round trip through UnitsNet is exact.</remarks>");
        w.Line("/// <param name=\"value\">Any UnitsNet value; <c>default</c> is zero in UnitsNet's base unit.</param>");
        if (!target.IsDecimal)
        {
            w.Line("/// <exception cref=\"OverflowException\">A value in a unit this library lacks is beyond a double once converted.</exception>");
        }

        w.OpenBlock($"public static {n} FromUnitsNet({un} value) => value.Unit switch");
        foreach (var unit in direct)
        {
            w.Line($"{unu}.{unit.UnitsNet!.Unit} => new({libraryValue}, {u}.{unit.Name}),");
        }

        w.Line($"_ => FromOtherUnitsNetUnit(value),");
        w.CloseBlock("};");
        w.Line();

        w.Line($"/// <summary>Converts to UnitsNet as <see cref=\"ToUnitsNet\"/> does.</summary>");
        w.Line($"/// <exception cref=\"OverflowException\">UnitsNet cannot hold the value unchanged.</exception>");
        w.Line($"public static explicit operator {un}({n} value) => value.ToUnitsNet();");
        w.Line();
        w.Line($"/// <summary>Converts from UnitsNet as <see cref=\"FromUnitsNet\"/> does.</summary>");
        w.Line($"public static explicit operator {n}({un} value) => FromUnitsNet(value);");
        w.Line();

        w.OpenBlock($"private static {n} FromOtherUnitsNetUnit({un} value)");
        if (target.IsDecimal)
        {
            w.Line($"return new(UnitsNetInterop.ToDouble(value.As({unu}.{fallback.UnitsNet!.Unit})), {u}.{fallback.Name});");
        }
        else
        {
            w.Line("double converted;");
            w.OpenBlock("try");
            w.Line($"converted = value.As({unu}.{fallback.UnitsNet!.Unit});");
            w.CloseBlock();
            w.OpenBlock("catch (ArgumentException)");
            w.Line("converted = double.PositiveInfinity; // UnitsNet refuses the infinite value its conversion gives");
            w.CloseBlock();
            w.Line();
            w.Line($"return double.IsFinite(converted) ? new(converted, {u}.{fallback.Name}) : throw UnitsNetInterop.BeyondDouble(value.Value, {Identifiers.StringLiteral("UnitsNet." + target.Name)}, {Identifiers.StringLiteral(fallback.DefaultAbbreviation)});");
        }

        w.CloseBlock();
        w.Line();

        w.Line($"private OverflowException CannotBecomeUnitsNet() =>");
        w.Line($"    UnitsNetInterop.CannotHold(ToString(), ValueForUnitsNet(out _, out var abbreviation), abbreviation, {Identifiers.StringLiteral("UnitsNet." + target.Name)}, isDecimal: {(target.IsDecimal ? "true" : "false")});");
        w.Line();

        w.Line("/// <summary>The value in the UnitsNet unit it becomes, that unit, and this library's abbreviation of it.</summary>");
        w.OpenBlock($"private double ValueForUnitsNet(out {unu} unit, out string abbreviation)");
        w.OpenBlock("switch (_unit)");
        foreach (var unit in q.Units)
        {
            var mapping = unit.UnitsNet!;
            var into = byTarget[mapping.Target];
            w.Line($"case {u}.{unit.Name}:");
            w.Indent++;
            w.Line($"unit = {unu}.{mapping.Target};");
            w.Line($"abbreviation = {Identifiers.StringLiteral(into.DefaultAbbreviation)};");
            w.Line(mapping.Unit is null ? $"return As({u}.{into.Name});" : "return _value;");
            w.Indent--;
        }

        w.Line("default:");
        w.Indent++;
        w.Line("throw QuantityGuard.UndefinedUnit(_unit, \"unit\");");
        w.Indent--;
        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    /// <summary>The table from UnitsNet type to the library quantity that reads and writes it, for the JSON converter factory.</summary>
    public static string EmitTable(UnitsNetTableModel table)
    {
        var w = SourceWriter.FileHeader("the *.quantity.json files that name a UnitsNet counterpart");
        w.Line();
        w.OpenBlock("namespace AiInfra.Domain.Quantities.Serialization");
        w.Line("/// <summary>Which library quantity reads and writes each UnitsNet quantity.</summary>");
        w.OpenBlock("internal static class UnitsNetJsonTable");
        w.Line("/// <summary>Every UnitsNet type the table knows, ordered by the library's quantity name.</summary>");
        w.OpenBlock("public static global::System.Type[] Types { get; } = new global::System.Type[]");
        foreach (var pair in table.Pairs)
        {
            w.Line($"typeof(global::UnitsNet.{pair.UnitsNetQuantity}),");
        }

        w.CloseBlock("};");
        w.Line();
        w.Line("/// <summary>The reader and writer of a UnitsNet type, or null for a type that is not one of them.</summary>");
        w.OpenBlock("public static UnitsNetJsonEntry? Find(global::System.Type type)");
        foreach (var pair in table.Pairs)
        {
            w.OpenBlock($"if (type == typeof(global::UnitsNet.{pair.UnitsNetQuantity}))");
            w.Line($"return UnitsNetJsonEntry<global::{RuntimeNames.QuantitiesNamespace}.{pair.Quantity}, global::{RuntimeNames.QuantitiesNamespace}.Units.{pair.Quantity}Unit, global::UnitsNet.{pair.UnitsNetQuantity}>.Instance;");
            w.CloseBlock();
            w.Line();
        }

        w.Line("return null;");
        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    private static string RoundTrip(UnitsNetQuantityInfo target) =>
        target.IsDecimal
            ? "The value becomes the decimal written with the double's shortest round-trip digits, so it reads back as the same double: a round trip through UnitsNet is exact, or this throws."
            : "The double is passed as it is, so a round trip through UnitsNet is exact.";

    private static string Abbreviation(UnitModel unit) => unit.DefaultAbbreviation.Length == 0 ? unit.Name : unit.DefaultAbbreviation;

    private static string Article(string noun) => "AEIOU".IndexOf(noun[0]) >= 0 ? "an" : "a";
}
