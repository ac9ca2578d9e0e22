using System;
using System.Text;

namespace AiInfra.Domain.Generators.Common;

/// <summary>An indented text writer for generated C#; lines end with '\n' on every platform.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";

    /// <summary>Every sequence C# ends a line at, so no text can end a /// comment early and become code.</summary>
    private static readonly string[] LineBreaks = { "\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029" };

    private readonly StringBuilder _builder = new();
    private int _indent;

    public int Indent
    {
        get => _indent;
        set => _indent = value < 0 ? throw new ArgumentOutOfRangeException(nameof(value)) : value;
    }

    public SourceWriter Line()
    {
        _builder.Append('\n');
        return this;
    }

    public SourceWriter Line(string text)
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes each line of a multi-line block at the current indentation.</summary>
    public SourceWriter Lines(string block)
    {
        foreach (var line in block.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line);
        }

        return this;
    }

    public SourceWriter OpenBlock(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string closer = "}")
    {
        _indent--;
        Line(closer);
        return this;
    }

    /// <summary>Writes an XML doc summary of plain text, escaping it and wrapping nothing.</summary>
    public SourceWriter DocSummary(string text) => DocSummaryXml(XmlEscape(text));

    /// <summary>Writes an XML doc summary whose text is already XML, such as one with a <c>&lt;see cref&gt;</c>.</summary>
    public SourceWriter DocSummaryXml(string xml)
    {
        Line("/// <summary>");
        foreach (var line in xml.Split(LineBreaks, StringSplitOptions.None))
        {
            Line("/// " + line);
        }

        Line("/// </summary>");
        return this;
    }

    public static string XmlEscape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public override string ToString() => _builder.ToString();
}
