using AiInfra.Domain.Serialization;

namespace AiInfra.Domain.Cli.Documents;

/// <summary>The generated records the tool knows (every one registered by the loaded assemblies), found by entity name.</summary>
internal static class Entities
{
    /// <summary>Every registered record, ordered by entity name, then full type name (ordinal).</summary>
    public static IReadOnlyList<AiInfraTypeRegistry.Registration> All { get; } =
        AiInfraTypeRegistry.Types
            .OrderBy(r => r.EntityName, StringComparer.Ordinal)
            .ThenBy(r => r.Type.FullName, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The entity names, comma-separated, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(r => r.EntityName).Distinct(StringComparer.Ordinal));

    /// <summary>
    /// Finds a record by its entity name ("Accelerator"; any case) or its full type name
    /// ("AiInfra.Domain.Chips.Accelerator"). Null, with the reason, when none or several match.
    /// </summary>
    public static AiInfraTypeRegistry.Registration? Find(string name, out string? problem)
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
            ? $"'{name}' is not an entity this tool knows; the entities are: {Names}."
            : $"'{name}' names several entities ({string.Join(", ", matches.Select(m => m.Type.FullName))}); use the full type name.";
        return null;
    }
}
