import { createRequire } from "node:module";
import type { Piscina } from "piscina";
import type { ArticleMeta } from "../document/types.js";
import { ArticleError } from "./article.js";
import { SharedOffer, sharedChannelName, startTurns } from "./shared-channel.js";
import type { OutputFormat, Rendered } from "./run-batch.js";
import type { WorkerTask } from "./worker-pipeline.js";

/** How much memory each worker thread's JavaScript heap may take (V8 resource limits). */
export interface WorkerLimits {
  /** old generation, MB: an article that needs more fails with batch/out-of-memory, the batch goes on */
  heapMb: number;
  /** young generation (the semi-spaces), MB: small, so short-lived garbage is collected before the heap grows */
  youngMb: number;
}

export const DEFAULT_WORKER_LIMITS: Readonly<WorkerLimits> = { heapMb: 1024, youngMb: 8 };

/** Did a pool task fail because its worker thread reached its heap limit (and was terminated)? */
export function isOutOfMemory(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY" || /reaching memory limit|heap out of memory/i.test(String((err as Error | null)?.message ?? err));
}

/**
 * Processes articles on worker threads (piscina), one pipeline per thread, built from the same
 * config when the thread starts. Output is identical to in-process runs: every article is processed
 * on its own. Each thread returns the serialised document, so the main thread only writes. Models that
 * a stage declares shareable are loaded once, on shared memory, and every thread reads that copy.
 * Each thread's heap is bounded (WorkerLimits); a thread that reaches the bound is terminated by V8,
 * its one article fails with batch/out-of-memory, and piscina starts a new thread for the rest.
 */
export class WorkerPool {
  private readonly pool: Piscina;
  private readonly offer: SharedOffer | null;

  constructor(
    size: number,
    configPath: string | null,
    private readonly format: OutputFormat,
    private readonly extractor: string,
    explain = false,
    /**
     * the stages' shared resources (shareResources): models every thread reads from one copy; null: the threads
     * start without them, load what is theirs, and wait for publishShared() (so both happen at once)
     */
    shared: Record<string, unknown> | null = {},
    private readonly limits: Readonly<WorkerLimits> = DEFAULT_WORKER_LIMITS,
  ) {
    this.offer = shared === null ? new SharedOffer(sharedChannelName()) : null;
    // loaded here, not at import: one worker runs in this thread and needs no pool (piscina is ~20 ms of start-up)
    const { Piscina: Pool } = createRequire(import.meta.url)("piscina") as typeof import("piscina");
    this.pool = new Pool({
      filename: new URL("./worker.js", import.meta.url).href,
      minThreads: size,
      maxThreads: size,
      // one task per thread: a thread that dies takes only its own article with it
      concurrentTasksPerWorker: 1,
      idleTimeout: Infinity,
      // turn: the threads build their pipelines one after the other's first (src/batch/worker.ts)
      workerData: { configPath, explain, turn: startTurns(), ...(this.offer ? { sharedChannel: this.offer.name } : { shared }) },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: limits.youngMb },
    });
  }

  /** With `shared` null: hands the shared resources to the threads (they wait for them before their first article). */
  publishShared(resources: Record<string, unknown>): void {
    if (!this.offer) throw new Error("this pool was given its shared resources when it started");
    this.offer.publish(resources);
  }

  async process(item: { id: string; text: string; meta: Partial<ArticleMeta> }): Promise<Rendered> {
    const task: WorkerTask = { id: item.id, text: item.text, meta: item.meta, format: this.format, extractor: this.extractor };
    try {
      return (await this.pool.run(task)) as Rendered;
    } catch (err) {
      if (!isOutOfMemory(err)) throw err;
      throw new ArticleError(
        "batch/out-of-memory",
        `the worker thread ran out of memory on this article (${item.text.length.toLocaleString("en")} characters; heap limit ${this.limits.heapMb} MB, --worker-heap-mb): not written, the batch went on`,
      );
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
    this.offer?.close();
  }
}
