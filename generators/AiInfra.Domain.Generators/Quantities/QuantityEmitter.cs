using System.Globalization;
using System.Linq;
using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>Emits the unit enum and the quantity struct of one quantity.</summary>
internal static class QuantityEmitter
{
    /// <summary>"Quantities.Power.g.cs". The files of the whole set start differently, so no quantity name can clash with them.</summary>
    public static string HintName(QuantityModel quantity) => "Quantities." + quantity.Name + ".g.cs";

    public static string Emit(QuantityModel q)
    {
        var w = SourceWriter.FileHeader(q.FileName);
        w.Line();
        EmitUnitEnum(w, q);
        w.Line();
        EmitStruct(w, q);
        return w.ToString();
    }

    private static void EmitUnitEnum(SourceWriter w, QuantityModel q)
    {
        var baseUnit = q.BaseUnitModel;
        w.OpenBlock($"namespace {q.UnitsNamespace}");
        w.DocSummaryXml($"The units of <see cref=\"{q.Namespace}.{q.Name}\"/>. Serialize a unit by its abbreviation or name, never by its number.");
        w.OpenBlock($"public enum {q.UnitTypeName}");
        var next = 1;
        foreach (var unit in q.Units)
        {
            var value = unit.Name == q.BaseUnit ? 0 : next++;
            w.DocSummary(UnitDoc(unit, baseUnit));
            w.Line($"{unit.Name} = {value.ToString(CultureInfo.InvariantCulture)},");
        }

        w.CloseBlock();
        w.CloseBlock();
    }

    private static string UnitDoc(UnitModel unit, UnitModel baseUnit)
    {
        var abbreviation = unit.DefaultAbbreviation.Length == 0 ? "no abbreviation" : unit.DefaultAbbreviation;
        var text = $"{Spaced(unit.Name)} ({abbreviation})";
        if (unit.Name == baseUnit.Name)
        {
            text += ", the base unit";
        }
        else
        {
            var baseSymbol = baseUnit.DefaultAbbreviation.Length == 0 ? Spaced(baseUnit.Name) : baseUnit.DefaultAbbreviation;
            text += unit.Offset == 0
                ? $": 1 {abbreviation} = {Number(unit.Factor)} {baseSymbol}"
                : $": x {abbreviation} = (x \u00D7 {Number(unit.Factor)} + {Number(unit.Offset)}) {baseSymbol}";
        }

        return unit.Description.Length > 0 ? text + ". " + unit.Description : text + ".";
    }

