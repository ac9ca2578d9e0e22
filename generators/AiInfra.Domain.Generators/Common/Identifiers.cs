using AiInfra.Domain.Rules;
using Microsoft.CodeAnalysis.CSharp;

namespace AiInfra.Domain.Generators.Common;

/// <summary>Checks on names that become C# identifiers.</summary>
internal static class Identifiers
{
    /// <summary>True for a valid, non-keyword C# identifier that starts with an upper-case ASCII letter.</summary>
    public static bool IsPascalIdentifier(string name) => CSharpNames.IsPascalIdentifier(name);

    /// <summary>"Watt" with prefix "Kilo" becomes "Kilowatt".</summary>
    public static string Prefixed(string prefix, string name) =>
        name.Length == 0 ? prefix : prefix + char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>
    /// A local of generated code named after a property: "tdpValue" for property Tdp and suffix "Value". The suffix, which
    /// starts upper-case, keeps it apart from keywords and from the generated code's own locals (none ends in a suffix
    /// it uses). The names of two properties never make one local: C# property names are unique and start upper-case,
    /// and no suffix one method uses ends another (the reader's "Value", "Seen" and "Read").
    /// </summary>
    public static string PropertyLocal(string propertyName, string suffix) =>
        char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1) + suffix;

    /// <summary>A C# string literal for any text.</summary>
    public static string StringLiteral(string text) =>
        SyntaxFactory.Literal(text).ToFullString();

    /// <summary>A C# UTF-8 string literal (<c>"name"u8</c>) for any text: the bytes a reader compares a JSON name with.</summary>
    public static string Utf8Literal(string text) => StringLiteral(text) + "u8";
}
