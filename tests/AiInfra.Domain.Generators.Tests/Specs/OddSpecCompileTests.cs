using Microsoft.CodeAnalysis;

namespace AiInfra.Domain.Generators.Tests.Specs;

/// <summary>
/// Spec and catalogue files that are valid but unusual (quotes, backslashes, line breaks, XML and braces in names,
/// descriptions, patterns and defaults; properties named like the generated code's locals and namespaces; catalogue
/// ids that are keywords or start with a digit) generate code that compiles against the library without a warning.
/// </summary>
public class OddSpecCompileTests
{
    private const string OddSpec = """
        {
          "namespace": "Odd.Specs",
          "description": "A file with */ and <xml> & \"quotes\".",
          "enums": {
            "Mode": {
              "description": "Line one\rline two\u2028line three\u0085four\u2029five\r\nsix\n<b>not bold</b> & done */",
              "values": {
                "a\"b": { "name": "Quote", "description": "A value with a \" in JSON." },
                "back\\slash": { "name": "Backslash", "description": "\\ and \\n" },
                "line\nbreak": { "name": "LineBreak", "description": "A value with a line break in it" },
                "über": { "name": "Uber", "deprecated": "Use \"a\\\"b\" instead.\nReally." },
                "class": "A keyword as JSON; the member is Class.",
                "toString": "Named like a member of every enum.",
                "hasFlag": "Named like a member of every enum.",
                "{0}": { "name": "Braces", "description": "{0} and {{ }} as in an interpolated string" }
              }
            }
          },
          "entities": {
            "Oddity": {
              "description": "</summary> <see cref=\"X\"/> & \u2028 done",
              "deprecated": "Deprecated with \"quotes\" and \\ backslash.",
              "examples": [ { "id": "x", "na\"me": "x" } ],
              "properties": {
                "id": { "type": "string", "required": true },
                "name": { "type": "string", "description": "What catalogue entries are called." },
                "na\"me": { "type": "string", "csharpName": "QuotedName", "pattern": "^[\"\\\\a-z{}]+$", "description": "A JSON name with a quote.", "examples": ["a\"b"] },
                "value": { "type": "integer", "default": -9000000000000000000, "minimum": -9.2e18, "maximum": 9.2e18 },
                "scope": { "type": "number", "minimum": -1e308, "maximum": 1e308, "default": 5e-324 },
                "reader": { "type": "string", "default": "\"}\\n{0}", "maxLength": 10 },
                "writer": { "type": "boolean", "default": true },
                "context": { "type": "enum", "enum": "Mode", "default": "a\"b" },
                "hash": { "type": "quantity", "quantity": "Temperature", "unit": "°C", "minimum": "-273.15 °C", "default": "0 K" },
                "other": { "type": "list", "items": { "type": "enum", "enum": "Mode" }, "uniqueItems": true, "minItems": 0, "maxItems": 3 },
                "item": { "type": "map", "key": "Mode", "values": { "type": "string", "pattern": "\\d+" } },
                "entry": { "type": "reference", "entity": "Oddity", "deprecated": true },
                "system": { "type": "string", "description": "Becomes the property System." },
                "aiInfra": { "type": "yearMonth", "default": "2025-12" },
                "nodaTime": { "type": "date", "default": "2024-02-29" },
                "term": { "type": "period", "default": "P1Y2M3W4D" },
                "terms": { "type": "list", "items": { "type": "period" } },
                "global": { "type": "integer" },
                "fast": { "type": "integer", "figure": true },
                "required": { "type": "boolean" },
                "valueStart": { "type": "integer", "minimum": 0, "description": "Named like the reader's own locals." },
                "objectStart": { "type": "string" },
                "errorsBefore": { "type": "integer" },
                "writing": { "type": "string", "pattern": "^w" },
                "exception": { "type": "string" },
                "model": { "type": "string" },
                "modelSeen": { "type": "boolean", "description": "Its locals start like the locals of 'model'." },
                "modelRead": { "type": "integer", "minimum": 1 },
                "_under": { "type": "string" },
                "line\nbreak": { "type": "string", "csharpName": "LineBreak", "description": "A JSON name with a line break." }
              }
            }
          }
        }
        """;

    private const string OddCatalog = """
        {
          "entity": "Oddity",
          "description": "Odd entries: <none> & \"all\".",
          "sources": { "a\"b": { "title": "A \"quoted\" title\nover two lines", "publisher": "\\", "date": "2026" } },
          "defaultSource": "a\"b",
          "entries": [
            { "id": "class", "name": "A keyword" },
            { "id": "2.5d", "name": "Starts with a digit" },
            { "id": "über-chip", "fast": 3 },
            { "id": "all", "name": "Named like a member of the class" },
            { "id": "get", "term": "P0004Y", "terms": ["P1461D", "P2W", "P0D"] },
            { "id": "sources", "valueStart": 3, "objectStart": "o", "errorsBefore": 0, "writing": "w", "exception": "e", "model": "m", "modelSeen": true, "modelRead": 2 },
            { "id": "odd", "name": "Named like the catalogue's class" },
            { "id": "to-string" },
            { "id": "equals" },
            { "id": "a/b" },
            { "id": "_" },
            { "id": "with \"quotes\"", "na\"me": "a\"b", "reader": "x", "context": "line\nbreak", "other": ["class", "{0}"], "item": { "über": "42" }, "entry": "class", "line\nbreak": "\u2028" }
          ]
        }
        """;

    [Fact]
    public void Unusual_but_valid_specs_and_catalogues_compile_without_warnings()
    {
        var run = SpecCompileTests.RunAndCompile(GeneratorHarness.Files(("/specs/Odd.spec.json", OddSpec), ("/specs/odd.catalog.json", OddCatalog)));
        Assert.Contains("Catalog.odd.g.cs", run.Sources.Keys);
    }
}
