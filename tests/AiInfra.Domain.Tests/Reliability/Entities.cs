using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using AiInfra.Domain.Serialization;
using AiInfra.Domain.Tests.Specs.Fixtures;

namespace AiInfra.Domain.Tests.Reliability;

/// <summary>One registered record: its type, entity name and parsed JSON Schema.</summary>
internal sealed record EntityInfo(Type Type, string EntityName, string SchemaText)
{
    public JsonObject Schema { get; } = JsonNode.Parse(SchemaText)!.AsObject();

    public string Key => Type.FullName!;
}

/// <summary>A valid document of an entity and where it came from (a catalogue entry, a nested value, an example, or built from the schema).</summary>
internal sealed record ValidDocument(string Json, string Origin);

/// <summary>
/// Every record of the library and of this test project, found through <see cref="AiInfraTypeRegistry"/>, and valid
/// documents of each: every catalogue entry written with <see cref="AiInfraJson"/>, the values nested in them (a
/// rack's figures, a chip's ratings), the schema's examples, and for a record found nowhere else, one built from its
/// schema (required properties only, each from its bounds, pattern or enum).
/// </summary>
internal static class Entities
{
    /// <summary>The most nested values kept per entity (catalogue entries are all kept).</summary>
    private const int NestedPerEntity = 30;

    private static readonly Lazy<IReadOnlyList<EntityInfo>> s_all = new(Load);

    private static readonly Lazy<IReadOnlyList<object>> s_catalogue = new(LoadCatalogue);

    private static readonly Lazy<IReadOnlyDictionary<string, List<ValidDocument>>> s_valid = new(BuildValidDocuments);

    private static readonly Assembly[] s_assemblies = [typeof(AiInfraJson).Assembly, typeof(Chip).Assembly];

    public static IReadOnlyList<EntityInfo> All => s_all.Value;

    /// <summary>Every entry of every catalogue of the library and of this test project, in catalogue order.</summary>
    public static IReadOnlyList<object> CatalogueEntries => s_catalogue.Value;

    /// <summary>Valid documents by <see cref="EntityInfo.Key"/>; every entity has at least one.</summary>
    public static IReadOnlyDictionary<string, List<ValidDocument>> ValidDocuments => s_valid.Value;

    public static string Serialize(object value) => Encoding.UTF8.GetString(AiInfraJson.SerializeToUtf8Bytes(value));

    private static IReadOnlyList<EntityInfo> Load()
    {
        _ = typeof(Chip); // Loading the test assembly's generated types registers them.
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(typeof(Chip).Module.ModuleHandle);
        return AiInfraTypeRegistry.Types
            .Where(r => s_assemblies.Contains(r.Type.Assembly))
            .Select(r => new EntityInfo(r.Type, r.EntityName, r.Schema()))
            .ToArray();
    }

    private static IReadOnlyList<object> LoadCatalogue()
    {
        var entries = new List<object>();
        foreach (var assembly in s_assemblies)
        {
            foreach (var catalog in assembly.GetTypes().Where(t => t.Name == "Catalog" && t.IsAbstract && t.IsSealed).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                foreach (var kind in catalog.GetNestedTypes().OrderBy(t => t.Name, StringComparer.Ordinal))
                {
                    if (kind.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IEnumerable all)
                    {
                        entries.AddRange(all.Cast<object>());
                    }
                }
            }
        }

        return entries;
    }

    private static IReadOnlyDictionary<string, List<ValidDocument>> BuildValidDocuments()
    {
        var byKey = All.ToDictionary(e => e.Key, _ => new List<ValidDocument>(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var nested = new List<(EntityInfo Root, string DefName, JsonObject Value)>();
        foreach (var entry in CatalogueEntries)
        {
            var entity = All.Single(e => e.Type == entry.GetType());
            var json = Serialize(entry);
            if (seen.Add(entity.Key + json))
            {
                byKey[entity.Key].Add(new ValidDocument(json, "catalogue"));
            }

            Walk(JsonNode.Parse(json)!, entity.Schema, entity.Schema, entity, nested);
        }

        foreach (var (root, defName, value) in nested)
        {
            var target = Resolve(root, defName);
            var list = byKey[target.Key];
            var json = value.ToJsonString();
            if (list.Count(d => d.Origin == "nested") < NestedPerEntity && seen.Add(target.Key + json))
            {
                list.Add(new ValidDocument(json, "nested"));
            }
        }

        foreach (var entity in All)
        {
            if (entity.Schema["examples"] is JsonArray examples)
            {
                foreach (var example in examples)
                {
                    byKey[entity.Key].Add(new ValidDocument(example!.ToJsonString(), "example"));
                }
            }

            if (byKey[entity.Key].Count == 0)
            {
                byKey[entity.Key].Add(new ValidDocument(SchemaValues.Synthesize(entity.Schema, entity.Schema)!.ToJsonString(), "built from the schema"));
            }
        }

        return byKey;
    }

    /// <summary>The entity a "$defs" entry of <paramref name="root"/>'s schema describes: the one of that name, preferring the root's namespace.</summary>
    public static EntityInfo Resolve(EntityInfo root, string defName)
    {
        var candidates = All.Where(e => e.EntityName == defName).ToList();
        return candidates.Count == 1 ? candidates[0] : candidates.Single(e => e.Type.Namespace == root.Type.Namespace);
    }

    /// <summary>Collects the nested entity values inside <paramref name="value"/>, which <paramref name="schema"/> describes.</summary>
    private static void Walk(JsonNode? value, JsonObject schema, JsonObject rootSchema, EntityInfo root, List<(EntityInfo, string, JsonObject)> found)
    {
        if (value is null)
        {
            return;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var (name, target) = SchemaValues.Deref(reference, rootSchema);
            if (target["type"]?.GetValue<string>() == "object" && value is JsonObject obj)
            {
                if (name is not null)
                {
                    found.Add((root, name, obj));
                }

                Walk(value, target, rootSchema, root, found);
            }

            return;
        }

        if (value is JsonObject o && schema["properties"] is JsonObject properties)
        {
            foreach (var (key, child) in o)
            {
                if (properties[key] is JsonObject childSchema)
                {
                    Walk(child, childSchema, rootSchema, root, found);
                }
            }
        }
        else if (value is JsonObject map && schema["additionalProperties"] is JsonObject valueSchema)
        {
            foreach (var (_, child) in map)
            {
                Walk(child, valueSchema, rootSchema, root, found);
            }
        }
        else if (value is JsonArray array && schema["items"] is JsonObject itemSchema)
        {
            foreach (var item in array)
            {
                Walk(item, itemSchema, rootSchema, root, found);
            }
        }
        else if (schema["oneOf"] is JsonArray branches && value is JsonObject figure && branches.OfType<JsonObject>().FirstOrDefault(b => b["type"]?.GetValue<string>() == "object") is { } objectBranch)
        {
            Walk(figure, objectBranch, rootSchema, root, found);
        }
    }
}
