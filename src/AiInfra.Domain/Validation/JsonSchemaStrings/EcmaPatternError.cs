using System;

namespace AiInfra.Domain.Validation.JsonSchemaStrings;

/// <summary>
/// Why a pattern was refused: either it is not valid ECMA-262 syntax (with the u flag, as JSON Schema validators
/// such as ajv compile it), or it is valid but uses a construct that cannot be matched with ECMA-262's meaning here.
/// </summary>
/// <param name="Index">Where the construct starts in the pattern, in UTF-16 code units from 0.</param>
/// <param name="Length">How many UTF-16 code units it covers (at least 1 when the pattern is not empty).</param>
/// <param name="Construct">The pattern's text that is refused.</param>
/// <param name="Reason">Why, and what to write instead.</param>
/// <param name="IsUnsupported">False: not ECMA-262. True: ECMA-262, but not supported.</param>
internal sealed record EcmaPatternError(int Index, int Length, string Construct, string Reason, bool IsUnsupported)
{
    /// <summary>A sentence such as <c>is not ECMA-262: '(?i)' at character 1: ...</c>, to follow the pattern.</summary>
    public string Describe() =>
        (IsUnsupported ? "uses a construct that is not supported" : "is not a valid ECMA-262 (JSON Schema) regular expression")
        + $": '{Construct}' at character {Index + 1}: {Reason}";
}

/// <summary>Thrown inside the parser only, and turned into an <see cref="EcmaPatternError"/>.</summary>
internal sealed class EcmaPatternException(EcmaPatternError error) : Exception(error.Reason)
{
    public EcmaPatternError Error { get; } = error;
}
