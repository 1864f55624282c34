import { start } from "./worker-start.js";

export type { WorkerTask } from "./worker-pipeline.js";

/** A pool thread's module (piscina), as tsc compiles it: see worker-start.ts (the CLI's bundle runs dist/bundle/worker.js). */
const processTask = await start();
export default processTask;
