using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// Writes everything an entity's spec makes into one generated file, in four parts: the record, its JSON reader and
/// writer, its validator and its JSON Schema. One file per entity rather than one per part: the compiler's collection of
/// a generator's sources checks each new hint name against those already added, so each run costs the square of the
/// number of files (with 500 spec files, four files per entity made that half of an incremental run).
/// </summary>
internal static class EntityFileEmitter
{
    public static string HintName(EntityModel entity) => $"Specs.{entity.Namespace}.{entity.Name}.g.cs";

    public static string Emit(EntityEmitModel model)
    {
        var w = SpecSources.Begin(model.Entity.FileName);
        RecordEmitter.Write(w, model);
        w.Line();
        JsonEmitter.Write(w, model);
        w.Line();
        ValidationEmitter.Write(w, model);
        w.Line();
        SchemaEmitter.Write(w, model);
        return w.ToString();
    }
}
