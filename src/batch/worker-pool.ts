import { Worker } from "node:worker_threads";
import type { ArticleMeta } from "../document/types.js";
import type { NewsDocument } from "../schema/document.js";

interface Job {
  resolve: (doc: NewsDocument) => void;
  reject: (err: Error) => void;
}

/**
 * Processes articles on worker threads, one pipeline per worker, built from the same config.
 * Output is identical to in-process runs: every article is processed on its own.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly busy = new Map<Worker, Map<number, Job>>();
  private next = 0;
  private seq = 0;

  constructor(size: number, configPath: string | null, explain = false) {
    const script = new URL("./worker.js", import.meta.url);
    for (let i = 0; i < size; i++) {
      const w = new Worker(script, { workerData: { configPath, explain } });
      const jobs = new Map<number, Job>();
      w.on("message", (m: { seq: number; doc?: NewsDocument; error?: string }) => {
        const job = jobs.get(m.seq);
        if (!job) return;
        jobs.delete(m.seq);
        if (m.doc) job.resolve(m.doc);
        else job.reject(new Error(m.error ?? "worker failed"));
      });
      w.on("error", (err) => {
        for (const job of jobs.values()) job.reject(err);
        jobs.clear();
      });
      this.workers.push(w);
      this.busy.set(w, jobs);
    }
  }

  process(item: { id: string; text: string; meta: Partial<ArticleMeta> }): Promise<NewsDocument> {
    // least-loaded worker, round robin on ties
    let best = this.workers[this.next % this.workers.length]!;
    for (const w of this.workers) if (this.busy.get(w)!.size < this.busy.get(best)!.size) best = w;
    this.next++;
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.busy.get(best)!.set(seq, { resolve, reject });
      best.postMessage({ seq, id: item.id, text: item.text, meta: item.meta });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
