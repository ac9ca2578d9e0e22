using System.Collections.Generic;
using System.Globalization;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Validation.JsonSchemaStrings;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>What every generated spec source shares: its header and descriptions of constraints.</summary>
internal static class SpecSources
{
    public const string Version = "0.1.0";

    /// <summary>Every sequence C# ends a line at.</summary>
    private static readonly string[] LineBreaks = { "\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029" };

    /// <summary>
    /// Text for one line of an XML doc comment: escaped, with line breaks as spaces, since a line break would end the
    /// comment and make the rest of the text code (an enum value or a pattern may contain one).
    /// </summary>
    public static string DocLine(string text) => string.Join(" ", SourceWriter.XmlEscape(text).Split(LineBreaks, System.StringSplitOptions.None));

    public static SourceWriter Begin(string fileName)
    {
        var w = SourceWriter.FileHeader(fileName);
        w.Line("#pragma warning disable CS0612, CS0618 // Generated code reads and writes deprecated members too.");
        w.Line();
        return w;
    }

    public static string EmptyCollection(ValueModel value) => value.Kind == ValueKind.List
        ? $"global::System.Array.Empty<{CSharpTypes.TypeOf(value.Item!)}>()"
        : $"global::System.Collections.Immutable.ImmutableDictionary<{value.KeyEnum}, {CSharpTypes.TypeOf(value.Item!)}>.Empty";

    /// <summary>"Required. In kW (a bare JSON number means kW). At least 1 kW. At most 10 MW." for docs.</summary>
    public static string Describe(PropertyModel property)
    {
        var parts = new List<string>();
        parts.Add(property.Required ? "Required." : property.Default is { } d ? $"Optional; default {d.Text}." : "Optional.");
        parts.AddRange(DescribeValue(property.Value));
        if (property.Deprecated is not null)
        {
            parts.Add("Deprecated: " + property.Deprecated);
        }

        return string.Join(" ", parts);
    }

    public static IEnumerable<string> DescribeValue(ValueModel value)
    {
        if (value.Kind == ValueKind.Quantity)
        {
            yield return $"A {value.Quantity}; a bare JSON number is read in {value.UnitAbbreviation}.";
        }

        if (value.Kind == ValueKind.Reference)
        {
            yield return $"The id of a {value.Target}.";
        }

        if (value.Minimum is { } min)
        {
            yield return $"At least {min.Text}.";
        }

        if (value.Maximum is { } max)
        {
            yield return $"At most {max.Text}.";
        }

        if (value.Pattern is { } pattern)
        {
            yield return $"Matches the ECMA-262 pattern {pattern}.";
        }

        if (value.MinLength >= 0)
        {
            yield return $"At least {CodePoints.Describe(value.MinLength)}.";
        }

        if (value.MaxLength >= 0)
        {
            yield return $"At most {CodePoints.Describe(value.MaxLength)}.";
        }

        if (value.MinItems >= 0)
        {
            yield return $"At least {value.MinItems.ToString(CultureInfo.InvariantCulture)} items.";
        }

        if (value.MaxItems >= 0)
        {
            yield return $"At most {value.MaxItems.ToString(CultureInfo.InvariantCulture)} items.";
        }

        if (value.UniqueItems)
        {
            yield return "Items are unique.";
        }

        if (value.Item is { } item)
        {
            foreach (var text in DescribeValue(item))
            {
                yield return "Each item: " + text;
            }
        }
    }
}
