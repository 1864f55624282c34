import type { z } from "zod";
import type { Doc } from "./document.js";
import type { LayerName } from "./layers.js";

/** Runs one stage over one document: reads the layers it needs, writes the ones it produces. */
export type StageRun = (doc: Doc) => void;

/**
 * A pipeline stage, spaCy-factory style: `create` is called once per pipeline with validated
 * options (load lexicons and models there), and returns the per-document function. The contract
 * lives here, beside Doc, so that stages import nothing above them; a stage registers itself with
 * one line in src/stages/index.ts.
 */
export interface StageDefinition<Options extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly description: string;
  /** layers an earlier stage must have produced */
  readonly needs: readonly LayerName[];
  /** optional inputs: used when an earlier stage produced them, else the stage does without */
  readonly reads?: readonly LayerName[];
  readonly produces: readonly LayerName[];
  /** Zod schema of the stage's options; defaults come from here. Must be strict (unknown keys are errors). */
  readonly options: Options;
  create(options: z.output<Options>): StageRun;
  /**
   * What `create` loads that threads can share instead of each loading its own (a model on shared memory):
   * `share(options)` runs once on the thread that starts the worker threads, with the stage's validated options,
   * and returns structured-clonable data;
   * `adopt(data)` runs on each worker thread before `create`, which then finds the data loaded.
   */
  readonly shared?: SharedResources;
}

export interface SharedResources {
  share(options: unknown): unknown;
  adopt(data: unknown): void;
  /**
   * What else `create` loads, that a worker thread may load while the shared data is still on its way (a
   * module-level cache create then finds filled), with the stage's validated options. Optional.
   */
  prepare?(options: unknown): void;
}

/** Helper that keeps the options type attached to its schema. */
export function defineStage<Options extends z.ZodType>(def: StageDefinition<Options>): StageDefinition<Options> {
  return def;
}

/** What a running stage may touch: set by the pipeline around each stage, checked by Doc. */
export interface StageAccess {
  readonly stage: string;
  readonly reads: ReadonlySet<LayerName>;
  readonly writes: ReadonlySet<LayerName>;
}
