import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import cliProgress from "cli-progress";
import type { BatchSummary } from "./run-batch.js";
import { TEXT_EXTENSIONS } from "./discover.js";

/** Bytes of input the paths name (text and JSONL files; folders walked), for the progress bar's total; null for stdin. */
export async function inputBytes(paths: readonly string[]): Promise<number | null> {
  let total = 0;
  const visit = async (p: string, depth: number): Promise<void> => {
    if (depth > 64) return;
    let st;
    try {
      st = await stat(p);
    } catch {
      return;
    }
    if (st.isFile()) {
      const ext = extname(p).toLowerCase();
      if (TEXT_EXTENSIONS.has(ext) || ext === ".jsonl" || depth === 0) total += st.size;
    } else if (st.isDirectory()) {
      let names: string[];
      try {
        names = (await readdir(p)).filter((n) => !n.startsWith(".")).sort();
      } catch {
        return;
      }
      for (const n of names) await visit(join(p, n), depth + 1);
    }
  };
  for (const p of paths) {
    if (p === "-") return null;
    await visit(p, 0);
  }
  return total;
}

export interface Progress {
  update(summary: Readonly<BatchSummary>): void;
  stop(): void;
}

/**
 * A progress bar on stderr (cli-progress): share of the input read, articles/s, words/s, ETA and
 * failures so far. Only on a terminal: callers pass null when stderr is not a TTY or with --quiet.
 */
export function progressBar(totalBytes: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format:
        totalBytes === null
          ? "{articles} articles | {aps} articles/s | {wps} words/s | {failed} failed"
          : "{bar} {percentage}% | {articles} articles | {aps} articles/s | {wps} words/s | ETA {eta_formatted} | {failed} failed",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalBytes ?? 1, 0, { articles: 0, aps: 0, wps: 0, failed: 0 });
  return {
    update(s) {
      const secs = Math.max((Date.now() - started) / 1000, 1e-3);
      const done = s.written + s.skipped + s.failed.length;
      bar.update(totalBytes === null ? 0 : Math.min(s.bytes, totalBytes), {
        articles: done.toLocaleString("en"),
        aps: Math.round(s.written / secs).toLocaleString("en"),
        wps: Math.round(s.words / secs).toLocaleString("en"),
        failed: s.failed.length,
      });
    },
    stop() {
      bar.stop();
    },
  };
}

export const isTerminal = (stream: NodeJS.WriteStream = process.stderr): boolean => stream.isTTY === true;
