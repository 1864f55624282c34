import pLimit from "p-limit";
import type { DocOptions } from "../document/document.js";
import type { Pipeline } from "../pipeline/build.js";
import { processText } from "../pipeline/run.js";
import { toOutput, validateOutput } from "../output/to-output.js";
import type { NewsDocument } from "../schema/document.js";
import { formatOrigin, type InputItem } from "./article.js";

export interface BatchFailure {
  id: string;
  where: string;
  code: string;
  message: string;
}

export interface BatchSummary {
  read: number;
  written: number;
  /** articles that could not be read (nothing written for them) */
  failed: BatchFailure[];
  /** written documents that carry a fatal diagnostic */
  degraded: BatchFailure[];
}

export interface BatchOptions {
  pipeline: Pipeline;
  concurrency: number;
  /** Doc options for every article (explain mode) */
  docOptions?: DocOptions;
  write: (doc: NewsDocument) => Promise<void>;
  /** processes one article elsewhere (a worker pool); default: in this thread */
  process?: (item: Extract<InputItem, { ok: true }>) => Promise<NewsDocument>;
  /** called once per problem as it happens, for streaming error reports */
  onProblem?: (p: BatchFailure) => void;
}

/** Runs one article to a validated output document. Never throws. */
export function processItem(pipeline: Pipeline, item: Extract<InputItem, { ok: true }>, options: DocOptions = {}): NewsDocument {
  return validateOutput(toOutput(processText(pipeline, item.id, item.text, item.meta, options)));
}

/**
 * Processes a stream of articles with at most `concurrency` in flight and writes results in input
 * order. Memory is bounded by the window, not by the batch. A bad article is reported and skipped.
 */
export async function runBatch(items: AsyncIterable<InputItem>, opts: BatchOptions): Promise<BatchSummary> {
  const limit = pLimit(opts.concurrency);
  const summary: BatchSummary = { read: 0, written: 0, failed: [], degraded: [] };
  const window: Array<Promise<{ item: InputItem; doc: NewsDocument | null }>> = [];
  const problem = (list: BatchFailure[], p: BatchFailure) => {
    list.push(p);
    opts.onProblem?.(p);
  };

  const flushOne = async () => {
    const { item, doc } = await window.shift()!;
    if (!item.ok) {
      problem(summary.failed, { id: item.id, where: formatOrigin(item.origin), code: item.code, message: item.error });
      return;
    }
    if (!doc) return;
    await opts.write(doc);
    summary.written++;
    for (const d of doc.diagnostics.filter((x) => x.fatal))
      problem(summary.degraded, { id: doc.id, where: formatOrigin(item.origin), code: d.code, message: `${d.stage}: ${d.message}` });
  };

  for await (const item of items) {
    summary.read++;
    window.push(
      limit(async () => {
        if (!item.ok) return { item, doc: null };
        if (opts.process) return { item, doc: await opts.process(item) };
        // yield to the event loop between articles so reads and writes interleave
        await new Promise<void>((r) => setImmediate(r));
        return { item, doc: processItem(opts.pipeline, item, opts.docOptions) };
      }),
    );
    while (window.length >= opts.concurrency * 2) await flushOne();
  }
  while (window.length > 0) await flushOne();
  return summary;
}
