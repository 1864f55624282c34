import { buildPipeline, type StageConfig } from "../src/pipeline/build.js";
import { processText } from "../src/pipeline/run.js";
import { toOutput } from "../src/output/to-output.js";
import type { ArticleMeta } from "../src/document/types.js";

/** Runs the named stages over one text and returns the output document. */
export function run(text: string, stages: Array<string | StageConfig> = ["segment"], meta: Partial<ArticleMeta> = {}) {
  const pipeline = buildPipeline(stages.map((s) => (typeof s === "string" ? { name: s } : s)));
  return toOutput(processText(pipeline, "t", text, meta));
}

export const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

/** Collects what a CLI command prints. */
export function collectIO() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }, out, err, stdout: () => out.join(""), stderr: () => err.join("") };
}
