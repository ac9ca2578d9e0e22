// Reads a request from stdin: { "schemas": { "<name>": <schema> }, "documents": [ { "schema": "<name>", "document": <json> } ] }
// and writes { "schemas": { "<name>": { "valid": bool, "errors": [...] } }, "documents": [ { "valid": bool, "errors": [...] } ] }.
// Each schema is first checked against the draft 2020-12 meta-schema, then compiled and used on its documents.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const input = JSON.parse(await new Promise((resolve, reject) => {
  let text = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", chunk => (text += chunk));
  process.stdin.on("end", () => resolve(text));
  process.stdin.on("error", reject);
}));

// strict: false lets the x-aiinfra-* annotations through, as the specification allows unknown keywords.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);

const schemaResults = {};
const validators = {};
for (const [name, schema] of Object.entries(input.schemas)) {
  const valid = ajv.validateSchema(schema);
  schemaResults[name] = { valid, errors: valid ? [] : ajv.errors.map(e => `${e.instancePath} ${e.message}`) };
  if (valid) {
    try {
      validators[name] = ajv.compile(schema);
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
