import type { z } from "zod";
import type { Doc } from "../document/document.js";
import type { LayerName } from "../document/types.js";

/** Runs one stage over one document: reads the layers it needs, writes the ones it produces. */
export type StageRun = (doc: Doc) => void;

/**
 * A pipeline stage, spaCy-factory style: `create` is called once per pipeline with validated
 * options (load lexicons and models there), and returns the per-document function.
 */
export interface StageDefinition<Options extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly description: string;
  readonly needs: readonly LayerName[];
  readonly produces: readonly LayerName[];
  /** Zod schema of the stage's options; defaults come from here. Must be strict (unknown keys are errors). */
  readonly options: Options;
  create(options: z.output<Options>): StageRun;
}

/** Helper that keeps the options type attached to its schema. */
export function defineStage<Options extends z.ZodType>(def: StageDefinition<Options>): StageDefinition<Options> {
  return def;
}
