using System;
using System.Collections.Generic;
using System.Linq;

namespace AiInfra.Domain.Generators.Json;

/// <summary>The kind of a JSON value read from an additional file.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON value read from an additional file, with the span it covers so that every diagnostic can point at
/// the line and column of the mistake. Equal by value, ranges included, so that a parsed file (a catalogue's entries)
/// can be part of a cached pipeline model.
/// </summary>
internal abstract class LocatedNode : IEquatable<LocatedNode>
{
    protected LocatedNode(TextRange range) => Range = range;

    public TextRange Range { get; }

    public abstract JsonKind Kind { get; }

    /// <summary>The JSON type's name with its article, as a message says what was found ("an object", "a string", "null").</summary>
    public string KindWithArticle => Kind switch
    {
        JsonKind.Object or JsonKind.Array => "an " + KindDisplayName(Kind),
        JsonKind.Null => "null",
        _ => "a " + KindDisplayName(Kind),
    };

    public static string KindDisplayName(JsonKind kind) => kind switch
    {
        JsonKind.Object => "object",
        JsonKind.Array => "array",
        JsonKind.String => "string",
        JsonKind.Number => "number",
        JsonKind.True or JsonKind.False => "boolean",
        _ => "null",
    };

    public bool Equals(LocatedNode? other) =>
        other is not null && (ReferenceEquals(this, other) || (other.GetType() == GetType() && other.Kind == Kind && other.Range == Range && ContentEquals(other)));

    public override bool Equals(object? obj) => Equals(obj as LocatedNode);

    /// <summary>From the range and kind only: equal nodes have equal ranges, and a hash need not read the whole tree.</summary>
    public override int GetHashCode() => (Range.GetHashCode() * 31) + (int)Kind;

    /// <summary>True when <paramref name="other"/>, a node of this type, kind and range, holds the same value.</summary>
    protected abstract bool ContentEquals(LocatedNode other);
}

internal sealed class LocatedObject : LocatedNode
{
    public LocatedObject(TextRange range, IReadOnlyList<LocatedProperty> properties)
        : base(range) => Properties = properties;

    public IReadOnlyList<LocatedProperty> Properties { get; }

    public override JsonKind Kind => JsonKind.Object;

    protected override bool ContentEquals(LocatedNode other) => Properties.SequenceEqual(((LocatedObject)other).Properties);

    /// <summary>The first property with this exact name, or null.</summary>
    public LocatedProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }
}

internal sealed class LocatedProperty : IEquatable<LocatedProperty>
{
    public LocatedProperty(string name, TextRange nameRange, LocatedNode value)
    {
        Name = name;
        NameRange = nameRange;
        Value = value;
    }

    public string Name { get; }

    public TextRange NameRange { get; }

    public LocatedNode Value { get; }

    public bool Equals(LocatedProperty? other) =>
        other is not null && other.Name == Name && other.NameRange == NameRange && other.Value.Equals(Value);

    public override bool Equals(object? obj) => Equals(obj as LocatedProperty);

    public override int GetHashCode() => NameRange.GetHashCode();
}

internal sealed class LocatedArray : LocatedNode
{
    public LocatedArray(TextRange range, IReadOnlyList<LocatedNode> items)
        : base(range) => Items = items;

    public IReadOnlyList<LocatedNode> Items { get; }

    public override JsonKind Kind => JsonKind.Array;

    protected override bool ContentEquals(LocatedNode other) => Items.SequenceEqual(((LocatedArray)other).Items);
}

internal sealed class LocatedString : LocatedNode
{
    public LocatedString(TextRange range, string value)
        : base(range) => Value = value;

    public string Value { get; }

    public override JsonKind Kind => JsonKind.String;

    protected override bool ContentEquals(LocatedNode other) => ((LocatedString)other).Value == Value;
}

internal sealed class LocatedNumber : LocatedNode
{
    public LocatedNumber(TextRange range, string rawText, double value, bool isFinite)
        : base(range)
    {
        RawText = rawText;
        Value = value;
        IsFinite = isFinite;
    }

    /// <summary>The number exactly as written in the file.</summary>
    public string RawText { get; }

    public double Value { get; }

    /// <summary>False when the literal is too large for a double (it parsed to an infinity).</summary>
    public bool IsFinite { get; }

    public override JsonKind Kind => JsonKind.Number;

    protected override bool ContentEquals(LocatedNode other) => ((LocatedNumber)other).RawText == RawText;
}

internal sealed class LocatedLiteral : LocatedNode
{
    public LocatedLiteral(TextRange range, JsonKind kind)
        : base(range) => Kind = kind;

    public override JsonKind Kind { get; }

    protected override bool ContentEquals(LocatedNode other) => true;
}
