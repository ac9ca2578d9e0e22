using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiInfra.Domain.Tests.Api;

/// <summary>
/// Writes the public surface of a compiled assembly as text, one line per type and member, in ordinal order,
/// with C# signatures that carry nullability, default values, modifiers and constant values: the same assembly
/// always gives the same text, and any change to what a caller can see changes a line.
/// </summary>
internal static class PublicApiListing
{
    private static readonly SymbolDisplayFormat TypeFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeTypeConstraints | SymbolDisplayGenericsOptions.IncludeVariance,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat MemberFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeTypeConstraints,
        memberOptions: SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeModifiers
            | SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeRef | SymbolDisplayMemberOptions.IncludeConstantValue
            | SymbolDisplayMemberOptions.IncludeExplicitInterface,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue
            | SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeExtensionThis,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier
            | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    /// <summary>The public surface of the assembly at <paramref name="path"/>, resolved against the running framework.</summary>
    public static string Describe(string path)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).Equals(Path.GetFileName(path), StringComparison.OrdinalIgnoreCase))
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(path))
            .ToList();
        var compilation = CSharpCompilation.Create("PublicApi", references: references, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var assembly = references.Select(compilation.GetAssemblyOrModuleSymbol).OfType<IAssemblySymbol>()
            .Single(a => string.Equals(a.Name, Path.GetFileNameWithoutExtension(path), StringComparison.Ordinal));

        var lines = new List<string>();
        foreach (var type in Types(assembly.GlobalNamespace).Where(IsVisible).OrderBy(t => t.ToDisplayString(TypeFormat), StringComparer.Ordinal))
        {
            lines.Add(DescribeType(type));
            lines.AddRange(BaseTypes(type).Select(b => "  : " + b));
            lines.AddRange(type.GetMembers()
                .Where(m => IsVisible(m) && IsListed(m))
                .Select(m => "  " + Obsolete(m) + m.ToDisplayString(MemberFormat))
                .Order(StringComparer.Ordinal));
        }

        return string.Join("\n", lines) + "\n";
    }

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                foreach (var type in Types(inner))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                foreach (var nested in WithNested(type))
                {
                    yield return nested;
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type) =>
        type.GetTypeMembers().SelectMany(WithNested).Prepend(type);

    private static bool IsVisible(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            var visible = current.DeclaredAccessibility switch
            {
                Accessibility.Public => true,
                Accessibility.Protected or Accessibility.ProtectedOrInternal => current.ContainingType is { IsSealed: false },
                _ => false,
            };
            if (!visible)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsListed(ISymbol member) => member switch
    {
        INamedTypeSymbol => false, // listed as types of their own
        IMethodSymbol method => method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.StaticConstructor
            or MethodKind.UserDefinedOperator or MethodKind.Conversion or MethodKind.ExplicitInterfaceImplementation,
        _ => member.CanBeReferencedByName || member is IPropertySymbol { IsIndexer: true },
    };

    private static string DescribeType(INamedTypeSymbol type)
    {
        var builder = new StringBuilder(Obsolete(type));
        builder.Append(SyntaxFacts.GetText(type.DeclaredAccessibility)).Append(' ');
        if (type.TypeKind == TypeKind.Class && type.IsStatic)
        {
            builder.Append("static ");
        }
        else if (type.TypeKind == TypeKind.Class && type.IsAbstract)
        {
            builder.Append("abstract ");
        }
        else if (type.TypeKind == TypeKind.Class && type.IsSealed)
        {
            builder.Append("sealed ");
        }

        if (type.IsReadOnly && type.TypeKind == TypeKind.Struct)
        {
            builder.Append("readonly ");
        }

        builder.Append(type.IsRecord ? (type.TypeKind == TypeKind.Struct ? "record struct" : "record") : SyntaxFacts.GetText(type.TypeKind switch
        {
            TypeKind.Interface => SyntaxKind.InterfaceKeyword,
            TypeKind.Struct => SyntaxKind.StructKeyword,
            TypeKind.Enum => SyntaxKind.EnumKeyword,
            TypeKind.Delegate => SyntaxKind.DelegateKeyword,
            _ => SyntaxKind.ClassKeyword,
        }));
        return builder.Append(' ').Append(type.ToDisplayString(TypeFormat)).ToString();
    }

    /// <summary>The base class, enum storage and interfaces a caller can see, one per line so a change is one line.</summary>
    private static IEnumerable<string> BaseTypes(INamedTypeSymbol type)
    {
        var bases = ImmutableArray.CreateBuilder<string>();
        if (type.TypeKind == TypeKind.Class && type.BaseType is { SpecialType: not SpecialType.System_Object } baseType)
        {
            bases.Add(baseType.ToDisplayString(TypeFormat));
        }

        if (type.TypeKind == TypeKind.Enum && type.EnumUnderlyingType is { SpecialType: not SpecialType.System_Int32 } underlying)
        {
            bases.Add(underlying.ToDisplayString(TypeFormat));
        }

        bases.AddRange(type.Interfaces.Where(IsVisible).Select(i => i.ToDisplayString(TypeFormat)).Order(StringComparer.Ordinal));
        return bases;
    }

    private static string Obsolete(ISymbol symbol) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.ObsoleteAttribute") ? "[Obsolete] " : string.Empty;
}
