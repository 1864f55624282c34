import pLimit from "p-limit";
import type { DocOptions } from "../document/document.js";
import type { Pipeline } from "../pipeline/build.js";
import { processText } from "../pipeline/run.js";
import { toOutput, validateOutput } from "../output/to-output.js";
import type { NewsDocument } from "../schema/document.js";
import { ArticleError, formatOrigin, type InputItem } from "./article.js";
import { createHash } from "node:crypto";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export interface BatchFailure {
  id: string;
  where: string;
  code: string;
  message: string;
}

export interface BatchSummary {
  read: number;
  written: number;
  /** articles whose output from an earlier run is up to date (same text hash and extractor) */
  skipped: number;
  /** words of the articles processed in this run (whitespace-separated runs), for throughput */
  words: number;
  /** characters of the articles settled so far (processed, skipped or refused), for progress */
  bytes: number;
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
  write: (doc: Rendered) => Promise<void>;
  /** how documents are serialised for `write` */
  format: OutputFormat;
  /** recorded in every document's meta.extractor */
  extractor: string;
  /** processes one article elsewhere (a worker pool); default: in this thread */
  process?: (item: Extract<InputItem, { ok: true }>) => Promise<Rendered>;
  /** called once per problem as it happens, for streaming error reports */
  onProblem?: (p: BatchFailure) => void;
  /** is an up-to-date output of this article there already? Then it is not processed again */
  isDone?: (id: string, sha256: string) => boolean;
  /** called after each article is settled (written, skipped or failed) */
  onProgress?: (summary: Readonly<BatchSummary>) => void;
}

/** Whitespace-separated words in a text: a cheap, tokenizer-free measure of throughput. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

let processedHere = 0;

/** How many articles processItem has processed in this thread (the launcher's code cache asks: src/cli/launch.ts). */
export function articlesProcessedHere(): number {
  return processedHere;
}

/** Runs one article to a validated output document. Never throws. */
export function processItem(pipeline: Pipeline, item: Extract<InputItem, { ok: true }>, options: DocOptions = {}): NewsDocument {
  processedHere++;
  return validateOutput(toOutput(processText(pipeline, item.id, item.text, item.meta, options)));
}

/** How a sink stores a document: pretty JSON (one file each) or one line (JSONL). */
export type OutputFormat = "pretty" | "line";

/**
 * A processed article ready to write: its serialised document (with `meta.extractor`) and the few
 * facts the batch needs. Workers return this, so the main thread never copies or re-serialises a
 * document tree: it only writes strings.
 */
export interface Rendered {
  id: string;
  sha256: string;
  body: string;
  words: number;
  fatal: Array<{ stage: string; code: string; message: string }>;
}

export function renderDocument(doc: NewsDocument, format: OutputFormat, extractor: string): Rendered {
  const out = { ...doc, meta: { ...doc.meta, extractor } };
  return {
    id: doc.id,
    sha256: doc.meta.sha256,
    body: format === "pretty" ? `${JSON.stringify(out, null, 2)}\n` : `${JSON.stringify(out)}\n`,
    words: countWords(doc.text),
    fatal: doc.diagnostics.filter((d) => d.fatal).map((d) => ({ stage: d.stage, code: d.code, message: d.message })),
  };
}

/**
 * Processes a stream of articles with at most `concurrency` in flight and writes results in input
 * order. Memory is bounded by the window, not by the batch. A bad article is reported and skipped.
 */
export async function runBatch(items: AsyncIterable<InputItem>, opts: BatchOptions): Promise<BatchSummary> {
  const limit = pLimit(opts.concurrency);
  const summary: BatchSummary = { read: 0, written: 0, skipped: 0, words: 0, bytes: 0, failed: [], degraded: [] };
  const window: Array<Promise<{ item: InputItem; doc: Rendered | null }>> = [];
  const problem = (list: BatchFailure[], p: BatchFailure) => {
    list.push(p);
    opts.onProblem?.(p);
  };

  const flushOne = async () => {
    const { item, doc } = await window.shift()!;
    settle(item, doc);
    if (doc && item.ok) {
      await opts.write(doc);
      summary.written++;
      summary.words += doc.words;
      for (const d of doc.fatal)
        problem(summary.degraded, { id: doc.id, where: formatOrigin(item.origin), code: d.code, message: `${d.stage}: ${d.message}` });
    }
    opts.onProgress?.(summary);
  };
  const settle = (item: InputItem, doc: Rendered | null) => {
    if (item.ok) summary.bytes += item.text.length;
    if (!item.ok) problem(summary.failed, { id: item.id, where: formatOrigin(item.origin), code: item.code, message: item.error });
    else if (!doc) summary.skipped++;
  };

  for await (const item of items) {
    summary.read++;
    const done = item.ok && opts.isDone !== undefined && opts.isDone(item.id, sha256(item.text));
    if (done && window.length === 0) {
      // nothing in flight before it: settle it at once (output order is kept)
      summary.skipped++;
      summary.bytes += item.text.length;
      opts.onProgress?.(summary);
      continue;
    }
    window.push(
      limit(async (): Promise<{ item: InputItem; doc: Rendered | null }> => {
        if (!item.ok || done) return { item, doc: null };
        try {
          if (opts.process) return { item, doc: await opts.process(item) };
          // yield to the event loop between articles so reads and writes interleave
          await new Promise<void>((r) => setImmediate(r));
          return { item, doc: renderDocument(processItem(opts.pipeline, item, opts.docOptions), opts.format, opts.extractor) };
        } catch (err) {
          // a worker that died or a bug outside the stages: this article fails, the batch goes on
          const message = err instanceof Error ? err.message : String(err);
          const code = err instanceof ArticleError ? err.code : "internal/error";
          return { item: { ok: false, id: item.id, origin: item.origin, code, error: message }, doc: null };
        }
      }),
    );
    while (window.length >= opts.concurrency * 2) await flushOne();
  }
  while (window.length > 0) await flushOne();
  return summary;
}
