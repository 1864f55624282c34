import { Doc } from "../document/document.js";
import type { DocOptions } from "../document/document.js";
import type { ArticleMeta } from "../document/types.js";
import type { Pipeline } from "./build.js";

/**
 * Runs every stage over one document. A stage that throws becomes a fatal diagnostic on this
 * document; the stages after it still run when what they need is there (vfile-style).
 */
export function runPipeline(pipeline: Pipeline, doc: Doc): Doc {
  for (const stage of pipeline.stages) {
    if (!stage.needs.every((l) => doc.has(l))) {
      doc.report({
        stage: stage.name,
        code: "pipeline/skipped",
        message: `skipped: an earlier stage failed to produce ${stage.needs.filter((l) => !doc.has(l)).join(", ")}`,
        fatal: true,
      });
      continue;
    }
    try {
      doc.asStage(stage.access, () => stage.run(doc));
    } catch (err) {
      doc.report({
        stage: stage.name,
        code: "pipeline/stage-failed",
        message: `stage failed: ${err instanceof Error ? err.message : String(err)}`,
        fatal: true,
      });
    }
  }
  return doc;
}

/** Runs the pipeline over one text. `options.explain` turns on explain mode (see DocOptions). */
export function processText(pipeline: Pipeline, id: string, text: string, meta: Partial<ArticleMeta> = {}, options: DocOptions = {}): Doc {
  return runPipeline(pipeline, new Doc(id, text, meta, options));
}
