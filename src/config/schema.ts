import { z } from "zod";
import { STAGES } from "../stages/index.js";

export const StageEntrySchema = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1),
    enabled: z.boolean().optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  }),
]);

export const PipelineConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  stages: z.array(StageEntrySchema).min(1).describe("stage names or {name, options, enabled}, in run order"),
  concurrency: z.number().int().min(1).max(64).default(4).describe("articles in flight at once"),
});
export type PipelineConfigInput = z.input<typeof PipelineConfigSchema>;
export type PipelineConfig = z.output<typeof PipelineConfigSchema>;

/** The built-in pipeline, used when no config file is given or found: every registered stage, in the order of src/stages/index.ts. */
export const DEFAULT_CONFIG: PipelineConfig = {
  stages: [...STAGES.keys()],
  concurrency: 4,
};
