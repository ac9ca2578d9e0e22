using System;
using System.Linq;
using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Catalogs;

/// <summary>
/// A C# expression that builds one catalogue value, as a tree, so that the emitter can lay a large entry out over
/// lines (one property, item or argument per line) and keep a small one on one line. Equatable, so that a checked
/// entry can be part of a cached pipeline model.
/// </summary>
internal abstract record CatalogCode
{
    /// <summary>Above this many characters on one line, a composite value is laid out over lines.</summary>
    public const int MaxLineLength = 100;

    /// <summary>The expression on one line.</summary>
    public abstract string Flat { get; }

    /// <summary>An expression that is one piece of text: a literal, a member, a call with no composite argument.</summary>
    public static CatalogCode Text(string text) => new CatalogAtom(text);

    /// <summary>An object or collection initializer: <c>new T { A = 1, B = 2 }</c>, <c>new T[] { x, y }</c>.</summary>
    public static CatalogCode Initializer(string creation, params CatalogItem[] items) => new CatalogComposite(creation, CatalogBrackets.Braces, items.ToEquatableArray());

    /// <summary>A constructor or method call: <c>new Figure&lt;T&gt;(a, b)</c>.</summary>
    public static CatalogCode Call(string callee, params CatalogCode[] arguments) =>
        new CatalogComposite(callee, CatalogBrackets.Parentheses, arguments.Select(a => new CatalogItem(string.Empty, a)).ToEquatableArray());

    /// <summary>Writes the expression at the writer's indentation: <paramref name="prefix"/> before it, <paramref name="suffix"/> after it.</summary>
    public void Write(SourceWriter writer, string prefix, string suffix)
    {
        var flat = prefix + Flat + suffix;
        if (this is not CatalogComposite { Items.Count: > 0 } composite || (writer.Indent * 4) + flat.Length <= MaxLineLength)
        {
            writer.Line(flat);
            return;
        }

        if (composite.Brackets == CatalogBrackets.Braces)
        {
            writer.Line(prefix + composite.Head);
            writer.Line("{");
            writer.Indent++;
            foreach (var item in composite.Items)
            {
                item.Value.Write(writer, item.Prefix, ",");
            }

            writer.Indent--;
            writer.Line("}" + suffix);
            return;
        }

        // Arguments: no trailing comma after the last one.
        writer.Line(prefix + composite.Head + "(");
        writer.Indent++;
        for (var i = 0; i < composite.Items.Count; i++)
        {
            var item = composite.Items[i];
            item.Value.Write(writer, item.Prefix, i == composite.Items.Count - 1 ? ")" + suffix : ",");
        }

        writer.Indent--;
    }
}

/// <summary>One item of a composite: an assignment's <c>"Name = "</c> or a dictionary's <c>"[key] = "</c> (empty for a plain item), and its value.</summary>
internal sealed record CatalogItem(string Prefix, CatalogCode Value);

/// <summary>How a composite's items are enclosed.</summary>
internal enum CatalogBrackets
{
    /// <summary>An initializer: <c>{ a, b }</c>.</summary>
    Braces,

    /// <summary>An argument list: <c>(a, b)</c>.</summary>
    Parentheses,
}

/// <summary>An expression of one piece of text.</summary>
internal sealed record CatalogAtom(string Value) : CatalogCode
{
    public override string Flat => Value;
}

/// <summary>An object creation, collection or call whose items the emitter may lay out over lines.</summary>
internal sealed record CatalogComposite(string Head, CatalogBrackets Brackets, EquatableArray<CatalogItem> Items) : CatalogCode
{
    public override string Flat
    {
        get
        {
            var items = string.Join(", ", Items.Select(i => i.Prefix + i.Value.Flat));
            return Brackets == CatalogBrackets.Parentheses
                ? Head + "(" + items + ")"
                : Items.Count == 0 ? Head + " { }" : Head + " { " + items + " }";
        }
    }
}
