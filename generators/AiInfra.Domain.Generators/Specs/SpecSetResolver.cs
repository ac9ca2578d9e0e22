using System.Collections.Generic;
using System.Linq;
using AiInfra.Domain.Generators.Common;
using AiInfra.Domain.Generators.Diagnostics;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// An entity ready to emit: its names resolved to full C# names, and every entity and enum its schema needs.
/// Holds no locations, so moving text in a spec file does not regenerate it.
/// </summary>
internal sealed record EntityEmitModel(EntityModel Entity, EquatableArray<EntityModel> NestedEntities, EquatableArray<EnumModel> Enums);

/// <summary>Everything that the spec files of a project declare, resolved across files.</summary>
internal sealed record SpecSetModel(EquatableArray<EntityEmitModel> Entities, EquatableArray<EnumModel> Enums);

internal sealed record SpecSetResult(SpecSetModel Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Resolves references between spec files and checks what only the whole set can tell.</summary>
internal static class SpecSetResolver
{
    public static SpecSetResult Resolve(IEnumerable<SpecFileModel> files)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var ordered = files.OrderBy(f => f.FilePath, System.StringComparer.Ordinal).ToList();
        var entities = new Dictionary<string, EntityModel>(System.StringComparer.Ordinal);
        var enums = new Dictionary<string, EnumModel>(System.StringComparer.Ordinal);
        // Type names differing only by case count as one: each type is a generated file, and file names (hint names) are not case-sensitive.
        var declared = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var file in ordered)
        {
            foreach (var e in file.Enums)
            {
                if (IsDeclaredTwice(e.Name, e.Location, declared, diagnostics))
                {
                    continue;
                }

                enums.Add(e.Name, e);
            }

            foreach (var entity in file.Entities)
            {
                if (IsDeclaredTwice(entity.Name, entity.Location, declared, diagnostics))
                {
                    continue;
                }

                entities.Add(entity.Name, entity);
            }
        }

        RemoveEnumHelperNamesakes(entities, enums, diagnostics);

        // The library's enums a spec names without declaring (a declared enum of the same name comes first).
        var declaredEnums = enums.Count;
        foreach (var entity in entities.Values)
        {
            foreach (var property in entity.Properties)
            {
                for (var value = property.Value; value is not null; value = value.Item)
                {
                    foreach (var name in new[] { value.Kind == ValueKind.Enum ? value.Target : null, value.KeyEnum })
                    {
                        if (name is not null && !enums.ContainsKey(name) && BuiltInEnums.Find(name) is { } builtIn)
                        {
                            enums.Add(name, builtIn);
                        }
                    }
                }
            }
        }

        var resolved = new Dictionary<string, EntityModel>(System.StringComparer.Ordinal);
        foreach (var entity in entities.Values)
        {
            resolved[entity.Name] = ResolveEntity(entity, entities, enums, diagnostics);
        }

        ReportCycles(resolved, diagnostics);
        var stripped = resolved.ToDictionary(p => p.Key, p => Strip(p.Value), System.StringComparer.Ordinal);
        var strippedEnums = enums.ToDictionary(p => p.Key, p => p.Value with { Location = null }, System.StringComparer.Ordinal);
        var entitiesByFullName = stripped.Values.ToDictionary(e => e.FullName, System.StringComparer.Ordinal);
        var enumsByFullName = strippedEnums.Values.ToDictionary(e => e.FullName, System.StringComparer.Ordinal);
        var emitModels = stripped.Values
            .OrderBy(e => e.Namespace, System.StringComparer.Ordinal)
            .ThenBy(e => e.Name, System.StringComparer.Ordinal)
            .Select(e => Closure(e, entitiesByFullName, enumsByFullName))
            .ToEquatableArray();
        var enumModels = strippedEnums.Values
            .OrderBy(e => e.Namespace, System.StringComparer.Ordinal)
            .ThenBy(e => e.Name, System.StringComparer.Ordinal)
            .ToEquatableArray();
        return new SpecSetResult(new SpecSetModel(emitModels, enumModels), diagnostics.ToEquatableArray());
    }

    /// <summary>True (and reported) when a type of this name, or of one differing only by case, is already declared.</summary>
    private static bool IsDeclaredTwice(string name, LocationInfo? location, Dictionary<string, string> declared, List<DiagnosticInfo> diagnostics)
    {
        if (!declared.TryGetValue(name, out var first))
        {
            declared.Add(name, name);
            return false;
        }

        var suffix = first == name ? " in the project's spec files" : $" in the project's spec files (as '{first}': names that differ only by case count as one)";
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateName, location, "The type", name, suffix));
        return true;
    }

    /// <summary>
    /// Each enum gets a generated helper class beside it (<c>KindJson</c> for <c>Kind</c>); a declared entity or enum of
    /// that name in the same namespace would be a second type of one name. It is reported at its name and left out.
    /// </summary>
    private static void RemoveEnumHelperNamesakes(Dictionary<string, EntityModel> entities, Dictionary<string, EnumModel> enums, List<DiagnosticInfo> diagnostics)
    {
        foreach (var e in enums.Values.OrderBy(e => e.Name, System.StringComparer.Ordinal).ToList())
        {
            if (!enums.ContainsKey(e.Name))
            {
                continue;
            }

            var helper = CSharpTypes.EnumHelper(e.Name);
            var suffix = $" in the project's spec files: the enum '{e.Name}' generates a helper class of that name beside it";
            if (entities.TryGetValue(helper, out var entity) && entity.Namespace == e.Namespace)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateName, entity.Location, "The type", helper, suffix));
                entities.Remove(helper);
            }
            else if (enums.TryGetValue(helper, out var other) && other.Namespace == e.Namespace)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateName, other.Location, "The type", helper, suffix));
                enums.Remove(helper);
            }
        }
    }

    private static EntityModel ResolveEntity(EntityModel entity, Dictionary<string, EntityModel> entities, Dictionary<string, EnumModel> enums, List<DiagnosticInfo> diagnostics)
    {
        var properties = new List<PropertyModel>();
        foreach (var property in entity.Properties)
        {
            var value = ResolveValue(property.Value, property, entities, enums, diagnostics);
            if (value is null)
            {
                continue;
            }

            var defaultValue = property.Default;
            if (value.Kind == ValueKind.Enum && defaultValue?.StringValue is { } json)
            {
                var member = enums[property.Value.Target!].Values.FirstOrDefault(v => v.Json == json);
                if (member is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDefault, property.DefaultLocation ?? property.Location, property.JsonName, $"\"{json}\" is not a value of {property.Value.Target}"));
                    defaultValue = null;
                }
                else
                {
                    defaultValue = defaultValue with { EnumMember = member.Name };
                }
            }

            properties.Add(property with { Value = value, Default = defaultValue });
        }

        return entity with { Properties = properties.ToEquatableArray() };
    }

    private static ValueModel? ResolveValue(ValueModel value, PropertyModel property, Dictionary<string, EntityModel> entities, Dictionary<string, EnumModel> enums, List<DiagnosticInfo> diagnostics)
    {
        switch (value.Kind)
        {
            case ValueKind.Enum:
                return Lookup(value.Target!, enums, "an enum", value.TargetLocation) is { } e ? value with { Target = e.FullName } : null;
            case ValueKind.Entity:
                return Lookup(value.Target!, entities, "an entity", value.TargetLocation) is { } n ? value with { Target = n.FullName } : null;
            case ValueKind.Reference:
                return Lookup(value.Target!, entities, "an entity", value.TargetLocation) is { } r ? value with { Target = r.Name } : null;
            case ValueKind.List:
                return ResolveValue(value.Item!, property, entities, enums, diagnostics) is { } item ? value with { Item = item } : null;
            case ValueKind.Map:
                var key = Lookup(value.KeyEnum!, enums, "an enum (map keys are enums)", value.TargetLocation);
                var mapped = ResolveValue(value.Item!, property, entities, enums, diagnostics);
                return key is null || mapped is null ? null : value with { KeyEnum = key.FullName, Item = mapped };
            default:
                return value;
        }

        T? Lookup<T>(string name, Dictionary<string, T> table, string what, LocationInfo? location)
            where T : class
        {
            if (table.TryGetValue(name, out var found))
            {
                return found;
            }

            var declared = table.Count == 0 ? "(none)" : string.Join(", ", table.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownTypeReference, location ?? property.Location, name, what, declared));
            return null;
        }
    }

    /// <summary>Reports chains of required nested entities that lead back to their start.</summary>
    private static void ReportCycles(Dictionary<string, EntityModel> entities, List<DiagnosticInfo> diagnostics)
    {
        var byFullName = entities.Values.ToDictionary(e => e.FullName, System.StringComparer.Ordinal);
        foreach (var start in entities.Values.OrderBy(e => e.Name, System.StringComparer.Ordinal))
        {
            var path = new List<string>();
            if (Reaches(start, start.FullName, path, new HashSet<string>(System.StringComparer.Ordinal)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, start.Location, start.Name, string.Join(" -> ", path)));
            }
        }

        bool Reaches(EntityModel from, string target, List<string> path, HashSet<string> visited)
        {
            foreach (var property in from.Properties.Where(p => p.Required && p.Value.Kind == ValueKind.Entity))
            {
                path.Add(from.Name + "." + property.JsonName);
                if (property.Value.Target == target)
                {
                    return true;
                }

                if (visited.Add(property.Value.Target!) && byFullName.TryGetValue(property.Value.Target!, out var next) && Reaches(next, target, path, visited))
                {
                    return true;
                }

                path.RemoveAt(path.Count - 1);
            }

            return false;
        }
    }

    private static EntityModel Strip(EntityModel entity) => entity with
    {
        Location = null,
        Properties = entity.Properties.Select(p => p with { Location = null, DefaultLocation = null, Value = Strip(p.Value) }).ToEquatableArray(),
    };

    private static ValueModel Strip(ValueModel value) => value with { TargetLocation = null, Item = value.Item is null ? null : Strip(value.Item) };

    /// <summary>
    /// The entity with every entity and enum reachable from it, for its schema's definitions. The tables by full name are
    /// built once for the whole set: built per entity, they made resolving n entities take n² steps.
    /// </summary>
    private static EntityEmitModel Closure(EntityModel entity, Dictionary<string, EntityModel> byFullName, Dictionary<string, EnumModel> enumsByFullName)
    {
        var nested = new SortedDictionary<string, EntityModel>(System.StringComparer.Ordinal);
        var usedEnums = new SortedDictionary<string, EnumModel>(System.StringComparer.Ordinal);
        var queue = new Queue<EntityModel>();
        queue.Enqueue(entity);
        while (queue.Count > 0)
        {
            foreach (var property in queue.Dequeue().Properties)
            {
                for (var value = property.Value; value is not null; value = value.Item)
                {
                    if (value.Kind == ValueKind.Entity && value.Target != entity.FullName && byFullName.TryGetValue(value.Target!, out var target) && !nested.ContainsKey(target.FullName))
                    {
                        nested.Add(target.FullName, target);
                        queue.Enqueue(target);
                    }

                    foreach (var enumName in new[] { value.Kind == ValueKind.Enum ? value.Target : null, value.KeyEnum })
                    {
                        if (enumName is not null && enumsByFullName.TryGetValue(enumName, out var used))
                        {
                            usedEnums[used.FullName] = used;
                        }
                    }
                }
            }
        }

        return new EntityEmitModel(entity, nested.Values.ToEquatableArray(), usedEnums.Values.ToEquatableArray());
    }
}
