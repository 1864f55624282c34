import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname } from "node:path";
import { discover, uniqueIds } from "../batch/discover.js";
import { inputBytes, isTerminal, progressBar, type Progress } from "../batch/progress.js";
import { DEFAULT_LIMITS } from "../batch/read.js";
import { runBatch, type BatchFailure, type BatchSummary } from "../batch/run-batch.js";
import { inShard, parseShard, type Shard } from "../batch/shard.js";
import { extractorVersion } from "../batch/version.js";
import { DestinationError, sinkFor, type DocumentSink } from "../batch/writers.js";
import { DEFAULT_WORKER_LIMITS, WorkerPool } from "../batch/worker-pool.js";
import { loadConfig, stageConfigs } from "../config/load.js";
import { forgetPrefetchedImages } from "../resources/image.js";
import { shareResources } from "../pipeline/build.js";
import { parseCommandArgs } from "./args.js";
import { EXIT, type CliIO } from "./io.js";

export const EXTRACT_HELP = `Usage: newsfacts extract [options] <path…>

Extracts facts from articles and writes one JSON document per article.

Paths:
  FILE.txt             one article (optional front matter: id, title, published)
  FILE.jsonl           one article per line: {"id": "...", "text": "...", "published": "YYYY-MM-DD"?, "title"?}
  DIR                  every .txt and .jsonl file below it, in name order
  -                    JSONL on standard input

Options:
  -o, --out <dest>         output/ (default): a folder, one <id>.json per article;
                           FILE.jsonl: one document per line; -: JSONL to standard output
  -c, --config <file>      pipeline config (default: ./pipeline.config.json, else built-in)
  -j, --concurrency <n>    articles in flight at once (default: from the config)
  -w, --workers <n>        worker threads (default 1: this thread); 'auto' = one per core
      --worker-heap-mb <n> with -w > 1: each worker thread's heap limit in MB (default ${DEFAULT_WORKER_LIMITS.heapMb});
                           an article that needs more fails with batch/out-of-memory, the rest go on
      --errors <file>      also write every failed article as a JSONL line {id, where, code, message}
      --explain            explain mode: each record gets its edit \`trail\` and what the stages dropped
      --force              redo every article (default: skip those whose output is up to date)
      --shard <K/N>        only the articles whose id hashes to shard K of N (0 <= K < N)
      --max-chars <n>      the longest article accepted, in characters (default 5,000,000)
  -q, --quiet              no progress bar and no summary on stderr
  -h, --help               this help

Re-runs: a folder or JSONL output keeps a manifest of the articles done (id, SHA-256 of the text,
extractor version). Running the same command again skips every article whose output is up to date
and finishes the rest, also after the run was killed; --force redoes all.

Exit codes: 0 all articles written cleanly; 1 some articles failed (each reported on stderr with
its file and line; all others were still written); 2 bad usage, config or destination (nothing
processed).
`;

