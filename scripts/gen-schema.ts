// Writes schema/*.json from the Zod schemas. `npm run schema`; tests/schema/document.test.ts fails when they are stale.
import { mkdirSync, writeFileSync } from "node:fs";
import { jsonSchemas, serializeJsonSchema } from "../src/config/json-schema.js";

mkdirSync("schema", { recursive: true });
for (const [file, value] of Object.entries(jsonSchemas())) {
  writeFileSync(`schema/${file}`, serializeJsonSchema(value));
  console.log(`wrote schema/${file}`);
}
