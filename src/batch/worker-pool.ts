import { Piscina } from "piscina";
import type { ArticleMeta } from "../document/types.js";
import type { OutputFormat, Rendered } from "./run-batch.js";
import type { WorkerTask } from "./worker.js";

/**
 * Processes articles on worker threads (piscina), one pipeline per thread, built from the same
 * config when the thread starts. Output is identical to in-process runs: every article is processed
 * on its own. Each thread returns the serialised document, so the main thread only writes. Models that
 * a stage declares shareable are loaded once, on shared memory, and every thread reads that copy.
 */
export class WorkerPool {
  private readonly pool: Piscina;

  constructor(
    size: number,
    configPath: string | null,
    private readonly format: OutputFormat,
    private readonly extractor: string,
    explain = false,
    /** the stages' shared resources (shareResources): models every thread reads from one copy */
    shared: Record<string, unknown> = {},
  ) {
    this.pool = new Piscina({
      filename: new URL("./worker.js", import.meta.url).href,
      minThreads: size,
      maxThreads: size,
      // a few tasks queued per thread keep it busy while the main thread reads and writes
      concurrentTasksPerWorker: 1,
      idleTimeout: Infinity,
      workerData: { configPath, explain, shared },
    });
  }

  process(item: { id: string; text: string; meta: Partial<ArticleMeta> }): Promise<Rendered> {
    const task: WorkerTask = { id: item.id, text: item.text, meta: item.meta, format: this.format, extractor: this.extractor };
    return this.pool.run(task) as Promise<Rendered>;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
