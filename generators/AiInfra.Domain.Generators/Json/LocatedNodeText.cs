using System.Globalization;
using System.Text;

namespace AiInfra.Domain.Generators.Json;

/// <summary>Writes a <see cref="LocatedNode"/> back as compact JSON text (comments dropped, numbers as written).</summary>
internal static class LocatedNodeText
{
    public static string ToCompactJson(LocatedNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, LocatedNode node)
    {
        switch (node)
        {
            case LocatedObject obj:
                builder.Append('{');
                for (var i = 0; i < obj.Properties.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    WriteString(builder, obj.Properties[i].Name);
                    builder.Append(':');
                    Write(builder, obj.Properties[i].Value);
                }

                builder.Append('}');
                break;
            case LocatedArray array:
                builder.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, array.Items[i]);
                }

                builder.Append(']');
                break;
            case LocatedString s:
                WriteString(builder, s.Value);
                break;
            case LocatedNumber n:
                builder.Append(n.RawText);
                break;
            default:
                builder.Append(node.Kind switch { JsonKind.True => "true", JsonKind.False => "false", _ => "null" });
                break;
        }
    }

    public static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
