import { z } from "zod";
import { DocumentSchema } from "../schema/document.js";
import { PipelineConfigSchema } from "./schema.js";

/** The published JSON Schemas, generated from the Zod schemas (the single source of truth). */
export function jsonSchemas(): Record<string, unknown> {
  return {
    "document.schema.json": z.toJSONSchema(DocumentSchema, { io: "output" }),
    "pipeline.config.schema.json": z.toJSONSchema(PipelineConfigSchema, { io: "input" }),
  };
}

export function serializeJsonSchema(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
