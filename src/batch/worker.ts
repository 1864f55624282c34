import { workerData } from "node:worker_threads";
import { waitTurn } from "./shared-channel.js";

export type { WorkerTask } from "./worker-pipeline.js";

/**
 * A pool thread's module (piscina). The first thread of a pool builds its pipeline at once; the others wait
 * until it has (or 10 s), then build theirs: on two cores, with the starting thread busy building the shared
 * models, threads that all load at once each take as long as all of them, and the first article waits for
 * that. This module imports nothing heavy itself, so a waiting thread has loaded no code yet.
 */
const { turn } = workerData as { turn?: Int32Array };
if (turn) await waitTurn(turn);
const { default: processTask } = await import("./worker-pipeline.js");
export default processTask;
