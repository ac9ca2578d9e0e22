using System.Collections.Generic;

namespace AiInfra.Domain.Validation.JsonSchemaStrings;

/// <summary>
/// A parsed ECMA-262 pattern (with the u flag). Groups keep no capture: without backreferences, which are not
/// supported, whether a text matches never depends on what a group captured.
/// </summary>
internal abstract class EcmaNode
{
}

/// <summary>Terms matched one after the other (an empty sequence matches the empty string).</summary>
internal sealed class EcmaSequence(IReadOnlyList<EcmaNode> terms) : EcmaNode
{
    public IReadOnlyList<EcmaNode> Terms { get; } = terms;
}

/// <summary>Alternatives separated by <c>|</c>.</summary>
internal sealed class EcmaAlternation(IReadOnlyList<EcmaNode> alternatives) : EcmaNode
{
    public IReadOnlyList<EcmaNode> Alternatives { get; } = alternatives;
}

/// <summary>One code point of a set: a literal, <c>.</c>, <c>\d</c>, <c>[...]</c>, <c>\p{...}</c>.</summary>
internal sealed class EcmaCharacters(CodePointSet set) : EcmaNode
{
    public CodePointSet Set { get; } = set;
}

/// <summary>The assertions <c>^</c>, <c>$</c>, <c>\b</c> and <c>\B</c>.</summary>
internal sealed class EcmaAssertion(EcmaAssertionKind kind) : EcmaNode
{
    public EcmaAssertionKind Kind { get; } = kind;
}

/// <summary>What an <see cref="EcmaAssertion"/> asserts.</summary>
internal enum EcmaAssertionKind
{
    /// <summary><c>^</c>: the start of the text (no multiline flag in JSON Schema).</summary>
    Start,

    /// <summary><c>$</c>: the end of the text, never before a final line feed.</summary>
    End,

    /// <summary><c>\b</c>: between a character of <c>[A-Za-z0-9_]</c> and one outside it (or an end).</summary>
    WordBoundary,

    /// <summary><c>\B</c>: not at such a boundary.</summary>
    NotWordBoundary,
}

/// <summary><c>(?=...)</c>, <c>(?!...)</c>, <c>(?&lt;=...)</c>, <c>(?&lt;!...)</c>.</summary>
internal sealed class EcmaLookaround(bool behind, bool negative, EcmaNode body) : EcmaNode
{
    public bool Behind { get; } = behind;

    public bool Negative { get; } = negative;

    public EcmaNode Body { get; } = body;
}

/// <summary>A group, capturing, named or not: <c>(...)</c>, <c>(?:...)</c>, <c>(?&lt;name&gt;...)</c>.</summary>
internal sealed class EcmaGroup(EcmaNode body) : EcmaNode
{
    public EcmaNode Body { get; } = body;
}

/// <summary>A quantified atom: <c>*</c>, <c>+</c>, <c>?</c>, <c>{n}</c>, <c>{n,}</c>, <c>{n,m}</c>, greedy or lazy.</summary>
internal sealed class EcmaRepetition(EcmaNode body, int min, int max, bool lazy) : EcmaNode
{
    public EcmaNode Body { get; } = body;

    public int Min { get; } = min;

    /// <summary>The largest count, or -1 for no limit.</summary>
    public int Max { get; } = max;

    public bool Lazy { get; } = lazy;
}
