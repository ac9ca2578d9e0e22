namespace AiInfra.Domain.Quantities.Serialization;

/// <summary>
/// Whether <see cref="AiInfraJson.Options"/> reads and writes UnitsNet quantities: yes, unless the app turns it off with
/// the runtime switch <c>AiInfra.Domain.UnitsNetJson.IsSupported</c> (the MSBuild property <c>AiInfraUnitsNetJson</c>).
/// </summary>
/// <remarks>
/// UnitsNet itself is not trimming-safe: touching any of its quantities runs code that NativeAOT warns about (IL2104).
/// So that an app that never uses UnitsNet publishes with NativeAOT or trimming without that warning, the package's
/// build file turns the switch off for such publishes unless <c>AiInfraUnitsNetJson</c> is set; ILLink.Substitutions.xml
/// then lets the compiler remove the UnitsNet branch. An app that serializes UnitsNet types and publishes trimmed sets
/// <c>&lt;AiInfraUnitsNetJson&gt;true&lt;/AiInfraUnitsNetJson&gt;</c>. See docs/unitsnet.md.
/// </remarks>
internal static class UnitsNetJsonSupport
{
    public const string SwitchName = "AiInfra.Domain.UnitsNetJson.IsSupported";

    /// <summary>True unless the switch is set to false; a constant false in an app trimmed with the switch off.</summary>
    public static bool IsSupported { get; } = !AppContext.TryGetSwitch(SwitchName, out var enabled) || enabled;

    /// <summary>The error for a UnitsNet type when the support is off, or null for any other type. Reads only the type's name.</summary>
    public static NotSupportedException? ErrorWhenOff(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is { Namespace: "UnitsNet" } unitsNetType && unitsNetType.Assembly.GetName().Name == "UnitsNet"
            ? new NotSupportedException($"{type} is a UnitsNet quantity, and AiInfraJson.Options reads and writes UnitsNet quantities only when the runtime switch {SwitchName} is on; it is off in this app, which was published with trimming or NativeAOT without <AiInfraUnitsNetJson>true</AiInfraUnitsNetJson> in its project file. See docs/unitsnet.md.")
            : null;
}
