using System.Collections.Generic;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Quantities;

/// <summary>One quantity of the referenced UnitsNet: its name, whether it stores a decimal, and its unit enum's members.</summary>
/// <param name="Obsolete">The message of its [Obsolete] attribute, or null when it is not obsolete.</param>
/// <param name="ObsoleteUnits">Each obsolete unit as "Name: message".</param>
internal sealed record UnitsNetQuantityInfo(string Name, bool IsDecimal, EquatableArray<string> Units, string? Obsolete, EquatableArray<string> ObsoleteUnits);

/// <summary>
/// The quantities of the UnitsNet assembly the compilation references, read from its metadata into strings so that the
/// pipeline never holds a symbol. <see cref="IsReferenced"/> is false when the compilation does not reference UnitsNet;
/// then nothing about UnitsNet is checked or generated.
/// </summary>
/// <param name="CompilesTheFactory">
/// Whether this compilation declares the library's UnitsNet JSON converter factory, which reads the generated table of
/// UnitsNet types: only AiInfra.Domain itself does, so no other compilation gets the table (it names internal types).
/// </param>
internal sealed record UnitsNetIndex(bool IsReferenced, EquatableArray<UnitsNetQuantityInfo> Quantities, bool CompilesTheFactory = false)
{
    /// <summary>The factory whose table the generator emits; see <see cref="CompilesTheFactory"/>.</summary>
    public const string FactoryMetadataName = RuntimeNames.UnitsNetJsonConverterFactoryMetadataName;

    public static UnitsNetIndex None { get; } = new(false, EquatableArray<UnitsNetQuantityInfo>.Empty);

    /// <summary>The quantity named <paramref name="name"/>, or null.</summary>
    public UnitsNetQuantityInfo? Find(string name)
    {
        foreach (var quantity in Quantities)
        {
            if (quantity.Name == name)
            {
                return quantity;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads every quantity of UnitsNet: a struct <c>UnitsNet.X</c> that implements <c>UnitsNet.IQuantity</c> and has a
    /// unit enum <c>UnitsNet.Units.XUnit</c>. Metadata symbols are shared between the compilations of one set of
    /// references, so reading them again after an edit of a source file is cheap, and the result compares equal.
    /// </summary>
    public static UnitsNetIndex Read(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        var quantityInterface = compilation.GetTypeByMetadataName("UnitsNet.IQuantity");
        if (quantityInterface is null || quantityInterface.ContainingNamespace is not { } unitsNet)
        {
            return None;
        }

        var unitEnums = unitsNet.GetNamespaceMembers().FirstOrDefault(n => n.Name == "Units");
        var result = new List<UnitsNetQuantityInfo>();
        foreach (var type in unitsNet.GetTypeMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (type.TypeKind != TypeKind.Struct || type.DeclaredAccessibility != Accessibility.Public || type.Arity != 0
                || !type.AllInterfaces.Contains(quantityInterface, SymbolEqualityComparer.Default))
            {
                continue;
            }

            var unitEnum = unitEnums?.GetTypeMembers(type.Name + "Unit", 0).FirstOrDefault(t => t.TypeKind == TypeKind.Enum);
            if (unitEnum is null)
            {
                continue;
            }

            var value = type.GetMembers("Value").OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic && p.Parameters.Length == 0);
            var members = unitEnum.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).OrderBy(f => f.Name, System.StringComparer.Ordinal).ToList();
            var obsoleteUnits = members.Select(f => ObsoleteMessage(f) is { } message ? f.Name + ": " + message : null).OfType<string>();
            result.Add(new UnitsNetQuantityInfo(
                type.Name,
                value?.Type.SpecialType == SpecialType.System_Decimal,
                members.Select(f => f.Name).ToEquatableArray(),
                ObsoleteMessage(type),
                obsoleteUnits.ToEquatableArray()));
        }

        var compilesTheFactory = compilation.Assembly.GetTypeByMetadataName(FactoryMetadataName) is not null;
        return new UnitsNetIndex(true, result.OrderBy(q => q.Name, System.StringComparer.Ordinal).ToEquatableArray(), compilesTheFactory);
    }

    /// <summary>The message of the symbol's [Obsolete] attribute ("" when it has none), or null when it is not obsolete.</summary>
    private static string? ObsoleteMessage(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace.Name: "System" })
            {
                return attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string message ? message : string.Empty;
            }
        }

        return null;
    }
}
