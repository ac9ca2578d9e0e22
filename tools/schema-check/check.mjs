// Reads a request from stdin: { "schemas": { "<name>": <schema> }, "documents": [ { "schema": "<name>", "document": <json> } ] }
// and writes { "schemas": { "<name>": { "valid": bool, "errors": [...] } }, "documents": [ { "valid": bool, "errors": [...] } ] }.
// Each schema is first checked against its meta-schema, then compiled and used on its documents.
//
// Ajv runs in its default strict mode, set up exactly as docs/serialization.md tells a user to: the x-aiinfra-*
// keywords registered from the library's meta-schema (the one every generated schema names as its $schema), and the
// meta-schema added. Anything strict mode rejects, or warns about, makes the schema invalid here.
import Ajv2020 from "ajv/dist/2020.js";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";

const input = JSON.parse(await new Promise((resolve, reject) => {
  let text = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", chunk => (text += chunk));
  process.stdin.on("end", () => resolve(text));
  process.stdin.on("error", reject);
}));

const metaSchemaPath = new URL("../../generators/AiInfra.Domain.Generators/Schemas/aiinfra.meta.schema.json", import.meta.url);
const metaSchema = JSON.parse(readFileSync(metaSchemaPath, "utf8"));

let warnings = [];
const ajv = new Ajv2020({
  allErrors: true,
  logger: { log() {}, warn: (...args) => warnings.push(args.join(" ")), error: (...args) => warnings.push(args.join(" ")) },
});
for (const [keyword, definition] of Object.entries(metaSchema.properties)) {
  ajv.addKeyword({ keyword, metaSchema: definition });
}
ajv.addMetaSchema(metaSchema);

// A schema of JSON Schema draft-04 (such as the SARIF 2.1.0 schema, which the tests ship) gets ajv's draft-04 class,
// also in strict mode, with the standard formats (uri, uri-reference, date-time) checked by ajv-formats.
const ajvDraft04 = new AjvDraft04({
  allErrors: true,
  logger: { log() {}, warn: (...args) => warnings.push(args.join(" ")), error: (...args) => warnings.push(args.join(" ")) },
});
addFormats(ajvDraft04);
const draft04 = "http://json-schema.org/draft-04/schema#";

const schemaResults = {};
const validators = {};
for (const [name, schema] of Object.entries(input.schemas)) {
  warnings = [];
  const judge = schema.$schema === draft04 ? ajvDraft04 : ajv;
  const valid = judge.validateSchema(schema);
  schemaResults[name] = { valid, errors: valid ? [] : judge.errors.map(e => `${e.instancePath} ${e.message}`) };
  if (valid) {
    try {
      validators[name] = judge.compile(schema);
      if (warnings.length > 0) {
        schemaResults[name] = { valid: false, errors: warnings.map(w => `strict mode: ${w}`) };
      }
    } catch (error) {
      schemaResults[name] = { valid: false, errors: [String(error.message)] };
    }
  }
}

const documents = input.documents.map(({ schema, document }) => {
  const validate = validators[schema];
  if (!validate) {
    return { valid: false, errors: [`schema ${schema} did not compile`] };
  }
  const valid = validate(document);
  return { valid, errors: valid ? [] : validate.errors.map(e => `${e.instancePath} ${e.message}`) };
});

process.stdout.write(JSON.stringify({ schemas: schemaResults, documents }));
