using System.Globalization;
using System.Linq;
using AiInfra.Domain.Generators.Common;

namespace AiInfra.Domain.Generators.Specs;

/// <summary>
/// Emits an entity's reader and writer on Utf8JsonReader and Utf8JsonWriter: no reflection, every error
/// reported with its path, and no object returned when any property could not be read (a value that was read but
/// failed its checks does not stop the record: see JsonReadContext.ReadErrorCount).
/// </summary>
internal static class JsonEmitter
{
    /// <summary>Writes the entity's JSON reader and writer into its generated file (<see cref="EntityFileEmitter"/>).</summary>
    public static void Write(SourceWriter w, EntityEmitModel model)
    {
        var entity = model.Entity;
        w.OpenBlock($"namespace {entity.Namespace}");
        w.OpenBlock($"partial record {entity.Name}");
        EmitRead(w, entity);
        w.Line();
        EmitWrite(w, entity);
        w.CloseBlock();
        w.CloseBlock();
    }

    private static void EmitRead(SourceWriter w, EntityModel entity)
    {
        var properties = entity.Properties;
        var allowed = string.Join(", ", properties.Select(p => "\"" + p.JsonName + "\""));
        w.OpenBlock($"private static {entity.Name}? {GeneratedMembers.ReadJsonCore}(ref {CSharpTypes.Reader} reader, {CSharpTypes.Context} context)");
        w.Line("var objectStart = reader.TokenStartIndex;");
        w.Line("var errorsBefore = context.ReadErrorCount;");
        for (var i = 0; i < properties.Count; i++)
        {
            var p = properties[i];
            w.Line($"{LocalType(p)} {ValueLocal(p)} = {LocalInitial(p)};");
            w.Line($"var {SeenLocal(p)} = false;");
        }

        w.OpenBlock($"while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)");
        w.OpenBlock($"switch ({GeneratedMembers.PropertyIndexOf}(ref reader))");
        for (var i = 0; i < properties.Count; i++)
        {
            var p = properties[i];
            w.Line($"case {Count(i)}:");
            w.Line("{");
            w.Indent++;
            w.OpenBlock($"if ({SeenLocal(p)})");
            w.Line($"{CSharpTypes.Readers}.SkipDuplicateProperty(ref reader, context);");
            w.Line("continue;");
            w.CloseBlock();
            w.Line();
            w.Line($"{SeenLocal(p)} = true;");
            w.Line($"context.PushProperty({Identifiers.StringLiteral(p.JsonName)});");
            w.Line("reader.Read();");
            if (ValidationEmitter.HasChecks(p.Value))
            {
                w.Line("var valueStart = reader.TokenStartIndex;");
            }

            var read = p.IsFigureOutOfLine
                ? CSharpTypes.ReadFigureBoxCall(p.Value, "reader", "context", $"var {ReadLocal(p)}")
                : CSharpTypes.ReadCall(p.Value, "reader", "context", $"var {ReadLocal(p)}");
            w.OpenBlock($"if ({read})");
            w.Line($"{ValueLocal(p)} = {ReadLocal(p)};");
            if (ValidationEmitter.HasChecks(p.Value))
            {
                w.Line($"context.Check({ReadLocal(p)}{(p.IsFigureOutOfLine ? ".Value" : string.Empty)}, {GeneratedMembers.Checker(p.Name)}, valueStart);");
            }

            w.CloseBlock();
            w.Line();
            w.Line("context.Pop();");
            w.Line("break;");
            w.CloseBlock();
        }

        w.Line("default:");
        w.Indent++;
        w.Line($"{CSharpTypes.Readers}.SkipUnknownProperty(ref reader, context, {Identifiers.StringLiteral(entity.Name)}, {Identifiers.StringLiteral(allowed.Length == 0 ? "(none)" : allowed)});");
        w.Line("break;");
        w.Indent--;
        w.CloseBlock();
        w.CloseBlock();
        w.Line();
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].Required)
            {
                w.OpenBlock($"if (!{SeenLocal(properties[i])})");
                w.Line($"{CSharpTypes.Readers}.ReportMissing(context, {Identifiers.StringLiteral(properties[i].JsonName)}, {Identifiers.StringLiteral(entity.Name)}, objectStart);");
                w.CloseBlock();
                w.Line();
            }
        }

        // A value that failed only its checks is read whole: the record is returned, so that the records around it check their rules too.
        w.OpenBlock("if (context.ReadErrorCount != errorsBefore)");
        w.Line("return null;");
        w.CloseBlock();
        w.Line();
        var outOfLine = properties.Where(p => p.IsFigureOutOfLine).ToList();
        w.Line(outOfLine.Count == 0 ? $"return new {entity.Name}" : $"var read = new {entity.Name}");
        w.Line("{");
        w.Indent++;
        foreach (var p in properties.Where(p => !p.IsFigureOutOfLine))
        {
            var local = ValueLocal(p);
            var expression = !p.Required ? local : CSharpTypes.IsValueType(p.Value) ? local + ".GetValueOrDefault()" : local + "!";
            w.Line($"{p.Name} = {expression},");
        }

        w.Indent--;
        w.Line("};");
        if (outOfLine.Count > 0)
        {
            // The boxes read go into the record as they are: through the init accessors each figure would be boxed again.
            foreach (var p in outOfLine)
            {
                w.Line($"read.{RecordEmitter.FigureField(p)} = {ValueLocal(p)};");
            }

            w.Line("return read;");
        }

        w.CloseBlock();
        w.Line();
        JsonNameDispatch.Emit(
            w,
            GeneratedMembers.PropertyIndexOf,
            "The index of the property the reader is on (the order of the spec), or -1 for a name the spec does not have.",
            properties.Select(p => p.JsonName).ToList());
    }

    private static string LocalType(PropertyModel p)
    {
        if (p.IsFigureOutOfLine)
        {
            return CSharpTypes.FigureBox(p.Value) + "?";
        }

        var type = CSharpTypes.TypeOf(p.Value);
        return p.Required || (p.Default is null && !p.Value.IsCollection) ? type + "?" : type;
    }

    private static string LocalInitial(PropertyModel p) =>
        p.Default is { } literal ? CSharpTypes.Literal(p.Value, literal)
        : p.Value.IsCollection && !p.Required ? SpecSources.EmptyCollection(p.Value)
        : "default";

    /// <summary>
    /// The writer: a value JSON cannot carry (here a null property, in the value writers a NaN, an undefined enum value
    /// and the like) throws an AiInfraJsonException, to which each enclosing object, list and map adds its part of the
    /// JSON Pointer in an exception filter on its way out, so that no frame catches it and the stack does not grow.
    /// </summary>
    private static void EmitWrite(SourceWriter w, EntityModel entity)
    {
        w.OpenBlock($"private static void {GeneratedMembers.WriteJsonCore}({CSharpTypes.Writer} writer, {entity.Name} value)");
        w.Line("string? writing = null;");
        w.OpenBlock("try");
        w.Line($"{CSharpTypes.Writers}.WriteStartObject(writer);");
        foreach (var p in entity.Properties)
        {
            var name = Identifiers.StringLiteral(p.JsonName) + "u8";
            w.Line($"writing = {Identifiers.StringLiteral(p.JsonName)};");
            if (!CSharpTypes.IsValueType(p.Value) && (p.Required || p.Value.IsCollection))
            {
                // A list or map is never null, even when optional: an empty one is omitted, and read back empty.
                w.OpenBlock($"if (value.{p.Name} is null)");
                w.Line($"throw {CSharpTypes.Writers}.NullProperty({(p.Value.IsCollection ? "true" : "false")});");
                w.CloseBlock();
            }

            if (p.Required || p.Default is not null)
            {
                w.Line($"writer.WritePropertyName({name});");
                w.Line(CSharpTypes.WriteCall(p.Value, "writer", $"value.{p.Name}"));
            }
            else
            {
                w.OpenBlock($"if (value.{p.Name} is {(p.Value.IsCollection ? "{ Count: > 0 }" : "{ }")} {Local(p)})");
                w.Line($"writer.WritePropertyName({name});");
                w.Line(CSharpTypes.WriteCall(p.Value, "writer", Local(p)));
                w.CloseBlock();
            }
        }

        w.Line("writer.WriteEndObject();");
        w.CloseBlock();
        w.OpenBlock($"catch ({RuntimeNames.AiInfraJsonException} exception) when ({CSharpTypes.Writers}.Locate(exception, writing))");
        w.Line("throw; // Never reached: Locate adds the property to the refused value's path and lets the exception pass.");
        w.CloseBlock();
        w.CloseBlock();
    }

    private static string Local(PropertyModel p) => Identifiers.PropertyLocal(p.Name, "Written");

    /// <summary>The reader's local for a property's value so far: its default, or what was read ("tdpValue").</summary>
    private static string ValueLocal(PropertyModel p) => Identifiers.PropertyLocal(p.Name, "Value");

    /// <summary>The reader's flag for a property already met in this object ("tdpSeen"), for duplicates and required properties.</summary>
    private static string SeenLocal(PropertyModel p) => Identifiers.PropertyLocal(p.Name, "Seen");

    /// <summary>The reader's local for the value just read, before it becomes the property's value ("tdpRead").</summary>
    private static string ReadLocal(PropertyModel p) => Identifiers.PropertyLocal(p.Name, "Read");

    internal static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