export async function extractCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs(
    "extract",
    argv,
    {
      out: { type: "string", short: "o", default: "output" },
      config: { type: "string", short: "c" },
      concurrency: { type: "string", short: "j" },
      workers: { type: "string", short: "w", default: "1" },
      errors: { type: "string" },
      force: { type: "boolean", default: false },
      explain: { type: "boolean", default: false },
      shard: { type: "string" },
      "max-chars": { type: "string" },
      "worker-heap-mb": { type: "string" },
      quiet: { type: "boolean", short: "q", default: false },
    },
    EXTRACT_HELP,
    io,
  );
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  const usage = (message: string) => {
    io.stderr(`newsfacts extract: ${message}\n`);
    return EXIT.USAGE;
  };
  if (positionals.length === 0) {
    io.stderr(`newsfacts extract: no input paths (use - for JSONL on standard input)\n\n${EXTRACT_HELP}`);
    return EXIT.USAGE;
  }
  const workers = values.workers === "auto" ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) return usage(`--workers must be 'auto' or a whole number from 1 to 64, got '${values.workers}'`);
  // with worker threads this thread only reads and writes: it checks the config and loads no model itself
  const loaded = loadConfig(values.config, undefined, { start: workers === 1 });
  if (!loaded.ok) return usage(`invalid config: ${loaded.error}`);
  // one worker: this thread's models are loaded; with workers, the shared ones are (startPool) or never needed
  if (workers === 1) forgetPrefetchedImages();
  let concurrency = loaded.config.concurrency;
  if (values.concurrency !== undefined) {
    concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) return usage(`--concurrency must be a whole number from 1 to 64, got '${values.concurrency}'`);
  }
  let shard: Shard = { index: 0, count: 1 };
  if (values.shard !== undefined) {
    const parsed = parseShard(values.shard);
    if (typeof parsed === "string") return usage(parsed);
    shard = parsed;
  }
  const limits = { ...DEFAULT_LIMITS };
  if (values["max-chars"] !== undefined) {
    const n = Number(values["max-chars"]);
    if (!Number.isInteger(n) || n < 1) return usage(`--max-chars must be a whole number of characters, got '${values["max-chars"]}'`);
    limits.maxChars = n;
  }
  const workerLimits = { ...DEFAULT_WORKER_LIMITS };
  if (values["worker-heap-mb"] !== undefined) {
    const n = Number(values["worker-heap-mb"]);
    if (!Number.isInteger(n) || n < 32 || n > 65536) return usage(`--worker-heap-mb must be a whole number of MB from 32 to 65536, got '${values["worker-heap-mb"]}'`);
    workerLimits.heapMb = n;
  }
  const extractor = extractorVersion(loaded.config);

  // destinations are opened before any article is read: a mistake there is a usage error (exit 2)
  let sink: DocumentSink;
  let errorFd: number | null = null;
  try {
    sink = sinkFor(values.out, { extractor, force: values.force }, (m) => io.stderr(`newsfacts extract: warning: ${m}\n`));
    if (values.errors) errorFd = openErrorLog(values.errors);
  } catch (err) {
    if (err instanceof DestinationError) return usage(err.message);
    throw err;
  }

  // the worker threads start with the first article that needs processing (a re-run that skips everything starts none)
  let pool: WorkerPool | null = null;
  const startPool = (): WorkerPool => {
    if (pool) return pool;
    // the threads start first and load their own models while this thread builds the shared ones
    const started = new WorkerPool(workers, loaded.path, sink.format, extractor, values.explain, null, workerLimits);
    try {
      started.publishShared(shareResources(stageConfigs(loaded.config)));
      forgetPrefetchedImages();
    } catch (err) {
      void started.close();
      throw err;
    }
    return (pool = started);
  };
  const progress: Progress | null = !values.quiet && isTerminal() ? progressBar(await inputBytes(positionals)) : null;
  const report = (p: BatchFailure) => {
    if (progress) progress.update(current);
    io.stderr(`${p.where}: ${p.id}: ${p.code}: ${p.message}\n`);
    if (errorFd !== null) writeSync(errorFd, `${JSON.stringify(p)}\n`);
  };
  let current: Readonly<BatchSummary> = { read: 0, written: 0, skipped: 0, words: 0, bytes: 0, failed: [], degraded: [] };
  const started = process.hrtime.bigint();
  let summary: BatchSummary;
  try {
    summary = await runBatch(uniqueIds(inShard(discover(positionals, { limits }), shard)), {
      pipeline: loaded.pipeline,
      concurrency: workers > 1 ? Math.max(concurrency, workers * 2) : concurrency,
      format: sink.format,
      docOptions: { explain: values.explain },
      extractor,
      ...(workers > 1 ? { process: (item) => startPool().process(item) } : {}),
      write: (d) => sink.write(d),
      isDone: values.force ? () => false : (id, sha) => sink.isDone(id, sha),
      onProblem: report,
      onProgress: (s) => {
        current = s;
        progress?.update(s);
      },
    });
  } catch (err) {
    // the destination failed mid-run (disk full, reader closed the pipe): say so plainly, no stack trace
    progress?.stop();
    await (pool as WorkerPool | null)?.close();
    const code = (err as NodeJS.ErrnoException).code;
    io.stderr(`newsfacts extract: cannot write to ${sink.where}: ${code ?? (err as Error).message} (articles written so far are complete; re-run the same command to finish)\n`);
    return EXIT.FAILURES;
  }
  progress?.stop();
  await (pool as WorkerPool | null)?.close();
  await sink.close();
  if (errorFd !== null) closeSync(errorFd);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!values.quiet) {
    const stale = sink.stale();
    io.stderr(
      `newsfacts: ${summary.written} of ${summary.read} articles written to ${sink.where}` +
        (summary.skipped ? `, ${summary.skipped} up to date (skipped)` : "") +
        (summary.failed.length ? `, ${summary.failed.length} failed` : "") +
        (summary.degraded.length ? `, ${summary.degraded.length} fatal diagnostics` : "") +
        ` in ${seconds.toFixed(2)} s` +
        (summary.written ? ` (${Math.round(summary.written / seconds).toLocaleString("en")} articles/s, ${Math.round(summary.words / seconds).toLocaleString("en")} words/s)` : "") +
        "\n" +
        (stale.length ? `newsfacts: ${stale.length} earlier output(s) in ${sink.where} are of articles not in this input (kept)\n` : ""),
    );
  }
  return summary.failed.length || summary.degraded.length ? EXIT.FAILURES : EXIT.OK;
}

/** Opens the --errors log (its folder created if missing), or throws DestinationError. */
function openErrorLog(path: string): number {
  try {
    mkdirSync(dirname(path), { recursive: true });
    return openSync(path, "w");
  } catch (err) {
    throw new DestinationError(`cannot write the error log ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}
