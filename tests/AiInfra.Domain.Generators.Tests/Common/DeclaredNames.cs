using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiInfra.Domain.Generators.Tests;

/// <summary>The names that declarations in generated code give the type they are in.</summary>
internal static class DeclaredNames
{
    /// <summary>The names a member declaration gives its type: none for constructors, operators and explicit interface implementations.</summary>
    public static IEnumerable<string> Of(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax { ExplicitInterfaceSpecifier: null } method => [method.Identifier.ValueText],
        PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: null } property => [property.Identifier.ValueText],
        BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.ValueText),
        BaseTypeDeclarationSyntax type => [type.Identifier.ValueText],
        DelegateDeclarationSyntax type => [type.Identifier.ValueText],
        _ => [],
    };
}
