import { workerData } from "node:worker_threads";
import type { Rendered } from "./run-batch.js";
import type { WorkerTask } from "./worker-pipeline.js";
import { waitTurn } from "./shared-channel.js";

/**
 * A pool thread's start: the first thread of a pool builds its pipeline at once; the others wait until it
 * has (or 10 s), then build theirs: on two cores, with the starting thread busy building the shared models,
 * threads that all load at once each take as long as all of them, and the first article waits for that.
 * The pipeline's code is imported after the wait. Gives the task function. worker.ts runs it (tsc's output);
 * the CLI's bundle has it in dist/bundle/worker.cjs, run by src/cli/launch.ts workerHandler.
 */
export async function start(): Promise<(task: WorkerTask) => Rendered> {
  const { turn } = workerData as { turn?: Int32Array };
  if (turn) await waitTurn(turn);
  const { preparePipeline } = await import("./worker-pipeline.js");
  return preparePipeline();
}
