using System.Runtime.Loader;
using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>
/// The generated records one run of the tool knows, found by entity name: those of the library (and of the process
/// hosting the tool), plus those of the user's assemblies the run loaded with <c>--assembly</c>. Assemblies another run
/// loaded (a test host runs the tool many times) are not seen.
/// </summary>
internal sealed class Entities
{
    private Entities(IEnumerable<AiInfraTypeRegistry.Registration> registrations, bool withUsers)
    {
        WithUsers = withUsers;
        All = registrations
            .OrderBy(r => r.EntityName, StringComparer.Ordinal)
            .ThenBy(r => r.Type.FullName, StringComparer.Ordinal)
            .ToArray();
        Names = string.Join(", ", All.Select(r => r.EntityName).Distinct(StringComparer.Ordinal));
    }

    /// <summary>
    /// The records registered by assemblies of the tool's own process (the library's, and a host's such as a test
    /// project's); none loaded from a user's assembly.
    /// </summary>
    public static Entities Known { get; } = new(AiInfraTypeRegistry.Types.Where(r => !IsUsers(r)), withUsers: false);

    /// <summary>Every record, ordered by entity name, then full type name (ordinal).</summary>
    public IReadOnlyList<AiInfraTypeRegistry.Registration> All { get; }

    /// <summary>The entity names, comma-separated, for messages.</summary>
    public string Names { get; }

    /// <summary>True when the run loaded a user's assembly (--assembly).</summary>
    public bool WithUsers { get; }

    /// <summary>What a message about an unknown entity adds, for a user who has not passed their assembly.</summary>
    public string Hint => WithUsers ? string.Empty : " Entities of your own spec files need --assembly <your project's built .dll>.";

    /// <summary>These records and <paramref name="more"/> (a user's assemblies' records).</summary>
    public Entities With(IEnumerable<AiInfraTypeRegistry.Registration> more) => new(All.Concat(more).Distinct(), withUsers: true);

    /// <summary>
    /// Finds a record by its entity name ("Accelerator"; any case, when one entity has it) or its full type name
    /// ("AiInfra.Domain.Chips.Accelerator"; always). Null, with the reason, when none or several match.
    /// </summary>
    public AiInfraTypeRegistry.Registration? Find(string name, out string? problem)
    {
        problem = null;
        var byType = All.Where(r => string.Equals(r.Type.FullName, name, StringComparison.Ordinal)).ToArray();
        if (byType.Length == 1)
        {
            return byType[0];
        }

        var matches = All.Where(r => string.Equals(r.EntityName, name, StringComparison.Ordinal)).ToArray();
        if (matches.Length == 0)
        {
            matches = All.Where(r => string.Equals(r.EntityName, name, StringComparison.OrdinalIgnoreCase)).ToArray();
        }

        if (matches.Length == 1)
        {
            return matches[0];
        }

        problem = matches.Length == 0
            ? $"'{name}' is not an entity this tool knows; the entities are: {Names}.{Hint}"
            : $"'{name}' names several entities ({string.Join(", ", matches.Select(m => m.Type.FullName))}); use the full type name.";
        return null;
    }

    /// <summary>True when the record comes from a user's assembly loaded by <see cref="UserAssemblies"/>.</summary>
    private static bool IsUsers(AiInfraTypeRegistry.Registration registration) =>
        AssemblyLoadContext.GetLoadContext(registration.Type.Assembly) is UserAssemblies.Context;
}
