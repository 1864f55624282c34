import { workerData } from "node:worker_threads";
import { loadConfig } from "../config/load.js";
import { adoptResources } from "../pipeline/build.js";
import type { ArticleMeta } from "../document/types.js";
import { processItem, renderDocument, type OutputFormat, type Rendered } from "./run-batch.js";

export interface WorkerTask {
  id: string;
  text: string;
  meta: Partial<ArticleMeta>;
  format: OutputFormat;
  extractor: string;
}

// the pipeline (models, lexicons) is built once per worker thread, when the pool starts it
const { configPath, explain, shared } = workerData as { configPath: string | null; explain?: boolean; shared?: Record<string, unknown> };
// models the starting thread loaded on shared memory are adopted, not loaded again
adoptResources(shared ?? {});
const loaded = loadConfig(configPath ?? undefined);

/** Processes one article on a pool thread and returns it serialised, so only a string crosses back. */
export default function processTask(task: WorkerTask): Rendered {
  if (!loaded.ok) throw new Error(loaded.error);
  const doc = processItem(loaded.pipeline, { ok: true, id: task.id, text: task.text, meta: task.meta, origin: { file: "" } }, { explain: explain === true });
  return renderDocument(doc, task.format, task.extractor);
}
