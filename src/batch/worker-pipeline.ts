import { workerData } from "node:worker_threads";
import { loadConfig, stageConfigs, type LoadResult } from "../config/load.js";
import { adoptResources, PipelineConfigError, prepareShared } from "../pipeline/build.js";
import type { ArticleMeta } from "../document/types.js";
import { processItem, renderDocument, type OutputFormat, type Rendered } from "./run-batch.js";
import { receiveShared, startedFirst } from "./shared-channel.js";

export interface WorkerTask {
  id: string;
  text: string;
  meta: Partial<ArticleMeta>;
  format: OutputFormat;
  extractor: string;
}

// the pipeline (models, lexicons) is built once per worker thread, when the pool starts it (src/batch/worker-start.ts)
const { configPath, explain, shared, sharedChannel, turn } = workerData as {
  configPath: string | null;
  explain?: boolean;
  shared?: Record<string, unknown>;
  sharedChannel?: string;
  turn?: Int32Array;
};

/** Builds this thread's pipeline (once: piscina hands out no article before it is done) and gives its task function. */
export async function preparePipeline(): Promise<(task: WorkerTask) => Rendered> {
  let loaded: LoadResult;
  if (sharedChannel !== undefined) {
    // the starting thread is still building the shared models: ask for them, create the stages that share
    // nothing meanwhile, and the others once the models arrive
    const arriving = receiveShared(sharedChannel);
    loaded = loadConfig(configPath ?? undefined, undefined, { start: (def) => def.shared === undefined });
    try {
      if (loaded.ok) prepareShared(stageConfigs(loaded.config));
    } catch {
      // a file that cannot be read: the stage's create() says so below, as a config error
    }
    adoptResources(await arriving);
    if (loaded.ok) {
      try {
        loaded.pipeline.startRest?.();
      } catch (err) {
        if (!(err instanceof PipelineConfigError)) throw err;
        loaded = { ok: false, error: `${configPath ?? "config"}: ${err.message}` };
      }
    }
  } else {
    // models the starting thread loaded on shared memory are adopted, not loaded again
    adoptResources(shared ?? {});
    loaded = loadConfig(configPath ?? undefined);
  }
  // the other threads may start now (src/batch/worker-start.ts)
  if (turn) startedFirst(turn);
  const ready = loaded;
  /** Processes one article on a pool thread and returns it serialised, so only a string crosses back. */
  return (task: WorkerTask): Rendered => {
    if (!ready.ok) throw new Error(ready.error);
    const doc = processItem(ready.pipeline, { ok: true, id: task.id, text: task.text, meta: task.meta, origin: { file: "" } }, { explain: explain === true });
    return renderDocument(doc, task.format, task.extractor);
  };
}