    private static void EmitStruct(SourceWriter w, QuantityModel q)
    {
        var n = q.Name;
        var u = q.UnitTypeName;
        var baseUnit = q.BaseUnitModel;
        var tolerance = q.DifferenceQuantity ?? n;

        w.OpenBlock($"namespace {q.Namespace}");
        w.Line("using System;");
        w.Line("using System.Globalization;");
        if (q.Namespace != CompilationQuantities.LibraryNamespace)
        {
            // A project's own quantity uses the quantity runtime (IQuantity, QuantityInfo, QuantityParser ...) by name.
            w.Line($"using global::{CompilationQuantities.LibraryNamespace};");
        }

        w.Line($"using {q.UnitsNamespace};");
        w.Line();
        w.DocSummary(q.Description);
        w.Line("/// <remarks>");
        w.Line($"/// <para>The value is a finite <see cref=\"double\"/> in the unit it was created with; the base unit is {SourceWriter.XmlEscape(Spaced(baseUnit.Name))} ({SourceWriter.XmlEscape(baseUnit.DefaultAbbreviation)}). <c>default</c> is zero in the base unit.</para>");
        w.Line($"/// <para>The value is also finite in the base unit: constructors, <c>From*</c>, <c>ToUnit</c> and parsing reject a value beyond the unit's range. Arithmetic follows IEEE 754 like <see cref=\"double\"/> and can give infinite or NaN results.</para>");
        w.Line("/// <para>Equality and ordering compare the values converted to the base unit, so 1 kW equals 1000 W; two different values of one unit");
        w.Line("/// are never equal, even where their conversions round alike (docs/quantities.md says how). Use");
        w.Line($"/// <see cref=\"Equals({n}, {tolerance})\"/> for an approximate comparison. <see cref=\"GetHashCode\"/> agrees with equality.</para>");
        if (q.IsAffine)
        {
            w.Line($"/// <para>An affine quantity: a point on a scale. The difference of two points is a <see cref=\"{q.DifferenceQuantity}\"/>, and a point plus a difference is a point; points cannot be added or scaled.</para>");
        }

        w.Line("/// <para>Parsing and formatting use the invariant culture unless a culture is given; <c>Parse(q.ToString())</c> equals <c>q</c>.</para>");
        w.Line("/// </remarks>");
        w.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({RuntimeNames.QuantityJsonConverter}<{n}, {u}>))]");
        w.Line($"public readonly partial struct {n} :");
        w.Indent++;
        var interfaces = new System.Collections.Generic.List<string>
        {
            $"IQuantity<{n}, {u}>",
            $"global::System.Numerics.IComparisonOperators<{n}, {n}, bool>",
            $"global::System.Numerics.IMinMaxValue<{n}>",
        };
        if (!q.IsAffine)
        {
            interfaces.Add($"global::System.Numerics.IAdditionOperators<{n}, {n}, {n}>");
            interfaces.Add($"global::System.Numerics.ISubtractionOperators<{n}, {n}, {n}>");
            interfaces.Add($"global::System.Numerics.IUnaryNegationOperators<{n}, {n}>");
            interfaces.Add($"global::System.Numerics.IUnaryPlusOperators<{n}, {n}>");
            interfaces.Add($"global::System.Numerics.IMultiplyOperators<{n}, double, {n}>");
            interfaces.Add($"global::System.Numerics.IDivisionOperators<{n}, double, {n}>");
            interfaces.Add($"global::System.Numerics.IDivisionOperators<{n}, {n}, double>");
            interfaces.Add($"global::System.Numerics.IAdditiveIdentity<{n}, {n}>");
        }

        for (var i = 0; i < interfaces.Count; i++)
        {
            w.Line(interfaces[i] + (i == interfaces.Count - 1 ? string.Empty : ","));
        }

        w.Indent--;
        w.Line("{");
        w.Indent++;

        EmitStateAndConstruction(w, q, n, u, baseUnit);
        EmitUnitProperties(w, q, n, u);
        EmitConversion(w, q, n, u);
        EmitParsing(w, q, n, u);
        EmitFormatting(w, q, n, u);
        EmitEquality(w, q, n);
        if (q.IsAffine)
        {
            EmitAffineHelpers(w, q, n, u);
        }
        else
        {
            EmitArithmetic(w, n);
        }

        w.CloseBlock();
        w.Line();
        EmitAggregates(w, q, n, u);
        w.CloseBlock();
    }

    /// <summary>Sum, Average, Min and Max over sequences of the quantity, as extension methods beside LINQ's.</summary>
    /// <remarks>
    /// Non-generic overloads for each quantity, so that they win over LINQ's generic Min and Max when both are in scope;
    /// the work is done once, in the library's QuantityAggregation.
    /// </remarks>
    private static void EmitAggregates(SourceWriter w, QuantityModel q, string n, string u)
    {
        var e = $"global::System.Collections.Generic.IEnumerable<{n}>";
        var agg = $"global::{CompilationQuantities.LibraryNamespace}.QuantityAggregation";
        w.Line("/// <summary>Sum, Average, Min and Max over sequences of quantities, beside LINQ's (see docs/quantities.md).</summary>");
        w.OpenBlock("public static partial class QuantityEnumerable");
        if (!q.IsAffine)
        {
            w.Lines($$"""
                /// <summary>The sum of the values, in the first value's unit; zero in the base unit for an empty sequence.</summary>
                /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
                public static {{n}} Sum(this {{e}} source) => {{agg}}.Sum<{{n}}, {{u}}>(source);

                /// <summary>The sum of the values, in <paramref name="unit"/>; zero in that unit for an empty sequence.</summary>
                /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
                /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
                public static {{n}} Sum(this {{e}} source, {{u}} unit) => {{agg}}.Sum<{{n}}, {{u}}>(source, unit);

                /// <summary>The sum of the values <paramref name="selector"/> gives, in the first value's unit; zero in the base unit for an empty sequence.</summary>
                /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is null.</exception>
                public static {{n}} Sum<TSource>(this global::System.Collections.Generic.IEnumerable<TSource> source, Func<TSource, {{n}}> selector) =>
                    {{agg}}.Sum<{{n}}, {{u}}>({{agg}}.Select(source, selector));

                /// <summary>The mean of the values, in the first value's unit.</summary>
                /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
                /// <exception cref="InvalidOperationException">The sequence is empty: no mean is defined.</exception>
                public static {{n}} Average(this {{e}} source) => {{agg}}.Average<{{n}}, {{u}}>(source);

                /// <summary>The mean of the values, in <paramref name="unit"/>.</summary>
                /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
                /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
                /// <exception cref="InvalidOperationException">The sequence is empty: no mean is defined.</exception>
                public static {{n}} Average(this {{e}} source, {{u}} unit) => {{agg}}.Average<{{n}}, {{u}}>(source, unit);

                /// <summary>The mean of the values <paramref name="selector"/> gives, in the first value's unit.</summary>
                /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="selector"/> is null.</exception>
                /// <exception cref="InvalidOperationException">The sequence is empty: no mean is defined.</exception>
                public static {{n}} Average<TSource>(this global::System.Collections.Generic.IEnumerable<TSource> source, Func<TSource, {{n}}> selector) =>
                    {{agg}}.Average<{{n}}, {{u}}>({{agg}}.Select(source, selector));

                """);
        }

        w.Lines($$"""
            /// <summary>The smallest value as <see cref="{{n}}.CompareTo({{n}})"/> orders them (NaN first), in its own unit; the first of equal values.</summary>
            /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
            /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
            public static {{n}} Min(this {{e}} source) => {{agg}}.Min<{{n}}, {{u}}>(source);

            /// <summary>The largest value as <see cref="{{n}}.CompareTo({{n}})"/> orders them, in its own unit; the first of equal values.</summary>
            /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
            /// <exception cref="InvalidOperationException">The sequence is empty.</exception>
            public static {{n}} Max(this {{e}} source) => {{agg}}.Max<{{n}}, {{u}}>(source);
            """);
        w.CloseBlock();
    }

    private static void EmitAffineHelpers(SourceWriter w, QuantityModel q, string n, string u)
    {
        w.Lines($$"""
            /// <summary>This point moved by a difference given in the base unit, keeping this point's unit.</summary>
            internal {{n}} ShiftedBy(double baseDelta) => new(_value + baseDelta / ScaleOf(_unit), _unit, trusted: true);

            /// <summary>This point minus another, in the base unit; exact when both share a unit.</summary>
            internal double BaseDifferenceFrom({{n}} other) =>
                _unit == other._unit ? (_value - other._value) * ScaleOf(_unit) : BaseValue - other.BaseValue;

            """);
        w.OpenBlock($"private static double ScaleOf({u} unit) => unit switch");
        foreach (var unit in q.Units)
        {
            w.Line($"{u}.{unit.Name} => {Literal(unit.Factor)},");
        }

        w.Line("_ => throw QuantityGuard.UndefinedUnit(unit, nameof(unit)),");
        w.CloseBlock("};");
    }

    private static void EmitStateAndConstruction(SourceWriter w, QuantityModel q, string n, string u, UnitModel baseUnit)
    {
        var article = Article(n);

        // With scale factors only, one test of the base value covers a value that is not finite, an undefined unit (NaN
        // stands for it) and a value beyond the unit's range; the rare failure sorts out which, in the order the checks
        // are documented, and the order float is that base value rounded.
        var body = q.HasScaleFactorsOnly
            ? """
                var baseValue = IsDefined(unit) ? value * s_factors[(int)unit] : double.NaN;
                if (!double.IsFinite(baseValue))
                {
                    throw InvalidArguments(value, unit);
                }

                _value = value;
                _unit = unit;
                _order = (float)baseValue;
            """
            : """
                _value = QuantityGuard.Finite(value, nameof(value));
                _unit = IsDefined(unit) ? unit : throw QuantityGuard.UndefinedUnit(unit, nameof(unit));
                if (!double.IsFinite(ToBaseValue(value, unit)))
                {
                    throw QuantityGuard.OutOfRange(s_info, s_info.UnitInfos[(int)unit], value, nameof(value));
                }

                _order = OrderOf(value, unit);
            """;
        w.Lines($$"""
            private static readonly QuantityInfo<{{u}}> s_info = CreateInfo();

            private readonly double _value;
            private readonly {{u}} _unit;

            // The value in the base unit as AmountOrder rounds it, rounded again to a float: a filter in the struct's
            // padding. Rounding is monotone, so floats that differ order the amounts as the exact comparison does;
            // equal floats or NaN fall through to it.
            private readonly float _order;

            /// <summary>Creates {{article}} {{n}} of <paramref name="value"/> in <paramref name="unit"/>.</summary>
            /// <param name="value">A finite number.</param>
            /// <param name="unit">One of the defined <see cref="{{u}}"/> values.</param>
            /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite.</exception>
            /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit, or <paramref name="value"/> is beyond its range: its value in the base unit would not be finite.</exception>
            public {{n}}(double value, {{u}} unit)
            {
            {{body}}
            }

            // Used by arithmetic, whose results follow IEEE 754 like double's, and by conversions of checked values.
            private {{n}}(double value, {{u}} unit, bool trusted)
            {
                _ = trusted;
                _value = value;
                _unit = unit;
                _order = OrderOf(value, unit);
            }

            /// <summary>Describes the quantity and its units.</summary>
            public static QuantityInfo<{{u}}> Info => s_info;

            /// <summary>The unit that conversions go through: {{SourceWriter.XmlEscape(Spaced(baseUnit.Name))}}.</summary>
            public static {{u}} BaseUnit => {{u}}.{{q.BaseUnit}};

            /// <summary>Zero in the base unit (the same as <c>default</c>).</summary>
            public static {{n}} Zero => default;

            /// <summary>The largest value, in the base unit.</summary>
            public static {{n}} MaxValue => new(double.MaxValue, BaseUnit, trusted: true);

            /// <summary>The smallest (most negative) value, in the base unit.</summary>
            public static {{n}} MinValue => new(double.MinValue, BaseUnit, trusted: true);

            /// <summary>The number, in <see cref="Unit"/>.</summary>
            public double Value => _value;

            /// <summary>The unit the value was created with; formatting and serialization keep it.</summary>
            public {{u}} Unit => _unit;

            /// <summary>Describes the quantity and its units (the same as <see cref="Info"/>).</summary>
            public QuantityInfo<{{u}}> QuantityInfo => s_info;

            Enum IQuantity.Unit => _unit;

            QuantityInfo IQuantity.QuantityInfo => s_info;

            /// <summary>The value in the base unit, rounded to a double. Conversions, arithmetic, hashing and the first step of comparisons across units use it.</summary>
            internal double BaseValue => ToBaseValue(_value, _unit);

            /// <summary>Creates {{article}} {{n}} of <paramref name="value"/> in <paramref name="unit"/>.</summary>
            /// <inheritdoc cref="{{n}}({{"double"}}, {{u}})"/>
            public static {{n}} From(double value, {{u}} unit) => new(value, unit);

            /// <summary>Creates {{article}} {{n}} from a value in the base unit, without checking it.</summary>
            internal static {{n}} FromBaseValue(double baseValue) => new(baseValue, BaseUnit, trusted: true);

            /// <summary>True when <paramref name="unit"/> is one of the defined units.</summary>
            private static bool IsDefined({{u}} unit) => (uint)unit < {{q.Units.Count.ToString(CultureInfo.InvariantCulture)}}u;

            """);

        if (q.HasScaleFactorsOnly)
        {
            w.Lines($$"""
                // What the constructor throws when its one test fails, checked in the order its documentation gives.
                [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
                private static ArgumentException InvalidArguments(double value, {{u}} unit)
                {
                    _ = QuantityGuard.Finite(value, nameof(value));
                    return IsDefined(unit)
                        ? QuantityGuard.OutOfRange(s_info, s_info.UnitInfos[(int)unit], value, nameof(value))
                        : QuantityGuard.UndefinedUnit(unit, nameof(unit));
                }

                """);
        }
    }

    private static void EmitUnitProperties(SourceWriter w, QuantityModel q, string n, string u)
    {
        foreach (var unit in q.Units)
        {
            var words = Spaced(unit.PluralName).ToLowerInvariant();
            var abbreviation = unit.DefaultAbbreviation.Length == 0 ? string.Empty : $" ({SourceWriter.XmlEscape(unit.DefaultAbbreviation)})";
            w.Line($"/// <summary>The value in {words}{abbreviation}.</summary>");
            w.Line($"public double {unit.PluralName} => As({u}.{unit.Name});");
            w.Line();
        }

        foreach (var unit in q.Units)
        {
            var words = Spaced(unit.PluralName).ToLowerInvariant();
            var parameter = char.ToLowerInvariant(unit.PluralName[0]) + unit.PluralName.Substring(1);
            if (AiInfra.Domain.Rules.CSharpNames.IsKeyword(parameter))
            {
                parameter = "@" + parameter;
            }

            w.Line($"/// <summary>Creates {Article(n)} {n} from a value in {words}.</summary>");
            w.Line($"/// <exception cref=\"ArgumentException\">The value is NaN or infinite.</exception>");
            w.Line($"/// <exception cref=\"ArgumentOutOfRangeException\">The value is beyond the unit's range: in the base unit it would not be finite.</exception>");
            w.Line($"public static {n} {QuantityMembers.Factory(unit.PluralName)}(double {parameter}) => new({parameter}, {u}.{unit.Name});");
            w.Line();
        }
    }

    private static void EmitConversion(SourceWriter w, QuantityModel q, string n, string u)
    {
        w.Lines($$"""
            /// <summary>The value converted to <paramref name="unit"/>; like any double arithmetic it can overflow to an infinity.</summary>
            /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
            public double As({{u}} unit) => unit == _unit ? _value : FromBaseValue(ToBaseValue(_value, _unit), unit);

            /// <summary>The same amount expressed in <paramref name="unit"/>, as the constructor would create it.</summary>
            /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit, or the amount cannot be
            /// expressed in it: the converted value or its value in the base unit would not be finite, or this quantity is not
            /// finite (the result of arithmetic that overflowed).</exception>
            public {{n}} ToUnit({{u}} unit)
            {
                var converted = As(unit);
                return double.IsFinite(ToBaseValue(converted, unit)) && double.IsFinite(BaseValue)
                    ? (unit == _unit ? this : new(converted, unit, trusted: true))
                    : throw QuantityGuard.NotExpressible(this, s_info.UnitInfos[(int)unit], converted, nameof(unit));
            }

            double IQuantity.As(Enum unit) => unit is {{u}} typed ? As(typed) : throw QuantityGuard.WrongUnitType(unit, typeof({{u}}), nameof(unit));

            IQuantity IQuantity.ToUnit(Enum unit) => unit is {{u}} typed ? ToUnit(typed) : throw QuantityGuard.WrongUnitType(unit, typeof({{u}}), nameof(unit));

            IQuantity<{{u}}> IQuantity<{{u}}>.ToUnit({{u}} unit) => ToUnit(unit);

            """);

        if (q.HasScaleFactorsOnly)
        {
            EmitFactorTable(w, q, u);
            return;
        }

        var factors = string.Join(", ", OrderedByValue(q).Select(unit => unit.Name == q.BaseUnit ? "1.0d" : Literal(unit.Factor)));
        var offsets = string.Join(", ", OrderedByValue(q).Select(unit => unit.Name == q.BaseUnit ? "0.0d" : Literal(unit.Offset)));
        w.Lines($$"""
            // The factor and offset of each unit to the base unit, indexed by the unit's value, for comparisons across units.
            private static readonly double[] s_factors = new double[] { {{factors}} };
            private static readonly double[] s_offsets = new double[] { {{offsets}} };

            """);
        w.OpenBlock($"private static double ToBaseValue(double value, {u} unit) => unit switch");
        foreach (var unit in q.Units)
        {
            w.Line($"{u}.{unit.Name} => {ToBaseExpression(unit, q.BaseUnit)},");
        }

        w.Line("_ => throw QuantityGuard.UndefinedUnit(unit, nameof(unit)),");
        w.CloseBlock("};");
        w.Line();
        w.OpenBlock($"private static double FromBaseValue(double baseValue, {u} unit) => unit switch");
        foreach (var unit in q.Units)
        {
            w.Line($"{u}.{unit.Name} => {FromBaseExpression(unit, q.BaseUnit)},");
        }

        w.Line("_ => throw QuantityGuard.UndefinedUnit(unit, nameof(unit)),");
        w.CloseBlock("};");
        w.Line();
    }

    /// <summary>
    /// A quantity whose units are all pure scale factors converts through a table indexed by the unit (the base unit
    /// is 0, the others 1 to n-1 in their order, as <see cref="OrderedByValue"/> lists them): small enough to inline,
    /// with no branch per unit. Multiplying by the base unit's factor 1 leaves every double as it was, and the base
    /// unit skips the division, so the results are those of the switch form, bit for bit.
    /// </summary>
    private static void EmitFactorTable(SourceWriter w, QuantityModel q, string u)
    {
        var factors = string.Join(", ", OrderedByValue(q).Select(unit => unit.Name == q.BaseUnit ? "1.0d" : Literal(unit.Factor)));
        w.Lines($$"""
            // The factor of each unit to the base unit, indexed by the unit's value. An array, not a ReadOnlySpan<double>
            // property over one, which a debug build compiled into a new array on every conversion.
            private static readonly double[] s_factors = new double[] { {{factors}} };

            private static double ToBaseValue(double value, {{u}} unit) =>
                IsDefined(unit) ? value * s_factors[(int)unit] : throw QuantityGuard.UndefinedUnit(unit, nameof(unit));

            // The base unit needs no division, which is slow and would sit on the dependency chain of a running sum.
            private static double FromBaseValue(double baseValue, {{u}} unit) =>
                unit == {{u}}.{{q.BaseUnit}} ? baseValue
                : IsDefined(unit) ? baseValue / s_factors[(int)unit]
                : throw QuantityGuard.UndefinedUnit(unit, nameof(unit));

            """);
    }

    private static string ToBaseExpression(UnitModel unit, string baseUnit)
    {
        if (unit.Name == baseUnit)
        {
            return "value";
        }

        var scaled = unit.Factor == 1 ? "value" : $"value * {Literal(unit.Factor)}";
        return unit.Offset == 0 ? scaled : $"{scaled} + {Literal(unit.Offset)}";
    }

    private static string FromBaseExpression(UnitModel unit, string baseUnit)
    {
        if (unit.Name == baseUnit)
        {
            return "baseValue";
        }

        var shifted = unit.Offset == 0 ? "baseValue" : $"(baseValue - {Literal(unit.Offset)})";
        return unit.Factor == 1 ? shifted : $"{shifted} / {Literal(unit.Factor)}";
    }

    private static void EmitParsing(SourceWriter w, QuantityModel q, string n, string u)
    {
        w.Lines($$"""
            /// <summary>Parses a value and unit such as "{{Example(q)}}" in the invariant culture.</summary>
            /// <exception cref="QuantityFormatException">The text is not {{Article(n)}} {{n}}; the message says why and lists the units.</exception>
            public static {{n}} Parse(string s) => Parse(s, null);

            /// <summary>Parses a value and unit such as "{{Example(q)}}", reading the number in <paramref name="provider"/>'s culture (invariant when null).</summary>
            /// <exception cref="QuantityFormatException">The text is not {{Article(n)}} {{n}}; the message says why and lists the units.</exception>
            public static {{n}} Parse(string s, IFormatProvider? provider) =>
                QuantityParser.Parse<{{n}}, {{u}}>((s ?? throw new ArgumentNullException(nameof(s))).AsSpan(), provider);

            /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
            public static {{n}} Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => QuantityParser.Parse<{{n}}, {{u}}>(s, provider);

            /// <summary>Tries to parse a value and unit in the invariant culture; never throws.</summary>
            public static bool TryParse(string? s, out {{n}} result) => TryParse(s, null, out result);

            /// <summary>Tries to parse a value and unit, reading the number in <paramref name="provider"/>'s culture; never throws.</summary>
            public static bool TryParse(string? s, IFormatProvider? provider, out {{n}} result)
            {
                result = default;
                return s is not null && QuantityParser.TryParse<{{n}}, {{u}}>(s.AsSpan(), provider, out result);
            }

            /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out {{n}})"/>
            public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out {{n}} result) =>
                QuantityParser.TryParse<{{n}}, {{u}}>(s, provider, out result);

            /// <summary>The unit with this abbreviation, such as "{{q.BaseUnitModel.DefaultAbbreviation}}". Case decides first; a different case is accepted only when it matches one unit.</summary>
            /// <exception cref="QuantityFormatException">No unit, or more than one, has the abbreviation.</exception>
            public static {{u}} ParseUnit(string abbreviation) => ParseUnit(abbreviation, null);

            /// <inheritdoc cref="ParseUnit(string)"/>
            public static {{u}} ParseUnit(string abbreviation, IFormatProvider? provider) =>
                TryParseUnit((abbreviation ?? throw new ArgumentNullException(nameof(abbreviation))).AsSpan(), provider, out var unit)
                    ? unit
                    : throw QuantityParser.UnitNotFound<{{n}}, {{u}}>(abbreviation);

            /// <summary>Tries to find the unit with this abbreviation; never throws.</summary>
            public static bool TryParseUnit(string? abbreviation, out {{u}} unit) => TryParseUnit(abbreviation, null, out unit);

            /// <inheritdoc cref="TryParseUnit(string?, out {{u}})"/>
            public static bool TryParseUnit(string? abbreviation, IFormatProvider? provider, out {{u}} unit)
            {
                unit = default;
                return abbreviation is not null && TryParseUnit(abbreviation.AsSpan(), provider, out unit);
            }

            /// <inheritdoc cref="TryParseUnit(string?, out {{u}})"/>
            public static bool TryParseUnit(ReadOnlySpan<char> abbreviation, IFormatProvider? provider, out {{u}} unit) =>
                TryParseUnitExact(abbreviation, out unit) || UnitLookup.TryFindIgnoringCase(abbreviation, s_info, out unit);

            /// <summary>The abbreviation used to format <paramref name="unit"/>, such as "{{q.BaseUnitModel.DefaultAbbreviation}}".</summary>
            public static string GetAbbreviation({{u}} unit) => GetAbbreviation(unit, null);

            /// <inheritdoc cref="GetAbbreviation({{u}})"/>
            public static string GetAbbreviation({{u}} unit, IFormatProvider? provider) =>
                IsDefined(unit) ? s_info.UnitInfos[(int)unit].Abbreviation : throw QuantityGuard.UndefinedUnit(unit, nameof(unit));

            """);

        w.OpenBlock($"private static bool TryParseUnitExact(ReadOnlySpan<char> abbreviation, out {u} unit)");
        w.OpenBlock("switch (abbreviation)");
        foreach (var unit in q.Units)
        {
            foreach (var abbreviation in unit.Abbreviations)
            {
                w.Line($"case {Identifiers.StringLiteral(abbreviation)}:");
            }

            if (unit.Abbreviations.Count == 0)
            {
                continue;
            }

            w.Indent++;
            w.Line($"unit = {u}.{unit.Name};");
            w.Line("return true;");
            w.Indent--;
        }

        w.Line("default:");
        w.Indent++;
        w.Line("unit = default;");
        w.Line("return false;");
        w.Indent--;
        w.CloseBlock();
        w.CloseBlock();
        w.Line();

        w.OpenBlock($"private static QuantityInfo<{u}> CreateInfo()");
        w.OpenBlock($"var units = new UnitInfo<{u}>[]");
        foreach (var unit in OrderedByValue(q))
        {
            var abbreviations = string.Join(", ", unit.Abbreviations.Select(Identifiers.StringLiteral));
            w.Line($"new({u}.{unit.Name}, {Identifiers.StringLiteral(unit.PluralName)}, new string[] {{ {abbreviations} }}, {Literal(unit.Factor)}, {Literal(unit.Offset)}),");
        }

        w.CloseBlock("};");
        var dimensions = string.Join(", ", q.Dimensions.Select(d => $"{char.ToUpperInvariant(d.Name[0])}{d.Name.Substring(1)}: {d.Exponent.ToString(CultureInfo.InvariantCulture)}"));
        var difference = q.DifferenceQuantity is null ? "null" : Identifiers.StringLiteral(q.DifferenceQuantity);
        w.Line($"return new QuantityInfo<{n}, {u}>({Identifiers.StringLiteral(n)}, units, new BaseDimensions({dimensions}), {difference});");
        w.CloseBlock();
        w.Line();
    }

    private static void EmitFormatting(SourceWriter w, QuantityModel q, string n, string u)
    {
        var scales = string.Join(", ", q.DisplayScales.Select(scale => "new " + u + "[] { " + string.Join(", ", scale.Select(unit => u + "." + unit)) + " }"));
        w.Lines($$"""
            // The readable format's scales (displayUnits in {{q.FileName}}), each ordered by factor.
            private static readonly {{u}}[][] s_displayScales = { {{scales}} };

            /// <summary>
            /// The readable form, as <c>ToString("a")</c> gives it: the value in the display unit (declared in {{q.FileName}}) that puts
            /// it at 1 or more, usually in [1, 1000), rounded to 4 significant digits without trailing zeros, such as "3.168 MWh".
            /// A quantity without display units, or an affine one, keeps its unit. For reading, not for round trips.
            /// </summary>
            /// <param name="provider">The culture of the number; invariant when null.</param>
            public string ToReadableString(IFormatProvider? provider = null)
            {
                var unit = QuantityFormatter.ReadableUnit(BaseValue, _unit, s_info, s_displayScales);
                return QuantityFormatter.FormatReadable(As(unit), s_info.UnitInfos[(int)unit].Abbreviation, provider);
            }

            """);
        w.Lines($$"""
            /// <summary>The value in the invariant culture with the shortest round-trip number, a space and the abbreviation, such as "700 W".</summary>
            public override string ToString() => ToString(null, null);

            /// <summary>The value formatted in <paramref name="provider"/>'s culture (invariant when null), a space and the abbreviation.</summary>
            public string ToString(IFormatProvider? provider) => ToString(null, provider);

            /// <summary>The value formatted with a standard or custom numeric <paramref name="format"/> in the invariant culture, a space and the abbreviation; "a" gives the readable form (<see cref="ToReadableString"/>).</summary>
            public string ToString(string? format) => ToString(format, null);

            /// <summary>The value formatted with a numeric <paramref name="format"/> in <paramref name="provider"/>'s culture (invariant when null), a space and the abbreviation; "a" gives the readable form (<see cref="ToReadableString"/>).</summary>
            public string ToString(string? format, IFormatProvider? provider) =>
                format == QuantityFormatter.ReadableFormat
                    ? ToReadableString(provider)
                    : QuantityFormatter.Format(_value, s_info.UnitInfos[(int)_unit].Abbreviation, format, provider);

            /// <summary>Formats like <see cref="ToString(string?, IFormatProvider?)"/> into <paramref name="destination"/>; only the readable form ("a") allocates.</summary>
            public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
                format.SequenceEqual(QuantityFormatter.ReadableFormat)
                    ? QuantityFormatter.TryCopy(ToReadableString(provider), destination, out charsWritten)
                    : QuantityFormatter.TryFormat(_value, s_info.UnitInfos[(int)_unit].Abbreviation, destination, out charsWritten, format, provider);

            """);
    }

    private static void EmitEquality(SourceWriter w, QuantityModel q, string n)
    {
        // In one unit the values compare as doubles; across units AmountOrder compares the rounded base values, then positions.
        var affine = !q.HasScaleFactorsOnly;
        string Args(string left, string right) => affine
            ? $"{left}._value, s_factors[(int){left}._unit], s_offsets[(int){left}._unit], {right}._value, s_factors[(int){right}._unit], s_offsets[(int){right}._unit]"
            : $"{left}._value, s_factors[(int){left}._unit], {right}._value, s_factors[(int){right}._unit]";
        var self = Args("this", "other");
        var pair = Args("left", "right");
        var reversed = Args("right", "left");
        var order = affine
            ? $"(float)Math.FusedMultiplyAdd(value, s_factors[(int)unit], s_offsets[(int)unit])"
            : "(float)(value * s_factors[(int)unit])";
        var hash = affine ? "QuantityGuard.HashOf(Math.FusedMultiplyAdd(_value, s_factors[(int)_unit], s_offsets[(int)_unit]))" : "QuantityGuard.HashOf(BaseValue)";
        w.Lines($$"""
            // The base value as AmountOrder computes it, rounded to a float (see _order); the unit is a defined one.
            private static float OrderOf(double value, {{q.Name}}Unit unit) => {{order}};

            /// <summary>True when both amounts are equal: in one unit, the values; across units, the rounded base values and positions among values that round alike (NaN equals NaN, as for <see cref="double.Equals(double)"/>).</summary>
            public bool Equals({{n}} other) => !(_order < other._order || _order > other._order) && (_unit == other._unit ? AmountOrder.SameValue(_value, other._value) : AmountOrder.EqualOrBothNaN({{self}}));

            /// <inheritdoc cref="Equals({{n}})"/>
            public override bool Equals(object? obj) => obj is {{n}} other && Equals(other);

            /// <summary>A hash of the value in the base unit, consistent with <see cref="Equals({{n}})"/> in every unit.</summary>
            public override int GetHashCode() => {{hash}};

            /// <summary>Compares the amounts as <see cref="Equals({{n}})"/> defines them (NaN first, as for <see cref="double.CompareTo(double)"/>).</summary>
            public int CompareTo({{n}} other) => _order < other._order ? -1 : _order > other._order ? 1 : _unit == other._unit ? AmountOrder.CompareValues(_value, other._value) : AmountOrder.Compare({{self}});

            int IComparable.CompareTo(object? obj) => obj switch
            {
                null => 1,
                {{n}} other => CompareTo(other),
                _ => throw new ArgumentException($"Cannot compare a {{n}} with a {obj.GetType().Name}.", nameof(obj)),
            };

            /// <summary>True when the amounts are equal as <see cref="Equals({{n}})"/> defines it (IEEE 754: NaN is not equal to itself).</summary>
            public static bool operator ==({{n}} left, {{n}} right) =>
                !(left._order < right._order || left._order > right._order) && (left._unit == right._unit ? left._value == right._value : AmountOrder.Equal({{pair}}));

            /// <summary>True when the amounts differ.</summary>
            public static bool operator !=({{n}} left, {{n}} right) => !(left == right);

            /// <summary>Compares the amounts.</summary>
            public static bool operator <({{n}} left, {{n}} right) =>
                left._order < right._order || (!(left._order > right._order) && (left._unit == right._unit ? left._value < right._value : AmountOrder.Less({{pair}})));

            /// <summary>Compares the amounts.</summary>
            public static bool operator >({{n}} left, {{n}} right) =>
                left._order > right._order || (!(left._order < right._order) && (left._unit == right._unit ? left._value > right._value : AmountOrder.Less({{reversed}})));

            /// <summary>Compares the amounts.</summary>
            public static bool operator <=({{n}} left, {{n}} right) =>
                left._order < right._order || (!(left._order > right._order) && (left._unit == right._unit ? left._value <= right._value : AmountOrder.LessOrEqual({{pair}})));

            /// <summary>Compares the amounts.</summary>
            public static bool operator >=({{n}} left, {{n}} right) =>
                left._order > right._order || (!(left._order < right._order) && (left._unit == right._unit ? left._value >= right._value : AmountOrder.LessOrEqual({{reversed}})));

            """);

        if (!q.IsAffine)
        {
            w.Lines($$"""
                /// <summary>True when the two values differ by at most <paramref name="tolerance"/> (an absolute amount; its sign is ignored).</summary>
                public bool Equals({{n}} other, {{n}} tolerance) => Math.Abs(BaseValue - other.BaseValue) <= Math.Abs(tolerance.BaseValue);

                """);
        }
    }

    private static void EmitArithmetic(SourceWriter w, string n)
    {
        w.Lines($$"""
            /// <summary>Zero, the additive identity.</summary>
            public static {{n}} AdditiveIdentity => default;

            /// <summary>The sum, in the left operand's unit.</summary>
            public static {{n}} operator +({{n}} left, {{n}} right) =>
                new(left._value + (left._unit == right._unit ? right._value : right.As(left._unit)), left._unit, trusted: true);

            /// <summary>The difference, in the left operand's unit.</summary>
            public static {{n}} operator -({{n}} left, {{n}} right) =>
                new(left._value - (left._unit == right._unit ? right._value : right.As(left._unit)), left._unit, trusted: true);

            /// <summary>The negated value, in the same unit.</summary>
            public static {{n}} operator -({{n}} value) => new(-value._value, value._unit, trusted: true);

            /// <summary>The same value.</summary>
            public static {{n}} operator +({{n}} value) => value;

            /// <summary>The value scaled by a number, in the same unit.</summary>
            public static {{n}} operator *({{n}} left, double right) => new(left._value * right, left._unit, trusted: true);

            /// <summary>The value scaled by a number, in the same unit.</summary>
            public static {{n}} operator *(double left, {{n}} right) => new(left * right._value, right._unit, trusted: true);

            /// <summary>The value divided by a number, in the same unit.</summary>
            public static {{n}} operator /({{n}} left, double right) => new(left._value / right, left._unit, trusted: true);

            /// <summary>The ratio of two values (a plain number).</summary>
            public static double operator /({{n}} left, {{n}} right) => left.BaseValue / right.BaseValue;
            """);
    }

    private static System.Collections.Generic.IEnumerable<UnitModel> OrderedByValue(QuantityModel q) =>
        q.Units.Where(unit => unit.Name == q.BaseUnit).Concat(q.Units.Where(unit => unit.Name != q.BaseUnit));

    /// <summary>An example such as "700 W" for messages.</summary>
    private static string Example(QuantityModel q)
    {
        var abbreviation = q.BaseUnitModel.DefaultAbbreviation;
        return SourceWriter.XmlEscape(abbreviation.Length == 0 ? "1" : "1 " + abbreviation);
    }

    private static string Article(string noun) => "AEIOU".IndexOf(noun[0]) >= 0 ? "an" : "a";

    internal static string Literal(double value) =>
        value.ToString("R", CultureInfo.InvariantCulture) is var text && (text.Contains(".") || text.Contains("E")) ? text + "d" : text + ".0d";

    private static string Number(double value) => value.ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>"KilowattHour" becomes "Kilowatt Hour".</summary>
    internal static string Spaced(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                builder.Append(' ');
            }

            builder.Append(name[i]);
        }

        return builder.ToString();
    }
}
